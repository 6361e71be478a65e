package corpus

import (
	"strings"
	"testing"
)

const rssFeedText = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
<title>Meridian News Service - Ostrelia</title>
<link>https://meridiannews.example/ostrelia</link>
<lastBuildDate>Sat, 17 Sep 2078 18:40:12 +0000</lastBuildDate>
<item>
<title>Branevo school reopens with 212 pupils</title>
<dc:creator>Ada Voss</dc:creator>
<pubDate>Thu, 15 Sep 2078 12:30:00 +0000</pubDate>
<description>&lt;p&gt;BRANEVO (MNS) - Branevo School No. 2 reopened on Thursday with 212 pupils, fewer than half its pre-war roll.&lt;/p&gt;&lt;p&gt;"Today the town has its children back," Mayor Halina Dusek said at the gate.&lt;/p&gt;</description>
</item>
<item>
<title>First buses bring families back</title>
<dc:creator>Ada Voss</dc:creator>
<pubDate>Mon, 5 Sep 2078 11:00:00 +0000</pubDate>
<description>&lt;p&gt;The first three buses reached Branevo on Monday morning, 18 months after the town was evacuated.&lt;/p&gt;</description>
</item>
</channel>
</rss>
`

const atomFeedText = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
<title>The Keltse Courier</title>
<updated>2078-07-20T09:00:00Z</updated>
<entry>
<title>Grain ships sail past the warships</title>
<published>2078-07-19T08:00:00Z</published>
<author><name>Mara Holm</name></author>
<summary type="html">&lt;p&gt;Forty-one ships sailed from Varna Bay in the first month of the corridor.&lt;/p&gt;</summary>
</entry>
</feed>
`

// A news feed saved as text is read as its stories: each item an entry
// at its own time (a citation's date is the story's, not the feed's
// newest) under its headline, no markup or escaped tags left for a
// member to read, and the feed's name, newest date and only author the
// document's. Text that merely opens with a tag is read as text.
func TestFeedSavedAsText(t *testing.T) {
	d, texts := loadOne(t, "feed.txt", rssFeedText)
	for _, text := range texts {
		if strings.ContainsAny(text, "<>") || strings.Contains(text, "&lt;") {
			t.Errorf("passage with markup: %q", text)
		}
	}
	want := map[string][2]string{
		"Branevo School No. 2 reopened on Thursday with 212 pupils": {"Branevo school reopens with 212 pupils", "15 Sep 2078 12:30"},
		"The first three buses reached Branevo on Monday morning":   {"First buses bring families back", "5 Sep 2078 11:00"},
	}
	for start, at := range want {
		found := false
		for _, p := range d.Passages {
			if strings.Contains(p.Text, start) {
				found = true
				if p.Section != at[0] || p.Time != at[1] {
					t.Errorf("%q under %q at %q, want under %q at its item's own time, %q", start, p.Section, p.Time, at[0], at[1])
				}
			}
		}
		if !found {
			t.Errorf("no passage holds %q (passages %q)", start, texts)
		}
	}
	if d.Title != "Meridian News Service - Ostrelia" || d.Outlet != "Meridian News Service" || d.Date != "2078-09-15" || d.Author != "Ada Voss" {
		t.Errorf("title %q, outlet %q, date %q, author %q; want the feed's name, its outlet, its newest item's date and its one author", d.Title, d.Outlet, d.Date, d.Author)
	}
	if len(d.Quotes) != 1 || d.Quotes[0].Speaker != "Halina Dusek" {
		t.Errorf("quotes %+v, want the mayor's one", d.Quotes)
	}
	a, texts := loadOne(t, "atom.txt", atomFeedText)
	if len(texts) != 1 || !strings.HasPrefix(texts[0], "Forty-one ships sailed") || a.Date != "2078-07-19" || a.Author != "Mara Holm" {
		t.Errorf("atom feed: passages %q, date %q, author %q", texts, a.Date, a.Author)
	}
	_, texts = loadOne(t, "note.txt", "<b>Note</b>\n\nThe talks resume on Monday in Keltse, the mediator said.\n")
	if len(texts) == 0 || !strings.Contains(strings.Join(texts, " "), "The talks resume on Monday") {
		t.Errorf("text opening with a tag: passages %q", texts)
	}
}
