package index

import "testing"

// "the old chief engineer of the dam": "of the dam" is what the title is
// of, part of the description, not what she spoke about. In corpus131
// the dam's former chief engineer writes in her own words; the Corvanne
// team's chief inspector, an engineer, is quoted. Her words do not
// answer for the chief engineer.
func TestWhatATitleIsOfIsNoSubject(t *testing.T) {
	e := engineOfDir(t, "testdata/corpus131")
	for _, q := range []string{
		"what did the old chief engineer of the dam tell her workers",
		"what did the chief engineer of the dam tell her workers",
	} {
		if a := ask(t, e, q); a.Speaker == "Annika Selvaag" {
			t.Errorf("%s: answered with the chief inspector's words", q)
		}
	}
}
