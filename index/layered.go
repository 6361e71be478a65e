package index

import (
	"fmt"
	"os"
	"path/filepath"
)

// The side files an update changes in a few entries (RAW, DOCS) are kept
// as a base and a delta, so that an update writes what it changed rather
// than ~50 MB at 100,000 articles: the file NAME holds either every entry
// (layerWhole) or which entries of NAME.base are dropped and the entries
// changed or added since (layerDelta). NAME.base is a hard link to the whole NAME of an
// earlier folder: like a segment, a whole file is never written again,
// so the folders sharing it stay as they were made, and an update
// switches folders as a build does. When the delta would grow past a
// share of its base, the update writes the file whole again.

// The first byte of a layered file says which it is.
const (
	layerWhole = 'W'
	layerDelta = 'D'
)

// baseSuffix names the base a delta is over.
const baseSuffix = ".base"

// maxDeltaShare: a delta larger than this share of its base is written
// whole instead (reading a delta costs its size again). Tests set it to
// make every update write deltas, or none.
var maxDeltaShare = 0.125

// layered is a layered side file as read: base holds every entry of the
// file when delta is nil, else the entries of its base, and delta those
// changed since; basePath is the whole file base was read from, which a
// new delta over the same base links to.
type layered struct {
	base, delta []byte
	basePath    string
}

// readLayered reads the side file name of the index folder dir.
func readLayered(dir, name string) (layered, error) {
	path := filepath.Join(dir, name)
	b, err := os.ReadFile(path)
	if err != nil {
		return layered{}, err
	}
	if len(b) == 0 {
		return layered{}, errCorrupt
	}
	switch b[0] {
	case layerWhole:
		return layered{base: b[1:], basePath: path}, nil
	case layerDelta:
		basePath := path + baseSuffix
		base, err := os.ReadFile(basePath)
		if err != nil {
			return layered{}, err
		}
		if len(base) == 0 || base[0] != layerWhole {
			return layered{}, errCorrupt
		}
		return layered{base: base[1:], delta: b[1:], basePath: basePath}, nil
	}
	return layered{}, errCorrupt
}

// writeLayered writes the side file name of the new index folder dir:
// as a delta over the whole file basePath (linked as NAME.base) when
// delta is not nil and small beside baseSize, else whole, as whole()
// gives it (starting with layerWhole).
func writeLayered(dir, name, basePath string, baseSize int, delta []byte, whole func() []byte) error {
	path := filepath.Join(dir, name)
	if delta != nil && basePath != "" && float64(len(delta)) <= maxDeltaShare*float64(baseSize) {
		// Without hard links (another file system), whole, below.
		if err := os.Link(basePath, path+baseSuffix); err == nil {
			return writeSynced(path, append([]byte{layerDelta}, delta...))
		}
	}
	b := whole()
	if len(b) == 0 || b[0] != layerWhole {
		return fmt.Errorf("index: write %q: %w", path, errCorrupt)
	}
	return writeSynced(path, b)
}
