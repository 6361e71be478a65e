package index

import (
	"context"
	"strings"
	"testing"
)

// A few words quoted in a reported clause ("said the first day had
// passed "calmly, without provocations"") come after the person's whole
// statements on the same subject: BM25 favours the short field, and a
// member asking what someone said wants what they said in full first.
func TestStatementsBeforeFragments(t *testing.T) {
	e := engineOfFiles(t, map[string]string{"wire.txt": `Harvest begins in the buffer zone
Wire
2074-07-01

We found no complaint from Moscow during the harvest. On 1 July, Prokhorov himself told reporters the first day had passed "calmly, without provocations".

Yevgeny Prokhorov, the Russian-appointed head of the Nova Dolyna district administration, said the first day had passed "calmly, without provocations".

"We are here to bring in bread, not to make politics," he said on the first day.
`})
	a, err := e.Ask(context.Background(), "what did prokhorov say on the first day", AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Quotes) < 2 {
		t.Fatalf("quotes %+v, want the statement and the fragment", a.Quotes)
	}
	if !strings.HasPrefix(a.Quotes[0].Text, "We are here") {
		t.Errorf("first quote %q, want the whole statement before \"calmly, without provocations\"", a.Quotes[0].Text)
	}
}
