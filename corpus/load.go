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
	"time"
	"unicode/utf8"
)

// Options tunes Load. The zero value is ready to use.
type Options struct {
	// MaxFileSize is the largest file read; 0 means DefaultMaxFileSize.
	MaxFileSize int64
	// OnFile, when set, is called after each file is read (done of total).
	OnFile func(path string, done, total int)
	// ReadBudget bounds the time finding quotes and people in one file
	// may take; 0 means DefaultReadBudget. A file over it is skipped.
	ReadBudget time.Duration
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
	ErrDirLink     = errors.New("link to a folder (links to folders are not followed)")
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
// It runs the steps of steps.go in a row.
func LoadFS(fsys fs.FS, opts Options) (*Corpus, error) {
	r := NewReader(fsys, opts)
	files, skipped, err := r.Files()
	if err != nil {
		return nil, err
	}
	c := &Corpus{Skipped: skipped}
	if s, ok := r.PeopleSkipped(); ok {
		c.Skipped = append(c.Skipped, s)
	}
	// Each file is read and its lines classified first; then the lines
	// an outlet prints on many of its pages are counted (page furniture
	// the phrases miss); then each page is built into a document.
	pages := make([]*Page, len(files))
	errs := make([]error, len(files))
	repeats := NewRepeats()
	for i, p := range files {
		pages[i], errs[i] = r.ReadPage(p)
		if errs[i] == nil {
			repeats.Add(pages[i].Outlet(), pages[i].LineKeys())
		}
	}
	for i, p := range files {
		if errs[i] == nil {
			var doc *Document
			doc, errs[i] = pages[i].Document(repeats.Of(pages[i].Outlet()))
			pages[i] = nil // its lines are no longer needed
			if errs[i] == nil {
				c.Documents = append(c.Documents, doc)
			}
		}
		if errs[i] != nil {
			c.Skipped = append(c.Skipped, SkippedFile{Path: p, Reason: errs[i].Error()})
		}
		if opts.OnFile != nil {
			opts.OnFile(p, i+1, len(files))
		}
	}
	sort.Slice(c.Skipped, func(i, j int) bool { return c.Skipped[i].Path < c.Skipped[j].Path })
	sort.Slice(c.Documents, func(i, j int) bool { return c.Documents[i].ID < c.Documents[j].ID })
	dedupAcross(c.Documents)
	casts := make([]Cast, len(c.Documents))
	for i, d := range c.Documents {
		casts[i] = CastOf(d)
	}
	var canonical func(int, string) string
	c.People, canonical = r.MergePeople(casts)
	for i, d := range c.Documents {
		Rename(d, func(name string) string { return canonical(i, name) })
	}
	c.Lexicon, c.PeopleFile = r.Lexicon(), r.PeopleFile()
	return c, nil
}

// unwrapPath drops the path from fs errors: the SkippedFile names it.
func unwrapPath(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}

// loadPage reads one article and its sidecar from fsys. A sidecar key
// it does not know is a warning on the document, not a reason to skip it.
func loadPage(fsys fs.FS, p string, max int64) (*page, error) {
	switch strings.ToLower(path.Ext(p)) {
	case ".txt", ".md", ".markdown", ".html", ".htm":
	default:
		if st, err := fs.Lstat(fsys, p); err == nil && st.Mode()&fs.ModeSymlink != 0 {
			switch st, err := fs.Stat(fsys, p); {
			case err != nil:
				return nil, ErrOutside
			case st.IsDir():
				return nil, ErrDirLink
			}
		}
		return nil, ErrUnsupported
	}
	data, err := readLimited(fsys, p, max)
	if err != nil {
		return nil, err
	}
	var (
		meta     *Meta
		warnings []string
	)
	side := SidecarName(p)
	if raw, err := readLimited(fsys, side, 64<<10); err == nil {
		m, ws, err := ParseMeta(raw)
		if err != nil {
			return nil, fmt.Errorf("sidecar %s: %w", side, err)
		}
		meta = m
		for _, w := range ws {
			warnings = append(warnings, "sidecar "+side+": "+w)
		}
	} else if !errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("sidecar %s: %w", side, err)
	}
	pg, err := readPage(p, data, meta)
	if err != nil {
		return nil, err
	}
	pg.warnings = append(warnings, pg.warnings...)
	return pg, nil
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
	if st.IsDir() {
		return nil, ErrDirLink
	}
	if !st.Mode().IsRegular() {
		return nil, fmt.Errorf("not a regular file")
	}
	if st.Size() > max {
		return nil, fmt.Errorf("file %w: %d bytes, the limit is %d", ErrTooLarge, st.Size(), max)
	}
	// Read into a buffer of the file's size (with room to see its end, or
	// that it grew) rather than io.ReadAll's, grown from 512 bytes.
	var buf bytes.Buffer
	buf.Grow(int(st.Size()) + bytes.MinRead)
	if _, err := buf.ReadFrom(io.LimitReader(f, max+1)); err != nil {
		return nil, err
	}
	data := buf.Bytes()
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
	pg, err := readPage(name, data, meta)
	if err != nil {
		return nil, err
	}
	return pg.document(nil, false)
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
	r := NewReprints()
	for _, d := range docs {
		DropParagraphs(d, r.Next(d.ID, ParagraphKeys(d)))
	}
}
