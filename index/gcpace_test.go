package index

import (
	"math"
	"os"
	"runtime/debug"
	"testing"
)

// TestRelaxGC: checks running at once share the relaxed pace, and the
// last to end restores the setting, whatever order they end in.
func TestRelaxGC(t *testing.T) {
	defer debug.SetGCPercent(debug.SetGCPercent(100))
	current := func() int {
		p := debug.SetGCPercent(-1)
		debug.SetGCPercent(p)
		return p
	}
	a := relaxGC()
	b := relaxGC()
	if got := current(); got != relaxedGCPercent {
		t.Fatalf("pace %d while checks run, want %d", got, relaxedGCPercent)
	}
	a()
	a()
	if got := current(); got != relaxedGCPercent {
		t.Fatalf("pace %d while one check runs, want %d", got, relaxedGCPercent)
	}
	b()
	if got := current(); got != 100 {
		t.Fatalf("pace %d after the checks, want 100", got)
	}
	debug.SetGCPercent(1000)
	relaxGC()()
	if got := current(); got != 1000 {
		t.Fatalf("pace %d after a check began at 1000, want 1000", got)
	}
}

// TestPaceBuild: a build's reading and indexing collect at the relaxed
// pace within buildMemoryLimit; a check beginning meanwhile shares it,
// and the last to end restores both settings.
func TestPaceBuild(t *testing.T) {
	if os.Getenv("GOGC") != "" {
		t.Skip("GOGC is set: a build keeps it")
	}
	defer debug.SetGCPercent(debug.SetGCPercent(100))
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(math.MaxInt64))
	current := func() (int, int64) {
		p := debug.SetGCPercent(-1)
		debug.SetGCPercent(p)
		return p, debug.SetMemoryLimit(-1)
	}
	build := paceBuild()
	if p, l := current(); p != relaxedGCPercent || l != buildMemoryLimit {
		t.Fatalf("pace %d, limit %d while a build runs, want %d, %d", p, l, relaxedGCPercent, buildMemoryLimit)
	}
	check := relaxGC()
	build()
	if p, l := current(); p != relaxedGCPercent || l != buildMemoryLimit {
		t.Fatalf("pace %d, limit %d while the check runs, want %d, %d", p, l, relaxedGCPercent, buildMemoryLimit)
	}
	check()
	if p, l := current(); p != 100 || l != math.MaxInt64 {
		t.Fatalf("pace %d, limit %d after both, want 100 and none", p, l)
	}
	debug.SetMemoryLimit(256 << 20)
	build = paceBuild()
	if _, l := current(); l != 256<<20 {
		t.Fatalf("limit %d in a build under a stricter one, want %d", l, 256<<20)
	}
	build()
}
