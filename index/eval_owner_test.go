package index

import (
	"context"
	"strings"
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

// A suite may name someone as the articles do, with more than the name
// the people model keeps: a cleric's see after it ("Metropolitan
// Feodosii of Sloviansk"), an honorific before the full name ("Sheikh
// Jassim bin Rashid Al-Marri"). The engine's answer as that person is
// right, and another person's is still wrong.
func TestEvalReadsMoreThanTheName(t *testing.T) {
	for _, tt := range []struct {
		file, text, question, want, got string
	}{
		{"wire.txt", `Water vans leave Sloviansk
Harbour Post
2059-05-23

Metropolitan Feodosii of Sloviansk blessed the vans. "Thirst has no front line," the Metropolitan said.

Mayor Petro Melnyk said: "We need the pumps before the summer."
`, "what did the metropolitan say", "Metropolitan Feodosii of Sloviansk", "Feodosii"},
		{"doha.txt", `Doha talks end with a framework on children
Harbour Post
2060-03-05

Sheikh Jassim bin Rashid Al-Marri, Qatar's minister of state for foreign affairs, chaired the Doha sessions. "We signed for buses," Sheikh Jassim said.

Mayor Petro Melnyk said: "We need the buses before the summer."
`, "what did the qatari minister say", "Sheikh Jassim bin Rashid Al-Marri", "Jassim bin Rashid Al-Marri"},
	} {
		e := engineOfFiles(t, map[string]string{tt.file: tt.text})
		c := EvalCase{Question: tt.question, Speaker: tt.want}
		if rep := e.score(c, &Answer{Speaker: tt.got}, nil); rep.Misattributions != 0 {
			t.Errorf("%s for %s: %d misattributions, want 0", tt.got, tt.want, rep.Misattributions)
		}
		if rep := e.score(c, &Answer{Speaker: "Petro Melnyk"}, nil); rep.Misattributions != 1 {
			t.Errorf("the mayor for %s: %d misattributions, want 1", tt.want, rep.Misattributions)
		}
	}
}

// A suite may give someone with what they are after the name ("Emil (bus
// driver, first name only)", "Ramon, the ship's cook") or before it ("the
// ship's cook, who gave only his first name, Ramon"): the answer that
// names Emil is right, one that names another is not.
func TestEvalReadsASuitesNameWithItsDescription(t *testing.T) {
	e := engineOfFiles(t, map[string]string{"wire.txt": `Evacuation
Harbour Post
2077-06-13

The driver of one of the buses, who gave only his first name, Emil, said: "The last time, the water was up to the headlights."

The ship's cook, a man who gave only his first name, Ramon, said: "We ate rice for seven weeks."
`})
	for _, c := range []struct {
		want, got string
		same      bool
	}{
		{"Emil (bus driver, first name only)", "Emil", true},
		{"Ramon, the ship's cook", "Ramon", true},
		{"Emil (bus driver, first name only)", "Ramon", false},
		{"the ship's cook, who gave only his first name, Ramon", "Ramon", true},
		{"the driver of one of the buses, who gave only his first name, Emil", "Ramon", false},
	} {
		if got := e.samePerson(c.want, c.got); got != c.same {
			t.Errorf("samePerson(%q, %q) = %v, want %v", c.want, c.got, got, c.same)
		}
	}
}

// A quote shown first is the right result when it stands in the paragraph
// that answers: "what did the first claimant tell the court" is answered
// by his words from "Radek Vorsk, the first Claimant, told the Court:
// "…"", though the quote alone holds none of the words around it; a quote
// from another paragraph is not, and the question before an answer in a
// transcript is not the answer's paragraph.
func TestEvalCreditsAQuoteByItsParagraph(t *testing.T) {
	e := engineOfFiles(t, map[string]string{"ruling.txt": `Ruling
Harbour Post
2071-03-13

Radek Vorsk, the first Claimant, told the Court: "Had I known on the second of May, I would not have planted the last forty hectares."

His brother, Matej Vorsk, disagrees. "Radek wants the water today," he said.
`})
	right := EvalCase{Question: "what did the first claimant tell the court", Expect: []string{"Radek Vorsk, the first Claimant, told the Court"}}
	a := ask(t, e, right.Question)
	if len(a.Quotes) == 0 || !strings.Contains(a.Quotes[0].Text, "Had I known") {
		t.Fatalf("quotes %+v, want Radek Vorsk's first", a.Quotes)
	}
	if rep := e.score(right, a, nil); rep.Hit1 != 1 {
		t.Errorf("his quote from the paragraph that answers: hit@1 %d, want 1 (%v)", rep.Hit1, rep.Results[0].Problems)
	}
	other := EvalCase{Question: right.Question, Expect: []string{"His brother, Matej Vorsk, disagrees"}}
	if rep := e.score(other, a, nil); rep.Hit1 != 0 {
		t.Errorf("a quote from another paragraph counted as the one that answers")
	}
}
