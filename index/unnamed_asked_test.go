package index

import (
	"strings"
	"testing"
)

// "the nurse who wouldnt give her name" is no nurse the articles name:
// her words are the unnamed nurse's, shown unattributed under her role,
// never the named nurse's.
func TestAskedAboutSomeoneUnnamed(t *testing.T) {
	e := engineOfFiles(t, map[string]string{"clinic.txt": `Vaccination teams reach cut-off villages

BREZHIN, Oct 15 - Katarina Hladen, a nurse at the Brezhin health post for 26 years, walked four kilometres to Tarnik. "I carried the cool box on my back," Hladen said.

Inside the bus, a nurse who did not give her name said the centre had taken 160 samples. "Every time the train is on the news, the queue doubles," she said.
`})
	for _, q := range []string{
		"what did the nurse who wouldnt give her name say",
		"the nurse who didnt want to be named, what did she say",
	} {
		a := ask(t, e, q)
		if a.Speaker != "" {
			t.Errorf("%q: answered as %q's words", q, a.Speaker)
		}
		var got []string
		for _, qt := range a.Quotes {
			got = append(got, qt.Speaker+": "+qt.Text)
			if qt.Speaker != "" {
				t.Errorf("%q: shows %q's quote %q", q, qt.Speaker, qt.Text)
			}
		}
		if !strings.Contains(strings.Join(got, "\n"), "the queue doubles") {
			t.Errorf("%q: quotes %q, want the unnamed nurse's", q, got)
		}
	}
}
