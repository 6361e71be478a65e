package index

import (
	"strings"
	"testing"
)

// "did anyone die", of articles that say only that two crew were
// injured: not "not covered", but the passage on the injured, shown as
// the closest (questions.yaml fields); its own word still comes first
// where the articles use it.
func TestFieldOfOutcomesAnswers(t *testing.T) {
	text := `Title: Mine strike off Sarnek
Outlet: Wire
Date: 2078-09-15

The bulk carrier Northern Wren hit a drifting mine about 11 nautical miles off Sarnek on Tuesday.

Two crew members were injured. Both are in hospital in Sarnek and are in a stable condition.

The ship's 41,000 tonnes of wheat are stuck on board until the hold is pumped out.
`
	e := engineOfFiles(t, map[string]string{"wire.txt": text})
	for _, q := range []string{"did anyone die", "was anyone killed"} {
		a := ask(t, e, q)
		if !a.Answered() || len(a.Passages) == 0 || !strings.Contains(a.Passages[0].Text, "injured") {
			t.Errorf("%q: answered %v, passages %v; want the one on the injured first", q, a.Answered(), a.Passages)
			continue
		}
		if !a.Closest {
			t.Errorf("%q: the injured passage shown as an exact answer, not the closest", q)
		}
	}
}
