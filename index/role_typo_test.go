package index

import "testing"

// "what did the leutenant say": a role mistyped in the person asked
// about is the role the articles give, as a mistyped word of the search
// is, so that officer's words; so too before their surname in "X on Y"
// ("profesor marrow on who is to blame").
func TestMistypedRoleIsAsked(t *testing.T) {
	wire := `Title: Driver remanded over drone parts
Outlet: Valley Herald
Date: 2077-06-23

Regional prosecutor Emil Varga told the court the two camera modules "have no place on a crop sprayer".

Lieutenant Oskar Brun of the border guard said: "The compartment was welded shut."

The defence lawyer, Natalia Pirvu, said: "My client is a haulier, not an arms dealer."
`
	e := engineOfFiles(t, map[string]string{"wire.txt": wire})
	for q, want := range map[string]string{
		"what did the prosecuter say about the cameras": "Emil Varga",
		"wat did the prossecutor say":                   "Emil Varga",
		"what did the leutenant say":                    "Oskar Brun",
		"what did the leiutenant say abt the box":       "Oskar Brun",
		// A title mistyped before a surname, then "on" and the subject:
		// someone asked about, not a search.
		"leutenant brun on the compartment?": "Oskar Brun",
		"prosecuter varga on the cameras":    "Emil Varga",
	} {
		if a := ask(t, e, q); a.Speaker != want {
			t.Errorf("%q: speaker %q, want %s", q, a.Speaker, want)
		}
	}
}
