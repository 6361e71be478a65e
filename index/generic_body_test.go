package index

import "testing"

// "the ngo director": "ngo" says only that the director is with some
// body (words.tsv genericbody), the title says who: the charity's
// country director, not her deputy; "the ngo deputy" is the deputy.
func TestAGenericBodyWordBeforeATitle(t *testing.T) {
	e := engineOfFiles(t, map[string]string{"feature.txt": `The fields of Brenna
Longreach
2078-04-20

Teodora Vasko, country director of Groundsafe International, walked the last field on Sunday. "People ask me why it took fourteen weeks," Vasko said.

Her deputy, Anselm Krey, a former army sapper, trusts the dogs more than the maps. "A dog doesn't care what the map says," Krey said.
`})
	for q, want := range map[string]string{
		"wat did the ngo director say about why it took so long": "Teodora Vasko",
		"what did the ngo deputy say":                            "Anselm Krey",
	} {
		if a := ask(t, e, q); a.Speaker != want {
			t.Errorf("%s: speaker %q, want %s", q, a.Speaker, want)
		}
	}
}
