package people

import (
	"slices"
	"testing"
)

// "Captain Henrik Dalvo, 56, skipper of the trawler Brenna Dawn": a rank
// before the name and what the apposition after it says he is, a ship's
// name in it no one's; and a live entry's time ("06:52 - ") stands
// before the sentence whose subject speaks, not in it.
func TestRankThenApposition(t *testing.T) {
	ps := paras(
		`Her husband, Captain Henrik Dalvo, 56, skipper of the trawler Brenna Dawn, had just climbed aboard.`,
		`06:52 - Captain Emil Sorre, commander of the cutter Aster, speaks to reporters from the deck: "They came up the ladder on their own, all fourteen of them."`,
	)
	qs, d := analyse(ps)
	var texts []string
	for _, p := range ps {
		texts = append(texts, p.Text)
	}
	people := d.People(texts)
	i := slices.IndexFunc(people, func(p Person) bool { return p.Name == "Henrik Dalvo" })
	if i < 0 || !slices.Contains(people[i].Roles, "skipper of the trawler Brenna Dawn") {
		t.Errorf("people %v, want Henrik Dalvo the skipper", people)
	}
	if len(qs) != 1 || qs[0].Speaker != "Emil Sorre" {
		t.Errorf("quotes %+v, want the cutter's captain's", qs)
	}
}
