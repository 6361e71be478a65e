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
