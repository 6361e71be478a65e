//go:build !(linux || darwin || freebsd)

package index

import "os"

// scanDir is scan over the folder where descriptors cannot be stat'ed
// relative to; it stamps no directory, so FOLDERS is never written.
func scanDir(root string) ([]fileStat, []dirStamp, bool, error) {
	files, whole, err := scan(os.DirFS(root))
	return files, nil, whole, err
}
