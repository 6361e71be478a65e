//go:build sidebyside

package index

// The side-by-side benchmark (issue 11): the same generated passages and
// questions through talksbot's engine and a plain bleve match query, with
// ratios, in one run so that a noisy shared machine affects both alike.
// It is build-tagged so that `go test ./...` never runs it:
//
//	TALKSBOT_SIDEBYSIDE_N=10000,100000 go test -tags sidebyside -run SideBySide -v -timeout 2h ./index

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/mapping"

	"github.com/talksbot/talksbot/internal/gencorpus"
)

func cpuTime() time.Duration {
	var ru syscall.Rusage
	_ = syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// peakDuring samples HeapInuse while f runs.
func peakDuring(f func()) uint64 {
	runtime.GC()
	stop := make(chan struct{})
	out := make(chan uint64)
	go func() {
		var peak uint64
		var ms runtime.MemStats
		t := time.NewTicker(20 * time.Millisecond)
		defer t.Stop()
		for {
			runtime.ReadMemStats(&ms)
			peak = max(peak, ms.HeapInuse)
			select {
			case <-stop:
				out <- peak
				return
			case <-t.C:
			}
		}
	}()
	f()
	close(stop)
	return <-out
}

type runStats struct {
	cpuPerQuery time.Duration
	p50, p99    time.Duration
}

func timeQueries(n int, ask func(i int)) runStats {
	lat := make([]time.Duration, 0, n)
	c0 := cpuTime()
	for i := range n {
		t := time.Now()
		ask(i)
		lat = append(lat, time.Since(t))
	}
	cpu := cpuTime() - c0
	slices.Sort(lat)
	return runStats{cpu / time.Duration(n), lat[n/2], lat[min(n-1, n*99/100)]}
}

func matchReq(q string) *bleve.SearchRequest {
	mq := bleve.NewMatchQuery(q)
	mq.SetField("text")
	return bleve.NewSearchRequest(mq)
}

func ms(d time.Duration) string { return fmt.Sprintf("%.2f", float64(d)/float64(time.Millisecond)) }

func TestSideBySide(t *testing.T) {
	sizes := []int{10000}
	if s := os.Getenv("TALKSBOT_SIDEBYSIDE_N"); s != "" {
		sizes = nil
		for _, f := range strings.Split(s, ",") {
			n, err := strconv.Atoi(strings.TrimSpace(f))
			if err != nil {
				t.Fatal(err)
			}
			sizes = append(sizes, n)
		}
	}
	ctx := context.Background()
	var table []string
	for _, n := range sizes {
		c := gencorpus.Generate(n, 1)
		passages := 0
		for _, d := range c.Documents {
			passages += len(d.Passages)
		}
		root := t.TempDir()

		// talksbot: the on-disk index Open builds and serves.
		var e *Engine
		start := time.Now()
		tbPeak := peakDuring(func() {
			var err error
			if e, err = Open(ctx, OpenOptions{DataDir: filepath.Join(root, "talksbot"), Corpus: c}); err != nil {
				t.Fatal(err)
			}
		})
		tbBuild := time.Since(start)
		dir := e.Dir()
		e.Close()
		c = nil
		runtime.GC()
		var before runtime.MemStats
		runtime.ReadMemStats(&before)
		if e, err := Open(ctx, OpenOptions{DataDir: filepath.Join(root, "talksbot"), Corpus: gencorpus.Generate(n, 1)}); err != nil || e.Dir() != dir {
			t.Fatalf("reopen: %v", err)
		} else {
			defer e.Close()
		}
		e, _ = Open(ctx, OpenOptions{DataDir: filepath.Join(root, "talksbot"), Corpus: gencorpus.Generate(n, 1)})
		defer e.Close()
		runtime.GC()
		var after runtime.MemStats
		runtime.ReadMemStats(&after)

		// plain bleve: the same passages, one text field, the same analyzer.
		var plain bleve.Index
		m, err := newMapping()
		if err != nil {
			t.Fatal(err)
		}
		m.TypeMapping = map[string]*mapping.DocumentMapping{}
		dm := mapping.NewDocumentStaticMapping()
		tf := mapping.NewTextFieldMapping()
		tf.Analyzer, tf.Store, tf.IncludeInAll, tf.IncludeTermVectors, tf.DocValues = analyzerName, false, false, false, false
		dm.AddFieldMappingsAt("text", tf)
		m.DefaultMapping = dm
		plain, err = bleve.NewUsing(filepath.Join(root, "plain"), m, scorch.Name, scorch.Name, nil)
		if err != nil {
			t.Fatal(err)
		}
		gc := gencorpus.Generate(n, 1)
		start = time.Now()
		plainPeak := peakDuring(func() {
			b := plain.NewBatch()
			for _, d := range gc.Documents {
				for i, p := range d.Passages {
					_ = b.Index(d.ID+"#"+strconv.Itoa(i), map[string]interface{}{"text": p.Text})
					if b.Size() >= batchSize {
						if err := plain.Batch(b); err != nil {
							t.Fatal(err)
						}
						b.Reset()
					}
				}
			}
			if err := plain.Batch(b); err != nil {
				t.Fatal(err)
			}
		})
		plainBuild := time.Since(start)
		gc = nil
		defer plain.Close()

		qs := append(append([]string(nil), generatedSearch...), generatedQuote...)
		for _, q := range qs { // warm both
			_, _ = e.Ask(ctx, q, AskOptions{})
			_, _ = plain.Search(matchReq(q))
		}
		rounds := 60 * len(qs)
		kinds := []struct {
			name string
			qs   []string
		}{{"search", generatedSearch}, {"quote", generatedQuote}}
		for _, k := range kinds {
			tb := timeQueries(rounds, func(i int) {
				if _, err := e.Ask(ctx, k.qs[i%len(k.qs)], AskOptions{}); err != nil {
					t.Fatal(err)
				}
			})
			pb := timeQueries(rounds, func(i int) {
				req := matchReq(k.qs[i%len(k.qs)])
				if _, err := plain.Search(req); err != nil {
					t.Fatal(err)
				}
			})
			table = append(table, fmt.Sprintf("| %d | %s query CPU ms, talksbot / bleve | %s / %s (%.2f×) | p50 %s, p99 %s ms / p50 %s, p99 %s ms |",
				n, k.name, ms(tb.cpuPerQuery), ms(pb.cpuPerQuery), float64(tb.cpuPerQuery)/float64(pb.cpuPerQuery), ms(tb.p50), ms(tb.p99), ms(pb.p50), ms(pb.p99)))
		}
		table = append(table,
			fmt.Sprintf("| %d | build passages/s, talksbot / bleve | %.0f / %.0f (%.2f×) | %d passages; %s s / %s s |", n,
				float64(passages)/tbBuild.Seconds(), float64(passages)/plainBuild.Seconds(), plainBuild.Seconds()/tbBuild.Seconds(), passages,
				fmt.Sprintf("%.1f", tbBuild.Seconds()), fmt.Sprintf("%.1f", plainBuild.Seconds())),
			fmt.Sprintf("| %d | peak heap in use while building, talksbot / bleve (MB) | %d / %d | talksbot's includes the generated corpus |", n, tbPeak>>20, plainPeak>>20),
			fmt.Sprintf("| %d | heap held by an open engine (MB) | %d | after GC, the index itself mmapped |", n, int64(after.HeapInuse-before.HeapInuse)>>20),
		)
	}
	t.Log("\n| articles | what | figure | detail |\n|---|---|---|---|\n" + strings.Join(table, "\n"))
}
