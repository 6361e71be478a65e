package index

import (
	"context"
	"strings"
	"testing"
)

// "how long" asks for a measure: a number with its unit ("runs for 30
// days") answers it before a passage that only holds numbers ("94
// substations"), as "how far" is answered by kilometres.
func TestHowLongWantsAUnit(t *testing.T) {
	wire := `---
title: Energy pause agreed
date: 2026-01-05
---

The energy pause protects 94 high-voltage substations and 12 power plants, officials said, and the energy pause covers the 2 nuclear plants too.

The energy pause runs for 30 days from midnight on Tuesday, the energy ministry said.

Zatoka is a resort town on the coast, and the energy pause reached it on Tuesday.

Zatoka lies 60 kilometres south-west of Odesa, along the coast road.
`
	files := map[string]string{"wire.md": wire}
	e := engineOfFiles(t, files)
	for q, want := range map[string]string{
		"how long does the energy pause last": "30 days",
		"how far is zatoka from odesa":        "60 kilometres",
	} {
		a, err := e.Ask(context.Background(), q, AskOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if got := firstText(a); !strings.Contains(got, want) {
			t.Errorf("%q: first passage %q, want the one with %q", q, got, want)
		}
	}
}

// A country the question names in a form the articles never use ("uk",
// where they say "the United Kingdom") is found by their form of it: the
// question is answered, not declared not covered.
func TestCountryByAnotherName(t *testing.T) {
	un := `---
title: Security Council debates the claims commission
date: 2037-06-12
---

The representative of the United Kingdom said her Government would contribute £40 million towards the Commission's running costs over three years.

The representative of Poland said the fund's accounts would be published every month.
`
	e := engineOfFiles(t, map[string]string{"un.md": un})
	a, err := e.Ask(context.Background(), "how much is the uk putting in for commission running costs", AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if got := firstText(a); !strings.Contains(got, "£40 million") {
		t.Errorf("first passage %q, want the United Kingdom's £40 million", got)
	}
}

// "how cold" is answered by a temperature written with no unit ("Minus
// 18 on my cab thermometer", in corpus89's radio phone-in), before the
// passages on the same night that give none.
func TestHowColdTakesMinusAsAMeasure(t *testing.T) {
	e := engineOfDir(t, "testdata/corpus89")
	a := ask(t, e, "how cold was it when the bus broke down")
	if got := firstText(a); !strings.Contains(got, "Minus 18") {
		t.Errorf("first passage %q, want the one with minus 18", got)
	}
}
