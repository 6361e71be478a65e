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

// A passage saying what someone is in an apposition ("Ambassador Regula
// Imhof, a career diplomat who …", "Imhof, a career diplomat …") is
// their introduction, put first among the passages naming them; an
// opinion of them ("Imhof is a hard woman to read") is none.
func TestAppositionIntroduces(t *testing.T) {
	wire := `Title: Deal signed
Outlet: Wire
Date: 2050-03-17

"This is the first page both sides have written together," Swiss mediator Regula Imhof told reporters.
`
	e := engineOfFiles(t, map[string]string{"wire.txt": wire})
	var p *person
	for i := range e.people {
		if e.people[i].Name == "Regula Imhof" {
			p = &e.people[i]
		}
	}
	if p == nil {
		t.Fatal("Regula Imhof not among the people")
	}
	ps := []Passage{
		{Text: `"This is the first page both sides have written together," Swiss mediator Regula Imhof told reporters.`},
		{Text: `"Imhof is a hard woman to read," one delegate said.`},
		{Text: `The Swiss side is led by Ambassador Regula Imhof, a career diplomat who previously headed the Swiss mission in Amman.`},
		{Text: `Imhof, a career diplomat, headed the Swiss mission in Amman before the talks.`},
	}
	got := introducingFirst(p, ps)
	for i, want := range []string{"Ambassador Regula Imhof, a career diplomat", "Imhof, a career diplomat, headed"} {
		if !strings.Contains(got[i].Text, want) {
			t.Errorf("passage %d %q, want the one with %q", i, got[i].Text, want)
		}
	}
	if strings.Contains(got[2].Text, "hard woman") {
		t.Errorf("an opinion of her (%q) put before the passage quoting her", got[2].Text)
	}
}
