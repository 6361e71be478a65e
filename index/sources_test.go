package index

import (
	"context"
	"slices"
	"strings"
	"testing"
)

// "what are eu officials saying about the insurance" asks for the unnamed
// officials the articles quote: their words are shown, unattributed, with
// the role the article gave them, never as anyone's. A description no
// unnamed source fits ("the eu commissioner") adds none, and neither does
// one naming a different body.
func TestUnnamedSourcesAnswer(t *testing.T) {
	text := `Corridor deal close, officials say
Harbour Post
2031-05-02

**11:47** A senior EU official tells us the insurance facility is agreed in principle. "The money is the easy part. The hard part is getting two navies to stay out of the same water," the official said, speaking on condition of anonymity.

**12:30** EU Commissioner Ingrid Berg said the facility would be signed on Friday. "We are ready," Berg said.

**16:02** Lunch overran by two hours. A Ukrainian delegate jokes that "the soup is a negotiating tactic".
`
	e := engineOfFiles(t, map[string]string{"blog.md": text})
	for _, c := range []struct {
		q, role, holds string
	}{
		{"what are eu officials saying abt the insurance thing", "senior EU official", "The money is the easy part"},
		{"what did the anonymous ukrainian delegate say about lunch", "Ukrainian delegate", "the soup is a negotiating tactic"},
		{"what did the turkish delegate say", "", ""},
		{"the ukrainian delegate who made the lunch joke, what did they say", "Ukrainian delegate", "the soup is a negotiating tactic"},
	} {
		a, err := e.Ask(context.Background(), c.q, AskOptions{})
		if err != nil {
			t.Fatal(err)
		}
		var got []Quote
		for _, q := range a.Quotes {
			if q.Speaker == "" {
				got = append(got, q)
			}
		}
		if c.role == "" {
			if len(got) > 0 {
				t.Errorf("%q: unnamed quotes %+v, want none", c.q, got)
			}
			continue
		}
		if len(got) == 0 || got[0].Role != c.role || !strings.Contains(got[0].Text, c.holds) {
			t.Errorf("%q: unnamed quotes %+v, want %q's %q first", c.q, got, c.role, c.holds)
			continue
		}
		reply := Render(a).Text()
		if !strings.Contains(reply, "unattributed, "+c.role) {
			t.Errorf("%q: reply does not say whose words they are:\n%s", c.q, reply)
		}
	}
}

// "the medic" asks for the paramedic the articles quote unnamed (a word
// for a person written with a word before it: para-medic): the words
// are shown as the paramedic's, not declined as no one the articles
// mention. A relative is no such word: "the mother" is no grandmother.
func TestUnnamedSourceByCompoundWord(t *testing.T) {
	text := `Ferry hits pontoon
Harbour Post
2077-06-20

HOLLIN, June 20 - A paramedic who did not give her name said both men had been treated at the scene and that "nobody needed the hospital".

A grandmother waiting on the quay, who did not give her name, said "the river was calm all night".
`
	e := engineOfFiles(t, map[string]string{"wire.txt": text})
	a := ask(t, e, "did the medic say anything")
	if len(a.Quotes) == 0 || a.Quotes[0].Role != "paramedic" || !strings.Contains(a.Quotes[0].Text, "nobody needed the hospital") {
		t.Errorf("the medic: quotes %+v, want the paramedic's first", a.Quotes)
	}
	if a := ask(t, e, "what did the mother say"); slices.ContainsFunc(a.Quotes, func(q Quote) bool { return strings.Contains(q.Text, "the river was calm") }) {
		t.Errorf("the mother: quotes %+v, want none of the grandmother's", a.Quotes)
	}
}
