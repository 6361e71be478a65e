package main

import (
	"context"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"sync/atomic"
	"testing"
	"time"

	"github.com/talksbot/talksbot/corpus"
	"github.com/talksbot/talksbot/index"
)

// startWatch runs watchCorpus on dir with reindex counting calls and
// signalling each on the returned channel.
func startWatch(t *testing.T, dir string, debounce time.Duration, result func(n int32) error) (<-chan int32, *atomic.Int32) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	calls := make(chan int32, 100)
	var n atomic.Int32
	done := make(chan error, 1)
	go func() {
		done <- watchCorpus(ctx, dir, debounce, func(context.Context) error {
			c := n.Add(1)
			calls <- c
			return result(c)
		}, slog.New(slog.DiscardHandler))
	}()
	t.Cleanup(func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("watchCorpus: %v", err)
		}
	})
	// Let the watcher register before the test changes anything.
	time.Sleep(100 * time.Millisecond)
	return calls, &n
}

func watchWrite(t *testing.T, p, s string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(s), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestWatchCorpusDebouncesABurstIntoOneReindex(t *testing.T) {
	dir := t.TempDir()
	calls, n := startWatch(t, dir, 300*time.Millisecond, func(int32) error { return nil })
	for i := range 20 {
		watchWrite(t, filepath.Join(dir, fmt.Sprintf("a%02d.txt", i)), "text")
	}
	select {
	case <-calls:
	case <-time.After(10 * time.Second):
		t.Fatal("no reindex after the corpus changed")
	}
	time.Sleep(time.Second)
	if got := n.Load(); got > 2 {
		t.Fatalf("a burst of 20 writes caused %d reindexes", got)
	}

	// A new subfolder is watched as well.
	if err := os.Mkdir(filepath.Join(dir, "2026"), 0o755); err != nil {
		t.Fatal(err)
	}
	time.Sleep(600 * time.Millisecond)
	before := n.Load()
	watchWrite(t, filepath.Join(dir, "2026", "new.txt"), "text")
	deadline := time.After(10 * time.Second)
	for n.Load() == before {
		select {
		case <-calls:
		case <-deadline:
			t.Fatal("a file in a new subfolder caused no reindex")
		}
	}
}

func TestWatchCorpusIgnoresHiddenEntries(t *testing.T) {
	dir := t.TempDir()
	if err := os.Mkdir(filepath.Join(dir, ".trash"), 0o755); err != nil {
		t.Fatal(err)
	}
	_, n := startWatch(t, dir, 100*time.Millisecond, func(int32) error { return nil })
	watchWrite(t, filepath.Join(dir, ".trash", "x", "old.txt"), "text")
	watchWrite(t, filepath.Join(dir, ".tmp-upload-1234"), "text")
	time.Sleep(time.Second)
	if got := n.Load(); got != 0 {
		t.Fatalf("hidden changes caused %d reindexes", got)
	}
}

func TestWatchCorpusRetriesWhenAReindexIsRunning(t *testing.T) {
	dir := t.TempDir()
	calls, _ := startWatch(t, dir, 100*time.Millisecond, func(n int32) error {
		if n == 1 {
			return &index.ReindexRunningError{Status: index.ReindexStatus{Initiator: "moderator"}}
		}
		return nil
	})
	watchWrite(t, filepath.Join(dir, "a.txt"), "text")
	for want := int32(1); want <= 2; want++ {
		select {
		case got := <-calls:
			if got != want {
				t.Fatalf("call %d, want %d", got, want)
			}
		case <-time.After(10 * time.Second):
			t.Fatalf("reindex call %d never came", want)
		}
	}
}

func TestWatchIndexRebuildsADeletedIndex(t *testing.T) {
	dataDir := t.TempDir()
	c, err := corpus.LoadFS(corpus.Default(), corpus.Options{})
	if err != nil {
		t.Fatal(err)
	}
	eng, err := index.Open(context.Background(), index.OpenOptions{DataDir: dataDir, Corpus: c})
	if err != nil {
		t.Fatal(err)
	}
	live := index.NewLive(eng, index.LiveOptions{Open: func(ctx context.Context, c *corpus.Corpus, p func(index.Progress)) (*index.Engine, error) {
		return index.Open(ctx, index.OpenOptions{DataDir: dataDir, Corpus: c, Progress: p})
	}})
	defer live.Close()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { watchIndex(ctx, 10*time.Millisecond, live.Check, slog.New(slog.DiscardHandler)); close(done) }()
	defer func() { cancel(); <-done }()

	old := live.Dir()
	if err := os.RemoveAll(old); err != nil {
		t.Fatal(err)
	}
	deadline := time.After(30 * time.Second)
	for live.Dir() == old {
		select {
		case <-deadline:
			t.Fatal("the deleted index was not rebuilt")
		case <-time.After(10 * time.Millisecond):
		}
	}
	if _, err := os.Stat(filepath.Join(live.Dir(), "COMPLETE")); err != nil {
		t.Errorf("the rebuilt index: %v", err)
	}
}
