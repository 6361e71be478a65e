package index

import (
	"context"
	"os"
	"testing"

	"github.com/talksbot/talksbot/corpus"
)

// Words that say when a question is set ("this weekend") say nothing of
// what it asks: the weather in a city the articles name, this weekend,
// is not answered from a passage on the city's palace reopening to
// tourists this weekend (corpus11's live blog).
func TestTimeWordsDoNotMakeAQuestionCovered(t *testing.T) {
	c, err := corpus.LoadFS(os.DirFS("testdata/corpus11"), corpus.Options{})
	if err != nil {
		t.Fatal(err)
	}
	e := engineOf(t, c)
	a, err := e.Ask(context.Background(), "weather in vienna this weekend?", AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if a.Answered() {
		t.Errorf("answered with %q; want the honest no-answer", passageTexts(a))
	}
	a, err = e.Ask(context.Background(), "is the hofburg open to tourists this weekend", AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !a.Answered() {
		t.Error("a question on the palace reopening declined")
	}
}
