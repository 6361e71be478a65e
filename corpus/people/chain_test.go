package people

import (
	"fmt"
	"testing"
)

// A profile calls its subject "she" sentence after sentence, for
// paragraphs: a quotation "she says" many pronouns after her name is
// still hers, however long the chain back to it (longer than
// maxPronounChain). A woman named on the way takes the pronouns after
// her: the chain stops at the nearest woman it reaches.
func TestLongPronounChainInAProfile(t *testing.T) {
	ps := []string{`Deputy Foreign Minister Halyna Tkachuk grew up in Kherson.`}
	for i := 0; i < 2*maxPronounChain; i++ {
		ps = append(ps, fmt.Sprintf(`In year %d she shared an office with Petro Bondar. She kept her notebook in her coat.`, i+1))
	}
	ps = append(ps, `She will not take credit for it. "Formulas have many parents," she says.`)
	got, _ := analyse(paras(ps...))
	checkQuoteSpeakers(t, got, "Halyna Tkachuk")

	broken := append([]string(nil), ps[:maxPronounChain]...)
	broken = append(broken, `Oksana Melnyk joined the delegation in May.`)
	broken = append(broken, ps[maxPronounChain:]...)
	got, _ = analyse(paras(broken...))
	checkQuoteSpeakers(t, got, "Oksana Melnyk")
}
