package index

import (
	"strings"
	"testing"
)

// Asked what someone said about a thing their own words never touch,
// though the articles report them on it, the passage giving the report
// comes before their quotes on other things; asked what they said about what a quote holds, the quote
// still comes first.
func TestQuotesOffTheSubjectFollowThePassage(t *testing.T) {
	e := engineOfFiles(t, map[string]string{
		"wire.txt": "Envoy plans next flight\n\n" +
			"Jean-Marc Pellaton, the envoy, said both capitals had agreed the corrected list and that the next flight, carrying prisoners out of the Dalmir Union, would leave within ten days. He said Switzerland would not accept any man who had not been examined by the commission.\n\n" +
			"The sanatorium was built in 1908 for patients with tuberculosis and later run as a hotel.\n\n" +
			"Snow closed the pass road twice in January.\n\n" +
			"\"The sanatorium is full and the doctors are tired,\" Pellaton told reporters at the clinic in Davos.\n",
	})
	a := ask(t, e, "what did pellaton say abt the next flight")
	r := Render(a)
	if !r.PassagesFirst || len(r.Passages) == 0 || !strings.Contains(r.Passages[0].Text, "next flight") {
		t.Errorf("passages first %v, passages %v: want the passage on the next flight before his quotes", r.PassagesFirst, r.Passages)
	}
	a = ask(t, e, "what did pellaton say abt the doctors")
	if r := Render(a); r.PassagesFirst || len(r.Quotes) == 0 || !strings.Contains(r.Quotes[0].Text, "doctors are tired") {
		t.Errorf("passages first %v, quotes %v: want his quote on the doctors first", r.PassagesFirst, r.Quotes)
	}
}
