package people

import "testing"

// A live blog's heading in the headline's convention, the name, a colon,
// then words with a quotation ("Starmer: UK "ready to play its part""),
// gives that person the quotation, at the section's first paragraph;
// not a quotation the entry holds already, not a label of two words,
// and not someone the article never names.
func TestHeadingQuoteIsTheNamesWords(t *testing.T) {
	qs, _ := analyse(paras(
		`European leaders including Britain's Keir Starmer and Poland's Donald Tusk met at the chancellery.`,
		`## Starmer: UK "ready to play its part"`,
		`A Downing Street spokesperson said the prime minister told fellow leaders that Britain stood ready to contribute to the force.`,
		`## Tusk: "a good day for Ukraine"`,
		`Tusk posted on X: "A good day for Ukraine would be a good day for Europe."`,
		`## Meloni: the "coalition" plan`,
		`Italy's position was not set out.`,
	))
	var starmer, tusk, others int
	for _, q := range qs {
		switch {
		case q.Speaker == "Keir Starmer" && q.Text == "ready to play its part" && q.Paragraph == 2:
			starmer++
		case q.Speaker == "Donald Tusk":
			tusk++
		default:
			others++
		}
	}
	if starmer != 1 || tusk != 1 || others != 0 {
		t.Errorf("quotes %+v: want Starmer's heading quote at ¶2 once, Tusk's words once (his heading's are in them), nothing else", qs)
	}
}
