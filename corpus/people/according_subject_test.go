package people

import (
	"slices"
	"testing"
)

// Three ways a role before a name is not the name's title: a role the
// sentence cites "according to" before its own subject ("According to the
// mayor, Bogdan told him"), a verb in "-ed" read as a word for a person
// ("who on Monday accused Halek"); and one way it is, though no body
// stands beside it: "Its spokesman" after a sentence the body opens.
func TestRoleBeforeNameWhoseItIs(t *testing.T) {
	ps := paras(
		`Their foreman, who gave only his first name, Bogdan, said the team had cleared the wreckage.`,
		`Mayor Pavel Marenko said the town had opened warming points in six schools.`,
		`According to the mayor, Bogdan told him on Friday evening that the crew "would not go home until Halvik has light".`,
		`Radomir Halek, 58, deputy head of the State Guardianship Office, left his post. Petra Danilova, who on Monday accused Halek of "sitting on the list", said his departure changed little.`,
		`The Ministry of Energy said on Saturday that it would send 25 generators to Halvik. Its spokesman, Dario Feln, said the minister "fully understands the pain in Halvik".`,
		`According to the bank's treasurer, Matthias Berg.`,
	)
	roles, d := rolesRead(ps)
	has := func(name, role string) bool { return slices.Contains(roles[name], role) }
	if r, ok := roles["Bogdan"]; !ok || slices.Contains(r, "mayor") {
		t.Errorf("Bogdan: roles %q, want him named and not the mayor", r)
	}
	if r := roles["Radomir Halek"]; slices.ContainsFunc(r, func(s string) bool { return s == "accused" || s == "Monday accused" }) {
		t.Errorf("Radomir Halek: roles %q, want no \"accused\"", r)
	}
	if !has("Dario Feln", "Ministry of Energy spokesman") {
		t.Errorf("Dario Feln: roles %q, want the Ministry of Energy's spokesman", roles["Dario Feln"])
	}
	if !slices.ContainsFunc(roles["Matthias Berg"], func(s string) bool { return s == "bank's treasurer" || s == "the bank's treasurer" }) {
		t.Errorf("Matthias Berg: roles %q, want the bank's treasurer", roles["Matthias Berg"])
	}
	for _, q := range d.Quotes {
		if q.Text == "would not go home until Halvik has light" && q.Speaker == "Pavel Marenko" {
			t.Errorf("Bogdan's words given to the mayor")
		}
	}
}
