package people

import "testing"

// A statement or a message someone reads out is the words of the one it
// is from, named in the sentence that reads it ("a message from …
// Mr Lucien Dorval, and … I will read it: "…"") or the one before, then
// given by their pronoun ("a short statement from Teodora Vasko, … She
// writes: "…""); never the reader's, nor one whose pronoun does not fit.
func TestStatementReadOut(t *testing.T) {
	got, _ := analyse(paras(
		`COORDINATOR (Lucien Dorval): Before questions, I will read a short statement from Teodora Vasko, the country director of Groundsafe International, who is in Brenna today. She writes: "Yesterday a farmer drove a tractor across a field where we were still finding mines in January."`,
		`Dalia Morvane: I received this morning a message from Corvanne's demining coordinator, Mr Lucien Dorval, and with the House's permission I will read it: "The people of Brenna have done the hardest part. Corvanne will stay until the last field is clear."`,
		`Gregor Fenwick: I have a letter from Teodora Vasko here. He writes: "The last fields will take another month at least, whatever anyone promises."`,
	))
	checkQuoteSpeakers(t, got, "Lucien Dorval", "Teodora Vasko", "Dalia Morvane", "Lucien Dorval", "Gregor Fenwick", "")
}

// A council's minutes read a member's letter out in the item after the
// one saying whose it is ("had asked for his letter to be read … The
// Mayor read the letter aloud:"): the letter is his, though the Mayor
// reads it and the item opens with its number.
func TestLetterReadOutInTheNextItem(t *testing.T) {
	got, _ := analyse(paras(
		"4.1 The Mayor explained that Mr Lauri Mossberg, Member of Parliament for Brenna Vale and Lower Tessa, is serving at the front and had asked for his letter to be read to the meeting. The Mayor read the letter aloud:",
		`4.2 "I am sorry I cannot be with you tonight. My daughter was eleven when the school closed and she is fourteen now."`,
		"4.3 The Mayor said he would reply on the Council's behalf.",
		"5.1 Cllr Helga Strand said the motion had her support and read out a note:",
		`5.2 "We asked our children to wait three years. We cannot ask them to wait again."`,
	))
	checkQuoteSpeakers(t, got, "Lauri Mossberg", "")
}
