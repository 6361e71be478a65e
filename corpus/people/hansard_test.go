package people

import "testing"

// A parliament's official report labels an office holder's first turn
// with the office, their name and their constituency in brackets ("The
// Minister of Agriculture (Dalia Morvane) (Velmora East):"), a member's
// with their constituency and party ("Gregor Fenwick (Kastrel and Vale)
// (Opp):"), and the office holder's later turns with the office alone
// ("The Minister of Agriculture:"): each is the one the first label
// named.
func TestOfficialReportLabels(t *testing.T) {
	got, _ := analyse(paras(
		`The Minister of Agriculture (Dalia Morvane) (Velmora East): With permission, Mr Speaker, I will make a statement on the return of farmland near Brenna to cultivation.`,
		`Gregor Fenwick (Kastrel and Vale) (Opp): I thank the minister for her statement. Will the minister tell the House who set that ceiling, and whether she will raise it?`,
		`The Minister of Agriculture: The ceiling was agreed with the insurer, and it applies per field, not per farm.`,
		`Ilka Brun (Sorrel Plain) (Gov): Does the minister agree that the sight of that tractor said more than any speech in this House?`,
		`The Minister of Agriculture: I do. I will review the ceiling after the first season, and I will come back to this House with the figures.`,
	))
	checkQuoteSpeakers(t, got, "Dalia Morvane", "Gregor Fenwick", "Dalia Morvane", "Ilka Brun", "Dalia Morvane")
	if got[0].Role != "Minister of Agriculture" {
		t.Errorf("the minister's turn credited as %q, want Minister of Agriculture", got[0].Role)
	}
}
