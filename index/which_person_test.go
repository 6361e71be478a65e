package index

import "testing"

// "which councillor reported …" asks who reported it, a councillor: the
// one the passage names doing it; "which company reads the meters" asks
// for no person.
func TestWhichPersonDidIt(t *testing.T) {
	e := engineOfFiles(t, map[string]string{"minutes.txt": `HOLNIK VILLAGE COUNCIL - MINUTES OF THE MEETING OF 12 JUNE 2076

Present: Mayor Ana Kostic (chair); Cllr Milos Vrana; Cllr Petra Lind.

Item 4. Cllr Milos Vrana reported that a marker stone at the edge of the Upper Meadow had been knocked over by a tractor. Cllr Petra Lind proposed that the school hold a mine-risk lesson every term.

Item 5. The water meters in the village are read every month by Holnik Vodovod, a company owned by the municipality.
`})
	for _, c := range []struct{ q, who string }{
		{"which councillor reported the knocked over marker stone", "Milos Vrana"},
		{"which councillor proposed the lessons", "Petra Lind"},
	} {
		if a := ask(t, e, c.q); a.Speaker != c.who {
			t.Errorf("%q: named %q, want %s", c.q, a.Speaker, c.who)
		}
	}
	for _, c := range []struct{ q, desc, deed string }{
		{"which councillor reported the knocked over marker stone", "councillor", "reported the knocked over marker stone"},
		{"and which russian hydromet guy disputed the readings", "russian hydromet guy", "disputed the readings"},
		{"which company reads the meters", "", ""},
		{"which day did they sign", "", ""},
	} {
		desc, deed, _ := e.whichPerson(c.q)
		if desc != c.desc || deed != c.deed {
			t.Errorf("%q: read as %q, %q; want %q, %q", c.q, desc, deed, c.desc, c.deed)
		}
	}
}
