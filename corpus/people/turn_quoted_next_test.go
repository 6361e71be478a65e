package people

import "testing"

// A turn that is one quotation (`GEN. RADOMIR SZUBA (through
// interpreter): "…"`) goes on in a quotation standing alone after it: his
// statement's next paragraph, before the anchor speaks again. A
// paragraph after it that is no quotation is no one's turn.
func TestQuotedTurnGoesOnInTheNextQuotation(t *testing.T) {
	qs, _ := analyse(paras(
		`ANCHOR (MATS ORVEL): The Dravenian air force put out a video statement. Let's hear it.`,
		`GEN. RADOMIR SZUBA (through interpreter): "We have agreed to these flights as a trial. A trial, nothing more."`,
		`"Let nobody in Pellaris mistake our patience for a permanent promise."`,
		`ANCHOR: Dana, how is that going down where you are?`,
	))
	checkSpeakers(t, qs, map[string]string{
		"We have agreed to these flights": "Radomir Szuba",
		"Let nobody in Pellaris":          "Radomir Szuba",
	})
}
