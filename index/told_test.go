package index

import (
	"context"
	"testing"
)

// "what did gusev say korolyov told him last week" asks for Korolyov's
// words as Gusev gives them; "what did zakharova say lavrov said" for
// hers, which quote him. "what did the odesa reader say", where the only
// one the articles place in Odesa is a reporter who says nothing, is no
// one: a guess would put words in a mouth.
func TestToldByAndVagueDescriptions(t *testing.T) {
	tv := `Breakthrough or rehearsal?
Evening Report
2045-04-09

ANCHOR: You know the Russian envoy, Vadim Korolyov, personally. What is he thinking tonight?

GUSEV: I have known Vadim for twenty-five years. I spoke to him last week, before the exchange, and he said to me, "Pyotr, this time nobody at the table is pretending." That is rare.

At her weekly briefing, spokeswoman Maria Zakharova defended her minister: "As Sergei Lavrov said, 'we will not sign anything under an ultimatum,' and nobody has dared to give us one."

My colleague Kateryna Dub in Odesa has spoken to the families about the compensation.

The charter flight has landed in Odesa, Kateryna reports. Families waited behind a fence.
`
	e := engineOfFiles(t, map[string]string{"tv.txt": tv})
	checkSpeakers(t, e, []speakerCase{
		{"what did gusev say korolyov told him last week", "Vadim Korolyov", "Pyotr, this time nobody"},
		{"what did zakharova say lavrov said", "Maria Zakharova", "As Sergei Lavrov said"},
	})
	a, err := e.Ask(context.Background(), "what did the odesa reader say about the flight", AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if a.Speaker != "" {
		t.Errorf("odesa reader read as %q", a.Speaker)
	}
}

// "breakthrough or not according to the ex russian deputy fm", and
// "according to gusev, will the trawler go back" (or "acc to gusev will
// …"): that person's words on it. "how many monitors according to the report" names no one: searched.
func TestAccordingToAsksForWords(t *testing.T) {
	tv := `Breakthrough or rehearsal?
Evening Report
2045-04-09

ANCHOR: With us from Moscow is Pyotr Gusev, a former Russian deputy foreign minister. Breakthrough or not?

GUSEV: It's a breakthrough for forty-seven fishermen. For the diplomats it is a rehearsal, and nobody should confuse a fishing licence with a peace treaty.

GUSEV: The trawler? It will go back. Moscow wants it more than it admits.

The mission's report counts 85 monitors from 12 countries.
`
	e := engineOfFiles(t, map[string]string{"tv.txt": tv})
	checkSpeakers(t, e, []speakerCase{
		{"breakthrough or not according to the ex russian deputy fm", "Pyotr Gusev", "It's a breakthrough"},
		{"according to gusev, will the trawler go back", "Pyotr Gusev", "The trawler? It will go back"},
		// Without the comma, as members type it, and "acc to" for it.
		{"acc to gusev will the trawler go back", "Pyotr Gusev", "The trawler? It will go back"},
	})
	a, err := e.Ask(context.Background(), "how many monitors according to the report", AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if a.Speaker != "" || len(a.Passages) == 0 {
		t.Errorf("speaker %q, %d passages: want the passages, no one's words", a.Speaker, len(a.Passages))
	}
}

// A yes-no question about someone's view asks their words, with an
// adverb before the verb of view too ("did the swiss mediator ever think
// the talks would collapse").
func TestStanceWithAnAdverb(t *testing.T) {
	text := `Title: Deal signed
Outlet: Wire
Date: 2050-03-17

Swiss mediator Regula Imhof laughed when asked whether she had thought the talks would collapse. "Twice today, and once at four in the morning on Tuesday," she said.
`
	e := engineOfFiles(t, map[string]string{"wire.txt": text})
	checkSpeakers(t, e, []speakerCase{
		{"did the swiss mediator think the talks would collapse", "Regula Imhof", "Twice today"},
		{"did the swiss mediator ever think the talks would collapse", "Regula Imhof", "Twice today"},
	})
}
