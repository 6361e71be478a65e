package people

import (
	"slices"
	"strings"
	"testing"
)

// Features name people after what they are, with a naming word ("a crane
// operator named Halyna", "a retired ship's mechanic called Petro", "a
// pensioner named Mykola Hrytsenko, 71,"): the name is a person's, even a
// given name alone; what stands before the naming word is their role;
// and their words are theirs, with an age between name and verb or the
// verb before them. Someone naming another ("the president named …") gives
// them no role.
func TestNamedAfterWhatTheyAre(t *testing.T) {
	qs, d := analyse(paras(
		"On the quay, a crane operator named Halyna pointed up at the lights and laughed. \"Look at that - just like before the war,\" she said.",
		"His neighbour, a retired ship's mechanic called Petro, nodded along. \"We will see what the winter brings,\" Petro said.",
		"In the village, a pensioner named Mykola Hrytsenko, 71, said: \"I do not believe any of it.\"",
		"\"It is only paper until the guns go,\" said a farmer named Ostap Melnyk, 58.",
		"The president named Rustem Umerov as head of the delegation on Monday. \"We need results, not photographs,\" Umerov said.",
	))
	checkByStart(t, qs, map[string]string{
		"Look at that - just ": "Halyna",
		"We will see what the": "Petro",
		"I do not believe any": "Mykola Hrytsenko",
		"It is only paper unt": "Ostap Melnyk",
		"We need results, not": "Rustem Umerov",
	})
	roles := rolesOf(d)
	for name, want := range map[string]string{
		"Halyna": "crane operator", "Petro": "mechanic", "Mykola Hrytsenko": "pensioner", "Ostap Melnyk": "farmer",
	} {
		if !slices.Contains(roles[name], want) {
			t.Errorf("%s: roles %q, want %q among them", name, roles[name], want)
		}
	}
	if slices.Contains(roles["Rustem Umerov"], "president") {
		t.Errorf("Umerov, whom the president named, given the role %q", roles["Rustem Umerov"])
	}
}

// A transcript's label gives a name, then a title in capitals after a
// comma ("TOBIAS LINDQVIST, INSA CHIEF INSPECTOR:"): a body's initials
// before a title of two words are no person, even when they spell a given
// name ("Insa"); the turn is the named speaker's, with the title as role.
func TestLabelTitleAfterInitialsIsNoPerson(t *testing.T) {
	qs, d := analyse(paras(
		"KOVAL (voice-over): The agency's chief inspector, Tobias Lindqvist, a Swede, will lead the first team of 60 monitors.",
		"TOBIAS LINDQVIST, INSA CHIEF INSPECTOR: We will knock on any door with two hours' notice.",
	))
	checkByStart(t, qs, map[string]string{"We will knock on any": "Tobias Lindqvist"})
	for _, p := range d.People(nil) {
		if p.Name == "Insa Chief Inspector" {
			t.Errorf("a label's title read as a person: %+v", p)
		}
	}
}

// A body's initials after a capitalised word are no surname: "Per ICRC,"
// opening a pool reporter's note is the preposition and the Red Cross,
// not a Scandinavian called Per Icrc to whom the next words might go.
func TestBodyInitialsAreNoSurname(t *testing.T) {
	qs, d := analyse(paras(
		"Annelise Brunner, head of the ICRC regional delegation, walked the quay with the minister.",
		"Per ICRC, the two convoys never met on the quay. \"We kept them apart,\" Brunner said.",
	))
	checkByStart(t, qs, map[string]string{"We kept them apart,": "Annelise Brunner"})
	for _, p := range d.People(nil) {
		if strings.Contains(p.Name, "Icrc") || strings.Contains(p.Name, "ICRC") {
			t.Errorf("a body's initials read as a person: %+v", p)
		}
	}
}

