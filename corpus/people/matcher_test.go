package people

import (
	"fmt"
	"strings"
	"testing"
)

// candidates are people as a corpus of talks coverage knows them.
var candidates = []Candidate{
	{Name: "Dmitry Peskov", Aliases: []string{"peskov", "dmitri peskov"}, Roles: []string{"Kremlin spokesman", "spokesman for Russian President Vladimir Putin"}},
	{Name: "Volodymyr Zelensky", Aliases: []string{"zelensky", "zelenskyy", "zelenskiy"}, Roles: []string{"Ukrainian President", "Ukraine's President"}},
	{Name: "Claudia Major", Aliases: []string{"major"}, Roles: []string{"security expert at the German Marshall Fund of the United States"}},
	{Name: "Susan Stewart", Aliases: []string{"stewart"}, Roles: []string{"German Institute for International and Security Affairs (SWP)"}},
	{Name: "Jonas Marquardt", Aliases: []string{"marquardt"}, Roles: []string{"General", "former commander of the German army's rapid response forces"}},
	{Name: "Rustem Umerov", Aliases: []string{"umerov"}, Roles: []string{"Secretary of the National Security and Defense Council"}, Organisations: []string{"National Security and Defense Council"}},
	{Name: "Friedrich Merz", Aliases: []string{"merz"}, Roles: []string{"German Chancellor"}},
	{Name: "Vladimir Putin", Aliases: []string{"putin"}, Roles: []string{"Russian President"}},
	{Name: "Mark Rutte", Aliases: []string{"rutte"}, Roles: []string{"NATO Secretary General"}},
	{Name: "Maria Lvova-Belova", Aliases: []string{"lvova-belova"}, Roles: []string{"Russian children's rights commissioner"}},
}

// inUse stands for the articles' ordinary words.
func inUse(w string) bool {
	switch w {
	case "major", "security", "guarantees", "hurdle", "general", "truce":
		return true
	}
	return false
}

func TestMatcherResolves(t *testing.T) {
	m := Default().NewMatcher(candidates)
	tests := []struct {
		who       string
		namesOnly bool
		want      string // "" for no one
		via       Via
	}{
		{"Dmitry Peskov", false, "Dmitry Peskov", ViaName},
		{"Peskov", false, "Dmitry Peskov", ViaName},
		{"peskof", false, "Dmitry Peskov", ViaTypo},
		// Two letters the wrong way round are one slip.
		{"umreov", false, "Rustem Umerov", ViaTypo},
		{"rustem umreov", false, "Rustem Umerov", ViaTypo},
		{"Zelenskiy", false, "Volodymyr Zelensky", ViaName},
		{"Zelenskyi", false, "Volodymyr Zelensky", ViaVariant},
		{"President Zelensky", false, "Volodymyr Zelensky", ViaTitle},
		{"General Marquardt", false, "Jonas Marquardt", ViaTitle},
		{"gen marquart", false, "Jonas Marquardt", ViaTitle},
		{"Chancellor Merz", false, "Friedrich Merz", ViaTitle},
		{"the Kremlin spokesman", false, "Dmitry Peskov", ViaRole},
		{"putins spokesman", false, "Dmitry Peskov", ViaRole},
		{"the SWP expert", false, "Susan Stewart", ViaOrganisation},
		{"the German Marshall Fund analyst", false, "Claudia Major", ViaOrganisation},
		{"Ukraine's security council secretary", false, "Rustem Umerov", ViaOrganisation},
		{"the German chancellor", false, "Friedrich Merz", ViaRole},
		{"the Kremlin spokesman", true, "", ""},
		{"security", true, "", ""},
		{"the major hurdle", true, "", ""},
		{"Mikhail Fedorov", false, "", ""},
		{"the general", false, "Jonas Marquardt", ViaRole},
		// A double surname typed without its hyphen.
		{"lvova belova", false, "Maria Lvova-Belova", ViaName},
		{"maria lvova belova", false, "Maria Lvova-Belova", ViaName},
		// A title is never a typo of a surname: mayor is not Major.
		{"the mayor", false, "", ""},
		{"deputy mayor", false, "", ""},
		// A surname cut short after a title they hold; not after one
		// they do not, nor cut to two letters, nor alone.
		{"general marq", false, "Jonas Marquardt", ViaTitle},
		{"president marq", false, "", ""},
		{"general ma", false, "", ""},
		{"marq", false, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.who, func(t *testing.T) {
			ms := m.Match(tt.who, MatchOptions{NamesOnly: tt.namesOnly, InUse: inUse})
			got, via := "", Via("")
			if len(ms) > 0 && (len(ms) == 1 || ms[1].Score < ms[0].Score) {
				got, via = candidates[ms[0].Index].Name, ms[0].Via
			}
			if got != tt.want || tt.via != "" && via != tt.via {
				t.Errorf("%q → %q by %s, want %q by %s (all %+v)", tt.who, got, via, tt.want, tt.via, ms)
			}
		})
	}
}

