package index

import "testing"

// "the kestrenergo spokesman" is the grid company's spokesman, not the
// company: a one-word name of no one whose gender or given name the
// articles tell (corpus103's factbox makes the company a speaker: "Kestrenergo
// said the nearest was less than 300 metres away"), before a word for a
// person, owns the title.
func TestBodyNameBeforeATitleOwnsIt(t *testing.T) {
	e := engineOfDir(t, "testdata/corpus103")
	if p := e.resolveName("kestrenergo"); p == nil {
		t.Fatal("the company is no one the articles name: the case this test is for does not arise")
	}
	askedAs(t, e, []struct{ q, who string }{
		{"what did the kestrenergo spokesman say abt the shelling", "Anton Mirsky"},
		{"kestrenergo spokesman quote", "Anton Mirsky"},
	})
}
