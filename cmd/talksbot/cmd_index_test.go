package main

import (
	"bytes"
	"context"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/talksbot/talksbot/config"
	"github.com/talksbot/talksbot/corpus"
	"github.com/talksbot/talksbot/index"
	"github.com/talksbot/talksbot/internal/gencorpus"
)

func TestIndexCommand(t *testing.T) {
	corpusDir, dataDir := t.TempDir(), t.TempDir()
	if err := gencorpus.WriteDir(corpusDir, 12, 5); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(corpusDir, "scan.txt"), []byte("\x00\x01\x02PK binary"), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name     string
		args     []string
		code     int
		stdout   []string
		stderr   []string
		noStdout []string
	}{
		{"first build", []string{"index", "--corpus", corpusDir, "--data-dir", dataDir},
			0, []string{"Indexed 12 documents", "passages", "quotes", "speakers", "Skipped 1 file:", "scan.txt: "}, nil, []string{"unchanged"}},
		{"unchanged", []string{"index", "-q", "--corpus", corpusDir, "--data-dir", dataDir},
			0, []string{"Corpus unchanged; index kept: 12 documents"}, nil, nil},
		{"missing corpus", []string{"index", "-q", "--corpus", filepath.Join(corpusDir, "nope"), "--data-dir", dataDir},
			1, nil, []string{"talksbot index: the corpus folder", "nope", "does not exist"}, []string{"Indexed"}},
		{"no arguments taken", []string{"index", "extra"}, 1, nil, []string{"talksbot index: takes no arguments"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			code := run(context.Background(), tt.args, &stdout, &stderr)
			if code != tt.code {
				t.Fatalf("exit %d, want %d\nstdout: %s\nstderr: %s", code, tt.code, stdout.String(), stderr.String())
			}
			for _, w := range tt.stdout {
				if !strings.Contains(stdout.String(), w) {
					t.Errorf("stdout lacks %q:\n%s", w, stdout.String())
				}
			}
			for _, w := range tt.stderr {
				if !strings.Contains(stderr.String(), w) {
					t.Errorf("stderr lacks %q:\n%s", w, stderr.String())
				}
			}
			for _, w := range tt.noStdout {
				if strings.Contains(stdout.String(), w) {
					t.Errorf("stdout has %q:\n%s", w, stdout.String())
				}
			}
		})
	}
	// The index is the one the next start uses.
	b, err := os.ReadFile(filepath.Join(dataDir, "CURRENT"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(dataDir, strings.TrimSpace(string(b)), "COMPLETE")); err != nil {
		t.Errorf("CURRENT does not name a complete index: %v", err)
	}
}

// TestWatchReindexesLive wires the watcher to a live index as serve
// --watch does: a file copied into the corpus folder answers questions
// shortly after, and a removed one stops answering.
func TestWatchReindexesLive(t *testing.T) {
	corpusDir, dataDir := t.TempDir(), t.TempDir()
	if err := gencorpus.WriteDir(corpusDir, 5, 5); err != nil {
		t.Fatal(err)
	}
	a := &app{cfg: &config.Config{}, log: slog.New(slog.DiscardHandler)}
	a.cfg.Corpus.Dir, a.cfg.Data.Dir = corpusDir, dataDir
	c, err := corpus.Load(corpusDir)
	if err != nil {
		t.Fatal(err)
	}
	eng, err := index.Open(context.Background(), index.OpenOptions{DataDir: dataDir, Corpus: c})
	if err != nil {
		t.Fatal(err)
	}
	live := index.NewLive(eng, index.LiveOptions{Open: diskOpener(a, dataDir)})
	defer live.Close()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() {
		done <- watchCorpus(ctx, corpusDir, 200*time.Millisecond, func(ctx context.Context) error {
			_, err := live.Reindex(ctx, "corpus watcher", corpusLoader(a), nil)
			return err
		}, a.log)
	}()
	defer func() {
		cancel()
		if err := <-done; err != nil {
			t.Error(err)
		}
	}()
	time.Sleep(100 * time.Millisecond)

	answers := func() bool {
		ans, err := live.Ask(context.Background(), "lighthouse accord grain ports", index.AskOptions{})
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range ans.Passages {
			if p.Source.Doc == "lighthouse.txt" {
				return true
			}
		}
		return false
	}
	waitFor := func(want bool) {
		t.Helper()
		deadline := time.Now().Add(30 * time.Second)
		for answers() != want {
			if time.Now().After(deadline) {
				t.Fatalf("the lighthouse article answers = %v, want %v", !want, want)
			}
			time.Sleep(50 * time.Millisecond)
		}
	}
	if answers() {
		t.Fatal("answers before the file exists")
	}
	article := "Lighthouse accord keeps grain ports open\n\nBy Test Writer\n\n" +
		"Negotiators agreed a lighthouse accord on Tuesday that keeps Black Sea grain ports open during the ceasefire.\n\n" +
		"Inspectors will visit each port every week under the lighthouse accord, officials said.\n"
	if err := os.WriteFile(filepath.Join(corpusDir, "lighthouse.txt"), []byte(article), 0o644); err != nil {
		t.Fatal(err)
	}
	waitFor(true)
	if err := os.Remove(filepath.Join(corpusDir, "lighthouse.txt")); err != nil {
		t.Fatal(err)
	}
	waitFor(false)
}
