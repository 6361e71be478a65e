package index

import "testing"

// A slip of an everyday word the articles never use ("recieve", "actualy",
// "genny" aside) is read as that word, weighed and related as it, not as
// a name they lack; a word no slip away from one ("eurovision") still
// says the question is about something else.
func TestTypoOfAWordTheArticlesNeverUse(t *testing.T) {
	if got := englishTypo("recieve"); got != "receive" {
		t.Errorf("englishTypo(recieve) = %q, want receive", got)
	}
	if got := englishTypo("actualy"); got != "actually" {
		t.Errorf("englishTypo(actualy) = %q, want actually", got)
	}
	if got := englishTypo("eurovision"); got != "" {
		t.Errorf("englishTypo(eurovision) = %q, want none", got)
	}
	e := engineOfFiles(t, map[string]string{
		"faq.txt": "Evacuation: questions and answers\n\nBuses leave the square at 07:00 on Mondays and Thursdays.\n\nPets travel in carriers, one per family.\n\nThe one-off payment is transferred to a bank card within 10 working days of registration.\n\nThe reception centre in Pellan has beds for 400 people.\n",
	})
	if a := ask(t, e, "how do we recieve the payment"); !a.Answered() {
		t.Errorf("a typo of \"receive\": not covered")
	}
	if a := ask(t, e, "eurovision payment"); a.Answered() && !a.Closest {
		t.Errorf("a name the articles lack answered as exact: %v", a.Passages)
	}
}
