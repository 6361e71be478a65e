package index

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"sync"
	"sync/atomic"

	"github.com/talksbot/talksbot/corpus"
)

// An index read from a Folder keeps, for every file, what it gave the
// corpus-wide steps of reading (corpus/steps.go): the short lines its
// outlet may repeat, its paragraphs' keys, its cast. When a few files
// change, an update (update.go) reads only those, redoes the corpus-wide
// steps over what the others left here, and re-indexes the documents
// whose records change.

// Files an index read from a Folder keeps beside the others.
const (
	rawFile   = "RAW"   // a rawEntry per file, in path order
	lowerFile = "LOWER" // the lower-case words of the passages, with in how many documents
)

// rawEntry is what one file gave the corpus-wide steps: its head (Path
// to Outlet), and the rest in rawBody, which an entry read from RAW and
// not needed whole does without (lazy): an update holds 100,000 of them
// twice at 100,000 articles.
type rawEntry struct {
	Path string
	Skip string // why the file is skipped; "" for a document
	// Read says the page was read: its short lines count among its
	// outlet's, even when its document could not be built.
	Read   bool
	Outlet string
	*rawBody

	// enc and encFinal are the entry as RAW holds it (rawEnc.rawEntry,
	// and its Final), with references to its table, when it was read
	// from RAW and has not changed since: an update writes the entries of
	// the files it did not read again as they were. Reading a file again
	// resets its entry, and these with it.
	enc, encFinal []byte
	// lazy says only the head is decoded (rawBody is nil); at says where
	// the other fields start in enc (raw_view.go).
	lazy bool
	at   [rawFields]int32
	// base says the entry is that of the whole RAW an index folder's RAW
	// is, or is a delta over (layered.go), unchanged: a new delta over the
	// same base leaves it out.
	base bool
}

// rawBody is the rest of a rawEntry.
type rawBody struct {
	Lines []uint64
	// A document's paragraph keys before reprints were dropped, and the
	// places among them of those dropped.
	Keys  []uint64
	Drops []int
	// Its cast as it names people, before merging; the speakers of its
	// reported speech as named; the speakers its quote records (direct,
	// then reported) were filed under.
	People   []corpus.Person
	Quotes   []corpus.Speaker
	Reported []string
	Final    []string
	// Date, and the paragraphs of its passages and quote records: their
	// ids (passageKey, quoteKey).
	Date         string
	PassageParas []int
	QuoteParas   []int
}

// newRawEntry is an entry of the file at path with nothing read yet.
func newRawEntry(path string) rawEntry { return rawEntry{Path: path, rawBody: &rawBody{}} }

func (e *enc) ints(xs []int) {
	e.int(len(xs))
	for _, x := range xs {
		e.int(x)
	}
}

func (d *dec) ints() []int {
	n := d.int()
	if d.err != nil || n > len(d.b) {
		d.err = errCorrupt
		return nil
	}
	out := make([]int, n)
	for i := range out {
		out[i] = d.int()
	}
	return out
}

func (e *enc) uints(xs []uint64) {
	e.int(len(xs))
	for _, x := range xs {
		e.uint(x)
	}
}

func (d *dec) uints() []uint64 {
	n := d.int()
	if d.err != nil || n > len(d.b) {
		d.err = errCorrupt
		return nil
	}
	out := make([]uint64, n)
	for i := range out {
		out[i] = d.uint()
	}
	return out
}

// rawEnc and rawDec write and read RAW: the same names, roles, outlets
// and dates stand in thousands of entries, so each string is written once,
// in a table, and entries refer to it by number.
type rawEnc struct {
	enc
	t *strTable
	// scratch and pscratch are where an entry's fields, and a person,
	// are written before their lengths are known.
	scratch, pscratch []byte
}

// strTable numbers the strings of RAW: list is numbered from base, the
// strings before it being another table's (rawEncoder.reuse).
type strTable struct {
	ids  map[string]int
	list []string
	base int
}

func newStrTable() *strTable { return &strTable{ids: map[string]int{}} }

func (e *rawEnc) ref(s string) {
	id, ok := e.t.ids[s]
	if !ok {
		id = e.t.base + len(e.t.list)
		e.t.ids[s] = id
		e.t.list = append(e.t.list, s)
	}
	e.int(id)
}

func (e *rawEnc) refs(ss []string) {
	e.int(len(ss))
	for _, s := range ss {
		e.ref(s)
	}
}

