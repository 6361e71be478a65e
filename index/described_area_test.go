package index

import (
	"context"
	"testing"
	"testing/fstest"

	"github.com/talksbot/talksbot/corpus"
)

// A distribution line's "Office of the Governor, Vesna Region" makes no
// governor called Vesna Region: a name ending in a word for a kind of
// area is a place. "The governor" is then the one governor the articles
// name and quote, not a choice between him and a place.
func TestAPlaceIsNoGovernor(t *testing.T) {
	wire := `FIRE WINDOW HOLDS

DISTRIBUTION: Office of the Governor, Vesna Region; Duty Desk

"The governor regards every idle hour as an hour handed to the fire," said Lena Koval, spokeswoman for Vesna regional governor Dragan Obradin.

Lena Koval, the Vesna governor's spokeswoman, said the administration was "relieved and exhausted in equal measure".

Governor Dragan Obradin walked through the village on Friday. "Nobody here will be left to rebuild alone," the governor said.
`
	c, err := corpus.LoadFS(fstest.MapFS{"wire.txt": {Data: []byte(wire)}}, corpus.Options{})
	if err != nil {
		t.Fatal(err)
	}
	e, err := Build(context.Background(), BuildOptions{Corpus: c})
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{"what did the governor say", "what did the governor himself say about rebuilding"} {
		a, err := e.Ask(context.Background(), q, AskOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if a.Speaker != "Dragan Obradin" || len(a.Candidates) != 0 {
			t.Errorf("%q: speaker %q, candidates %+v; want Dragan Obradin alone", q, a.Speaker, a.Candidates)
		}
	}
	for _, p := range c.People {
		if p.Name == "Vesna Region" {
			t.Errorf("a place read as a person: %+v", p)
		}
	}
}
