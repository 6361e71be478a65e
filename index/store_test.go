package index

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/blevesearch/bleve/v2"

	"github.com/talksbot/talksbot/corpus"
)

// embedded returns a private copy of the embedded corpus, read once per
// test binary (reading it is the slow part of these tests under -race).
func embedded(t testing.TB) *corpus.Corpus {
	t.Helper()
	embeddedOnce.Do(func() { embeddedCorpus, embeddedErr = corpus.LoadFS(corpus.Default(), corpus.Options{}) })
	if embeddedErr != nil {
		t.Fatal(embeddedErr)
	}
	return cloneCorpus(embeddedCorpus)
}

var (
	embeddedOnce   sync.Once
	embeddedCorpus *corpus.Corpus
	embeddedErr    error
)

func cloneCorpus(c *corpus.Corpus) *corpus.Corpus {
	out := &corpus.Corpus{Skipped: append([]corpus.SkippedFile(nil), c.Skipped...)}
	for _, d := range c.Documents {
		dd := *d
		dd.Passages = append([]corpus.Passage(nil), d.Passages...)
		dd.Quotes = append([]corpus.Quote(nil), d.Quotes...)
		out.Documents = append(out.Documents, &dd)
	}
	for _, p := range c.People {
		p.Aliases = append([]string(nil), p.Aliases...)
		out.People = append(out.People, p)
	}
	return out
}

// answersOf asks a few questions of every kind and returns the answers as
// JSON, to compare engines.
func answersOf(t *testing.T, e *Engine) string {
	t.Helper()
	var out []*Answer
	var rel []float64
	for _, q := range []string{"what did Peskov say", "what did Merz say", "security garantees", "who won the world cup", "What is the capital of Germany?"} {
		a, err := e.Ask(context.Background(), q, AskOptions{})
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, a)
		rel = append(rel, a.relevance)
	}
	b, _ := json.Marshal(out)
	return fmt.Sprint(string(b), rel)
}

func readCurrent(t *testing.T, dir string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(dir, currentFile))
	if err != nil {
		t.Fatal(err)
	}
	return strings.TrimSpace(string(b))
}

func TestOpenBuildsThenReuses(t *testing.T) {
	ctx := context.Background()
	c := embedded(t)
	mem, err := Build(ctx, BuildOptions{Corpus: c})
	if err != nil {
		t.Fatal(err)
	}
	want := answersOf(t, mem)
	mem.Close()

	dir := t.TempDir()
	var phases []string
	progress := func(p Progress) { phases = append(phases, p.Phase) }
	e, err := Open(ctx, OpenOptions{DataDir: dir, Corpus: c, Progress: progress})
	if err != nil {
		t.Fatal(err)
	}
	if got := answersOf(t, e); got != want {
		t.Errorf("fresh on-disk index answers differently from the in-memory one:\n got %s\nwant %s", got, want)
	}
	first := readCurrent(t, dir)
	fp := Fingerprint(c)
	if !strings.HasPrefix(first, "index-"+fp[:16]+"-") {
		t.Errorf("CURRENT = %q, want index-%s-<time>", first, fp[:16])
	}
	if mark, err := os.ReadFile(filepath.Join(dir, first, completeFile)); err != nil || strings.TrimSpace(string(mark)) != fp {
		t.Errorf("COMPLETE = %q, %v; want the fingerprint", mark, err)
	}
	if !contains(strings.Join(phases, " "), "indexing") {
		t.Errorf("first open did not build: phases %v", phases)
	}
	if err := e.Close(); err != nil {
		t.Fatal(err)
	}

	phases = nil
	e, err = Open(ctx, OpenOptions{DataDir: dir, Corpus: c, Progress: progress})
	if err != nil {
		t.Fatal(err)
	}
	if contains(strings.Join(phases, " "), "indexing") {
		t.Errorf("second open rebuilt an unchanged corpus: phases %v", phases)
	}
	if readCurrent(t, dir) != first {
		t.Errorf("CURRENT moved from %s to %s", first, readCurrent(t, dir))
	}
	if got := answersOf(t, e); got != want {
		t.Errorf("reopened index answers differently:\n got %s\nwant %s", got, want)
	}

	// The build merged its segments into one (see compact), and the
	// served index is read-only, so nothing merges later: the merged
	// segment must answer as the in-memory index does (a merged field
	// dictionary's counts were once wrong, which skewed every weight).
	zaps, _ := filepath.Glob(filepath.Join(dir, first, bleveDir, "store", "*.zap"))
	if len(zaps) != 1 {
		t.Errorf("%d segments on disk, want 1 after compaction", len(zaps))
	}
	e.Close()
	e, err = Open(ctx, OpenOptions{DataDir: dir, Corpus: c})
	if err != nil {
		t.Fatal(err)
	}
	defer e.Close()
	if got := answersOf(t, e); got != want {
		t.Errorf("index reopened again answers differently:\n got %s\nwant %s", got, want)
	}
	after, _ := filepath.Glob(filepath.Join(dir, first, bleveDir, "store", "*"))
	if len(after) != 2 {
		t.Errorf("serving changed the index folder: %v", after)
	}
}

