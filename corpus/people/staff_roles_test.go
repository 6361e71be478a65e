package people

import (
	"slices"
	"strings"
	"testing"
)

// A title ending in its "of" part keeps it: "his chief of staff, Henri
// Salvat" (after a sentence's opening adverb and a possessive pronoun),
// "Henri Salvat, chief of staff to President Aurel Montbrey" (whose
// office, without the name). A press briefing's reporter labelled with
// an outlet ("NADIA HOLM (Corvanne Public Radio):", "TOM BRIGGS
// (Eurowire):") works for it, no MP for a constituency, which only a
// member's label with an honorific gives alone; and an insurer's name ("Castellane Marine
// Underwriters") is a body, no person called Marine.
func TestRolesOfStaffAndOutlets(t *testing.T) {
	_, d := analyse(paras(
		"President Aurel Montbrey has not appeared in public today. Instead his chief of staff, Henri Salvat, read a short statement.",
		"In Aubrecourt, Henri Salvat, chief of staff to President Montbrey, reads a statement.",
		"Julian Ferrow, head of war risk at Castellane Marine Underwriters, said premiums had fallen.",
		"MODERATOR: Let's go to questions.",
		"NADIA HOLM (Corvanne Public Radio): Have your teams found anything?",
		"TOM BRIGGS (Eurowire): When will the taps run?",
		"MODERATOR: Thank you all.",
	))
	roles := map[string][]string{}
	for _, p := range d.People(nil) {
		roles[p.Name] = p.Roles
	}
	for name, want := range map[string]string{
		"Henri Salvat": "chief of staff",
		"Nadia Holm":   "Corvanne Public Radio",
	} {
		if !slices.Contains(roles[name], want) {
			t.Errorf("%s: roles %q, want %q among them", name, roles[name], want)
		}
	}
	if !slices.Contains(roles["Henri Salvat"], "chief of staff to President") {
		t.Errorf("Henri Salvat: roles %q, want whose chief of staff", roles["Henri Salvat"])
	}
	if _, ok := roles["Marine Underwriters"]; ok {
		t.Errorf("an insurer's name read as a person: %q", roles)
	}
	for _, r := range append(roles["Nadia Holm"], roles["Tom Briggs"]...) {
		if strings.HasPrefix(r, "MP for") {
			t.Errorf("a reporter's outlet read as a constituency: %q", r)
		}
	}
}