func TestMatcherFinds(t *testing.T) {
	m := Default().NewMatcher(candidates)
	tests := []struct {
		q    string
		want []string // "who|named as" in order
	}{
		{"peskov on the security guarantees?", []string{"Dmitry Peskov|peskov"}},
		{"Zelensky NATO", []string{"Volodymyr Zelensky|Zelensky"}},
		{"Merz about Minsk", []string{"Friedrich Merz|Merz"}},
		{"what did the SWP expert say", []string{"Susan Stewart|SWP expert"}},
		{"what did Ukraine's security council secretary say", []string{"Rustem Umerov|Ukraine's security council secretary"}},
		{"what did General Marquardt say about violations", []string{"Jonas Marquardt|General Marquardt"}},
		{"did Merz and Putin talk about the truce", []string{"Friedrich Merz|Merz", "Vladimir Putin|Putin"}},
		{"what is the major hurdle", nil},
		{"tell me about security", nil},
		{"Major hurdles in the talks", nil},
		{"what did the senior European diplomat say", nil},
		{"what did zelensky's office say", nil},
		{"how many officials were in the room with Peskov", []string{"Dmitry Peskov|Peskov"}},
		{"who attended the talks at the chancellory", nil},
		{"kremlin spokesman on a putin trump call", []string{"Dmitry Peskov|kremlin spokesman", "Vladimir Putin|putin"}},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			var got []string
			for _, sp := range m.Find(tt.q, MatchOptions{InUse: inUse}) {
				got = append(got, candidates[sp.Index].Name+"|"+tt.q[sp.Start:sp.End])
			}
			if strings.Join(got, ";") != strings.Join(tt.want, ";") {
				t.Errorf("Find(%q) = %q, want %q", tt.q, got, tt.want)
			}
		})
	}
}

func TestMatcherClosest(t *testing.T) {
	m := Default().NewMatcher(candidates)
	ms := m.Closest("Peskin", 3)
	if len(ms) == 0 || candidates[ms[0].Index].Name != "Dmitry Peskov" {
		t.Errorf("closest to Peskin: %+v", ms)
	}
	if ms := m.Closest("Bundesliga", 3); len(ms) != 0 {
		t.Errorf("closest to Bundesliga: %+v, want none", ms)
	}
}

// A deputy's title is not the title: "the ukrainian foreign minister" is
// not Ukraine's first deputy foreign minister, unless the question says
// deputy; a title joined to the deputy's, or what it is of, is theirs.
func TestMatcherDeputyIsNotTheTitle(t *testing.T) {
	cands := []Candidate{
		{Name: "Larysa Demchuk", Aliases: []string{"demchuk"}, Roles: []string{"Ukraine's First Deputy Foreign Minister"}},
		{Name: "Piotr Zawadzki", Aliases: []string{"zawadzki"}, Roles: []string{"former deputy chief of the Polish General Staff"}},
		{Name: "Ion Rusu", Aliases: []string{"rusu"}, Roles: []string{"Moldova's first deputy foreign minister and chief negotiator"}},
	}
	m := Default().NewMatcher(cands)
	tests := []struct{ who, want string }{
		{"the ukrainian foreign minister", ""},
		{"the ukrainian deputy foreign minister", "Larysa Demchuk"},
		{"the moldovan foreign minister", ""},
		{"the moldovan negotiator", "Ion Rusu"},
		{"the polish general", "Piotr Zawadzki"},
	}
	for _, tt := range tests {
		if got, ms := bestMatch(m, cands, tt.who); got != tt.want {
			t.Errorf("%q → %q, want %q (all %+v)", tt.who, got, tt.want, ms)
		}
	}
}

// bestMatch is the one candidate who's words match best, "" when none
// does or two tie, with all the matches.
func bestMatch(m *Matcher, cands []Candidate, who string) (string, []Match) {
	ms := m.Match(who, MatchOptions{})
	if len(ms) > 0 && (len(ms) == 1 || ms[1].Score < ms[0].Score) {
		return cands[ms[0].Index].Name, ms
	}
	return "", ms
}

