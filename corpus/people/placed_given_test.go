package people

import (
	"slices"
	"testing"
)

// A phone-in's host reads out texts, and a vox pop quotes passers-by, by
// the given name and the place alone ("Lena in Dol writes: …", "… ,"
// Oleg from Haldo said"): the words are theirs. A given name alone before
// a verb of saying stays unattributed ("Viktor writes: …"): another
// article may name that person in full, and so may a capitalised word
// that is no given name ("Hope in Vienna said").
func TestGivenNameAndPlaceSpeak(t *testing.T) {
	qs, d := analyse(paras(
		"HOST: Some texts now. Lena in Dol writes: \"Thank you Mila, my Tanya was one of the eleven.\" Next caller.",
		"\"The road was shut for a week,\" Oleg from Nova Brisk said.",
		"HOST: Viktor writes: \"They promised us every child home before New Year.\"",
		"Hope in Vienna said: \"Nothing has changed for us since the spring.\"",
	))
	byText := speakersByStart(qs, 12)
	for start, want := range map[string]string{
		"Thank you Mi": "Lena",
		"The road was": "Oleg",
		"They promise": "",
		"Nothing has ": "",
	} {
		if got, ok := byText[start]; !ok {
			t.Errorf("no quote opening %q", start)
		} else if got != want {
			t.Errorf("%q… credited to %q, want %q", start, got, want)
		}
	}
	// Where they wrote or spoke from is what the text says they are.
	roles := rolesOf(d)
	for name, want := range map[string]string{"Lena": "from Dol", "Oleg": "from Nova Brisk"} {
		if !slices.Contains(roles[name], want) {
			t.Errorf("%s's roles %q, want %q", name, roles[name], want)
		}
	}
}
