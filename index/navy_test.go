package index

import "testing"

// "what did the dravenian navy say" is answered by the one who speaks for
// it, whom the articles call "Dravenia's navy spokesman": a country the
// articles name both ways (Dravenia, Dravenian) is one country, as Russia
// and Russian are.
func TestBodyOfACountryNamedEitherWay(t *testing.T) {
	wire := `Title: Mine blamed on both navies
Outlet: Wire
Date: 2077-09-16

Dravenia's navy spokesman, Commander Ilya Dorskov, has gone further than the morning's denial. "Let the inspectors look at the serial plate," Dorskov said.

Ostrelian navy spokesman Bogdan Ilves said: "The fragments point to a Dravenian mine."
`
	e := engineOfFiles(t, map[string]string{"wire.txt": wire})
	for q, want := range map[string]string{
		"what did the dravenian navy say": "Ilya Dorskov",
		"what did the ostrelian navy say": "Bogdan Ilves",
	} {
		if a := ask(t, e, q); a.Speaker != want {
			t.Errorf("%q: speaker %q, want %q", q, a.Speaker, want)
		}
	}
}
