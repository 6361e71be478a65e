package corpus

import (
	"errors"
	"fmt"
	"io/fs"
	"strings"
	"unsafe"

	"github.com/talksbot/talksbot/corpus/people"
)

// Load's steps, exposed for a reader that keeps what each file gave the
// corpus-wide steps (an index kept on disk) and, when a few files change,
// reads only those and redoes the corpus-wide steps over what it kept of
// the others. Load is these same steps in a row, so both read a folder
// alike:
//
//  1. Reader.Files lists the files, Reader.ReadPage reads one and
//     classifies its lines (a Page);
//  2. Repeats counts the short lines each outlet prints on its pages
//     (Page.Outlet, Page.LineKeys) and Page.Document builds the page with
//     those counts;
//  3. in document order (by ID), Reprints finds the paragraphs an earlier
//     document holds (ParagraphKeys) and DropParagraphs drops them;
//  4. Reader.MergePeople merges the documents' casts (CastOf) into the
//     corpus's people, and Rename files every quote under its speaker's
//     merged name.

// Reader reads the files of one corpus as Load does: with the lexicon the
// corpus's people.yaml extends.
type Reader struct {
	fsys fs.FS
	opts Options
	at   attribution
	// peopleErr says why the folder's people.yaml was not used.
	peopleErr error
}

// NewReader prepares to read fsys. A people.yaml that cannot be used is
// reported by PeopleSkipped, and the built-in lexicon is used.
func NewReader(fsys fs.FS, opts Options) *Reader {
	if opts.MaxFileSize <= 0 {
		opts.MaxFileSize = DefaultMaxFileSize
	}
	at, err := newAttribution(fsys, opts)
	return &Reader{fsys: fsys, opts: opts, at: at, peopleErr: err}
}

// PeopleSkipped is the people.yaml's entry among the skipped files when it
// could not be used.
func (r *Reader) PeopleSkipped() (SkippedFile, bool) {
	if r.peopleErr == nil {
		return SkippedFile{}, false
	}
	return SkippedFile{Path: PeopleFile, Reason: r.peopleErr.Error()}, true
}

// Lexicon is the people model the files are read with.
func (r *Reader) Lexicon() *people.Lexicon { return r.at.lx }

// PeopleFile is the people.yaml the lexicon was extended with ("" for
// none).
func (r *Reader) PeopleFile() string { return r.at.data }

// Files lists the files Load reads as articles, in walk order (sidecars
// and people.yaml are read with them, not as articles), and the entries
// the walk could not read.
func (r *Reader) Files() ([]string, []SkippedFile, error) {
	var files []string
	var skipped []SkippedFile
	err := fs.WalkDir(r.fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if p != "." && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if err != nil {
			if p == "." {
				return err
			}
			skipped = append(skipped, SkippedFile{Path: p, Reason: "cannot be read: " + unwrapPath(err)})
			if d != nil && d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() || !IsArticlePath(p) {
			return nil
		}
		files = append(files, p)
		return nil
	})
	if err != nil {
		return nil, nil, fmt.Errorf("corpus: load: %w", err)
	}
	return files, skipped, nil
}

// IsArticlePath reports whether Load reads the file at p (slash-separated,
// relative to the corpus folder) as an article, or tries to: everything
// but sidecars and the top people.yaml.
func IsArticlePath(p string) bool {
	return !strings.HasSuffix(p, SidecarSuffix) && p != PeopleFile
}

// A Page is one file read and its lines classified: what the file gives
// the corpus-wide steps before its document is built.
type Page struct {
	Path string
	p    *page
}

// ReadPage reads the file at p and its sidecar. The error says why the
// file is skipped, in the words Load's SkippedFile.Reason uses.
func (r *Reader) ReadPage(p string) (*Page, error) {
	pg, err := loadPage(r.fsys, p, r.opts.MaxFileSize)
	if err != nil {
		return nil, errors.New(unwrapPath(err))
	}
	pg.people = r.at
	return &Page{Path: p, p: pg}, nil
}

// Size is about how many bytes the page holds in memory: its lines and
// their text (what a reader keeping pages for later budgets by).
func (p *Page) Size() int {
	n := 0
	for _, ln := range p.p.lines {
		n += int(unsafe.Sizeof(ln)) + len(ln.text)
		for _, it := range ln.items {
			n += int(unsafe.Sizeof(it)) + len(it)
		}
	}
	return n
}

// Outlet is the outlet the page's short lines are counted under: its
// sidecar's, its format's or its dateline's ("" when unknown; pages of
// unknown outlets are counted together).
func (p *Page) Outlet() string { return p.p.outlet() }

// LineKeys are the keys of the short lines the page could share with other
// pages of its outlet, each once.
func (p *Page) LineKeys() []uint64 {
	var out []uint64
	seen := map[uint64]bool{}
	for _, ln := range p.p.lines {
		if ln.why != "" || ln.kind == kindList || !repeatable(ln.text) {
			continue
		}
		if h, ok := dedupHash(ln.text); ok {
			if !seen[h] {
				seen[h] = true
				out = append(out, h)
			}
		}
	}
	return out
}

// Document builds the page into a document. pages says on how many pages
// of the page's outlet a short line stands, by its key (see Repeats.Of);
// the error says why the file is skipped.
func (p *Page) Document(pages func(key uint64) int) (*Document, error) {
	var count func(string) int
	if pages != nil {
		count = func(k string) int {
			if k == "" {
				return 0
			}
			return pages(hashKey(k))
		}
	}
	doc, err := p.p.document(count, p.p.outlet() != "")
	if err != nil {
		return nil, errors.New(unwrapPath(err))
	}
	return doc, nil
}

