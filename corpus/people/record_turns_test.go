package people

import "testing"

// A written question's record names who asks and who answers ("Asked
// by: …", "Answered by: …") over a QUESTION and an ANSWER: the answer's
// paragraphs are the answering minister's words, the question's the
// member's, until a field of the record's own ("Notes: …") ends them.
func TestWrittenAnswerIsTheAnswerersWords(t *testing.T) {
	got, _ := analyse(paras(
		`Subject: Postal exchange at Hollin Ford`,
		`Asked by: Radim Ostapchuk (Kestrin North)`,
		`Answered by: Bohdan Stavrik, Deputy Minister for Communications, on behalf of the Minister`,
		`## QUESTION`,
		`To ask the Minister for Communications how many letters were carried in each direction.`,
		`## ANSWER`,
		`The Ministry cannot guarantee that letters are not read after they have been handed over.`,
		`The Ministry will not withdraw from the arrangement.`,
		`Notes: Member constituencies are shown in brackets.`,
		`The next daily report is published on Friday.`,
	))
	checkQuoteSpeakers(t, got, "Radim Ostapchuk", "Bohdan Stavrik", "Bohdan Stavrik")
}
