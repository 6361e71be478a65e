package index

import (
	"context"
	"strings"
	"testing"
)

// "when does the school open again" asks when it reopens: the question's
// word finds the articles' form of it with the prefix for doing again
// ("reopen"), as asked, above a passage where something merely opened.
func TestDoneAgainFindsTheReForm(t *testing.T) {
	e := engineOfFiles(t, map[string]string{
		"minutes.txt": `Town meeting

The Mayor opened the meeting at 18:05 and welcomed residents home. The school board sent its apologies.
`,
		"decree.txt": `Decree on the return

The municipal school of Branevo shall reopen no later than 15 September 2078.
`,
	})
	a, err := e.Ask(context.Background(), "when does the school open again", AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(firstText(a), "shall reopen no later than 15 September") {
		t.Errorf("first passage %q, want the one on the school reopening", firstText(a))
	}
}
