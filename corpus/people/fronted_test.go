package people

import (
	"slices"
	"testing"
)

// A sentence opening with what someone is, set before its pronoun ("A
// 46-year-old schoolteacher from Valtsy, she …"), gives the one the
// pronoun stands for that title, less the age; not a title of the other
// gender's ("A grandfather from Kelm, she" is no one's), nor of a pronoun that
// stands for no one.
func TestFrontedDescriptionIsATitle(t *testing.T) {
	_, d := analyse(paras(
		"Sabina Kovar had the ticket for a week before she used it. A 46-year-old schoolteacher from Valtsy, she had been turned down for the first train. \"I slept with it under my pillow,\" she said.",
		"Marta Vesk boarded with her son. A grandfather from Kelm, she said nothing.",
	))
	roles := rolesOf(d)
	if !slices.Contains(roles["Sabina Kovar"], "schoolteacher from Valtsy") {
		t.Errorf("Sabina Kovar's titles %q, want \"schoolteacher from Valtsy\" among them", roles["Sabina Kovar"])
	}
	if slices.ContainsFunc(roles["Marta Vesk"], func(r string) bool { return r == "grandfather from Kelm" }) {
		t.Errorf("Marta Vesk's titles %q: a father's title given to a woman", roles["Marta Vesk"])
	}
}

// A given name the text says is all it gives ("A woman who gave only her
// first name, Dana") is a woman's, whatever the lexicon knows of it.
func TestGivenOnlyClauseSaysTheGender(t *testing.T) {
	ps := paras("For the medical passengers the stakes are different. A woman who gave only her first name, Dana, 58, needs dialysis three times a week.",
		"One of the drivers, who gave only his first name, Sasha, said the queue had not moved.")
	_, d := analyse(ps)
	texts := []string{ps[0].Text, ps[1].Text}
	want := map[string]string{"Dana": "female", "Sasha": "male"}
	for _, p := range d.People(texts) {
		if g, ok := want[p.Name]; ok {
			if p.Gender.String() != g {
				t.Errorf("%s: gender %q, want %q", p.Name, p.Gender, g)
			}
			delete(want, p.Name)
		}
	}
	for n := range want {
		t.Errorf("%s not found among the people", n)
	}
}
