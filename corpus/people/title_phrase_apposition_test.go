package people

import (
	"slices"
	"testing"
)

// ", Member of Parliament for Brenna Vale and Lower Tessa," names no
// title noun, but writes out the one "mp" stands for (title_phrases.tsv):
// it is his title, and "Brenna Vale", ending in a place's word, is no
// one's name inside it.
func TestTitleWrittenOutAsApposition(t *testing.T) {
	_, d := analyse(paras(
		"The Mayor explained that Mr Lauri Mossberg, Member of Parliament for Brenna Vale and Lower Tessa, is serving at the front.",
	))
	var roles []string
	for _, p := range d.People(nil) {
		if p.Name == "Brenna Vale" {
			t.Errorf("Brenna Vale read as a person")
		}
		if p.Name == "Lauri Mossberg" {
			roles = p.Roles
		}
	}
	if !slices.Contains(roles, "Member of Parliament for Brenna Vale and Lower Tessa") {
		t.Errorf("Lauri Mossberg's roles %q, want his seat in parliament", roles)
	}
}
