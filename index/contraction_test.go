package index

import "testing"

// Contractions typed without their apostrophe read as the words they
// stand for ("theyd deliver" is "they would deliver"), so that a
// question is not taken for one about a word the articles lack; words
// of their own that a contraction could be ("id", "well", "were") stay.
func TestContractionsWithoutApostrophe(t *testing.T) {
	for q, want := range map[string]string{
		"did the dravenians say theyd deliver the letters anyway": "did the dravenians say they would deliver the letters anyway",
		"how r the kids doing now theyre home":                    "how are the kids doing now they are home",
		"theres a second exchange right":                          "there is a second exchange right",
		"whats the id check at gate 7":                            "what is the id check at gate 7",
		"were the letters opened":                                 "were the letters opened",
	} {
		if got := expandShorthand(q); got != want {
			t.Errorf("%q read as %q, want %q", q, got, want)
		}
	}
}
