package people

import "testing"

// A committee member whose turns are mostly questions is still the
// member, when the record names her in full ("Sigrun Maal (National
// Party)"), though the lexicon knows no "Sigrun": her questions are her
// words, not an outlet's or an interviewer's no one.
func TestAskingMemberNamedInFull(t *testing.T) {
	qs, _ := analyse(paras(
		`Members present: Per Oddvik (Centre Party) (Chair); Sigrun Maal (National Party)`,
		`Q3 SIGRUN MAAL (National Party): Where is the chairman of the fund this morning?`,
		`SIGRUN MAAL: He regrets. A man of 81 is dead and the chairman sends his regrets.`,
		`Q4 SIGRUN MAAL: How many people have you paid, and how many were turned away?`,
	))
	checkSpeakers(t, qs, map[string]string{
		"Where is the chairman of the fund": "Sigrun Maal",
		"He regrets":                        "Sigrun Maal",
		"How many people have you paid":     "Sigrun Maal",
	})
}
