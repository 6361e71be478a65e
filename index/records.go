package index

import (
	"cmp"
	"crypto/sha256"
	"github.com/talksbot/talksbot/corpus/people"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/talksbot/talksbot/corpus"
)

// Records are what answering shows of a passage or quote: its text and
// citation. They are not kept in memory. Each bleve document stores its
// record in one field (fieldRec), read for the few hits a question looks
// at; the document's id says where it stands in the corpus, so ties in
// score are broken in corpus order without reading anything.
//
// What a question needs of the whole corpus is computed when the index is
// built and kept beside it (data.go): the people, each speaker's quotes
// newest first, the counts and BM25 statistics.

// idSep separates a document's id from a record's place within it. The
// place is fixed-width, so the document id is the id's middle whatever
// characters its file name holds (see recordKey).
const idSep = "\x1f"

// placeWidth is the width of a record's place: its paragraph and its
// number within the document, six hex digits each.
const placeWidth = 12

// passageKey and quoteKey are the bleve ids of a document's i-th passage
// and quote record (direct quotations first, then reported speech), in
// paragraph para.
func passageKey(doc string, para, i int) string { return recordID('p', doc, para, i) }
func quoteKey(doc string, para, i int) string   { return recordID('q', doc, para, i) }

// recordID is a record's id, made in one allocation: an update makes one
// for each of a well-known speaker's tens of thousands of quotes.
func recordID(kind byte, doc string, para, i int) string {
	b := make([]byte, 0, 1+len(doc)+len(idSep)+placeWidth)
	b = append(b, kind)
	b = append(b, doc...)
	b = append(b, idSep...)
	b = appendHex6(b, para)
	b = appendHex6(b, i)
	return string(b)
}

// appendHex6 appends i in hex, padded with zeros to six digits.
func appendHex6(b []byte, i int) []byte {
	var digits [24]byte
	d := strconv.AppendInt(digits[:0], int64(i), 16)
	for k := len(d); k < 6; k++ {
		b = append(b, '0')
	}
	return append(b, d...)
}

// recordKey splits a record id into its document and place (paragraph,
// then number, fixed-width hex, so that places compare as strings).
func recordKey(id string) (doc, place string, ok bool) {
	if len(id) < 1+len(idSep)+placeWidth {
		return "", "", false
	}
	doc = id[1 : len(id)-placeWidth-len(idSep)]
	if id[len(id)-placeWidth-len(idSep):len(id)-placeWidth] != idSep {
		return "", "", false
	}
	return doc, id[len(id)-placeWidth:], true
}

// compareRecords orders record ids in corpus order: by document id, then
// paragraph, then number.
func compareRecords(a, b string) int {
	da, pa, _ := recordKey(a)
	db, pb, _ := recordKey(b)
	return cmp.Or(cmp.Compare(da, db), cmp.Compare(pa, pb))
}

type place struct {
	doc       string
	paragraph int
}

type passageRec struct {
	text string
	src  Source
	// place is the article's dateline ("ISTANBUL"): where every passage
	// of a wire report happened, though few repeat it.
	place string
	// asked is the question a transcript's answer answers: the turn
	// before it, when it asks (see askedBefore); "" for other passages.
	asked string
	// about is the person it speaks of by a pronoun alone
	// (corpus.Passage.About).
	about string
	// record marks a record's fields (corpus.Passage.Record), searched
	// under the title in asked.
	record bool
}

type quoteRec struct {
	quote   Quote
	context string // the text of the passage the quote stands in
	// before is the paragraph before, when context does not hold it
	// already: what the quote may answer though neither it nor its own
	// paragraph says so ("Washington has pledged nothing … / Whitcomb
	// defended that choice: …"), searched for less.
	before string
	id     string // its bleve id, once read
}

func sourceOf(d *corpus.Document, section string, paragraph int, stamp string) Source {
	return Source{
		Doc: d.ID, Title: d.Title, Outlet: d.Outlet, Author: d.Author,
		Date: d.Date, URL: d.URL, Section: section, Paragraph: paragraph, Time: stamp,
	}
}

