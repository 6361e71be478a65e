package people

import "testing"

// A given name both name lists give, though WordNet knows a town or a
// genus by it ("Selma", "Irena"), is a woman's: "She told me" after
// "Selma Oktem, whose husband Farid …" is Selma, not the mayor named
// before her.
func TestGivenNameWordNetKnowsOtherwise(t *testing.T) {
	got, _ := analyse(paras(
		`Gates opened at 10:04 by the mayor, Irena Halvik, with both hands on the wheel.`,
		`Selma Oktem, whose husband Farid was crushed by falling masonry on June 12, came with their two sons. Farid is still in hospital in Tarsk. She told me: "He watched it on my phone from his bed and cried."`,
	))
	checkQuoteSpeakers(t, got, "Selma Oktem")
}
