package index

import (
	"cmp"
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/blevesearch/bleve/v2"
	bindex "github.com/blevesearch/bleve_index_api"

	"github.com/talksbot/talksbot/corpus"
)

// indexData is what answering needs of the whole corpus, computed when the
// index is built or updated and kept beside it (metaFile): small, whatever
// the size of the corpus.
type indexData struct {
	Version     string `json:"version"`
	Fingerprint string `json:"fingerprint"`
	Documents   int    `json:"documents"`
	Passages    int    `json:"passages"`
	Quotes      int    `json:"quotes"`
	// DocCount and Cardinality are the BM25 statistics every search is
	// scored with: bleve documents, and distinct terms per field in
	// documents still present. bleve's own would count the terms of each
	// segment (and of deleted documents) apart, so that an index updated
	// in place would score unlike the same corpus built at once.
	DocCount    int            `json:"doc_count"`
	Cardinality map[string]int `json:"cardinality"`
	// Ghosts are passage terms that only deleted documents held: still in
	// bleve's dictionary, never offered as a typo's correction.
	Ghosts   []string               `json:"ghosts,omitempty"`
	People   []corpus.Person        `json:"people"`
	Speakers map[string]speakerMeta `json:"speakers"`
	// Source is set for an index built from a folder (or fs): the files
	// it was read from are in manifestFile, and it can be updated in place.
	Source bool `json:"source,omitempty"`
	// MaxFileSize is the read limit the files were read with.
	MaxFileSize int64 `json:"max_file_size,omitempty"`
}

// speakerMeta is a quoted speaker: the count and roles the people step
// needs, and where their quotes, newest first, are in quotesFile.
type speakerMeta struct {
	Quotes int      `json:"quotes"`
	First  string   `json:"first_role"`
	Roles  []string `json:"roles"`
	Offset int64    `json:"offset"`
	Length int64    `json:"length"`
}

// Files an index folder keeps beside bleve/.
const (
	metaFile     = "META"     // indexData, JSON
	quotesFile   = "QUOTES"   // each speaker's quotes, newest first
	docsFile     = "DOCS"     // a docEntry per document
	manifestFile = "MANIFEST" // the files read, for the freshness check
)

// indexedFields are the fields questions search, whose BM25 statistics
// the index keeps.
var indexedFields = []string{fieldText, fieldSection, fieldQuote, fieldContext, fieldSpeakerKey}

// sideData is what a build or update hands to the folder writer and the
// engine: the data, each speaker's quotes and the documents.
type sideData struct {
	data  *indexData
	lists map[string][]qentry
	docs  []docEntry
}

// newData computes the corpus-wide data from the documents (in corpus
// order) and the merged people.
func newData(docs []docEntry, people []corpus.Person, lists map[string][]qentry) *indexData {
	d := &indexData{Version: schemaVersion, People: people, Speakers: map[string]speakerMeta{}}
	hashes := make([][32]byte, 0, len(docs))
	for i := range docs {
		if docs[i].Skip != "" {
			continue
		}
		d.Documents++
		d.Passages += docs[i].Passages
		d.Quotes += docs[i].Quotes
		hashes = append(hashes, docs[i].Hash)
	}
	for name, s := range speakersOf(docs) {
		d.Speakers[name] = speakerMeta{Quotes: s.quotes, First: s.first, Roles: s.roles}
	}
	d.Fingerprint = fingerprintOf(hashes, people)
	return d
}

// Fingerprint is a content hash of the corpus (documents, metadata,
// passages, quotes, people) and the index schema: equal fingerprints mean
// an index built for one serves the other.
func Fingerprint(c *corpus.Corpus) string {
	hashes := make([][32]byte, len(c.Documents))
	for i, d := range c.Documents {
		hashes[i] = docHash(d)
	}
	return fingerprintOf(hashes, c.People)
}

func fingerprintOf(hashes [][32]byte, people []corpus.Person) string {
	h := sha256.New()
	io.WriteString(h, schemaVersion)
	for _, d := range hashes {
		h.Write(d[:])
	}
	for _, p := range people {
		for _, s := range []string{"person", p.Name, p.Role, strings.Join(p.Aliases, "\x00"), strconv.Itoa(p.Quotes), strconv.Itoa(p.Mentions)} {
			fmt.Fprintf(h, "%d:%s", len(s), s)
		}
	}
	return fmt.Sprintf("%x", h.Sum(nil))
}

// countStats fills in the BM25 statistics of a freshly built index.
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

