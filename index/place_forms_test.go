package index

import (
	"context"
	"strings"
	"testing"
)

// "ombudsman 19000 dravenia 2300" is answered by the passage saying "The
// ombudsman says 19,000 … The Dravenian side says 2,300": a number
// written without its commas is the number, and a country the articles
// name stands for its people's word, and that word for the country.
func TestNumbersAndPlaceFormsAsWritten(t *testing.T) {
	e := engineOfFiles(t, map[string]string{"numbers.txt": "The numbers game\n\nPublished 13 May 2078\n\n" +
		"The ombudsman, Irena Solvak, says 19,000 children have been taken since the war began. The Dravenian side says 2,300 are in its care.\n\n" +
		"Dravenia handed over a list of 27 names in Velmore, and the ombudsman has asked for more.\n\n" +
		"Hearthline has documented 4,612 cases by name.\n"})
	for _, q := range []string{"ombudsman 19000 dravenia 2300", "how many kids does dravenia say it has, 2300?"} {
		a, err := e.Ask(context.Background(), q, AskOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if len(a.Passages) == 0 || !strings.Contains(a.Passages[0].Text, "19,000") {
			t.Errorf("%q: passages %q; want the one with both numbers first", q, passageTexts(a))
		}
	}
}
