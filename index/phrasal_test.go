package index

import (
	"context"
	"strings"
	"testing"
)

// "How many people got out on day 1" is answered by "on the first day
// … 3,400 people left": "got out" is a phrasal verb of question syntax's
// "get", whose first sense is "leave", and "day 1" is the first day. A
// passage holding only "people" and "day" does not answer it first.
func TestGotOutOnDayOne(t *testing.T) {
	e := engineOfFiles(t, map[string]string{"corridor.txt": "Corridor opens under fire\n\nPublished 16 March 2078\n\n" +
		"On the first day of the corridor, 3,400 people left Kessary in 61 buses, the governor said.\n\n" +
		"People in the town queued all day for bread, and more people waited at the school for a day and a night.\n\n" +
		"The relief agency counted 2,950 people at its reception centre in Halden.\n"})
	for _, q := range []string{"how many ppl got out on day 1", "how many people got out"} {
		a, err := e.Ask(context.Background(), q, AskOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if len(a.Passages) == 0 || !strings.Contains(a.Passages[0].Text, "3,400 people left") {
			t.Errorf("%q: passages %q; want the 3,400 who left first", q, passageTexts(a))
		}
	}
}

// "What does Russia get out of the deal" is gaining, no leaving: "get
// out of" makes no "leave" of the question.
func TestGetOutOfIsNoLeaving(t *testing.T) {
	e := engineOfFiles(t, map[string]string{"deal.txt": "Grain deal signed\n\nPublished 16 March 2078\n\n" +
		"Russia gets guarantees for its own fertiliser exports under the deal.\n\n" +
		"Ships will leave Odesa from Monday, and Russia says the first convoy will leave under escort.\n"})
	a, err := e.Ask(context.Background(), "what does russia get out of the deal", AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Passages) == 0 || !strings.Contains(a.Passages[0].Text, "guarantees") {
		t.Errorf("passages %q; want the guarantees first", passageTexts(a))
	}
}
