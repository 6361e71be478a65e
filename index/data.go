package index

import (
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"
	bindex "github.com/blevesearch/bleve_index_api"

	"github.com/talksbot/talksbot/corpus"
	"github.com/talksbot/talksbot/corpus/people"
)

// indexData is what answering needs of the whole corpus, computed when the
// index is built or updated and kept beside it (metaFile): small, whatever
// the size of the corpus.
type indexData struct {
	Version     string `json:"version"`
	Fingerprint string `json:"fingerprint"`
	Documents   int    `json:"documents"`
	Passages    int    `json:"passages"`
	// Quotes counts the quote records: direct quotations and reported
	// speech.
	Quotes int `json:"quotes"`
	// DocCount and Cardinality are the BM25 statistics every search is
	// scored with: bleve documents, and distinct terms per field in
	// documents still present. bleve's own would count the terms of each
	// segment (and of deleted documents) apart, so that an index updated
	// in place would score unlike the same corpus built at once.
	DocCount    int            `json:"doc_count"`
	Cardinality map[string]int `json:"cardinality"`
	// Ghosts are passage terms that only deleted documents held: still in
	// bleve's dictionary, never offered as a typo's correction.
	Ghosts []string `json:"ghosts,omitempty"`
	// Deleted counts the records updates deleted: they stay in their
	// segments until a full build.
	Deleted int             `json:"deleted,omitempty"`
	People  []corpus.Person `json:"people"`
	// Speakers are the people quoted directly or reported, by name.
	Speakers map[string]speakerMeta `json:"speakers"`
	// LowerUse are the words of people's names that the articles also
	// write in lower case, as ordinary words ("a major hurdle").
	LowerUse []string `json:"lower_use,omitempty"`
	// Acronyms are what the acronyms of the articles' capitalised names
	// stand for ("jmm" → "joint monitoring mission"): a question may use
	// one the articles never write.
	Acronyms map[string]string `json:"acronyms,omitempty"`
	// Compounds are the articles' hyphenated lower-case words, joined
	// ("cleanup" for "clean-up"), sorted: a question may write one so.
	Compounds []string `json:"compounds,omitempty"`
	// PeopleFile is the corpus folder's people.yaml the people lexicon
	// was extended with ("" for none): questions are read with it too.
	PeopleFile string `json:"people_file,omitempty"`
	// Skipped are the files skipped, by path, with why: what a build's
	// summary lists, kept here so that it needs no read of DOCS.
	Skipped []skippedMeta `json:"skipped,omitempty"`
}

// skippedMeta is a file skipped, as META keeps it.
type skippedMeta struct {
	Path   string `json:"path"`
	Reason string `json:"reason"`
}

// skippedOf are the entries of docs that are files skipped, in order.
func skippedOf(docs []docEntry) []skippedMeta {
	var out []skippedMeta
	for i := range docs {
		if docs[i].Skip != "" {
			out = append(out, skippedMeta{Path: docs[i].ID, Reason: docs[i].Skip})
		}
	}
	return out
}

// speakerMeta is a quoted speaker: the count and roles the people step
// needs, and where their quotes, newest first, are in quotesFile.
type speakerMeta struct {
	Quotes int `json:"quotes"` // direct quotations
	// First is the role given at their first direct quotation in corpus
	// order; Roles every role given where they are quoted, each once, in
	// corpus order.
	First string   `json:"first_role,omitempty"`
	Roles []string `json:"roles,omitempty"`
	// Direct and Reported locate their quotations and the statements
	// reported of them, each newest first, in quotesFile.
	Direct   span64 `json:"direct"`
	Reported span64 `json:"reported"`
	// Reports counts the statements reported of them.
	Reports int `json:"reports,omitempty"`
}

// span64 is a stretch of a file.
type span64 struct {
	Offset int64 `json:"o"`
	Length int64 `json:"n"`
}

// Files an index folder keeps beside bleve/.
const (
	metaFile   = "META"   // indexData, JSON
	quotesFile = "QUOTES" // each speaker's quotes, newest first
	docsFile   = "DOCS"   // a docEntry per document
)

