package people

import "testing"

// In an interview's turn the speaker is "I": "GUSEV: I have known Vadim
// … and he said to me, "Pyotr, …"" gives the inner quotation to the one
// he speaks of, never to himself, and the rest of the turn stays his.
func TestHeInATurnIsNotItsSpeaker(t *testing.T) {
	got, _ := analyse(paras(
		`CLAIRE DONNELLY, ANCHOR: With us from Moscow is Pyotr Gusev, a former Russian deputy foreign minister.`,
		`ANCHOR: You know the Russian envoy, Vadim Korolyov, personally. What is he thinking tonight?`,
		`GUSEV: I have known Vadim for twenty-five years. I spoke to him last week, before the exchange, and he said to me, "Pyotr, this time nobody at the table is pretending." That is rare.`,
	))
	var inner, own bool
	for _, q := range got {
		switch {
		case q.Text == "Pyotr, this time nobody at the table is pretending.":
			inner = true
			if q.Speaker != "Vadim Korolyov" {
				t.Errorf("inner quotation by %q, want Vadim Korolyov", q.Speaker)
			}
		case q.Speaker == "Pyotr Gusev":
			own = true
		}
	}
	if !inner || !own {
		t.Errorf("quotes %+v: want the inner quotation and Gusev's own words", got)
	}
}
