package index

import "testing"

// "who runs kessgard": the one whose title heads the body the question
// names by its first word ("chief executive of Kessgard Pelagic"), not a
// head of anything else whose title leaves the body out.
func TestWhoRunsABodyNamedShort(t *testing.T) {
	e := engineOfFiles(t, map[string]string{
		"wire.txt": "Trawler crew freed\n\n" +
			"Kessgard Pelagic chief executive Ruben Astrup confirmed that the company had paid. \"We paid because fourteen families asked us to,\" he said.\n\n" +
			"Dr Lene Marquart, head of emergency medicine at St Brigid's, said the crew were tired. \"Nobody here is in danger,\" she said.\n\n" +
			"The boat, owned by Kessgard Pelagic, is still held at Korvath.\n",
	})
	if a := ask(t, e, "who runs kessgard"); a.Speaker != "Ruben Astrup" {
		t.Errorf("who runs kessgard: answered as %q, want Ruben Astrup", a.Speaker)
	}
}
