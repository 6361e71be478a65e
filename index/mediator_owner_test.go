package index

import (
	"context"
	"testing"
)

// "What did the mediator's foreign minister say" is the foreign minister
// of the country the articles say is mediating; where the one foreign
// minister they name is a side's, no one.
func TestMediatorsMinister(t *testing.T) {
	mediating := "Energy truce proposed\n\nPublished 11 January 2078\n\n" +
		"Corvanne, which is mediating between Dravenia and Ostrelia, proposed a 30-day halt to strikes on power stations.\n\n" +
		"\"Thirty days of light is not peace, but it is a start,\" Corvanne's Foreign Minister Annelise Corbet said.\n"
	side := "Energy truce proposed\n\nPublished 11 January 2078\n\n" +
		"Corvanne, which is mediating between Dravenia and Ostrelia, proposed a 30-day halt to strikes on power stations.\n\n" +
		"\"We will consider it,\" Dravenia's Foreign Minister Anton Kessling said.\n"
	for _, c := range []struct{ text, want string }{{mediating, "Annelise Corbet"}, {side, ""}} {
		e := engineOfFiles(t, map[string]string{"truce.txt": c.text})
		a, err := e.Ask(context.Background(), "wat did the mediator's foreign minister say", AskOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if a.Speaker != c.want {
			t.Errorf("speaker %q, want %q", a.Speaker, c.want)
		}
	}
}
