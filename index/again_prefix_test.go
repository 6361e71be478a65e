package index

import (
	"strings"
	"testing"
)

// A word for doing something again ("rechecked", "reopens") is found by
// the articles' word for doing it ("re-checking", "open"): the articles
// cover it.
func TestAgainPrefixFindsTheAction(t *testing.T) {
	e := engineOfFiles(t, map[string]string{"analysis.txt": `Who checked the field?

The union says the inspectors' teams were re-checking only 5 percent of each field by March, half the usual share.

The crossing at Huliaipole will open at ten o'clock on Monday; the first hour is for pensioners.
`})
	for q, want := range map[string]string{
		"how much of each field was rechecked":     "5 percent",
		"what time does the crossing open again":   "ten o'clock",
		"when does the huliaipole crossing reopen": "ten o'clock",
	} {
		a := ask(t, e, q)
		if !a.Answered() || len(a.Passages) == 0 || !strings.Contains(a.Passages[0].Text, want) {
			t.Errorf("%q: answered %v, passages %d; want the one saying %q first", q, a.Answered(), len(a.Passages), want)
		}
	}
}
