package people

import "testing"

// The one who speaks before a speech verb, past what the text sets
// between them: an apposition naming someone else ("the teacher freed
// alongside Elin Rask"), an aside between spaced dashes ("- and no
// relation to the officer -"), as a bracketed one is; and a wiki page's
// footnote mark after a quotation does not join the sentence after it to
// that quotation.
func TestSubjectPastAppositionsAndAsides(t *testing.T) {
	tests := []struct {
		name  string
		paras []string
		quote string
		want  string
	}{
		{
			name:  "an apposition naming someone else",
			paras: []string{"Elin Rask was freed on Wednesday.", `Halina Drozd, the teacher freed alongside Elin Rask, said she had been held "for a poem my pupils read aloud".`},
			quote: "for a poem", want: "Halina Drozd",
		},
		{
			name:  "an aside between dashes",
			paras: []string{"Elin Rask was freed on Wednesday.", `Halina Drozd - and no relation to the officer - said she had been held "for a poem my pupils read aloud".`},
			quote: "for a poem", want: "Halina Drozd",
		},
		{
			name:  "an apposition, then an aside",
			paras: []string{"Elin Rask was freed on Wednesday.", `Halina Drozd, the 58-year-old teacher freed alongside Elin Rask – no relation to the officer – said she meant to teach "in whichever town will have me".`},
			quote: "whichever town", want: "Halina Drozd",
		},
		{
			name:  "an aside that speaks is no aside",
			paras: []string{`Halina Drozd - Oleg Marek said - was held "for a poem my pupils read aloud".`},
			quote: "for a poem", want: "Oleg Marek",
		},
		{
			name:  "a footnote mark after a quotation",
			paras: []string{`Deputy Agriculture Minister Vadim Korolyov, who headed the delegation, told state television: "We did not come to talk about borders. We came to talk about wheat, and we did."[4] Yevgeny Prokhorov, the district chief in Nova Dolyna, said farmers were "tired of looking at their own fields".`},
			quote: "We came to talk about wheat", want: "Vadim Korolyov",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			qs, _ := analyse(paras(tt.paras...))
			if q := quoteHolding(t, qs, tt.quote); q.Speaker != tt.want {
				t.Errorf("%q credited to %q, want %q", tt.quote, q.Speaker, tt.want)
			}
		})
	}
}