func (e *enc) source(s Source) {
	e.str(s.Doc)
	e.str(s.Title)
	e.str(s.Outlet)
	e.str(s.Author)
	e.str(s.Date)
	e.str(s.URL)
	e.str(s.Section)
	e.int(s.Paragraph)
	e.str(s.Time)
}

func (d *dec) source() Source {
	return Source{Doc: d.str(), Title: d.str(), Outlet: d.str(), Author: d.str(),
		Date: d.str(), URL: d.str(), Section: d.str(), Paragraph: d.int(), Time: d.str()}
}

// encode is the record as stored: a string, which bleve keeps as given.
func (r *passageRec) encode() string {
	var e enc
	e.str(r.text)
	e.source(r.src)
	e.str(r.place)
	e.str(r.asked)
	e.str(r.about)
	e.bool(r.record)
	return string(e.b)
}

func decodePassage(b []byte) (*passageRec, error) {
	d := dec{b: b}
	r := &passageRec{text: d.str(), src: d.source()}
	r.place = d.str()
	r.asked = d.str()
	r.about = d.str()
	r.record = d.bool()
	return r, d.err
}

func (r *quoteRec) encode() string {
	var e enc
	e.str(r.quote.Speaker)
	e.str(r.quote.Role)
	e.str(r.quote.Text)
	e.bool(r.quote.Reported)
	e.source(r.quote.Source)
	e.str(r.context)
	e.str(r.before)
	return string(e.b)
}

func decodeQuote(b []byte) (*quoteRec, error) {
	d := dec{b: b}
	r := &quoteRec{}
	r.quote.Speaker, r.quote.Role, r.quote.Text = d.str(), d.str(), d.str()
	r.quote.Reported = d.bool()
	r.quote.Source = d.source()
	r.context = d.str()
	r.before = d.str()
	return r, d.err
}

// docRecords are one document's passages and quotes as indexed: the
// direct quotations, then the statements reported in the article's words.
type docRecords struct {
	passages []passageRec
	quotes   []quoteRec
}

// recordsOf lays out a document's records: a quote's context is the
// whole paragraph it stands in (see quoteContext), its citation that
// paragraph's section.
func recordsOf(d *corpus.Document) docRecords {
	var out docRecords
	sections := map[int]string{}
	stamps := map[int]string{}
	texts := map[int]string{}
	for _, p := range d.Passages {
		if _, ok := sections[p.Paragraph]; !ok {
			sections[p.Paragraph], stamps[p.Paragraph] = p.Section, p.Time
		}
		first := texts[p.Paragraph] == ""
		texts[p.Paragraph] += joinSpace(texts[p.Paragraph], p.Text)
		r := passageRec{text: p.Text, src: sourceOf(d, p.Section, p.Paragraph, p.Time), place: d.Place, about: p.About}
		switch {
		case p.Record:
			// "Venue: Media Centre, …" is where the title's briefing was:
			// searched under the title it is the record of.
			r.asked, r.record = d.Title, true
		case first:
			r.asked = askedBefore(texts[p.Paragraph-1], p.Text)
		}
		out.passages = append(out.passages, r)
	}
	for _, q := range append(d.Quotes[:len(d.Quotes):len(d.Quotes)], d.Reported...) {
		out.quotes = append(out.quotes, quoteRec{
			quote: Quote{
				Speaker: q.Speaker, Role: q.Role, Text: trimQuote(q.Text),
				Source:   sourceOf(d, sections[q.Paragraph], q.Paragraph, stamps[q.Paragraph]),
				Reported: q.Reported,
			},
			context: quoteContext(texts, q.Paragraph),
			before:  paragraphBefore(texts, q.Paragraph),
		})
	}
	return out
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
	if q.Speaker == "" && q.Role != "" {
		return sourceKey(q.Role)
	}
	return q.Speaker
}

// sourceKey is the key of the quotes a body or an unnamed source gives,
// no person: "the Kremlin said …" (Quote.Role "Kremlin").
func sourceKey(role string) string { return sourcePrefix + fold(role) }

// sourcePrefix opens the speaker key of a body's or an unnamed source's
// quotes.
const sourcePrefix = "source:"

