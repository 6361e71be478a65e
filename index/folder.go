package index

import (
	"bytes"
	"context"
	"crypto/sha256"
	"debug/elf"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"github.com/talksbot/talksbot/corpus"
)

// Folder is a corpus the index reads itself, file by file: a folder, or
// an fs.FS such as the embedded articles. Opened from a Folder, an index
// keeps a manifest of the files it was built from (path, size,
// modification time, content hash), and a later Open only stats the
// files: it reads them again only when one changed.
type Folder struct {
	// Dir is the corpus folder; when "", FS is read.
	Dir string
	FS  fs.FS
	// MaxFileSize is the largest article read; 0 means
	// corpus.DefaultMaxFileSize.
	MaxFileSize int64
}

func (s *Folder) fsys() (fs.FS, func(), error) {
	if s.Dir == "" {
		return s.FS, func() {}, nil
	}
	st, err := os.Stat(s.Dir)
	if err != nil {
		return nil, nil, fmt.Errorf("corpus: load: %w", err)
	}
	if !st.IsDir() {
		return nil, nil, fmt.Errorf("corpus: load %q: not a folder", s.Dir)
	}
	root, err := os.OpenRoot(s.Dir)
	if err != nil {
		return nil, nil, fmt.Errorf("corpus: load: %w", err)
	}
	return root.FS(), func() { root.Close() }, nil
}

// fileStat is one file of a manifest.
type fileStat struct {
	path  string
	size  int64
	mtime int64 // Unix nanoseconds; 0 when the file system does not say
	hash  [16]byte
}

// sourcesFile is where an index folder lists the files it was read from.
const sourcesFile = "SOURCES"

// sourceFiles is what an index folder records of the files it was built
// from, and of the program that read them: a new build of talksbot may
// read the same files differently.
type sourceFiles struct {
	build   string
	maxSize int64
	files   []fileStat
}

// encode is SOURCES: the build and read limit, then each file's path,
// size and time, and its content hash only where it has no time (the
// only files changes compares by content).
func (m *sourceFiles) encode() []byte {
	e := enc{b: make([]byte, 0, 64+len(m.files)*56)}
	e.str(m.build)
	e.int(int(m.maxSize))
	e.int(len(m.files))
	for i := range m.files {
		f := &m.files[i]
		e.str(f.path)
		e.int(int(f.size))
		e.uint(uint64(f.mtime))
		if f.mtime <= 0 {
			e.b = append(e.b, f.hash[:]...)
		}
	}
	return e.b
}

func decodeSources(b []byte) (*sourceFiles, error) {
	d := dec{b: b}
	m := &sourceFiles{build: d.str(), maxSize: int64(d.int())}
	n := d.int()
	if d.err != nil || n > len(b) {
		return nil, errCorrupt
	}
	m.files = make([]fileStat, n)
	for i := range m.files {
		f := &m.files[i]
		f.path, f.size, f.mtime = d.str(), int64(d.int()), int64(d.uint())
		if f.mtime <= 0 {
			if d.err != nil || len(d.b) < 16 {
				return nil, errCorrupt
			}
			copy(f.hash[:], d.b)
			d.b = d.b[16:]
		}
	}
	return m, d.err
}

// unchangedSince reports whether now lists the files SOURCES (b) lists,
// in the same order, unchanged (changes would find none), reading b in
// place: an unchanged folder of 200,000 files is recognised without
// decoding its manifest.
func (now *sourceFiles) unchangedSince(b []byte) bool {
	d := dec{b: b}
	if string(d.bytes()) != now.build || int64(d.int()) != now.maxSize || d.int() != len(now.files) {
		return false
	}
	for i := range now.files {
		f := &now.files[i]
		if string(d.bytes()) != f.path || int64(d.int()) != f.size || int64(d.uint()) != f.mtime || d.err != nil {
			return false
		}
		if f.mtime <= 0 {
			if len(d.b) < 16 || string(d.b[:16]) != string(f.hash[:]) {
				return false
			}
			d.b = d.b[16:]
		}
	}
	return d.err == nil && len(d.b) == 0
}

