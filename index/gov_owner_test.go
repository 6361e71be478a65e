package index

import (
	"strings"
	"testing"
)

// "gov's numbers for monday", in articles naming a governor and a
// government both: the governor's (questions.yaml after_office), as only
// someone owns numbers; answered, where read as the government's it was
// "not covered" (corpus120).
func TestShorthandOwnerIsSomeone(t *testing.T) {
	e := engineOfFiles(t, map[string]string{"wire.md": `---
title: Corridor collapses
outlet: Meridian
date: 2078-03-15
---

Governor Anselm Brodec said 3,400 people got out in 61 buses on Monday.

Negotiations on a new window are under way through the Government of Corvanne.
`})
	for q, want := range map[string]string{
		"gov's numbers for monday?":                   "governor's numbers",
		"why is larkspurs number lower than the govs": "the governor's",
	} {
		if got := e.understand(q).text; !strings.Contains(got, want) {
			t.Errorf("%s: read as %q, want %q", q, got, want)
		}
	}
	if a := ask(t, engineOfDir(t, "testdata/corpus120"), "gov's numbers for monday?"); !a.Answered() {
		t.Errorf("gov's numbers for monday: not covered")
	}
}
