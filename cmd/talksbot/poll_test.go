package main

import (
	"context"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"testing"
	"time"
)

func TestListingSeesArticlesNotHiddenFiles(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) {
		t.Helper()
		if err := os.MkdirAll(filepath.Dir(filepath.Join(dir, name)), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	look := func() uint64 {
		t.Helper()
		h, err := listing(dir)
		if err != nil {
			t.Fatal(err)
		}
		return h
	}
	write("a.txt", "one")
	base := look()
	if look() != base {
		t.Fatal("the same folder lists differently")
	}
	write(".pending/abc.json", "{}")
	write(".trash/1-a/a.txt", "old")
	write(".upload-tmp", "x")
	if look() != base {
		t.Error("hidden files changed the listing")
	}
	write("sub/b.md", "two")
	withB := look()
	if withB == base {
		t.Error("a new article in a subfolder went unseen")
	}
	write("a.txt", "one more")
	if look() == withB {
		t.Error("a changed article went unseen")
	}
}

func TestPollCorpusReindexesAfterAChange(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "a.txt"), []byte("one"), 0o644); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	calls := make(chan struct{}, 10)
	done := make(chan struct{})
	go func() {
		defer close(done)
		pollCorpus(ctx, dir, 5*time.Millisecond, func(context.Context) error {
			calls <- struct{}{}
			return nil
		}, slog.New(slog.DiscardHandler))
	}()
	// The poller takes its first look when it starts; articles keep
	// arriving until it has seen one after that.
	for i := 0; ; i++ {
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("new-%d.txt", i)), []byte("two"), 0o644); err != nil {
			t.Fatal(err)
		}
		select {
		case <-calls:
		case <-ctx.Done():
			t.Fatal("no reindex after new articles")
		case <-time.After(20 * time.Millisecond):
			continue
		}
		break
	}
	cancel()
	<-done
}
