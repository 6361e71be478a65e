package index

import (
	"strings"
	"testing"
)

// "the mp for veldany" is the member of the National Assembly for
// Veldany (title_phrases.tsv: an MP is a member of a parliament or an
// assembly, whatever it is called), and his words are the statement his
// aide read on his behalf.
func TestMPWhoseStatementWasReadOut(t *testing.T) {
	e := engineOfFiles(t, map[string]string{
		"ticker.txt": `Live: the station on diesel

Stanislav Pruett, the member of the Tessalian National Assembly for Veldany, is abroad at a parliamentary meeting in Sarn. His aide, Nadia Korsh, read a statement on his behalf in the town hall in Morava.

"Every hour that station runs on diesel is an hour we are borrowing against luck. I ask both armies to pull their guns back from the power lines," the statement said.

Ines Morvath, who leads the inspectors, said the shift was calm.
`,
	})
	a := ask(t, e, "the mp for veldany, what did he say")
	if a.Speaker != "Stanislav Pruett" {
		t.Fatalf("answered as %q's words, want Stanislav Pruett's", a.Speaker)
	}
	if len(a.Quotes) == 0 || !strings.Contains(a.Quotes[0].Text, "borrowing against luck") {
		t.Errorf("quotes %+v, want the statement read on his behalf", a.Quotes)
	}
}
