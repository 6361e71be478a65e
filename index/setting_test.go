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
	checkCovered(t, e, map[string]bool{
		"whats the weather in vienna this week":            false,
		"whats the weather gonna be in vienna on the 22nd": false,
		"what happened at the talks in vienna this week":   true,
	})
}

// A place English has no word for is a setting as much as Vienna is:
// "the weather in enerhodar" is not covered, however often the articles
// name Enerhodar. A noun made of a phrasal verb is the articles' own verb
// written apart ("the handover at hremiach" is their "handed over … at
// Hremiach").
func TestSettingEnglishLacks(t *testing.T) {
	e := engineOfFiles(t, map[string]string{"enerhodar.txt": `Title: Handover at the plant
Outlet: Wire
Date: 2051-06-02

Inspectors reached Enerhodar on Monday after a three-day drive from Zaporizhzhia, and the plant was handed over to the new operator at Hremiach at 6:15 am.

Buses leave Enerhodar for Zaporizhzhia again tomorrow, a council official said on condition of anonymity.

The mayor of Enerhodar said the town's water supply was restored on Sunday after a week of repairs.

Grain exports through the Black Sea corridor reached four million tonnes in March.

Kyiv wants heavy weapons withdrawn within 21 days; Moscow is asking for 45.

Insurers said war-risk premiums would fall once the monitors are deployed.

The European Union said sanctions would stay until the monitors confirm a ceasefire.

The prisoner exchange is due to begin at a crossing point in the Sumy region.

Negotiators ended a fifth round of talks in Vienna with a draft text.

The mediator said the last ten percent of a text is always the expensive part.

Farmers in the south have waited six years for the port to reopen.

A donors' conference on the ports is planned in Istanbul in early May.

The monitoring mission has 120 monitors from 14 countries.

Deminers cleared 40 hectares of farmland along the river in April.
`})
	checkCovered(t, e, map[string]bool{
		"whats the weather in enerhodar this week": false,
		"weather enerhodar tomorrow?":              false,
		"when did the inspectors reach enerhodar":  true,
		"what time was the handover at hremiach":   true,
	})
}

// checkCovered asks each question and checks whether the answer holds
// passages (covered) or says the articles do not cover it.
func checkCovered(t *testing.T, e *Engine, want map[string]bool) {
	t.Helper()
	for q, covered := range want {
		a, err := e.Ask(context.Background(), q, AskOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if a.Answered() != covered {
			t.Errorf("%q: answered %v, want %v (%+v)", q, a.Answered(), covered, a.Passages)
		}
	}
}
