package index

import (
	"strings"
	"testing"
)

// A word for money is answered by a sum in a currency in any question,
// not only in "how much": "when did parliament vote on the kurhaus money"
// is the passage with the vote on CHF 38.5 million, though it never says
// "money".
func TestMoneyIsASumInAnyQuestion(t *testing.T) {
	e := engineOfFiles(t, map[string]string{"kurhaus.md": `# Kurhaus Pravalun

The Kurhaus Pravalun is a former tuberculosis sanatorium above the village of Pravalun, built in 1908.

## Cost

On 11 March 2075 the National Council approved a credit of CHF 38.5 million by 112 votes to 71. Councillor Walter Imfeld called it "a blank cheque written in the snow".

## Life in the Kurhaus

The parliament in Bern had debated the arrangement for two days before the vote.

Internees from both sides share the dining hall and the south terrace, and may send letters home every week.
`})
	a := ask(t, e, "when did parliament vote on the kurhaus money")
	if len(a.Passages) == 0 || !strings.Contains(a.Passages[0].Text, "CHF 38.5 million") {
		t.Fatalf("first passage %v, want the vote on CHF 38.5 million", a.Passages)
	}
}
