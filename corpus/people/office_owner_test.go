package people

import (
	"slices"
	"strings"
	"testing"
)

// The office a role noun names after a quotation is read as titles are
// written: a hyphenated title is one title ("the IMO's
// secretary-general"); the owner may be a common noun for the
// organisation the title names ("the insurer's chief executive" of
// Nordhavn Marine Insurance), but not another one ("the ministry's");
// and a title's head is the noun before its complement ("Special Envoy
// of the Secretary-General" is the envoy).
func TestRoleNounOwnerAndHead(t *testing.T) {
	tests := []struct {
		name  string
		paras []string
		quote string
		want  string // "" for no one
	}{
		{
			name:  "hyphenated title",
			paras: []string{"The IMO's secretary-general, Dr Tomás Arriaga of Uruguay, said the register would open on 20 March. \"A ship that is not on our register is not in the corridor,\" the IMO's secretary-general said in a statement."},
			quote: "not on our register", want: "Tomás Arriaga",
		},
		{
			name: "the organisation as a common noun",
			paras: []string{
				"Ingrid Solheim, chief executive of Oslo-based Nordhavn Marine Insurance, said premiums would come down only if the first convoys passed.",
				"\"Nobody in my industry wants to be first, and nobody wants to be last,\" the insurer's chief executive said.",
			},
			quote: "Nobody in my industry", want: "Ingrid Solheim",
		},
		{
			name: "another organisation",
			paras: []string{
				"Ingrid Solheim, chief executive of Oslo-based Nordhavn Marine Insurance, said premiums would come down only if the first convoys passed.",
				"\"Nobody in my industry wants to be first, and nobody wants to be last,\" the ministry's chief executive said.",
			},
			quote: "Nobody in my industry", want: "",
		},
		{
			name: "the head before the complement",
			paras: []string{
				"Briefing the Council, Rafael Oyarzún, Special Envoy of the Secretary-General for the Ukraine Ceasefire, said the memorandum was serious.",
				"The envoy also drew attention to the humanitarian file. He urged the parties to include civilians \"in every stage, not as an afterthought\".",
			},
			quote: "in every stage", want: "Rafael Oyarzún",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			qs, _ := analyse(paras(tt.paras...))
			q := quoteHolding(t, qs, tt.quote)
			if q.Speaker != tt.want {
				t.Errorf("%q credited to %q, want %q", tt.quote, q.Speaker, tt.want)
			}
		})
	}
}

// A firm named like a person is no person where someone works at it
// ("head of aviation war risk at the London broker Harcourt Wyndham")
// or a credit gives it after the credited name ("— Fiona Bramwell,
// Harcourt Wyndham"): she holds the title, and no Harcourt Wyndham is
// anyone a question about "the london broker" could mean.
func TestFirmNamedLikeAPerson(t *testing.T) {
	for _, ps := range [][]string{
		{"Fiona Bramwell, head of aviation war risk at the London broker Harcourt Wyndham, says the premium is a live reading of political confidence."},
		{"Fiona Bramwell, head of aviation war risk at Harcourt Wyndham, says the premium is a live reading of political confidence."},
		{"Fiona Bramwell works in London.", "\"The premium is the market's opinion of the ceasefire, updated every morning.\" — Fiona Bramwell, Harcourt Wyndham"},
	} {
		_, d := analyse(paras(ps...))
		roles := rolesOf(d)
		if _, ok := roles["Harcourt Wyndham"]; ok {
			t.Errorf("%q: Harcourt Wyndham read as a person", ps)
		}
		if _, ok := roles["Fiona Bramwell"]; !ok {
			t.Errorf("%q: Fiona Bramwell not read", ps)
		}
		if strings.Contains(ps[0], "head of") && !slices.ContainsFunc(roles["Fiona Bramwell"], func(r string) bool { return strings.HasPrefix(r, "head of aviation war risk at") }) {
			t.Errorf("%q: Fiona Bramwell's titles %q, want head of aviation war risk at …", ps, roles["Fiona Bramwell"])
		}
	}
}

// Titles read from a profile's opening and a long body's possessive, and
// the office a pronoun stands for when no one is named: "Dr" is how
// she is addressed, the sentence says what she is; a body of five
// capitalised words owns the title after it; "the agency's executive
// director stressed …. "…," she said" is that office's words, not a
// spokesman's of another gender nor a ministry's.
func TestTitlesFromProfilesAndUnnamedOffices(t *testing.T) {
	for text, want := range map[string]string{
		"Dr Iryna Kovalchuk, 54, has been Director General of Ukrainian Air Navigation Services (UkrANS) since 2049.":   "Director General of Ukrainian Air Navigation Services",
		"Iryna Savchuk, 51, has been headteacher for nine years.":                                                       "headteacher",
		"The European Union Aviation Safety Agency's executive director, Margit Lindqvist, said the agency would wait.": "European Union Aviation Safety Agency's executive director",
	} {
		_, d := analyse(paras(text))
		found := false
		for _, roles := range rolesOf(d) {
			found = found || slices.Contains(roles, want)
		}
		if !found {
			t.Errorf("%q: titles %q, want %q", text, rolesOf(d), want)
		}
	}
	for _, tt := range []struct{ text, role string }{
		{"When EASA revised its bulletin, the agency's executive director stressed that the rest of Ukraine remained off limits. \"The bulletin is not a ticket. It is a warning label,\" she said.", "agency's executive director"},
		{"The ministry's spokeswoman was less upbeat. \"Nothing is agreed until everything is agreed,\" he said.", ""},
		{"Russia's defence ministry said the ships would stay in port. \"We will wait for the lists to be checked,\" he said.", ""},
	} {
		qs, _ := analyse(paras(tt.text))
		if len(qs) != 1 || qs[0].Speaker != "" || qs[0].Role != tt.role {
			t.Errorf("%q: quotes %+v, want one credited to no one, role %q", tt.text, qs, tt.role)
		}
	}
}
