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
