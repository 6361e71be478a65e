package people

import "testing"

// "the head" of a school story is its headteacher (titles.tsv class
// head/school, under head), not the deputy head nor the one a sentence
// says leads the drills; "the headteacher" asked for is no head of a
// delegation, and "the deputy head" is still the deputy.
func TestMatcherHeadIsTheHeadteacher(t *testing.T) {
	cands := []Candidate{
		{Name: "Jonas Feld", Aliases: []string{"feld"}, Roles: []string{"our deputy head", "leader of the drills"}},
		{Name: "Sofija Lannert", Aliases: []string{"lannert"}, Roles: []string{"Headteacher"}},
		{Name: "Katya Morvai", Aliases: []string{"morvai"}, Roles: []string{"Head of Delegation"}},
	}
	m := Default().NewMatcher(cands)
	for _, tt := range []struct{ who, want string }{
		{"the head", "Sofija Lannert"},
		{"the deputy head", "Jonas Feld"},
		{"the headteacher", "Sofija Lannert"},
	} {
		if ms := m.Match(tt.who, MatchOptions{}); len(ms) == 0 || cands[ms[0].Index].Name != tt.want || len(ms) > 1 && ms[1].Score >= ms[0].Score {
			t.Errorf("%q: %+v, want %s first", tt.who, ms, tt.want)
		}
	}
	for _, ms := range m.Match("the headteacher", MatchOptions{}) {
		if cands[ms.Index].Name == "Katya Morvai" {
			t.Errorf("the headteacher: matched the head of delegation %+v", ms)
		}
	}
}
