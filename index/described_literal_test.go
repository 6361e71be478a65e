package index

import "testing"

// "the skipper", of a captain whose title says "skipper" and a captain
// whose title only means it (titles.tsv makes the two one class): the
// one it says, where the answer was a choice between the two; a title in
// the other gender ("spokesperson" for "the spokeswoman") says it too,
// so it decides nothing between two spokeswomen.
func TestDescriptionAsWrittenDecidesBetweenTwo(t *testing.T) {
	e := engineOfFiles(t, map[string]string{
		"live.txt": "Crew land in Sael\n\n" +
			"06:40 - Captain Emil Sorre, commander of the cutter Aster, speaks to reporters from the deck: \"They came up the ladder on their own, all fourteen of them.\"\n\n" +
			"07:35 - Captain Henrik Dalvo, 56, skipper of the trawler Brenna Dawn, spoke for less than a minute. \"We were fishing. Nothing else,\" he said.\n\n" +
			"08:10 - Oksana Tkach, spokesperson for the Ministry of Reintegration, said families should call. \"Please call us,\" she said.\n\n" +
			"08:30 - Dr Hessa Al-Sulaiti, the spokeswoman for Qatar's foreign ministry, said 37 children had been handed over. \"The children are safe,\" she said.\n",
	})
	if a := ask(t, e, "what did the skipper say"); a.Speaker != "Henrik Dalvo" {
		t.Errorf("the skipper: answered as %q's words, want Henrik Dalvo's", a.Speaker)
	}
	if a := ask(t, e, "what did the spokeswoman say"); a.Speaker == "Hessa Al-Sulaiti" {
		t.Errorf("the spokeswoman: answered as Hessa Al-Sulaiti's, though a spokesperson is one too")
	}
}
