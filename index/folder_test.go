package index

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/talksbot/talksbot/internal/gencorpus"
)

// TestOpenFolderFreshness: an index opened from a folder is reused while
// its files keep their size and time (only stat'ed), and when a file is
// only touched (read again, the same content); a changed file is read,
// and its new text answers.
func TestOpenFolderFreshness(t *testing.T) {
	ctx := context.Background()
	src, data := t.TempDir(), t.TempDir()
	if err := gencorpus.WriteDir(src, 20, 1); err != nil {
		t.Fatal(err)
	}
	open := func() *Engine {
		t.Helper()
		e, err := Open(ctx, OpenOptions{DataDir: data, Folder: &Folder{Dir: src}})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { e.Close() })
		return e
	}
	first := open()
	if first.Stats().Documents != 20 {
		t.Fatalf("stats %+v", first.Stats())
	}
	if got := open(); got.Dir() != first.Dir() {
		t.Errorf("an unchanged folder rebuilt the index: %s, then %s", first.Dir(), got.Dir())
	}
	art := filepath.Join(src, mustGlob(t, src, "a00003-*.txt"))
	later := time.Now().Add(time.Hour)
	if err := os.Chtimes(art, later, later); err != nil {
		t.Fatal(err)
	}
	if got := open(); got.Dir() != first.Dir() {
		t.Errorf("a touched file rebuilt the index")
	}
	b, _ := os.ReadFile(art)
	text := strings.Replace(string(b), "\n\n", "\n\nThe zeppelin negotiators met in Reykjavik on Tuesday.\n\n", 2)
	if err := os.WriteFile(art, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	changed := open()
	if changed.Dir() == first.Dir() {
		t.Fatal("a changed file was not noticed")
	}
	a, err := changed.Ask(ctx, "zeppelin negotiators Reykjavik", AskOptions{})
	if err != nil || len(a.Passages) == 0 || !strings.Contains(a.Passages[0].Text, "zeppelin") {
		t.Errorf("the changed article's new text does not answer: %+v %v", a, err)
	}
}

func mustGlob(t *testing.T, dir, pattern string) string {
	t.Helper()
	m, _ := filepath.Glob(filepath.Join(dir, pattern))
	if len(m) != 1 {
		t.Fatalf("glob %s: %v", pattern, m)
	}
	return filepath.Base(m[0])
}
