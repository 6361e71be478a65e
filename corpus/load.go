package corpus

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"sort"
	"strings"
	"unicode/utf8"
)

// Options tunes Load. The zero value is ready to use.
type Options struct {
	// MaxFileSize is the largest file read; 0 means DefaultMaxFileSize.
	MaxFileSize int64
	// OnFile, when set, is called after each file is read (done of total).
	OnFile func(path string, done, total int)
}

// DefaultMaxFileSize bounds a single article file.
const DefaultMaxFileSize = 2 << 20

// Reasons a file is not read, besides ErrTooLarge, ErrBinary and
// ErrNotUTF8 (shared with the Store); Load reports them as
// SkippedFile.Reason, ParseFile returns them wrapped.
var (
	ErrEmpty       = errors.New("the file is empty")
	ErrUnsupported = errors.New("not an article format (.txt, .md, .html, .htm)")
	ErrNoText      = errors.New("no article text found")
	ErrMalformed   = errors.New("the file is malformed")
	ErrOutside     = errors.New("the link points outside the corpus folder")
)

// Load reads the corpus folder dir recursively. Hidden entries (names
// starting with ".", such as the .trash folder) are not read.
func Load(dir string) (*Corpus, error) { return LoadWith(dir, Options{}) }

// LoadWith is Load with options.
func LoadWith(dir string, opts Options) (*Corpus, error) {
	st, err := os.Stat(dir)
	if err != nil {
		return nil, fmt.Errorf("corpus: load: %w", err)
	}
	if !st.IsDir() {
		return nil, fmt.Errorf("corpus: load %q: not a folder", dir)
	}
	// An os.Root refuses to follow links out of the folder, so a link to
	// /etc/passwd is reported rather than read.
	root, err := os.OpenRoot(dir)
	if err != nil {
		return nil, fmt.Errorf("corpus: load: %w", err)
	}
	defer root.Close()
	return LoadFS(root.FS(), opts)
}

// LoadFS reads a corpus from fsys (used for the embedded default corpus).
func LoadFS(fsys fs.FS, opts Options) (*Corpus, error) {
	if opts.MaxFileSize <= 0 {
		opts.MaxFileSize = DefaultMaxFileSize
	}
	c := &Corpus{}
	var files []string
	err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
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
			c.Skipped = append(c.Skipped, SkippedFile{Path: p, Reason: "cannot be read: " + unwrapPath(err)})
			if d != nil && d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() || strings.HasSuffix(p, SidecarSuffix) {
			return nil
		}
		files = append(files, p)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("corpus: load: %w", err)
	}
	for i, p := range files {
		doc, err := loadFile(fsys, p, opts.MaxFileSize)
		if err != nil {
			c.Skipped = append(c.Skipped, SkippedFile{Path: p, Reason: unwrapPath(err)})
		} else {
			c.Documents = append(c.Documents, doc)
		}
		if opts.OnFile != nil {
			opts.OnFile(p, i+1, len(files))
		}
	}
	assemble(c)
	return c, nil
}

// assemble does what depends on more than one document: it orders the
// documents, drops paragraphs reprinted from an earlier one and merges
// the people.
func assemble(c *Corpus) {
	sort.Slice(c.Documents, func(i, j int) bool { return c.Documents[i].ID < c.Documents[j].ID })
	dedupAcross(c.Documents)
	c.People = collectPeople(c.Documents)
}

// ReadFile reads one article of fsys as Load reads it, before anything
// that depends on the other documents (reprinted paragraphs, the merged
// people list): an index that updates a few articles in place reads
// only those, and redoes the corpus-wide steps with ParagraphKeys,
// DropParagraphs and CollectPeople. maxSize 0 means DefaultMaxFileSize.
// The error says why the file is skipped.
func ReadFile(fsys fs.FS, p string, maxSize int64) (*Document, error) {
	if maxSize <= 0 {
		maxSize = DefaultMaxFileSize
	}
	doc, err := loadFile(fsys, p, maxSize)
	if err != nil {
		return nil, errors.New(unwrapPath(err))
	}
	return doc, nil
}

