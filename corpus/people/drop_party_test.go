package people

import (
	"slices"
	"testing"
)

// FuzzPartyMatch: looking for the opening bracket first finds what the
// two regexps alone find.
func FuzzPartyMatch(f *testing.F) {
	for _, s := range []string{
		"Mr Pavel Dremmer [Homeland Front]: We object.",
		"The Prime Minister (Tomas Halvik) [Civic Alliance]: Yes.",
		"The Minister of Agriculture (Dalia Morvane) (Velmora East): No.",
		"Gregor Fenwick (Kastrel and Vale) (Opp): Indeed.",
		"Gregor Fenwick (Kastrel and Vale) (opp): Indeed.",
		"Q: [laughs] (pause)", "A [b]:", "ab[C]:", "a\n\n [B]:", "(x) [Y]:", "x ] [Y]:", "x : [Y]:",
		"x (y) \t (Z and the Q):", "Ülkü Öz [Öz Party]:", "\xff\xfe [A]:", "", "[A]:", "([",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want := reParty.FindStringSubmatchIndex(s)
		if want == nil {
			want = reSecondBracket.FindStringSubmatchIndex(s)
		}
		if got := partyMatch(s); !slices.Equal(got, want) {
			t.Fatalf("partyMatch(%q) = %v, the regexps %v", s, got, want)
		}
	})
}
