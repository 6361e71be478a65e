package people

import (
	"slices"
	"testing"
)

// A nickname set after a name, in quotation marks: ", known to everyone
// at the Kessel depot as "Pepper"", ", "Pepper" to his colleagues". It is
// his, beside his surname; a quoted word after a name that no one goes
// by (", "a watch", he said") is none.
func TestNicknameInApposition(t *testing.T) {
	for _, text := range []string{
		`The driver, Jonas Pellar, known to everyone at the Kessel depot as "Pepper", climbed down to the platform.`,
		`Driver Jonas Pellar, "Pepper" to his colleagues, checks the signal before leaving.`,
	} {
		_, d := analyse(paras(text))
		found := false
		for _, p := range d.People(nil) {
			found = found || p.Name == "Jonas Pellar" && slices.Contains(p.Aliases, "pepper pellar")
		}
		if !found {
			t.Errorf("%s: people %+v, want Jonas Pellar called Pepper", text, d.People(nil))
		}
	}
	_, d := analyse(paras(`Jonas Pellar, "Today she ran like a watch," he said.`))
	for _, p := range d.People(nil) {
		if len(p.Aliases) > 1 {
			t.Errorf("aliases %q from a quotation after the name", p.Aliases)
		}
	}
}
