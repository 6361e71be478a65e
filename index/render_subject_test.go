package index

import (
	"context"
	"strings"
	"testing"
)

// A subject asked with a preposition ("what did reiner say at the
// committee hearing") is named in the reply without it: "none of it is
// about the committee hearing", never "about at the committee hearing".
func TestSubjectNamedWithoutItsPreposition(t *testing.T) {
	wire := `Diet ratifies the Orsberg map

Tomas Reiner, leader of the opposition Homeland Bloc, said: "We will not give them the two-thirds. Not today, not for Harnovo."

The committee decided, by 11 votes to 6, to recommend that the Diet ratify the Protocol.
`
	e := engineOfFiles(t, map[string]string{"wire.txt": wire})
	a, err := e.Ask(context.Background(), "what did reiner say at the committee hearing", AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	intro := Render(a).Intro
	if strings.Contains(intro, "about at ") || !strings.Contains(intro, "the committee hearing") {
		t.Errorf("intro %q, want the subject named without its preposition", intro)
	}
}
