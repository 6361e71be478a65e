package people

import "testing"

// A briefing's interpreter renders the turn labelled right before, said
// in another language with nothing after its colon: the coordinator's
// answer is his words, a reporter's question the reporter's, never the
// interpreter's nor the last one who spoke in the briefing's language.
func TestInterpreterRendersTheTurnBefore(t *testing.T) {
	got, _ := analyse(paras(
		`COORDINATOR (Lucien Dorval): Half right. I say that without any pleasure. They were handed over here, in this building.`,
		`Q (Viktor Salo, Ostrelian Public Radio) [in Ostrelian]:`,
		`INTERPRETER: The question is whether Corvanne will pay if a certified field is later found to contain mines.`,
		`COORDINATOR (Lucien Dorval) [in Corvannish]:`,
		`INTERPRETER (rendering the coordinator's answer): Corvanne does not pay the insurance. The insurer pays up to forty thousand crowns per field.`,
	))
	checkQuoteSpeakers(t, got, "Lucien Dorval", "Viktor Salo", "Lucien Dorval")
}
