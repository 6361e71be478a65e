package corpus

import (
	"errors"
	"io/fs"
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

// Load reads the corpus folder dir recursively. Hidden entries (names
// starting with ".", such as the .trash folder) are not read.
func Load(dir string) (*Corpus, error) { return LoadWith(dir, Options{}) }

// LoadWith is Load with options.
func LoadWith(dir string, opts Options) (*Corpus, error) {
	return nil, errors.New("corpus: not implemented")
}

// LoadFS reads a corpus from fsys (used for the embedded default corpus).
func LoadFS(fsys fs.FS, opts Options) (*Corpus, error) {
	return nil, errors.New("corpus: not implemented")
}

// ParseFile reads one article from its bytes, as Load would read a file
// named name; meta (may be nil) overrides what the file says. It is used
// to preview an upload before it is written into the corpus.
func ParseFile(name string, data []byte, meta *Meta) (*Document, error) {
	return nil, errors.New("corpus: not implemented")
}
