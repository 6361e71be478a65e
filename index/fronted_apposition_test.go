package index

import "testing"

// What someone is, set before their name ("the officer commanding the
// checkpoint, Lieutenant Colonel Dariusz Korlan"), describes them, not
// the one named before it whose words report theirs ("According to
// Sand, …").
func TestFrontedApposition(t *testing.T) {
	e := engineOfFiles(t, map[string]string{"wire.txt": `Inspectors held at checkpoint

SOKIL, June 14 - IAEA spokesman Fredrik Sand said the convoy had been held for six hours. "Our inspectors are not a party to this conflict," Sand said.

According to Sand, the officer commanding the checkpoint, Lieutenant Colonel Dariusz Korlan, told the team that "no vehicle goes past this barrier without our escort" and said he was waiting for orders.
`})
	for _, c := range []struct{ q, speaker string }{
		{"wat did the checkpoint commander tell them", "Dariusz Korlan"},
		{"what did the iaea spokesman say", "Fredrik Sand"},
	} {
		if a := ask(t, e, c.q); a.Speaker != c.speaker {
			t.Errorf("%q: speaker %q, want %s", c.q, a.Speaker, c.speaker)
		}
	}
}
