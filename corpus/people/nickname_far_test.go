package people_test

import (
	"slices"
	"testing"
)

// A nickname given several words after the name still names the person
// ("a fisherman whom everyone along this stretch of river calls the
// Heron", "known to everyone on the river as the Heron"), after an age
// too; and the role is the fisherman, not the clause about what others
// call him.
func TestNicknameGivenFarAfterTheName(t *testing.T) {
	for _, text := range []string{
		`She spoke to Emil Sandor, 67, a fisherman whom everyone along this stretch of river calls the Heron. "I have fished this bend for forty years," Sandor said.`,
		`Emil Sandor, known to everyone on the river as the Heron, holds one of his ruined nets. "Forty years of nets, and I burn them all next week," he said.`,
	} {
		d := analyseDoc(t, text)
		found := false
		for _, p := range d.People(nil) {
			if p.Name != "Emil Sandor" {
				continue
			}
			found = true
			if !slices.Contains(p.Aliases, "the heron") {
				t.Errorf("%q: aliases %q, want the heron", text, p.Aliases)
			}
			if len(p.Roles) > 0 && p.Roles[0] != "fisherman" {
				t.Errorf("%q: roles %q, want the fisherman", text, p.Roles)
			}
		}
		if !found {
			t.Errorf("%q: no Emil Sandor", text)
		}
	}
}
