package index

import (
	"context"
	"strings"
	"testing"
)

// A body the articles quote as itself ("The Kremlin says …") is never
// answered with its spokesman's words unless theirs are on the subject
// and the body's are not: "what was the kremlin saying in the morning"
// is searched, and shows the Kremlin's own words; "kremlin reaction to
// european troops" is the spokesman's, on the troops.
func TestBodyQuotedAsItself(t *testing.T) {
	e := engineOfFiles(t, map[string]string{"live.md": `# LIVE: Varna talks, day 12

**10:20** The Kremlin says the Russian delegation has "no instructions to leave Varna without a result", which our Moscow team reads as a signal that a deal is close this morning.

**12:05** Kremlin spokesman Arkady Belov said in Moscow that European troops in Ukraine would be "a direct threat, not a reassurance".

**14:30** Talks resumed after lunch at Euxinograd Palace.
`})
	a, err := e.Ask(context.Background(), "what was the kremlin saying this morning", AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if a.Speaker != "" || len(a.Passages) == 0 || !strings.Contains(a.Passages[0].Text, "no instructions to leave Varna") {
		t.Errorf("speaker %q, passages %+v; want the Kremlin's own words, searched", a.Speaker, a.Passages)
	}
	checkSpeakers(t, e, []speakerCase{{"kremlin reaction to european troops in ukraine?", "Arkady Belov", "a direct threat"}})
}
