package index

import (
	"context"
	"strings"
	"testing"
)

// "and his wife? what did she say abt the forms": the few words before
// the question say who "she" is, and "the forms" what about; her words
// on the forms come first, not whatever she said of something else.
func TestFewWordsBeforeAPronounQuestionSayWho(t *testing.T) {
	e := engineOfFiles(t, map[string]string{"farm.txt": `Farmers paid for lost harvest

HOLNIK, June 20 - Jovan Halas farms 31 hectares next to the Upper Meadow. "We lost a year, not the farm," Jovan Halas said.

His wife, Mira Halas, keeps the farm's accounts. "The dog has not barked since the blast," Mira Halas said.

"The forms took me three evenings. The payment took five weeks," she added.
`})
	a, err := e.Ask(context.Background(), "and his wife? what did she say abt the forms", AskOptions{After: "Jovan Halas"})
	if err != nil {
		t.Fatal(err)
	}
	if a.Speaker != "Mira Halas" || len(a.Quotes) == 0 || !strings.Contains(a.Quotes[0].Text, "The forms took me") {
		t.Errorf("speaker %q, quotes %+v; want Mira Halas on the forms first", a.Speaker, a.Quotes)
	}
}