type rawDec struct {
	dec
	table []string
}

func (d *rawDec) ref() string {
	i := d.int()
	if d.err != nil || i >= len(d.table) {
		d.err = errCorrupt
		return ""
	}
	return d.table[i]
}

func (d *rawDec) refs() []string {
	n := d.int()
	if d.err != nil || n > len(d.b) {
		d.err = errCorrupt
		return nil
	}
	if n == 0 {
		return nil
	}
	out := make([]string, n)
	for i := range out {
		out[i] = d.ref()
	}
	return out
}

// person writes p's length, then p, so that a reader looking for a few
// names steps over the others at once.
func (e *rawEnc) person(p *corpus.Person) {
	w := rawEnc{enc: enc{b: e.pscratch[:0]}, t: e.t}
	w.personFields(p)
	e.int(len(w.b))
	e.b = append(e.b, w.b...)
	e.pscratch = w.b
}

func (e *rawEnc) personFields(p *corpus.Person) {
	e.ref(p.Name)
	e.ref(p.Role)
	e.refs(p.Aliases)
	e.int(p.Quotes)
	e.int(p.Mentions)
	e.ref(p.Gender)
	e.refs(p.Roles)
	e.refs(p.Organisations)
	e.int(p.Age)
	e.int(len(p.Credits))
	for _, c := range p.Credits {
		for _, s := range []string{c.Doc, c.Title, c.Outlet, c.Author, c.Date, c.URL, c.Line} {
			e.ref(s)
		}
	}
	e.refs(p.Places)
}

func (d *rawDec) person() corpus.Person {
	n := d.uint()
	if d.err != nil || n > uint64(len(d.b)) {
		d.err = errCorrupt
		return corpus.Person{}
	}
	end := len(d.b) - int(n)
	p := d.personFields()
	if d.err == nil && len(d.b) != end {
		d.err = errCorrupt
	}
	return p
}

func (d *rawDec) personFields() corpus.Person {
	p := corpus.Person{Name: d.ref(), Role: d.ref(), Aliases: d.refs(), Quotes: d.int(), Mentions: d.int(),
		Gender: d.ref(), Roles: d.refs(), Organisations: d.refs(), Age: d.int()}
	n := d.int()
	if n > corpus.MaxCredits {
		d.err = errCorrupt
		return p
	}
	if n > 0 {
		p.Credits = make([]corpus.Credit, n)
		for i := range p.Credits {
			c := &p.Credits[i]
			for _, s := range []*string{&c.Doc, &c.Title, &c.Outlet, &c.Author, &c.Date, &c.URL, &c.Line} {
				*s = d.ref()
			}
		}
	}
	p.Places = d.refs()
	if len(p.Places) > corpus.MaxPlaces {
		d.err = errCorrupt
	}
	return p
}

// rawEntry writes r but its Final, which RAW keeps apart (rawEncoder):
// its head (Path to Outlet), the length of each of its other fields (so
// that a reader finds them, and the next entry, without reading them),
// then those fields.
func (e *rawEnc) rawEntry(x *rawEntry) {
	e.str(x.Path)
	e.ref(x.Skip)
	e.bool(x.Read)
	e.ref(x.Outlet)
	r := x.rawBody
	if r == nil {
		r = &rawBody{}
	}
	body := rawEnc{enc: enc{b: e.scratch[:0]}, t: e.t, pscratch: e.pscratch}
	var ends [rawFields]int
	end := func(f int) { ends[f] = len(body.b) }
	body.uints(r.Lines)
	end(atLines)
	body.uints(r.Keys)
	end(atKeys)
	body.ints(r.Drops)
	end(atDrops)
	body.int(len(r.People))
	for i := range r.People {
		body.person(&r.People[i])
	}
	end(atPeople)
	body.int(len(r.Quotes))
	for _, q := range r.Quotes {
		body.ref(q.Name)
		body.ref(q.Role)
	}
	end(atQuotes)
	body.refs(r.Reported)
	end(atReported)
	body.ref(r.Date)
	end(atDate)
	body.ints(r.PassageParas)
	end(atPassageParas)
	body.ints(r.QuoteParas)
	end(atQuoteParas)
	start := 0
	for _, n := range ends {
		e.int(n - start)
		start = n
	}
	e.b = append(e.b, body.b...)
	e.scratch, e.pscratch = body.b, body.pscratch
}

