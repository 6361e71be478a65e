package people

import "testing"

// "The minister" is a minister, not the Prime Minister, whose office is
// another; asked for by name of office, the Prime Minister is his, and a
// spokeswoman for the prime minister is still "the spokeswoman". So for
// an assistant secretary, who is no "secretary".
func TestOfficeWordSetsTitleApart(t *testing.T) {
	cands := []Candidate{
		{Name: "Jarle Stenmo", Aliases: []string{"stenmo"}, Roles: []string{"Prime Minister"}},
		{Name: "Ilse Varnholt", Aliases: []string{"varnholt"}, Roles: []string{"Minister for Social Policy"}, Gender: "female"},
		{Name: "Hedda Lyngvold", Aliases: []string{"lyngvold"}, Roles: []string{"spokeswoman for the prime minister"}, Gender: "female"},
		{Name: "Tom Reyes", Aliases: []string{"reyes"}, Roles: []string{"Assistant Secretary of State"}},
		{Name: "Ana Lind", Aliases: []string{"lind"}, Roles: []string{"Secretary of the Council"}},
	}
	m := Default().NewMatcher(cands)
	for who, want := range map[string]string{
		"the minister":            "Ilse Varnholt",
		"minister":                "Ilse Varnholt",
		"the prime minister":      "Jarle Stenmo",
		"the spokeswoman":         "Hedda Lyngvold",
		"the secretary":           "Ana Lind",
		"the assistant secretary": "Tom Reyes",
	} {
		ms := m.Match(who, MatchOptions{})
		got := ""
		if len(ms) > 0 && (len(ms) == 1 || ms[1].Score < ms[0].Score) {
			got = cands[ms[0].Index].Name
		}
		if got != want {
			t.Errorf("%q: %q, want %q", who, got, want)
		}
	}
}
