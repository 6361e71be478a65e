package index

import (
	"context"
	"strings"
	"testing"

	"github.com/talksbot/talksbot/corpus"
)

// A topic counts the passages holding two of its words, but only in
// articles that use two of them at all: a grain report that mentions a
// 5 and an agreement is about neither NATO's Article 5 nor the Budapest
// and Minsk precedents, and a question it cannot answer is not told it
// covers them.
func TestTopicsTheArticlesHold(t *testing.T) {
	doc := &corpus.Document{ID: "grain.txt", Title: "Grain", Outlet: "Wire", Date: "2050-03-01",
		Passages: []corpus.Passage{
			{Text: "Five ships left Odesa on March 5 under the grain agreement.", Paragraph: 1},
			{Text: "The agreement lets insurers cover 5 more ships a week.", Paragraph: 2},
			{Text: "Russia said the security of the corridor was a matter for Turkey; the Kremlin said nothing more.", Paragraph: 3},
		}}
	e := engineOf(t, &corpus.Corpus{Documents: []*corpus.Document{doc}})
	ts, err := e.Topics(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]int{"NATO and Article 5": 0, "Budapest and Minsk precedents": 0, "Russia's position": 1}
	for _, tc := range ts {
		if n, ok := want[tc.Name]; ok && tc.Passages != n {
			t.Errorf("%s: %d passages, want %d", tc.Name, tc.Passages, n)
		}
	}
	if text := Render(ask(t, e, "who won the world cup")).Text(); strings.Contains(text, "NATO") || strings.Contains(text, "Minsk") {
		t.Errorf("a question the articles do not answer was offered topics they do not hold:\n%s", text)
	}
}

// "what does the izmir accord do" asks about a thing: no one is answered
// for, whatever capitalised words a passage spells it with.
func TestTheAccordIsNoOne(t *testing.T) {
	e := engineOfFiles(t, map[string]string{"wire.md": "---\ntitle: Izmir\noutlet: Wire\ndate: 2046-03-14\n---\n\nThe Izmir Accord sets up three demining corridors and a joint verification mission.\n"})
	if a := ask(t, e, "what does the izmir accord do"); a.Speaker != "" {
		t.Errorf("answered for %q, want no one", a.Speaker)
	}
}
