package index

import "testing"

// "who said …" is the one person whose quotation holds the words asked,
// answered with their words on it; words two people said alike, or no
// one did, name no one.
func TestWhoSaid(t *testing.T) {
	text := `Title: Conference closes
Outlet: Wire
Date: 2050-05-27

Closing the conference, the Minister for Foreign Affairs of Finland, Aino Lehtikuusi, said: "A reactor does not care whose flag flies over it, and neither should our money."

"The list is complete and it is final," said Russian negotiator Pavel Orlov.

"The list is complete, and we have checked it twice," said Ukrainian negotiator Olena Hrytsenko.
`
	e := engineOfFiles(t, map[string]string{"wire.txt": text})
	for q, want := range map[string]string{
		"who said reactors dont care about flags": "Aino Lehtikuusi",
		"who said the list is complete":           "",
		"who said the money will run out":         "",
		// Asking who said what on a subject is asking who spoke on it,
		// not for the words of someone called "who".
		"who said what about reactors": "Aino Lehtikuusi",
	} {
		a := ask(t, e, q)
		if a.Speaker != want {
			t.Errorf("%q: speaker %q, want %q", q, a.Speaker, want)
		}
		if want != "" && len(a.Quotes) == 0 {
			t.Errorf("%q: no quotes of %s", q, want)
		}
	}
}
