//go:build unix

package index

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"syscall"
)

// canLock says whether inUse and lockDir work here.
const canLock = true

// inUse reports whether some process (this one included) has the index in
// dir open or is still building it: bbolt holds an exclusive flock on its
// root.bolt while open, and a builder holds one on the folder's LOCK file
// from the moment it creates the folder until its engine is open.
func inUse(dir string) bool {
	return flocked(filepath.Join(dir, bleveDir, "store", "root.bolt")) || flocked(filepath.Join(dir, lockFile))
}

// flocked reports whether another open file holds an exclusive flock on
// path.
func flocked(path string) bool {
	f, err := os.Open(path)
	if err != nil {
		return false
	}
	defer f.Close()
	err = syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB)
	if errors.Is(err, syscall.EWOULDBLOCK) {
		return true
	}
	if err == nil {
		_ = syscall.Flock(int(f.Fd()), syscall.LOCK_UN)
	}
	return false
}

// lockDir creates dir's LOCK file and holds an exclusive flock on it until
// unlock is called (or the process dies), marking the folder as in use.
func lockDir(dir string) (unlock func(), err error) {
	f, err := os.OpenFile(filepath.Join(dir, lockFile), os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return nil, fmt.Errorf("index: lock %q: %w", dir, err)
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		_ = f.Close()
		return nil, fmt.Errorf("index: lock %q: %w", dir, err)
	}
	return func() { _ = f.Close() }, nil
}

// inode is the inode number of the file info describes.
func inode(info fs.FileInfo) (uint64, bool) {
	st, ok := info.Sys().(*syscall.Stat_t)
	if !ok {
		return 0, false
	}
	return uint64(st.Ino), true
}
