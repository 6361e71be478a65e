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
