package people

import (
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// FuzzWordCount: WordCount counts what strings.Fields returns.
func FuzzWordCount(f *testing.F) {
	for _, s := range []string{"", " ", "a", " a  b ", "a\u00a0b", "a\u2003b\u0085c", "\xff \xfe", "Ülkü\tÖz\n", "a\u200bb", "\v\f\r"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := WordCount(s), len(strings.Fields(s)); got != want {
			t.Fatalf("WordCount(%q) = %d, want %d", s, got, want)
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

// FuzzIsFold: isFold answers as is does on the folded word, for every
// class of words.tsv.
func FuzzIsFold(f *testing.F) {
	lx := Default()
	for class, ws := range lx.words {
		for w := range ws {
			f.Add(class, w)
			f.Add(class, strings.ToUpper(w))
			break
		}
	}
	for _, w := range []string{"The", "ẞ", "STRAẞE", "Łódź", "Mr.", "’s", strings.Repeat("A", 70)} {
		f.Add("stop", w)
	}
	f.Fuzz(func(t *testing.T, class, w string) {
		if got, want := lx.isFold(class, w), lx.is(class, Fold(w)); got != want {
			t.Fatalf("isFold(%q, %q) = %v, want %v", class, w, got, want)
		}
	})
}

// TestIsFoldEveryWord: isFold knows every word of every class, in its
// own, upper and title case.
func TestIsFoldEveryWord(t *testing.T) {
	lx := Default()
	for class, ws := range lx.words {
		for w := range ws {
			for _, v := range []string{w, strings.ToUpper(w), upperFirst(w)} {
				if got, want := lx.isFold(class, v), lx.is(class, Fold(v)); got != want {
					t.Errorf("isFold(%q, %q) = %v, want %v", class, v, got, want)
				}
			}
		}
	}
}

// upperFirst is w with its first letter upper-cased.
func upperFirst(w string) string {
	r, n := utf8.DecodeRuneInString(w)
	return string(unicode.ToUpper(r)) + w[n:]
}
