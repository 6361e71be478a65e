package index

import "testing"

// "who wrote the trade mag piece on the boiler": "trade mag" says what
// kind of publication the piece is in, as "op-ed" says what kind of
// piece; the articles never use the words, and the piece on the boiler
// is still found, and its byline answers.
func TestKindOfPublicationInAnAuthorQuestion(t *testing.T) {
	e := engineOfFiles(t, map[string]string{
		"journal.md": "---\ntitle: The boiler that brought the heat back\nauthor: Oskar Venn\n---\n\n" +
			"A 140 MW dual-fuel boiler was installed in eleven working days under a fragile ceasefire.\n",
		"wire.md": "---\ntitle: Schools get heat back as truce enters final week\nauthor: Piet Osk\n---\n\n" +
			"Schools in Old Quay were reconnected on Monday, the city said.\n",
	})
	for _, q := range []string{"who wrote the trade mag piece on the boiler", "who wrote the magazine article about the boiler"} {
		if a := ask(t, e, q); a.Speaker != "Oskar Venn" {
			t.Errorf("%q: answered %q, want the boiler piece's writer", q, a.Speaker)
		}
	}
}
