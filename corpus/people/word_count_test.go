package people

import (
	"strings"
	"testing"
)

// FuzzWordCount: wordCount counts what strings.Fields returns.
func FuzzWordCount(f *testing.F) {
	for _, s := range []string{"", " ", "a", " a  b ", "a\u00a0b", "a\u2003b\u0085c", "\xff \xfe", "Ülkü\tÖz\n", "a\u200bb", "\v\f\r"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := wordCount(s), len(strings.Fields(s)); got != want {
			t.Fatalf("wordCount(%q) = %d, want %d", s, got, want)
		}
	})
}
