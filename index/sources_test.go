package index

import (
	"context"
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
