package index

import "testing"

// Two people share a surname; a pronoun in the question that can only be
// the one asked about ("when he quit") says which: his words, never hers.
// "her" says nothing (it may be someone else), and so the surname alone
// stays no guess.
func TestBackRefGenderPicksNamesake(t *testing.T) {
	page := `Title: Official resigns
Outlet: Courier
Date: 2077-08-12

Radomir Halek, deputy head of the State Guardianship Office, left his post on Thursday.

In a short letter read out on state radio, Halek denied wrongdoing. "I have never hidden a single child from anyone," he wrote.
`
	explainer := `Title: Your questions answered
Outlet: Herald
Date: 2077-08-13

One of the operators, Lidia Halek, a retired schoolteacher, took 61 calls. "Most people cry for the first minute," she said. Halek is no relation to Radomir Halek, the official who resigned on Thursday — "I have been asked that four times today," she said.
`
	e := engineOfFiles(t, map[string]string{"page.txt": page, "explainer.txt": explainer})
	for q, want := range map[string]string{
		"what did halek say when he quit":        "Radomir Halek",
		"what did halek say when she took calls": "Lidia Halek",
	} {
		a, err := e.Ask(t.Context(), q, AskOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if a.Speaker != want {
			t.Errorf("%q: answered as %q, want %s", q, a.Speaker, want)
		}
	}
	a, err := e.Ask(t.Context(), "what did halek say about her", AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if a.Speaker == "Radomir Halek" {
		t.Errorf("\"her\" made Radomir Halek the one asked about")
	}
}
