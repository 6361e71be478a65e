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

// "Captain Halvard" in a mail sent by Jonas Halvard, before the mail names
// "the master, Captain Ines Halvard" further down, is the captain: the
// title next to a full name anywhere in the document says whose a titled
// surname is, and the one who sent the mail is not given it.
func TestTitledSurnameBeforeTheFullName(t *testing.T) {
	_, d := analyse(paras(
		"From: Jonas Halvard, Chief Executive Officer",
		"Dear Jonas, I am very sorry to hear about Captain Halvard and the three crew members.",
		"> Four crew injured, including the master, Captain Ines Halvard, who was flown to hospital.",
	))
	for _, p := range d.People(nil) {
		if p.Name != "Jonas Halvard" {
			continue
		}
		for _, r := range p.Roles {
			if r == "Captain" {
				t.Errorf("Jonas Halvard given the captain's title: %q", p.Roles)
			}
		}
	}
}
