package index

import "testing"

// A word the articles never use whose only relative they do use is
// another word of the question ("cup final": final) is no sign they
// speak of it: "who won the cup final" and "whos playing in the cup
// final on saturday" are off topic in articles that speak of inspectors
// "finally" let in and a final round of talks, and get the honest
// no-answer; "the final round of talks" is still theirs.
func TestRelativeThatIsTheQuestionsOwnWord(t *testing.T) {
	for dir, q := range map[string]string{
		"testdata/corpus119": "who won the cup final lol",
		"testdata/corpus91":  "whos playing in the cup final on saturday",
	} {
		if a := ask(t, engineOfDir(t, dir), q); a.Answered() {
			t.Errorf("%s: answered with %v", q, a.Passages)
		}
	}
	if a := ask(t, engineOfDir(t, "testdata/corpus119"), "when is the next round of talks"); !a.Answered() {
		t.Errorf("when is the next round of talks: not answered")
	}
}
