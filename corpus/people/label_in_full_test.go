package people

import "testing"

// Two words the lexicon's given names miss are a name when a hearing's
// record labels turns with them in capitals ("Q3 SIGRUN MAAL (National
// Party):", "SIGRUN MAAL:") and its list of members writes them as one
// ("Sigrun Maal (National Party)"); a label the text never writes as a
// name ("NEWS DESK:") is no one. The chair's "Order." is no name.
func TestLabelInFullNamesSomeone(t *testing.T) {
	_, d := analyse(paras(
		`Members present: Per Oddvik (Centre Party) (Chair); Sigrun Maal (National Party)`,
		`Q3 SIGRUN MAAL (National Party): Where is the chairman of the fund this morning? Why is he not sitting in that chair?`,
		`HEDDA LYNGVOLD (Lenmark State Pension Fund): Mr Brekkeli is in Valmont for talks.`,
		`SIGRUN MAAL: He regrets. A man of 81 is dead and the chairman sends his regrets.`,
		`THE CHAIR: Order. Anyone in the gallery who does that again will be asked to leave.`,
		`Q4 SIGRUN MAAL: How many people have you paid, and how many were turned away at two o'clock?`,
		`NEWS DESK: The session resumes at two.`,
	))
	names := map[string]bool{}
	for _, p := range d.People(nil) {
		names[p.Name] = true
	}
	if !names["Sigrun Maal"] {
		t.Errorf("people %v, want Sigrun Maal", names)
	}
	for _, not := range []string{"Maal", "Order", "News Desk"} {
		if names[not] {
			t.Errorf("people %v: %q is no one's name here", names, not)
		}
	}
}
