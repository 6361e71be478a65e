package people

import (
	"slices"
	"strings"
	"testing"
)

// A broadcast script's caption over a sound bite ("SUPER: Iryna Melnyk,
// Shift Engineer, Lozova Substation") credits the quotation under it to
// the one it names, with the title it gives; what the caption says after
// the title (where they work) is no one.
func TestCaptionCreditsTheSoundBite(t *testing.T) {
	got, d := analyse(paras(
		`[18:01:28] REPORTER (V/O) - SAM ADEYEMI`,
		`Seven in the morning, on the edge of Lozova. A repair crew starts work on a substation hit three times in October.`,
		`[18:01:45] SOT - IRYNA MELNYK`,
		`SUPER: Iryna Melnyk, Shift Engineer, Lozova Substation`,
		`"Last night, for the first time in a month, I slept without listening for drones."`,
		`[18:02:08] SOT - VOLODYMYR KOSTIUK`,
		`SUPER: Volodymyr Kostiuk, Chief Executive, Ukrenergo`,
		`"We lost 3,900 megawatts in October. Tonight we have the right to start getting it back."`,
		`[18:03:03] SOT (ARCHIVE 06/11) - KHALID BIN SAIF AL-HARTHY`,
		`SUPER: Sheikh Khalid bin Saif Al-Harthy, Special Envoy of the Sultanate of Oman`,
		`"Tonight both delegations have agreed that the cold will not be used as a weapon this winter."`,
		`SUPER: Ruslan Abdullaev, Head of Mission, Joint Water Monitors`,
		`"We will be at every station the crews go to, and we will publish what we see."`,
	))
	checkQuoteSpeakers(t, got, "Iryna Melnyk", "Volodymyr Kostiuk", "Khalid bin Saif Al-Harthy", "Ruslan Abdullaev")
	if got[0].Role != "Shift Engineer, Lozova Substation" {
		t.Errorf("caption's title %q, want %q", got[0].Role, "Shift Engineer, Lozova Substation")
	}
	for _, p := range d.People(nil) {
		if p.Name == "Lozova Substation" || p.Name == "Ukrenergo" || p.Name == "Joint Water Monitors" {
			t.Errorf("%q, where someone works, read as a person", p.Name)
		}
	}
}

// Initials before a surname ("A.V. Lebedev", as an official statement
// writes names) name a person, the one of that surname whose given name
// has that initial, in one article and across articles; a unit before a
// sentence ("330 kV. Thanks to …") names no one.
func TestInitialsBeforeASurname(t *testing.T) {
	got, d := analyse(paras(
		`The Russian delegation was headed by Deputy Minister of Foreign Affairs A.V. Lebedev.`,
		`The sub-committee will be headed by Minister of Energy of the Russian Federation P.N. Zorin.`,
		`Deputy Foreign Minister Arkady Lebedev said: "We have agreed to put on paper what we already do."`,
		`Correction: the line is 330 kV. Thanks to the readers who wrote in.`,
	))
	checkQuoteSpeakers(t, got, "Arkady Lebedev")
	names := map[string][]string{}
	for _, p := range d.People(nil) {
		names[p.Name] = p.Roles
	}
	if _, ok := names["A.V. Lebedev"]; ok {
		t.Errorf("A.V. Lebedev and Arkady Lebedev read as two people: %v", names)
	}
	if !slices.Contains(names["Arkady Lebedev"], "head of the Russian delegation") {
		t.Errorf("Arkady Lebedev's titles %q lack the delegation the initials headed", names["Arkady Lebedev"])
	}
	if r := names["P.N. Zorin"]; !slices.Contains(r, "Minister of Energy of the Russian Federation") {
		t.Errorf("P.N. Zorin: titles %q (all %v)", r, names)
	}
	for n := range names {
		if n == "V. Thanks" || n == "Affairs A.V" {
			t.Errorf("%q read as a person", n)
		}
	}
	// Across articles: one person, filed under the fuller name.
	all, canonical := Default().Merge([]DocumentPeople{
		{People: []Person{{Name: "A.V. Lebedev", Role: "Deputy Minister of Foreign Affairs", Roles: []string{"Deputy Minister of Foreign Affairs"}}}},
		{People: []Person{{Name: "Arkady Lebedev", Role: "Deputy Foreign Minister", Roles: []string{"Deputy Foreign Minister"}}, {Name: "Boris Lebedev", Role: "mayor", Roles: []string{"mayor"}}}},
	})
	if len(all) != 2 || canonical(0, "A.V. Lebedev") != "Arkady Lebedev" {
		t.Errorf("merged %+v; A.V. Lebedev filed under %q, want Arkady Lebedev", all, canonical(0, "A.V. Lebedev"))
	}
}

// Someone addressed by their given name before the question put to them
// ("Mariana, the grid operator, Ukrenergo. What are they saying?") is
// not what the words after their name say; someone introduced so in a
// statement ("Mykola, a fisherman who …, said") is.
func TestAddressedNameTakesNoTitle(t *testing.T) {
	_, d := analyse(paras(
		`HOST: Joining us from Kyiv is Mariana Boyko, Kyiv correspondent of The Kyiv Ledger.`,
		`HOST: We're back. Mariana, the grid operator, Ukrenergo. What are they saying?`,
		`MARIANA BOYKO: The grid operator's chief has been very blunt.`,
		`Mykola, a fisherman who has worked this harbour for 31 years, said the sea is still mined. Is it?`,
	))
	for _, p := range d.People(nil) {
		switch p.Name {
		case "Mariana Boyko":
			if slices.Contains(p.Roles, "grid operator") {
				t.Errorf("Mariana Boyko, addressed, given the grid operator's title: %q", p.Roles)
			}
		case "Mykola":
			if !slices.Contains(p.Roles, "fisherman") {
				t.Errorf("Mykola's titles %q lack fisherman", p.Roles)
			}
		}
	}
}

