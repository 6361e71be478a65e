package index

import (
	"cmp"
	"crypto/sha256"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/talksbot/talksbot/corpus"
)

// Records are what answering shows of a passage or quote: its text and
// citation. They are not kept in memory. Each bleve document stores its
// record in one field (fieldRec), read for the few hits a question looks
// at; the document's id says where it stands in the corpus, so ties in
// score are broken in corpus order without reading anything.
//
// What a question needs of the whole corpus is computed when the index is
// built and kept beside it (indexData): the people, each speaker's quotes
// newest first (speakerLists), the counts and BM25 statistics.

// idSep separates a document's id from a record's number within it: it
// sorts before any character of a file name, so record ids sort by
// document, then by number, as the corpus does.
const idSep = "\x1f"

// passageKey and quoteKey are the bleve ids of a document's i-th passage
// and quote. Passages and quotes are numbered in reading order, so the
// paragraph order is kept too.
func passageKey(doc string, i int) string { return "p" + doc + idSep + hex6(i) }
func quoteKey(doc string, i int) string   { return "q" + doc + idSep + hex6(i) }

func hex6(i int) string {
	s := strconv.FormatInt(int64(i), 16)
	return strings.Repeat("0", max(0, 6-len(s))) + s
}

// docOfKey is the document id a record id belongs to.
func docOfKey(id string) string {
	if len(id) < 2 {
		return ""
	}
	d, _, _ := strings.Cut(id[1:], idSep)
	return d
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

func (e *enc) source(s Source) {
	e.str(s.Doc)
	e.str(s.Title)
	e.str(s.Outlet)
	e.str(s.Author)
	e.str(s.Date)
	e.str(s.URL)
	e.str(s.Section)
	e.int(s.Paragraph)
}

func (d *dec) source() Source {
	return Source{Doc: d.str(), Title: d.str(), Outlet: d.str(), Author: d.str(),
		Date: d.str(), URL: d.str(), Section: d.str(), Paragraph: d.int()}
}

func (r *passageRec) encode() string {
	var e enc
	e.str(r.text)
	e.source(r.src)
	return string(e.b)
}

func decodePassage(b []byte) (*passageRec, error) {
	d := dec{b: b}
	r := &passageRec{text: d.str(), src: d.source()}
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
	return string(e.b)
}

func decodeQuote(b []byte) (*quoteRec, error) {
	d := dec{b: b}
	r := &quoteRec{}
	r.quote.Speaker, r.quote.Role, r.quote.Text = d.str(), d.str(), d.str()
	r.quote.Reported = d.bool()
	r.quote.Source = d.source()
	r.context = d.str()
	return r, d.err
}

// docRecords are one document's passages and quotes as indexed.
type docRecords struct {
	passages []passageRec
	quotes   []quoteRec
}

// recordsOf lays out a document's records: the quote's context is the
// whole paragraph it stands in, its citation that paragraph's section.
func recordsOf(d *corpus.Document) docRecords {
	var out docRecords
	sections := map[int]string{}
	texts := map[int]string{}
	for _, p := range d.Passages {
		if _, ok := sections[p.Paragraph]; !ok {
			sections[p.Paragraph] = p.Section
		}
		texts[p.Paragraph] += joinSpace(texts[p.Paragraph], p.Text)
		out.passages = append(out.passages, passageRec{text: p.Text, src: sourceOf(d, p.Section, p.Paragraph)})
	}
	for _, q := range d.Quotes {
		out.quotes = append(out.quotes, quoteRec{
			quote: Quote{
				Speaker: q.Speaker, Role: q.Role, Text: trimQuote(q.Text),
				Source: sourceOf(d, sections[q.Paragraph], q.Paragraph),
			},
			context: texts[q.Paragraph],
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

// docEntry is what an index keeps of one document (or of a file it
// skipped): its metadata for Sources, its ids for deleting it, and what
// the corpus-wide steps need (paragraph keys for reprints, the people it
// names, its quotes' speakers) to redo them after a few documents change
// without reading the others again.
type docEntry struct {
	ID, Title, Outlet, Author, Date, URL, Language string
	Skip                                           string // why the file was skipped; "" for a document
	Passages, Quotes                               int
	Keys                                           []uint64 // paragraph keys before reprints were dropped
	Cast                                           []corpus.Person
	Speakers                                       []quoteStub // its quotes after reprints were dropped
	Hash                                           [32]byte    // content hash, for the fingerprint
}

// quoteStub is a quote as the people step sees it.
type quoteStub struct {
	Raw     string // the speaker as the document names them
	Speaker string // the merged name
	Role    string
}

func (e *enc) docEntry(d *docEntry) {
	for _, s := range []string{d.ID, d.Title, d.Outlet, d.Author, d.Date, d.URL, d.Language, d.Skip} {
		e.str(s)
	}
	e.int(d.Passages)
	e.int(d.Quotes)
	e.int(len(d.Keys))
	for _, k := range d.Keys {
		e.uint(k)
	}
	e.int(len(d.Cast))
	for _, p := range d.Cast {
		e.str(p.Name)
		e.str(p.Role)
		e.strs(p.Aliases)
		e.int(p.Quotes)
		e.int(p.Mentions)
	}
	e.int(len(d.Speakers))
	for _, q := range d.Speakers {
		e.str(q.Raw)
		e.str(q.Speaker)
		e.str(q.Role)
	}
	e.b = append(e.b, d.Hash[:]...)
}

func (d *dec) docEntry() docEntry {
	var x docEntry
	for _, s := range []*string{&x.ID, &x.Title, &x.Outlet, &x.Author, &x.Date, &x.URL, &x.Language, &x.Skip} {
		*s = d.str()
	}
	x.Passages, x.Quotes = d.int(), d.int()
	if n := d.int(); d.err == nil && n <= len(d.b) {
		x.Keys = make([]uint64, n)
		for i := range x.Keys {
			x.Keys[i] = d.uint()
		}
	}
	if n := d.int(); d.err == nil && n <= len(d.b) {
		for range n {
			x.Cast = append(x.Cast, corpus.Person{Name: d.str(), Role: d.str(), Aliases: d.strs(), Quotes: d.int(), Mentions: d.int()})
		}
	}
	if n := d.int(); d.err == nil && n <= len(d.b) {
		for range n {
			x.Speakers = append(x.Speakers, quoteStub{Raw: d.str(), Speaker: d.str(), Role: d.str()})
		}
	}
	if len(d.b) < 32 {
		d.err = errCorrupt
		return x
	}
	copy(x.Hash[:], d.b)
	d.b = d.b[32:]
	return x
}

// entryOf summarises a document after the corpus-wide steps; raw are its
// quotes' speakers as the document named them, keys its paragraph keys
// before reprints were dropped.
func entryOf(d *corpus.Document, keys []uint64, cast []corpus.Person, raw []string) docEntry {
	x := docEntry{
		ID: d.ID, Title: d.Title, Outlet: d.Outlet, Author: d.Author, Date: d.Date, URL: d.URL,
		Language: d.Language, Passages: len(d.Passages), Quotes: len(d.Quotes), Keys: keys, Cast: cast,
		Hash: docHash(d),
	}
	for i, q := range d.Quotes {
		r := q.Speaker
		if i < len(raw) {
			r = raw[i]
		}
		x.Speakers = append(x.Speakers, quoteStub{Raw: r, Speaker: q.Speaker, Role: q.Role})
	}
	return x
}

// docHash is a content hash of what the index holds of a document.
func docHash(d *corpus.Document) [32]byte {
	h := sha256.New()
	w := func(parts ...string) {
		for _, p := range parts {
			fmt.Fprintf(h, "%d:%s", len(p), p)
		}
	}
	w("doc", d.ID, d.Title, d.Outlet, d.Author, d.Date, d.URL, d.Language)
	for _, p := range d.Passages {
		w("p", p.Text, p.Section, strconv.Itoa(p.Paragraph))
	}
	for _, q := range d.Quotes {
		w("q", q.Speaker, q.Role, q.Text, strconv.Itoa(q.Paragraph))
	}
	var out [32]byte
	h.Sum(out[:0])
	return out
}

// qentry is one quote in a speaker's list: its article's date and its id.
type qentry struct {
	date, id string
}

// newestFirst orders a speaker's quotes by article date, newest first,
// then in corpus order (the ids sort so).
func sortNewestFirst(qs []qentry) {
	slices.SortFunc(qs, func(a, b qentry) int { return cmp.Or(cmp.Compare(b.date, a.date), cmp.Compare(a.id, b.id)) })
}

// speakerInfo is what the people step needs of a quoted speaker: how many
// quotes, and the roles given where they speak, in corpus order.
type speakerInfo struct {
	quotes int
	roles  []string // each once, in the order first given
	first  string   // the role at their first quote
}

// speakersOf tallies the quoted speakers over documents in corpus order.
func speakersOf(docs []docEntry) map[string]*speakerInfo {
	out := map[string]*speakerInfo{}
	for i := range docs {
		for _, q := range docs[i].Speakers {
			if q.Speaker == "" {
				continue
			}
			s := out[q.Speaker]
			if s == nil {
				s = &speakerInfo{first: q.Role}
				out[q.Speaker] = s
			}
			s.quotes++
			if !slices.Contains(s.roles, q.Role) {
				s.roles = append(s.roles, q.Role)
			}
		}
	}
	return out
}