// A word saying which office ("prime" in "the ukrainian prime minister")
// must be in the role: Ukraine's energy minister is not its prime
// minister.
func TestMatcherOfficeWords(t *testing.T) {
	cands := []Candidate{
		{Name: "Oleksandr Hrytsenko", Aliases: []string{"hrytsenko"}, Roles: []string{"Ukraine's Energy Minister"}},
	}
	m := Default().NewMatcher(cands)
	if ms := m.Match("the ukrainian prime minister", MatchOptions{}); len(ms) != 0 {
		t.Errorf("the ukrainian prime minister: %+v, want no one", ms)
	}
	if ms := m.Match("the ukrainian energy minister", MatchOptions{}); len(ms) != 1 || ms[0].Index != 0 {
		t.Errorf("the ukrainian energy minister: %+v, want Hrytsenko", ms)
	}
}

// What a title is for is not the title: the spokeswoman for the
// president is no president, though "the president's spokeswoman" is
// her; a word inside a body's name there still counts ("the polish
// general" in TestMatcherDeputyIsNotTheTitle).
func TestMatcherTitleForSomeoneElse(t *testing.T) {
	cands := []Candidate{
		{Name: "Kateryna Hrytsenko", Aliases: []string{"hrytsenko"}, Roles: []string{"spokeswoman for the president of Ukraine"}},
		{Name: "Anton Shevchuk", Aliases: []string{"shevchuk"}, Roles: []string{"adviser to the minister"}},
		{Name: "Aurelia Constantinescu", Roles: []string{"Council of Europe Commissioner for Human Rights"}},
	}
	m := Default().NewMatcher(cands)
	for _, tt := range []struct{ who, want string }{
		{"the ukrainian president", ""},
		{"the president", ""},
		{"the minister", ""},
		{"the president's spokeswoman", "Kateryna Hrytsenko"},
		{"the ukrainian spokeswoman", "Kateryna Hrytsenko"},
		{"the minister's adviser", "Anton Shevchuk"},
		// "of" in a body's name before the title is no complement.
		{"the coe commissioner", "Aurelia Constantinescu"},
		{"the human rights commissioner", "Aurelia Constantinescu"},
	} {
		got := ""
		if ms := m.Match(tt.who, MatchOptions{}); len(ms) > 0 {
			got = cands[ms[0].Index].Name
		}
		if got != tt.want {
			t.Errorf("%q → %q, want %q", tt.who, got, tt.want)
		}
	}
}

// A word a member wrote is a typo of a role's word only when it is no
// title or word for a person of its own: "the farmer" is not the former
// army engineer, nor "the mayor" the Major General, though one letter
// apart.
func TestMatcherRealWordIsNoTypo(t *testing.T) {
	cs := []Candidate{
		{Name: "Helena Marsh", Aliases: []string{"marsh"}, Roles: []string{"former British Army engineer who now heads the Land Release Observatory"}},
		{Name: "Igor Pankratov", Aliases: []string{"pankratov"}, Roles: []string{"Major General", "Russian Defence Ministry's representative on the commission"}},
	}
	m := Default().NewMatcher(cs)
	for who, want := range map[string]string{
		"the farmer":           "",
		"the old farmer":       "",
		"the army engineer":    "Helena Marsh",
		"the russian mayor":    "",
		"the russian general":  "Igor Pankratov",
		"the british engineer": "Helena Marsh",
	} {
		got := ""
		if ms := m.Match(who, MatchOptions{InUse: inUse}); len(ms) > 0 {
			got = cs[ms[0].Index].Name
		}
		if got != want {
			t.Errorf("%q → %q, want %q", who, got, want)
		}
	}
}

// A role holding the word asked for beats one holding a word that only
// shares its start: "the hydrologist" is the hydrologist, not the
// director of a company called Zhovta Hydro; a shortening still finds
// the word it shortens.
func TestMatcherWholeWordBeforeItsStart(t *testing.T) {
	cs := []Candidate{
		{Name: "Bohdan Yaremchuk", Aliases: []string{"yaremchuk"}, Roles: []string{"Zhovta Hydro director"}},
		{Name: "Yevhen Marchenko", Aliases: []string{"marchenko"}, Roles: []string{"hydrologist at Lviv Polytechnic National University"}},
		{Name: "Oksana Hrytsenko", Aliases: []string{"hrytsenko"}, Roles: []string{"Deputy Infrastructure Minister"}},
	}
	m := Default().NewMatcher(cs)
	for who, want := range map[string]string{
		"the hydrologist":           "Yevhen Marchenko",
		"the hydro director":        "Bohdan Yaremchuk",
		"the deputy infra minister": "Oksana Hrytsenko",
	} {
		got := ""
		if ms := m.Match(who, MatchOptions{InUse: inUse}); len(ms) > 0 {
			got = cs[ms[0].Index].Name
		}
		if got != want {
			t.Errorf("%q → %q, want %q", who, got, want)
		}
	}
}

