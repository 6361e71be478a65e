package people

import (
	"slices"
	"testing"
)

// "who studies energy security at the Institute for Northern Studies":
// a verb of a field of study makes a researcher (predicate_roles.tsv),
// its object a field in a few lower-case words at a named body; a verb
// with a bare object and no body after it ("who heads home at six")
// gives no title.
func TestStudiesAFieldAtABodyIsAResearcher(t *testing.T) {
	ps := paras(
		`That modesty is the point, says Kasimir Brandt, who studies energy security at the Institute for Northern Studies in Ostvik. "Generals argue about intent," he said.`,
		`Olena Bondar, who heads home at six, said the queue was shorter. "We wait," she said.`,
	)
	roles, _ := rolesRead(ps)
	if !slices.Contains(roles["Kasimir Brandt"], "researcher of energy security at the Institute for Northern Studies") {
		t.Errorf("Kasimir Brandt: roles %q, want the researcher of energy security at the institute", roles["Kasimir Brandt"])
	}
	if r := roles["Olena Bondar"]; len(r) > 0 {
		t.Errorf("Olena Bondar: roles %q, want none", r)
	}
}

// rolesRead reads ps and gives each person's roles by name, with the
// document read.
func rolesRead(ps []Paragraph) (map[string][]string, *Document) {
	_, d := analyse(ps)
	var texts []string
	for _, p := range ps {
		texts = append(texts, p.Text)
	}
	roles := map[string][]string{}
	for _, p := range d.People(texts) {
		roles[p.Name] = p.Roles
	}
	return roles, d
}
