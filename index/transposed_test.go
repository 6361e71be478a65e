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
	e := guessEngine(t)
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

// A question opening with a question word one letter off ("wen", "wher",
// "wht") asks what that word asks; a word meant ("were", "went") or one
// as near two question words ("hwy": how or why?) is left as typed.
func TestMistypedQuestionWord(t *testing.T) {
	e := guessEngine(t)
	for in, want := range map[string]string{
		"wen was the truce signed":   "when was the truce signed",
		"wher is the iaea team":      "where is the iaea team",
		"wht did malyshev say":       "what did malyshev say", // a letter missing, before one changed ("why")
		"were the prisoners flown":   "were the prisoners flown",
		"went home":                  "went home",
		"zorina wrote on telegram":   "zorina wrote on telegram",
		"hw many officers r in it":   "how many officers r in it",
		"hwy did they sign":          "hwy did they sign", // how, or why?
		"malyshev on the 121st day?": "malyshev on the 121st day?",
	} {
		if got := e.askingTypo(in); got != want {
			t.Errorf("askingTypo(%q) = %q, want %q", in, got, want)
		}
	}
	if in := e.understand("wen was the truce signed"); in.kind != asksWhen {
		t.Errorf("wen was the truce signed: read as a %s question", in.kind)
	}
}
