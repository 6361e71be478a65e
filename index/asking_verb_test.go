package index

import (
	"context"
	"strings"
	"testing"
)

// "How many refineries does Dravenia claim were hit", where the articles
// write "Dravenia says 11 of its refineries have been hit": "claim" asks
// for someone's words, as "say" does; the articles never using it is no
// sign they are about something else. Where they do ("the claim"), it is
// a word of the question's like any other.
func TestAskingVerbTheArticlesDoNotUse(t *testing.T) {
	e := engineOfFiles(t, map[string]string{"drones.txt": "Drone war on refineries\n\nPublished 12 January 2078\n\n" +
		"Dravenia says 11 of its refineries have been hit by Ostrelian drones since November. Ostrelia puts the figure at five.\n\n" +
		"Corvanne proposed a 30-day halt to strikes on power stations.\n"})
	a, err := e.Ask(context.Background(), "how many refineries does dravenia claim were hit", AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Passages) == 0 || !strings.Contains(a.Passages[0].Text, "11 of its refineries") || a.Closest {
		t.Errorf("passages %q (closest %v); want the one with the figures, as an answer", passageTexts(a), a.Closest)
	}
}
