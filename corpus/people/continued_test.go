package people

import "testing"

// A quotation standing on its own after an attribution goes on being the
// speaker's though the attribution's own sentence names someone else ("…,"
// Aster told me, a day after Emil walked off the bridge. "…"); someone
// named in a sentence of their own since, or in that sentence as a source
// of words ("repeating the words of Dmitry Peskov"), may be the one
// speaking, and the quotation is left to no one.
func TestQuotationGoesOnPastANameInTheAttribution(t *testing.T) {
	qs, _ := analyse(paras(
		`In Durn, Bogdan Aster spent Tuesday night in his car. His son Emil, a lieutenant, was one of the fourteen.`,
		`"They said my son was a criminal," Aster told me on Friday, a day after Emil walked off the bridge. "He is a bridge engineer. He was called up in 2075."`,
		`"Nobody will be left behind," Peskov said. Zelensky disagreed. "We have heard that before, many times over."`,
		`Oleksandr Hrytsenko, an analyst, was less patient. "They said they do not want us to catch our breath," he said, repeating the words of Kremlin spokesman Dmitry Peskov. "Fine. Neither do they get one."`,
	))
	checkByStart(t, qs, map[string]string{
		"He is a bridge engin": "Bogdan Aster",
		"We have heard that b": "",
		"Fine. Neither do the": "",
	})
}
