package index

import (
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