// scan lists the source's files as Load reads them (hidden entries left
// out) with their size and modification time, in walk order; whole is
// false when an entry could not be read.
func scan(fsys fs.FS) (files []fileStat, whole bool, err error) {
	var out []fileStat
	whole = true
	err = fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
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
			whole = false // Load reports it
			return nil
		}
		if d.IsDir() {
			return nil
		}
		f := fileStat{path: p, mtime: -1}
		if info, err := d.Info(); err == nil {
			f.size = info.Size()
			if info.Mode()&fs.ModeSymlink != 0 {
				// A link is judged by what it points to.
				if st, err := fs.Stat(fsys, p); err == nil {
					info = st
					f.size = st.Size()
				}
			}
			if !info.ModTime().IsZero() {
				f.mtime = info.ModTime().UnixNano()
			}
		}
		out = append(out, f)
		return nil
	})
	return out, whole, err
}

// hashFile is the content hash a manifest keeps.
func hashFile(fsys fs.FS, p string) [16]byte {
	var out [16]byte
	b, err := fs.ReadFile(fsys, p)
	if err != nil {
		return out // unreadable: Load skips it, and says why
	}
	sum := sha256.Sum256(b)
	copy(out[:], sum[:])
	return out
}

// changes lists the files added, removed or changed since m was made
// (now lists them all now): a file whose size or modification time
// differ, or, where the file system gives no time, whose content does.
// A file only touched is listed; reading it again changes nothing.
//
// The walk order is the folder's, the same while its files stay: the two
// lists are walked side by side, and where they part (a file added or
// removed) they meet again a few entries on. Where they do not, or part
// often, every path is looked up.
func (m *sourceFiles) changes(now *sourceFiles) []string {
	const window, maxApart = 32, 64
	var out []string
	differs := func(old, f *fileStat) bool {
		return old.size != f.size || old.mtime != f.mtime || f.mtime <= 0 && old.hash != f.hash
	}
	find := func(list []fileStat, p string) int {
		for k := range list[:min(window, len(list))] {
			if list[k].path == p {
				return k
			}
		}
		return -1
	}
	apart := 0
	i, j := 0, 0 // in now, in m
	for i < len(now.files) && j < len(m.files) && apart <= maxApart {
		f, old := &now.files[i], &m.files[j]
		if f.path == old.path {
			if differs(old, f) {
				out = append(out, f.path)
			}
			i++
			j++
			continue
		}
		apart++
		if k := find(m.files[j+1:], f.path); k >= 0 {
			// m's files j … j+k are gone (or elsewhere now: listed,
			// read again, the same).
			for _, g := range m.files[j : j+1+k] {
				out = append(out, g.path)
			}
			j += 1 + k
			continue
		}
		// f is new (or elsewhere in m: the same).
		out = append(out, f.path)
		i++
	}
	if apart > maxApart {
		return m.changesByPath(now)
	}
	for _, f := range now.files[i:] {
		out = append(out, f.path)
	}
	for _, g := range m.files[j:] {
		out = append(out, g.path)
	}
	return out
}

// changesByPath is changes, looking every path up.
func (m *sourceFiles) changesByPath(now *sourceFiles) []string {
	var out []string
	byPath := make(map[string]*fileStat, len(m.files))
	for j := range m.files {
		byPath[m.files[j].path] = &m.files[j]
	}
	for i := range now.files {
		f := &now.files[i]
		old := byPath[f.path]
		switch {
		case old == nil:
			out = append(out, f.path)
			continue
		case old.size != f.size || old.mtime != f.mtime || f.mtime <= 0 && old.hash != f.hash:
			out = append(out, f.path)
		}
		delete(byPath, f.path)
	}
	for p := range byPath {
		out = append(out, p)
	}
	return out
}

var (
	buildIDOnce sync.Once
	buildIDVal  string
)

