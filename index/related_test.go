package index

import (
	"context"
	"strings"
	"testing"
)

// A passage that answers in other words than the question's, holding too
// little of them to be taken as an answer, is still shown: after the
// passages that answer, marked as related, under its own heading. Before,
// "where exactly do the returnees cross" showed two passages on the
// returnees' registration, and not the one naming the crossing point.
func TestRelatedPassagesComeAfterTheAnswer(t *testing.T) {
	e := engineOfDir(t, "testdata/corpus11")
	a := ask(t, e, "where exactly do the returnees cross")
	const crossing = "the Pokrovka crossing point in Sumy region"
	at := -1
	for i, p := range a.Passages {
		if strings.Contains(p.Text, crossing) {
			at = i
		}
	}
	if at < 0 {
		t.Fatalf("no passage holds %q: %q", crossing, passageTexts(a))
	}
	if !a.Passages[at].Related {
		t.Errorf("the crossing is shown as an answer; it holds too little of the question to be one")
	}
	if a.Passages[0].Related {
		t.Errorf("a related passage is shown first, before those that answer")
	}
	text := Render(a).Text()
	heading, cite := strings.Index(text, "Related passages:"), strings.Index(text, "Pokrovka")
	if heading < 0 || heading > cite {
		t.Errorf("the crossing is not under the related heading:\n%s", text)
	}
}

// Related passages never come before an answering one, and so never
// stand alone: a question nothing answers still gets the honest no
// answer. Over every question of a suite.
func TestRelatedPassagesNeverLeadNorStandAlone(t *testing.T) {
	s := Suite{Name: "corpus11", Corpus: "testdata/corpus11", Questions: "testdata/relevance/corpus11.yaml"}
	cases, err := s.cases()
	if err != nil {
		t.Fatal(err)
	}
	e := engineOfDir(t, s.Corpus)
	related := 0
	for _, c := range cases {
		a, err := e.Ask(context.Background(), c.Question, AskOptions{})
		if err != nil {
			t.Fatal(err)
		}
		seen := false
		for i, p := range a.Passages {
			if p.Related {
				related++
				seen = true
				if i == 0 {
					t.Errorf("%q: its first passage is only related", c.Question)
				}
			} else if seen {
				t.Errorf("%q: an answering passage (%d) after a related one", c.Question, i)
			}
		}
	}
	if related == 0 {
		t.Error("no question of the suite showed a related passage")
	}
}
