package index

import "testing"

// A letter hyphenated to the next word ("e-queue") is part of that word,
// not a word the articles lack: the question is answered, where the
// letter alone made it out of scope. A question on something else stays
// out of scope.
func TestLetterPrefixIsNoMissingWord(t *testing.T) {
	text := "Title: Queue at the crossing\nOutlet: Wire\nDate: 2057-04-15\n\n" +
		"For drivers: the electronic queue at Hoptivka starts on 1 May. A slot costs 35 euros, and the two scanners will be installed by 25 April.\n\n" +
		"The pensioners' lane opens at 08:00 on Mondays and Thursdays.\n"
	e := engineOfFiles(t, map[string]string{"queue.txt": text})
	if a := ask(t, e, "when does the e-queue start"); !a.Answered() || len(a.Passages) == 0 {
		t.Errorf("when does the e-queue start: no answer, want the queue starting on 1 May")
	}
	if a := ask(t, e, "who won the x-factor final"); a.Answered() {
		t.Errorf("who won the x-factor final: answered with %+v, want no answer", a.Passages)
	}
}
