package index

import (
	"context"
	"testing"
)

// The evaluation counts a quote shown as someone's that the suite gives
// to someone else, in any answer, whoever the question asked about: a
// roundup whose quotations were shifted one speaker down is caught by
// the questions about the others. Words someone quotes inside their own
// ("Marta's rule was simple: 'If we can't prove he's dead …'") are not
// counted against them, nor is a short phrase two people may share.
func TestEvalCountsWordsInTheWrongMouth(t *testing.T) {
	e := engineOfFiles(t, map[string]string{"wire.txt": `Roundup
Harbour Post
2043-03-13

Moldovan Foreign Minister Victor Rusnac said: "Our twelve monitors are engineers, not soldiers."

INSA spokesperson Pieter Vos said: "The agency will publish a report every month."
`})
	cases := []EvalCase{
		{Question: "what did rusnac say", Speaker: "Victor Rusnac", Quotes: []string{"Our twelve monitors are engineers"}},
		{Question: "what did vos say", Speaker: "Pieter Vos", Quotes: []string{"The agency will publish a report"}},
	}
	owners := quoteOwners(e, cases)
	shifted := &Answer{Speaker: "Pieter Vos", Quotes: []Quote{{Speaker: "Pieter Vos", Text: "Our twelve monitors are engineers, not soldiers."}}}
	if rep := e.score(EvalCase{Question: "what did the insa spokesperson say", Speaker: "Pieter Vos"}, shifted, owners); rep.Misattributions != 1 {
		t.Errorf("Rusnac's words shown as Vos's: %d misattributions, want 1", rep.Misattributions)
	}
	other := &Answer{Quotes: []Quote{{Speaker: "Pieter Vos", Text: "Our twelve monitors are engineers, not soldiers."}}}
	if rep := e.score(EvalCase{Question: "monitors", Expect: []string{"monitors"}}, other, owners); rep.Misattributions != 1 {
		t.Errorf("in a question about no one: %d misattributions, want 1", rep.Misattributions)
	}
	nested := &Answer{Speaker: "Pieter Vos", Quotes: []Quote{{Speaker: "Pieter Vos", Text: "As the minister said, 'our twelve monitors are engineers, not soldiers,' and he was right."}}}
	if rep := e.score(EvalCase{Question: "what did vos say", Speaker: "Pieter Vos"}, nested, owners); rep.Misattributions != 0 {
		t.Errorf("words Vos quotes within his own: %d misattributions, want 0", rep.Misattributions)
	}
	if _, ok := quoteOwners(e, []EvalCase{{Speaker: "Pieter Vos", Quotes: []string{"nine ships a day"}}})["nine ships a day"]; ok {
		t.Error("a four-word phrase given an owner")
	}
	a, err := Evaluate(context.Background(), e, cases)
	if err != nil {
		t.Fatal(err)
	}
	if a.Misattributions != 0 {
		t.Errorf("the engine's own answers: %d misattributions", a.Misattributions)
	}
}

// A suite may name a cleric as the articles do, with his see after the
// name ("Metropolitan Feodosii of Sloviansk"): the engine's answer as
// Feodosii is right, and another person's is still wrong.
func TestEvalReadsAPlaceAfterTheName(t *testing.T) {
	e := engineOfFiles(t, map[string]string{"wire.txt": `Water vans leave Sloviansk
Harbour Post
2059-05-23

Metropolitan Feodosii of Sloviansk blessed the vans. "Thirst has no front line," the Metropolitan said.

Mayor Petro Melnyk said: "We need the pumps before the summer."
`})
	c := EvalCase{Question: "what did the metropolitan say", Speaker: "Metropolitan Feodosii of Sloviansk"}
	if rep := e.score(c, &Answer{Speaker: "Feodosii"}, nil); rep.Misattributions != 0 {
		t.Errorf("Feodosii for Metropolitan Feodosii of Sloviansk: %d misattributions, want 0", rep.Misattributions)
	}
	if rep := e.score(c, &Answer{Speaker: "Petro Melnyk"}, nil); rep.Misattributions != 1 {
		t.Errorf("the mayor for the Metropolitan: %d misattributions, want 1", rep.Misattributions)
	}
}

// A suite may name someone with the honorific the articles set before
// the full name ("Sheikh Jassim bin Rashid Al-Marri"): the engine's
// answer as Jassim bin Rashid Al-Marri is right, another's still wrong.
func TestEvalReadsAnHonorificBeforeTheName(t *testing.T) {
	e := engineOfFiles(t, map[string]string{"doha.txt": `Doha talks end with a framework on children
Harbour Post
2060-03-05

Sheikh Jassim bin Rashid Al-Marri, Qatar's minister of state for foreign affairs, chaired the Doha sessions. "We signed for buses," Sheikh Jassim said.

Mayor Petro Melnyk said: "We need the buses before the summer."
`})
	c := EvalCase{Question: "what did the qatari minister say", Speaker: "Sheikh Jassim bin Rashid Al-Marri"}
	if rep := e.score(c, &Answer{Speaker: "Jassim bin Rashid Al-Marri"}, nil); rep.Misattributions != 0 {
		t.Errorf("Jassim bin Rashid Al-Marri for Sheikh Jassim bin Rashid Al-Marri: %d misattributions, want 0", rep.Misattributions)
	}
	if rep := e.score(c, &Answer{Speaker: "Petro Melnyk"}, nil); rep.Misattributions != 1 {
		t.Errorf("the mayor for the sheikh: %d misattributions, want 1", rep.Misattributions)
	}
}
