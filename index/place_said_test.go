package index

import "testing"

// "what did the reporter at the bridge say" is the one reporter the
// articles quote, though no title of his says where he stood; with two
// of them ("the soldier at the bridge", of two soldiers), where is what
// would tell them apart, and no one is named.
func TestPlaceClosingADescription(t *testing.T) {
	wire := `Title: The bridge at noon
Outlet: Wire
Date: 2077-08-14

Reporter Tobias Wren said on air: "The buses came across in twos, and it was very quiet."

Soldier Dariusz Korlan, who guards the Sokil checkpoint, said: "We waved them through at eleven."

Soldier Petro Vanko, who drove the first bus, said: "Nobody spoke the whole way."
`
	e := engineOfFiles(t, map[string]string{"wire.txt": wire})
	if a := ask(t, e, "what did the reporter at the bridge say"); a.Speaker != "Tobias Wren" {
		t.Errorf("the reporter at the bridge: speaker %q, want Tobias Wren", a.Speaker)
	}
	if a := ask(t, e, "what did the soldier at the bridge say"); a.Speaker != "" {
		t.Errorf("the soldier at the bridge, of two soldiers, given to %q", a.Speaker)
	}
}

// "what did the soldier at dubrany say", of a soldier quoted unnamed
// there and Soldier Dariusz Korlan, who guards another checkpoint: the
// unnamed soldier's words, never Korlan's, whose titles do not hold the
// place.
func TestUnnamedSourceByAPlaceNoTitleHolds(t *testing.T) {
	wire := `Title: The bridge at noon
Outlet: Wire
Date: 2077-08-14

A soldier at Dubrany, who gave only his call sign, said: "White cars in a green field, and nobody shot."

Soldier Dariusz Korlan, who guards the Sokil checkpoint, said: "We waved them through at eleven."
`
	e := engineOfFiles(t, map[string]string{"wire.txt": wire})
	a := ask(t, e, "what did the soldier at dubrany say")
	if a.Speaker == "Dariusz Korlan" {
		t.Fatalf("the soldier at dubrany given to Dariusz Korlan")
	}
	if len(a.Quotes) == 0 || a.Quotes[0].Text != "White cars in a green field, and nobody shot." {
		t.Errorf("quotes %+v, want the unnamed soldier's", a.Quotes)
	}
	if a := ask(t, e, "what did the soldier at the sokil checkpoint say"); a.Speaker != "Dariusz Korlan" {
		t.Errorf("the soldier at the sokil checkpoint: speaker %q, want Dariusz Korlan", a.Speaker)
	}
}