// indexedFields are the fields questions search, whose BM25 statistics
// the index keeps.
var indexedFields = []string{fieldText, fieldSection, fieldQuote, fieldContext, fieldBefore, fieldSpeakerKey}

// docEntry is what an index keeps of one document (or of a file it
// skipped): its metadata for Sources, its counts, and its content hash
// for the fingerprint.
type docEntry struct {
	ID, Title, Outlet, Author, Date, URL, Language string
	Kind                                           string // corpus.KindOpinion, or ""
	Skip                                           string // why the file was skipped; "" for a document
	Passages, Quotes, Reported                     int
	Hash                                           [32]byte
}

func (e *enc) docEntry(d *docEntry) {
	for _, s := range []string{d.ID, d.Title, d.Outlet, d.Author, d.Date, d.URL, d.Language, d.Kind, d.Skip} {
		e.str(s)
	}
	e.int(d.Passages)
	e.int(d.Quotes)
	e.int(d.Reported)
	e.b = append(e.b, d.Hash[:]...)
}

func (d *dec) docEntry() docEntry {
	var x docEntry
	for _, s := range []*string{&x.ID, &x.Title, &x.Outlet, &x.Author, &x.Date, &x.URL, &x.Language, &x.Kind, &x.Skip} {
		*s = d.str()
	}
	x.Passages, x.Quotes, x.Reported = d.int(), d.int(), d.int()
	if d.err != nil || len(d.b) < 32 {
		d.err = errCorrupt
		return x
	}
	copy(x.Hash[:], d.b)
	d.b = d.b[32:]
	return x
}

func entryOf(d *corpus.Document) docEntry {
	return docEntry{
		ID: d.ID, Title: d.Title, Outlet: d.Outlet, Author: d.Author, Date: d.Date, URL: d.URL,
		Language: d.Language, Kind: d.Kind, Passages: len(d.Passages), Quotes: len(d.Quotes), Reported: len(d.Reported),
		Hash: docHash(d),
	}
}

// sideData is what a build hands to the folder writer and the engine:
// the data, each speaker's quote lists and the documents.
type sideData struct {
	data     *indexData
	direct   map[string][]qentry
	reported map[string][]qentry
	docs     []docEntry
	// docsEnc, when set, are the bytes DOCS held of docs unchanged by an
	// update (nil for the others), written as they were.
	docsEnc [][]byte
	// docsBase, for an update, is the whole DOCS the current one is or is
	// a delta over, and docsAt where each of docs unchanged stands in it
	// (-1 for the others): the new DOCS may be a delta over it.
	docsBase *docsBase
	docsAt   []int
	lower    lowerCounts
	// raw, for an index read from a Folder, is what each file gave the
	// corpus-wide steps (raw.go), when not written yet; rawTable is the
	// string table of the RAW its unchanged entries were read from.
	raw      []rawEntry
	rawTable []string
	// rawBase, for an update, is the whole RAW the current one is or is
	// a delta over: the new RAW may be a delta over it (layered.go).
	rawBase *rawBase
	// kept are the speakers an update did not change, with where their
	// lists were in oldQuotes (the QUOTES it updates): written again as
	// they were.
	kept      map[string]speakerMeta
	oldQuotes []byte
}

// Fingerprint is a content hash of the corpus (documents, metadata,
// passages, quotes, reported speech, people, the folder's people.yaml)
// and the index schema: equal fingerprints mean an index built for one
// serves the other.
func Fingerprint(c *corpus.Corpus) string {
	hashes := make([][32]byte, len(c.Documents))
	for i, d := range c.Documents {
		hashes[i] = docHash(d)
	}
	return fingerprintOf(hashes, c.People, c.PeopleFile)
}