func TestOpenRebuilds(t *testing.T) {
	ctx := context.Background()
	tests := []struct {
		name  string
		spoil func(t *testing.T, dir, current string)
	}{
		{"corpus changed", nil},
		{"not marked complete", func(t *testing.T, dir, current string) {
			os.Remove(filepath.Join(dir, current, completeFile))
		}},
		{"marked for another corpus", func(t *testing.T, dir, current string) {
			os.WriteFile(filepath.Join(dir, current, completeFile), []byte(strings.Repeat("0", 64)), 0o644)
		}},
		{"CURRENT names a missing folder", func(t *testing.T, dir, current string) {
			os.RemoveAll(filepath.Join(dir, current))
		}},
		{"index lost documents", func(t *testing.T, dir, current string) {
			idx, err := bleve.Open(filepath.Join(dir, current, bleveDir))
			if err != nil {
				t.Fatal(err)
			}
			if err := idx.Delete(passageKey(embedded(t).Documents[0].ID, embedded(t).Documents[0].Passages[0].Paragraph, 0)); err != nil {
				t.Fatal(err)
			}
			idx.Close()
		}},
		{"CURRENT is garbage", func(t *testing.T, dir, current string) {
			os.WriteFile(filepath.Join(dir, currentFile), []byte("../../etc\n"), 0o644)
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			c := embedded(t)
			e, err := Open(ctx, OpenOptions{DataDir: dir, Corpus: c})
			if err != nil {
				t.Fatal(err)
			}
			e.Close()
			old := readCurrent(t, dir)
			// A crashed build leaves a tmp- folder behind, with the LOCK
			// its builder no longer holds.
			os.MkdirAll(filepath.Join(dir, "tmp-deadbeef", "bleve"), 0o755)
			os.WriteFile(filepath.Join(dir, "tmp-deadbeef", lockFile), nil, 0o644)
			if tt.spoil != nil {
				tt.spoil(t, dir, old)
			} else {
				c = embedded(t)
				c.Documents[0].Passages[0].Text += " A sentence added by a moderator."
			}
			var built bool
			e, err = Open(ctx, OpenOptions{DataDir: dir, Corpus: c, Progress: func(p Progress) { built = built || p.Phase == "indexing" }})
			if err != nil {
				t.Fatal(err)
			}
			defer e.Close()
			if !built {
				t.Error("the index was reused, want a rebuild")
			}
			cur := readCurrent(t, dir)
			if cur == old {
				t.Errorf("CURRENT still names %s", old)
			}
			entries, _ := os.ReadDir(dir)
			for _, ent := range entries {
				if ent.IsDir() && ent.Name() != cur {
					t.Errorf("left behind %s", ent.Name())
				}
			}
			a, err := e.Ask(ctx, "what did Peskov say", AskOptions{})
			if err != nil || len(a.Quotes) != 2 {
				t.Errorf("rebuilt index: %d quotes, %v", len(a.Quotes), err)
			}
		})
	}
}

// TestOpenShared: an index is served read-only, so two processes (two
// engines here) can serve it at once; one that is open for writing (a
// build that is not ours, or an old version) is waited for, then refused.
func TestOpenShared(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	c := embedded(t)
	e, err := Open(ctx, OpenOptions{DataDir: dir, Corpus: c})
	if err != nil {
		t.Fatal(err)
	}
	second, err := Open(ctx, OpenOptions{DataDir: dir, Corpus: c})
	if err != nil {
		t.Fatalf("a second engine on a served index: %v", err)
	}
	if answersOf(t, second) != answersOf(t, e) || second.Dir() != e.Dir() {
		t.Error("the second engine answers differently, or from another folder")
	}
	second.Close()
	path := filepath.Join(e.Dir(), bleveDir)
	e.Close()

	w, err := bleve.Open(path) // read-write: holds bbolt's exclusive lock
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	if _, err := Open(ctx, OpenOptions{DataDir: dir, Corpus: c}); !errors.Is(err, ErrLocked) {
		t.Fatalf("open while another writer holds the index: %v, want ErrLocked", err)
	}
}

func TestFingerprint(t *testing.T) {
	base := Fingerprint(embedded(t))
	if base != Fingerprint(embedded(t)) {
		t.Fatal("the same corpus gave two fingerprints")
	}
	tests := []struct {
		name   string
		change func(c *corpus.Corpus)
	}{
		{"passage text", func(c *corpus.Corpus) { c.Documents[1].Passages[3].Text += "." }},
		{"metadata", func(c *corpus.Corpus) { c.Documents[0].Outlet = "Someone" }},
		{"quote speaker", func(c *corpus.Corpus) { c.Documents[1].Quotes[0].Speaker = "Someone" }},
		{"a document less", func(c *corpus.Corpus) { c.Documents = c.Documents[:1] }},
		{"people", func(c *corpus.Corpus) { c.People[0].Aliases = append(c.People[0].Aliases, "x") }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := embedded(t)
			tt.change(c)
			if Fingerprint(c) == base {
				t.Error("fingerprint did not change")
			}
		})
	}
}

