package index

import (
	"strings"
	"testing"
)

// A co-pilot is a first officer (title_phrases.tsv): "who was the
// copilot" is answered by the passage naming the flight's first officer,
// not "not covered".
func TestCopilotIsTheFirstOfficer(t *testing.T) {
	text := `Title: First flight lands
Outlet: Wire
Date: 2078-05-26

The flight was commanded by Captain Irena Castellan, with First Officer Jonas Petrak.

The airport reopened after three years.
`
	e := engineOfFiles(t, map[string]string{"wire.txt": text})
	for _, q := range []string{"who was the copilot", "what did the copilot say"} {
		a := ask(t, e, q)
		if !a.Answered() || len(a.Passages) == 0 || !strings.Contains(a.Passages[0].Text, "Jonas Petrak") {
			t.Errorf("%q: answered %v, passages %v; want the one naming the first officer", q, a.Answered(), a.Passages)
		}
	}
}
