package people

import "testing"

// "Lukas Brenner, head of the ICRC's Toresk sub-delegation": a body's,
// then a capitalised word, then a word for a part of the body
// (words.tsv part) is where the part is, no one called Toresk.
func TestPlaceBeforeAPartOfABodyIsNoOne(t *testing.T) {
	text := `Lukas Brenner, head of the ICRC's Toresk sub-delegation, put it bluntly in a briefing on Sunday.`
	_, d := analyse(paras(text))
	for _, p := range d.People([]string{text}) {
		if p.Name == "Toresk" {
			t.Errorf("people %v: Toresk read as someone", d.People([]string{text}))
		}
	}
}
