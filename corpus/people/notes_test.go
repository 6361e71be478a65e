package people

import "testing"

// An essay's notes cite their sources the way bibliographies do: the
// one named, a comma, what they said or where ("opening statement in
// Paris", "lecture at the University of Geneva"), then a colon and the
// words. The words are the one cited; a note citing a document names no
// one.
func TestNoteCitesSpeaker(t *testing.T) {
	qs, _ := analyse(paras(
		`The Ukrainian negotiator, First Deputy Minister of Culture Oksana Havrylyuk, answers with a different argument. Professor Annelise Wyss chairs the expert panel.`,
		`[4] Havrylyuk, opening statement in Paris, 14 March 2067: "My grandmother used to tell me, 'What is written in the parish book outlives the parish.' I did not understand her."`,
		`[5] Wyss, lecture at the University of Geneva, 2 February 2067: "Possession during a dispute is never neutral. Whoever holds the object holds the story."`,
		`[6] Report of the Kamianobrid City Archive, p. 14: "The archive holds 2,317 files and 38,000 images of them."`,
	))
	want := map[int]string{2: "Oksana Havrylyuk", 3: "Annelise Wyss", 4: ""}
	if len(qs) != len(want) {
		t.Fatalf("quotes %+v, want one a note", qs)
	}
	for _, q := range qs {
		if q.Speaker != want[q.Paragraph] {
			t.Errorf("note %d: %q credited to %q, want %q", q.Paragraph, q.Text, q.Speaker, want[q.Paragraph])
		}
	}
}
