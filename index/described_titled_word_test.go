package index

import "testing"

// One everyday word and a word for anyone ("the bakery lady") pins the
// one person whose title holds the word ("who runs the bakery on the
// square": head of the bakery), never one a passage merely mentions
// beside it; "the agency boss" still asks for the agency's head.
func TestDescribedByOneWordOfATitle(t *testing.T) {
	e := engineOfFiles(t, map[string]string{"village.txt": `Village split over the sanatorium

PRAVALUN, March 3 - The first internees arrived on Tuesday.

Seraina Caflisch, 47, who runs the bakery on the square, said she had sold more bread in a week than in the whole of last winter. "They are boys on crutches," she said.

Reto Mani, 68, a retired ski instructor who buys his bread at the bakery every morning, disagreed. "Nobody asked us," he said.

Nadia Berthoud, a spokeswoman for the agency, said the list was final. "We checked every name," she said.
`})
	for _, c := range []struct{ q, who string }{
		{"what did the bakery lady say", "Seraina Caflisch"},
		{"what did the woman who runs the bakery say", "Seraina Caflisch"},
		// a word no title holds: too little to pin anyone
		{"what did the bread guy say", ""},
		// "boss": the agency's head, whom the articles do not name
		{"what did the agency boss say", ""},
	} {
		if a := ask(t, e, c.q); a.Speaker != c.who {
			t.Errorf("%q: answered as %q's words, want %q", c.q, a.Speaker, c.who)
		}
	}
}

// A rarer word than everyday English's, before a word for anyone ("the
// dialysis woman"), pins the one person the few sentences holding it
// name, of the word's gender: Dana, not the doctor whose sentence speaks
// of the dialysis unit; where such a sentence names two, no one.
func TestDescribedByARareWordInTheirSentence(t *testing.T) {
	e := engineOfFiles(t, map[string]string{"train.txt": `Train held in open country

BREZNO, April 22 - Dr Emil Varga, head of the regional hospital, says the dialysis unit will stay open until midnight.

A woman who gave only her first name, Dana, 58, needs dialysis three times a week. "If I miss three sessions, you can stop counting," she said.

Marek Olin and Vera Lisak both carried a stethoscope. "We helped where we could," Olin said.
`})
	for _, c := range []struct{ q, who string }{
		{"wat did the dialysis woman say", "Dana"},
		{"what did the stethoscope guy say", ""},
	} {
		if a := ask(t, e, c.q); a.Speaker != c.who {
			t.Errorf("%q: answered as %q's words, want %q", c.q, a.Speaker, c.who)
		}
	}
}
