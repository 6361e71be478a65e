package index

import (
	"slices"
	"strings"
	"testing"
)

// A question asking what something cost, whose closest passages name no
// sum, is one the articles do not answer: passages about the buses that
// never say what they cost are no answer to "how much did corvanne pay
// for the buses". A sum in a currency English does not know ("38
// million ostrels", "1.2 billion thalers", "CVC 1.7 million") is a sum,
// and its passage is still offered.
func TestMoneyAskedWithoutASumIsNotAnswered(t *testing.T) {
	e := engineOfFiles(t, map[string]string{"wire.md": `---
title: Prisoners cross the river bridge
date: 2078-06-02
---

Corvanne, which provided the buses and covered the cost of the crossing, did not say how many drivers it sent.

The buses waited on the far bank for three hours before the first names were read.

Ms Moravec told the committee: "Our first estimate for both gates is 38 million ostrels. The rest we will find."

Residents may accept help from a resettlement fund of 1.2 billion thalers.

The relief agency's appeal seeks CVC 1.7 million for the winter.
`})
	if a := ask(t, e, "how much did corvanne pay for the buses"); a.Answered() {
		t.Errorf("how much did corvanne pay for the buses: answered with %v (closest: %v), want the articles' silence", firstText(a), a.Closest)
	}
	for q, want := range map[string]string{
		"how much money for both gates":            "38 million ostrels",
		"how much money for resettlement in total": "1.2 billion thalers",
	} {
		a := ask(t, e, q)
		if !slices.ContainsFunc(a.Passages, func(p Passage) bool { return strings.Contains(p.Text, want) }) {
			t.Errorf("%q: passages %v, want the one naming %q", q, firstText(a), want)
		}
	}
}

// A sum is a number with a currency, whether English knows the currency
// or the story's invented country coined it; a number before a word for
// something else is no sum.
func TestSumsInCoinedCurrencies(t *testing.T) {
	for text, want := range map[string]bool{
		"an estimate of 38 million ostrels":       true,
		"a fund of 1.2 billion thalers":           true,
		"forty-six thousand karvons for the trip": true,
		"the appeal seeks CVC 1.7 million":        true,
		"a fee of 40 crowns":                      true,
		"38 million people live there":            false,
		"412 Dravenian soldiers":                  false,
		"the OSCE 12 were there":                  false,
		"after 30 days":                           false,
	} {
		if got := holdsType(text, typeMoney); got != want {
			t.Errorf("%q holds a sum: %v, want %v", text, got, want)
		}
	}
}
