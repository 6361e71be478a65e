package index

import "testing"

// "the forestry prof" is the forestry scientist at a university: an
// academic's title finds whoever works at a body that studies and holds
// the description's other words, as "the forestry expert" does. The
// columnist who quotes her is no professor.
func TestAcademicTitleFindsSomeoneAtABodyThatStudies(t *testing.T) {
	e := engineOfFiles(t, map[string]string{
		"wire.md": "# Why the shells go off\n\n" +
			"\"The fire is not hot enough to burn deep, but it is hot enough to set off what lies on top,\" said Dr Annelie Sorvik, a forestry scientist at the University of Castrenn.\n",
		"column.md": "# Let them clear the strip\n\nBy Nadia Corvin, columnist\n\n" +
			"\"The grass will come back; the shells will still be there next summer,\" I told my editor.\n",
	})
	for _, q := range []string{"what did the forestry prof say abt why shells explode", "what did the forestry expert say"} {
		if a := ask(t, e, q); a.Speaker != "Annelie Sorvik" || len(a.Quotes) == 0 {
			t.Errorf("%q: speaker %q with %d quotes, want Annelie Sorvik's words", q, a.Speaker, len(a.Quotes))
		}
	}
}
