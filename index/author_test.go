package index

import (
	"context"
	"strings"
	"testing"
)

// "Who wrote X" is answered with the byline of the article X describes
// — by its subject, its outlet, or both, whatever kind of piece the
// question calls it, even by one word of its title — and what the
// articles say of its author.
func TestWhoWroteIt(t *testing.T) {
	oped := `Poland should have a seat at the table
Vistula Review
By Tomasz Wierzbicki
2026-01-06

Poland hosts the monitors at Rzeszow. It should also sit at the table where the drafts are written.

Tomasz Wierzbicki was Poland's deputy minister of foreign affairs from 2014 to 2016.
`
	wire := `---
title: Grain ships leave Odesa under escort
outlet: Meridian
author: Anya Brandt
date: 2026-01-07
---

Three grain ships left Odesa on Tuesday under a naval escort, port officials said.
`
	// A reader's letter about the report uses the words a question
	// describes it by; the report's title holds them.
	report := `---
title: "'A city on a river again': water returns to Nikopol"
outlet: Dnipro Herald
author: Olena Tkachuk
date: 2037-06-23
---

Taps run again in the southern city as the first project paid for from the fund nears completion.
`
	letter := `---
title: Letters
outlet: Dnipro Herald
author: Iryna Zhuk
date: 2037-06-30
---

Your report on the water returning to Nikopol made me cry at my kitchen table. But please do not let your readers think the water story of Nikopol is finished: the wells of my village are still dry.
`
	e := engineOfFiles(t, map[string]string{"oped.txt": oped, "wire.md": wire, "report.md": report, "letter.md": letter})
	for _, tt := range []struct{ q, author, passage string }{
		{"who wrote the nikopol water story", "Olena Tkachuk", "Taps run again"},
		{"who wrote the op-ed about the monitors in rzeszow", "Tomasz Wierzbicki", "deputy minister of foreign affairs"},
		{"who wrote the piece on the seat at the table, whats his background", "Tomasz Wierzbicki", "deputy minister of foreign affairs"},
		{"who wrote the meridian story on grain ships", "Anya Brandt", "grain ships left Odesa"},
		// One word of its title, which no other title holds, says which.
		{"who wrote the op ed about the table", "Tomasz Wierzbicki", "deputy minister of foreign affairs"},
		// "post", as a blog's are called (questions.yaml article_nouns)
		{"who wrote the blog post abt the grain ships", "Anya Brandt", "grain ships left Odesa"},
		// Verbs that ask for a writer only of a kind of piece
		// (questions.yaml with_piece).
		{"who reported the meridian story on grain ships", "Anya Brandt", "grain ships left Odesa"},
	} {
		a, err := e.Ask(context.Background(), tt.q, AskOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if a.Speaker != tt.author || a.AuthorOf == "" || len(a.Passages) == 0 || !strings.Contains(a.Passages[0].Text, tt.passage) {
			t.Errorf("%q: author %q of %q, passages %v; want %s, with %q", tt.q, a.Speaker, a.AuthorOf, firstText(a), tt.author, tt.passage)
		}
	}
}

// "Who reported …" asks for a writer only of a piece: of an event it
// asks who told of it. A writer the text names too (the line about them
// under their op-ed) is answered with that line, then the byline as it
// prints them.
func TestWhoReportedAndTheNamedWritersByline(t *testing.T) {
	oped := `Poland should have a seat at the table
Vistula Review
By Tomasz Wierzbicki, former deputy minister
2026-01-06

Poland hosts the monitors at Rzeszow. It should also sit at the table where the drafts are written.

Tomasz Wierzbicki was Poland's deputy minister of foreign affairs from 2014 to 2016.
`
	wire := `Grain ships leave Odesa under escort
Meridian
2026-01-07

Three grain ships left Odesa on Tuesday under a naval escort, port officials reported.
`
	e := engineOfFiles(t, map[string]string{"oped.txt": oped, "wire.txt": wire})
	a, err := e.Ask(context.Background(), "who wrote the op-ed about the table", AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Passages) < 2 || !strings.Contains(a.Passages[0].Text, "deputy minister of foreign affairs") || !strings.Contains(a.Passages[1].Text, "By Tomasz Wierzbicki, former deputy minister") {
		t.Errorf("who wrote the op-ed: passages %q; want the line about him, then his byline as printed", firstText(a))
	}
	a, err = e.Ask(context.Background(), "who reported the grain ships leaving odesa", AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if a.AuthorOf != "" {
		t.Errorf("who reported the grain ships leaving: answered as who wrote %q", a.AuthorOf)
	}
}

// The line printing an article's byline answers "who wrote it": it is
// cited first, before the article's opening.
func TestWhoWroteItCitesTheByline(t *testing.T) {
	page := `<html><head><title>Water returns to Nikopol | The Dnipro Courier</title></head><body>
<main>
<article class="story">
<h1>Water returns to Nikopol</h1>
<p class="standfirst">Taps run again in the southern city as the first project paid for from the fund nears completion.</p>
<div class="byline">By Olena Tkachuk in Nikopol &middot; <time datetime="2037-06-23T07:10">Tuesday 23 June 2037, 07:10</time></div>
<figure><img src="kettle.jpg" alt="A kettle"><figcaption>A woman fills a kettle in Nikopol on Monday evening. Photo: Olena Tkachuk / The Dnipro Courier</figcaption></figure>
<p>NIKOPOL — For the first time in fourteen years, water ran through the taps of this riverside city on Monday evening.</p>
<p>The pumps at the rebuilt intake station were switched on shortly before 6 p.m. on Monday, engineers said.</p>
</article>
</main></body></html>
`
	e := engineOfFiles(t, map[string]string{"nikopol.html": page})
	a, err := e.Ask(context.Background(), "who wrote the nikopol water story", AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if a.Speaker != "Olena Tkachuk" || len(a.Passages) < 2 || !strings.HasPrefix(a.Passages[0].Text, "By Olena Tkachuk in Nikopol") || !strings.Contains(a.Passages[1].Text, "Taps run again") {
		t.Errorf("author %q, passages %v; want Olena Tkachuk, her byline, then the opening", a.Speaker, a.Passages)
	}
}

// An op-ed's writer, never quoted, is asked for as "the columnist" or by
// name: the answer is their own words on the subject, from their article,
// never a passage in which they quote someone else, and never a reporter
// only credited with a news story on the same subject.
func TestWritersOwnWords(t *testing.T) {
	oped := `# Do not let the vote hijack the talks

**Opinion** | By Marta Wielgosz | Tuesday 18 April 2028

When I served at the mission in Vienna, I learned that a ceasefire line is a conversation, and the monitors write it down.

Do not let the election question hijack the process. Ukraine will vote when it is safe to vote; the timing of the election is for Ukrainians.

The envoy told me, "The election is not on the table." I believe him only halfway.

*Marta Wielgosz was Poland's deputy foreign minister from 2019 to 2023.*
`
	wire := `Title: Election question shadows the talks
Outlet: Meridian Wire
Author: Ingrid Haugland
Date: 2028-04-20

The election question came up again on Friday, officials said, though the draft text does not mention an election at all.
`
	e := engineOfFiles(t, map[string]string{"oped.md": oped, "wire.txt": wire})
	for _, q := range []string{"columnist take on the election", "what did wielgosz say about the election"} {
		a, err := e.Ask(context.Background(), q, AskOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if a.Speaker != "Marta Wielgosz" {
			t.Fatalf("%q: speaker %q; want the op-ed's writer", q, a.Speaker)
		}
		if len(a.Passages) == 0 || !strings.Contains(a.Passages[0].Text, "hijack the process") {
			t.Errorf("%q: passages %q; want her words on the election first", q, passageTexts(a))
		}
		for _, p := range a.Passages {
			if strings.Contains(p.Text, "The election is not on the table") {
				t.Errorf("%q: the envoy's words shown as hers: %q", q, p.Text)
			}
		}
		if intro := Render(a).Intro; !strings.Contains(intro, "wrote") || !strings.Contains(intro, "Do not let the vote hijack the talks") {
			t.Errorf("%q: intro %q; want it to say she wrote the piece", q, intro)
		}
	}
}

// "What did X say", of someone never quoted who wrote an opinion piece,
// is answered with the piece's opening in the writer's own words (first
// person, no one else's quotation), even when no passage holds the
// question's other words; "who is X" still opens with what the articles
// say of them. A reporter's news story is no words of theirs.
func TestWriterSaysWhatTheirPieceSays(t *testing.T) {
	oped := `Poland should have a seat at the table
Vistula Review
By Tomasz Wierzbicki
2026-01-06

Since Monday, 46 people in a hangar at Rzeszow have been doing something no Polish diplomat was allowed to do in Geneva.

I spent enough years in negotiating rooms to know that whoever holds the pen decides what the words mean. We held the coffee cups.

"We are good enough to host the cameras," a Polish official told me.

Tomasz Wierzbicki was Poland's deputy minister of foreign affairs from 2014 to 2016.
`
	wire := `Grain ships leave Odesa under escort
Meridian
By Anya Brandt
2026-01-07

Three grain ships left Odesa on Tuesday under a naval escort, port officials said.
`
	e := engineOfFiles(t, map[string]string{"oped.txt": oped, "wire.txt": wire})
	for _, tt := range []struct{ q, first string }{
		{"what's wierzbicki's main point in the op ed", "I spent enough years in negotiating rooms"},
		{"what did wierzbicki say", "I spent enough years in negotiating rooms"},
		{"who is tomasz wierzbicki", "Tomasz Wierzbicki was Poland's deputy minister"},
	} {
		a, err := e.Ask(context.Background(), tt.q, AskOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if len(a.Passages) == 0 || !strings.HasPrefix(a.Passages[0].Text, tt.first) {
			t.Errorf("%q: passages %v; want the first to open %q", tt.q, passageTexts(a), tt.first)
		}
		for _, p := range a.Passages {
			if strings.Contains(p.Text, "good enough to host") {
				t.Errorf("%q: an official's quotation given as the writer's words: %q", tt.q, p.Text)
			}
		}
	}
	a, err := e.Ask(context.Background(), "what did anya brandt say", AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range a.Passages {
		if strings.HasPrefix(p.Text, "Three grain ships") {
			t.Errorf("a reporter's story given as her words: %v", passageTexts(a))
		}
	}
}

// "The columnist", "the op ed guy", with nothing more said of the piece,
// is the writer of the one piece in its writer's own voice, though no
// line of it names him and a reporter's byline stands over the news.
func TestColumnistOfTheOnePiece(t *testing.T) {
	column := `A map is not a promise
By Roman Prykhodko
14 June 2074

OPINION · COLUMN

I spent nineteen years as an army sapper, and I have drawn minefield records myself.

So here is what I would ask of the ministry. Pay the compensation fast, and stop telling farmers that a field is safe because it appears on a map.
`
	news := `Maps exchanged at Spiez
By Anna Keller
20 March 2074

Ukraine and Russia exchanged 399 minefield sheets at the Kamianka crossing, officials said.

The ministry will pay compensation for lost livestock, a spokesman said.
`
	e := engineOfFiles(t, map[string]string{"column.txt": column, "news.txt": news})
	for _, q := range []string{"what does the columnist want the ministry to do", "the op ed guy, what does he say"} {
		a, err := e.Ask(context.Background(), q, AskOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if a.Speaker != "Roman Prykhodko" || len(a.Passages) == 0 || !strings.Contains(firstText(a), "I ") {
			t.Errorf("%q: speaker %q, first %q; want the column's writer and his own words", q, a.Speaker, firstText(a))
		}
	}
}

// "Who wrote the wire story", of articles holding one agency story (its
// dateline names the agency in brackets) and a newspaper's page on the
// same events: the agency story's reporter, though the question says
// nothing of what it is about.
func TestWhoWroteTheWireStory(t *testing.T) {
	wire := `Kaldor, Druvania initial buffer-zone map after all-night talks

By Maren Holt

ORSBERG, Vallmark, June 12 (CPA) - Negotiators from Kaldor and Druvania initialled a map of a buffer zone early on Saturday, the United Nations mediator said.

The text requires both armies to pull back 15 kilometres from the line of contact.
`
	page := `Leaked draft map puts Harnovo on Kaldor's side

By Felix Arendt

A draft map of the buffer zone, dated 9 June, shows a notch at Dubrin Ford, according to a copy obtained by the Courier.
`
	e := engineOfFiles(t, map[string]string{"a.txt": wire, "b.txt": page})
	a, err := e.Ask(context.Background(), "who wrote the wire story", AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if a.Speaker != "Maren Holt" {
		t.Errorf("who wrote the wire story: %q (answered %v), want Maren Holt", a.Speaker, a.Answered())
	}
}
