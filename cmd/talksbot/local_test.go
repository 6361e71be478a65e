package main

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/talksbot/talksbot/corpus"
	"github.com/talksbot/talksbot/index"
	"github.com/talksbot/talksbot/internal/localask"
)

// Beside a running serve over the same corpus folder and data directory,
// `talksbot ask` is answered by it, and prints exactly what reading the
// folder itself prints (text, --json, --limit, an empty question's
// error); with --no-serve, or once the serve is gone, ask reads the
// folder. Only this user may use the socket, and a second serve leaves
// the first one's alone.
func TestAskBesideServe(t *testing.T) {
	folder := t.TempDir()
	for name, text := range map[string]string{
		"grain.txt": "Grain ships leave Odesa\n\nPublished 3 March 2026\n\nShips left Odesa under the grain deal on Monday, the port authority said.\n\n\"The corridor works because insurers believe it works,\" said Emre Kaya, a shipping analyst in Istanbul.\n",
		"talks.txt": "Talks resume in Geneva\n\nPublished 4 March 2026\n\nNegotiators met in Geneva on Tuesday to discuss a ceasefire line and prisoner exchanges.\n",
	} {
		if err := os.WriteFile(filepath.Join(folder, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	data := t.TempDir()
	path, ok := localask.Socket(data, folder)
	if !ok {
		t.Fatalf("no socket path for %s in %s", folder, data)
	}
	c, err := corpus.Load(folder)
	if err != nil {
		t.Fatal(err)
	}
	e, err := index.Build(context.Background(), index.BuildOptions{Corpus: c})
	if err != nil {
		t.Fatal(err)
	}
	defer e.Close()
	var asked atomic.Int32
	served := localAnswerer(e.Ask)
	answer := func(ctx context.Context, q localask.Question) (string, string, error) {
		asked.Add(1)
		return served(ctx, q)
	}
	ctx, cancel := context.WithCancel(context.Background())
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	done := make(chan error, 1)
	go func() { done <- localask.Serve(ctx, path, answer, log) }()
	ready, stop := context.WithTimeout(context.Background(), 30*time.Second)
	defer stop()
	if err := localask.Wait(ready, path); err != nil {
		t.Fatalf("the serve never listened: %v", err)
	}
	if st, err := os.Stat(path); err != nil || st.Mode().Perm() != 0o600 {
		t.Errorf("socket mode %v (%v), want 0600", st.Mode().Perm(), err)
	}

	base := []string{"ask", "--data-dir", data, "--corpus", folder}
	for _, args := range [][]string{
		{"what did emre kaya say"},
		{"--json", "grain ships odesa"},
		{"--limit", "1", "ceasefire line"},
		{"--after", "Emre Kaya", "and what did he say about the grain"},
	} {
		before := asked.Load()
		code, got, errs := talksbot(t, append(append([]string{}, base...), args...)...)
		if code != 0 || asked.Load() != before+1 {
			t.Fatalf("%v: exit %d, asked the serve %d times: %s", args, code, asked.Load()-before, errs)
		}
		code, want, errs := talksbot(t, append(append([]string{}, base...), append([]string{"--no-serve"}, args...)...)...)
		if code != 0 || asked.Load() != before+1 {
			t.Fatalf("%v --no-serve: exit %d, asked the serve: %s", args, code, errs)
		}
		if got != want {
			t.Errorf("%v: the serve's answer\n%s\ndiffers from the folder's\n%s", args, got, want)
		}
	}
	code, _, errs := talksbot(t, append(base, "?!")...)
	code2, _, errs2 := talksbot(t, append(base, "--no-serve", "?!")...)
	if code == 0 || code != code2 || errs != errs2 {
		t.Errorf("an empty question: exit %d %q over the socket, %d %q from the folder", code, errs, code2, errs2)
	}

	if err := localask.Serve(context.Background(), path, answer, log); !errors.Is(err, localask.ErrTaken) {
		t.Errorf("a second serve: %v, want localask.ErrTaken", err)
	}
	cancel()
	if err := <-done; err != nil {
		t.Errorf("serve stopped with %v", err)
	}
	if _, err := os.Stat(path); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("the socket outlived its serve: %v", err)
	}
	before := asked.Load()
	if code, out, errs := talksbot(t, append(base, "grain ships odesa")...); code != 0 || asked.Load() != before || !strings.Contains(out, "Odesa") {
		t.Errorf("without a serve: exit %d, asked %d, %q %s", code, asked.Load()-before, out, errs)
	}
}
