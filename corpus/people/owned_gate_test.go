package people

import (
	"strings"
	"testing"
)

// ownsDescendantByWords is ownsDescendant as first written: each
// relative's word looked for through the text.
func ownsDescendantByWords(lx *Lexicon, text string) bool {
	for w := range lx.words["descendant"] {
		for at := 0; ; {
			i := strings.Index(text[at:], " "+w+" ")
			if i < 0 {
				break
			}
			i += at
			if strings.HasSuffix(text[:i], "is") || strings.HasSuffix(text[:i], "er") {
				return true
			}
			at = i + 1
		}
	}
	return false
}

// FuzzOwnedGates: ownsDescendant answers as it first did, and a text
// possessiveAt finds no "his" or "her" in matches neither regexp.
func FuzzOwnedGates(f *testing.F) {
	for _, s := range []string{
		"Her grandson Ilko, now 10, was taken.", "this son Ilko", "other children  x", "his  son ",
		"His spokesman, Daniel Orsk, told reporters", "whether her chief of staff Ivo Marsh", "_his son Al",
		"éhis son Al", "his", "er son ", "is", "", "Ther son Bo", "3her son Bo",
	} {
		f.Add(s)
	}
	a := &analyser{lx: Default()}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := a.ownsDescendant(s), ownsDescendantByWords(a.lx, s); got != want {
			t.Fatalf("ownsDescendant(%q) = %v, want %v", s, got, want)
		}
		if possessiveAt(s, 0) < 0 && (reOwnedTitle.MatchString(s) || reOwnedKin.MatchString(s)) {
			t.Fatalf("%q: no possessive found, but a regexp matches", s)
		}
	})
}