func (d *rawDec) rawEntry() rawEntry {
	r := rawEntry{Path: d.str(), Skip: d.ref(), Read: d.bool(), Outlet: d.ref(), rawBody: &rawBody{}}
	d.skip(rawFields)
	r.Lines, r.Keys, r.Drops = d.uints(), d.uints(), d.ints()
	if n := d.int(); d.err == nil && n <= len(d.b) && n > 0 {
		r.People = make([]corpus.Person, n)
		for i := range r.People {
			r.People[i] = d.person()
		}
	}
	if n := d.int(); d.err == nil && n <= len(d.b) && n > 0 {
		r.Quotes = make([]corpus.Speaker, n)
		for i := range r.Quotes {
			r.Quotes[i] = corpus.Speaker{Name: d.ref(), Role: d.ref()}
		}
	}
	r.Reported, r.Date = d.refs(), d.ref()
	r.PassageParas, r.QuoteParas = d.ints(), d.ints()
	return r
}

// A rawEncoder writes RAW an entry at a time, as a build reads the
// files, so that the entries are held encoded: the string table, the
// number of entries, the entries, then each entry's Final, known only
// once every file is read and the people merged.
type rawEncoder struct {
	t       *strTable
	old     []string // the table of the RAW read, which t continues
	entries rawEnc
	finals  rawEnc
	n       int
}

func newRawEncoder() *rawEncoder {
	t := newStrTable()
	return &rawEncoder{t: t, entries: rawEnc{t: t}, finals: rawEnc{t: t}}
}

// reuse makes the encoder continue table, the table of the RAW the
// entries with enc were read from, so that their bytes are written as
// they are (new strings follow, even if table holds them too).
func (w *rawEncoder) reuse(table []string) {
	w.old = table
	w.t.base = len(table)
}

// add writes r but its Final; final writes the next entry's Final.
func (w *rawEncoder) add(r *rawEntry) {
	if r.lazy && w.old == nil {
		panic("index: RAW entry " + r.Path + " written before it is loaded")
	}
	if r.enc != nil && w.old != nil {
		w.entries.b = append(w.entries.b, r.enc...)
	} else {
		w.entries.rawEntry(r)
	}
	w.n++
}

func (w *rawEncoder) final(names []string) { w.finals.refs(names) }

// finalOf writes r's Final.
func (w *rawEncoder) finalOf(r *rawEntry) {
	if r.enc != nil && w.old != nil {
		w.finals.b = append(w.finals.b, r.encFinal...)
	} else if r.rawBody != nil {
		w.finals.refs(r.Final)
	} else {
		w.finals.refs(nil)
	}
}

// each decodes the entries added so far, in order.
func (w *rawEncoder) each(f func(r *rawEntry)) error {
	d := rawDec{dec: dec{b: w.entries.b}, table: w.t.list}
	for range w.n {
		r := d.rawEntry()
		if d.err != nil {
			return d.err
		}
		f(&r)
	}
	return nil
}

// bytes is RAW written whole (layered.go), once every entry and its
// Final are written.
func (w *rawEncoder) bytes() []byte {
	e := enc{b: []byte{layerWhole}}
	e.strs(w.old, w.t.list)
	e.int(w.n)
	return w.after(e.b)
}

// after is head, then the entries and their Finals as written.
func (w *rawEncoder) after(head []byte) []byte {
	out := make([]byte, 0, len(head)+len(w.entries.b)+len(w.finals.b))
	out = append(out, head...)
	out = append(out, w.entries.b...)
	return append(out, w.finals.b...)
}

// encodeRawEntry is one entry alone, for comparing two.
func encodeRawEntry(r *rawEntry) string {
	w := newRawEncoder()
	w.add(r)
	w.finalOf(r)
	return string(w.bytes())
}

// encodeRaw is RAW of rs; table, when not nil, is that of the RAW the
// entries with enc were read from.
func encodeRaw(rs []rawEntry, table []string) []byte {
	w := newRawEncoder()
	if table != nil {
		w.reuse(table)
	}
	// The entries written as they were say how large the rest will be.
	entries, finals := 0, 0
	for i := range rs {
		entries += max(len(rs[i].enc), 256)
		finals += max(len(rs[i].encFinal), 8)
	}
	w.entries.b = make([]byte, 0, entries)
	w.finals.b = make([]byte, 0, finals)
	for i := range rs {
		w.add(&rs[i])
	}
	for i := range rs {
		w.finalOf(&rs[i])
	}
	return w.bytes()
}

