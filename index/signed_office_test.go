package index

import (
	"strings"
	"testing"
)

// A ruling ends with who decided it ("Presiding Judge: U. Zand", "Judges:
// K. Pohl, R. Anker"), a transcript opens with who interpreted: asked
// who the judge or the interpreter was, or who one of them is,
// the bot names them and cites that line, and the JSON answer carries
// it, not "no answer" under a heading naming them.
func TestSignedOfficeAnswers(t *testing.T) {
	ruling := `JUDGMENT of 14 September 2076

The Tribunal finds that dismissal was a proportionate sanction, and the Applicant, Gerd Hollmann, must pay the Respondent's costs.

The Tribunal does not find the allegation of payments from foster families proven.

Presiding Judge: U. Zand
Judges: K. Pohl, R. Anker
`
	transcript := `TRANSCRIPT - INTERVIEW THROUGH AN INTERPRETER

Subject: Halyna Moroz, chief engineer, Kalynivsk Central Boiler House
Interpreter: Daryna Kovalchuk (Ukrainian-English)
Recorded: 27 December 2074, control room of the boiler house

Q: How long have you worked at this plant?

INTERPRETER: Twenty-two years. I came here as a young shift operator in 2052.
`
	e := engineOfFiles(t, map[string]string{"ruling.txt": ruling, "transcript.txt": transcript})
	for q, want := range map[string][2]string{
		"who was the presiding judge":                     {"Presiding Judge: U. Zand", "U. Zand"},
		"who is anker":                                    {"Judges: K. Pohl, R. Anker", "R. Anker"},
		"who was the interpreter for the moroz interview": {"Interpreter: Daryna Kovalchuk (Ukrainian-English)", "Daryna Kovalchuk"},
	} {
		a := ask(t, e, q)
		if !a.Answered() || len(a.Passages) == 0 || a.Passages[0].Text != want[0] {
			t.Errorf("%q: answered %v, passages %+v, want %q first", q, a.Answered(), a.Passages, want[0])
		}
		if r := Render(a); !strings.HasPrefix(r.Text(), want[1]) {
			t.Errorf("%q: reply %q does not name them", q, r.Text())
		}
	}
}
