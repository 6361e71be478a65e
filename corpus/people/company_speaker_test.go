package people

import "testing"

// A company's name is no one's surname: "Tarvex says the union is
// "playing politics"", in a piece calling it "the contractor Tarvex
// Clearance", quotes no person Tarvex; and its spokeswoman, a "company
// spokeswoman" right after a sentence about Tarvex, is Tarvex's.
func TestCompanyIsNoSpeaker(t *testing.T) {
	ps := paras(`The union accused the contractor Tarvex Clearance on Wednesday of pushing its teams to cut corners. Tarvex says the union is "playing politics".

Tarvex rejected the accusations. Speaking on behalf of chief executive Viktor Stral, company spokeswoman Mila Daskova said the field had been cleared "to the contracted depth of 20 centimetres".`)
	qs, _ := analyse(ps)
	for _, q := range qs {
		if q.Speaker == "Tarvex" {
			t.Errorf("quote %q given to a person Tarvex", q.Text)
		}
	}
	if n := len(qs); n == 0 || qs[n-1].Speaker != "Mila Daskova" || qs[n-1].Role != "Tarvex company spokeswoman" {
		t.Fatalf("quotes %+v, want the last Mila Daskova's, as Tarvex company spokeswoman", qs)
	}
}

// "PRESENTER (DORA LIND): The Ministry of Justice has been fairly quiet.
// Its spokesman, Boris Halm, told us …": "its" is the ministry the
// sentence after the speaker's label opens with.
func TestItsBodyAfterASpeakerLabel(t *testing.T) {
	ps := paras(`PRESENTER (DORA LIND): The Ministry of Justice has been fairly quiet. Its spokesman, Boris Halm, told us this afternoon that the minister wants both sides to "find a solution within the law, and quickly".`)
	qs, _ := analyse(ps)
	if len(qs) != 1 || qs[0].Speaker != "Boris Halm" || qs[0].Role != "Ministry of Justice spokesman" {
		t.Fatalf("quotes %+v, want Boris Halm's, as Ministry of Justice spokesman", qs)
	}
}