// docHash is a content hash of what the index holds of a document.
func docHash(d *corpus.Document) [32]byte {
	h := sha256.New()
	hashMetaAndPassages(h, d)
	hashQuotes(h, d.Quotes, d.Reported)
	var out [32]byte
	h.Sum(out[:0])
	return out
}

// qentry is one quote in a speaker's list: its article's date, its
// article's place in the corpus, its number in the article and its id.
type qentry struct {
	date string
	ord  int // the article's place in the corpus
	n    int // the record's number in the article
	id   string
}

// sortNewestFirst orders a speaker's quotes by article date, newest
// first, keeping the corpus order (articles, then reading order) within
// a date.
func sortNewestFirst(qs []qentry) {
	slices.SortFunc(qs, func(a, b qentry) int {
		return cmp.Or(cmp.Compare(b.date, a.date), cmp.Compare(a.ord, b.ord), cmp.Compare(a.n, b.n))
	})
}

// quoteContext is the text a quote is searched with besides its own
// words: the passage it stands in and, when the paragraph before asks a
// question (an interview's), that question, which says what the answer is
// about.
func quoteContext(texts map[int]string, paragraph int) string {
	ctx := texts[paragraph]
	prev := strings.TrimSpace(texts[paragraph-1])
	// An interviewer's question, or the paragraph a quotation opening its
	// own paragraph answers ("The Kremlin said the 30-day pause … /
	// "This is a technical arrangement," Peskov said.), is what the quote
	// is about.
	// A transcript's answer is about the turn before it, wherever its
	// question stands ("MAYA: What about the turnout rule? Because I keep
	// seeing …" / "LEVCHUK: That's true. …"): askedBefore.
	if strings.HasSuffix(prev, "?") || prev != "" && strings.HasPrefix(strings.TrimSpace(ctx), "\"") || strings.HasPrefix(strings.TrimSpace(ctx), "“") && prev != "" ||
		askedBefore(prev, ctx) != "" {
		// A line between: the quotation still opens its own paragraph
		// (partial), and a reply shows the two as two.
		ctx = prev + "\n" + ctx
	}
	return ctx
}

// paragraphBefore is the paragraph before a quote's, when its context
// (quoteContext) does not hold it already; "" otherwise.
func paragraphBefore(texts map[int]string, paragraph int) string {
	prev := strings.TrimSpace(texts[paragraph-1])
	if prev == "" || strings.HasPrefix(quoteContext(texts, paragraph), prev) {
		return ""
	}
	return prev
}

// askedBefore is the turn before a transcript's answer (text), when it
// asks: what the answer is about though it never says so.
func askedBefore(prev, text string) string {
	prev = strings.TrimSpace(prev)
	if labelledTurn(text) && strings.Contains(prev, "?") || strings.HasSuffix(prev, "?") && labelledTurn(prev) {
		return prev
	}
	// A print interview's question set alone, unlabelled ("**How bad is
	// the grid this week?**"), over the answer.
	if q := strings.TrimRight(prev, "*_ "); strings.HasSuffix(q, "?") && len(strings.Fields(q)) <= maxAskedWords && !strings.HasSuffix(strings.TrimRight(text, "*_ "), "?") {
		return prev
	}
	return ""
}

// maxAskedWords bounds an unlabelled question read as the one the
// paragraph after it answers: a longer paragraph ending in "?" is an
// argument's, not an interviewer's.
const maxAskedWords = 40

// labelledTurn reports a paragraph opening with a speaker's label, as
// transcripts give them: a capitalised word or a few, then a colon
// ("LEVCHUK:", "Ms. Catherine Lindqvist:").
func labelledTurn(text string) bool {
	_, _, ok := turnLabel(text)
	return ok
}

// turnLabel splits a paragraph opening with a speaker's label
// (labelledTurn), after any recording time before it ("[00:02:33]
// MARIANA BOYKO: …"), into the label and the words of the turn.
func turnLabel(text string) (label, body string, ok bool) {
	label, body, ok = strings.Cut(people.SkipTimestamp(text), ": ")
	if !ok || len(label) > 40 || label == "" {
		return "", "", false
	}
	for _, w := range strings.Fields(label) {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return "", "", false
		}
	}
	return label, body, true
}
