package people

import (
	"slices"
	"testing"
)

// A briefing's head sets its speaker under a label ("Speaker: Lukas
// Brunner, spokesperson of …"), which the page reads as the heading of
// what follows: the name and role are the person's, and the label credits
// no one with the questions under it.
func TestLabelledHeadingGivesRole(t *testing.T) {
	qs, d := analyse(paras(
		"## Speaker: Lukas Brunner, spokesperson of the Swiss Federal Department of Foreign Affairs",
		"Unofficial transcript. Check against delivery.",
		"LUKAS BRUNNER: Good morning. Thank you for your patience.",
		`Q: Amélie Girard, Radio Léman. "When does the clock start?" she asked.`,
	))
	if r := rolesOf(d)["Lukas Brunner"]; !slices.Contains(r, "spokesperson of the Swiss Federal Department of Foreign Affairs") {
		t.Errorf("Brunner's roles %q, want the heading's", r)
	}
	for _, q := range qs {
		if q.Speaker == "Lukas Brunner" && q.Text == "When does the clock start?" {
			t.Errorf("a reporter's question credited to the labelled speaker")
		}
	}
}

// A role set after a name may open with a word saying what kind of the
// title it is ("research director of …", "Geneva correspondent for …"),
// and may follow an age (", 52, the chief psychologist at …");
// a lower-case word before a capitalised title is the sentence's, not the
// title's ("to thank Ambassador Favre").
func TestRolesOfAKindAndNotTheVerb(t *testing.T) {
	_, d := analyse(paras(
		"Guests: Dr Ingrid Solberg, research director of Atomic Safety Watch, a Vienna-based nuclear safety NGO; Tomasz Wierzbicki, Geneva correspondent for the Polish daily Gazeta Wschodnia",
		"I also want to thank Ambassador Mathilde Favre. We met Minister Anna Berg, and the port director Ivan Sirko spoke.",
		"Present were Olga Petrenko, Tom Ries and Maria Lind.",
		"Larysa Dovzhenko, 52, the chief psychologist at the Svitanok centre, has worked with many of the children.",
	))
	checkHasRoles(t, d, map[string]string{
		"Ingrid Solberg":    "research director of Atomic Safety Watch",
		"Tomasz Wierzbicki": "Geneva correspondent for the Polish daily Gazeta Wschodnia",
		"Mathilde Favre":    "Ambassador",
		"Anna Berg":         "Minister",
		"Ivan Sirko":        "port director",
		"Larysa Dovzhenko":  "chief psychologist at the Svitanok centre",
	})
	roles := rolesOf(d)
	for _, name := range []string{"Olga Petrenko", "Tom Ries", "Maria Lind"} {
		if len(roles[name]) > 0 {
			t.Errorf("%s in a list of names: roles %q, want none", name, roles[name])
		}
	}
}

// "the fcdo director" fits a Legal Director, FCDO and a Director for
// Eastern Europe … (FCDO) alike: the question names neither. A title held
// no longer ("former deputy foreign minister") gives way to one held, and
// is the person's when no one holds it now.
func TestMatcherTwoFitAndFormerTitles(t *testing.T) {
	_, d := analyse(paras(
		"Witnesses: Helen Tranter, Director for Eastern Europe and Central Asia, Foreign, Commonwealth and Development Office (FCDO); Dr Samuel Oyelaran, Legal Director, FCDO.",
	))
	if r := rolesOf(d)["Helen Tranter"]; !slices.ContainsFunc(r, func(s string) bool {
		return s == "Director for Eastern Europe and Central Asia, Foreign, Commonwealth and Development Office (FCDO)"
	}) {
		t.Errorf("Tranter's roles %q, want the body's short name kept", r)
	}
	cands := []Candidate{
		{Name: "Helen Tranter", Roles: rolesOf(d)["Helen Tranter"]},
		{Name: "Samuel Oyelaran", Roles: rolesOf(d)["Samuel Oyelaran"]},
		{Name: "Catherine Lindqvist", Roles: []string{"Deputy Minister of Foreign Affairs, Global Affairs Canada"}},
		{Name: "Marta Wielgosz", Roles: []string{"Poland's former deputy foreign minister"}},
		{Name: "Piotr Zawadzki", Roles: []string{"former deputy chief of the Polish General Staff"}},
	}
	checkFound(t, cands, map[string]string{
		"what did the fcdo director say":                         "",
		"what did the legal director say":                        "Samuel Oyelaran",
		"what did the deputy minister say":                       "Catherine Lindqvist",
		"what did the former polish deputy foreign minister say": "Marta Wielgosz",
		"what did the polish general say":                        "Piotr Zawadzki",
	})
}

// checkFound checks whom Find takes each question to name among cands:
// the one person it finds, "" for none or several.
func checkFound(t *testing.T, cands []Candidate, want map[string]string) {
	t.Helper()
	m := Default().NewMatcher(cands)
	for q, w := range want {
		got := ""
		if sp := m.Find(q, MatchOptions{}); len(sp) == 1 {
			got = cands[sp[0].Match.Index].Name
		}
		if got != w {
			t.Errorf("%q → %q, want %q", q, got, w)
		}
	}
}

// A correspondent and a reporter are journalists (titles.tsv class
// journalist): "the polish journalist" finds the Polish daily's Geneva
// correspondent; a journalist is no analyst.
func TestJournalistTitles(t *testing.T) {
	cands := []Candidate{
		{Name: "Tomasz Wierzbicki", Roles: []string{"Geneva correspondent for the Polish daily Gazeta Wschodnia"}},
		{Name: "Ingrid Solberg", Roles: []string{"research director of Atomic Safety Watch"}},
	}
	checkFound(t, cands, map[string]string{
		"what did the polish journalist say": "Tomasz Wierzbicki",
		"what did the reporter say":          "Tomasz Wierzbicki",
		"what did the polish analyst say":    "",
	})
}
