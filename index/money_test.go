package index

import (
	"context"
	"strings"
	"testing"
)

// "How much money" is answered by an amount in a currency, which never
// says "money"; a question asking no amount is not.
func TestHowMuchMoneyFindsACurrency(t *testing.T) {
	text := `Title: EU Council approves support package for Ukraine
Outlet: Council of the EU
Date: 2027-10-28

The EU Council today approved a support package for Ukraine, with a first report on the demining programme due in February.

The package consists of three elements. EUR 520 million is earmarked for demining farmland in the Kharkiv and Kherson regions, and EUR 300 million for energy repairs.
`
	e := engineOfFiles(t, map[string]string{"council.txt": text})
	a, err := e.Ask(context.Background(), "how much eu money for demining", AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Passages) == 0 || !strings.Contains(a.Passages[0].Text, "EUR 520 million") {
		t.Errorf("passages %q; want the amount first", passageTexts(a))
	}
}

// "How much is the uk paying" asks for money as surely as "how much
// money": the sum in pounds comes before the passage counting the
// mission's people, though that one names the mission as well.
func TestHowMuchPayingFindsACurrency(t *testing.T) {
	text := `Title: UK to send monitors and minehunters
Outlet: Government press office
Date: 2027-02-10

The UK will deploy 120 civilian and military personnel to the new ceasefire monitoring mission in Ukraine and send two Royal Navy minehunters, the government announced today.

The package includes 80 specialists for the mission's headquarters in Dnipro. The UK will provide 240 million pounds over two years to fund the mission.
`
	e := engineOfFiles(t, map[string]string{"uk.txt": text})
	a, err := e.Ask(context.Background(), "how much is the uk paying for the mission", AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Passages) == 0 || !strings.Contains(a.Passages[0].Text, "240 million pounds") {
		t.Errorf("passages %q; want the sum in pounds first", passageTexts(a))
	}
}

// A word of grammar the articles happen not to use ("toward") says
// nothing of what a question is about: the question is answered, if only
// with the closest passages, not declined.
func TestAbsentWordOfGrammarDoesNotRuleAQuestionOut(t *testing.T) {
	e := engineOf(t, embedded(t))
	for _, q := range []string{"are the talks moving toward a ceasefire", "what is russia's attitude toward the european force"} {
		a, err := e.Ask(context.Background(), q, AskOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if !a.Answered() {
			t.Errorf("%q declined: %q", q, Render(a).Intro)
		}
	}
}
