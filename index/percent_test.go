package index

import (
	"strings"
	"testing"
)

// "percent" and "per cent" are one word spelt two ways: asked either way,
// the passage written the other way answers, not "the articles don't
// cover that".
func TestPercentFindsPerCent(t *testing.T) {
	e := engineOfFiles(t, map[string]string{
		"wire.txt": "Families cross to visit graves\n\nVelmaria received applications from 412 families, covering 1,190 people. Kordania approved 260 families, about 63 per cent, and then struck off 38 men.\n\nThe convoy of 14 buses left Toresk at 06:20 and returned in the evening.\n\nWheat prices fell 2.3 percent after the deal, traders said.\n",
	})
	for q, want := range map[string]string{
		"what percent of families got approved": "about 63 per cent",
		"by how many per cent did wheat fall":   "fell 2.3 percent",
	} {
		a := ask(t, e, q)
		if len(a.Passages) == 0 || !strings.Contains(a.Passages[0].Text, want) {
			t.Errorf("%q: first passage %v, want the one with %q", q, a.Passages, want)
		}
	}
}