// buildID identifies the running program: the Go build ID from its ELF
// note (the same for the same code, however often `go run` relinks it),
// else the executable's size and time. An index whose manifest was made
// by another build is checked by reading its files again.
func buildID() string {
	buildIDOnce.Do(func() {
		exe, err := os.Executable()
		if err != nil {
			return
		}
		if f, err := elf.Open(exe); err == nil {
			defer f.Close()
			if s := f.Section(".note.go.buildid"); s != nil {
				if b, err := s.Data(); err == nil && len(b) > 16 {
					buildIDVal = string(bytes.TrimRight(b[16:], "\x00"))
					return
				}
			}
		}
		if st, err := os.Stat(exe); err == nil {
			buildIDVal = fmt.Sprintf("%s %d %d", exe, st.Size(), st.ModTime().UnixNano())
		}
	})
	return buildIDVal
}

// openFolder is Open for a Folder. It stats the folder's files and
// compares them with the SOURCES of the current index: unchanged, it
// opens that index (or hands back the one served); a few files changed,
// it updates the index (update.go). Else it reads the whole folder
// (stream.go) and opens the current index if the corpus is the one it
// was built for, or builds a new one.
func openFolder(ctx context.Context, opts OpenOptions, log *slog.Logger) (*Engine, error) {
	src := opts.Folder
	fsys, done, err := src.fsys()
	if err != nil {
		return nil, err
	}
	defer done()
	restoreGC := relaxGC()
	defer restoreGC()
	if src.Dir != "" {
		if e, done, err := openStamped(ctx, opts, log); done {
			return e, err
		}
	}
	times := newPhases()
	var files []fileStat
	var dirs []dirStamp
	var whole bool
	if src.Dir != "" {
		files, dirs, whole, err = scanDir(src.Dir)
	} else {
		files, whole, err = scan(fsys)
	}
	if err != nil {
		return nil, fmt.Errorf("corpus: load: %w", err)
	}
	now := &sourceFiles{build: buildID(), maxSize: src.MaxFileSize, files: files}
	for i := range now.files {
		if now.files[i].mtime <= 0 {
			now.files[i].hash = hashFile(fsys, now.files[i].path)
		}
	}
	times.mark("scan")
	if dir, ok := currentAny(opts.DataDir); ok {
		b, err := os.ReadFile(filepath.Join(dir, sourcesFile))
		var old *sourceFiles
		var changed []string
		same := false
		if err == nil && !now.unchangedSince(b) {
			old, err = decodeSources(b)
			if err == nil {
				changed = old.changes(now)
			}
		} else if err == nil {
			old, same = now, true
		}
		if err == nil && old.build == now.build && old.maxSize == now.maxSize {
			times.mark("sources")
			if len(changed) == 0 {
				if same && whole {
					keepFolders(dir, b, dirs, log)
				}
				if s := opts.Served; s != nil && s.Dir() == dir && s.Check() == nil {
					return s, nil
				}
				e, err := openDir(ctx, dir, opts, log)
				if err == nil {
					log.Debug("index reused: files unchanged", "dir", dir)
					cleanup(opts.DataDir, filepath.Base(dir), log)
					if opts.Progress != nil {
						opts.Progress(Progress{Phase: "done", Done: e.data.Passages, Total: e.data.Passages})
					}
					return e, nil
				}
				if errors.Is(err, ErrLocked) {
					return nil, err
				}
				log.Warn("index unusable, rebuilding", "dir", dir, "err", err)
			} else if whole {
				e, err := updateIndex(ctx, opts, dir, now, changed, fsys, log, times)
				switch {
				case err == nil:
					return e, nil
				case ctx.Err() != nil:
					return nil, err
				case errors.Is(err, errFullRebuild):
					log.Debug("index rebuilt rather than updated", "reason", err)
				default:
					log.Warn("index update failed; rebuilding it", "err", err)
				}
			}
		}
	}
	// Something changed, or the files were never recorded: read them all,
	// in a build folder of its own.
	tmp, unlock, err := newTmp(opts.DataDir)
	if err != nil {
		return nil, err
	}
	defer unlock()
	fail := func(err error) (*Engine, error) {
		_ = os.RemoveAll(tmp)
		return nil, err
	}
	restoreGC()
	// The manifest is held encoded while the files are read.
	sources := now.encode()
	now, files = nil, nil
	r := corpus.NewReader(fsys, corpus.Options{MaxFileSize: src.MaxFileSize})
	times = newPhases()
	restorePace := paceBuild()
	s, err := streamFolder(ctx, r, filepath.Join(tmp, spillFile), times, func(done, total int) {
		if opts.Progress != nil {
			opts.Progress(Progress{Phase: "reading", Done: done, Total: total})
		}
	})
	restorePace()
	if err != nil {
		return fail(err)
	}
	if dir, ok := currentIndex(opts.DataDir, s.fp); ok {
		// Read again, the same: the next Open need only stat the files,
		// and a change can update this index.
		raw, err := os.ReadFile(s.rawFile)
		if err == nil {
			err = writeBeside(dir, rawFile, raw)
		}
		if err != nil {
			log.Warn("index sources", "err", err)
		} else if err := writeBeside(dir, sourcesFile, sources); err != nil {
			log.Warn("index sources", "err", err)
		}
		if e, err := reuseCurrent(ctx, opts, s.fp, log); e != nil || err != nil {
			_ = os.RemoveAll(tmp)
			return e, err
		}
	}
	side, err := buildStream(ctx, filepath.Join(tmp, bleveDir), s, times, opts.Progress)
	if err != nil {
		return fail(err)
	}
	if err := os.Remove(filepath.Join(tmp, spillFile)); err != nil {
		return fail(fmt.Errorf("index: build: %w", err))
	}
	if err := writeSide(tmp, side); err != nil {
		return fail(err)
	}
	if err := writeSynced(filepath.Join(tmp, sourcesFile), sources); err != nil {
		return fail(err)
	}
	if err := writeVerified(tmp, nil); err != nil {
		return fail(err)
	}
	times.mark("side")
	if opts.Progress != nil {
		opts.Progress(Progress{Phase: "done", Done: side.data.Passages, Total: side.data.Passages})
	}
	final, err := finish(opts.DataDir, tmp, s.fp)
	if err != nil {
		return fail(err)
	}
	if err := setCurrent(opts.DataDir, filepath.Base(final)); err != nil {
		return nil, err
	}
	cleanup(opts.DataDir, filepath.Base(final), log)
	e, err := openDir(ctx, final, opts, log)
	times.mark("open")
	log.Debug("index built", "dir", final, times.attr())
	return e, err
}