// Two titles joined by "and" in one apposition are both the person's,
// however long together (", Deputy Minister of Foreign Affairs of Ukraine
// and head of the Ukrainian delegation at the Vienna talks,": seventeen
// words), so that either finds her.
func TestTwoTitlesInALongApposition(t *testing.T) {
	_, d := analyse(paras(
		"Iryna Demchenko, Deputy Minister of Foreign Affairs of Ukraine and head of the Ukrainian delegation at the Vienna talks, signed the protocol on Thursday.",
		"\"This is not peace,\" Demchenko said.",
	))
	roles := rolesOf(d)["Iryna Demchenko"]
	if !slices.ContainsFunc(roles, func(r string) bool { return strings.Contains(r, "head of the Ukrainian delegation") }) {
		t.Errorf("roles %q: want the delegation's head among them", roles)
	}
	if !Default().WrittenOut("negotiator", "head of the Ukrainian delegation at the Vienna talks") || Default().WrittenOut("negotiator", "head of the Ukrainian energy ministry's legal department") || Default().WrittenOut("negotiator", "head of the ICRC delegation in Ukraine") {
		t.Error("a side's delegation's head is its negotiator; a department's head, or the ICRC delegation's, is not")
	}
}

// A body's initials open a title before a name the lexicon does not know
// ("INSA Director General Mariela Sandoval said"): the name is the last
// words, the initials and title her role, though "Insa" is also a given
// name.
func TestInitialsOpenATitle(t *testing.T) {
	qs, d := analyse(paras(
		"INSA Director General Mariela Sandoval said: \"The cooling pond is the lifeline of this plant.\"",
		"INSA Chief Inspector Tobias Lindqvist said: \"We will knock on any door with two hours' notice.\"",
	))
	checkByStart(t, qs, map[string]string{
		"The cooling pond is ": "Mariela Sandoval",
		"We will knock on any": "Tobias Lindqvist",
	})
	roles := rolesOf(d)
	if !slices.Contains(roles["Mariela Sandoval"], "INSA Director General") || !slices.Contains(roles["Tobias Lindqvist"], "INSA Chief Inspector") {
		t.Errorf("roles %q", roles)
	}
}

// A company named by a word for what it does ("Harwell Marine", "Halden
// Logistics") is a body, not a person, and the title before it is the
// role of whoever holds it.
func TestCompanyNamesAreNoPeople(t *testing.T) {
	qs, d := analyse(paras(
		"Insurers are moving in the same direction. Rebecca Lyall, head of marine war risk at Harwell Marine, a Lloyd's syndicate in London, said premiums had fallen.",
		"Lyall cautioned that underwriters would not go lower. \"The market doesn't price treaties,\" she said.",
		"This briefing is sponsored by Halden Logistics, moving grain since 1994.",
	))
	checkByStart(t, qs, map[string]string{"The market doesn't p": "Rebecca Lyall"})
	roles := rolesOf(d)
	if !slices.ContainsFunc(roles["Rebecca Lyall"], func(r string) bool { return strings.Contains(r, "Harwell Marine") }) {
		t.Errorf("Lyall's roles %q: want her title at Harwell Marine", roles["Rebecca Lyall"])
	}
	for _, body := range []string{"Harwell Marine", "Halden Logistics"} {
		if _, ok := roles[body]; ok {
			t.Errorf("%s read as a person", body)
		}
	}
}

// A body named for its members ("the Ukrainian Airline Pilots'
// Association", "the Miners' Union") is no person called by its plural
// possessive; the one who heads it keeps the whole body in her role.
func TestPluralOwnerOfABodyIsNoPerson(t *testing.T) {
	qs, d := analyse(paras(
		"Captain Nadiya Kovalenko, president of the Ukrainian Airline Pilots' Association, has clashed with the minister over the corridor.",
		"Captain Nadiya Kovalenko is president of the Ukrainian Airline Pilots' Association. \"We fly when the guns are silent,\" Kovalenko said.",
		"Hanna Bilyk, who chairs the Donbas Miners' Union, said nothing.",
	))
	checkByStart(t, qs, map[string]string{"We fly when the guns": "Nadiya Kovalenko"})
	roles := rolesOf(d)
	for _, body := range []string{"Airline Pilots", "Miners", "Donbas Miners"} {
		if _, ok := roles[body]; ok {
			t.Errorf("%q read as a person, roles %q", body, roles[body])
		}
	}
	if !slices.ContainsFunc(roles["Nadiya Kovalenko"], func(r string) bool { return strings.Contains(r, "Pilots' Association") }) {
		t.Errorf("Kovalenko's roles %q: want the whole association in one", roles["Nadiya Kovalenko"])
	}
}

