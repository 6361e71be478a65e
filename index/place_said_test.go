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
