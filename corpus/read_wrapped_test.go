package corpus

import (
	"slices"
	"strings"
	"testing"
	"testing/fstest"
)

// minutesPDF is a committee's minutes as text extracted from a PDF: every
// line cut at one width (often before a capitalised name), numbered
// items, and each page's running header, footer and number.
const minutesPDF = `JOINT COMMITTEE ON FOREIGN AFFAIRS
MINUTES OF PROCEEDINGS
Meeting No. 14 — Tuesday, 26 March 2041

3.1 The Chair (Deputy Brennan) welcomed the witnesses and reminded members of
the rules on privilege. She said that the committee had sought the briefing
because "the public has a right to know what is being done in its name in
Galway", and noted that it was the envoy's first appearance before them.

3.2 Ms Gallagher said that the first round, held at the University of Galway
from 3 to 5 March, had brought together delegations of nine members each, led
on the Ukrainian side by Deputy Foreign Minister Halyna Tkachuk and on the
Russian side by Deputy Foreign Minister Gennady Voronin. She told members that
the two delegations had not met face to face on the first morning at all.

Joint Committee on Foreign Affairs — Minutes, 26 March 2041
                                                                  Page 1 of 2

JOINT COMMITTEE ON FOREIGN AFFAIRS
Minutes of Proceedings — Meeting No. 14

3.3 The envoy said that the eleven-point text agreed in Galway provided for the
exchange of lists of suspected burial sites within 30 days, for a joint
commission to be established at the second round, and for forensic teams.
3.4 Ms Gallagher informed members that both lists had been exchanged through
the mediators on 21 March, two weeks ahead of the deadline set in Galway.

Joint Committee on Foreign Affairs — Minutes, 26 March 2041
                                                                  Page 2 of 2
`

// Text hard-wrapped at one width is read a paragraph at a time, whatever
// word a line is cut before ("Galway", "Russian side"); a numbered item
// opens a paragraph of its own, and each page's running header, footer
// and number are no part of the text.
func TestHardWrappedText(t *testing.T) {
	d, texts := loadOne(t, "minutes.txt", minutesPDF)
	want := []string{
		`3.1 The Chair (Deputy Brennan) welcomed`,
		`in its name in Galway", and noted`,
		`led on the Ukrainian side by Deputy Foreign Minister Halyna Tkachuk and on the Russian side by Deputy Foreign Minister Gennady Voronin. She told members`,
		`3.3 The envoy said`,
		`3.4 Ms Gallagher informed members`,
	}
	for _, w := range want {
		n := 0
		for _, tx := range texts {
			if strings.Contains(tx, w) {
				n++
			}
		}
		if n != 1 {
			t.Errorf("%d paragraphs hold %q; paragraphs:\n%s", n, w, strings.Join(texts, "\n"))
		}
	}
	for _, tx := range texts {
		if strings.Contains(tx, "3.3") && strings.Contains(tx, "3.4") {
			t.Errorf("two numbered items in one paragraph: %q", tx)
		}
		if strings.Contains(tx, "Page 1 of 2") || strings.Contains(tx, "Minutes of Proceedings — Meeting No. 14") {
			t.Errorf("page furniture read as text: %q", tx)
		}
	}
	for _, p := range d.Passages {
		if p.Section == "Minutes of Proceedings — Meeting No. 14" {
			t.Errorf("a running header read as a section: %q", p.Text)
		}
	}
	for _, q := range d.Quotes {
		if strings.HasPrefix(q.Text, "the public has a right") && !strings.HasSuffix(q.Text, "Galway") {
			t.Errorf("a quotation cut at a line's end: %q", q.Text)
		}
	}
}

// A text whose lines are paragraphs, however long, is not hard-wrapped:
// a line that starts with a capital after a line that stops short opens
// a new paragraph.
func TestUnwrappedLinesStayParagraphs(t *testing.T) {
	var b strings.Builder
	for i := 0; i < 10; i++ {
		b.WriteString("The delegations met again on Tuesday morning at the palace and talked for many hours about the lists, the sites and the money that the fund still lacks.\n")
		b.WriteString("Short line without a stop\n")
	}
	n := 0
	for _, ln := range readText([]byte(b.String())) {
		if ln.text != "" {
			n++
		}
	}
	if n != 20 {
		t.Errorf("%d lines, want the 20 written", n)
	}
}