func fingerprintOf(hashes [][32]byte, ps []corpus.Person, peopleFile string) string {
	h := sha256.New()
	w := func(parts ...string) {
		for _, p := range parts {
			io.WriteString(h, strconv.Itoa(len(p)))
			io.WriteString(h, ":")
			io.WriteString(h, p)
		}
	}
	w(schemaVersion)
	for _, d := range hashes {
		h.Write(d[:])
	}
	for _, p := range ps {
		w("person", p.Name, p.Role, strings.Join(p.Aliases, "\x00"), strconv.Itoa(p.Quotes), strconv.Itoa(p.Mentions),
			p.Gender, strings.Join(p.Roles, "\x00"), strings.Join(p.Organisations, "\x00"), strconv.Itoa(p.Age),
			strings.Join(p.Places, "\x00"))
	}
	w("people.yaml", peopleFile)
	return hex.EncodeToString(h.Sum(nil))
}

// speakerTally is what the people step needs of a quoted speaker, counted
// over the corpus in order.
type speakerTally struct {
	quotes, reports int
	roles           []string // at direct quotations, each once, in corpus order
	first           string   // the role at their first direct quotation
}

// tallySpeakers counts the speakers of the corpus's quote records.
func tallySpeakers(c *corpus.Corpus) map[string]*speakerTally {
	out := map[string]*speakerTally{}
	for _, d := range c.Documents {
		for _, q := range d.Quotes {
			if q.Speaker == "" {
				continue
			}
			s := out[q.Speaker]
			if s == nil {
				s = &speakerTally{first: q.Role}
				out[q.Speaker] = s
			} else if s.quotes == 0 {
				s.first = q.Role
			}
			s.quotes++
			if !slices.Contains(s.roles, q.Role) {
				s.roles = append(s.roles, q.Role)
			}
		}
		for _, q := range d.Reported {
			if q.Speaker == "" {
				continue
			}
			s := out[q.Speaker]
			if s == nil {
				s = &speakerTally{}
				out[q.Speaker] = s
			}
			s.reports++
		}
	}
	return out
}

// lowerWords are the words of a text written in lower case, three letters
// or more, as lowerUse looks for them: "major" in "a major hurdle".
func lowerWords(text string, yield func(w string)) {
	for sp := range words(text) {
		c := text[sp.start]
		if c < 'a' || c > 'z' || sp.end-sp.start < 3 || inHandle(text, sp) {
			continue
		}
		yield(text[sp.start:sp.end])
	}
}

// inHandle reports a word that is part of a user's handle
// ("u/oksana_fan_account", "@kravets_s", "@m.ostapchuk"): its case says
// nothing of how the articles write the word.
func inHandle(text string, sp span) bool {
	before := text[:sp.start]
	if strings.HasSuffix(before, "@") || strings.HasSuffix(before, "_") ||
		strings.HasSuffix(before, "u/") && (len(before) == 2 || !isLetterByte(before[len(before)-3])) ||
		sp.end < len(text) && text[sp.end] == '_' {
		return true
	}
	// After a dot inside a handle: the run of characters holding the
	// word opens with "@".
	if !strings.HasSuffix(before, ".") {
		return false
	}
	run := strings.LastIndexAny(before, " \t\n(") + 1
	return strings.HasPrefix(before[run:], "@")
}

