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
