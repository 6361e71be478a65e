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

// A sentence opening with a name the lexicon cannot read ("Zorbo Qualm
// spoke about his grandmother.") brings in someone the cast lacks: the
// "he" of the quotation after it is that man, so it stays unattributed
// rather than going to the mayor or his deputy named the paragraph
// before. A name the cast knows opening the sentence is read as always.
func TestPronounStopsAtANameTheLexiconCannotRead(t *testing.T) {
	before := `Mayor Stefan Korvel was unable to attend because he was in the capital. Deputy Mayor Dana Petrin read out his message to the meeting.`
	qs, _ := analyse(paras(before,
		`Zorbo Qualm of Block D spoke about his grandmother. "When the radiator ticked on, she put her hand on it," he told the meeting.`,
	))
	checkQuoteSpeakers(t, qs, "")
	qs, _ = analyse(paras(before,
		`Stefan Korvel spoke about his budget. "I will not come home without the money for a second boiler," he told the meeting.`,
	))
	checkQuoteSpeakers(t, qs, "Stefan Korvel")
}

// "The chief engineer said she agreed with it. "…," she said", four
// paragraphs after "Chief Engineer Maren Holtby": the title said again
// in lower case, its modifier a title word itself, finds its one holder
// as far back as the capitalised title does; a managing director named
// in between is no "she".
func TestLowerCaseTitleFindsItsHolderFarBack(t *testing.T) {
	qs, _ := analyse(paras(
		`Chief Engineer Maren Holtby, who led the team, said the route had been agreed.`,
		`That daily call went to the liaison office.`,
		`The schedule slipped once.`,
		`Gregor Salnik, the operator's managing director, said the pause had cost "two days we did not have".`,
		`The sequence was set by the ministry. The chief engineer said she agreed with it. "A cold school closes for a week. A cold neonatal ward loses children," she said.`,
	))
	checkByStart(t, qs, map[string]string{"A cold school closes": "Maren Holtby", "two days we did not have": "Gregor Salnik"})
}
