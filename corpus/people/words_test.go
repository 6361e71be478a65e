package people

import (
	"slices"
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

// FuzzFoldedPronoun: foldedPronoun is Fold when Fold gives "he" or
// "she", else "".
func FuzzFoldedPronoun(f *testing.F) {
	for _, s := range []string{"he", "He", "HE", "she", "SHE", "sHe", "hé", "Hé", "şhe", "the", "h", "", "héé", "\xff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want := Fold(s)
		if want != "he" && want != "she" {
			want = ""
		}
		if got := foldedPronoun(s); got != want {
			t.Fatalf("foldedPronoun(%q) = %q, Fold %q", s, got, Fold(s))
		}
	})
}

// FuzzWordsIn: splitWords collects what wordsIn yields.
func FuzzWordsIn(f *testing.F) {
	for _, s := range []string{"", "Ukraine's U.S. well-known", "a - b", "x'", "Ülkü Öz", "\xff a"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var got []word
		for w := range wordsIn(s) {
			got = append(got, w)
			if s[w.start:w.end] != w.w {
				t.Fatalf("%q: word %+v", s, w)
			}
		}
		if !slices.Equal(got, splitWords(s)) {
			t.Fatalf("%q: %v, splitWords %v", s, got, splitWords(s))
		}
	})
}
