package index

import (
	"context"
	"testing"
)

// "the guy who found the shell": the one a passage names finding it, or
// no one; never the deminer the minutes report on a shell next door and
// on buried items that "could still be found", who found nothing.
func TestDescribedByADeedNamesItsDoer(t *testing.T) {
	e := engineOfFiles(t, map[string]string{
		"minutes.txt": `Minutes of the town meeting

Aurel Castaine, who leads the Corvannian team, reported on the clearance.

Mrs Zofia Wren (Cooper Street) asked why her garden had been certified if a shell was lying next door. Mr Castaine said certification covered the surface and that buried items could still be found. He insisted: "If you see something, you do not touch it. You call us."
`,
		"brief.txt": `Street reopens

The street reopened on Monday, the council said. "It is safe now," said Marta Ilves, a councillor.
`,
	})
	a, err := e.Ask(context.Background(), "the guy who found the shell, what did he say", AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if a.Speaker == "Aurel Castaine" {
		t.Errorf("speaker %q: a deminer the passage quotes, not whoever found the shell", a.Speaker)
	}
	for _, q := range a.Quotes {
		if q.Speaker == "Aurel Castaine" {
			t.Errorf("quote %q shown as %s's for the man who found the shell", q.Text, q.Speaker)
		}
	}
	a, err = e.Ask(context.Background(), "what did the guy who leads the team say", AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if a.Speaker != "Aurel Castaine" {
		t.Errorf("the guy who leads the team: speaker %q, want Aurel Castaine", a.Speaker)
	}
}
