package people

import (
	"slices"
	"testing"
)

// "Tomas Grell, spokesman for Reintegration Minister Anca Dorovei": the
// minister's name is whose office it is, so the title stands without it
// ("spokesman for Reintegration Minister"), where a role holding a name
// was dropped whole; a name after a title with no "for" is still the
// next person of a list, no one's title.
func TestSpokesmanForANamedMinister(t *testing.T) {
	for _, c := range []struct{ text, who, role string }{
		{`"We warned in writing," said Tomas Grell, spokesman for Reintegration Minister Anca Dorovei.`, "Tomas Grell", "spokesman for Reintegration Minister"},
		{`Tomas Grell, spokesman for Minister Anca Dorovei, said they had warned in writing.`, "Tomas Grell", "spokesman for Minister"},
	} {
		ps := paras(c.text)
		_, d := analyse(ps)
		people := d.People([]string{c.text})
		i := slices.IndexFunc(people, func(p Person) bool { return p.Name == c.who })
		if i < 0 || !slices.Contains(people[i].Roles, c.role) {
			t.Errorf("%q: people %v, want %s with the role %q", c.text, people, c.who, c.role)
		}
		for _, p := range people {
			if p.Name != c.who && slices.ContainsFunc(p.Roles, func(r string) bool { return r == c.role }) {
				t.Errorf("%q: %s has the spokesman's role", c.text, p.Name)
			}
		}
	}
	ps := paras(`The talks were attended by Ukrainian President Volodymyr Zelensky, US special envoy Steve Witkoff and others.`)
	_, d := analyse(ps)
	for _, p := range d.People([]string{ps[0].Text}) {
		if p.Name == "Volodymyr Zelensky" && slices.ContainsFunc(p.Roles, func(r string) bool { return r == "US special envoy" }) {
			t.Errorf("Zelensky took the envoy's title: %q", p.Roles)
		}
	}
}