// A committee record's question number before a member's label ("Q19 Dr
// Asante:") is no part of their title.
func TestQuestionNumberIsNoTitle(t *testing.T) {
	_, d := analyse(paras(
		`Q18 Mrs Grant: And if it does not rule?`,
		`Q19 Dr Asante: Dr Okonkwo, are any of the six nuclear-related substations among the 37?`,
	))
	for _, p := range d.People(nil) {
		for _, r := range p.Roles {
			if len(r) > 2 && r[0] == 'Q' && r[1] >= '0' && r[1] <= '9' {
				t.Errorf("%s titled %q", p.Name, r)
			}
		}
	}
}

// An aside in brackets between a name and its speech verb ("Iryna Melnyk
// (no relation to the negotiator) told us:") leaves the name the
// speaker's.
func TestAsideBetweenNameAndVerb(t *testing.T) {
	got, _ := analyse(paras(
		`Ukraine's chief negotiator, Taras Melnyk, left Muscat on Tuesday.`,
		`We spoke to the crew at Lozova. Shift engineer Iryna Melnyk (no relation to the negotiator) told us: "Our crew got a ten-hour window and used every minute of it."`,
		`Deputy minister Oksana Bilyk (who, like Hrytsenko, told us nothing new) said: "We need the transformers before the frost comes."`,
	))
	checkQuoteSpeakers(t, got, "Iryna Melnyk", "")
}

// A title set before a given name alone, as "Sheikh" and "Sir" are used
// ("sheikh khalid"), finds the one person of that given name; of two,
// neither.
func TestGivenHonorificFindsTheGivenName(t *testing.T) {
	envoy := Candidate{Name: "Khalid bin Saif Al-Harthy", Roles: []string{"Special Envoy of the Sultanate of Oman"}}
	negotiator := Candidate{Name: "Taras Melnyk", Roles: []string{"Deputy Foreign Minister"}}
	m := Default().NewMatcher([]Candidate{envoy, negotiator})
	if ms := m.Match("sheikh khalid", MatchOptions{}); len(ms) != 1 || ms[0].Index != 0 {
		t.Errorf("sheikh khalid: %+v, want Khalid bin Saif Al-Harthy alone", ms)
	}
	if ms := m.Match("khalid", MatchOptions{}); len(ms) != 0 {
		t.Errorf("khalid, no title: %+v, want no one (a given name alone says too little)", ms)
	}
	m = Default().NewMatcher([]Candidate{envoy, {Name: "Khalid Mansour", Roles: []string{"engineer"}}})
	if ms := m.Match("sheikh khalid", MatchOptions{}); len(ms) == 1 || len(ms) > 1 && ms[1].Score < ms[0].Score {
		t.Errorf("sheikh khalid of two Khalids: %+v, want neither first alone", ms)
	}
}

// An office alone before the colon opening a quotation (`The head of
// Ukrenergo: "…"`) says whose words they are: the holder the text names
// (`The Kremlin spokesman:`, after Dmitry Peskov), else an unnamed source
// with that role; a clause that names no office (`Three things
// matter:`) names no one.
func TestOfficeBeforeAColon(t *testing.T) {
	got, _ := analyse(paras(
		`Repair windows today: 23 crews at 14 sites. The head of Ukrenergo: "Every crew that comes home tonight is a small proof that the paper works."`,
		`Kremlin spokesman Dmitry Peskov met reporters on Monday. The Kremlin spokesman: "We have nothing to add to what was said in Muscat."`,
		`Three things matter: "We have nothing to add to what was said in the capital."`,
	))
	if len(got) != 3 || got[0].Speaker != "" || got[0].Role != "head of Ukrenergo" || got[1].Speaker != "Dmitry Peskov" || got[2].Speaker != "" || got[2].Role != "" {
		t.Errorf("quotes %+v; want the unnamed head of Ukrenergo's, Peskov's, and no one's", got)
	}
}

// An Orthodox cleric is named by title and given name alone
// ("Metropolitan Feodosii"): that is a person, and "the Metropolitan
// said" or "He told us" after the name is him, not the radio guest the
// caller is talking to.
func TestClericByTitleAndGivenName(t *testing.T) {
	got, _ := analyse(paras(
		`GUEST (Mykola Drozd): The pause starts on 2 June, and the engineers need three weeks.`,
		`NINA (CALLER, SLOVIANSK): I help at the cathedral, where Metropolitan Feodosii has been sending water to the front-line towns every Sunday. He told us last week, "Water was never ours to give; we only carried it." Should we keep sending it?`,
		`Metropolitan Feodosii of Sloviansk blesses water containers before the vans leave. "Thirst has no front line," the Metropolitan said.`,
	))
	for _, q := range got {
		if (strings.HasPrefix(q.Text, "Water was never") || strings.HasPrefix(q.Text, "Thirst")) && q.Speaker != "Feodosii" {
			t.Errorf("%q is %q's words, want the Metropolitan's", q.Text, q.Speaker)
		}
	}
}
