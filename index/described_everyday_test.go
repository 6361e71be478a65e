package index

import (
	"context"
	"testing"
)

// "the old engineer", where the articles say "former chief engineer":
// a title of theirs with one everyday word they never use is searched,
// not "no one the articles name"; a nation they never name still is no
// one ("the polish engineer").
func TestDescriptionWithAnEverydayWordIsSearched(t *testing.T) {
	e := engineOfFiles(t, map[string]string{
		"oped.md": `# Give the dam back to the people who ran it

By Vesna Dorogan, former chief engineer of the Mirosk dam

Let a joint crew of our engineers and theirs work under Corvanne supervision, and the gates will move again by June.
`,
		"brief.txt": `Dam inspection

Inspectors from Corvanne spent six hours inside the Mirosk dam on Wednesday.
`,
	})
	a, err := e.Ask(context.Background(), "how does the old engineer want the dam fixed", AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !a.Answered() {
		t.Errorf("the old engineer: not answered (speaker status %q), though the articles give a former chief engineer's view", a.SpeakerStatus)
	}
	a, err = e.Ask(context.Background(), "what did the polish engineer say", AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if a.Speaker != "" || len(a.Quotes) > 0 {
		t.Errorf("the polish engineer: speaker %q, %d quotes; the articles name no Pole", a.Speaker, len(a.Quotes))
	}
}
