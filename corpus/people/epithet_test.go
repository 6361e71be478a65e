package people

import (
	"slices"
	"testing"
)

// A writer's other word for someone just named ("Marchenko … the baker
// said") credits them and becomes a role to ask by; the same words
// crediting someone else stay no one's.
func TestEpithetForSomeoneJustNamed(t *testing.T) {
	tests := []struct {
		name  string
		paras []string
		quote string // the quotation's words
		want  string // its speaker; "" for no one
	}{
		{
			name: "the subject of the sentence before",
			paras: []string{
				"Olena Marchenko, 54, has run a small bakery near Freedom Square since 2009.",
				"Back at the bakery, Marchenko handed a customer a loaf still warm from the oven. \"People need bread whether there is a war or not,\" the baker said.",
			},
			quote: "People need bread", want: "Olena Marchenko",
		},
		{
			name:  "the one named is no subject",
			paras: []string{"Police arrested Serhiy Petrenko on Monday. \"He is innocent and the court will see that very soon,\" the lawyer said."},
			quote: "He is innocent", want: "",
		},
		{
			name:  "the word brought in someone unnamed",
			paras: []string{"Olena Marchenko handed a customer a loaf. \"Thank you, I will come back for another one tomorrow,\" the customer said."},
			quote: "Thank you", want: "",
		},
		{
			name:  "two people named",
			paras: []string{"Olena Marchenko and Iryna Tkachenko argued all week. \"Nobody has asked us what we are ready to give up,\" the teacher said."},
			quote: "Nobody has asked us", want: "",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			qs, d := analyse(paras(tt.paras...))
			q := quoteHolding(t, qs, tt.quote)
			if q.Speaker != tt.want {
				t.Errorf("%q credited to %q, want %q", tt.quote, q.Speaker, tt.want)
			}
			if tt.want != "" && !slices.Contains(rolesOf(d)[tt.want], "baker") {
				t.Errorf("%s's roles %q, want the baker among them", tt.want, rolesOf(d)[tt.want])
			}
		})
	}
}

// A live blog's entry read as one paragraph names several people in
// turn: "the farmer said" after Mykola Savchuk's sentence is his, though
// the entry named Iryna Kovalchuk first, and someone named only as an
// owner ("Kovalchuk's team") does not stand in his way. Named second in
// his sentence, he is no subject.
func TestEpithetInALongParagraph(t *testing.T) {
	text := `Iryna Kovalchuk, a field manager with the Fenix Demining Group, spoke to us by video from a field near Izium. "People want a date. I give them a map," she said. Mykola Savchuk, whose farm borders the field where Kovalchuk's team was working, has not planted wheat since 2022. "I just want to drive my tractor without praying first," the farmer said.`
	qs, _ := analyse(paras(text))
	if q := quoteHolding(t, qs, "I just want to drive"); q.Speaker != "Mykola Savchuk" {
		t.Errorf("the farmer's words credited to %q, want Mykola Savchuk", q.Speaker)
	}
	other := `Iryna Kovalchuk, a field manager with the Fenix Demining Group, spoke to us by video. Police later questioned Mykola Savchuk about the field. "I just want to drive my tractor without praying first," the farmer said.`
	qs, _ = analyse(paras(other))
	if q := quoteHolding(t, qs, "I just want to drive"); q.Speaker != "" {
		t.Errorf("Savchuk is no subject: the farmer's words credited to %q, want no one", q.Speaker)
	}
}
