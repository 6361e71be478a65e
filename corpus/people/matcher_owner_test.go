package people

import "testing"

// "the museum dorn", of two unrelated men named Dorn: the one whose title
// is the museum's ranks above his namesake, so the surname names him; a
// word neither title holds tells them apart no more than the surname.
func TestMatcherBodyWordBeforeASharedSurname(t *testing.T) {
	m := Default().NewMatcher([]Candidate{
		{Name: "Pavel Dorn", Aliases: []string{"dorn"}, Roles: []string{"museum's head of security"}},
		{Name: "Anselm Dorn", Aliases: []string{"dorn"}, Roles: []string{"collector"}},
	})
	for who, want := range map[string]string{
		"the museum dorn":    "Pavel Dorn",
		"museum's dorn":      "Pavel Dorn",
		"the collector dorn": "Anselm Dorn",
	} {
		ms := m.Match(who, MatchOptions{NamesOnly: true})
		if len(ms) == 0 {
			t.Errorf("%q: no one", who)
			continue
		}
		if got := m.people[ms[0].Index].full[0]; got != Fold(want) || len(ms) > 1 && ms[1].Score >= ms[0].Score {
			t.Errorf("%q: %+v, want %s alone first", who, ms, want)
		}
	}
	ms := m.Match("the ministry dorn", MatchOptions{NamesOnly: true})
	if len(ms) > 1 && ms[0].Score != ms[1].Score {
		t.Errorf("the ministry dorn: %+v; a word of neither title tells them apart", ms)
	}
}

// "mira jastrow", of Mira Jastrow and her aunt Agnes, titled "Mira's
// aunt": the niece, named in full. A given name before the surname is
// hers, not a word of her aunt's title; "mira's aunt" is the aunt.
func TestMatcherGivenNameBeforeASharedSurname(t *testing.T) {
	m := Default().NewMatcher([]Candidate{
		{Name: "Mira Jastrow", Aliases: []string{"jastrow"}, Roles: []string{"dog handler"}},
		{Name: "Agnes Jastrow", Aliases: []string{"jastrow"}, Roles: []string{"village head", "Mira's aunt"}},
	})
	for who, want := range map[string]string{
		"mira jastrow":  "Mira Jastrow",
		"agnes jastrow": "Agnes Jastrow",
		"mira's aunt":   "Agnes Jastrow",
	} {
		ms := m.Match(who, MatchOptions{})
		if len(ms) == 0 {
			t.Errorf("%q: no one", who)
			continue
		}
		if got := m.people[ms[0].Index].full[0]; got != Fold(want) || len(ms) > 1 && ms[1].Score >= ms[0].Score {
			t.Errorf("%q: %+v, want %s alone first", who, ms, want)
		}
	}
}
