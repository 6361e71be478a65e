package index

import (
	"context"
	"strings"
	"testing"
)

// Members write ordinals in digits ("the 2nd stage") and shorten titles
// ("nato sg"); the articles write them out ("the second stage",
// "Secretary General"), and a day in digits ("on 21 May").
func TestOrdinalsInDigits(t *testing.T) {
	for q, want := range map[string]string{
		"when is the 2nd stage of the swap":   "when is the second stage of the swap",
		"is the signing on may 21st?":         "is the signing on may 21?",
		"what happens on the 3rd of november": "what happens on the 3 of november",
		"the 45th round":                      "the 45 round",
		"nato sg view on sanctions":           "nato secretary general view on sanctions",
		"what did the sec gen say":            "what did the secretary general say",
		"wat did the jica vp say":             "what did the jica vice president say",
		"how long is the draft doc":           "how long is the draft document",
		"next mtg in 2 wks?":                  "next meeting in 2 weeks?",
		// Amounts and units shortened as chat does, onto their number.
		"is canada's 45m new money":   "is canada's 45 million new money",
		"the €340m budget?":           "the €340 million budget?",
		"1.6bn for the grid":          "1.6 billion for the grid",
		"a 15km zone, 20k troops, g7": "a 15 kilometres zone, 20,000 troops, g7",
		"6000mw, at 5pm":              "6000 megawatts, at 5", // a time of day is its hour (clocks), "pm" no unit
	} {
		if got := expandShorthand(q); got != want {
			t.Errorf("%q read as %q, want %q", q, got, want)
		}
	}
	text := `Title: Prisoner exchange
Outlet: Wire
Date: 2027-10-26

The first stage of the prisoner swap, 410 men from each side, took place on 25 October at the border.

Lysenko said the second stage of the prisoner swap was provisionally planned for 15 November in Istanbul.
`
	e := engineOfFiles(t, map[string]string{"swap.txt": text})
	a, err := e.Ask(context.Background(), "when is the 2nd stage of the prisoner swap", AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, p := range a.Passages {
		found = found || strings.Contains(p.Text, "15 November")
	}
	if !found || a.Closest {
		t.Errorf("passages %q (closest only: %v); want the second stage's date as an answer", passageTexts(a), a.Closest)
	}
}

// A letter or two is never a name that rules a question out: "eu", "w"
// (with) or "x" do not make the articles silent.
func TestShortWordsAreNoForeignNames(t *testing.T) {
	text := `Title: Talks end without a line
Outlet: Wire
Date: 2025-12-16

They did not agree on the line where fighting would stop. That question was left for a round planned for January.

EU defence ministers will take up the question of a force in January.
`
	e := engineOfFiles(t, map[string]string{"talks.txt": text})
	for _, q := range []string{"when will they deal w the line where fighting stops", "when will eu defence ministers take up the force question"} {
		a, err := e.Ask(context.Background(), q, AskOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if !a.Answered() {
			t.Errorf("%q: not covered", q)
		}
	}
}
