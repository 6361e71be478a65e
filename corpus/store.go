package corpus

import (
	"bytes"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path"
	"path/filepath"
	"strings"
	"time"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
)

// The reasons an upload or removal is refused; the error is a
// *RejectError whose Reason says it in words.
var (
	ErrTooLarge   = errors.New("too large")
	ErrBinary     = errors.New("binary file")
	ErrFileType   = errors.New("file type not accepted")
	ErrBadName    = errors.New("unsafe file name")
	ErrNotUTF8    = errors.New("not UTF-8 text")
	ErrUnreadable = errors.New("not readable as an article")
	ErrBadMeta    = errors.New("bad metadata")
	ErrExists     = errors.New("already in the corpus")
	ErrNotFound   = errors.New("not in the corpus")
)

// RejectError is a refused upload or removal; Reason is fit to show a
// moderator.
type RejectError struct {
	Kind   error // one of the Err* reasons above
	Reason string
}

func (e *RejectError) Error() string { return "corpus: refused: " + e.Reason }

// Unwrap lets errors.Is match the Kind.
func (e *RejectError) Unwrap() error { return e.Kind }

func reject(kind error, format string, args ...any) error {
	return &RejectError{Kind: kind, Reason: fmt.Sprintf(format, args...)}
}

// UploadExtensions are the article formats a moderator may add.
var uploadExtensions = []string{".txt", ".md", ".html", ".htm"}

// TrashDir is the folder inside the corpus where removed and replaced
// files go; Load skips it because its name starts with a dot.
const TrashDir = ".trash"

// maxNameLen bounds a stored file name, extension included.
const maxNameLen = 120

// StoreOptions tunes a Store. The zero value is ready to use.
type StoreOptions struct {
	// MaxBytes is the largest upload; 0 means DefaultMaxFileSize.
	MaxBytes int64
	// Now stamps trash folders; nil means time.Now.
	Now func() time.Time
}

// Store adds and removes articles in a corpus folder. Every write is
// atomic (a hidden temporary file, fsync, then link or rename), stays
// inside the folder even in the face of symlinks, and never overwrites a
// file without being asked; a replaced or removed file is kept under
// TrashDir.
type Store struct {
	dir      string
	maxBytes int64
	now      func() time.Time
}

// NewStore manages the corpus folder dir, which must exist.
func NewStore(dir string, opts StoreOptions) (*Store, error) {
	fi, err := os.Stat(dir)
	if err != nil {
		return nil, fmt.Errorf("corpus: store: %w", err)
	}
	if !fi.IsDir() {
		return nil, fmt.Errorf("corpus: store: %s is not a folder", dir)
	}
	s := &Store{dir: dir, maxBytes: opts.MaxBytes, now: opts.Now}
	if s.maxBytes <= 0 {
		s.maxBytes = DefaultMaxFileSize
	}
	if s.now == nil {
		s.now = time.Now
	}
	return s, nil
}

// Dir is the corpus folder.
func (s *Store) Dir() string { return s.dir }

// MaxBytes is the largest upload accepted.
func (s *Store) MaxBytes() int64 { return s.maxBytes }

// Checked is a validated upload: the name it will be stored under and the
// article as the corpus reader sees it.
type Checked struct {
	Name   string // safe file name inside the corpus folder
	Doc    *Document
	Exists bool // a file of that name is already in the corpus
}

