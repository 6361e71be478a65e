package index

import (
	"bytes"
	"context"
	"errors"
	"hash/crc32"
	"log/slog"
	"os"
	"path/filepath"
	"time"
)

// A folder's files are checked for changes by a stat of each (SOURCES).
// Listing the folder to find the files added or removed costs as much
// again at 100,000 articles (and leaves the stats that follow slower,
// their kernel structures out of the cache), so an index folder also
// keeps FOLDERS: each directory of the corpus folder as it was (device,
// inode, size, modification and change time) just before it was listed
// for a check that found the files to be exactly those SOURCES lists.
// While every directory is still so, no file was added, removed or
// renamed in any of them (each of those changes a directory's change
// time, which no program can set back), so the files are still those
// SOURCES lists and a stat of each, by its name, says whether one
// changed: the folder is not listed. Git's untracked cache trusts
// directory times the same way.
//
// A change within the tick of the clock that stamped a directory's last
// change would leave the time as it was, so a directory is stamped only
// once its change time is settleTime old; until then the folder is
// listed, as before. FOLDERS names the SOURCES it was made for by its
// length and checksum: SOURCES written again (by an update) makes it
// stale, and it is made again by the next check that lists the folder.

// foldersFile is where an index folder keeps its corpus folder's
// directory stamps.
const foldersFile = "FOLDERS"

// foldersVersion starts FOLDERS; another means another layout.
const foldersVersion = "folders1"

// settleTime is how old a directory's change time must be for its stamp
// to be kept: more than a tick of any file system's clock (FAT's is two
// seconds).
var settleTime = 3 * time.Second

// dirStamp is a directory of the corpus folder as it was when listed.
type dirStamp struct {
	path         string // relative, slash-separated; "" for the folder
	dev, ino     uint64
	size         int64
	mtime, ctime int64 // Unix nanoseconds
	taken        int64 // when it was stat'ed; not kept in FOLDERS
}

// same reports whether s and t are the same directory, unchanged.
func (s dirStamp) same(t dirStamp) bool {
	return s.path == t.path && s.dev == t.dev && s.ino == t.ino && s.size == t.size &&
		s.mtime == t.mtime && s.ctime == t.ctime
}

// settled reports whether every directory's last change was settleTime
// before it was stamped.
func settled(dirs []dirStamp) bool {
	for _, d := range dirs {
		if d.ctime <= 0 || d.taken-d.ctime < int64(settleTime) {
			return false
		}
	}
	return len(dirs) > 0
}

// encodeFolders is FOLDERS for the directories dirs, stamped before the
// listing that found the files SOURCES (sources) lists.
func encodeFolders(sources []byte, dirs []dirStamp) []byte {
	e := enc{b: make([]byte, 0, 32+len(dirs)*48)}
	e.str(foldersVersion)
	e.int(len(sources))
	e.uint(uint64(crc32.ChecksumIEEE(sources)))
	e.int(len(dirs))
	for _, d := range dirs {
		e.str(d.path)
		e.uint(d.dev)
		e.uint(d.ino)
		e.int(int(d.size))
		e.uint(uint64(d.mtime))
		e.uint(uint64(d.ctime))
	}
	return e.b
}

// decodeFolders reads FOLDERS (b); false when it is damaged, of another
// layout, or made for another SOURCES than sources.
func decodeFolders(b, sources []byte) ([]dirStamp, bool) {
	d := dec{b: b}
	if string(d.bytes()) != foldersVersion || d.int() != len(sources) || d.uint() != uint64(crc32.ChecksumIEEE(sources)) {
		return nil, false
	}
	n := d.int()
	if d.err != nil || n <= 0 || n > len(d.b) {
		return nil, false
	}
	dirs := make([]dirStamp, n)
	for i := range dirs {
		dirs[i] = dirStamp{path: d.str(), dev: d.uint(), ino: d.uint(), size: int64(d.int()),
			mtime: int64(d.uint()), ctime: int64(d.uint())}
	}
	return dirs, d.err == nil && len(d.b) == 0
}

// keepFolders writes FOLDERS in the index folder dir for the directories
// dirs, stamped before the listing that found the files SOURCES
// (sources) lists, if they are settled. It is a hint: when it cannot be
// written, the next check lists the folder.
func keepFolders(dir string, sources []byte, dirs []dirStamp, log *slog.Logger) {
	if !settled(dirs) {
		return
	}
	b := encodeFolders(sources, dirs)
	if old, err := os.ReadFile(filepath.Join(dir, foldersFile)); err == nil && bytes.Equal(old, b) {
		return // kept already; a file of it has no time, say
	}
	if err := writeBeside(dir, foldersFile, b); err != nil {
		log.Debug("index: folder stamps not kept", "err", err)
	}
}

// openStamped is openFolder for a folder whose directories are as
// FOLDERS stamped them: it stats the files SOURCES lists, by name, while
// it opens the current index, and hands that index back when none
// changed. done is false when it cannot tell (no FOLDERS, a directory or
// a file changed, another build of talksbot): openFolder then lists the
// folder. The index is opened beside the stat because it is opened in
// the end nearly every time; when a file did change, it is closed again.
func openStamped(ctx context.Context, opts OpenOptions, log *slog.Logger) (e *Engine, done bool, err error) {
	dir, ok := currentAny(opts.DataDir)
	if !ok {
		return nil, false, nil
	}
	folders, err := os.ReadFile(filepath.Join(dir, foldersFile))
	if err != nil {
		return nil, false, nil
	}
	sources, err := os.ReadFile(filepath.Join(dir, sourcesFile))
	if err != nil {
		return nil, false, nil
	}
	dirs, ok := decodeFolders(folders, sources)
	if !ok {
		return nil, false, nil
	}
	d := dec{b: sources}
	if string(d.bytes()) != buildID() || int64(d.int()) != opts.Folder.MaxFileSize {
		return nil, false, nil
	}
	n := d.int()
	if d.err != nil {
		return nil, false, nil
	}
	fds, same, closeDirs := openStampedDirs(opts.Folder.Dir, dirs)
	if !same {
		closeDirs()
		return nil, false, nil
	}
	if s := opts.Served; s != nil && s.Dir() == dir {
		defer closeDirs()
		if filesUnchanged(fds, d.b, n) && s.Check() == nil {
			return s, true, nil
		}
		return nil, false, nil
	}
	type opened struct {
		e   *Engine
		err error
	}
	ch := make(chan opened, 1)
	go func() {
		e, err := openDir(ctx, dir, opts, log)
		ch <- opened{e, err}
	}()
	same = filesUnchanged(fds, d.b, n)
	closeDirs()
	o := <-ch
	switch {
	case same && o.err == nil:
		log.Debug("index reused: files unchanged, directories as stamped", "dir", dir)
		cleanup(opts.DataDir, filepath.Base(dir), log)
		if opts.Progress != nil {
			opts.Progress(Progress{Phase: "done", Done: o.e.data.Passages, Total: o.e.data.Passages})
		}
		return o.e, true, nil
	case same && errors.Is(o.err, ErrLocked):
		return nil, true, o.err
	case o.e != nil:
		_ = o.e.Close()
	}
	return nil, false, nil
}
