package index_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/talksbot/talksbot/index"
)

// liveOnDisk serves the embedded corpus from an on-disk index in dataDir.
func liveOnDisk(t *testing.T, dataDir string) *index.Live {
	t.Helper()
	eng, err := index.Open(context.Background(), index.OpenOptions{DataDir: dataDir, Corpus: embedded(t)})
	if err != nil {
		t.Fatal(err)
	}
	l := index.NewLive(eng, index.LiveOptions{Open: diskOpen(dataDir)})
	t.Cleanup(func() { _ = l.Close() })
	return l
}

// waitForNewDir waits until l serves from a folder other than old.
func waitForNewDir(t *testing.T, l *index.Live, old string) string {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	for {
		if d := l.Dir(); d != old && d != "" {
			return d
		}
		select {
		case <-ctx.Done():
			t.Fatalf("no rebuild: still serving %s", old)
		case <-time.After(10 * time.Millisecond):
		}
	}
}

func TestReindexRebuildsAMissingIndex(t *testing.T) {
	for _, gone := range []string{"the index folder", "the data folder"} {
		t.Run(gone, func(t *testing.T) {
			dataDir := filepath.Join(t.TempDir(), "data")
			l := liveOnDisk(t, dataDir)
			old := l.Dir()
			victim := old
			if gone == "the data folder" {
				victim = dataDir
			}
			if err := os.RemoveAll(victim); err != nil {
				t.Fatal(err)
			}
			// Still answering, from what is mapped in memory.
			if n := peskovQuotes(t, l); n == 0 {
				t.Error("no answer from the deleted index")
			}
			sum, err := l.Reindex(context.Background(), "tester", loadOf(embedded(t)), nil)
			if err != nil {
				t.Fatal(err)
			}
			if sum.Unchanged {
				t.Error("the corpus is unchanged, but there is no index on disk: want a rebuild")
			}
			now := l.Dir()
			if now == old {
				t.Fatalf("still serving %s", old)
			}
			if _, err := os.Stat(filepath.Join(now, "COMPLETE")); err != nil {
				t.Errorf("the rebuilt index is not complete: %v", err)
			}
			if err := l.Check(); err != nil {
				t.Errorf("Check after the rebuild: %v", err)
			}
			if n := peskovQuotes(t, l); n == 0 {
				t.Error("no answer after the rebuild")
			}
		})
	}
}

// TestCheckRebuildsAMissingIndex: the watcher's periodic Check notices a
// deleted index without a corpus change, and the index is rebuilt.
func TestCheckRebuildsAMissingIndex(t *testing.T) {
	dataDir := t.TempDir()
	l := liveOnDisk(t, dataDir)
	old := l.Dir()
	if err := l.Check(); err != nil {
		t.Fatalf("Check of a sound index: %v", err)
	}
	if err := os.RemoveAll(old); err != nil {
		t.Fatal(err)
	}
	if err := l.Check(); !errors.Is(err, index.ErrDamaged) {
		t.Fatalf("Check = %v, want ErrDamaged", err)
	}
	now := waitForNewDir(t, l, old)
	if _, err := os.Stat(filepath.Join(now, "COMPLETE")); err != nil {
		t.Errorf("the rebuilt index is not complete: %v", err)
	}
	if n := peskovQuotes(t, l); n == 0 {
		t.Error("no answer after the rebuild")
	}
}

func TestTruncatedSegmentUnderALiveIndex(t *testing.T) {
	dataDir := t.TempDir()
	l := liveOnDisk(t, dataDir)
	old := l.Dir()
	// Truncated under the running engine, which has it memory-mapped:
	// reading it now raises SIGBUS.
	for _, z := range segments(t, old) {
		if err := os.Truncate(z, 0); err != nil {
			t.Fatal(err)
		}
	}
	_, err := l.Ask(context.Background(), "security guarantees", index.AskOptions{})
	if !errors.Is(err, index.ErrDamaged) {
		t.Fatalf("Ask = %v, want ErrDamaged", err)
	}
	now := waitForNewDir(t, l, old)
	if now == old {
		t.Fatal("not rebuilt")
	}
	a, err := l.Ask(context.Background(), "security guarantees", index.AskOptions{})
	if err != nil || len(a.Passages) == 0 {
		t.Fatalf("after the rebuild: %v", err)
	}
	if _, err := os.Stat(filepath.Join(old, "COMPLETE")); err == nil {
		t.Error("the damaged folder is still marked complete")
	}
}
