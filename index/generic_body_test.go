package index

import "testing"

// "the mothers group leader" is the chair of the Mothers of Selvary: a
// word calling any body ("group", "association") says only that someone
// is with one; the other words say which.
func TestGenericBodyWordInADescription(t *testing.T) {
	wire := `Title: Families wait at the bridge
Outlet: Wire
Date: 2077-08-14

Ruta Kessel, chair of the Mothers of Selvary, said her members would gather outside the ombudsman's office. "I stood at the barrier from eight in the morning," Kessel said.

Jonas Hale, head of the Amberline Committee's delegation, said: "Every name was checked twice."
`
	e := engineOfFiles(t, map[string]string{"wire.txt": wire})
	for q, want := range map[string]string{
		"what did the mothers group leader say":      "Ruta Kessel",
		"what did the mothers association chair say": "Ruta Kessel",
		"what did the amberline group head say":      "Jonas Hale",
	} {
		if a := ask(t, e, q); a.Speaker != want {
			t.Errorf("%q: speaker %q, want %q", q, a.Speaker, want)
		}
	}
}
