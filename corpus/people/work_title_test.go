package people

import "testing"

// A work's name in quotation marks is no one's words: after "the author
// of" ("She is the author of "Roads Out: Corridors in Modern Wars"
// (Harrow Lane Press, 2075)"), a title and its subtitle; a statement in
// the next sentence is still the speaker's.
func TestWorksNameIsNoQuotation(t *testing.T) {
	got, _ := analyse(paras(
		`Margit Sollander was deputy director of the Larkspur Relief Service. She is the author of "Roads Out: Corridors in Modern Wars" (Harrow Lane Press, 2075). The views expressed are her own.`,
		`Editor Jon Harl, the editor of "The Long Table Review" since 2070, disagreed. "A corridor without monitors is a trap, not a road," Harl said.`,
	))
	checkQuoteSpeakers(t, got, "Jon Harl")
}
