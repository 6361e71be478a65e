package index

import (
	"strings"
	"testing"
)

// "what did the nurse at the camp say": the words of the unnamed nurse
// the articles quote at the camp, shown as quotes; "at the camp" says
// where she spoke, which her role ("a nurse who did not give her name")
// never holds. A nurse quoted elsewhere is not her.
func TestUnnamedSourceWhereTheySpoke(t *testing.T) {
	e := engineOfFiles(t, map[string]string{"camp.txt": `Children wait at Srebrny Bor

KESH-AMAR, June 14 - At the Srebrny Bor camp, former dormitories have been turned into a transit centre. A nurse who did not give her name said some of the younger children no longer spoke Karvonian. "They answer us in Dalmiri and then they cry," she said.

At the district hospital in Tavrin, a nurse who did not give her name said the wards were full. "We have no beds left," she said.
`})
	a := ask(t, e, "what did the nurse at the camp say")
	var texts []string
	for _, q := range a.Quotes {
		texts = append(texts, q.Text)
	}
	got := strings.Join(texts, " | ")
	if !strings.Contains(got, "They answer us in Dalmiri") || strings.Contains(got, "no beds left") {
		t.Errorf("quotes %q, want the camp nurse's words only", got)
	}
}
