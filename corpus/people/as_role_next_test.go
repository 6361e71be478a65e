package people

import (
	"slices"
	"testing"
)

// "the Minister for Reintegration, Ms Anca Dorovei, and Lieutenant
// Colonel Andrei Kavel, who appeared … as the Velmarian liaison officer":
// the part is his, the one the clause follows, not hers.
func TestAsRoleAfterAnotherNameIsTheirs(t *testing.T) {
	ps := paras(`The Chair welcomed the Minister for Reintegration, Ms Anca Dorovei, and Lieutenant Colonel Andrei Kavel, who appeared on behalf of the General Staff as the Velmarian liaison officer for the visit.`)
	_, d := analyse(ps)
	people := d.People([]string{ps[0].Text})
	for _, p := range people {
		has := slices.ContainsFunc(p.Roles, func(r string) bool { return r == "Velmarian liaison officer" })
		switch p.Name {
		case "Anca Dorovei":
			if has {
				t.Errorf("Anca Dorovei has the liaison officer's part: %q", p.Roles)
			}
		case "Andrei Kavel":
			if !has {
				t.Errorf("Andrei Kavel: roles %q, want the liaison officer's part", p.Roles)
			}
		}
	}
	if len(people) < 2 {
		t.Errorf("people %v, want both", people)
	}
}
