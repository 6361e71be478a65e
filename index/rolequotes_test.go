package index

import (
	"context"
	"strings"
	"testing"
)

// An office one article quotes unnamed ("the agency's chief inspector
// said") and another names ("Tobias Lindqvist, the agency's chief
// inspector") is shown in his answer, under the role that article gives
// and credited to no one; "a Kremlin spokesman said" is not shown as the
// words of the Kremlin spokesman another article names, who may be one of
// several.
func TestOfficeQuotedUnnamedInAnotherArticle(t *testing.T) {
	tv := `Deal signed
GBN
2043-03-12

Tobias Lindqvist, the agency's chief inspector, will lead the first team of 60 monitors. "We will knock on any door with two hours' notice," Lindqvist said.

Kremlin spokesman Arkady Volin said Moscow would "study any text that is actually put on the table".
`
	brief := `The Reactor Brief
Reactor Brief
2043-03-14

The sensors go in first. "Forty sensors, reading every ten minutes, published every hour: the data belongs to nobody, so nobody can bury it," the agency's chief inspector said at the same briefing.

Russia has not said whether it would join. A Kremlin spokesman said on Tuesday that Moscow would look at "any proposal that takes Russian exports into account".
`
	e := engineOfFiles(t, map[string]string{"tv.txt": tv, "brief.txt": brief})
	ctx := context.Background()
	a, err := e.Ask(ctx, "what did the chief inspector say about the radiation sensors", AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, q := range a.Quotes {
		if strings.Contains(q.Text, "Forty sensors") {
			found = true
			if q.Speaker != "" || !strings.Contains(q.Role, "chief inspector") {
				t.Errorf("the unnamed inspector's words shown as %q (%q), want no one's, under the article's role", q.Speaker, q.Role)
			}
		}
	}
	if a.Speaker != "Tobias Lindqvist" || !found {
		t.Errorf("speaker %q, the unnamed office's words shown %v; want Lindqvist's answer with them", a.Speaker, found)
	}
	// Nothing of his own is on the sensors' data: the office's words on
	// it come first.
	a, err = e.Ask(ctx, "what did lindqvist say about the sensor data", AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Quotes) == 0 || !strings.Contains(a.Quotes[0].Text, "Forty sensors") {
		t.Errorf("quotes %+v, want the office's words on the sensors first", a.Quotes)
	}
	a, err = e.Ask(ctx, "what did volin say", AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range a.Quotes {
		if strings.Contains(q.Text, "takes Russian exports") {
			t.Errorf("a Kremlin spokesman's words shown in Volin's answer: %+v", q)
		}
	}
}
