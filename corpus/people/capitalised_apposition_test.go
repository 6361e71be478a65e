package people

import "testing"

// "Yurko Shevtsar, the Karvonian manager of the Merovo pumping station,
// said": a given name the lexicon lacks, in apposition with a word for
// a person after a capitalised adjective, is someone; his "he said" is
// his.
func TestCapitalisedAdjectiveInApposition(t *testing.T) {
	got, _ := analyse(paras(
		`Yurko Shevtsar, the Karvonian manager of the Merovo pumping station, said the reservoir had fallen to 31 percent of capacity. "Merovo sucks air," he said.`,
	))
	checkQuoteSpeakers(t, got, "Yurko Shevtsar")
}
