package index

import (
	"context"
	"testing"
)

// "the actual reintegration minister, not the deputy" asks about the
// minister: the deputy a member rules out, and the word insisting on the
// one meant, are no part of whom the question means. "the spokeswoman"
// is the minister's press officer, a spokesman's office by another name.
func TestWhoAMemberRulesOut(t *testing.T) {
	e := engineOfFiles(t, map[string]string{
		"decree.txt": `Decree on the return to Branevo

The return of displaced families to Branevo begins on Monday.

(signed) Darina Koval, Minister for Reintegration
`,
		"brief.txt": `Deputy minister promises grants

BRANEVO - Deputy Minister for Reintegration Emil Sarkany said on Saturday that every returning household would get its grant. "Within weeks, not months," he said.

Minister for Reintegration Darina Koval, who signed the decree, did not travel to Branevo. Her press officer, Ilona Petrak, said: "The minister is following every step of the return."
`,
	})
	for q, want := range map[string]string{
		"who is the actual reintegration minister, not the deputy": "Darina Koval",
		"the reintegration minister (not the deputy)?":             "Darina Koval",
		"what did the deputy reintegration minister say":           "Emil Sarkany",
		"what did the spokeswoman say":                             "Ilona Petrak",
	} {
		a, err := e.Ask(context.Background(), q, AskOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if a.Speaker != want {
			t.Errorf("%s: speaker %q, want %q", q, a.Speaker, want)
		}
	}
}
