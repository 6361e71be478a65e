package index

import "testing"

// A phrase fronted with no comma before what is asked is read after it
// ("and after the vote what did the colonel say"), but not a phrase
// naming an article, nor one before too short a question to be one
// ("next jtc meeting when/where"). And words for what someone is before
// their name ("the hotline volunteer lidia") are that person, unless the
// name is two people's or the words are a clause ("has the dad read
// danils letter").
func TestFrontedPhraseAndNameAfterWhatTheyAre(t *testing.T) {
	for in, want := range map[string]string{
		"and after the vote what did the colonel say": "what did the colonel say after the vote",
		"after the vote what did the colonel say":     "what did the colonel say after the vote",
		"in the numbers article what did melnyk say":  "in the numbers article what did melnyk say",
		"next jtc meeting when/where":                 "next jtc meeting when/where",
		"what did the colonel say after the vote":     "what did the colonel say after the vote",
	} {
		if got := sourceLast(in); got != want {
			t.Errorf("sourceLast(%q) = %q, want %q", in, got, want)
		}
	}
	wire := `Title: Hotline opens
Outlet: Herald
Date: 2077-08-13

Fourteen operators, most of them volunteers. One of them, Lidia Halek, a retired schoolteacher from Kelm, took 61 calls. "Most people cry for the first minute," she said.

Dr Anneli Koskaya, the volunteer doctor who crossed with the children, said: "They slept most of the way."

Danil wrote a letter to his father. His father has not read it.
`
	e := engineOfFiles(t, map[string]string{"wire.txt": wire})
	for q, want := range map[string]string{
		"the hotline volunteer lidia, what did she say": "Lidia Halek",
		"what did the volunteer lidia say":              "Lidia Halek",
	} {
		if a := ask(t, e, q); a.Speaker != want {
			t.Errorf("%q: speaker %q, want %s", q, a.Speaker, want)
		}
	}
	if a := ask(t, e, "has the dad read danils letter"); a.Speaker != "" {
		t.Errorf("\"has the dad read danils letter\" answered as about %q", a.Speaker)
	}
}

// "fr greeve on the ages thing": "fr" before a name the articles give is
// the title Father, and the question asks for the priest's words.
func TestFatherShortBeforeName(t *testing.T) {
	wire := `Title: Talks
Outlet: Radio
Date: 2077-08-13

Father Tomas Greve of Church Aid of St. Ilan said: "On the Varnian list a boy is seven, because he was seven when he was taken. Somebody sits down with the birth certificates."
`
	e := engineOfFiles(t, map[string]string{"wire.txt": wire})
	if a := ask(t, e, "fr greeve on the ages thing"); a.Speaker != "Tomas Greve" {
		t.Errorf("speaker %q, want Tomas Greve", a.Speaker)
	}
}
