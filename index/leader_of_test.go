package index

import "testing"

// "the boss of the mine authority" is "the mine authority boss": its
// director, not the authority's "chief quality-assurance officer", the
// first of its officers.
func TestBossOfABody(t *testing.T) {
	e := engineOfFiles(t, map[string]string{"release.txt": `Authority orders re-survey

"The handover certificate is a promise to a farmer," said Colonel Irma Vesel, director of the National Mine Action Authority (NMAA).

The inspector who signed the release, Major Oleg Tamm, the NMAA's chief quality-assurance officer for Kesh, has been moved to desk duties.
`})
	for _, q := range []string{"whos the boss of the mine authority", "who is the mine authority boss"} {
		a := ask(t, e, q)
		if a.Speaker != "Irma Vesel" {
			t.Errorf("%q: speaker %q, want Irma Vesel", q, a.Speaker)
		}
	}
}
