//go:build linux || darwin || freebsd

package index

import (
	"bytes"
	"path/filepath"
	"sync"
	"sync/atomic"
	"time"
	"unsafe"

	"golang.org/x/sys/unix"
)

// openStampedDirs opens the directories of the corpus folder root that
// dirs stamped, and reports whether each is still as stamped: then no
// file was added, removed or renamed in any of them. close closes them.
func openStampedDirs(root string, dirs []dirStamp) (fds map[string]int, same bool, close func()) {
	fds = make(map[string]int, len(dirs))
	close = func() {
		for _, fd := range fds {
			_ = unix.Close(fd)
		}
	}
	for _, s := range dirs {
		fd, err := unix.Open(filepath.Join(root, filepath.FromSlash(s.path)), unix.O_RDONLY|unix.O_DIRECTORY|unix.O_CLOEXEC, 0)
		if err != nil {
			return fds, false, close
		}
		fds[s.path] = fd
		var st unix.Stat_t
		if unix.Fstat(fd, &st) != nil || !stampDir(s.path, &st, time.Now().UnixNano()).same(s) {
			return fds, false, close
		}
	}
	return fds, true, close
}

// filesUnchanged reports whether the n files whose entries (of SOURCES,
// after its head) list them are unchanged, as scanDir would stat them:
// each is stat'ed by name, relative to its directory's descriptor in fds
// (openStampedDirs), by two goroutines. Nothing is listed, and nothing
// allocated per file. False as soon as one differs, or when a file has
// no time (those are compared by content).
func filesUnchanged(fds map[string]int, entries []byte, n int) bool {
	// The entries are cut into chunks as they are stepped over; each
	// chunk is decoded and stat'ed by a worker.
	const workers, chunkSize = 2, 4096
	var differ atomic.Bool
	jobs := make(chan []byte, 8)
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for c := range jobs {
				if differ.Load() || !chunkUnchanged(c, fds) {
					differ.Store(true)
				}
			}
		}()
	}
	d := dec{b: entries}
	for i := 0; i < n && !differ.Load(); {
		start := d.b
		for k := 0; k < chunkSize && i < n; k, i = k+1, i+1 {
			d.bytes()
			d.uint()
			if int64(d.uint()) <= 0 {
				d.err = errCorrupt // a file with no time: compared by content
			}
			if d.err != nil {
				break
			}
		}
		if d.err != nil {
			differ.Store(true)
			break
		}
		jobs <- start[:len(start)-len(d.b)]
	}
	close(jobs)
	wg.Wait()
	return !differ.Load() && d.err == nil && len(d.b) == 0
}

// chunkUnchanged stats the files of a run of SOURCES entries, each
// relative to its directory's descriptor in fds.
func chunkUnchanged(b []byte, fds map[string]int) bool {
	d := dec{b: b}
	var st unix.Stat_t
	lastDir, fd := "\x00", -1
	name := make([]byte, 256)
	for len(d.b) > 0 {
		p := d.bytes()
		size, mtime := int64(d.uint()), int64(d.uint())
		if d.err != nil {
			return false
		}
		dir, base := "", p
		if k := bytes.LastIndexByte(p, '/'); k >= 0 {
			dir, base = unsafe.String(unsafe.SliceData(p), k), p[k+1:]
		}
		if dir != lastDir {
			var ok bool
			if fd, ok = fds[dir]; !ok {
				return false
			}
			lastDir = dir
		}
		if len(base) >= len(name) {
			return false // no file name is this long
		}
		copy(name, base)
		name[len(base)] = 0
		if fstatat(fd, &name[0], &st, unix.AT_SYMLINK_NOFOLLOW) != nil {
			return false
		}
		switch st.Mode & unix.S_IFMT {
		case unix.S_IFLNK:
			// A link is judged by what it points to, as scanDir does.
			if fstatat(fd, &name[0], &st, 0) != nil {
				return false
			}
		case unix.S_IFDIR:
			return false
		}
		if st.Size != size || st.Mtim.Nano() != mtime {
			return false
		}
	}
	return true
}