// SafeName turns an uploaded file name into one that can only name a
// file directly inside the corpus folder, or refuses it. Names with a
// path (slashes, ".."), absolute names, hidden names and names without an
// accepted extension are refused; other odd characters become "_".
func SafeName(name string) (string, error) {
	if name == "" {
		return "", reject(ErrBadName, "the file has no name")
	}
	if strings.ContainsAny(name, `/\`) || strings.Contains(name, "..") || filepath.IsAbs(name) {
		return "", reject(ErrBadName, "%q contains a path; give a plain file name", name)
	}
	if strings.HasPrefix(name, ".") {
		return "", reject(ErrBadName, "%q is a hidden name", name)
	}
	if strings.ContainsFunc(name, func(r rune) bool { return r < 0x20 || r == 0x7f }) {
		return "", reject(ErrBadName, "%q contains control characters", name)
	}
	ext := strings.ToLower(path.Ext(name))
	if !accepted(ext) {
		return "", reject(ErrFileType, "%q is not an article file; accepted: %s", name, strings.Join(uploadExtensions, ", "))
	}
	if strings.HasSuffix(strings.ToLower(name), ".meta"+ext) {
		return "", reject(ErrBadName, "%q looks like a metadata sidecar", name)
	}
	stem := strings.TrimSuffix(name, path.Ext(name))
	var b strings.Builder
	lastUnderscore := false
	for _, r := range stem {
		ok := r == '-' || r == '.' || r == '_' || r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'
		if !ok {
			r = '_'
		}
		if r == '_' && lastUnderscore {
			continue
		}
		lastUnderscore = r == '_'
		b.WriteRune(r)
	}
	clean := strings.Trim(b.String(), "_.-")
	if clean == "" {
		return "", reject(ErrBadName, "%q has no usable characters in its name", name)
	}
	if len(clean)+len(ext) > maxNameLen {
		clean = strings.TrimRight(clean[:maxNameLen-len(ext)], "_.-")
	}
	return clean + ext, nil
}

func accepted(ext string) bool {
	for _, e := range uploadExtensions {
		if ext == e {
			return true
		}
	}
	return false
}

// sidecarName is the metadata file that goes with an article file.
func sidecarName(name string) string {
	return strings.TrimSuffix(name, path.Ext(name)) + ".meta.yaml"
}

// Check validates an upload without writing anything: name, size, text,
// metadata, and that the corpus reader finds passages in it.
func (s *Store) Check(name string, data []byte, meta *Meta) (*Checked, error) {
	safe, err := SafeName(name)
	if err != nil {
		return nil, err
	}
	if int64(len(data)) > s.maxBytes {
		return nil, reject(ErrTooLarge, "%q is %s; the limit is %s", name, humanBytes(int64(len(data))), humanBytes(s.maxBytes))
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, reject(ErrUnreadable, "%q is empty", name)
	}
	if looksBinary(data) {
		return nil, reject(ErrBinary, "%q is a binary file, not text", name)
	}
	if !utf8.Valid(data) {
		return nil, reject(ErrNotUTF8, "%q is not UTF-8 text; save it as UTF-8 and try again", name)
	}
	if err := checkMeta(meta); err != nil {
		return nil, err
	}
	doc, err := ParseFile(safe, data, meta)
	if err != nil {
		return nil, reject(ErrUnreadable, "%q could not be read as an article: %v", name, err)
	}
	if doc == nil || len(doc.Passages) == 0 {
		return nil, reject(ErrUnreadable, "%q has no article text the reader could use", name)
	}
	c := &Checked{Name: safe, Doc: doc}
	if _, err := os.Lstat(filepath.Join(s.dir, safe)); err == nil {
		c.Exists = true
	}
	return c, nil
}

// looksBinary reports NUL bytes or many control characters, as text
// editors and git decide.
func looksBinary(data []byte) bool {
	head := data[:min(len(data), 8000)]
	if bytes.IndexByte(data, 0) >= 0 {
		return true
	}
	ctrl := 0
	for _, b := range head {
		if b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' {
			ctrl++
		}
	}
	return ctrl*100 > len(head)
}

func checkMeta(m *Meta) error {
	if m == nil {
		return nil
	}
	if m.Date != "" {
		if _, err := time.Parse("2006-01-02", m.Date); err != nil {
			return reject(ErrBadMeta, "date %q is not YYYY-MM-DD", m.Date)
		}
	}
	if m.URL != "" {
		u, err := url.Parse(m.URL)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			return reject(ErrBadMeta, "url %q is not an http(s) address", m.URL)
		}
	}
	for key, v := range map[string]string{"title": m.Title, "outlet": m.Outlet, "author": m.Author, "url": m.URL} {
		if len(v) > 500 || strings.ContainsFunc(v, func(r rune) bool { return r < 0x20 }) {
			return reject(ErrBadMeta, "%s is too long or contains control characters", key)
		}
	}
	return nil
}

func humanBytes(n int64) string {
	switch {
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d bytes", n)
}

// Add validates an upload and writes it (and a sidecar with meta, when
// meta has any field) into the corpus folder. Without replace an existing
// file is refused with ErrExists; with replace the old file and sidecar
// are first kept in the trash.
func (s *Store) Add(name string, data []byte, meta *Meta, replace bool) (*Checked, error) {
	c, err := s.Check(name, data, meta)
	if err != nil {
		return nil, err
	}
	root, err := os.OpenRoot(s.dir)
	if err != nil {
		return nil, fmt.Errorf("corpus: add: %w", err)
	}
	defer root.Close()
	exists := fileExists(root, c.Name)
	if exists && !replace {
		return nil, reject(ErrExists, "%q is already in the corpus; use replace to update it", c.Name)
	}
	var sidecar []byte
	if meta != nil && *meta != (Meta{}) {
		if sidecar, err = marshalMeta(meta); err != nil {
			return nil, fmt.Errorf("corpus: add: %w", err)
		}
	}
	tmpDoc, err := writeTemp(root, data)
	if err != nil {
		return nil, fmt.Errorf("corpus: add: %w", err)
	}
	defer root.Remove(tmpDoc) // after link or rename this only drops the spare name
	var tmpMeta string
	if sidecar != nil {
		if tmpMeta, err = writeTemp(root, sidecar); err != nil {
			return nil, fmt.Errorf("corpus: add: %w", err)
		}
		defer root.Remove(tmpMeta)
	}
	// Keep what is about to be replaced. On replace the old files stay
	// in place until the rename, so a reader never sees a gap; a stale
	// sidecar left by a removed article must not dress up a new one.
	side := sidecarName(c.Name)
	switch {
	case exists:
		keep := []string{c.Name}
		if sidecar != nil && fileExists(root, side) {
			keep = append(keep, side)
		}
		if _, err := s.toTrash(root, keep, false); err != nil {
			return nil, fmt.Errorf("corpus: add: keep old version: %w", err)
		}
	case fileExists(root, side):
		if _, err := s.toTrash(root, []string{side}, true); err != nil {
			return nil, fmt.Errorf("corpus: add: stale sidecar: %w", err)
		}
	}
	if exists {
		err = root.Rename(tmpDoc, c.Name)
	} else {
		// Link refuses to clobber a file that appeared since the check.
		err = root.Link(tmpDoc, c.Name)
		if errors.Is(err, fs.ErrExist) {
			return nil, reject(ErrExists, "%q is already in the corpus; use replace to update it", c.Name)
		}
	}
	if err != nil {
		return nil, fmt.Errorf("corpus: add %s: %w", c.Name, err)
	}
	if tmpMeta != "" {
		if err := root.Rename(tmpMeta, sidecarName(c.Name)); err != nil {
			return nil, fmt.Errorf("corpus: add %s: %w", sidecarName(c.Name), err)
		}
	}
	if err := syncDir(root, "."); err != nil {
		return nil, fmt.Errorf("corpus: add: %w", err)
	}
	c.Exists = exists
	return c, nil
}

// Removed says where a removed article went.
type Removed struct {
	Files []string // corpus-relative names moved
	Trash string   // the trash folder they are in, relative to the corpus
}

// Remove moves the article id (a Document.ID) and its sidecar into a
// timestamped folder under TrashDir.
func (s *Store) Remove(id string) (*Removed, error) {
	if id == "" || !filepath.IsLocal(filepath.FromSlash(id)) || strings.Contains(id, `\`) {
		return nil, reject(ErrBadName, "%q is not a document of the corpus", id)
	}
	for _, part := range strings.Split(id, "/") {
		if strings.HasPrefix(part, ".") {
			return nil, reject(ErrBadName, "%q is not a document of the corpus", id)
		}
	}
	if !accepted(strings.ToLower(path.Ext(id))) {
		return nil, reject(ErrFileType, "%q is not an article file", id)
	}
	root, err := os.OpenRoot(s.dir)
	if err != nil {
		return nil, fmt.Errorf("corpus: remove: %w", err)
	}
	defer root.Close()
	if !fileExists(root, id) {
		return nil, reject(ErrNotFound, "%q is not in the corpus folder", id)
	}
	files := []string{id}
	if fileExists(root, sidecarName(id)) {
		files = append(files, sidecarName(id))
	}
	trash, err := s.toTrash(root, files, true)
	if err != nil {
		return nil, fmt.Errorf("corpus: remove %s: %w", id, err)
	}
	return &Removed{Files: files, Trash: trash}, nil
}

// toTrash moves (or, with move false, copies by hard link) files into a
// fresh timestamped trash folder, keeping their relative paths, so a
// moderator can put them back by hand.
func (s *Store) toTrash(root *os.Root, files []string, move bool) (string, error) {
	stamp := s.now().UTC().Format("20060102T150405.000Z")
	dir := path.Join(TrashDir, stamp+"-"+randomSuffix())
	for _, f := range files {
		dst := path.Join(dir, f)
		if err := root.MkdirAll(path.Dir(dst), 0o755); err != nil {
			return "", err
		}
		var err error
		if move {
			err = root.Rename(f, dst)
		} else {
			err = root.Link(f, dst)
		}
		if err != nil {
			return "", err
		}
		if err := syncDir(root, path.Dir(dst)); err != nil {
			return "", err
		}
	}
	return dir, syncDir(root, ".")
}

func fileExists(root *os.Root, name string) bool {
	fi, err := root.Lstat(name)
	return err == nil && !fi.IsDir()
}

// writeTemp writes data to a hidden temporary file (skipped by Load) and
// flushes it to disk.
func writeTemp(root *os.Root, data []byte) (string, error) {
	name := ".tmp-upload-" + randomSuffix()
	f, err := root.OpenFile(name, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return "", err
	}
	if _, err := f.Write(data); err != nil {
		f.Close()
		root.Remove(name)
		return "", err
	}
	if err := f.Sync(); err != nil {
		f.Close()
		root.Remove(name)
		return "", err
	}
	if err := f.Close(); err != nil {
		root.Remove(name)
		return "", err
	}
	return name, nil
}

func syncDir(root *os.Root, name string) error {
	d, err := root.Open(name)
	if err != nil {
		return err
	}
	defer d.Close()
	return d.Sync()
}

func randomSuffix() string {
	var b [6]byte
	_, _ = rand.Read(b[:])
	return hex.EncodeToString(b[:])
}

// sidecarMeta mirrors Meta, leaving unknown fields out of the file.
type sidecarMeta struct {
	Title    string `yaml:"title,omitempty"`
	Outlet   string `yaml:"outlet,omitempty"`
	Author   string `yaml:"author,omitempty"`
	Date     string `yaml:"date,omitempty"`
	URL      string `yaml:"url,omitempty"`
	Language string `yaml:"language,omitempty"`
}

func marshalMeta(m *Meta) ([]byte, error) {
	return yaml.Marshal(sidecarMeta(*m))
}
