package index

import "testing"

// What a "how many" question counts is counted by a number before it
// ("21 crew") and by one after it and "of" ("a crew of 21"), not by one
// elsewhere in the sentence ("within 4 minutes").
func TestCountedThenOfThenNumber(t *testing.T) {
	e := engineOfFiles(t, map[string]string{"wire.txt": `Title: Mine hits grain ship
Outlet: Wire
Date: 2077-09-14

The Northern Wren crew mustered on deck within 4 minutes of the blast.

The Northern Wren had sailed with a crew of 21.
`})
	for text, want := range map[string]typeFit{
		"The Northern Wren had sailed with a crew of 21.":                        typeCounted,
		"The Northern Wren had sailed with 21 crew.":                             typeCounted,
		"The Northern Wren crew mustered on deck within 4 minutes of the blast.": typeNear,
	} {
		qs := e.questionTerms("crew did the northern wren have")
		e.markCounted(qs, "crew")
		m := e.newMatcher(qs).withType(typeNumber, e.isPersonWord)
		if _, _, _, got := m.scan(text); got != want {
			t.Errorf("%q: type fit %d, want %d", text, got, want)
		}
	}
}
