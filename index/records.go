package index

import (
	"strings"

	"github.com/talksbot/talksbot/corpus"
)

// records are the corpus laid out by index document number: bleve finds
// the numbers, records give back text and citations without reading stored
// fields, which keeps a warm question in memory.
type records struct {
	passages []passageRec
	quotes   []quoteRec
	// bySpeaker lists quote numbers per canonical speaker, in corpus order:
	// direct quotations only.
	bySpeaker map[string][]int
	// reportedBy lists, per speaker, the numbers of the statements the
	// articles report in their own words (Quote.Reported).
	reportedBy map[string][]int
}

type place struct {
	doc       string
	paragraph int
}

type passageRec struct {
	text string
	src  Source
}

type quoteRec struct {
	quote   Quote
	context string // the text of the passage the quote stands in
}

func sourceOf(d *corpus.Document, section string, paragraph int) Source {
	return Source{
		Doc: d.ID, Title: d.Title, Outlet: d.Outlet, Author: d.Author,
		Date: d.Date, URL: d.URL, Section: section, Paragraph: paragraph,
	}
}

func newRecords(c *corpus.Corpus) *records {
	r := &records{bySpeaker: map[string][]int{}, reportedBy: map[string][]int{}}
	for _, d := range c.Documents {
		sections := map[int]string{}
		texts := map[int]string{}
		for _, p := range d.Passages {
			if _, ok := sections[p.Paragraph]; !ok {
				sections[p.Paragraph] = p.Section
			}
			texts[p.Paragraph] += joinSpace(texts[p.Paragraph], p.Text)
			r.passages = append(r.passages, passageRec{text: p.Text, src: sourceOf(d, p.Section, p.Paragraph)})
		}
		for _, q := range append(d.Quotes[:len(d.Quotes):len(d.Quotes)], d.Reported...) {
			rec := quoteRec{
				quote: Quote{
					Speaker: q.Speaker, Role: q.Role, Text: trimQuote(q.Text),
					Source:   sourceOf(d, sections[q.Paragraph], q.Paragraph),
					Reported: q.Reported,
				},
				context: quoteContext(texts, q.Paragraph),
			}
			switch {
			case q.Speaker == "":
			case q.Reported:
				r.reportedBy[q.Speaker] = append(r.reportedBy[q.Speaker], len(r.quotes))
			default:
				r.bySpeaker[q.Speaker] = append(r.bySpeaker[q.Speaker], len(r.quotes))
			}
			r.quotes = append(r.quotes, rec)
		}
	}
	return r
}

// joinSpace returns s prefixed by a space when it follows non-empty text.
func joinSpace(prev, s string) string {
	if prev == "" {
		return s
	}
	return " " + s
}

// trimQuote drops the comma or space a quote keeps from the sentence
// around it ("...the war," said X).
func trimQuote(s string) string { return strings.TrimRight(strings.TrimSpace(s), ", ") }

// speakerKey is the key a quote record is indexed under: its speaker, and
// for reported speech the speaker marked as such, so that a person's
// direct quotations and the statements reported of them are ranked apart.
func speakerKey(q Quote) string {
	if q.Reported && q.Speaker != "" {
		return "reported:" + q.Speaker
	}
	return q.Speaker
}

// quoteContext is the text a quote is searched with besides its own
// words: the passage it stands in and, when the paragraph before asks a
// question (an interview's), that question, which says what the answer is
// about.
func quoteContext(texts map[int]string, paragraph int) string {
	ctx := texts[paragraph]
	if prev := strings.TrimSpace(texts[paragraph-1]); strings.HasSuffix(prev, "?") {
		ctx = prev + " " + ctx
	}
	return ctx
}
