package people

import "testing"

// A name the lexicon cannot tell the gender of takes the one its "she
// said" gives it: a "he said" after is someone else, and with no one
// else in reach stays unattributed rather than hers.
func TestSpeakingPronounGivesTheGender(t *testing.T) {
	got, _ := analyse(paras(
		`Yevra Solnik, the plant director, insisted that the staff were in no danger. "Nobody here is held against their will," she said. Prices rose in the town. "They are hostages with pass cards," he said.`,
	))
	checkQuoteSpeakers(t, got, "Yevra Solnik", "")
}

// A ship is "she" too: a pronoun that says nothing is no evidence of
// anyone's gender ("when she struck a mine" leaves the lookout a man,
// whose wife's "she said" stays hers).
func TestOnlyASpeakingPronounGivesTheGender(t *testing.T) {
	got, _ := analyse(paras(
		`Tavo Reskin was the lookout of the Amber Crest when she struck a mine. He died five days later.`,
		`His wife, Marites Reskin, said he had called her that morning. "He always rang home before his watch," she said.`,
	))
	checkQuoteSpeakers(t, got, "Marites Reskin")
}

// The people's adjective of a country the article names opens a title
// as a known nation's does: "Ostrelian Energy Minister Darel Montanek"
// is Darel Montanek, and his "he said" is his.
func TestFictionalNationBeforeATitle(t *testing.T) {
	got, _ := analyse(paras(
		`Ostrelia's grid is down.`,
		`Ostrelian Energy Minister Darel Montanek rejected that. "They are hostages with pass cards," he said.`,
	))
	checkQuoteSpeakers(t, got, "Darel Montanek")
}
