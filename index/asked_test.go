package index

import (
	"context"
	"strings"
	"testing"
)

// An interview's answer seldom repeats the question it answers ("Q: What
// about the Zaporizhzhia nuclear plant?" / "A: It has been cut off from
// our grid …"): members asking about the plant get that answer first,
// above an explainer that only names the plant in a list, both for what
// the interviewee said and for the topic alone.
func TestAnswerFoundByItsQuestion(t *testing.T) {
	interview := `Grid chief: the hardest December
Harbour Post
2025-12-20

Olena Marchuk has been chief executive of UkrTransGrid, Ukraine's state-owned transmission operator, since March 2024. We spoke to her in Kyiv.

Q: How bad is the grid this week?

A: It is the hardest December since 2022. Since October there have been eleven large-scale attacks on our network.

Q: What about the Zaporizhzhia nuclear plant?

A: It has been cut off from our grid for most of the war and its six reactors are in cold shutdown. It is not a switch we can flip.
`
	explainer := `What is still unresolved?
Harbour Post
2025-12-19

Plenty. Territory in Donetsk, the future of the Zaporizhzhia nuclear plant, the lifting of sanctions and frozen Russian assets are all open.

Negotiators say the remaining questions will go to the leaders.
`
	e := engineOfFiles(t, map[string]string{"interview.txt": interview, "explainer.txt": explainer})
	ctx := context.Background()
	for _, q := range []string{"marchuk on zaporizhzhia npp", "what did the grid ceo say about the zaporizhzhia nuclear plant"} {
		a, err := e.Ask(ctx, q, AskOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if a.Speaker != "Olena Marchuk" || len(a.Quotes) == 0 || !strings.Contains(a.Quotes[0].Text, "six reactors are in cold shutdown") {
			t.Errorf("%q: speaker %q, quotes %d; want Marchuk's answer about the plant first", q, a.Speaker, len(a.Quotes))
		}
	}
	a, err := e.Ask(ctx, "zaporizhzhia nuclear plant reactors", AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Passages) == 0 || !strings.Contains(a.Passages[0].Text, "six reactors are in cold shutdown") {
		t.Errorf("the plant as a topic: %d passages, want the interview's answer about it first", len(a.Passages))
	}
}
