package corpus

import (
	"strings"
	"testing"
	"unicode"
)

// dedupKeyByRunes is dedupKey as it was written first, rune by rune.
func dedupKeyByRunes(s string) string {
	var b strings.Builder
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// FuzzDedupKey: dedupKey and dedupHash give what the rune by rune key
// gives.
func FuzzDedupKey(f *testing.F) {
	for _, s := range []string{"", "Hello, World 2025!", "ÜLKÜ öz", "İstanbul Ⱥ", "\xff\xfeA", "— – …", "ǅ ǈ", "١٢٣ 𝟘"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want := dedupKeyByRunes(s)
		if got := dedupKey(s); got != want {
			t.Fatalf("dedupKey(%q) = %q, want %q", s, got, want)
		}
		if h, ok := dedupHash(s); h != hashKey(want) || ok != (want != "") {
			t.Fatalf("dedupHash(%q) = %x, %v; want %x, %v", s, h, ok, hashKey(want), want != "")
		}
	})
}