// A rebuild beside an index still being served (a live reindex, or another
// process on the same data directory) must not delete it from under it.
func TestOpenKeepsIndexInUse(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	old, err := Open(ctx, OpenOptions{DataDir: dir, Corpus: embedded(t)})
	if err != nil {
		t.Fatal(err)
	}
	oldDir := old.Dir()
	changed := embedded(t)
	changed.Documents = changed.Documents[1:]
	fresh, err := Open(ctx, OpenOptions{DataDir: dir, Corpus: changed})
	if err != nil {
		t.Fatal(err)
	}
	defer fresh.Close()
	if _, err := os.Stat(oldDir); err != nil {
		t.Fatalf("the served index was removed: %v", err)
	}
	a, err := old.Ask(ctx, "what did Trump say", AskOptions{})
	if err != nil || len(a.Quotes) != 1 {
		t.Errorf("the old engine stopped answering: %d quotes, %v", len(a.Quotes), err)
	}
	old.Close()
	fresh.Close()
	again, err := Open(ctx, OpenOptions{DataDir: dir, Corpus: changed})
	if err != nil {
		t.Fatal(err)
	}
	defer again.Close()
	if _, err := os.Stat(oldDir); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("the superseded index outlived its last user: %v", err)
	}
}

// A build in progress — here another process's tmp- folder, its LOCK held —
// must survive a cleanup run by an `ask` or `index` started meanwhile;
// leftovers of crashed builds (unlocked) must not.
func TestCleanupSparesBuildsInProgress(t *testing.T) {
	dir := t.TempDir()
	mk := func(name string, lock bool, age time.Duration) (unlock func()) {
		t.Helper()
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Join(p, bleveDir), 0o755); err != nil {
			t.Fatal(err)
		}
		unlock = func() {}
		if lock {
			u, err := lockDir(p)
			if err != nil {
				t.Fatal(err)
			}
			unlock = u
		}
		old := time.Now().Add(-age)
		if err := os.Chtimes(p, old, old); err != nil {
			t.Fatal(err)
		}
		return unlock
	}
	building := mk("tmp-building", true, time.Hour)
	defer building()
	crashedLocked := mk("tmp-crashed", true, time.Hour)
	crashedLocked() // the builder died: the kernel dropped its lock
	mk("tmp-old", false, time.Hour)
	mk("tmp-just-made", false, 0)
	renamed := mk("index-0000000000000000-1", true, time.Hour)
	defer renamed()

	cleanup(dir, "", slog.New(slog.DiscardHandler))
	for _, tt := range []struct {
		name string
		kept bool
	}{
		{"tmp-building", true},
		{"tmp-crashed", false},
		{"tmp-old", false},
		{"tmp-just-made", true},
		{"index-0000000000000000-1", true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, err := os.Stat(filepath.Join(dir, tt.name))
			if kept := err == nil; kept != tt.kept {
				t.Errorf("kept = %v, want %v (%v)", kept, tt.kept, err)
			}
		})
	}
	building()
	cleanup(dir, "", slog.New(slog.DiscardHandler))
	if _, err := os.Stat(filepath.Join(dir, "tmp-building")); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("a finished (unlocked) build folder outlived cleanup: %v", err)
	}
}

// A rebuild in another process must not fail because this one rebuilt
// meanwhile: Open's cleanup leaves the other build's folder alone.
func TestOpenSparesAnotherBuild(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	other := filepath.Join(dir, tmpPrefix+"other")
	if err := os.Mkdir(other, 0o755); err != nil {
		t.Fatal(err)
	}
	unlock, err := lockDir(other)
	if err != nil {
		t.Fatal(err)
	}
	defer unlock()
	e, err := Open(ctx, OpenOptions{DataDir: dir, Corpus: embedded(t)})
	if err != nil {
		t.Fatal(err)
	}
	defer e.Close()
	if _, err := os.Stat(other); err != nil {
		t.Errorf("another process's build in progress was removed: %v", err)
	}
}

// Processes setting CURRENT at the same moment must all succeed, and
// CURRENT must name one of them, whole.
func TestSetCurrentConcurrently(t *testing.T) {
	dir := t.TempDir()
	var wg sync.WaitGroup
	errs := make(chan error, 200)
	names := map[string]bool{}
	for g := range 8 {
		name := fmt.Sprintf("index-%016d-%d", g, g)
		names[name] = true
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 25 {
				if err := setCurrent(dir, name); err != nil {
					errs <- err
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Errorf("setCurrent: %v", err)
	}
	if got := readCurrent(t, dir); !names[got] {
		t.Errorf("CURRENT = %q, not one of the names written", got)
	}
	left, _ := filepath.Glob(filepath.Join(dir, currentFile+".*"))
	if len(left) > 0 {
		t.Errorf("temporary files left behind: %v", left)
	}
}
