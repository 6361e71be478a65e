package index

import (
	"context"
	"strings"
	"testing"
)

// The names the articles spell out are what their acronyms stand for;
// people's names spell nothing.
func TestAcronymsOfNames(t *testing.T) {
	text := "The Joint Monitoring Mission reported to the Security Council, said Prime Minister Keir Starmer. " +
		"Staff of the Zaporizhzhia Nuclear Power Plant and the Ministry of Foreign Affairs of Ukraine met. " +
		"Mick in Port Tessaly says the talks should be held on a boat."
	got := map[string]string{}
	acronymsOf(text, func(acr, name string) { got[acr] = name })
	want := map[string]string{
		"jmm":  "joint monitoring mission",
		"sc":   "security council",
		"pm":   "prime minister",
		"znpp": "zaporizhzhia nuclear power plant",
		"npp":  "nuclear power plant",
		"mfa":  "ministry of foreign affairs",
	}
	for acr, name := range want {
		if got[acr] != name {
			t.Errorf("%q spells %q; want %q", acr, got[acr], name)
		}
	}
	for acr, name := range got {
		if strings.Contains(name, "keir") || strings.Contains(name, "starmer") || strings.Contains(name, "mick") {
			t.Errorf("a person's name spelt an acronym: %q → %q", acr, name)
		}
	}
}

// A member's acronym for a name the articles spell out finds the name.
func TestQuestionAcronymFindsTheName(t *testing.T) {
	text := `Title: Monitors publish first report
Outlet: Wire
Date: 2027-10-28

The Joint Monitoring Mission, which has 140 monitors along the line, published its first report on Tuesday.

Russia said the report was biased. Ukraine welcomed it.
`
	e := engineOfFiles(t, map[string]string{"jmm.txt": text})
	a, err := e.Ask(context.Background(), "how many monitors does the jmm have", AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Passages) == 0 || !strings.Contains(a.Passages[0].Text, "140 monitors") {
		t.Errorf("passages %q; want the mission's", passageTexts(a))
	}
	// A word of everyday English is read as itself, not as an acronym
	// ("ok" is not "Okay Kremlin").
	if got := e.spellAcronyms("ok what did the jmm say"); got != "ok what did the joint monitoring mission say" {
		t.Errorf("spelt %q", got)
	}
}

// An acronym the articles give in brackets after a name stands for it,
// whatever letters it leaves out ("European Union Aviation Safety Agency
// (EASA)", "Ukrainian Air Navigation Services (UkrANS)"), so that a
// member asking for "the easa director" finds the one whose title names
// the agency in full, though the articles use "EASA" too.
func TestAcronymGivenInBrackets(t *testing.T) {
	got := map[string]string{}
	acronymsOf("The European Union Aviation Safety Agency (EASA) and Ukrainian Air Navigation Services (UkrANS) met the Red Cross (XYZ).", func(acr, name string) { got[acr] = name })
	if got["easa"] != "european union aviation safety agency" || got["ukrans"] != "ukrainian air navigation services" {
		t.Errorf("acronyms %v; want easa and ukrans for the names before them", got)
	}
	if _, ok := got["xyz"]; ok {
		t.Errorf("xyz read as the Red Cross's acronym: %v", got)
	}
	text := `Title: Corridor approved
Outlet: Wire
Date: 2055-03-06

The European Union Aviation Safety Agency (EASA) joined the talks in Doha.

EASA said the bulletin would change in April.

The European Union Aviation Safety Agency's executive director, Margit Lindqvist, said the agency would wait for the audit. "We will not open a corridor that we would not fly our own families through," she said.
`
	e := engineOfFiles(t, map[string]string{"wire.txt": text})
	for _, q := range []string{"what did the easa director say", "what did the agency's exec director say"} {
		if a := ask(t, e, q); a.Speaker != "Margit Lindqvist" {
			t.Errorf("%q: speaker %q, want Margit Lindqvist", q, a.Speaker)
		}
	}
}

// Someone found by a description naming a body by an acronym the
// articles spell out ("the icmp head") must hold that body in their
// titles: a laboratory head whom a passage on the ICMP's platform names
// is not its head.
func TestDescribedByAcronymHoldsTheBody(t *testing.T) {
	text := `Title: Matching the missing
Outlet: Wire
Date: 2056-03-10

Its director-general, Professor Margit Solberg of the International Commission on Missing Persons, said the platform would open in April.

Dr Iryna Kovalchuk, head of the DNA identification laboratory in Kyiv, said the ICMP platform in The Hague would match samples from both sides. "We take a small piece of bone and grind it," Kovalchuk said.
`
	e := engineOfFiles(t, map[string]string{"wire.txt": text})
	if a := ask(t, e, "what did the icmp head say about the platform"); a.Speaker == "Iryna Kovalchuk" {
		t.Errorf("speaker %q: the laboratory head is not the ICMP's", a.Speaker)
	}
}

