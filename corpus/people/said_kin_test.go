package people

import "testing"

// "…," said his mother, Marta Kiil, 41: a relative's word between the
// verb and the name says whose mother she is; the words are hers, and so
// are those that go on after.
func TestSaidTheirRelativeThenName(t *testing.T) {
	got, _ := analyse(paras(
		`A 13-year-old boy broke his wrist on the stairs. "He tries to be brave, but he was crying when they carried him up," said his mother, Marta Kiil, 41, a cleaner at the same hospital. "I just want those stairs made safe before they send him back."`,
		`"We will fix the stairs before he comes back," said his teacher.`,
	))
	checkQuoteSpeakers(t, got, "Marta Kiil", "Marta Kiil", "")
}

// "Marta Ivanek, speaking for Health Minister Piotr Lescu, told
// reporters: "…"": the clause saying for whom she speaks stands outside
// the sentence, as a relative clause does; the words are hers, not his.
func TestSpeakingForAsideBeforeTheVerb(t *testing.T) {
	got, _ := analyse(paras(
		`Deputy Health Minister Marta Ivanek, speaking for Health Minister Piotr Lescu, told reporters in Kessel Junction: "The minister asks one thing of the other side: let the train go."`,
	))
	checkQuoteSpeakers(t, got, "Marta Ivanek")
}

// "Solnyk said in a written reply to the Courier that the pond was "…"":
// "written" before "reply", after an article, is an adjective, and
// "reply" a noun; neither is a second verb of speech leaving the words
// no one's.
func TestWrittenReplyIsNoSecondVerb(t *testing.T) {
	got, _ := analyse(paras(
		"The plant is run by the director, Yevra Solnyk, since March.",
		`Solnyk said in a written reply to the Courier that the pond was "under full control and checked every day" and that drones were the only threat.`,
	))
	checkQuoteSpeakers(t, got, "Yevra Solnyk")
}
