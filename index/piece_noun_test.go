package index

import "testing"

// A kind of piece the articles never call themselves ("the op-ed", "op
// ed", "the podcast") says which article is meant, not a subject they
// lack; and "the mp", where they never write "MP", is a member of their
// parliament: both questions are answered from what the articles say.
func TestPieceNounsAndMembersTheArticlesNeverName(t *testing.T) {
	e := engineOfFiles(t, map[string]string{
		"comment.txt": "A levy for the minehunters\n\nBy Ilse Varga\n\nThe navies that clear the sea lanes should be paid by the ships that use them: a levy of a few cents a tonne on every cargo would pay for the minehunters within two years.\n",
		"record.txt":  "House record\n\nNathalie Gagnon, the member for Quebec East in the House of Commons, told the committee: \"Our engineers know reactors; let us send them.\"\n",
	})
	for _, q := range []string{"how does the op ed writer want to pay for the minehunters", "why does the op-ed want a levy"} {
		if a := ask(t, e, q); !a.Answered() {
			t.Errorf("%q: not covered", q)
		}
	}
	if a := ask(t, e, "what did the eurovision op-ed say"); a.Answered() && !a.Closest {
		t.Errorf("a subject the articles lack answered as exact: %v", a.Passages)
	}
	// "mp" is searched as the member the record names.
	for _, q := range e.questionTerms("the quebec mp on engineers") {
		if q.term == "mp" && !q.known() {
			t.Errorf("mp: %+v, want the articles' member as its relative", q)
		}
	}
}
