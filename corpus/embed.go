package corpus

import (
	"embed"
	"io/fs"
)

//go:embed embedded
var embedded embed.FS

// Default returns the embedded default corpus: the two articles the project
// was created from, with their sidecars.
func Default() fs.FS {
	sub, err := fs.Sub(embedded, "embedded")
	if err != nil {
		panic(err) // the path is a constant checked by tests
	}
	return sub
}
