package people

import "testing"

// "welcomed", "dismissed", "hailed", "condemned", "praised" give a thing
// the words after their short object, as "called" does; a clause of its
// own between such a verb and the quotation ("welcomed the crossing but
// that it was "…"") leaves the words to the verb of speech before.
func TestMoreNamingVerbs(t *testing.T) {
	qs, _ := analyse(paras(
		`Major Yuri Tabor welcomed the reconnection "as proof that our side kept its word".`,
		`Naftogaz's chief executive told Reuters that the surcharge was "a Russian contribution in everything but name", a reading Gazprom's Arkady Belov dismissed as "wishful accounting".`,
		`Piotr Ladek, spokesman for the Minister for Reintegration, said the government welcomed the crossing but that it was "a drop in the sea" compared with the number still missing.`,
	))
	checkByStart(t, qs, map[string]string{
		"as proof that our si": "Yuri Tabor",
		"wishful accounting":   "Arkady Belov",
		"a drop in the sea":    "Piotr Ladek",
	})
}

// A naming verb joined by "but" to a verb before it shares that verb's
// subject, as one joined by "and" does, past the phrases set between
// commas after it ("Ostrelia's deputy finance minister, Nadia Orsolan,
// sitting beside him, did not dispute the figure but called it "…"").
func TestNamingVerbAfterBut(t *testing.T) {
	qs, _ := analyse(paras(
		`"A guarantee is a promise with a price tag," Deputy Foreign Minister Jorin Ashby told reporters. Ostrelia's deputy finance minister, Nadia Orsolan, sitting beside him, did not dispute the figure but called it "only a first instalment of what we need".`,
		`Marek Hollis did not sign the letter but described it as "a fair summary of the talks".`,
	))
	checkByStart(t, qs, map[string]string{
		"A guarantee is a pro": "Jorin Ashby",
		"only a first instalm": "Nadia Orsolan",
		"a fair summary of th": "Marek Hollis",
	})
}
