package people

import (
	"slices"
	"testing"
)

// A committee's record gives each member's constituency and party in
// brackets after the label: that is the party's MP for the
// constituency, as members ask for them ("the conservative mp", "the
// ndp mp"); a constituency alone is its MP, a witness's title is kept
// as written, and a country in brackets is no constituency.
func TestMemberLabelsFromARecord(t *testing.T) {
	_, d := analyse(paras(
		"The Chair (Ms. Patricia Lindqvist): Order. We resume our study of the mission.",
		"Ms Colleen MacAulay (Bras d'Or Lakes, CPC): What is Moscow paying?",
		"Ms Geneviève Arsenault (Assistant Deputy Minister, Department of Foreign Affairs): Canada will send 14 specialists.",
		"Ms Naomi Tesfaye (Winnipeg Riverside, NDP): Who is looking after them?",
		"Mr Gordon Whitaker (Calgary Ridge): Will any Canadian staff be armed?",
		"Mr Harjit Bains (Surrey Ridge, Lib.): Why is everyone so worried about the pond?",
	))
	checkHasRoles(t, d, map[string]string{
		"Colleen MacAulay":    "Conservative MP for Bras d'Or Lakes, CPC",
		"Naomi Tesfaye":       "New Democratic MP for Winnipeg Riverside, NDP",
		"Harjit Bains":        "Liberal MP for Surrey Ridge, Lib",
		"Gordon Whitaker":     "MP for Calgary Ridge",
		"Geneviève Arsenault": "Assistant Deputy Minister, Department of Foreign Affairs",
	})
	roles := rolesOf(d)
	lx := Default()
	for in, want := range map[string]string{
		"Latvia":                  "Latvia",
		"Winnipeg Riverside, XYZ": "Winnipeg Riverside, XYZ",
		"retired":                 "retired",
	} {
		if got := lx.memberRole(in, false); got != want {
			t.Errorf("memberRole(%q) = %q, want %q", in, got, want)
		}
	}
	m := lx.NewMatcher([]Candidate{
		{Name: "Colleen MacAulay", Roles: roles["Colleen MacAulay"]},
		{Name: "Naomi Tesfaye", Roles: roles["Naomi Tesfaye"]},
		{Name: "Harjit Bains", Roles: roles["Harjit Bains"]},
	})
	for who, want := range map[string]string{"the conservative mp": "Colleen MacAulay", "the ndp mp": "Naomi Tesfaye", "the liberal mp": "Harjit Bains"} {
		ms := m.Match(who, MatchOptions{})
		if len(ms) == 0 || []string{"Colleen MacAulay", "Naomi Tesfaye", "Harjit Bains"}[ms[0].Index] != want || len(ms) > 1 && ms[1].Score >= ms[0].Score {
			t.Errorf("%q → %+v, want %s alone", who, ms, want)
		}
	}
}

// A committee's list of members gives each a party in brackets, and its
// chair a second bracket: "Deputy Fionnuala Brennan (Lab) (Chair)" is
// the chair, and a Labour deputy, as members ask for her ("the committee
// chair", "the labour deputy").
func TestMembersWithPartyAndChairInBrackets(t *testing.T) {
	_, d := analyse(paras(
		`Members present: Deputy Fionnuala Brennan (Lab) (Chair), Deputy Aoife Kearney (SF), Senator Declan Moloney (FG).`,
	))
	checkHasRoles(t, d, map[string]string{
		"Fionnuala Brennan": "Chair", "Aoife Kearney": "Sinn Féin Deputy", "Declan Moloney": "Fine Gael Senator",
	})
	roles := rolesOf(d)
	if !slices.Contains(roles["Fionnuala Brennan"], "Labour Deputy") {
		t.Errorf("Brennan's roles %q, want her party's", roles["Fionnuala Brennan"])
	}
}

// A Commons record gives a minister's first turn under the office, then
// the name in brackets ("The Minister for Europe (Rebecca Thornbury):"),
// and her later turns under the name alone: all are hers, with the
// office as her role. A broadcast's "REPORTER (NAME):" still gives the
// part, then who plays it.
func TestOfficeThenNameInBrackets(t *testing.T) {
	got, d := analyse(paras(
		`Sir Edward Falconer (North Devon) (Con): To ask the Secretary of State if she will make a statement on the arrangement.`,
		`The Minister for Europe (Rebecca Thornbury): The arrangement was signed on Friday by the delegations of Russia and Ukraine.`,
		`Sir Edward Falconer: I thank the Minister for that answer. What has Moscow received in return?`,
		`Rebecca Thornbury: No UK sanctions have been lifted or amended, and none will be.`,
	))
	checkByStart(t, got, map[string]string{
		"The arrangement was ": "Rebecca Thornbury",
		"No UK sanctions have": "Rebecca Thornbury",
	})
	if r := rolesOf(d)["Rebecca Thornbury"]; !slices.Contains(r, "Minister for Europe") {
		t.Errorf("Thornbury's roles %q, want Minister for Europe", r)
	}
}
