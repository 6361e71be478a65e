package index

import "testing"

// Members write "kids" where articles write "children", and name a
// country the articles name only by its adjective ("greece", "Greek",
// "Hellenic"): neither is a sign the articles are about something else,
// so neither question gets "the articles don't cover that".
func TestEverydayWordsForWhatArticlesName(t *testing.T) {
	text := `Children cross at Vilna Hora
Harbour Post
2074-03-09

The 38 children crossed at the Vilna Hora crossing on Tuesday morning, two hours later than planned.

Four Greek water bombers made 212 drops on the forest fire on Sunday, the emergencies ministry said.

The talks resume in Geneva next month, officials said.

Trucks with aid cross the line every Thursday under the local truce.

Families crossed into Poland at Medyka in the spring, the border guard said.
`
	e := engineOfFiles(t, map[string]string{"wire.txt": text})
	askCovered(t, e, map[string]string{
		"where did the kids cross":         "Vilna Hora crossing",
		"how many kids crossed":            "The 38 children",
		"how many bombers did greece send": "Four Greek water bombers",
	})
}
