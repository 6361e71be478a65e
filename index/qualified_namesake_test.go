package index

import "testing"

// "the host on the radio show with marenko", of corpus108 (Ilse Marenko,
// Valgrid's chief engineer, a guest; Pavel Marenko, the mayor): whoever
// the description is, it is not the Marenko it is qualified by, though
// the surname is two people's and so names neither alone; nor are her
// words shown for the host.
func TestQualifiedByNamesakeIsNotThem(t *testing.T) {
	e := engineOfDir(t, "testdata/corpus108")
	for _, q := range []string{"who was the host on the radio show with marenko", "who is the presenter with marenko"} {
		a, err := e.Ask(t.Context(), q, AskOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if a.Speaker == "Ilse Marenko" || a.Speaker == "Pavel Marenko" {
			t.Errorf("%q: answered as %s", q, a.Speaker)
		}
		for _, qt := range a.Quotes {
			if qt.Speaker == "Ilse Marenko" || qt.Speaker == "Pavel Marenko" {
				t.Errorf("%q: %s's words shown", q, qt.Speaker)
			}
		}
	}
}