// Repeats counts the short lines each outlet prints on its pages: each
// page's LineKeys once.
type Repeats struct {
	count map[string]map[uint64]int
}

// NewRepeats is an empty count.
func NewRepeats() *Repeats { return &Repeats{count: map[string]map[uint64]int{}} }

// Add counts a page of outlet holding the lines keys.
func (r *Repeats) Add(outlet string, keys []uint64) {
	m := r.count[outlet]
	if m == nil {
		m = map[uint64]int{}
		r.count[outlet] = m
	}
	for _, k := range keys {
		m[k]++
	}
}

// Of gives, for a line of a page of outlet, on how many pages of that
// outlet it stands.
func (r *Repeats) Of(outlet string) func(key uint64) int {
	m := r.count[outlet]
	return func(key uint64) int { return m[key] }
}

// hashKey is FNV-1a, 64 bits: lines and paragraphs are compared across
// pages by the hash of their key, so that a reader can keep them small.
func hashKey(s string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	return h
}

// FNV-1a's 64-bit offset basis and prime.
const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// paragraphText is a paragraph of a document, the text of all its
// passages.
type paragraphText struct {
	n    int
	text string
}

func paragraphTexts(d *Document) []paragraphText {
	var out []paragraphText
	at := map[int]int{}
	for _, p := range d.Passages {
		i, ok := at[p.Paragraph]
		if !ok {
			i = len(out)
			at[p.Paragraph] = i
			out = append(out, paragraphText{n: p.Paragraph})
		}
		out[i].text += p.Text
	}
	return out
}

// ParagraphKeys are the keys of d's paragraphs in reading order, as
// documents are compared for reprinted paragraphs.
func ParagraphKeys(d *Document) []uint64 {
	texts := paragraphTexts(d)
	out := make([]uint64, len(texts))
	for i, pt := range texts {
		out[i], _ = dedupHash(pt.text)
	}
	return out
}

// A Drop is a paragraph of a document (its place among ParagraphKeys)
// that an earlier document, Other, holds.
type Drop struct {
	Index int
	Other string
}

// Reprints finds the paragraphs a document repeats from an earlier one.
// It is fed documents in ID order.
type Reprints struct {
	seen map[uint64]string
}

// NewReprints is a Reprints that has seen no document.
func NewReprints() *Reprints { return &Reprints{seen: map[uint64]string{}} }

// Next returns the paragraphs of document id (keys: its ParagraphKeys)
// that a document fed before holds, and remembers its own.
func (r *Reprints) Next(id string, keys []uint64) []Drop {
	var out []Drop
	for i, k := range keys {
		if other, ok := r.seen[k]; ok && other != id {
			out = append(out, Drop{Index: i, Other: other})
			continue
		}
		r.seen[k] = id
	}
	return out
}

// DropParagraphs drops from d the paragraphs drops names (Reprints.Next
// for d's ParagraphKeys), renumbering what is left, and says so in
// d.Skipped.
func DropParagraphs(d *Document, drops []Drop) {
	if len(drops) == 0 {
		return
	}
	texts := paragraphTexts(d)
	drop := map[int]bool{}
	for _, x := range drops {
		pt := texts[x.Index]
		drop[pt.n] = true
		d.Skipped = append(d.Skipped, "repeated from another article: "+clip(pt.text, 80)+" (also in "+x.Other+")")
	}
	renum := map[int]int{}
	for _, pt := range texts {
		if !drop[pt.n] {
			renum[pt.n] = len(renum) + 1
		}
	}
	var ps []Passage
	for _, p := range d.Passages {
		if !drop[p.Paragraph] {
			p.Paragraph = renum[p.Paragraph]
			ps = append(ps, p)
		}
	}
	keep := func(quotes []Quote) []Quote {
		var qs []Quote
		for _, q := range quotes {
			if !drop[q.Paragraph] {
				q.Paragraph = renum[q.Paragraph]
				qs = append(qs, q)
			}
		}
		return qs
	}
	d.Passages, d.Quotes, d.Reported = ps, keep(d.Quotes), keep(d.Reported)
}

// A Cast is what the people step reads of a document: the people it
// names and its quotations' speakers (and roles) as it names them.
type Cast struct {
	People []Person
	Quotes []Speaker
}

// Speaker is who a quotation is attributed to, and with what role.
type Speaker struct {
	Name, Role string
}

// CastOf is d's cast, before the people are merged across documents.
func CastOf(d *Document) Cast {
	c := Cast{People: d.People}
	for _, q := range d.Quotes {
		c.Quotes = append(c.Quotes, Speaker{Name: q.Speaker, Role: q.Role})
	}
	return c
}

// MergePeople merges the documents' casts (in document order) into the
// corpus's people, sorted by name, and returns the name each speaker is
// filed under, by the cast's position in casts: a bare surname may be
// one person in one article and another in the next.
func (r *Reader) MergePeople(casts []Cast) ([]Person, func(doc int, name string) string) {
	return r.at.mergePeople(casts)
}

// MergeGroup is the group of a person's or speaker's name in
// MergePeople: a merged person, and the name a speaker is filed under,
// depend only on the people and speakers of the same group, in document
// order. A reader that changes a few casts can merge again only the
// groups they name, with the other groups' people and speakers left out
// of every cast, and keep the people of the other groups as they were.
func (r *Reader) MergeGroup(name string) string { return r.at.lexicon().MergeGroup(name) }

// Rename files d's quotations and reported speech under their speakers'
// merged names.
func Rename(d *Document, canonical func(string) string) {
	for _, qs := range [][]Quote{d.Quotes, d.Reported} {
		for i, q := range qs {
			if q.Speaker != "" {
				qs[i].Speaker = canonical(q.Speaker)
			}
		}
	}
}
