//go:build unix

package index

import (
	"errors"
	"os"
	"path/filepath"
	"syscall"
)

// inUse reports whether some process (this one included) has the index in
// dir open: bbolt holds an exclusive flock on its root.bolt while open.
func inUse(dir string) bool {
	f, err := os.Open(filepath.Join(dir, bleveDir, "store", "root.bolt"))
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
