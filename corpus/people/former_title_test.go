package people

import (
	"slices"
	"testing"
)

// ", who was mayor of Harskova for thirteen years until the village
// fell," makes him the former mayor: "the former mayor said" is his
// credit, and "the mayor said", of the one in office, is not.
func TestWhoWasClauseMakesAFormerTitle(t *testing.T) {
	ps := paras(
		`Teodor Brasko, who was mayor of Harskova for thirteen years until the village fell, walked between the rows with a clipboard.`,
		`"Half of this village is in the ground here," the former mayor said.`,
		`Anca Dorovei, who is minister for reintegration, met the buses.`,
		`"It is the mayor's job now," the mayor said.`,
	)
	qs, d := analyse(ps)
	got := map[string]string{}
	for _, q := range qs {
		got[q.Text] = q.Speaker
	}
	if s := got["Half of this village is in the ground here,"]; s != "Teodor Brasko" {
		t.Errorf("the former mayor's words: speaker %q, want Teodor Brasko", s)
	}
	if s := got["It is the mayor's job now,"]; s == "Teodor Brasko" {
		t.Errorf("\"the mayor said\" went to the former mayor")
	}
	var texts []string
	for _, p := range ps {
		texts = append(texts, p.Text)
	}
	for _, c := range []struct{ name, role string }{{"Teodor Brasko", "former mayor of Harskova"}, {"Anca Dorovei", "minister for reintegration"}} {
		i := slices.IndexFunc(d.People(texts), func(p Person) bool { return p.Name == c.name })
		if i < 0 || !slices.Contains(d.People(texts)[i].Roles, c.role) {
			t.Errorf("%s: not found with the role %q among %v", c.name, c.role, d.People(texts))
		}
	}
}
