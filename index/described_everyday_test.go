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

// "what does the ceasefire deal say about the dam" asks for a text's
// words, not a person's: the passages on it answer, where "the deal" is
// no one the articles name. A title that names no one they do ("the us
// secretary of state") is still no one.
func TestATextsWordsAreSearched(t *testing.T) {
	e := engineOfFiles(t, map[string]string{
		"presser.txt": `Press conference

CHIEF INSPECTOR SELVAAG: The ceasefire agreement is not a courtesy. It says the dam must be demined and the spillway gates handed to civilian engineers.

MODERATOR: Next question, please.
`,
	})
	a, err := e.Ask(context.Background(), "what does the ceasefire deal say about the dam", AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !a.Answered() || a.Speaker != "" {
		t.Errorf("the ceasefire deal: answered %v, speaker %q; want the passage on what the agreement says", a.Answered(), a.Speaker)
	}
	a, err = e.Ask(context.Background(), "what did the us secretary of state say about the dam", AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if a.Answered() {
		t.Errorf("the us secretary of state, whom the articles never name: answered %q", firstText(a))
	}
}