// Two words for relatives are one only when they name the same relative:
// "grandad" finds a grandfather, "grandma" is never a granddaughter,
// whatever stem they share.
func TestKinWordsMatchTheSameRelative(t *testing.T) {
	for _, tt := range []struct{ role, q, want string }{
		{"granddaughter", "grandma", ""},
		{"granddaughter", "the grandmother", ""},
		{"grandfather", "the grandad", "Petro Bondar"},
		{"grandfather", "grandpa", "Petro Bondar"},
		{"grandmother", "granny", "Petro Bondar"},
		// A word for a relative the lexicon lists only in kin.tsv.
		{"reporter's mother", "the mum", "Petro Bondar"},
		{"mother", "mum", "Petro Bondar"},
		{"father", "the mum", ""},
	} {
		m := Default().NewMatcher([]Candidate{{Name: "Petro Bondar", Roles: []string{tt.role}}})
		got := ""
		if ms := m.Match(tt.q, MatchOptions{}); len(ms) == 1 {
			got = "Petro Bondar"
		}
		if got != tt.want {
			t.Errorf("%q for a %s: %q, want %q", tt.q, tt.role, got, tt.want)
		}
	}
}

// A leader word closing what is asked ("the agency chief") is the head
// of the title it means: the agency's chief inspector is an inspector,
// not its chief. "Leader" and "head" are one title in a question: "the
// iaso team leader" is the head of the IASO team; who heads a team
// heads that part of the body only ("the iaso head" is not them).
func TestMatcherLeaderWordIsTheHead(t *testing.T) {
	for _, g := range []struct {
		cands []Candidate
		cases []struct{ who, want string }
	}{
		{[]Candidate{
			{Name: "Tobias Lindqvist", Aliases: []string{"lindqvist"}, Roles: []string{"agency's chief inspector"}},
			{Name: "Mariela Sandoval", Aliases: []string{"sandoval"}, Roles: []string{"agency's director general"}},
		}, []struct{ who, want string }{
			{"the agency chief", ""},
			{"the chief inspector", "Tobias Lindqvist"},
			{"the agency's chief inspector", "Tobias Lindqvist"},
		}},
		{[]Candidate{
			{Name: "Adwoa Mensah", Aliases: []string{"mensah"}, Roles: []string{"head of the IASO team at the plant"}},
			{Name: "Ingrid Solvang", Aliases: []string{"solvang"}, Roles: []string{"IASO Director General"}},
			{Name: "Viktor Zhuravlev", Aliases: []string{"zhuravlev"}, Roles: []string{"head of the Russian delegation"}},
		}, []struct{ who, want string }{
			{"the iaso team leader", "Adwoa Mensah"},
			{"the russian delegation leader", "Viktor Zhuravlev"},
			{"the iaso head", ""},
			{"the iaso leader", ""},
		}},
	} {
		m := Default().NewMatcher(g.cands)
		for _, tt := range g.cases {
			if got, ms := bestMatch(m, g.cands, tt.who); got != tt.want {
				t.Errorf("%q → %q, want %q (all %+v)", tt.who, got, tt.want, ms)
			}
		}
	}
}

// A familiar form of a given name before the surname ("max tkachenko",
// "ira kovalchuk") names the one person of that given name and surname,
// even when the short form is an ordinary word of the articles ("max");
// alone, a surname's namesake with another given name is not found by
// it.
func TestMatcherFamiliarGivenName(t *testing.T) {
	cs := []Candidate{
		{Name: "Maksym Tkachenko", Aliases: []string{"tkachenko"}, Roles: []string{"deminer"}},
		{Name: "Iryna Kovalchuk", Aliases: []string{"kovalchuk"}, Roles: []string{"director of the forensic centre"}},
		{Name: "Petro Kovalchuk", Roles: []string{"driver"}},
	}
	m := Default().NewMatcher(cs)
	inMax := func(w string) bool { return w == "max" || inUse(w) }
	for q, want := range map[string]string{
		"max tkachenko on digging":  "Maksym Tkachenko|max tkachenko",
		"ira kovalchuk on dna":      "Iryna Kovalchuk|ira kovalchuk",
		"the max capacity of tanks": "",
	} {
		var got []string
		for _, sp := range m.Find(q, MatchOptions{InUse: inMax}) {
			got = append(got, cs[sp.Index].Name+"|"+q[sp.Start:sp.End])
		}
		if strings.Join(got, ";") != want {
			t.Errorf("Find(%q) = %q, want %q", q, got, want)
		}
	}
}

