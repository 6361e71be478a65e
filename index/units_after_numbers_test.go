package index

import (
	"strings"
	"testing"
)

// "55 min" is 55 minutes, in articles that speak of a minister and
// never of a minimum: a unit after a number (questions.yaml
// after_number), not a title; the passage on the minutes answers.
func TestShorthandUnitAfterANumber(t *testing.T) {
	text := `Title: First flight lands
Outlet: Wire
Date: 2078-05-26

The flight lasted 55 minutes, according to the monitors, who tracked it from take-off to landing.

Deputy Minister Hedda Vrana cut the ribbon at the arrivals gate and thanked the minister, who did not attend.
`
	e := engineOfFiles(t, map[string]string{"wire.txt": text})
	for _, q := range []string{"who timed the 55 min", "did it really take 55 min?"} {
		if c := e.understand(q).content; strings.Contains(c, "minister") {
			t.Errorf("%q read as %q", q, c)
		}
		a := ask(t, e, q)
		if len(a.Passages) == 0 || !strings.Contains(a.Passages[0].Text, "55 minutes") {
			t.Errorf("%q: first passage %v, want the one on the 55 minutes", q, a.Passages)
		}
	}
}
