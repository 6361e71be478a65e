package people

import (
	"slices"
	"strings"
	"testing"
)

// A surname two people share, with a title before it ("the release of
// Lieutenant Aster"), is the one of them who holds that title (Emil
// Aster, "his son Emil, a lieutenant"), not the first of them named.
func TestTitledSurnameOfTwoIsTheTitledOne(t *testing.T) {
	ps := paras(
		`In Durn, Bogdan Aster spent Tuesday night in his car outside the school. His son Emil, a lieutenant, was one of the fourteen.`,
		`"They said my son was a criminal," Aster, 61, told me on Friday.`,
		`Emil Aster was one of five men removed from the final manifest.`,
		`The president's spokeswoman, Nadia Corbel, has claimed the release of Lieutenant Aster and the four other men as proof that pressure works.`,
	)
	_, d := analyse(ps)
	var texts []string
	for _, p := range ps {
		texts = append(texts, p.Text)
	}
	for _, p := range d.People(texts) {
		lieutenant := slices.ContainsFunc(p.Roles, func(r string) bool { return strings.EqualFold(r, "lieutenant") })
		switch p.Name {
		case "Bogdan Aster":
			if lieutenant {
				t.Errorf("Bogdan Aster given his son's rank: %q", p.Roles)
			}
		case "Emil Aster":
			if !lieutenant {
				t.Errorf("Emil Aster's roles %q, want a lieutenant's", p.Roles)
			}
		}
	}
}
