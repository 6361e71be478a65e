package index

import (
	"strings"
	"testing"
)

// Lucia Ferrandi, UNICEF's regional director, is named in one article
// and never quoted by name; another quotes "UNICEF's regional director"
// unnamed. Asked what she said, the answer shows that office's words as
// the article gives them, says she is never quoted by name, and credits
// the words to the office, not to her.
func TestNeverQuotedByNameButHerOfficeIs(t *testing.T) {
	e := engineOfFiles(t, map[string]string{
		"live.md": "# Live: children cross the bridge\n\n" +
			"Lucia Ferrandi, UNICEF's regional director, told us the children were tired but in good health.\n",
		"agency.md": "# Children cross the bridge\n\n" +
			"UNICEF's regional director, who travelled with the convoy, said the agency would follow every case \"until the last child is home\".\n",
	})
	a := ask(t, e, "what did lucia ferrandi say")
	if a.Speaker != "Lucia Ferrandi" || a.SpeakerStatus != SpeakerNotQuoted {
		t.Fatalf("speaker %q, status %q; want Lucia Ferrandi, never quoted by name", a.Speaker, a.SpeakerStatus)
	}
	if len(a.Quotes) != 1 || !strings.Contains(a.Quotes[0].Text, "until the last child is home") || a.Quotes[0].Speaker != "" {
		t.Fatalf("quotes %+v; want the office's words, credited to no name", a.Quotes)
	}
	if r := Render(a).Text(); !strings.Contains(r, "never quoted by name") || !strings.Contains(r, "UNICEF's regional director") {
		t.Errorf("reply %q; want it to say she is never quoted by name and whose words these are", r)
	}
}
