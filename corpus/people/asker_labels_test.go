package people

import "testing"

// An agency's print interview labels only its questions, with its own
// name ("**Nordwire: …?**"), and prints the answers under them with no
// label: the answers are the one person the introduction names, to the
// last, and the questions nobody's. A record whose labelled turns are
// not all questions ("Nordwire: Thank you.") is no such interview.
func TestInterviewLabelsOnlyItsQuestions(t *testing.T) {
	qs, _ := analyse(paras(
		"Harbour Minister Edvin Sallos received Nordwire in his office on Friday. The interview has been shortened.",
		"**Nordwire: How many ferries are waiting?**",
		"Nineteen, and two of them have sick crews on board. We cannot wait another month.",
		"**Nordwire: Who inspects them?**",
		"Mixed teams do, and I trust them with my own family's cargo.",
		"**Nordwire: When will the queue clear?**",
		"By the end of May, if nobody fires a shot.",
	))
	if len(qs) != 3 {
		t.Fatalf("quotes %+v, want the three answers", qs)
	}
	for _, q := range qs {
		if q.Speaker != "Edvin Sallos" {
			t.Errorf("%q credited to %q, want Edvin Sallos", q.Text, q.Speaker)
		}
	}
	qs, _ = analyse(paras(
		"Harbour Minister Edvin Sallos received Nordwire in his office on Friday.",
		"**Nordwire: How many ferries are waiting?**",
		"Nineteen, and two of them have sick crews on board.",
		"**Nordwire: Thank you, minister. We will publish on Monday.**",
		"The ferries' owners have asked for compensation.",
	))
	for _, q := range qs {
		if q.Speaker == "Edvin Sallos" {
			t.Errorf("%q credited to Edvin Sallos in a record whose labels do not all ask", q.Text)
		}
	}
}