// rawBase is the whole RAW an index folder's RAW is, or is a delta over
// (layered.go): what an update's new RAW may be a delta over in turn.
type rawBase struct {
	path     string
	size     int
	tableLen int      // strings in its table
	paths    []string // of its entries, in order
}

// readRaw reads the RAW of the index folder dir: its entries, each with
// its bytes (enc) and only its head decoded (lazy), its string table, and
// its base. The entries of the base that a delta does not drop are
// marked base.
func readRaw(dir string) ([]rawEntry, []string, *rawBase, error) {
	l, err := readLayered(dir, rawFile)
	if err != nil {
		return nil, nil, nil, fmt.Errorf("index: raw: %w", err)
	}
	d := rawDec{dec: dec{b: l.base}}
	d.table = d.sharedStrs()
	n := d.int()
	if d.err != nil || n > len(l.base) {
		return nil, nil, nil, errCorrupt
	}
	rb := &rawBase{path: l.basePath, size: len(l.base) + 1, tableLen: len(d.table), paths: make([]string, 0, n)}
	table := d.table
	var changed []rawEntry
	var dropped map[string]bool
	if l.delta != nil {
		dd := rawDec{dec: dec{b: l.delta}}
		table = append(table[:len(table):len(table)], dd.strs()...)
		drop := dd.strs()
		dd.table = table
		if dd.err != nil {
			return nil, nil, nil, errCorrupt
		}
		dropped = make(map[string]bool, len(drop))
		for _, p := range drop {
			dropped[p] = true
		}
		if changed, err = decodeRawEntries(&dd); err != nil {
			return nil, nil, nil, err
		}
	}
	// The base's entries and the delta's, both in path order, merged.
	out := make([]rawEntry, 0, n+len(changed))
	at := make([]int32, n) // where the base's entry i stands in out; -1 if dropped
	j := 0
	for i := range at {
		start := d.b
		x := d.rawHead()
		x.enc = start[:len(start)-len(d.b)]
		x.base = true
		rb.paths = append(rb.paths, x.Path)
		for ; j < len(changed) && changed[j].Path < x.Path; j++ {
			out = append(out, changed[j])
		}
		if dropped[x.Path] {
			at[i] = -1
			continue
		}
		at[i] = int32(len(out))
		out = append(out, x)
	}
	out = append(out, changed[j:]...)
	for i := range at {
		start := d.b
		d.skipList(1)
		if at[i] >= 0 {
			out[at[i]].encFinal = start[:len(start)-len(d.b)]
		}
	}
	if d.err != nil {
		return nil, nil, nil, d.err
	}
	for i := 1; i < len(out); i++ {
		if out[i-1].Path >= out[i].Path {
			return nil, nil, nil, errCorrupt
		}
	}
	return out, table, rb, nil
}

// decodeRawEntries reads a count, that many entries (lazy) and their
// Finals.
func decodeRawEntries(d *rawDec) ([]rawEntry, error) {
	n := d.int()
	if d.err != nil || n > len(d.b) {
		return nil, errCorrupt
	}
	out := make([]rawEntry, n)
	for i := range out {
		at := d.b
		out[i] = d.rawHead()
		out[i].enc = at[:len(at)-len(d.b)]
	}
	for i := range out {
		at := d.b
		d.skipList(1)
		out[i].encFinal = at[:len(at)-len(d.b)]
	}
	return out, d.err
}

// countChanged counts the entries of rs that are not their base's.
func countChanged(rs []rawEntry) int {
	n := 0
	for i := range rs {
		if !rs[i].base {
			n++
		}
	}
	return n
}

// encodeRawDelta is the delta over base of RAW of rs (table: the string
// table the entries with enc refer to, which continues base's): the
// strings past base's, the paths of base's entries not among rs as they
// were, and the other entries of rs.
func encodeRawDelta(rs []rawEntry, table []string, base *rawBase) []byte {
	w := newRawEncoder()
	w.reuse(table)
	var changed []*rawEntry
	var drop []string
	i := 0
	for _, p := range base.paths {
		for ; i < len(rs) && rs[i].Path < p; i++ {
			changed = append(changed, &rs[i])
		}
		if i < len(rs) && rs[i].Path == p {
			if rs[i].base {
				i++
				continue
			}
		}
		drop = append(drop, p)
	}
	for ; i < len(rs); i++ {
		if !rs[i].base {
			changed = append(changed, &rs[i])
		}
	}
	for _, x := range changed {
		w.add(x)
	}
	for _, x := range changed {
		w.finalOf(x)
	}
	var e enc
	e.strs(table[base.tableLen:], w.t.list)
	e.strs(drop)
	e.int(w.n)
	return w.after(e.b)
}