// isLetterByte reports an ASCII letter.
func isLetterByte(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

// nameWords are every word of every name and alias of ps, folded.
func nameWords(ps []corpus.Person) map[string]bool {
	out := map[string]bool{}
	for _, p := range ps {
		for _, n := range append([]string{p.Name}, p.Aliases...) {
			for _, w := range tokens(n) {
				out[w] = true
			}
		}
	}
	return out
}

// newData computes what answering needs of the whole corpus: counts,
// people, speakers and their quote lists, the name words written in
// lower case.
func newData(c *corpus.Corpus) *sideData {
	s := &sideData{
		data:     &indexData{Version: schemaVersion, Speakers: map[string]speakerMeta{}, PeopleFile: c.PeopleFile},
		direct:   map[string][]qentry{},
		reported: map[string][]qentry{},
	}
	d := s.data
	hashes := make([][32]byte, 0, len(c.Documents))
	for ord, doc := range c.Documents {
		x := entryOf(doc)
		s.docs = append(s.docs, x)
		hashes = append(hashes, x.Hash)
		d.Documents++
		d.Passages += len(doc.Passages)
		d.Quotes += len(doc.Quotes) + len(doc.Reported)
		for j, q := range append(doc.Quotes[:len(doc.Quotes):len(doc.Quotes)], doc.Reported...) {
			if q.Speaker == "" {
				continue
			}
			e := qentry{date: doc.Date, ord: ord, n: j, id: quoteKey(doc.ID, q.Paragraph, j)}
			if q.Reported {
				s.reported[q.Speaker] = append(s.reported[q.Speaker], e)
			} else {
				s.direct[q.Speaker] = append(s.direct[q.Speaker], e)
			}
		}
	}
	for _, f := range c.Skipped {
		s.docs = append(s.docs, docEntry{ID: f.Path, Skip: f.Reason})
	}
	for _, l := range s.direct {
		sortNewestFirst(l)
	}
	for _, l := range s.reported {
		sortNewestFirst(l)
	}
	for name, t := range tallySpeakers(c) {
		d.Speakers[name] = speakerMeta{Quotes: t.quotes, Reports: t.reports, First: t.first, Roles: t.roles}
	}
	d.People = c.People
	d.Skipped = skippedOf(s.docs)
	d.Fingerprint = fingerprintOf(hashes, c.People, c.PeopleFile)
	s.lower = lowerOf(c)
	d.LowerUse = lowerUse(s.lower, nameWords(peopleOf(c.People, d.Speakers)))
	d.Acronyms = acronymsFrom(s.lower)
	d.Compounds = compoundsFrom(s.lower)
	return s
}

// countStats fills in the BM25 statistics of a freshly built index: those
// bleve itself scores a one-segment index with.
func countStats(idx bleve.Index, d *indexData) error {
	n, err := idx.DocCount()
	if err != nil {
		return fmt.Errorf("index: stats: %w", err)
	}
	d.DocCount = int(n)
	d.Cardinality = map[string]int{}
	for _, f := range indexedFields {
		dict, err := idx.FieldDict(f)
		if err != nil {
			return fmt.Errorf("index: stats: %w", err)
		}
		c := 0
		for {
			ent, err := dict.Next()
			if err != nil {
				_ = dict.Close()
				return fmt.Errorf("index: stats: %w", err)
			}
			if ent == nil {
				break
			}
			c++
		}
		_ = dict.Close()
		d.Cardinality[f] = c
	}
	return nil
}

// writeSide writes the side files of an index folder, each synced.
func writeSide(dir string, s *sideData) error {
	body := enc{b: make([]byte, 0, len(s.oldQuotes)+1024)}
	list := func(l []qentry) span64 {
		start := len(body.b)
		for _, q := range l {
			body.str(q.id)
		}
		return span64{Offset: int64(start), Length: int64(len(body.b) - start)}
	}
	names := make([]string, 0, len(s.data.Speakers))
	for name := range s.data.Speakers {
		names = append(names, name)
	}
	slices.Sort(names)
	again := func(sp span64) (span64, error) {
		if sp.Offset < 0 || sp.Length < 0 || sp.Offset+sp.Length > int64(len(s.oldQuotes)) {
			return span64{}, errCorrupt
		}
		start := len(body.b)
		body.b = append(body.b, s.oldQuotes[sp.Offset:sp.Offset+sp.Length]...)
		return span64{Offset: int64(start), Length: sp.Length}, nil
	}
	for _, name := range names {
		m := s.data.Speakers[name]
		if k, ok := s.kept[name]; ok {
			var err, err2 error
			m.Direct, err = again(k.Direct)
			m.Reported, err2 = again(k.Reported)
			if err := errors.Join(err, err2); err != nil {
				return fmt.Errorf("index: quotes: %w", err)
			}
		} else {
			m.Direct, m.Reported = list(s.direct[name]), list(s.reported[name])
		}
		s.data.Speakers[name] = m
	}
	if err := writeSynced(filepath.Join(dir, quotesFile), body.b); err != nil {
		return err
	}
	var docsDelta []byte
	db := s.docsBase
	if db == nil {
		db = &docsBase{}
	} else {
		docsDelta = s.docsDelta()
	}
	if err := writeLayered(dir, docsFile, db.path, db.size, docsDelta, s.docsWhole); err != nil {
		return err
	}
	s.data.Skipped = skippedOf(s.docs)
	if err := writeSynced(filepath.Join(dir, lowerFile), s.lower.encode()); err != nil {
		return err
	}
	if s.raw != nil {
		var delta []byte
		base := s.rawBase
		if base == nil {
			base = &rawBase{}
		} else if changed := countChanged(s.raw); float64(changed) <= maxDeltaShare*float64(len(base.paths)) {
			delta = encodeRawDelta(s.raw, s.rawTable, base)
		}
		if err := writeLayered(dir, rawFile, base.path, base.size, delta, func() []byte { return encodeRaw(s.raw, s.rawTable) }); err != nil {
			return err
		}
	}
	meta, err := json.Marshal(s.data)
	if err != nil {
		return fmt.Errorf("index: meta: %w", err)
	}
	return writeSynced(filepath.Join(dir, metaFile), meta)
}

// docsWhole is DOCS written whole: every entry, documents then files
// skipped (layered.go).
func (s *sideData) docsWhole() []byte {
	size := 8
	for i := range s.docs {
		if i < len(s.docsEnc) && s.docsEnc[i] != nil {
			size += len(s.docsEnc[i])
		} else {
			size += 256
		}
	}
	docs := enc{b: make([]byte, 1, size)}
	docs.b[0] = layerWhole
	docs.int(len(s.docs))
	for i := range s.docs {
		if i < len(s.docsEnc) && s.docsEnc[i] != nil {
			docs.b = append(docs.b, s.docsEnc[i]...)
		} else {
			docs.docEntry(&s.docs[i])
		}
	}
	return docs.b
}

// docsDelta is DOCS as a delta over docsBase: the places in it of the
// entries that are not among docs as they were, and the other entries;
// nil when that would be most of the base.
func (s *sideData) docsDelta() []byte {
	kept := make([]bool, s.docsBase.n)
	changed := 0
	for i := range s.docs {
		if i < len(s.docsAt) && s.docsAt[i] >= 0 && s.docsAt[i] < len(kept) {
			kept[s.docsAt[i]] = true
		} else {
			changed++
		}
	}
	if float64(changed) > maxDeltaShare*float64(len(kept)) {
		return nil
	}
	var dropped []int
	for i, k := range kept {
		if !k {
			dropped = append(dropped, i)
		}
	}
	var e enc
	e.ints(dropped)
	e.int(changed)
	for i := range s.docs {
		if i < len(s.docsAt) && s.docsAt[i] >= 0 {
			continue
		}
		if i < len(s.docsEnc) && s.docsEnc[i] != nil {
			e.b = append(e.b, s.docsEnc[i]...)
		} else {
			e.docEntry(&s.docs[i])
		}
	}
	return e.b
}

func readMeta(dir string) (*indexData, error) {
	b, err := os.ReadFile(filepath.Join(dir, metaFile))
	if err != nil {
		return nil, fmt.Errorf("index: meta: %w", err)
	}
	var d indexData
	if err := json.Unmarshal(b, &d); err != nil {
		return nil, fmt.Errorf("index: meta: %w", err)
	}
	if d.Version != schemaVersion {
		return nil, fmt.Errorf("index: meta: schema %q, want %q", d.Version, schemaVersion)
	}
	return &d, nil
}

// decodeDocs decodes DOCS as read (readLayered, or the files of
// docSource): a whole one, or a delta and its base merged in the order of
// a whole one.
func decodeDocs(l layered) ([]docEntry, error) {
	d := dec{b: l.base}
	n := d.int()
	if d.err != nil || n > len(l.base) {
		return nil, errCorrupt
	}
	var dropped []int
	dd := dec{b: l.delta}
	if l.delta != nil {
		dropped = dd.ints()
	}
	out := make([]docEntry, 0, n)
	for i := range n {
		x := d.docEntry()
		if len(dropped) > 0 && dropped[0] == i {
			dropped = dropped[1:]
			continue
		}
		out = append(out, x)
	}
	if d.err != nil || len(dropped) > 0 {
		return nil, errCorrupt
	}
	if l.delta == nil {
		return out, nil
	}
	m := dd.int()
	if dd.err != nil || m > len(dd.b) {
		return nil, errCorrupt
	}
	for range m {
		out = append(out, dd.docEntry())
	}
	if dd.err != nil {
		return nil, dd.err
	}
	// Documents in corpus order, then the files skipped, as written whole.
	slices.SortStableFunc(out, func(a, b docEntry) int {
		if (a.Skip == "") != (b.Skip == "") {
			if a.Skip == "" {
				return -1
			}
			return 1
		}
		return cmpString(a.ID, b.ID)
	})
	return out, nil
}

// quoteLists gives the first quotes of a speaker's lists: from memory
// (an index just built), or read from quotesFile for only the quotes
// shown. The file is held open, so that an index folder deleted under a
// running engine still answers until it is rebuilt.
type quoteLists struct {
	direct, reported map[string][]qentry
	file             *os.File
	data             *indexData
}

// first returns the ids of the first k quotes of the speaker's direct
// quotations (reported false) or reported speech (true), newest first.
func (l *quoteLists) first(name string, reported bool, k int) ([]string, error) {
	if l.file == nil {
		src := l.direct[name]
		if reported {
			src = l.reported[name]
		}
		out := make([]string, 0, min(k, len(src)))
		for _, q := range src[:min(k, len(src))] {
			out = append(out, q.id)
		}
		return out, nil
	}
	m, ok := l.data.Speakers[name]
	sp := m.Direct
	if reported {
		sp = m.Reported
	}
	if !ok || sp.Length == 0 || k <= 0 {
		return nil, nil
	}
	// An id is a few dozen bytes: read enough for k of them, and more
	// only if the ids are unusually long.
	var out []string
	for want := int64(k * 96); ; want *= 4 {
		n := min(want, sp.Length)
		buf := make([]byte, n)
		if _, err := l.file.ReadAt(buf, sp.Offset); err != nil {
			return nil, fmt.Errorf("index: quotes: %w: %w", ErrDamaged, err)
		}
		out = out[:0]
		d := dec{b: buf}
		for len(out) < k && len(d.b) > 0 {
			id := d.str()
			if d.err != nil {
				break
			}
			out = append(out, id)
		}
		if len(out) == k || n == sp.Length {
			if d.err != nil && n == sp.Length {
				return nil, fmt.Errorf("index: quotes: %w", d.err)
			}
			return out, nil
		}
	}
}

func (l *quoteLists) close() error {
	if l == nil || l.file == nil {
		return nil
	}
	return l.file.Close()
}

// docSource gives the documents' entries: from memory, or read from
// docsFile (and the base it may be a delta over; both held open, as
// QUOTES is) when first asked, by Sources, which few questions need.
type docSource struct {
	once       sync.Once
	docs       []docEntry
	err        error
	file, base *os.File
}

func (s *docSource) all() ([]docEntry, error) {
	s.once.Do(func() {
		if s.file == nil {
			return
		}
		b, err := readAllAt(s.file)
		if err != nil {
			s.err = fmt.Errorf("index: documents: %w: %w", ErrDamaged, err)
			return
		}
		l := layered{base: b}
		switch {
		case len(b) > 0 && b[0] == layerWhole:
			l.base = b[1:]
		case len(b) > 0 && b[0] == layerDelta && s.base != nil:
			base, err := readAllAt(s.base)
			if err != nil {
				s.err = fmt.Errorf("index: documents: %w: %w", ErrDamaged, err)
				return
			}
			if len(base) == 0 || base[0] != layerWhole {
				s.err = fmt.Errorf("index: documents: %w: %w", ErrDamaged, errCorrupt)
				return
			}
			l = layered{base: base[1:], delta: b[1:]}
		default:
			s.err = fmt.Errorf("index: documents: %w: %w", ErrDamaged, errCorrupt)
			return
		}
		s.docs, s.err = decodeDocs(l)
	})
	return s.docs, s.err
}

// readAllAt reads the whole of a file held open.
func readAllAt(f *os.File) ([]byte, error) {
	st, err := f.Stat()
	if err != nil {
		return nil, err
	}
	b := make([]byte, st.Size())
	if _, err := f.ReadAt(b, 0); err != nil {
		return nil, err
	}
	return b, nil
}

func (s *docSource) close() error {
	if s == nil || s.file == nil {
		return nil
	}
	if s.base != nil {
		_ = s.base.Close()
	}
	return s.file.Close()
}

// storedReader reads records straight from the segments of an index
// that never changes (one opened read-only), by the internal numbers
// searches hand back: no lookup of the id, no document built.
type storedReader struct {
	r       bindex.IndexReader
	segs    []*scorch.SegmentSnapshot
	offsets []uint64 // of each segment's first number
}

func newStoredReader(idx bleve.Index) (*storedReader, error) {
	adv, err := idx.Advanced()
	if err != nil {
		return nil, err
	}
	r, err := adv.Reader()
	if err != nil {
		return nil, err
	}
	snap, ok := r.(*scorch.IndexSnapshot)
	if !ok {
		_ = r.Close()
		return nil, fmt.Errorf("index: unexpected index reader %T", r)
	}
	s := &storedReader{r: r, segs: snap.Segments()}
	running := uint64(0)
	for _, seg := range s.segs {
		s.offsets = append(s.offsets, running)
		running += seg.Segment().Count()
	}
	return s, nil
}

// rec reads the stored record of the document numbered num.
func (s *storedReader) rec(num uint64) ([]byte, error) {
	i := sort.Search(len(s.offsets), func(x int) bool { return s.offsets[x] > num }) - 1
	if i < 0 {
		return nil, errCorrupt
	}
	var out []byte
	err := s.segs[i].VisitDocument(num-s.offsets[i], func(field string, _ byte, value []byte, _ []uint64) bool {
		if field == fieldRec {
			out = append([]byte(nil), value...)
			return false
		}
		return true
	})
	if err == nil && out == nil {
		err = errCorrupt
	}
	return out, err
}

func (s *storedReader) close() error {
	if s == nil {
		return nil
	}
	return s.r.Close()
}

// readRec reads the stored record of a bleve document: by its number
// when a search gave it and the index never changes, else by its id.
func (e *Engine) readRec(id string, num uint64, numbered bool) ([]byte, error) {
	if e.stored != nil && numbered {
		b, err := e.stored.rec(num)
		if err != nil {
			return nil, fmt.Errorf("index: read %q: %w", id, err)
		}
		return b, nil
	}
	return readStored(e.idx, id)
}

// passageOf reads a passage hit's record, once.
func (e *Engine) passageOf(h *hit) (*passageRec, error) {
	if h.rec != nil {
		return h.rec, nil
	}
	b, err := e.readRec(h.id, h.num, h.numbered)
	if err != nil {
		return nil, err
	}
	r, err := decodePassage(b)
	if err != nil {
		return nil, fmt.Errorf("index: read %q: %w", h.id, err)
	}
	h.rec = r
	return r, nil
}

// quoteOf reads a quote record: by number when a search found it.
func (e *Engine) quoteOf(id string, num uint64, numbered bool) (*quoteRec, error) {
	b, err := e.readRec(id, num, numbered)
	if err != nil {
		return nil, err
	}
	r, err := decodeQuote(b)
	if err != nil {
		return nil, fmt.Errorf("index: read %q: %w", id, err)
	}
	r.id = id
	return r, nil
}

// sortEntries orders documents by id, as the corpus does.
func sortEntries(docs []docEntry) {
	slices.SortFunc(docs, func(a, b docEntry) int { return cmp.Compare(a.ID, b.ID) })
}

// lexiconOf is the people lexicon an index's corpus was read with.
func lexiconOf(peopleFile string) (*people.Lexicon, error) {
	if peopleFile == "" {
		return people.Default(), nil
	}
	lx, err := people.Default().Extend([]byte(peopleFile))
	if err != nil {
		return nil, fmt.Errorf("index: people.yaml: %w", err)
	}
	return lx, nil
}