// spillFile holds a build's passages between its passes (stream.go).
const spillFile = "SPILL"

// currentAny returns the complete folder CURRENT names, whatever it was
// built for.
func currentAny(dataDir string) (string, bool) {
	b, err := os.ReadFile(filepath.Join(dataDir, currentFile))
	if err != nil {
		return "", false
	}
	name := strings.TrimSpace(string(b))
	if !strings.HasPrefix(name, indexPrefix) || strings.ContainsAny(name, `/\`) {
		return "", false
	}
	dir := filepath.Join(dataDir, name)
	if _, err := os.Stat(filepath.Join(dir, completeFile)); err != nil {
		return "", false
	}
	return dir, true
}

// writeBeside writes a file of a complete index folder that is not part
// of the index itself (the files it was read from, what they gave the
// corpus-wide steps), replacing it atomically: others may be reading the
// folder.
func writeBeside(dir, name string, data []byte) error {
	f, err := os.CreateTemp(dir, name+".*.tmp")
	if err != nil {
		return fmt.Errorf("index: %s: %w", name, err)
	}
	if err := writeFileSynced(f, data); err != nil {
		_ = os.Remove(f.Name())
		return err
	}
	if err := os.Rename(f.Name(), filepath.Join(dir, name)); err != nil {
		_ = os.Remove(f.Name())
		return fmt.Errorf("index: %s: %w", name, err)
	}
	return nil
}
