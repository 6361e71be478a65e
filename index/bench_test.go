package index

import (
	"context"
	"path/filepath"
	"sort"
	"testing"
	"time"

	"github.com/talksbot/talksbot/corpus"
	"github.com/talksbot/talksbot/internal/gencorpus"
)

// Questions for the latency benchmarks, by kind.
var (
	embeddedSearch = []string{
		"security garantees", "What does Russia demand in the Donbas region?", "article 5",
		"Will US troops be deployed in Ukraine?", "budapest memorandum", "who won the world cup",
	}
	embeddedQuote = []string{
		"what did Peskov say", "what did peskof say", "what did the Kremlin spokesman say about security guarantees",
		"what did Merz say", "Stewart's comments", "what did Boris Johnson say",
	}
	generatedSearch = []string{
		"security guarantees binding commitments", "ceasefire monitoring drones", "frozen assets for reconstruction",
		"interceptr missiles production", "How would observers verify a truce in Kherson?", "who won the world cup",
	}
	// People asked for by what they did or are ("who hosted", "the
	// host"), which read passages for whom they name.
	embeddedPeople = []string{
		"who hosted the talks in Berlin", "who led the US side", "what did the host say",
		"what did the German chancellor say", "who is the SWP expert", "what did the Berlin security expert say",
	}
	generatedPeople = []string{
		"who led the Russian delegation", "who chaired the talks in Geneva", "what did the host say",
		"what did the Odesa mayor say", "who signed for Ukraine", "what did the delegation head say",
	}
	generatedQuote = []string{
		"what did Marchenko say", "what did the Danish prime minister say about sanctions", "what did Volkof say",
		"quotes from Rachel Okafor about the ceasefire", "what did Boris Johnson say", "Whitfield's remarks on energy",
	}
)

// benchAsk asks the questions round-robin and reports latency percentiles.
func benchAsk(b *testing.B, e *Engine, questions []string) {
	ctx := context.Background()
	for _, q := range questions { // warm: first use fills caches
		if _, err := e.Ask(ctx, q, AskOptions{}); err != nil {
			b.Fatal(err)
		}
	}
	lat := make([]time.Duration, 0, b.N)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		start := time.Now()
		if _, err := e.Ask(ctx, questions[i%len(questions)], AskOptions{}); err != nil {
			b.Fatal(err)
		}
		lat = append(lat, time.Since(start))
	}
	b.StopTimer()
	reportPercentiles(b, lat)
}

func reportPercentiles(b *testing.B, lat []time.Duration) {
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	pct := func(p float64) float64 {
		return float64(lat[min(len(lat)-1, int(p*float64(len(lat))))].Microseconds()) / 1000
	}
	b.ReportMetric(pct(0.50), "p50-ms")
	b.ReportMetric(pct(0.99), "p99-ms")
}

func BenchmarkAskEmbedded(b *testing.B) {
	e, err := Build(context.Background(), BuildOptions{Corpus: embedded(b)})
	if err != nil {
		b.Fatal(err)
	}
	defer e.Close()
	b.Run("search", func(b *testing.B) { benchAsk(b, e, embeddedSearch) })
	b.Run("quote", func(b *testing.B) { benchAsk(b, e, embeddedQuote) })
	b.Run("people", func(b *testing.B) { benchAsk(b, e, embeddedPeople) })
}

// BenchmarkAsk10k answers questions over 10,000 generated articles, from
// the on-disk index Open keeps (as the bot and the CLI use it). The build
// happens once, outside the timings.
func BenchmarkAsk10k(b *testing.B) {
	c := gencorpus.Generate(10000, 1)
	start := time.Now()
	e, err := Open(context.Background(), OpenOptions{DataDir: b.TempDir(), Corpus: c})
	if err != nil {
		b.Fatal(err)
	}
	defer e.Close()
	b.Logf("built %d passages in %s", e.data.Passages, time.Since(start).Round(time.Millisecond))
	b.Run("search", func(b *testing.B) { benchAsk(b, e, generatedSearch) })
	b.Run("quote", func(b *testing.B) { benchAsk(b, e, generatedQuote) })
	b.Run("people", func(b *testing.B) { benchAsk(b, e, generatedPeople) })
}

// BenchmarkBuild measures indexing throughput in passages per second, in
// memory and on disk (as Open builds: a folder, closed, so persisted).
func BenchmarkBuild(b *testing.B) {
	for _, size := range []struct {
		name string
		c    *corpus.Corpus
	}{{"embedded", embedded(b)}, {"2k", gencorpus.Generate(2000, 1)}} {
		passages := 0
		for _, d := range size.c.Documents {
			passages += len(d.Passages)
		}
		for _, disk := range []bool{false, true} {
			name := size.name + "/memory"
			if disk {
				name = size.name + "/disk"
			}
			b.Run(name, func(b *testing.B) {
				start := time.Now()
				for i := 0; i < b.N; i++ {
					dir := ""
					if disk {
						dir = filepath.Join(b.TempDir(), "bleve")
					}
					e, err := Build(context.Background(), BuildOptions{Dir: dir, Corpus: size.c})
					if err != nil {
						b.Fatal(err)
					}
					if err := e.Close(); err != nil {
						b.Fatal(err)
					}
				}
				b.ReportMetric(float64(passages*b.N)/time.Since(start).Seconds(), "passages/s")
			})
		}
	}
}
