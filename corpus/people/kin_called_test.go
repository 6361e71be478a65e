package people_test

import (
	"slices"
	"strings"
	"testing"
)

// A word for a relative written as a name ("Baba says", "Gran told me")
// calls the one the text gives that relation ("my grandmother, Emilia
// Sarkany"): her words are hers, and no person "Baba" is made. A father
// named does not make "Baba" his.
func TestKinWordAsNameCallsTheRelative(t *testing.T) {
	for _, call := range []string{"Baba", "Gran", "Oma"} {
		d := analyseDoc(t,
			`For eleven months my grandmother, Emilia Sarkany, 84, has lived in the same flat in Korvany, where she taught piano to half the town.`,
			call+` was on platform 2 at half past five in the morning with her blue suitcase.`,
			`"I have waited for worse things than a train," `+call+` said when I asked how she stood it.`,
		)
		got := namesOf(d.People(nil))
		if slices.Contains(got, call) {
			t.Errorf("%s: people %q: want no one called %s apart from Emilia Sarkany", call, got, call)
		}
		for _, q := range d.Quotes {
			if strings.HasPrefix(q.Text, "I have waited") && q.Speaker != "Emilia Sarkany" {
				t.Errorf("%s: quote %q by %q, want Emilia Sarkany", call, q.Text, q.Speaker)
			}
		}
	}
	d := analyseDoc(t,
		`My father, Ivo Sarkany, drove the bus to the station.`,
		`"I have waited for worse things than a train," Baba said when I asked how she stood it.`,
	)
	for _, q := range d.Quotes {
		if strings.HasPrefix(q.Text, "I have waited") && q.Speaker == "Ivo Sarkany" {
			t.Errorf("quote %q given to the father, Ivo Sarkany; Baba is no father", q.Text)
		}
	}
}

// A title ending in a word for a relative says the holder's gender when
// nothing else does: "the veteran's younger brother, Luka Brodar" is a
// man, so "the old lady who travelled" is never him.
func TestKinTitleSaysGender(t *testing.T) {
	d := analyseDoc(t,
		`The veteran's younger brother, Luka Brodar, travelled in the medical carriage.`,
		`His wife, Marites Basco, stayed at home.`,
		`Their cousin, Kim Adair, drove.`,
	)
	want := map[string]string{"Luka Brodar": "male", "Marites Basco": "female", "Kim Adair": ""}
	for _, p := range d.People(nil) {
		if g, ok := want[p.Name]; ok && p.Gender.String() != g {
			t.Errorf("%s (%q): gender %q, want %q", p.Name, p.Roles, p.Gender, g)
		}
	}
}
