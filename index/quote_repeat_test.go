package index

import (
	"context"
	"testing"
)

// Words one article quotes and another repeats, whole or in part, are
// shown once: the answer's quotes are different things said.
func TestRepeatedQuoteShownOnce(t *testing.T) {
	e := engineOfFiles(t, map[string]string{
		"wire.txt": `Title: Kallas on sanctions
Outlet: Wire
Date: 2027-03-20

The EU's foreign policy chief, Kaja Kallas, said in Brussels: "Sanctions relief is not a down payment on peace. It is the last item on the table, not the first."

Kallas also said sanctions on Russian banks would stay. "The banks are the last thing we would touch on sanctions," she said.
`,
		"interview.txt": `Title: An interview on the talks
Outlet: Observer
Date: 2027-03-22

Kallas has called sanctions relief "the last item on the table", and the mediators have listened.
`,
	})
	a, err := e.Ask(context.Background(), "kallas on sanctions", AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if a.Speaker != "Kaja Kallas" || len(a.Quotes) < 2 {
		t.Fatalf("speaker %q, quotes %+v; want two of Kaja Kallas's", a.Speaker, a.Quotes)
	}
	for _, q := range a.Quotes {
		if q.Text == "the last item on the table" {
			t.Errorf("the words of another quote shown again as one of their own: %+v", a.Quotes)
		}
	}
}
