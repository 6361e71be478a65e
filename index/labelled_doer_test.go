package index

import (
	"strings"
	"testing"
)

// "who chaired the hearing", over a committee's record: "THE CHAIR: Mr
// Sandahl, the committee would like to hear from the operator." is the
// chair speaking to the witness, so the witness is no one's answer; the
// chair is whoever the label stands for, not a name the turn addresses.
func TestLabelledTurnIsNoDeedOfWhomItAddresses(t *testing.T) {
	record := `Title: Standing Committee on Energy, verbatim record
Outlet: Parliament of Ostrelia
Date: 2077-01-26

Members present: Orla Benedek (Chair, Unity Party); Lidia Marsh (Unity Party)

Witnesses: Viktor Sandahl, Chief Executive, Lumera Grid Company

THE CHAIR: Mr Sandahl, the committee would like to hear from the operator. Why was the update never installed?

MR SANDAHL: We tested the update in April 2075, and it crashed the backup control system twice.

THE CHAIR: Thank you. The session is closed.
`
	e := engineOfFiles(t, map[string]string{"record.txt": record})
	a := ask(t, e, "who chaired the hearing")
	if a.Speaker == "Viktor Sandahl" {
		t.Errorf("the witness the chair addressed given as the chair")
	}
	for _, q := range a.Quotes {
		if strings.Contains(q.Text, "crashed the backup") {
			t.Errorf("the witness's words shown for who chaired: %q", q.Text)
		}
	}
}
