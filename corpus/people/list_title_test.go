package people

import (
	"slices"
	"testing"
)

// A plural title before a list of names gives each of them the title,
// with the place an "of" after the name gives: "the two mayors together,
// Irena Halvik of Tarsk and Tamar Ezdan of Hazran" makes Ezdan the mayor
// of Hazran, so that "the hazran mayor" is not the other one.
func TestPluralTitleBeforeListOfNames(t *testing.T) {
	ps := paras(
		`Gates opened at 10:04 by the two mayors together, Irena Halvik of Tarsk and Tamar Ezdan of Hazran, both hands on the same wheel.`,
		`Ezdan said through an interpreter: "My grandmother swam in this lake."`,
	)
	_, d := analyse(ps)
	var texts []string
	for _, p := range ps {
		texts = append(texts, p.Text)
	}
	want := map[string]string{"Irena Halvik": "mayor of Tarsk", "Tamar Ezdan": "mayor of Hazran"}
	for _, p := range d.People(texts) {
		if r, ok := want[p.Name]; ok {
			if !slices.Contains(p.Roles, r) {
				t.Errorf("%s: roles %q, want %q", p.Name, p.Roles, r)
			}
			delete(want, p.Name)
		}
	}
	for n := range want {
		t.Errorf("%s not found", n)
	}
}
