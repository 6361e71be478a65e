package index

import "testing"

// "what did the mediator guy say", where the articles call Corvanne the
// mediator ("mediated by Corvanne", "the Corvanne mediators") and quote
// one person of it, its special envoy, titled no mediator himself: his
// words. With two of Corvanne's people quoted, which one "the mediator"
// means is no guess to make.
func TestMediatorIsTheMediatingCountrysOnePersonQuoted(t *testing.T) {
	text := `Title: Art comes home
Outlet: Wire
Date: 2078-11-19

The handover under the ceasefire, mediated by the Republic of Corvanne, took nine hours at the Hollin crossing.

"The 37 missing items are not forgotten," said Mathis Arnaud, Corvanne's special envoy for cultural property.

Museum director Irena Solvik thanked the Corvanne mediators. "We have most of our collection back," she said.
`
	e := engineOfFiles(t, map[string]string{"wire.txt": text})
	for _, q := range []string{"what did the mediator guy say", "mediator on the missing items"} {
		if a := ask(t, e, q); a.Speaker != "Mathis Arnaud" {
			t.Errorf("%q: speaker %q, want Mathis Arnaud", q, a.Speaker)
		}
	}
	two := text + `
"Corvanne will keep both capitals talking," said Lea Varin, Corvanne's foreign minister.
`
	e = engineOfFiles(t, map[string]string{"wire.txt": two})
	if a := ask(t, e, "what did the mediator say"); a.Speaker == "Mathis Arnaud" || a.Speaker == "Lea Varin" {
		t.Errorf("two of Corvanne's people quoted: answered as %s", a.Speaker)
	}
}