// A cable names people by title and a surname in capitals ("led by
// Deputy Agriculture Minister SEMYONOV"): the portfolio and the title's
// noun are no part of the name, which is the one the wire gives in full
// (Arkady Semyonov), and whose words they are.
func TestCableTitleBeforeSurnameInCapitals(t *testing.T) {
	qs, d := analyse(paras(
		"2. (C) Water. The Russian delegation, led by Deputy Agriculture Minister SEMYONOV, opened by demanding an equal split of canal water all year round.",
		"3. (C) SEMYONOV said the split was \"a matter of arithmetic, not politics\".",
		"The head of the Russian delegation, Deputy Agriculture Minister Arkady Semyonov, called the agreement \"a practical document\".",
	))
	checkByStart(t, qs, map[string]string{
		"a matter of arithmet": "Arkady Semyonov",
		"a practical document": "Arkady Semyonov",
	})
	for _, p := range d.People(nil) {
		if strings.Contains(p.Name, "Minister") {
			t.Errorf("a title read as part of a name: %+v", p)
		}
	}
}

// A surname given alone with a form of address ("of Dr Koval"),
// paragraphs before the document names anyone of that surname in full
// ("The governor, Oleksandr Koval"), may be someone else (another
// document's Dr Marta Koval): "Dr" is no title of the governor's. Given
// after the full name, it is the full name's.
func TestAddressBeforeTheFullName(t *testing.T) {
	_, d := analyse(paras(
		"LINDQVIST: I was proud of the captain and of Dr Koval.",
		"VORONOVA: The governor, Oleksandr Koval, is still angry about the village that was left out.",
		"KOVAL: Thirty-one children in Pishchane packed their bags.",
	))
	if roles := rolesOf(d)["Oleksandr Koval"]; slices.ContainsFunc(roles, func(r string) bool { return strings.EqualFold(r, "Dr") }) {
		t.Errorf("the governor's roles %q hold the Dr met before his name", roles)
	}
	_, d = analyse(paras(
		"Dr Marta Koval, the convoy's paediatrician, treated the boy on board.",
		"\"He was breathing normally within minutes,\" Dr Koval said.",
	))
	if roles := rolesOf(d)["Marta Koval"]; !slices.ContainsFunc(roles, func(r string) bool { return strings.EqualFold(r, "Dr") }) {
		t.Errorf("the doctor's roles %q lack her Dr", roles)
	}
}

// "Father Savchuk" is Savchuk, the priest named in full as Father
// Mykhailo Savchuk, called by his title and surname; "Father Vasyl", a
// given name, stays the name a priest is called by. "According to his
// lawyer, Mr Aeschlimann bought …" makes no lawyer of Aeschlimann. A
// quotation credited in a bracket closing its line ("(Bohdan Tkachuk,
// restorer)") is the named person's, with that title.
func TestFatherSurnameHisLawyerAndBracketCredits(t *testing.T) {
	qs, d := analyse(paras(
		"Father Mykhailo Savchuk was the rector of the Church of the Intercession until 2071.",
		"Before the drivers climbed in, Father Savchuk walked along the trucks. \"Go slowly, the icons are old,\" Father Savchuk told the drivers.",
		"The lots were consigned by Konrad Aeschlimann, a private collector based in Zurich. According to his lawyer, Mr Aeschlimann bought the icons in good faith.",
		"> \"The humidity in some crates was frightening.\" (Bohdan Tkachuk, restorer)",
		"\"We fed the whole village,\" said Father Vasyl, who runs the soup kitchen.",
	))
	checkByStart(t, qs, map[string]string{
		"Go slowly, the icons":  "Mykhailo Savchuk",
		"The humidity in some ": "Bohdan Tkachuk",
		"We fed the whole vill": "Father Vasyl",
	})
	roles := rolesOf(d)
	if _, ok := roles["Father Savchuk"]; ok {
		t.Errorf("\"Father Savchuk\" read as a person apart from Mykhailo Savchuk: %v", roles)
	}
	if slices.Contains(roles["Konrad Aeschlimann"], "lawyer") {
		t.Errorf("Aeschlimann's roles %q hold his lawyer's title", roles["Konrad Aeschlimann"])
	}
	if !slices.Contains(roles["Bohdan Tkachuk"], "restorer") {
		t.Errorf("Tkachuk's roles %q lack the bracket's \"restorer\"", roles["Bohdan Tkachuk"])
	}
}

