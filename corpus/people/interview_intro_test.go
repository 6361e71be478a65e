package people

import "testing"

// A print interview's introduction names who answers, who asks after
// "she talked to", and someone the answers talk of, brought in as "a
// caretaker called Old Bo": the answers are the headteacher's alone,
// and the box in capitals after the last answer is nobody's.
func TestUnlabelledInterviewIntroNamesThree(t *testing.T) {
	ps := paras(
		"Sofija Lannert, 52, has been headteacher of the school for eleven years. Eight days after it reopened, an alert sent 163 of her pupils underground. She talked to Oona Berglund about drills, doubt and a caretaker called Old Bo.",
		"What was it like to walk back into the building?",
		"It smelled of dust and damp paper. I left the old timetable pinned to the door.",
		"A boy was hurt on the stairs. Do you blame yourself?",
		"I am the head of this school, so yes. He slipped on the third step from the bottom.",
		"Who is Old Bo?",
		"Bogdan Reisz, our caretaker. He has been here longer than I have.",
		"Will you still be here next September?",
		"If the school is here, I will be here.",
		"IN NUMBERS",
		"412: pupils on the school roll; 390: pupils counted by the ministry",
	)
	d, err := Default().Analyse(ps, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Quotes) != 4 {
		t.Errorf("%d quotes %+v, want the four answers", len(d.Quotes), d.Quotes)
	}
	for _, q := range d.Quotes {
		if q.Speaker != "Sofija Lannert" {
			t.Errorf("%q credited to %q, want Sofija Lannert", q.Text, q.Speaker)
		}
		if q.Text == "412: pupils on the school roll; 390: pupils counted by the ministry" {
			t.Errorf("the box under the interview is credited as an answer")
		}
	}
}
