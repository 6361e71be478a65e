package corpus

import (
	"bytes"
	"cmp"
	"encoding/xml"
	"strings"
	"time"

	"golang.org/x/net/html"
)

// A news feed saved as text (RSS 2.0 or Atom, as a browser saves the
// feed's address) is a list of stories: each item's headline, then its
// summary, which the feed carries as escaped HTML. Read as a feed, each
// item is an entry, as a live blog's are: stamped with its own time,
// under its headline, its summary's paragraphs its text without the
// markup; the feed's name, its newest date and an author who wrote
// every item are the document's; read as text, a member would be shown
// "<description>&lt;p&gt;BRANEVO (MNS) - …".

// rssFeed is the part of an RSS 2.0 document a reader needs.
type rssFeed struct {
	XMLName xml.Name `xml:"rss"`
	Channel struct {
		Title     string    `xml:"title"`
		LastBuild string    `xml:"lastBuildDate"`
		Items     []rssItem `xml:"item"`
	} `xml:"channel"`
}

type rssItem struct {
	Title       string `xml:"title"`
	PubDate     string `xml:"pubDate"`
	Creator     string `xml:"http://purl.org/dc/elements/1.1/ creator"`
	Author      string `xml:"author"`
	Description string `xml:"description"`
	Content     string `xml:"http://purl.org/rss/1.0/modules/content/ encoded"`
}

// atomFeed is the part of an Atom document a reader needs.
type atomFeed struct {
	XMLName xml.Name `xml:"http://www.w3.org/2005/Atom feed"`
	Title   string   `xml:"title"`
	Updated string   `xml:"updated"`
	Entries []struct {
		Title     string `xml:"title"`
		Published string `xml:"published"`
		Updated   string `xml:"updated"`
		Summary   string `xml:"summary"`
		Content   string `xml:"content"`
		Author    struct {
			Name string `xml:"name"`
		} `xml:"author"`
	} `xml:"entry"`
}

// feedItem is one story of a feed, whichever kind.
type feedItem struct{ title, date, author, body string }

// readFeed reads data as a news feed; ok is false for any other text
// (nothing opening as XML, or no item in it).
func readFeed(data []byte) (r reading, ok bool) {
	t := bytes.TrimSpace(data)
	if !bytes.HasPrefix(t, []byte("<?xml")) && !bytes.HasPrefix(t, []byte("<rss")) && !bytes.HasPrefix(t, []byte("<feed")) {
		return reading{}, false
	}
	var (
		name, updated string
		items         []feedItem
	)
	var rss rssFeed
	var atom atomFeed
	switch {
	case xml.Unmarshal(t, &rss) == nil && len(rss.Channel.Items) > 0:
		name, updated = rss.Channel.Title, rss.Channel.LastBuild
		for _, it := range rss.Channel.Items {
			body := cmp.Or(strings.TrimSpace(it.Content), it.Description)
			items = append(items, feedItem{it.Title, it.PubDate, cmp.Or(it.Creator, it.Author), body})
		}
	case xml.Unmarshal(t, &atom) == nil && len(atom.Entries) > 0:
		name, updated = atom.Title, atom.Updated
		for _, en := range atom.Entries {
			body := cmp.Or(strings.TrimSpace(en.Content), en.Summary)
			items = append(items, feedItem{en.Title, cmp.Or(en.Published, en.Updated), en.Author.Name, body})
		}
	default:
		return reading{}, false
	}
	r.meta.Title = normSpace(name)
	r.meta.Outlet = feedOutlet(r.meta.Title)
	var newest time.Time
	authors := map[string]bool{}
	for _, it := range items {
		if d, ok := feedDate(it.date); ok && d.After(newest) {
			newest = d
		}
		authors[normSpace(it.author)] = true
		if d, ok := feedDate(it.date); ok {
			// Each item's own time, as a live blog stamps its entries:
			// a story of 15 September is cited so, not by the feed's
			// newest date.
			r.lines = append(r.lines, line{text: d.Format(feedStamp), kind: kindStamp, gap: true})
		}
		if title := normSpace(it.title); title != "" {
			r.lines = append(r.lines, line{text: title, kind: kindHeading, gap: true})
		}
		r.lines = append(r.lines, feedBody(it.body)...)
	}
	if newest.IsZero() {
		newest, _ = feedDate(updated)
	}
	if !newest.IsZero() {
		r.meta.Date = newest.Format(time.DateOnly)
	}
	if len(authors) == 1 {
		for a := range authors {
			r.meta.Author = a // every item by one hand
		}
	}
	return r, true
}

// feedOutlet is the outlet a feed's name gives before its section
// ("Meridian News Service - Ostrelia", "The Courier | World").
func feedOutlet(name string) string {
	for _, sep := range []string{" - ", " | ", " – ", " — ", ": "} {
		if before, _, ok := strings.Cut(name, sep); ok {
			return strings.TrimSpace(before)
		}
	}
	return name
}

// feedBody is an item's summary as lines: its HTML's paragraphs, or its
// text as one paragraph when it holds no markup.
func feedBody(body string) []line {
	if strings.TrimSpace(body) == "" {
		return nil
	}
	var lines []line
	if strings.Contains(body, "<") {
		if doc, err := html.Parse(strings.NewReader(body)); err == nil {
			htmlBlocks(doc, &lines, false)
		}
	}
	if len(lines) == 0 {
		lines = append(lines, line{text: normSpace(body), kind: kindPara, gap: true})
	}
	return lines
}

// feedStamp is how an item's time is printed over it: a live blog's
// entry stamp with its day ("15 Sep 2078 12:30").
const feedStamp = "2 Jan 2006 15:04"

// feedDates are the layouts feeds write dates in: RSS's RFC 822 (with a
// zone or an offset, a one- or two-digit day) and Atom's RFC 3339.
var feedDates = []string{time.RFC1123Z, time.RFC1123, "Mon, 2 Jan 2006 15:04:05 -0700", "Mon, 2 Jan 2006 15:04:05 MST", time.RFC3339}

// feedDate reads a feed's date.
func feedDate(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	for _, layout := range feedDates {
		if d, err := time.Parse(layout, s); err == nil {
			return d, true
		}
	}
	return time.Time{}, false
}
