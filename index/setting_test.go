package index

import (
	"context"
	"testing"
)

// A question whose only words the articles use say where and when it is
// set is about what they never mention: "the weather in vienna this week"
// is not covered, however often they name Vienna; "the talks in vienna
// this week" is.
func TestOnlyTheSettingKnownIsNotCovered(t *testing.T) {
	e := engineOfFiles(t, map[string]string{"vienna.txt": `Title: Talks end in Vienna
Outlet: Wire
Date: 2028-04-14

Russian and Ukrainian negotiators ended a fifth round of talks in Vienna this week with a draft text.

The delegations will meet again in Vienna on 22 May, the Austrian host said.

The mediator said the last ten percent of a text is always the expensive part.

Grain exports through the Black Sea corridor reached four million tonnes in March.

The prisoner exchange is due to begin at a crossing point in the Sumy region.

Kyiv wants heavy weapons withdrawn within 21 days; Moscow is asking for 45.

Insurers said war-risk premiums would fall once the monitors are deployed.

The European Union said sanctions would stay until the monitors confirm a ceasefire.
`})
	for q, covered := range map[string]bool{
		"whats the weather in vienna this week":            false,
		"whats the weather gonna be in vienna on the 22nd": false,
		"what happened at the talks in vienna this week":   true,
	} {
		a, err := e.Ask(context.Background(), q, AskOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if a.Answered() != covered {
			t.Errorf("%q: answered %v, want %v (%+v)", q, a.Answered(), covered, a.Passages)
		}
	}
}
