package people

import (
	"slices"
	"testing"
)

// A capitalised name ending in a place's head word is where someone
// works, no one ("Chief Engineer, Vell Reservoir Dam"), and a comparison
// after a name ("Dr Kovic, more than any minister") gives them no title.
func TestPlacesAndComparisonsAreNoOne(t *testing.T) {
	_, d := analyse(paras(
		`Chief Engineer, Vell Reservoir Dam`,
		`Dr Anselm Kovic, a hydrologist at the University of Tarnholt, wrote the report.`,
		`For that I trust the young professor from Tarnholt, Dr Kovic, more than any minister.`,
	))
	for _, p := range d.People(nil) {
		if p.Name == "Vell Reservoir Dam" {
			t.Errorf("%q read as a person, titled %q", p.Name, p.Roles)
		}
		if p.Name == "Anselm Kovic" && slices.Contains(p.Roles, "more than any minister") {
			t.Errorf("%s titled %q", p.Name, p.Roles)
		}
	}
}
