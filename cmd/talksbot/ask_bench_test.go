package main

import (
	"os/exec"
	"path/filepath"
	"sort"
	"testing"
	"time"
)

// BenchmarkAskProcess runs a whole `talksbot ask` process on the embedded
// corpus with a warm data directory: start-up, corpus reading, opening the
// kept index, answering and printing. The binary is built first.
func BenchmarkAskProcess(b *testing.B) {
	dir := b.TempDir()
	bin := filepath.Join(dir, "talksbot")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		b.Fatalf("go build: %v\n%s", err, out)
	}
	data := filepath.Join(dir, "data")
	ask := func() {
		cmd := exec.Command(bin, "ask", "--data-dir", data, "what did Peskov say")
		if out, err := cmd.CombinedOutput(); err != nil {
			b.Fatalf("ask: %v\n%s", err, out)
		}
	}
	ask() // warms the data directory: builds and keeps the index
	lat := make([]time.Duration, 0, b.N)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		start := time.Now()
		ask()
		lat = append(lat, time.Since(start))
	}
	b.StopTimer()
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	pct := func(p float64) float64 {
		return float64(lat[min(len(lat)-1, int(p*float64(len(lat))))].Microseconds()) / 1000
	}
	b.ReportMetric(pct(0.50), "p50-ms")
	b.ReportMetric(pct(0.99), "p99-ms")
}
