package people

import (
	"slices"
	"strings"
	"testing"
)

// An apposition giving an age, a life word and a word of trade before
// the word for the person ("a 77-year-old retired railway signalman")
// still gives the role: the fourth word in is the signalman.
func TestAgedRoleOfFourWords(t *testing.T) {
	_, d := analyse(paras(`Anatol Dravetsky, a 77-year-old retired railway signalman from Tessing, said he had given Malling tea an hour before he collapsed.`))
	for _, p := range d.People(nil) {
		if p.Name != "Anatol Dravetsky" {
			continue
		}
		if !slices.ContainsFunc(p.Roles, func(r string) bool { return strings.Contains(r, "signalman") }) || p.Age != 77 {
			t.Errorf("Anatol Dravetsky: roles %q, age %d; want the signalman, 77", p.Roles, p.Age)
		}
		return
	}
	t.Errorf("no Anatol Dravetsky in %v", d.People(nil))
}
