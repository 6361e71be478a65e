package people_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/talksbot/talksbot/corpus/people"
)

// analyseDoc reads paragraphs, one a line, with the built-in lexicon.
func analyseDoc(t *testing.T, lines ...string) *people.Document {
	t.Helper()
	var ps []people.Paragraph
	for i, l := range lines {
		ps = append(ps, people.Paragraph{Text: l, Num: i + 1})
	}
	d, err := people.Default().Analyse(ps, people.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func namesOf(ps []people.Person) []string {
	var out []string
	for _, p := range ps {
		out = append(out, p.Name)
	}
	return out
}

// A familiar form of a given name (diminutives.tsv: Sasha for
// Oleksandr) with the same surname is the same person, filed under the
// formal name whichever the article uses first; two given names that
// are no forms of each other stay two people.
func TestFamiliarGivenNameIsOnePerson(t *testing.T) {
	d := analyseDoc(t,
		`Thank you to Sasha Pidhirnyi and the crews of the railway.`,
		`Oleksandr Pidhirnyi, the head of the railway, was less pleased. "Eleven minutes is eleven too many," he said.`,
		`Halyna Kovalenko, 81, waited at the crossing. Andriy Kovalenko, a customs spokesman, said the lane would stay open.`,
	)
	got := namesOf(d.People(nil))
	if slices.Contains(got, "Sasha Pidhirnyi") || !slices.Contains(got, "Oleksandr Pidhirnyi") {
		t.Errorf("people %q: want Sasha Pidhirnyi filed as Oleksandr Pidhirnyi", got)
	}
	if !slices.Contains(got, "Halyna Kovalenko") || !slices.Contains(got, "Andriy Kovalenko") {
		t.Errorf("people %q: want Halyna and Andriy Kovalenko apart", got)
	}
	for _, q := range d.Quotes {
		if strings.HasPrefix(q.Text, "Eleven minutes") && q.Speaker != "Oleksandr Pidhirnyi" {
			t.Errorf("quote %q by %q, want Oleksandr Pidhirnyi", q.Text, q.Speaker)
		}
	}
}

// A nickname the article gives ("whom colleagues call Kati") is the
// person's: another article's "Kati Fehérvári" is Katalin Fehérvári, and
// her words there are filed under her name. Without it, a lookalike
// given name is someone else.
func TestNicknameTheArticleGives(t *testing.T) {
	lx := people.Default()
	d := analyseDoc(t,
		`Ambassador Katalin Fehérvári, the OSCE envoy, chaired the talks.`,
		`Fehérvári, a former railway lawyer from Debrecen whom colleagues call Kati, said the text had been rewritten 31 times.`,
	)
	var kf *people.Person
	for _, p := range d.People(nil) {
		if p.Name == "Katalin Fehérvári" {
			kf = &p
		}
	}
	if kf == nil || !slices.Contains(kf.Aliases, "kati fehervari") {
		t.Fatalf("people %+v: want Katalin Fehérvári known as Kati Fehérvári", d.People(nil))
	}
	other := people.DocumentPeople{
		People: []people.Person{{Name: "Kati Fehérvári", Quotes: 1, Mentions: 1}},
		Quotes: []people.Quote{{Speaker: "Kati Fehérvári", Text: "Read the railway timetable, not the communiqué."}},
	}
	all, canonical := lx.Merge([]people.DocumentPeople{{People: d.People(nil), Quotes: d.Quotes}, other})
	if got := namesOf(all); !slices.Equal(got, []string{"Katalin Fehérvári"}) {
		t.Errorf("merged %q, want one Katalin Fehérvári", got)
	}
	if c := canonical(1, "Kati Fehérvári"); c != "Katalin Fehérvári" {
		t.Errorf("Kati Fehérvári's words filed under %q", c)
	}
	// No nickname given: Kati Nagy and Katalin Nagy are two people.
	two := []people.DocumentPeople{
		{People: []people.Person{{Name: "Katalin Nagy", Mentions: 1}}},
		{People: []people.Person{{Name: "Kati Nagy", Mentions: 1}}},
	}
	if all, _ := lx.Merge(two); len(all) != 2 {
		t.Errorf("merged %q, want Katalin and Kati Nagy apart", namesOf(all))
	}
	// A familiar form the lexicon knows joins across articles too.
	sasha := []people.DocumentPeople{
		{People: []people.Person{{Name: "Sasha Bondar", Mentions: 1}}},
		{People: []people.Person{{Name: "Oleksandr Bondar", Mentions: 1}}},
	}
	if all, _ := lx.Merge(sasha); !slices.Equal(namesOf(all), []string{"Oleksandr Bondar"}) {
		t.Errorf("merged %q, want one Oleksandr Bondar", namesOf(all))
	}
}

// A nickname others give someone in an aside ("— everyone in the
// corridors calls him Kostya —") is theirs; what someone named calls
// another ("who calls him Volodya") is not.
func TestNicknameOthersCallThem(t *testing.T) {
	d := analyseDoc(t,
		`The Russian side, led by Konstantin Belyaev — everyone in the corridors calls him Kostya — wanted an audit.`,
		`Taras Hnatiuk, who calls him Volodya in private, said nothing.`,
	)
	for _, p := range d.People(nil) {
		switch p.Name {
		case "Konstantin Belyaev":
			if !slices.Contains(p.Aliases, "kostya belyaev") {
				t.Errorf("Konstantin Belyaev aliases %q, want Kostya Belyaev among them", p.Aliases)
			}
		case "Taras Hnatiuk":
			if slices.Contains(p.Aliases, "volodya hnatiuk") {
				t.Errorf("Taras Hnatiuk aliases %q: what he calls another read as his nickname", p.Aliases)
			}
		}
	}
}

// A nickname the text gives someone it speaks of by a pronoun ("Her
// friends call her Sasha. Almost everyone else in the ministry calls her
// "the Hydrant"") is hers, an epithet with "the" or a name of several
// words ("Dido Mykola") a spelling of its own, and "called you" names
// the one a question addresses; the other woman the text names gets
// none of it.
func TestNicknameGivenByPronoun(t *testing.T) {
	d := analyseDoc(t,
		`Oleksandra Hnatiuk spent two decades underground before she sat down opposite Moscow.`,
		`Hnatiuk, 52, is the chief negotiator. Her friends call her Sasha. Almost everyone else in the ministry calls her "the Hydrant", a nickname that began as a joke.`,
		`Professor Iryna Melnyk, who studied with her in Dnipro, runs the laboratory.`,
	)
	for _, p := range d.People(nil) {
		switch p.Name {
		case "Oleksandra Hnatiuk":
			if !slices.Contains(p.Aliases, "the hydrant") || !slices.Contains(p.Aliases, "sasha hnatiuk") {
				t.Errorf("Oleksandra Hnatiuk aliases %q, want the hydrant and sasha hnatiuk among them", p.Aliases)
			}
		case "Iryna Melnyk":
			if slices.ContainsFunc(p.Aliases, func(a string) bool { return strings.Contains(a, "hydrant") || strings.Contains(a, "sasha") }) {
				t.Errorf("Iryna Melnyk aliases %q hold another's nickname", p.Aliases)
			}
		}
	}
	// A quoted nickname of two words is a spelling of its own too, not a
	// given name before the surname.
	d = analyseDoc(t,
		`I thank the keeper of our gold collection, Mykola Bondar, who has written the comments. He has worked at the museum for 46 years, and the younger staff call him "Dido Mykola", Grandpa Mykola.`,
	)
	for _, p := range d.People(nil) {
		if p.Name == "Mykola Bondar" && !slices.Contains(p.Aliases, "dido mykola") {
			t.Errorf("Mykola Bondar aliases %q, want dido mykola among them", p.Aliases)
		}
	}
	// "called you" in a question is the one the question addresses.
	d = analyseDoc(t,
		`Declan Moriarty: If I may add, since the adjectives will land on my desk.`,
		`Reporter: Mr Moriarty, your old staff called you "Red Pen". Will you be strict?`,
		`Declan Moriarty: Strict and boring. Boring is what keeps people alive.`,
	)
	for _, p := range d.People(nil) {
		if p.Name == "Declan Moriarty" && !slices.Contains(p.Aliases, "red pen") {
			t.Errorf("Declan Moriarty aliases %q, want red pen among them", p.Aliases)
		}
	}
	// In an aside right after a name, "calls him" is that name's, never
	// the man the text spoke of before.
	d = analyseDoc(t,
		`[00:00:04] DANIEL OKAFOR: Hello and welcome to The Borderline. I'm Daniel Okafor.`,
		`[00:00:31] MARTA YURCHENKO: Thanks, Daniel.`,
		`[00:02:45] DANIEL: Marta, the audit row nearly sank this, didn't it?`,
		`[00:02:49] MARTA: It sank Tallinn. The Russian side, led by Konstantin Belyaev — everyone in the corridors calls him Kostya — wanted an audit.`,
	)
	for _, p := range d.People(nil) {
		if has := slices.ContainsFunc(p.Aliases, func(a string) bool { return strings.HasPrefix(a, "kostya") }); has != (p.Name == "Konstantin Belyaev") {
			t.Errorf("%s aliases %q", p.Name, p.Aliases)
		}
	}
}

// A nickname given right after the name ("Colleagues in the foreign
// ministry call Maryna Ostapchuk "the Archivist"") is hers: "what did
// the archivist say" finds her.
func TestNicknameAfterTheName(t *testing.T) {
	d := analyseDoc(t,
		`Colleagues in the foreign ministry call Maryna Ostapchuk "the Archivist". She pulls a grey suitcase of case files through every airport.`,
		`Iryna Koval, her deputy, keeps the lists.`,
	)
	for _, p := range d.People(nil) {
		if has := slices.Contains(p.Aliases, "the archivist"); has != (p.Name == "Maryna Ostapchuk") {
			t.Errorf("%s aliases %q", p.Name, p.Aliases)
		}
	}
}

// A nickname given without saying to whom ("nicknamed "the
// Metronome"") is the one person the paragraph names before it; with
// two named before it, it is neither's.
func TestNicknamedInTheParagraph(t *testing.T) {
	d := analyseDoc(t,
		`Brigadier General Claudia Imhof (Switzerland), 56 — Head of the mission. A former commander of the peacekeeping training centre, nicknamed "the Metronome" by her monitors for her punctuality.`,
		`Lev Zamyatin and Sophie Brandt met in Baku, one of them nicknamed "the Clock".`,
	)
	for _, p := range d.People(nil) {
		if has := slices.Contains(p.Aliases, "the metronome"); has != (p.Name == "Claudia Imhof") {
			t.Errorf("%s aliases %q", p.Name, p.Aliases)
		}
		if slices.Contains(p.Aliases, "the clock") {
			t.Errorf("%s took a nickname the paragraph gives one of two: %q", p.Name, p.Aliases)
		}
	}
}

// "He is known simply as Old Valve" gives the name he goes by: the one
// "he" is, or, paragraphs after a profile last named its subject, the
// one it names most; never someone else it names once.
func TestNicknameHeIsKnownAs(t *testing.T) {
	d := analyseDoc(t,
		`At ten past six, Stepan Hrytsak walked into the pump hall at Stary Brod. Velvoda's chief engineer, 61, said nothing for a while.`,
		`Hrytsak has worked for the utility since 2040. Hrytsak's wife, Olha, says he still dreams of pumps.`,
		`Hrytsak counted the burned motors twice before he called Linz.`,
		`The cure came from three directions. The gate valves came from a warehouse, where the veteran had kept them since the autumn.`,
		`Among the crews he is known simply as Old Valve. His foreman puts it plainly: "He hears a pump the way a doctor hears a heart."`,
		`Dr Larysa Shevel runs the laboratory. She has long been known as "the Referee".`,
	)
	want := map[string]string{"Stepan Hrytsak": "old valve", "Larysa Shevel": "the referee"}
	for _, p := range d.People(nil) {
		for name, alias := range want {
			if has := slices.Contains(p.Aliases, alias); has != (p.Name == name) {
				t.Errorf("%s aliases %q; %q is %s's", p.Name, p.Aliases, alias, name)
			}
		}
	}
}

// A nickname the text gives someone ("his crews call him "the Owl"")
// names them where the text goes on to use it: "the Owl said" is his,
// and so is the "he" of a sentence after one about the Owl, not the
// minister named in the paragraph between.
func TestNicknameNamesItsBearerLater(t *testing.T) {
	d := analyseDoc(t,
		`Station Commander Dario Kovac has run the Hollin fire station for twenty years.`,
		`His crews call him "the Owl", because he never seems to sleep during a fire.`,
		`Deputy Minister Ante Pavic told the council that the government would buy two more tankers next spring.`,
		`For the Owl, that cannot come soon enough. "Next summer the hills will burn again," he said.`,
		`"We held every road," the Owl said.`,
	)
	want := map[string]bool{"Next summer the hills will burn again,": false, "We held every road,": false}
	for _, q := range d.Quotes {
		if _, ok := want[q.Text]; ok {
			want[q.Text] = true
			if q.Speaker != "Dario Kovac" {
				t.Errorf("%q by %q, want Dario Kovac", q.Text, q.Speaker)
			}
		}
	}
	for q, seen := range want {
		if !seen {
			t.Errorf("quotation %q missing from %+v", q, d.Quotes)
		}
	}
}

// A nickname of a word of kin and a given name ("whom the children call
// Uncle Bogdan") is taken whole, a spelling of its own: "uncle bogdan"
// finds him, and "Uncle" alone is no name of his.
func TestNicknameOfTwoWords(t *testing.T) {
	d := analyseDoc(t,
		`No child was in the building. Our caretaker, Mr Bogdan Ferenc, whom the children call Uncle Bogdan, was sleeping downstairs.`,
	)
	for _, p := range d.People(nil) {
		if p.Name == "Bogdan Ferenc" && (!slices.Contains(p.Aliases, "uncle bogdan") || slices.Contains(p.Aliases, "uncle ferenc")) {
			t.Errorf("Bogdan Ferenc aliases %q, want uncle bogdan and not uncle ferenc", p.Aliases)
		}
	}
}