// IsSidecar reports whether p is a metadata sidecar, read with its
// article rather than as one.
func IsSidecar(p string) bool { return strings.HasSuffix(p, SidecarSuffix) }

// ArticleOf is the article a sidecar p belongs to.
func ArticleOf(p string) string { return strings.TrimSuffix(p, SidecarSuffix) }

// Assemble is the corpus Load would return for documents read one by one
// with ReadFile (in any order) and the files it skipped.
func Assemble(docs []*Document, skipped []SkippedFile) *Corpus {
	c := &Corpus{Documents: docs, Skipped: skipped}
	assemble(c)
	return c
}

// CollectPeople merges the documents' casts (Document.People) into the
// corpus's people and rewrites each quote's speaker to the merged name,
// as Load does. It reads only the documents' IDs, Quotes and People, so
// an index can run it over summaries of its documents.
func CollectPeople(docs []*Document) []Person { return collectPeople(docs) }

// ParagraphKey identifies a paragraph's text for spotting reprints.
type ParagraphKey struct {
	Paragraph int
	Key       uint64
}

// ParagraphKeys are the keys of d's paragraphs, in order, as Load compares
// them across documents: a paragraph whose key an earlier document (by
// ID) holds is dropped from the later one.
func ParagraphKeys(d *Document) []ParagraphKey {
	var out []ParagraphKey
	for _, pk := range paragraphTexts(d) {
		out = append(out, ParagraphKey{Paragraph: pk.n, Key: hashKey(dedupKey(pk.text))})
	}
	return out
}

// DropParagraphs removes the paragraphs drop names (paragraph number →
// the document that holds them first) from d and renumbers the rest, as
// Load does for reprinted paragraphs.
func DropParagraphs(d *Document, drop map[int]string) {
	if len(drop) == 0 {
		return
	}
	texts := paragraphTexts(d)
	for _, pt := range texts {
		if other, ok := drop[pt.n]; ok {
			d.Skipped = append(d.Skipped, "paragraph also in "+other+": "+clip(pt.text, 80))
		}
	}
	renum := map[int]int{}
	for _, pt := range texts {
		if _, ok := drop[pt.n]; !ok {
			renum[pt.n] = len(renum) + 1
		}
	}
	var ps []Passage
	for _, p := range d.Passages {
		if _, ok := drop[p.Paragraph]; !ok {
			p.Paragraph = renum[p.Paragraph]
			ps = append(ps, p)
		}
	}
	var qs []Quote
	for _, q := range d.Quotes {
		if _, ok := drop[q.Paragraph]; !ok {
			q.Paragraph = renum[q.Paragraph]
			qs = append(qs, q)
		}
	}
	d.Passages, d.Quotes = ps, qs
}

type paragraphText struct {
	n    int
	text string
}

// paragraphTexts are d's paragraphs in order, each the text of all its
// passages.
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

// hashKey is FNV-1a, 64 bits: paragraph keys are compared by hash.
func hashKey(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}

// unwrapPath drops the path from fs errors: the SkippedFile names it.
func unwrapPath(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}

// loadFile reads one article and its sidecar from fsys.
func loadFile(fsys fs.FS, p string, max int64) (*Document, error) {
	switch strings.ToLower(path.Ext(p)) {
	case ".txt", ".md", ".markdown", ".html", ".htm":
	default:
		return nil, ErrUnsupported
	}
	data, err := readLimited(fsys, p, max)
	if err != nil {
		return nil, err
	}
	var meta *Meta
	if side, err := readLimited(fsys, SidecarName(p), 64<<10); err == nil {
		if meta, err = ParseMeta(side); err != nil {
			return nil, fmt.Errorf("sidecar %s: %w", SidecarName(p), err)
		}
	} else if !errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("sidecar %s: %w", SidecarName(p), err)
	}
	return parseFile(p, data, meta)
}

