package people_test

import (
	"testing"

	"github.com/talksbot/talksbot/corpus/people"
)

// A quotation standing alone after a paragraph about one person is
// theirs, whatever opens that paragraph's last sentence before its
// subject: a fronted clause ("When the government asked him …, he was")
// or a short phrase with no comma ("For 27 years he ran …").
func TestQuoteAfterAFrontedClause(t *testing.T) {
	lx := people.Default()
	first := "At ten past seven, Dr Lukas Fehr is already on the second floor of the east wing. The doctor listens, presses and nods."
	quote := `"I have never once asked a patient which side of the front he came from. I am not going to start at my age."`
	for _, about := range []string{
		"He is 61, tall and stooped. When the federal government asked him in August 2074 to take charge of the sanatorium, he was three months from retirement.",
		"He is 61, tall and stooped. For 27 years he ran the trauma department of the cantonal hospital in Chur.",
	} {
		d, err := lx.Analyse([]people.Paragraph{{Num: 1, Text: first}, {Num: 2, Text: about}, {Num: 3, Text: quote}}, people.Options{})
		if err != nil {
			t.Fatal(err)
		}
		if len(d.Quotes) != 1 || d.Quotes[0].Speaker != "Lukas Fehr" {
			t.Errorf("after %q:\nquotes %+v, want Lukas Fehr's", about, d.Quotes)
		}
	}
}
