package index

import (
	"context"
	"strings"
	"testing"
)

// A place the question names is what it asks about, not the answer:
// "where are the geneva talks held" is answered by the villa in Cologny,
// not by a passage whose only place is Geneva.
func TestWhereAnswerIsNotTheQuestionsPlace(t *testing.T) {
	text := `Title: Geneva round
Outlet: Wire
Date: 2026-12-27

The talks were held in Geneva on Friday.

The Geneva talks are held at a lakeside villa in Cologny, on the shore of the lake outside the city, the Swiss foreign ministry said.
`
	e := engineOfFiles(t, map[string]string{"wire.txt": text})
	a, err := e.Ask(context.Background(), "where r the geneva talks actually held", AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	r := Render(a)
	if len(r.Passages) == 0 || !strings.Contains(r.Passages[0].Text, "Cologny") {
		t.Errorf("first passage %v; want the one naming the villa in Cologny", r.Passages)
	}
}

// A "how many" question is answered by the number that counts what it
// asks about ("1,850 unarmed military observers"), not by a shorter
// passage with another number near its words.
func TestHowManyCountsItsNoun(t *testing.T) {
	text := `Title: Mission approved
Outlet: Wire
Date: 2027-06-09

The UN observers' mission starts on June 14, officials said.

The UN Security Council approved a mission of up to 1,850 unarmed military observers and 600 civilian staff, to be deployed along the line over the summer months.
`
	e := engineOfFiles(t, map[string]string{"wire.txt": text})
	a, err := e.Ask(context.Background(), "how many observers in the un mission", AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	r := Render(a)
	if len(r.Passages) == 0 || !strings.Contains(r.Passages[0].Text, "1,850") {
		t.Errorf("first passage %v; want the one counting 1,850 observers", r.Passages)
	}
}

// A unit written short in the articles ("574 km") is the unit a question
// spells out or shortens: "how long is the corridor in km" is answered
// by the passage giving the corridor's length in km.
func TestShortUnitsMatch(t *testing.T) {
	text := `Title: Corridor agreed
Outlet: Wire
Date: 2054-03-13

The corridor will open on 1 April, and 31 ships are waiting to use the corridor.

Under the arrangement, the corridor will run 574 km from Odesa to the Bosphorus.
`
	e := engineOfFiles(t, map[string]string{"wire.txt": text})
	for _, q := range []string{"how long is the corridor in km", "how many kilometres is the corridor"} {
		a, err := e.Ask(context.Background(), q, AskOptions{})
		if err != nil {
			t.Fatal(err)
		}
		r := Render(a)
		if len(r.Passages) == 0 || !strings.Contains(r.Passages[0].Text, "574 km") {
			t.Errorf("%q: first passage %v; want the one giving 574 km", q, r.Passages)
		}
	}
}

// An ordinal in digits reads the same in the articles as in a question:
// "the 63rd mine" answers "63rd mine" and "the 2nd stage" answers "the
// second stage".
func TestOrdinalsInTheArticles(t *testing.T) {
	text := `Title: Mines and swaps
Outlet: Wire
Date: 2054-03-14

A minehunter destroyed a drifting mine on Saturday. It was the 63rd mine since January.

The task group has 11 ships and 63 crew members on each minehunter.

The 2nd stage of the exchange is planned for June 2.

The first stage of the exchange ended in May, and a third stage has no date.
`
	e := engineOfFiles(t, map[string]string{"wire.txt": text})
	checkFirstPassages(t, e, map[string]string{
		"which was the 63rd mine":              "63rd mine since January",
		"when is the second stage of the swap": "2nd stage of the exchange",
	})
}

// checkFirstPassages asks e each question and checks that the first
// passage of its answer holds the words wanted for it.
func checkFirstPassages(t *testing.T, e *Engine, want map[string]string) {
	t.Helper()
	for q, w := range want {
		a, err := e.Ask(context.Background(), q, AskOptions{})
		if err != nil {
			t.Fatal(err)
		}
		r := Render(a)
		if len(r.Passages) == 0 || !strings.Contains(r.Passages[0].Text, w) {
			t.Errorf("%q: first passage %v; want the one with %q", q, r.Passages, w)
		}
	}
}

// A month and a unit are the same words shortened or not, in the
// articles as in a question: "the feb blackout" is the one of 19
// February, "the Nov. 3 strike" is asked as "november"; "lastivka 750kv"
// is the 750-kilovolt Lastivka line, not a question about something the
// articles never name.
func TestShortMonthsAndUnitsMatch(t *testing.T) {
	text := `Title: Power lines
Outlet: Wire
Date: 2062-04-21

The 750-kilovolt Lastivka line has been down since the Nov. 3 strike. The plant depends on a backup line.

The most recent blackout, on 19 February 2062, lasted 11 hours before the backup line was restored.

Repairs to both lines are to start once the ceasefire windows are agreed.
`
	e := engineOfFiles(t, map[string]string{"wire.txt": text})
	checkFirstPassages(t, e, map[string]string{
		"how long did the feb blackout last":    "lasted 11 hours",
		"lastivka 750kv":                        "750-kilovolt Lastivka line",
		"what happened in november to the line": "Nov. 3 strike",
	})
}
