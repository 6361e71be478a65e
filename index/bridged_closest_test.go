package index

import (
	"context"
	"strings"
	"testing"
)

// "did anyone get hurt", of articles that say "were injured": the
// question's one word is held only through a relative (WordNet's
// participle "hurt" is similar to "injured"), so the passage is shown as
// the closest the articles have, not "not covered", and never as an
// exact answer. A question none of whose words the articles hold, nor
// anything close, is still not covered.
func TestOnlyARelativeHeldIsTheClosest(t *testing.T) {
	report := `Dam release floods Altheim

Water released from the Staroverkh dam reached Altheim before dawn on Sunday. Thirty-one people were injured, four of them seriously, the regional hospital said.

The river crested at 6.4 metres at noon, the highest since records began.
`
	e := engineOfFiles(t, map[string]string{"report.txt": report})
	a, err := e.Ask(context.Background(), "did anyone get hurt", AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !a.Answered() || !a.Closest || len(a.Passages) == 0 || !strings.Contains(a.Passages[0].Text, "were injured") {
		t.Errorf("did anyone get hurt: answered %v, closest %v, passages %q; want the injured, as the closest passage", a.Answered(), a.Closest, firstText(a))
	}
	a, err = e.Ask(context.Background(), "how do i change my nickname on this server", AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if a.Answered() {
		t.Errorf("server chatter answered: %q", firstText(a))
	}
}