// loadOne reads one file of text as a corpus of it alone: the document,
// and its passages' texts in order.
func loadOne(t *testing.T, name, text string) (*Document, []string) {
	t.Helper()
	c, err := LoadFS(fstest.MapFS{name: {Data: []byte(text)}}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	d := c.Documents[0]
	var texts []string
	for _, p := range d.Passages {
		texts = append(texts, p.Text)
	}
	return d, texts
}

// newsletterQuoting is a plain-text newsletter that quotes as e-mail
// does: each line of a quoted block marked "> ", cut at one width.
const newsletterQuoting = `Dear readers,

It has been a week of handshakes, hugs and, by Thursday, the first
hard words. Here is what you need to know about the Vienna-Doha talks
on detained journalists, and what comes after the first exchange.

Deputy Foreign Minister Oksana Levchuk, who led Ukraine's delegation
in both Vienna and Doha, held a press conference in Kyiv on Tuesday
and took questions from reporters for more than an hour about it all.

Levchuk did not soften her position. Speaking in Kyiv on Tuesday, she
said:

> "A man who tells an audience of millions which city to
> shell next is not a journalist. He is part of the
> targeting system."

Ambassador Gennady Zarubin, Moscow's negotiator, told reporters in
Moscow that without the four there would be no second stage at all,
and that his delegation would not come back to Doha without them.

Stay safe,
`

// A quoted block hard-wrapped in a plain-text newsletter is one
// paragraph, its marks read once, and its words are the speaker's the
// paragraph before brings in.
func TestQuotedBlockHardWrapped(t *testing.T) {
	d, texts := loadOne(t, "newsletter.txt", newsletterQuoting)
	n := 0
	for _, tx := range texts {
		if strings.Contains(tx, "A man who tells") {
			n++
			if !strings.Contains(tx, "which city to shell next") || !strings.Contains(tx, "targeting system") || strings.Count(tx, ">") > 1 {
				t.Errorf("the quoted block read as %q; want one paragraph, marked once", tx)
			}
		}
	}
	if n != 1 {
		t.Errorf("%d paragraphs open the quoted block; paragraphs:\n%s", n, strings.Join(texts, "\n"))
	}
	wantSpeaker(t, d, "A man who tells", "Oksana Levchuk")
}

// wantSpeaker fails t unless d reads a quotation opening with start and
// gives it to who.
func wantSpeaker(t *testing.T, d *Document, start, who string) {
	t.Helper()
	found := false
	for _, q := range d.Quotes {
		if strings.HasPrefix(q.Text, start) {
			found = true
			if q.Speaker != who {
				t.Errorf("%q given to %q; want %q", q.Text, q.Speaker, who)
			}
		}
	}
	if !found {
		t.Errorf("no quotation %q read", start)
	}
}

// A hard-wrapped wire story broken before a number of the sentence ("3
// p.m., said Pascal Ndour", "8 a.m. but") keeps the paragraph whole; a
// numbered item ("3.4 Ms Gallagher said") still opens its own.
func TestWrappedBeforeANumberOfTheSentence(t *testing.T) {
	text := `Mortar fire halts work on day two

TARNEL, Karsova, June 15 (MNA) - Mortar rounds struck near a
front-line water pumping station on Tuesday, sending engineers diving
for cover on the second day of a three-day repair truce, monitors and
officials said on Tuesday evening after the work had been stopped.

Work stopped for three hours and 20 minutes and resumed just after
3 p.m., said Pascal Ndour, who leads the OSCE team escorting the
engineers across the line at the Kilometre 9 crossing on the road.

3.4 Ms Gallagher said the committee would return to the matter of the
budget at its next meeting, once the figures had been checked again.
`
	_, texts := loadOne(t, "wire.txt", text)
	whole := "Work stopped for three hours and 20 minutes and resumed just after 3 p.m., said Pascal Ndour"
	if !slices.ContainsFunc(texts, func(p string) bool { return strings.HasPrefix(p, whole) }) {
		t.Errorf("passages %q; want the paragraph on the stoppage whole", texts)
	}
	if !slices.ContainsFunc(texts, func(p string) bool {
		return strings.HasPrefix(p, "3.4 Ms Gallagher said") || strings.HasPrefix(p, "Ms Gallagher said")
	}) {
		t.Errorf("passages %q; want the numbered item apart", texts)
	}
}

// briefingPDF is a ministry's briefing extracted from a PDF whose running
// header is set in two columns and whose pages are ruled off, both wider
// than its text: the width its paragraphs are wrapped at is the text's.
const briefingPDF = `MINISTRY OF FOREIGN AFFAIRS OF CORVANNE                FOR PUBLIC RELEASE
Background Briefing No. 4/2078                              13 January 2078

BACKGROUND BRIEFING

On 11 January 2078 Foreign Minister Annelise Corbet proposed a
30-day halt to strikes on power stations, substations and gas
storage sites. Dravenia has not said yes, and Ostrelia has set
conditions of its own for the monitors and their access.

Speaking on behalf of Foreign Minister Corbet, who was travelling
to the Northern Winter Summit in Velsa, spokesperson Remy Tasse
said the minister had spoken by telephone with both capitals on
Wednesday evening.

"The minister's message to Morsk is simple: consider faster.
Every day of consideration is a day of cold," Tasse said.

                                                        Page 1 of 5
------------------------------------------------------------------------
MINISTRY OF FOREIGN AFFAIRS OF CORVANNE                FOR PUBLIC RELEASE
Background Briefing No. 4/2078                              13 January 2078

Asked whether refineries could be added later, the spokesperson
said the text could grow but could not start with everything, and
that the minister would raise it with ministers in Velsa this week.
`

func TestWrapWidthIsTheTextsNotThePages(t *testing.T) {
	d, texts := loadOne(t, "briefing.txt", briefingPDF)
	for _, tx := range texts {
		if strings.HasSuffix(tx, "consider faster.") {
			t.Errorf("a paragraph cut at a line's end: %q", tx)
		}
	}
	found := false
	for _, q := range d.Quotes {
		if strings.HasPrefix(q.Text, "The minister's message to Morsk") {
			found = true
			if q.Speaker != "Remy Tasse" {
				t.Errorf("%q: speaker %q, want Remy Tasse", q.Text, q.Speaker)
			}
		}
	}
	if !found {
		t.Errorf("quotation not found among %+v", d.Quotes)
	}
}