// A given name two people share names both alike, even when an article
// called one of them by it (an alias); a word of the body a title names,
// before the title and a surname two people share, says which.
func TestMatcherSharedNames(t *testing.T) {
	cs := []Candidate{
		{Name: "Halyna Savchenko", Aliases: []string{"savchenko", "halyna"}, Roles: []string{"lawyer"}},
		{Name: "Halyna Tkachuk", Aliases: []string{"tkachuk"}, Roles: []string{"nurse"}},
		{Name: "Oksana Bondar", Aliases: []string{"bondar"}, Roles: []string{"head of the Zarichne Regional Fire and Rescue Service", "Chief"}},
		{Name: "Yurii Bondar", Aliases: []string{"bondar"}, Roles: []string{"deputy interior minister"}},
		{Name: "Pavel Zubkov", Aliases: []string{"zubkov"}, Roles: []string{"Fire chief"}},
	}
	m := Default().NewMatcher(cs)
	names := func(who string) []string {
		var out []string
		for _, x := range m.Match(who, MatchOptions{InUse: inUse}) {
			out = append(out, fmt.Sprintf("%s %.1f", cs[x.Index].Name, x.Score))
		}
		return out
	}
	if got := names("halyna"); len(got) != 2 || got[0][len(got[0])-3:] != got[1][len(got[1])-3:] {
		t.Errorf(`Match("halyna") = %q, want both Halynas, alike`, got)
	}
	if got := names("fire chief bondar"); len(got) == 0 || !strings.HasPrefix(got[0], "Oksana Bondar") || len(got) > 1 && got[1][len(got[1])-3:] == got[0][len(got[0])-3:] {
		t.Errorf(`Match("fire chief bondar") = %q, want Oksana Bondar first, alone`, got)
	}
}

// "papal" is the Holy See's as "Vatican" is: the Vatican envoy is the
// papal envoy.
func TestMatcherPapalIsVatican(t *testing.T) {
	cs := []Candidate{
		{Name: "Lorenzo Vitale", Aliases: []string{"vitale"}, Roles: []string{"papal envoy for humanitarian questions", "Archbishop"}},
		{Name: "Rashid Al Mansoori", Aliases: []string{"al mansoori"}, Roles: []string{"UAE minister of state"}},
	}
	m := Default().NewMatcher(cs)
	ms := m.Match("the vatican envoy", MatchOptions{InUse: inUse})
	if len(ms) == 0 || cs[ms[0].Index].Name != "Lorenzo Vitale" {
		t.Errorf(`Match("the vatican envoy") = %+v, want Lorenzo Vitale`, ms)
	}
}

// A hyphenated title is found written apart as members type it: "the
// secretary general" is the Secretary-General of the ICTW, and "the
// secretary-general" still is.
func TestMatcherHyphenatedTitleWrittenApart(t *testing.T) {
	m := Default().NewMatcher([]Candidate{
		{Name: "Ruth Castellan", Aliases: []string{"castellan"}, Roles: []string{"Secretary-General of the ICTW"}},
		{Name: "Ines Carvalho", Aliases: []string{"carvalho"}, Roles: []string{"chief hydrologist at Tarnel"}},
	})
	for _, who := range []string{"the secretary general", "the secretary-general"} {
		got := m.Match(who, MatchOptions{})
		if len(got) == 0 || got[0].Index != 0 {
			t.Errorf("Match(%q) = %+v, want Ruth Castellan", who, got)
		}
	}
}

