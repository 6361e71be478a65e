package index

import (
	"context"
	"strings"
	"testing"
)

// A paragraph that speaks of someone by a pronoun alone is about them:
// "how many trucks did lysenko count" finds "he climbed onto the roof …
// and counted 212 trucks", which never names him.
func TestPassageAboutWhomItsPronounMeans(t *testing.T) {
	e := engineOfFiles(t, map[string]string{"feature.md": `# Across the dry water

*Nikopol waits for the soldiers to leave*

Petro Lysenko, 61, has fished the Kakhovka reservoir for forty years. He keeps his nets in a shed by the embankment.

On Monday morning, the first day of the withdrawal, he climbed onto the roof of the shed with binoculars and counted 212 trucks crossing the dam road.

Lysenko remembers the 40 trucks that once took his catch to market in Zaporizhzhia every week.

The town council said the water supply would be restored by June.

Convoys of trucks carried grain to the port all week, the port authority said.
`})
	a, err := e.Ask(context.Background(), "how many trucks did lysenko count", AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Passages) == 0 || !strings.Contains(a.Passages[0].Text, "counted 212 trucks") {
		t.Errorf("passages %+v, want the one where he counted 212 trucks first", a.Passages)
	}
}
