package index

import (
	"strings"
	"testing"
)

// "what did norland mutual say": the words of the unnamed spokesperson
// its own circular quotes, shown as theirs and no one's by name, never
// "Norland Mutual is mentioned but never quoted".
func TestWhatABodysSpokespersonSaid(t *testing.T) {
	e := engineOfFiles(t, map[string]string{"circular.txt": `Norland Mutual Agricultural Insurance

Circular to Policyholders, 14 April 2078

Residual Mine Cover is underwritten by Norland Mutual Agricultural Insurance plc.

"No farmer on the Sorrel Plain should carry this risk alone, and this cover is how we keep that promise," a spokesperson for the company said.
`, "hansard.txt": `Official report
Assembly
2078-04-20

The ceiling was agreed with the insurer, Norland Mutual, and it applies per field, not per farm.
`})
	a := ask(t, e, "what did norland mutual say about the cover")
	if a.Speaker != "" {
		t.Errorf("speaker %q, want none: the spokesperson is not named", a.Speaker)
	}
	if len(a.Quotes) == 0 || !strings.Contains(a.Quotes[0].Text, "this cover is how we keep that promise") {
		t.Errorf("quotes %v, want the spokesperson's words", a.Quotes)
	}
}
