package index_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/talksbot/talksbot/index"
)

// segments lists the segment files of the index served from dir.
func segments(t *testing.T, dir string) []string {
	t.Helper()
	zaps, err := filepath.Glob(filepath.Join(dir, "bleve", "store", "*.zap"))
	if err != nil || len(zaps) == 0 {
		t.Fatalf("no segments in %s: %v", dir, err)
	}
	return zaps
}

func TestOpenRefusesADamagedSegment(t *testing.T) {
	for _, damage := range []string{"truncated", "a byte changed"} {
		t.Run(damage, func(t *testing.T) {
			dataDir := t.TempDir()
			c := embedded(t)
			e, err := index.Open(context.Background(), index.OpenOptions{DataDir: dataDir, Corpus: c})
			if err != nil {
				t.Fatal(err)
			}
			dir := e.Dir()
			e.Close()
			z := segments(t, dir)[0]
			b, err := os.ReadFile(z)
			if err != nil {
				t.Fatal(err)
			}
			if damage == "truncated" {
				b = b[:len(b)/2]
			} else {
				b[len(b)/3] ^= 0x40
			}
			if err := os.WriteFile(z, b, 0o644); err != nil {
				t.Fatal(err)
			}
			var built bool
			e, err = index.Open(context.Background(), index.OpenOptions{DataDir: dataDir, Corpus: c,
				Progress: func(p index.Progress) { built = built || p.Phase == "indexing" }})
			if err != nil {
				t.Fatal(err)
			}
			defer e.Close()
			if !built || e.Dir() == dir {
				t.Errorf("the damaged index was reused (built %v, dir %s)", built, e.Dir())
			}
			if n := len(peskovAnswer(t, e).Quotes); n == 0 {
				t.Error("no answer from the rebuilt index")
			}
		})
	}
}

func peskovAnswer(t *testing.T, e *index.Engine) *index.Answer {
	t.Helper()
	a, err := e.Ask(context.Background(), "what did Peskov say", index.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	return a
}