// Members shorten a title to the word before its noun: "the liaison" is
// the liaison officer ("Velmari army's liaison officer for the truce"),
// and "the army liaison" too; the other officer is not.
func TestMatcherLiaisonIsTheLiaisonOfficer(t *testing.T) {
	cands := []Candidate{
		{Name: "Damir Sokol", Aliases: []string{"sokol"}, Roles: []string{"Velmari army's liaison officer for the truce"}},
		{Name: "Ana Brel", Aliases: []string{"brel"}, Roles: []string{"press officer of the water authority"}},
	}
	m := Default().NewMatcher(cands)
	for _, tt := range []struct{ who, want string }{
		{"the liaison", "Damir Sokol"},
		{"the velmari army liaison", "Damir Sokol"},
		{"the liaison officer", "Damir Sokol"},
	} {
		if got, ms := bestMatch(m, cands, tt.who); got != tt.want {
			t.Errorf("%q → %q, want %q (all %+v)", tt.who, got, tt.want, ms)
		}
	}
}

// A letter written once where the articles write it twice, or the other
// way, is the same name ("nasery" for Nasseri, "kastellan" for
// Kastelan), beside a transliteration's -i/-y; in a short word it is not
// ("ana" is not Anna).
func TestMatcherDoubledLetters(t *testing.T) {
	cands := []Candidate{
		{Name: "Farida Nasseri", Aliases: []string{"nasseri"}, Roles: []string{"UNICEF's regional chief of child protection"}},
		{Name: "Radu Kastelan", Aliases: []string{"kastelan"}, Roles: []string{"opposition MP"}},
		{Name: "Anna Berg", Aliases: []string{"berg"}, Roles: []string{"nurse"}},
	}
	m := Default().NewMatcher(cands)
	for _, tt := range []struct{ who, want string }{
		{"nasery", "Farida Nasseri"},
		{"kastellan", "Radu Kastelan"},
		{"ana", ""},
	} {
		if got, ms := bestMatch(m, cands, tt.who); got != tt.want {
			t.Errorf("%q → %q, want %q (all %+v)", tt.who, got, tt.want, ms)
		}
	}
}

// "the mediator" is whoever leads the mediation ("Matthias Orel, who led
// the mediation"), as "the investigator" heads the investigation; the
// head of another body's work is not.
func TestMatcherLeaderOfTheWorkATitleNames(t *testing.T) {
	cands := []Candidate{
		{Name: "Matthias Orel", Aliases: []string{"orel"}, Roles: []string{"Halvenia's special envoy", "leader of the mediation"}},
		{Name: "Anke Ruhl", Aliases: []string{"ruhl"}, Roles: []string{"head of the airport police"}},
	}
	m := Default().NewMatcher(cands)
	for _, tt := range []struct{ who, want string }{
		{"the mediator", "Matthias Orel"},
		{"the police mediator", ""},
	} {
		if got, ms := bestMatch(m, cands, tt.who); got != tt.want {
			t.Errorf("%q → %q, want %q (all %+v)", tt.who, got, tt.want, ms)
		}
	}
}

// "The ex president" asks for whoever held the office before, as "the
// former president" does: the former holder, not the one in office;
// "the president" is the one in office.
func TestMatcherExHolder(t *testing.T) {
	cands := []Candidate{
		{Name: "Anton Seidel", Aliases: []string{"seidel"}, Roles: []string{"President"}},
		{Name: "Gregor Tallin", Aliases: []string{"tallin"}, Roles: []string{"former President"}},
	}
	m := Default().NewMatcher(cands)
	for who, want := range map[string]string{
		"the ex president":     "Gregor Tallin",
		"the former president": "Gregor Tallin",
		"the president":        "Anton Seidel",
	} {
		if got, ms := bestMatch(m, cands, who); got != want {
			t.Errorf("%q → %q, want %q (all %+v)", who, got, want, ms)
		}
	}
}

// A given name and the surname's initial ("vera k") name the one person
// they fit; a letter that is no initial of theirs names no one.
func TestMatcherGivenAndInitial(t *testing.T) {
	cands := []Candidate{
		{Name: "Vera Kostandin", Aliases: []string{"kostandin"}, Roles: []string{"president of the grain traders' association"}},
		{Name: "Vera Lund", Aliases: []string{"lund"}, Roles: []string{"nurse"}},
	}
	m := Default().NewMatcher(cands)
	for _, tt := range []struct{ who, want string }{
		{"vera k", "Vera Kostandin"},
		{"vera l", "Vera Lund"},
		{"vera x", ""},
	} {
		if got, ms := bestMatch(m, cands, tt.who); got != tt.want {
			t.Errorf("%q → %q, want %q (all %+v)", tt.who, got, tt.want, ms)
		}
	}
}
