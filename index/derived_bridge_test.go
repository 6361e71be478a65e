package index

import (
	"slices"
	"testing"
)

// A question word whose every relative the articles lack reaches them
// through the relatives of a word derived from it: "analyst" through
// "analysis" finds the "studies" of an article that never writes
// "analyst", "analysis" or "analyse".
func TestBridgeThroughDerivedWord(t *testing.T) {
	e := engineOfFiles(t, map[string]string{"a.txt": `Canal reopens after repairs

The canal reopened on Monday after two weeks of repairs, the port authority said.

Piet Haverkamp, who studies shipping costs at a Rotterdam institute, said the new fees would add about 4% to the price of grain.
`})
	var terms []string
	for _, a := range e.bridges("analyst", "", e.terms.of("analyst")) {
		terms = append(terms, a.term)
	}
	if !slices.Contains(terms, e.terms.of("studies")) {
		t.Errorf("analyst bridges to %q, want the articles' %q among them", terms, e.terms.of("studies"))
	}
}
