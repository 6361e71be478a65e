package people

import (
	"slices"
	"testing"
)

// A "whose" clause says what someone is to the relative it names: "Vera
// Lunik, 58, whose grandson was on the second bus" is a grandmother, so
// that "the grandma waiting at the bridge" can find her.
func TestWhoseClauseGivesKinRole(t *testing.T) {
	ps := paras(
		`Among those waiting at the bridge were Daria Orlan, a Red Cross volunteer, and Vera Lunik, 58, whose grandson was on the second bus. "I counted the buses twice," she told the agency.`,
		`Ivan Petrenko, whose daughter was taken in 2074, did not come.`,
	)
	_, d := analyse(ps)
	var texts []string
	for _, p := range ps {
		texts = append(texts, p.Text)
	}
	got := d.People(texts)
	for _, c := range []struct{ name, role string }{{"Vera Lunik", "grandmother"}, {"Ivan Petrenko", "father"}} {
		found := false
		for _, p := range got {
			if p.Name == c.name {
				found = true
				if !slices.Contains(p.Roles, c.role) {
					t.Errorf("%s: roles %q, want %q", c.name, p.Roles, c.role)
				}
			}
		}
		if !found {
			t.Errorf("%s not found among %v", c.name, got)
		}
	}
}