// A member may call someone by their initials ("vdh's team", of
// Cornelis van der Hoeven): the one person whose name they are the
// initials of is meant, and the question is answered, not "not covered".
// Initials two people share say neither.
func TestInitialsNameOnePerson(t *testing.T) {
	e := engineOfFiles(t, map[string]string{
		"cable.txt": `Lypove talks

Commission chair Cornelis van der Hoeven tabled a proposal for a six-person engineering team at the gate complex.

Maria Kovalenko and Mykola Kovalchuk, both engineers, will join later.
`,
	})
	if name, ok := e.initialled("vdh"); !ok || name != "cornelis van der hoeven" {
		t.Errorf("initialled(vdh) = %q, %v", name, ok)
	}
	if name, ok := e.initialled("mk"); ok {
		t.Errorf("two letters read as initials of %q", name)
	}
	a, err := e.Ask(context.Background(), "how many engineers would be in vdh's team", AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Passages) == 0 || a.Closest || !strings.Contains(a.Passages[0].Text, "six-person") {
		t.Errorf("passages %+v (closest %v): want the six-person team", a.Passages, a.Closest)
	}
}

// A report's title in capitals spells its name's acronym as running text
// does ("JOINT TECHNICAL WORKING GROUP - MINUTES": "jtwg"), so that a
// member's "jtwg" finds the report; acronyms and names in it stay as
// written.
func TestShoutedTitleSpellsItsAcronym(t *testing.T) {
	if got, want := unshouted("JOINT TECHNICAL WORKING GROUP - OSTREL-VRANA 400 kV LINE (NHC)"), "Joint Technical Working Group - OSTREL-VRANA 400 kV Line (NHC)"; got != want {
		t.Errorf("unshouted = %q, want %q", got, want)
	}
	e := engineOfFiles(t, map[string]string{"minutes.md": `---
title: JOINT TECHNICAL WORKING GROUP - MINUTES OF MEETING No. 3
date: 2093-07-17
---

The joint working group agreed the technical plan for the line and the order of repairs.

NEXT MEETING: Friday 24 July 2093, 10:00, field office.
`})
	if a := ask(t, e, "when is the next jtwg meeting"); !a.Answered() || a.Closest {
		t.Errorf("when is the next jtwg meeting: not covered (closest %v), want the minutes", a.Closest)
	}
}

// A document without passages counts no acronym of its title: removing
// it reads the title from its stored passages, and it stores none, so
// what it counted would stay behind after it is gone.
func TestTitleAcronymsOnlyWithPassages(t *testing.T) {
	l := lowerCounts{}
	l.addDoc("JOINT TECHNICAL WORKING GROUP - MINUTES", nil, 1)
	l.addDoc("", nil, -1) // removed: no stored passage gives its title
	if len(l) != 0 {
		t.Errorf("counts left after the document was removed: %v", l)
	}
	l.addDoc("JOINT TECHNICAL WORKING GROUP - MINUTES", []string{"The group met."}, 1)
	if l[acronymKey("jtwg", "joint technical working group")] != 1 {
		t.Errorf("a document with passages: its title's acronym not counted: %v", l)
	}
}

// A name with a saint's or a person's name in it, and an abbreviation's
// full stop, still spells the acronym the articles give it in brackets
// ("Church Aid of St. Ilan (CASI)"); and "what is casi", of an acronym
// the articles use everywhere, finds the passage that says what it
// stands for before those using it in passing.
func TestWhatIsAnAcronymFindsItsDefinition(t *testing.T) {
	got := map[string]string{}
	acronymsOf("mediated by neutral Orvenna and the church charity Church Aid of St. Ilan (CASI) after five months, and by the Red Cross (XYZ).", func(acr, name string) { got[acr] = name })
	if got["casi"] != "church aid of st ilan" {
		t.Errorf("acronyms %v; want casi for Church Aid of St. Ilan", got)
	}
	if _, ok := got["xyz"]; ok {
		t.Errorf("xyz read as the Red Cross's acronym: %v", got)
	}
	text := `Title: Children cross
Outlet: Wire
Date: 2077-08-10

The hotline is run by CASI volunteers from a church hall in Kelm, CASI said.

Father Tomas Greve, head of the CASI delegation to the talks, said the work would go on.

The children, aged five to 15, are the first to come home under an arrangement mediated by neutral Orvenna and the church charity Church Aid of St. Ilan (CASI) after five months of talks in the Orvennese capital, Lenhof, where both delegations met in a hotel by the lake.

Photographs are available from the CASI press office.

From abroad: "CASI Family Line", CASI office, Kelm.

Media contacts: CASI Communications, press@casi.example
`
	e := engineOfFiles(t, map[string]string{"wire.txt": text})
	for _, q := range []string{"what is casi", "What is CASI?", "whats casi"} {
		a := ask(t, e, q)
		if len(a.Passages) == 0 || !strings.Contains(a.Passages[0].Text, "Church Aid of St. Ilan (CASI)") {
			t.Errorf("%q: first passage %q, want the one saying what CASI is", q, firstText(a))
		}
	}
}
