package people

import "testing"

// A person's own statement or letter, read out for them ("…," Ostapchuk's
// statement said), holds their words; an office's statement and a
// group's do not make anyone their speaker.
func TestOwnStatementIsTheOwnersWords(t *testing.T) {
	got, _ := analyse(paras(
		`In parliament, a statement from opposition deputy Radim Ostapchuk, who is in hospital with pneumonia, was read out by his colleague Lidiya Fen.`,
		`"Every letter that crosses is a small defeat for the people who cut the line," Ostapchuk's statement said.`,
	))
	checkQuoteSpeakers(t, got, "Radim Ostapchuk")
	got, _ = analyse(paras(
		`President Anton Seidel met the delegation.`,
		`"We will not sign this draft," Seidel's office said in a statement.`,
		`"It is a good day for the region," the European leaders' statement said.`,
	))
	checkQuoteSpeakers(t, got, "", "")
}