// readLimited reads a regular file of at most max bytes.
func readLimited(fsys fs.FS, p string, max int64) ([]byte, error) {
	f, err := fsys.Open(p)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			// A dangling link or one the root refused to follow.
			if st, lerr := fs.Lstat(fsys, p); lerr == nil && st.Mode()&fs.ModeSymlink != 0 {
				return nil, ErrOutside
			}
			return nil, err
		}
		if strings.Contains(err.Error(), "escapes") {
			return nil, ErrOutside
		}
		return nil, err
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if !st.Mode().IsRegular() {
		return nil, fmt.Errorf("not a regular file")
	}
	if st.Size() > max {
		return nil, fmt.Errorf("file %w: %d bytes, the limit is %d", ErrTooLarge, st.Size(), max)
	}
	data, err := io.ReadAll(io.LimitReader(f, max+1))
	if err != nil {
		return nil, err
	}
	if int64(len(data)) > max {
		return nil, fmt.Errorf("file %w: the limit is %d bytes", ErrTooLarge, max)
	}
	return data, nil
}

// ParseFile reads one article from its bytes, as Load would read a file
// named name; meta (may be nil) overrides what the file says. It is used
// to preview an upload before it is written into the corpus.
func ParseFile(name string, data []byte, meta *Meta) (*Document, error) {
	doc, err := parseFile(name, data, meta)
	if err != nil {
		return nil, fmt.Errorf("corpus: parse %s: %w", name, err)
	}
	return doc, nil
}

// parseFile is ParseFile with errors that do not repeat the file name.
func parseFile(name string, data []byte, meta *Meta) (*Document, error) {
	if err := checkText(data); err != nil {
		return nil, err
	}
	var (
		lines  []line
		header bool
		found  Meta
		err    error
	)
	switch strings.ToLower(path.Ext(name)) {
	case ".txt":
		lines, header = readText(data), true
	case ".md", ".markdown":
		lines, found, err = readMarkdown(data)
	case ".html", ".htm":
		lines, found, err = readHTML(data)
	default:
		err = ErrUnsupported
	}
	if err != nil {
		return nil, err
	}
	title := found.Title
	if meta != nil && meta.Title != "" {
		title = meta.Title
	}
	b := buildText(lines, header, title)
	if len(b.paras) == 0 {
		return nil, ErrNoText
	}
	m := b.meta
	m.fill(&found)
	m.fill(meta)
	doc := &Document{
		ID:       name,
		Title:    m.Title,
		Outlet:   m.Outlet,
		Author:   m.Author,
		URL:      m.URL,
		Language: m.Language,
		Skipped:  b.skipped,
	}
	if m.Date != "" {
		if d, err := ParseDate(m.Date); err == nil {
			doc.Date = d
		} else {
			doc.Skipped = append(doc.Skipped, "unreadable date: "+m.Date)
		}
	}
	for _, p := range b.paras {
		doc.Passages = append(doc.Passages, passagesOf(p)...)
	}
	quotes, cast := analyse(b.paras)
	doc.Quotes = quotes
	doc.People = cast.persons(doc.Passages)
	return doc, nil
}

// checkText rejects what is not UTF-8 text.
func checkText(data []byte) error {
	switch {
	case len(bytes.TrimSpace(data)) == 0:
		return ErrEmpty
	case bytes.IndexByte(data, 0) >= 0:
		return fmt.Errorf("%w, not text", ErrBinary)
	case !utf8.Valid(data):
		return fmt.Errorf("%w: invalid byte sequence", ErrNotUTF8)
	}
	return nil
}

// dedupAcross drops from later documents the paragraphs an earlier one
// already holds (agency copy reprinted by two outlets), renumbering what
// is left.
func dedupAcross(docs []*Document) {
	seen := map[uint64]string{}
	for _, d := range docs {
		drop := map[int]string{}
		for _, pk := range ParagraphKeys(d) {
			if other, ok := seen[pk.Key]; ok && other != d.ID {
				drop[pk.Paragraph] = other
				continue
			}
			seen[pk.Key] = d.ID
		}
		DropParagraphs(d, drop)
	}
}
