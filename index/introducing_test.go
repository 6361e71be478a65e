package index

import (
	"context"
	"strings"
	"testing"
)

// "Who is" asks what someone is: the passage that introduces them with
// their fullest title comes first, above passages that only name them,
// however well those match their name.
func TestWhoIsOpensWithTheirIntroduction(t *testing.T) {
	brief := `Title: Protocol initialled
Outlet: Wire
Date: 2041-04-16

When Kyiv proposed Ireland as a mediator and Moscow proposed Indonesia, the Irish envoy flew to Jakarta to meet the Indonesian ambassador, Rizal Setiawan, before agreeing.

Rizal Setiawan and the Irish envoy spoke to reporters for a few minutes. Setiawan said the talks had been long.
`
	interview := `Title: "The dead are patient"
Outlet: Harian Nusantara
Date: 2041-04-20

Four days after the delegations initialled the protocol, Ambassador Rizal Setiawan, Indonesia's ambassador-at-large for humanitarian diplomacy and one of the two co-mediators of the talks, received us at his residence.

"The dead are patient," Setiawan said. "The living are not."
`
	e := engineOfFiles(t, map[string]string{"brief.txt": brief, "interview.txt": interview})
	a, err := e.Ask(context.Background(), "whos rizal setiawan", AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Passages) == 0 || !strings.Contains(a.Passages[0].Text, "ambassador-at-large for humanitarian diplomacy") {
		t.Errorf("first passage %q, want his introduction with his title", firstText(a))
	}
}
