package people

import "testing"

// A paragraph that is one quotation left open goes on into the next,
// and is the speaker's whom the quotation is attributed to where it
// ends: `"He was sitting on a folding chair … His hands were like ice.`
// before `"We had him on oxygen …," said Nora Kvist` is the medic's, not
// the daughter's quoted the paragraph before. A closed quotation alone
// after hers is still hers.
func TestOpenQuotationAloneIsWhoseItEnds(t *testing.T) {
	qs, _ := analyse(paras(
		`"He rang me at five that morning. He laughed when he said it," his daughter, Ruta Malling, told MPA by telephone.`,
		`"He was sitting on a folding chair that somebody had brought him, and he just slid sideways. His hands were like ice.`,
		`"We had him on oxygen within four minutes, but he had been standing in the cold since before six," said Nora Kvist, a volunteer medic.`,
		`"The funeral is on Saturday and everyone from the queue is welcome," Ruta Malling said.`,
		`"He would have liked that, all of them together in one room."`,
	))
	checkSpeakers(t, qs, map[string]string{
		"He rang me at five":                "Ruta Malling",
		"He was sitting on a folding chair": "Nora Kvist",
		"We had him on oxygen":              "Nora Kvist",
		"He would have liked that":          "Ruta Malling",
	})
}
