package index

import (
	"context"
	"testing"
	"testing/fstest"

	"github.com/talksbot/talksbot/corpus"
)

// "The forest scientist" is the forest ecologist the articles quote: an
// ecologist is a kind of scientist (WordNet, person_nouns.tsv), though
// the articles never call her one.
func TestDescribedByABroaderKind(t *testing.T) {
	podcast := `Guests: Dr. Hana Ruml, forest ecologist, University of Pelagon; Vesna Tarkova, Deputy Chief Fire Officer

HOST: Hana, what does a fire do to a minefield?

HANA RUML: The burned ground is more dangerous to walk on now than it was before, not less. The fire burns away the cover and leaves the mines closer to the surface.

HOST: Vesna, how many of your people went in?

VESNA TARKOVA: Four hundred and twenty on our side, every one of them behind the deminers.
`
	c, err := corpus.LoadFS(fstest.MapFS{"podcast.md": {Data: []byte(podcast)}}, corpus.Options{})
	if err != nil {
		t.Fatal(err)
	}
	e, err := Build(context.Background(), BuildOptions{Corpus: c})
	if err != nil {
		t.Fatal(err)
	}
	a, err := e.Ask(context.Background(), "the forest scientist, what did she say abt the mines after the fire", AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if a.Speaker != "Hana Ruml" {
		t.Errorf("speaker %q, want Hana Ruml", a.Speaker)
	}
}
