package people

import (
	"slices"
	"testing"
)

// "Ukraine's delegation was led by …" (or "It is headed by …" after a
// sentence opening with a body's name) gives the name after it the part
// it plays, found when a member asks for the head of Ukraine's
// delegation, while the title before the name stays the one shown. A
// body the sentence does not name ("monitors from 14 countries") and a
// number of delegates give none. "Moldova, whose team was headed by …"
// is Moldova's. What kind of body it is, in lower case ("a technical
// working group"), is part of it. A meeting chaired or hosted is one
// too ("The first round, chaired by …": its chair). A team "of five
// inspectors led by …" is what they lead, however many it counts.
func TestPassiveGivesALeader(t *testing.T) {
	_, d := analyse(paras(
		`Ukraine's delegation was led by First Deputy Prime Minister Oksana Hrytsenko, who has been in Valletta since Sunday night.`,
		`The Russian delegation, which was headed by Deputy Foreign Minister Gennady Ryabov, left before noon.`,
		`On Monday Russia was represented by presidential aide Viktor Malyshev.`,
		`The delegation of Ukraine, led by Deputy Foreign Minister Halyna Tkachuk, has begun the third day of talks.`,
		`The mission, with 350 unarmed monitors from 14 countries, is led by Dutch Lieutenant General Pieter van Aalst.`,
		`Ukraine sends 14 delegates led by First Deputy Foreign Minister Oleksandr Hordiienko.`,
		`The International Ceasefire Monitoring Mission (ICMM), created in Vienna. It is headed by retired Norwegian Lieutenant General Henrik Aaland.`,
		`Kyiv was quiet that week. It was led by Mayor Ivan Petrenko for years.`,
		`Moldova, whose team was headed by Foreign Minister Ana Rusu, asked for a recess.`,
		`Third, a technical working group chaired by IAEA Director General Rafael Grossi will meet in Vienna.`,
		`The first round, chaired by IASO Director General Ingrid Solvang at the agency's headquarters, agreed on a team.`,
		`The Ankara talks were hosted by Foreign Minister Kerem Aydin.`,
		`The convoy carried a rotation team of five inspectors led by Chief Inspector Anneliese Hartwig.`,
	))
	want := map[string][2]string{
		"Oksana Hrytsenko":     {"First Deputy Prime Minister", "leader of Ukraine's delegation"},
		"Gennady Ryabov":       {"Deputy Foreign Minister", "head of the Russian delegation"},
		"Viktor Malyshev":      {"presidential aide", "representative of Russia"},
		"Halyna Tkachuk":       {"Deputy Foreign Minister", "leader of the delegation of Ukraine"},
		"Pieter van Aalst":     {"Dutch Lieutenant General", ""},
		"Oleksandr Hordiienko": {"First Deputy Foreign Minister", ""},
		"Henrik Aaland":        {"Norwegian Lieutenant General", "head of the International Ceasefire Monitoring Mission"},
		"Ivan Petrenko":        {"Mayor", ""},
		"Ana Rusu":             {"Foreign Minister", "head of Moldova's team"},
		"Rafael Grossi":        {"IAEA Director General", "chair of a technical working group"},
		"Ingrid Solvang":       {"IASO Director General", "chair of the first round"},
		"Kerem Aydin":          {"Foreign Minister", "host of the Ankara talks"},
		"Anneliese Hartwig":    {"Chief Inspector", "leader of a rotation team"},
	}
	seen := 0
	for _, p := range d.People(nil) {
		w, ok := want[p.Name]
		if !ok {
			continue
		}
		seen++
		if p.Role != w[0] {
			t.Errorf("%s is shown as %q, want %q", p.Name, p.Role, w[0])
		}
		if w[1] != "" && !slices.Contains(p.Roles, w[1]) {
			t.Errorf("%s: roles %q lack %q", p.Name, p.Roles, w[1])
		}
		if w[1] == "" && len(p.Roles) != 1 {
			t.Errorf("%s: roles %q, want only the title", p.Name, p.Roles)
		}
	}
	if seen != len(want) {
		t.Errorf("found %d of the %d people", seen, len(want))
	}
}

// The head of a country's delegation or team is its negotiator ("what
// did russia's chief negotiator say"), as its head of delegation is;
// the head of the ICRC's team is not.
func TestHeadOfATeamIsANegotiator(t *testing.T) {
	lx := Default()
	for _, c := range []struct {
		role string
		want bool
	}{
		{"head of Moscow's team", true},
		{"leader of the Ukrainian team", true},
		{"leader of Ukraine's delegation", true},
		{"leader of the delegation of Ukraine", true},
		{"head of the ICRC team", false},
		{"leader of the delegation of the ICRC", false},
	} {
		if got := lx.WrittenOut("negotiator", c.role); got != c.want {
			t.Errorf("WrittenOut(negotiator, %q) = %v, want %v", c.role, got, c.want)
		}
	}
}
