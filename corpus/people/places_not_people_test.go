package people

import (
	"slices"
	"testing"
)

// "Two residents of Grell Mill, a 12-year-old boy and his grandfather":
// the name after "residents of" is where they live, so neither the
// apposition's boy nor a later question for "the 12-year-old" finds a
// person called Grell Mill.
func TestResidentsOfAPlaceNameNoOne(t *testing.T) {
	_, d := analyse(paras(
		`Two residents of Grell Mill, a 12-year-old boy and his grandfather, were taken across the river by boat on Thursday.`,
		`The people of Sennet Ford, a village of 300, were told to stay indoors.`,
		`Hana Ferrant, a beekeeper, said she had lost eleven hives.`,
	))
	roles := rolesOf(d)
	for _, place := range []string{"Grell Mill", "Sennet Ford"} {
		if r, ok := roles[place]; ok {
			t.Errorf("%s read as a person with roles %q", place, r)
		}
	}
	if !slices.Contains(roles["Hana Ferrant"], "beekeeper") {
		t.Errorf("Hana Ferrant: roles %q, want the beekeeper she is", roles["Hana Ferrant"])
	}
}
