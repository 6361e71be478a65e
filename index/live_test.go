package index_test

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/talksbot/talksbot/corpus"
	"github.com/talksbot/talksbot/index"
	"github.com/talksbot/talksbot/internal/gencorpus"
)

// memOpen builds in-memory engines, counting builds.
func memOpen(builds *atomic.Int32) index.OpenFunc {
	return func(ctx context.Context, c *corpus.Corpus, progress func(index.Progress)) (*index.Engine, error) {
		if builds != nil {
			builds.Add(1)
		}
		return index.Build(ctx, index.BuildOptions{Corpus: c, Progress: progress})
	}
}

func loadOf(c *corpus.Corpus) index.LoadFunc {
	return func(ctx context.Context, onFile func(string, int, int)) (*corpus.Corpus, error) {
		for i, d := range c.Documents {
			onFile(d.ID, i+1, len(c.Documents))
		}
		return c, nil
	}
}

func embedded(t testing.TB) *corpus.Corpus {
	t.Helper()
	c, err := corpus.LoadFS(corpus.Default(), corpus.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func newLive(t testing.TB, c *corpus.Corpus, open index.OpenFunc) *index.Live {
	t.Helper()
	eng, err := index.Build(context.Background(), index.BuildOptions{Corpus: c})
	if err != nil {
		t.Fatal(err)
	}
	l := index.NewLive(eng, index.LiveOptions{Open: open})
	t.Cleanup(func() { _ = l.Close() })
	return l
}

// peskovQuotes is how many quotes the live index gives for Peskov.
func peskovQuotes(t testing.TB, l *index.Live) int {
	t.Helper()
	a, err := l.Ask(context.Background(), "what did Peskov say", index.AskOptions{})
	if err != nil {
		t.Fatalf("ask: %v", err)
	}
	return len(a.Quotes)
}

func TestLiveReindexSwapsToTheNewCorpus(t *testing.T) {
	old := embedded(t)
	l := newLive(t, old, memOpen(nil))
	if n := peskovQuotes(t, l); n == 0 {
		t.Fatal("the embedded corpus should quote Peskov")
	}
	gen := gencorpus.Generate(30, 7)
	var phases []string
	lastPercent := -1
	sum, err := l.Reindex(context.Background(), "tester", loadOf(gen), func(s index.ReindexStatus) {
		if len(phases) == 0 || phases[len(phases)-1] != s.Phase {
			phases = append(phases, s.Phase)
		}
		if p := s.Percent(); p < lastPercent {
			t.Errorf("percent went back from %d to %d", lastPercent, p)
		} else {
			lastPercent = p
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := fmt.Sprint(phases), "[reading indexing swapping done]"; got != want {
		t.Errorf("phases = %s, want %s", got, want)
	}
	if lastPercent != 100 {
		t.Errorf("last percent %d, want 100", lastPercent)
	}
	passages := 0
	for _, d := range gen.Documents {
		passages += len(d.Passages)
	}
	if sum.Documents != 30 || sum.Passages != passages || sum.Duration <= 0 {
		t.Errorf("summary = %+v, want 30 documents and %d passages", sum, passages)
	}
	if st := l.Stats(); st.Documents != 30 {
		t.Errorf("live stats after swap = %+v", st)
	}
	if n := peskovQuotes(t, l); n != 0 {
		t.Errorf("after the swap Peskov still has %d quotes", n)
	}
	if len(l.Sources()) != 30 {
		t.Errorf("sources after swap: %d", len(l.Sources()))
	}
}

func TestLiveFailedRebuildKeepsServing(t *testing.T) {
	boom := errors.New("disk full")
	tests := []struct {
		name string
		load index.LoadFunc
		open index.OpenFunc
	}{
		{"unreadable corpus", func(context.Context, func(string, int, int)) (*corpus.Corpus, error) {
			return nil, boom
		}, memOpen(nil)},
		{"build fails", loadOf(gencorpus.Generate(5, 1)), func(context.Context, *corpus.Corpus, func(index.Progress)) (*index.Engine, error) {
			return nil, boom
		}},
		{"cancelled", func(ctx context.Context, _ func(string, int, int)) (*corpus.Corpus, error) {
			return nil, context.Canceled
		}, memOpen(nil)},
		{"reader bug", func(context.Context, func(string, int, int)) (*corpus.Corpus, error) {
			var d *corpus.Document
			_ = d.Title // nil dereference, as a bug would
			return nil, nil
		}, memOpen(nil)},
		{"indexer bug", loadOf(gencorpus.Generate(5, 1)), func(context.Context, *corpus.Corpus, func(index.Progress)) (*index.Engine, error) {
			panic("index out of range")
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l := newLive(t, embedded(t), tt.open)
			before := l.Stats()
			_, err := l.Reindex(context.Background(), "tester", tt.load, nil)
			if err == nil {
				t.Fatal("Reindex succeeded")
			}
			if l.Stats() != before {
				t.Errorf("stats changed after a failed rebuild: %+v -> %+v", before, l.Stats())
			}
			if n := peskovQuotes(t, l); n == 0 {
				t.Error("the old index stopped answering")
			}
			if _, running := l.Running(); running {
				t.Error("still running after failure")
			}
			// A later rebuild works.
			if strings.HasSuffix(tt.name, "bug") && !errors.Is(err, index.ErrPanic) {
				t.Errorf("error %v does not say it was a bug", err)
			}
			if tt.name != "build fails" && tt.name != "indexer bug" {
				if _, err := l.Reindex(context.Background(), "tester", loadOf(gencorpus.Generate(5, 1)), nil); err != nil {
					t.Errorf("rebuild after failure: %v", err)
				}
			}
		})
	}
}

func TestLiveOneReindexAtATime(t *testing.T) {
	l := newLive(t, embedded(t), memOpen(nil))
	gen := gencorpus.Generate(10, 3)
	release := make(chan struct{})
	reading := make(chan struct{})
	slow := func(ctx context.Context, onFile func(string, int, int)) (*corpus.Corpus, error) {
		onFile("a", 4, 10)
		close(reading)
		<-release
		return gen, nil
	}
	done := make(chan error, 1)
	go func() {
		_, err := l.Reindex(context.Background(), "alice", slow, nil)
		done <- err
	}()
	<-reading
	_, err := l.Reindex(context.Background(), "bob", loadOf(gen), nil)
	var running *index.ReindexRunningError
	if !errors.Is(err, index.ErrReindexRunning) || !errors.As(err, &running) {
		t.Fatalf("second Reindex: %v, want ErrReindexRunning", err)
	}
	if running.Status.Initiator != "alice" || running.Status.FilesRead != 4 || running.Status.FilesTotal != 10 {
		t.Errorf("running status = %+v, want alice at 4/10 files", running.Status)
	}
	if st, ok := l.Running(); !ok || st.Initiator != "alice" {
		t.Errorf("Running() = %+v, %v", st, ok)
	}
	close(release)
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	if _, ok := l.Running(); ok {
		t.Error("Running() after the rebuild ended")
	}
}

// TestLiveQuestionsDuringSwaps asks continuously while the index is
// swapped again and again: every question is answered, none with an error.
func TestLiveQuestionsDuringSwaps(t *testing.T) {
	l := newLive(t, embedded(t), memOpen(nil))
	corpora := []*corpus.Corpus{gencorpus.Generate(20, 1), embedded(t)}
	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	var asked, failed atomic.Int64
	for w := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for ctx.Err() == nil {
				var err error
				switch w % 3 {
				case 0:
					_, err = l.Ask(context.Background(), "security guarantees", index.AskOptions{})
				case 1:
					_, err = l.Topics(context.Background())
				default:
					_ = l.Speakers()
					_, err = l.Quote(context.Background(), "Peskov", "", index.AskOptions{})
				}
				asked.Add(1)
				if err != nil {
					failed.Add(1)
					t.Errorf("question failed during swap: %v", err)
				}
			}
		}()
	}
	for i := range 6 {
		if _, err := l.Reindex(context.Background(), "tester", loadOf(corpora[i%2]), nil); err != nil {
			t.Fatal(err)
		}
	}
	cancel()
	wg.Wait()
	if asked.Load() == 0 {
		t.Fatal("no questions were asked")
	}
	t.Logf("%d questions during 6 swaps, %d failed", asked.Load(), failed.Load())
}

func TestLiveClose(t *testing.T) {
	l := newLive(t, embedded(t), memOpen(nil))
	if err := l.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := l.Ask(context.Background(), "security guarantees", index.AskOptions{}); !errors.Is(err, index.ErrClosed) {
		t.Errorf("Ask after Close: %v, want ErrClosed", err)
	}
	if _, err := l.Reindex(context.Background(), "tester", loadOf(embedded(t)), nil); !errors.Is(err, index.ErrClosed) {
		t.Errorf("Reindex after Close: %v, want ErrClosed", err)
	}
	if err := l.Close(); err != nil {
		t.Errorf("second Close: %v", err)
	}
}

func diskOpen(dataDir string) index.OpenFunc {
	return func(ctx context.Context, c *corpus.Corpus, progress func(index.Progress)) (*index.Engine, error) {
		return index.Open(ctx, index.OpenOptions{DataDir: dataDir, Corpus: c, Progress: progress})
	}
}

// TestLiveOnDisk swaps on-disk indexes: a changed corpus gets a new index
// folder named by CURRENT, an unchanged one keeps the live index (which
// the live engine holds open) without building.
func TestLiveOnDisk(t *testing.T) {
	dataDir := t.TempDir()
	a, b := embedded(t), gencorpus.Generate(15, 2)
	eng, err := index.Open(context.Background(), index.OpenOptions{DataDir: dataDir, Corpus: a})
	if err != nil {
		t.Fatal(err)
	}
	l := index.NewLive(eng, index.LiveOptions{Open: diskOpen(dataDir)})
	t.Cleanup(func() { _ = l.Close() })

	steps := []struct {
		corpus    *corpus.Corpus
		unchanged bool
		peskov    bool
	}{
		{b, false, false},
		{b, true, false},
		{a, false, true},
		{a, true, true},
	}
	for i, st := range steps {
		t.Run(fmt.Sprint(i), func(t *testing.T) {
			sum, err := l.Reindex(context.Background(), "tester", loadOf(st.corpus), nil)
			if err != nil {
				t.Fatal(err)
			}
			if sum.Unchanged != st.unchanged || sum.Documents != len(st.corpus.Documents) {
				t.Errorf("summary = %+v, want unchanged=%v and %d documents", sum, st.unchanged, len(st.corpus.Documents))
			}
			if got := peskovQuotes(t, l) > 0; got != st.peskov {
				t.Errorf("Peskov quoted = %v, want %v", got, st.peskov)
			}
			cur, err := os.ReadFile(filepath.Join(dataDir, "CURRENT"))
			if err != nil {
				t.Fatal(err)
			}
			if _, err := os.Stat(filepath.Join(dataDir, strings.TrimSpace(string(cur)), "COMPLETE")); err != nil {
				t.Errorf("CURRENT names an incomplete index: %v", err)
			}
		})
	}
}

// Only the topics changed (a corpus folder's topics.yaml, or the
// configured topics): the corpus is the one served, so the index is kept,
// but the new topics must be served from then on, not at the next restart.
func TestLiveReindexTopicsOnly(t *testing.T) {
	dataDir := t.TempDir()
	c := embedded(t)
	eng, err := index.Open(context.Background(), index.OpenOptions{DataDir: dataDir, Corpus: c})
	if err != nil {
		t.Fatal(err)
	}
	var mu sync.Mutex
	var topics []index.Topic
	var topicsErr error
	set := func(ts []index.Topic, err error) {
		mu.Lock()
		defer mu.Unlock()
		topics, topicsErr = ts, err
	}
	var builds atomic.Int32
	open := func(ctx context.Context, c *corpus.Corpus, progress func(index.Progress)) (*index.Engine, error) {
		builds.Add(1)
		return diskOpen(dataDir)(ctx, c, progress)
	}
	l := index.NewLive(eng, index.LiveOptions{Open: open, Topics: func() ([]index.Topic, error) {
		mu.Lock()
		defer mu.Unlock()
		return topics, topicsErr
	}})
	t.Cleanup(func() { _ = l.Close() })
	names := func() []string {
		ts, err := l.Topics(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, tc := range ts {
			out = append(out, fmt.Sprintf("%s:%d", tc.Name, tc.Passages))
		}
		return out
	}
	defaults := names()
	custom := []index.Topic{{Name: "Christmas truce", Description: "The truce Merz proposed", Query: "Christmas ceasefire truce"}}

	steps := []struct {
		name          string
		topics        []index.Topic
		err           error
		wantErr       bool
		unchanged     bool
		topicsChanged bool
		want          string // first topic served afterwards
	}{
		{"same topics", nil, nil, false, true, false, defaults[0]},
		{"new topics.yaml", custom, nil, false, false, true, "Christmas truce:"},
		{"unchanged again", custom, nil, false, true, false, "Christmas truce:"},
		{"unreadable topics keep the old ones", nil, errors.New("topics.yaml: bad YAML"), true, false, false, "Christmas truce:"},
		{"topics.yaml removed", nil, nil, false, false, true, defaults[0]},
	}
	for _, st := range steps {
		t.Run(st.name, func(t *testing.T) {
			set(st.topics, st.err)
			sum, err := l.Reindex(context.Background(), "tester", loadOf(c), nil)
			if (err != nil) != st.wantErr {
				t.Fatalf("err = %v, want error %v", err, st.wantErr)
			}
			if err == nil && (sum.Unchanged != st.unchanged || sum.TopicsChanged != st.topicsChanged) {
				t.Errorf("summary unchanged=%v topicsChanged=%v, want %v %v", sum.Unchanged, sum.TopicsChanged, st.unchanged, st.topicsChanged)
			}
			if got := names(); !strings.HasPrefix(got[0], st.want) {
				t.Errorf("topics served %v, want first %q", got, st.want)
			}
			if builds.Load() != 0 {
				t.Errorf("the index was rebuilt %d times for a change of topics", builds.Load())
			}
		})
	}
	a, err := l.Topic(context.Background(), "Budapest and Minsk precedents", index.AskOptions{})
	if err != nil || !a.Answered() {
		t.Errorf("a default topic after topics.yaml was removed: %v", err)
	}
}
