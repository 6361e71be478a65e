package people

import "testing"

// A member reading a colleague's statement in a hearing opens it in one
// turn and, the quotation left open, goes on with it in her next
// (`LOTTE AHRENS (continuing): "…"`): the statement is his throughout,
// not hers where her label stands again. A turn opening with a
// quotation after a turn that closed its own is still the speaker's.
func TestStatementReadOutGoesOnInTheNextTurn(t *testing.T) {
	qs, _ := analyse(paras(
		`Apologies: Gustav Renholm (Coastal Alliance)`,
		`THE CHAIR: Mr Renholm is in hospital this week and has asked that a statement be read on his behalf. Ms Ahrens.`,
		`LOTTE AHRENS (Coastal Alliance): Thank you, Chair. Gustav writes as follows: "I am sorry not to be with you. I am recovering from a small heart operation.`,
		`LOTTE AHRENS (continuing): "For two years we have told the pensioners across the river that Lenmark has not forgotten them. I ask the committee to find out who planned for four hundred people a day, and why." That is the end of his statement.`,
		`THE CHAIR: Thank you. Minister, you planned for four hundred a day.`,
		`LOTTE AHRENS: Thank you. Minister, the pensioners were promised a heated tent by Friday.`,
		`LOTTE AHRENS (continuing): "And I say to the minister, come and stand in that queue yourself and see."`,
	))
	checkSpeakers(t, qs, map[string]string{
		"I am sorry not to be with you": "Gustav Renholm",
		"For two years we have told":    "Gustav Renholm",
		"And I say to the minister":     "Lotte Ahrens",
	})
}