// writeSide writes the side files of an index folder (all but the
// manifest), each synced.
func writeSide(dir string, s *sideData) error {
	var body enc
	names := make([]string, 0, len(s.lists))
	for name := range s.lists {
		names = append(names, name)
	}
	slices.Sort(names)
	for _, name := range names {
		start := len(body.b)
		for _, q := range s.lists[name] {
			body.str(q.date)
			body.str(q.id)
		}
		m := s.data.Speakers[name]
		m.Offset, m.Length = int64(start), int64(len(body.b)-start)
		s.data.Speakers[name] = m
	}
	if err := writeSynced(filepath.Join(dir, quotesFile), body.b); err != nil {
		return err
	}
	var docs enc
	docs.int(len(s.docs))
	for i := range s.docs {
		docs.docEntry(&s.docs[i])
	}
	if err := writeSynced(filepath.Join(dir, docsFile), docs.b); err != nil {
		return err
	}
	meta, err := json.Marshal(s.data)
	if err != nil {
		return fmt.Errorf("index: meta: %w", err)
	}
	return writeSynced(filepath.Join(dir, metaFile), meta)
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

func readDocs(dir string) ([]docEntry, error) {
	b, err := os.ReadFile(filepath.Join(dir, docsFile))
	if err != nil {
		return nil, fmt.Errorf("index: documents: %w", err)
	}
	return decodeDocs(b)
}

func decodeDocs(b []byte) ([]docEntry, error) {
	d := dec{b: b}
	n := d.int()
	if d.err != nil || n > len(b) {
		return nil, errCorrupt
	}
	out := make([]docEntry, 0, n)
	for range n {
		out = append(out, d.docEntry())
	}
	return out, d.err
}

// readLists reads every speaker's list from an index folder.
func readLists(dir string, data *indexData) (map[string][]qentry, error) {
	b, err := os.ReadFile(filepath.Join(dir, quotesFile))
	if err != nil {
		return nil, fmt.Errorf("index: quotes: %w", err)
	}
	out := map[string][]qentry{}
	for name, m := range data.Speakers {
		if m.Offset < 0 || m.Offset+m.Length > int64(len(b)) {
			return nil, errCorrupt
		}
		d := dec{b: b[m.Offset : m.Offset+m.Length]}
		for len(d.b) > 0 && d.err == nil {
			out[name] = append(out[name], qentry{date: d.str(), id: d.str()})
		}
		if d.err != nil {
			return nil, d.err
		}
	}
	return out, nil
}

// quoteLists gives the first quotes of a speaker's list: from memory, or
// read from quotesFile for only the quotes shown.
type quoteLists struct {
	mem  map[string][]qentry
	path string
	data *indexData
}

func (l *quoteLists) first(name string, k int) ([]string, error) {
	if l.mem != nil {
		var out []string
		for _, q := range l.mem[name][:min(k, len(l.mem[name]))] {
			out = append(out, q.id)
		}
		return out, nil
	}
	m, ok := l.data.Speakers[name]
	if !ok || m.Length == 0 {
		return nil, nil
	}
	f, err := os.Open(l.path)
	if err != nil {
		return nil, fmt.Errorf("index: quotes: %w", err)
	}
	defer f.Close()
	// A list entry is a date and an id: a few dozen bytes. Read enough
	// for k of them, and more only if the ids are unusually long.
	var out []string
	for want := int64(k * 128); ; want *= 4 {
		n := min(want, m.Length)
		buf := make([]byte, n)
		if _, err := f.ReadAt(buf, m.Offset); err != nil {
			return nil, fmt.Errorf("index: quotes: %w", err)
		}
		out = out[:0]
		d := dec{b: buf}
		for len(out) < k && len(d.b) > 0 {
			d.str()
			id := d.str()
			if d.err != nil {
				break
			}
			out = append(out, id)
		}
		if len(out) == k || n == m.Length {
			if d.err != nil && n == m.Length {
				return nil, d.err
			}
			return out, nil
		}
	}
}

// docSource gives the documents' entries: from memory, or read from
// docsFile when first asked (by Sources, which few questions need).
type docSource struct {
	once sync.Once
	docs []docEntry
	err  error
	path string
}

func (s *docSource) all() ([]docEntry, error) {
	s.once.Do(func() {
		if s.path != "" {
			s.docs, s.err = readDocs(s.path)
		}
	})
	return s.docs, s.err
}

// readRec reads the stored record of a bleve document.
func (e *Engine) readRec(id string) ([]byte, error) {
	doc, err := e.idx.Document(id)
	if err != nil {
		return nil, fmt.Errorf("index: read %q: %w", id, err)
	}
	if doc == nil {
		return nil, fmt.Errorf("index: read %q: %w", id, errCorrupt)
	}
	var b []byte
	doc.VisitFields(func(f bindex.Field) {
		if f.Name() == fieldRec {
			b = f.Value()
		}
	})
	if b == nil {
		return nil, fmt.Errorf("index: read %q: %w", id, errCorrupt)
	}
	return b, nil
}

// passageOf reads a passage hit's record once.
func (e *Engine) passageOf(h *hit) (*passageRec, error) {
	if h.rec != nil {
		return h.rec, nil
	}
	b, err := e.readRec(h.id)
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

func (e *Engine) quoteOf(id string) (*quoteRec, error) {
	b, err := e.readRec(id)
	if err != nil {
		return nil, err
	}
	r, err := decodeQuote(b)
	if err != nil {
		return nil, fmt.Errorf("index: read %q: %w", id, err)
	}
	return r, nil
}

// newestQuotes are the speaker's first k quotes, newest first.
func (e *Engine) newestQuotes(name string, k int) ([]*quoteRec, error) {
	ids, err := e.lists.first(name, k)
	if err != nil {
		return nil, err
	}
	out := make([]*quoteRec, 0, len(ids))
	for _, id := range ids {
		r, err := e.quoteOf(id)
		if err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	return out, nil
}

// listsOf builds each speaker's list, newest first, from records.
func listsOf(add func(yield func(speaker, date, id string))) map[string][]qentry {
	out := map[string][]qentry{}
	add(func(speaker, date, id string) {
		if speaker != "" {
			out[speaker] = append(out[speaker], qentry{date: date, id: id})
		}
	})
	for _, l := range out {
		sortNewestFirst(l)
	}
	return out
}

// sortEntries orders documents by id, as the corpus does.
func sortEntries(docs []docEntry) {
	slices.SortFunc(docs, func(a, b docEntry) int { return cmp.Compare(a.ID, b.ID) })
}
