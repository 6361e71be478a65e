package people

import "testing"

// "The stonemason's wife, reached by phone, said …. "…," she said": the
// words are the unnamed wife's, never a woman named paragraphs before.
func TestRelativeOfUnnamedSpeaksUnnamed(t *testing.T) {
	got, _ := analyse(paras(
		`Pavo Retterin, spokesman for Water Minister Ganna Ostrel, said the ministry had ordered every school to disinfect its tanks. "The minister wants this done," he said.`,
		`At the dam, Savinja Hidro still aims to finish by June 24, despite an accident that badly hurt a Dalmiri stonemason.`,
		`The stonemason's wife, reached by phone in Hazran, said he was awake. "He says the wall owes him a leg," she said.`,
	))
	checkQuoteSpeakers(t, got, "Pavo Retterin", "")
}
