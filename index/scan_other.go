//go:build !(linux || darwin || freebsd)

package index

import "os"

// scanDir is scan over the folder where descriptors cannot be stat'ed
// relative to.
func scanDir(root string) ([]fileStat, bool, error) { return scan(os.DirFS(root)) }
