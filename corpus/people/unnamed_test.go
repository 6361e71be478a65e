package people

import "testing"

// "A senior EU official tells us … "…," the official said": the words are
// that unnamed official's, under the role the article gave them, never a
// named official's. So are "A Ukrainian delegate jokes that "…"" and
// "the delegate said" after him. A named holder of the title since the
// unnamed one takes "the official" back.
func TestUnnamedSourceKeepsItsRole(t *testing.T) {
	got, _ := analyse(paras(
		`Commissioner Ingrid Berg arrived at noon.`,
		`A senior EU official tells us the facility is agreed in principle. "The money is the easy part," the official said, speaking on condition of anonymity.`,
		`Lunch overran by two hours. A Ukrainian delegate jokes that "the soup is a negotiating tactic".`,
		`"We will eat later," the delegate said.`,
	))
	checkQuoteSpeakers(t, got, "", "", "")
	for i, want := range []string{"senior EU official", "Ukrainian delegate", "Ukrainian delegate"} {
		if got[i].Role != want {
			t.Errorf("quote %q: role %q, want %q", got[i].Text, got[i].Role, want)
		}
	}

	got, _ = analyse(paras(
		`A senior EU official said the facility was agreed. Later, EU official Marta Lind joined the briefing.`,
		`"The money is the easy part," the official said.`,
	))
	if len(got) != 1 || got[0].Role == "senior EU official" {
		t.Errorf("%+v: the official named since is not the unnamed one", got)
	}
}