// A capitalised word after a speech verb that qualifies a word for
// people or a body ("said Kestrian workers had …", "said Morraskan
// forces had …", a country's adjective the lexicon does not know), owns the reported clause's subject ("said
// Drastenergo's 32 staff would …"), or that follows an article and an
// adjective ("The honourable Gentleman asks"), names no one.
func TestAdjectiveAndNounAreNoNames(t *testing.T) {
	_, d := analyse(paras(
		`The representative of Kestria, Energy Minister Halina Sorokova, said Kestrian workers had kept the plant running "with no rest and no choice".`,
		`Ambassador Ilya Trubin said Drovan engineers could repair the pipeline "tomorrow morning".`,
		`Halina Sorokova: The honourable Gentleman asks what happens on the third day.`,
		`Irena Vosk said Drastenergo's 32 staff on the line would wear the same vests.`,
		`Colonel Ivo Ralk, spokesman for the defence ministry, said Morraskan forces had "observed the drone".`,
	))
	for _, p := range d.People(nil) {
		if p.Name == "Kestrian" || p.Name == "Drovan" || p.Name == "Gentleman" || p.Name == "Drastenergo" || p.Name == "Morraskan" {
			t.Errorf("%q read as a person", p.Name)
		}
	}
}

// Given names WordNet knows only as a famous person's ("Owen", the poet;
// "Arthur", the king) are given names: "Owen Tregarthen served for nine
// years as a diver" names a man. A surname the name lists also give
// ("Armstrong") and a place ("Georgia") are not.
func TestFamousGivenNames(t *testing.T) {
	lx := Default()
	for name, want := range map[string]bool{"Owen": true, "Arthur": true, "Albert": true, "Armstrong": false, "Georgia": false} {
		if _, ok := lx.GivenName(name); ok != want {
			t.Errorf("%s given name %v, want %v", name, ok, want)
		}
	}
	_, d := analyse(paras(`Owen Tregarthen served for nine years as a mine-clearance diver and later commanded a minehunter.`))
	checkRoles(t, d, map[string]string{"Owen Tregarthen": "mine-clearance diver"})
}

// "Her younger sister, Olha Saranska, is a vet nurse riding in lorry 7":
// what "is a" says someone is, ending its clause or going on with a
// participle or a preposition, is a role of theirs beside the one before
// the name; "is a member of …" stays the title of a body.
func TestIsARole(t *testing.T) {
	_, d := analyse(paras(
		`Nina Saranska is a dispatcher. Her younger sister, Olha Saranska, is a vet nurse riding in lorry 7 with the bears.`,
		`Petro Lysenko was a teacher in Kherson before the war. Ivan Koval is a member of parliament.`,
	))
	roles := rolesOf(d)
	for name, want := range map[string]string{"Olha Saranska": "vet nurse", "Petro Lysenko": "teacher", "Ivan Koval": "member of parliament"} {
		if !slices.Contains(roles[name], want) {
			t.Errorf("%s: roles %q, want %q among them", name, roles[name], want)
		}
	}
}
