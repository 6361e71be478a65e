package corpus

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestSpacedAsNormSpace checks that what spaced lets through unchanged
// is what normSpace's copy gives.
func TestSpacedAsNormSpace(t *testing.T) {
	alphabet := []string{"a", "Z", " ", "  ", "\t", "\n", "\x00", "\x7f", "~", ".", "é", "\u00a0", "\u200b"}
	r := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		var b strings.Builder
		for range r.IntN(8) {
			b.WriteString(alphabet[r.IntN(len(alphabet))])
		}
		s := b.String()
		if spaced(s) && collapseSpace(s) != s {
			t.Fatalf("spaced(%q), but normSpace's copy gives %q", s, collapseSpace(s))
		}
	}
}
