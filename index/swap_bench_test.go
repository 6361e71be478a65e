package index_test

import (
	"context"
	"fmt"
	"path/filepath"
	"runtime"
	"slices"
	"testing"
	"time"

	"github.com/talksbot/talksbot/corpus"
	"github.com/talksbot/talksbot/index"
	"github.com/talksbot/talksbot/internal/gencorpus"
)

// diskLoad reads a corpus folder as the bot's /reindex does.
func diskLoad(dir string) index.LoadFunc {
	return func(ctx context.Context, onFile func(string, int, int)) (*corpus.Corpus, error) {
		return corpus.LoadWith(dir, corpus.Options{OnFile: onFile})
	}
}

// peakHeap samples the heap until stop is closed and returns the largest
// HeapAlloc seen, in bytes.
func peakHeap(stop <-chan struct{}) <-chan uint64 {
	out := make(chan uint64, 1)
	go func() {
		var peak uint64
		var ms runtime.MemStats
		tick := time.NewTicker(10 * time.Millisecond)
		defer tick.Stop()
		for {
			runtime.ReadMemStats(&ms)
			peak = max(peak, ms.HeapAlloc)
			select {
			case <-stop:
				out <- peak
				return
			case <-tick.C:
			}
		}
	}()
	return out
}

// twoCorpora writes two different generated corpora of n articles.
func twoCorpora(b *testing.B, n int) [2]string {
	b.Helper()
	root := b.TempDir()
	var dirs [2]string
	for i := range dirs {
		dirs[i] = filepath.Join(root, fmt.Sprint("c", i))
		if err := gencorpus.WriteDir(dirs[i], n, int64(i+1)); err != nil {
			b.Fatal(err)
		}
	}
	return dirs
}

// openLiveOnDisk serves the corpus in dir from an on-disk index in a fresh
// data directory, as serve does, closed when the benchmark ends.
func openLiveOnDisk(b *testing.B, dir string) *index.Live {
	b.Helper()
	dataDir := b.TempDir()
	c, err := corpus.Load(dir)
	if err != nil {
		b.Fatal(err)
	}
	eng, err := index.Open(context.Background(), index.OpenOptions{DataDir: dataDir, Corpus: c})
	if err != nil {
		b.Fatal(err)
	}
	l := index.NewLive(eng, index.LiveOptions{Open: diskOpen(dataDir)})
	b.Cleanup(func() { l.Close() })
	return l
}

// BenchmarkReindex measures a whole rebuild from the corpus folder to the
// swapped-in on-disk index (reading, indexing, COMPLETE, CURRENT, swap)
// and the peak heap while it runs.
func BenchmarkReindex(b *testing.B) {
	for _, n := range []int{2000, 10000} {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			dirs := twoCorpora(b, n)
			l := openLiveOnDisk(b, dirs[1])
			var peak uint64
			b.ResetTimer()
			for i := 0; b.Loop(); i++ {
				runtime.GC()
				stop := make(chan struct{})
				got := peakHeap(stop)
				sum, err := l.Reindex(context.Background(), "bench", diskLoad(dirs[i%2]), nil)
				close(stop)
				peak = max(peak, <-got)
				if err != nil {
					b.Fatal(err)
				}
				if sum.Unchanged || sum.Documents != n {
					b.Fatalf("summary %+v", sum)
				}
			}
			b.ReportMetric(float64(peak)/(1<<20), "peak-heap-MB")
			b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "articles/s")
		})
	}
}

// BenchmarkSwapPause asks questions back to back while a 2,000-article
// corpus is rebuilt and swapped in, and reports the slowest question
// overall (max-ms, p99-ms: the rebuild competes for the CPU), the slowest
// question in flight while the engines were swapped and the old one closed
// (swap-max-ms: the pause the swap itself causes), and the same load with
// no rebuild for comparison (idle-*).
func BenchmarkSwapPause(b *testing.B) {
	const n = 2000
	dirs := twoCorpora(b, n)
	l := openLiveOnDisk(b, dirs[1])
	questions := []string{"security guarantees", "what did Marchenko say", "ceasefire monitoring", "NATO article 5 talks"}

	type sample struct {
		start time.Time
		dur   time.Duration
	}
	// ask runs questions one after another until stop.
	ask := func(stop <-chan struct{}) []sample {
		var out []sample
		for i := 0; ; i++ {
			select {
			case <-stop:
				return out
			default:
			}
			t0 := time.Now()
			if _, err := l.Ask(context.Background(), questions[i%len(questions)], index.AskOptions{}); err != nil {
				b.Error(err)
			}
			out = append(out, sample{t0, time.Since(t0)})
		}
	}
	ms := func(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }
	pct := func(ss []sample, p float64) float64 {
		d := make([]time.Duration, len(ss))
		for i, s := range ss {
			d[i] = s.dur
		}
		slices.Sort(d)
		return ms(d[min(len(d)-1, int(float64(len(d))*p))])
	}

	// Baseline: the same load with no rebuild.
	stop := make(chan struct{})
	res := make(chan []sample, 1)
	go func() { res <- ask(stop) }()
	time.Sleep(2 * time.Second)
	close(stop)
	base := <-res

	var during []sample
	var swapMax time.Duration
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		stop := make(chan struct{})
		res := make(chan []sample, 1)
		go func() { res <- ask(stop) }()
		var swapFrom time.Time
		_, err := l.Reindex(context.Background(), "bench", diskLoad(dirs[i%2]), func(st index.ReindexStatus) {
			if st.Phase == "swapping" && swapFrom.IsZero() {
				swapFrom = time.Now()
			}
		})
		swapTo := time.Now() // Reindex returns once the old engine is closed
		if err != nil {
			b.Fatal(err)
		}
		time.Sleep(50 * time.Millisecond)
		close(stop)
		got := <-res
		for _, s := range got {
			if s.start.Before(swapTo) && s.start.Add(s.dur).After(swapFrom) {
				swapMax = max(swapMax, s.dur)
			}
		}
		during = append(during, got...)
	}
	b.ReportMetric(pct(during, 1), "max-ms")
	b.ReportMetric(pct(during, 0.99), "p99-ms")
	b.ReportMetric(ms(swapMax), "swap-max-ms")
	b.ReportMetric(pct(base, 1), "idle-max-ms")
	b.ReportMetric(pct(base, 0.99), "idle-p99-ms")
	b.ReportMetric(float64(len(during))/float64(b.N), "questions/reindex")
}
