package people

import "testing"

// "the ministry" is a body, not one of its people: no spokesman of a
// ministry is it, as no one is "NATO"; "the ministry spokesman" is one
// of them, and "the defence ministry spokesman" the defence ministry's.
func TestMatcherBodyWordAloneIsNoOne(t *testing.T) {
	cands := []Candidate{
		{Name: "Arkady Sevrin", Aliases: []string{"sevrin"}, Roles: []string{"spokesman for the Morraskan defence ministry"}},
		{Name: "Lena Holt", Aliases: []string{"holt"}, Roles: []string{"head of the regional agency"}},
	}
	m := Default().NewMatcher(cands)
	for _, tt := range []struct{ who, want string }{
		{"the ministry", ""},
		{"the agency", ""},
		{"the ministry spokesman", "Arkady Sevrin"},
		{"the defence ministry spokesman", "Arkady Sevrin"},
		{"the agency head", "Lena Holt"},
	} {
		if got, ms := bestMatch(m, cands, tt.who); got != tt.want {
			t.Errorf("%q → %q, want %q (all %+v)", tt.who, got, tt.want, ms)
		}
	}
}
