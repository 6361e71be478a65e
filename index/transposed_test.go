package index

import (
	"context"
	"testing"
)

// A common word typed with two letters swapped ("teh", "waht") is read
// as that word, so the words around it mean what they say ("teh russian
// commissioner" is the commissioner); a name, a word of the articles or of
// English is left as typed.
func TestTransposedCommonWords(t *testing.T) {
	e := engineOf(t, guessCorpus(t))
	for in, want := range map[string]string{
		"wat did teh russian commissioner say": "wat did the russian commissioner say",
		"waht did zorina write adn when":       "what did zorina write and when",
		"what did Malyshev say":                "what did Malyshev say",
		"what did hte IAEA say":                "what did the IAEA say",
		"ihor onto the list":                   "ihor onto the list",
	} {
		if got := e.untransposed(in); got != want {
			t.Errorf("untransposed(%q) = %q, want %q", in, got, want)
		}
	}
	a, err := e.Ask(context.Background(), "wat did teh russian commissioner say", AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if a.Speaker != "Yelena Zorina" {
		t.Errorf("teh russian commissioner: speaker %q, want Yelena Zorina", a.Speaker)
	}
}