// skipEntry is the document entry of a file that was skipped.
func skipEntry(path, reason string) docEntry { return docEntry{ID: path, Skip: reason} }

// parallel calls f(i) for every i below n, on as many goroutines as
// there are cores.
func parallel(n int, f func(i int)) {
	workers := min(runtime.GOMAXPROCS(0), n)
	var next atomic.Int64
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := int(next.Add(1)) - 1
				if i >= n {
					return
				}
				f(i)
			}
		}()
	}
	wg.Wait()
}

// setRecords keeps what a document's records are filed under: its date,
// its quote records' speakers and its records' paragraphs.
func (x *rawEntry) setRecords(d *corpus.Document) {
	x.Date = d.Date
	x.Final, x.PassageParas, x.QuoteParas = nil, nil, nil
	for _, p := range d.Passages {
		x.PassageParas = append(x.PassageParas, p.Paragraph)
	}
	for _, q := range append(d.Quotes[:len(d.Quotes):len(d.Quotes)], d.Reported...) {
		x.Final = append(x.Final, q.Speaker)
		x.QuoteParas = append(x.QuoteParas, q.Paragraph)
	}
}

// recordIDs are the bleve ids of the document's records.
func (x *rawEntry) recordIDs() []string {
	var out []string
	for i, p := range x.PassageParas {
		out = append(out, passageKey(x.Path, p, i))
	}
	for j, p := range x.QuoteParas {
		out = append(out, quoteKey(x.Path, p, j))
	}
	return out
}

func cmpString(a, b string) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// lowerCounts are the lower-case words of the passages (see lowerWords),
// the acronyms their capitalised names spell (acronymKey) and their
// hyphenated words joined (compoundMark), each with
// the number of documents using it.
type lowerCounts map[string]int

// addDoc counts the words of one document's passage texts, once each,
// and the acronyms its title spells ("JOINT TECHNICAL WORKING GROUP -
// MINUTES": "jtwg"), which no passage may repeat, when it has passages.
func (l lowerCounts) addDoc(title string, texts []string, sign int) {
	seen := map[string]bool{}
	count := func(w string) {
		if !seen[w] {
			seen[w] = true
			l[w] += sign
			if l[w] == 0 {
				delete(l, w)
			}
		}
	}
	for _, t := range texts {
		lowerWords(t, count)
		acronymsOf(t, func(acr, name string) { count(acronymKey(acr, name)) })
		compoundsOf(t, func(joined string) { count(compoundMark + joined) })
	}
	if len(texts) > 0 {
		// Only with its passages: removing a document reads its title
		// from its stored passages, and one without any stores none.
		acronymsOf(unshouted(title), func(acr, name string) { count(acronymKey(acr, name)) })
	}
}

func (l lowerCounts) encode() []byte {
	words := make([]string, 0, len(l))
	for w := range l {
		words = append(words, w)
	}
	slices.Sort(words)
	var e enc
	e.int(len(words))
	for _, w := range words {
		e.str(w)
		e.int(l[w])
	}
	return e.b
}

func readLower(dir string) (lowerCounts, error) {
	b, err := os.ReadFile(filepath.Join(dir, lowerFile))
	if err != nil {
		return nil, fmt.Errorf("index: lower: %w", err)
	}
	d := dec{b: b}
	n := d.int()
	if d.err != nil || n > len(b) {
		return nil, errCorrupt
	}
	out := make(lowerCounts, n)
	for range n {
		w := d.str()
		out[w] = d.int()
	}
	return out, d.err
}

// lowerOf counts the lower-case words of a corpus's documents.
func lowerOf(c *corpus.Corpus) lowerCounts {
	l := lowerCounts{}
	for _, d := range c.Documents {
		texts := make([]string, len(d.Passages))
		for i, p := range d.Passages {
			texts[i] = p.Text
		}
		l.addDoc(d.Title, texts, 1)
	}
	return l
}

// lowerUse are the name words that stand in lower case in some passage.
func lowerUse(l lowerCounts, names map[string]bool) []string {
	var out []string
	for w := range names {
		if l[w] > 0 {
			out = append(out, w)
		}
	}
	slices.Sort(out)
	return out
}
