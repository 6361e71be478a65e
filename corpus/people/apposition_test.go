package people

import (
	"maps"
	"slices"
	"strings"
	"testing"
)

// "Callum Reid, a spokesman for Sir Gerald, told ClaimCheck: …" is
// Callum Reid speaking: the apposition says whom he speaks for, the
// sentence's subject is the name before it. Whether the one spoken for
// is named in full or as "Sir Gerald", the words are never his.
func TestSpokesmanInAppositionSpeaks(t *testing.T) {
	got, _ := analyse(paras(
		`Sir Gerald Thwaite told the House that Britain had paid "almost half".`,
		`Callum Reid, a spokesman for Sir Gerald, told ClaimCheck: "Sir Gerald was talking about the cash that has actually arrived so far."`,
		`Callum Reid, a spokesman for Sir Gerald Thwaite, told ClaimCheck: "He meant the cash."`,
	))
	checkQuoteSpeakers(t, got, "Gerald Thwaite", "Callum Reid", "Callum Reid")
	if got[1].Role != "spokesman for Sir Gerald" {
		t.Errorf("role %q, want %q", got[1].Role, "spokesman for Sir Gerald")
	}
}

// "The Chief Monitor stated …" is never the Deputy Chief Monitor, the
// one person of the report with those words in a title: a word making
// its holder second stands before them. Left unattributed, not guessed.
func TestDeputyIsNotTheChief(t *testing.T) {
	got, _ := analyse(paras(
		`The Deputy Chief Monitor, Mr Lars Henningsen (Denmark), leads the Corridor C team in Kupiansk.`,
		`The Chief Monitor stated that the Mission "cannot verify what it is not shown".`,
	))
	checkQuoteSpeakers(t, got, "")

	got, _ = analyse(paras(
		`Chief Monitor Abena Owusu-Mensah and her deputy, Lars Henningsen, toured the corridor.`,
		`The Chief Monitor stated that the Mission "cannot verify what it is not shown".`,
	))
	checkQuoteSpeakers(t, got, "Abena Owusu-Mensah")
}

// What someone did "as a deminer herself", a title of a body named after
// it ("the official representative of the Ministry of Defence, Major
// General …") and whose title a sentence says someone holds ("Marchenko,
// 47, is Ukraine's First Deputy Foreign Minister") are their roles; one
// they held ("was Estonia's ambassador from 2019") is not, and one they
// held no longer ("from 2019 to 2023") is theirs as former,
// and "the Kharkiv Institute for Mine Action Studies" names a body, not
// a person called Mine.
func TestRolesAroundAName(t *testing.T) {
	_, d := analyse(paras(
		`With me are Dr Nadiya Rudenko, a senior researcher at the Kharkiv Institute for Mine Action Studies, who spent nine years as a deminer herself, and Emre Yildiz.`,
		`Statement by the official representative of the Ministry of Defence, Major General Igor Belyakov. The maps were complete, he said.`,
		`On the morning of 14 March, Solomiia Marchenko unrolled a map.`,
		`Marchenko, 47, is Ukraine’s First Deputy Foreign Minister and, since November 2042, the head of its delegation.`,
		`Marta Wielgosz was Poland's deputy foreign minister from 2019 to 2023.`,
		`Ilona Berg was Estonia's ambassador from 2019.`,
	))
	want := map[string][]string{
		"Solomiia Marchenko": {"Ukraine’s First Deputy Foreign Minister"},
		"Nadiya Rudenko":     {"senior researcher at the Kharkiv Institute for Mine Action Studies", "deminer"},
		"Igor Belyakov":      {"official representative of the Ministry of Defence"},
		"Marta Wielgosz":     {"Poland's former deputy foreign minister"},
	}
	for _, p := range d.People(nil) {
		if p.Name == "Mine Action Studies" {
			t.Errorf("a body's name read as a person: %+v", p)
		}
		for _, r := range want[p.Name] {
			if !slices.Contains(p.Roles, r) {
				t.Errorf("%s: roles %q lack %q", p.Name, p.Roles, r)
			}
		}
		if p.Name == "Marta Wielgosz" && !slices.Equal(p.Roles, want[p.Name]) || p.Name == "Ilona Berg" && len(p.Roles) > 0 {
			t.Errorf("%s: a title held once read as hers now: %q", p.Name, p.Roles)
		}
		delete(want, p.Name)
	}
	if len(want) > 0 {
		t.Errorf("not found: %v", want)
	}
	// Russian officialese: the official representative of a ministry is
	// its spokesman.
	if lx := Default(); !lx.WrittenOut("spokeswoman", "official representative of the Ministry of Defence") || lx.WrittenOut("spokesman", "representative of the Russian Federation") {
		t.Error("the official representative of a ministry should be, and a country's representative should not be, its spokesman")
	}
}

// A Ukrainian given name in the official romanisation ("Daryna",
// "Solomiia") makes a person of the name, so that "said Daryna Lysenko,
// spokeswoman for Prime Minister Iryna Sobko" is hers, not the prime
// minister's nor no one's; so does "Daryna Lysenko, spokeswoman for …,
// said".
func TestRomanisedGivenNamesAndTheOneSpokenFor(t *testing.T) {
	got, _ := analyse(paras(
		`"The government will not leave these families alone with their debts," said Daryna Lysenko, spokeswoman for Prime Minister Iryna Sobko.`,
		`Daryna Lysenko, spokeswoman for Prime Minister Iryna Sobko, told reporters: "Payments start on Monday."`,
		`"A field remembers everything," Solomiia Marchenko said.`,
	))
	checkQuoteSpeakers(t, got, "Daryna Lysenko", "Daryna Lysenko", "Solomiia Marchenko")
}

// "Serhiy Lytvyn, 54, who has commanded the ship for six years" commands
// it past his age, and the one commanding a ship is its captain: "the
// captain said" is him.
func TestWhoCommandsTheShipIsItsCaptain(t *testing.T) {
	got, _ := analyse(paras(
		`On the bridge stood Serhiy Lytvyn, 54, who has commanded the ship for six years.`,
		`"You don't forget how to sail. You forget how to sleep," the captain said by phone on Wednesday.`,
	))
	checkQuoteSpeakers(t, got, "Serhiy Lytvyn")
}

// A role between a name addressed and the name of the one it belongs to
// ("Oleksiy, the Russian deputy negotiator, Mr. Shubin, said …") is the
// second's, never the guest's addressed; in a list ("Emmanuel Macron,
// the French president, Keir Starmer, the British prime minister, and
// …") each role stays with the name before it.
func TestRoleBeforeTheNameItBelongsTo(t *testing.T) {
	_, d := analyse(paras(
		`Arkady Shubin, a former regulator, joined the Russian delegation. Oleksiy Danylenko worked at the plant for two decades.`,
		`NYDEGGER: Oleksiy, the Russian deputy negotiator, Mr. Shubin, said in Vienna that "the water will not wait for diplomats." Does he have a point?`,
		`The leaders present were Emmanuel Macron, the French president, Keir Starmer, the British prime minister, and Friedrich Merz.`,
	))
	found := 0
	for _, p := range d.People(nil) {
		switch p.Name {
		case "Oleksiy Danylenko":
			found++
			if slices.ContainsFunc(p.Roles, func(r string) bool { return strings.Contains(r, "negotiator") }) {
				t.Errorf("the guest addressed took the negotiator's role: %q", p.Roles)
			}
		case "Emmanuel Macron":
			found++
			if !slices.Contains(p.Roles, "French president") {
				t.Errorf("Macron: roles %q lack the one after his name in a list", p.Roles)
			}
		}
	}
	if found != 2 {
		t.Errorf("found %d of the 2 people checked", found)
	}
}

// After a title for a body the name is the run's last words, and a
// surname with its particle takes its given name with it: "the UAE's
// Minister of State Hamad Al Suwaidi" is Hamad Al Suwaidi, not "Al
// Suwaidi" with "Minister of State Hamad" for a title.
func TestParticleSurnameAfterATitleForABody(t *testing.T) {
	_, d := analyse(paras(
		`"This is what quiet diplomacy looks like," said the UAE's Minister of State Hamad Al Suwaidi, who flew in for the signing.`,
	))
	var names []string
	for _, p := range d.People(nil) {
		names = append(names, p.Name)
	}
	if !slices.Contains(names, "Hamad Al Suwaidi") {
		t.Errorf("people %q, want Hamad Al Suwaidi", names)
	}
	if len(d.Quotes) != 1 || d.Quotes[0].Speaker != "Hamad Al Suwaidi" {
		t.Errorf("quotes %+v, want one by Hamad Al Suwaidi", d.Quotes)
	}
}

// A title of a body written in lower case, or for a field, set before a
// name with a comma, is theirs: "The head of the Sumy regional military
// administration, Vadym Horbenko, said" and "The United Arab Emirates'
// special envoy for humanitarian mediation, Omar Al-Hashemi, said" (they
// were no one's), beside any a relative clause gives ("who chaired the
// closing session").
func TestLowerCaseBodyTitleBeforeAName(t *testing.T) {
	_, d := analyse(paras(
		`The head of the Sumy regional military administration, Vadym Horbenko, said about 230 police officers had secured the route.`,
		`The United Arab Emirates' special envoy for humanitarian mediation, Omar Al-Hashemi, said in a statement that "even a slow road leads somewhere."`,
		`Switzerland's state secretary for foreign affairs, Lukas Brunner, who chaired the closing session, said the timetable was tight.`,
	))
	want := map[string][]string{
		"Vadym Horbenko":  {"head of the Sumy regional military administration"},
		"Omar Al-Hashemi": {"United Arab Emirates' special envoy for humanitarian mediation"},
		"Lukas Brunner":   {"Switzerland's state secretary for foreign affairs", "chair of the closing session"},
	}
	wantRoles(t, d, want)
}

// Minutes list those present with a title of a body in brackets: "Mr
// Pavel Ignatov (Deputy Head of the Russian Delegation)" holds it.
func TestTitleOfABodyInBrackets(t *testing.T) {
	_, d := analyse(paras(
		`Present:`,
		`Ambassador Gennady Vorontsov (Head of the Russian Delegation)`,
		`Mr Pavel Ignatov (Deputy Head of the Russian Delegation)`,
	))
	wantRoles(t, d, map[string][]string{
		"Gennady Vorontsov": {"Head of the Russian Delegation"},
		"Pavel Ignatov":     {"Deputy Head of the Russian Delegation"},
	})
}

// "Its request reached the commission through Dr Larysa Hnatiuk": the
// preposition before an honorific is no part of a title.
func TestPrepositionIsNoTitle(t *testing.T) {
	_, d := analyse(paras(
		`The cooperative's request for water reached the commission through Dr Larysa Hnatiuk, who sits on it.`,
	))
	for _, p := range d.People(nil) {
		for _, r := range p.Roles {
			if strings.Contains(r, "through") {
				t.Errorf("%s: role %q", p.Name, r)
			}
		}
	}
}

// wantRoles checks that each person named in want is among d's people
// and holds the roles want gives them.
func wantRoles(t *testing.T, d *Document, want map[string][]string) {
	t.Helper()
	want = maps.Clone(want)
	for _, p := range d.People(nil) {
		for _, r := range want[p.Name] {
			if !slices.Contains(p.Roles, r) {
				t.Errorf("%s: roles %q lack %q", p.Name, p.Roles, r)
			}
		}
		delete(want, p.Name)
	}
	if len(want) > 0 {
		t.Errorf("not found: %v", want)
	}
}

// A channel's forward or a byline sets a name's title apart by a bar:
// "Forwarded from Taras Kovalchuk | Foreign Minister of Ukraine".
func TestTitleAfterABar(t *testing.T) {
	_, d := analyse(paras(
		`Forwarded from Taras Kovalchuk | Foreign Minister of Ukraine`,
		`"312 names. 312 homes where a light will come on again," Kovalchuk wrote.`,
	))
	wantRoles(t, d, map[string][]string{
		"Taras Kovalchuk": {"Foreign Minister of Ukraine"},
	})
}

// What a who's-who line, a hearing's list of those present and a
// quotation's credit set after a name is that person's title: after a
// dash as after a comma, up to a bracket the title does not close or
// the relative clause after "the Ghanaian physicist"; and a body in a
// credit in brackets ends at the bracket. A clause after a comma
// ("Andriy Lisovyi, remembers a junior lawyer who …") gives no title.
func TestAppositionsOfListsAndCredits(t *testing.T) {
	_, d := analyse(paras(
		`Also present (by video link): Dr Adwoa Mensah, head of the IASO team at the plant (observer, without the right to speak)`,
		`- Serhii Rudenko — chief engineer of the Stepova plant`,
		`"Living here changes what you notice," Dr Ama Owusu, the Ghanaian physicist who leads the team, told AFP.`,
		`12:17 | Telegram | @sorokina_mid (Yelena Sorokina, spokeswoman, Russian Ministry of Foreign Affairs)`,
		`Her first boss, Andriy Lisovyi, remembers a junior lawyer who asked for more files, not fewer.`,
	))
	checkHasRoles(t, d, map[string]string{
		"Adwoa Mensah":    "head of the IASO team at the plant",
		"Serhii Rudenko":  "chief engineer of the Stepova plant",
		"Ama Owusu":       "Ghanaian physicist",
		"Yelena Sorokina": "spokeswoman, Russian Ministry of Foreign Affairs",
	})
	roles := rolesOf(d)
	for _, r := range roles["Andriy Lisovyi"] {
		if strings.Contains(r, "lawyer") {
			t.Errorf("Andriy Lisovyi: a clause read as his title: %q", r)
		}
	}
}

// Whose someone is, set before the name that opens the sentence
// ("Rosatom's Gleb Sharapov", "The agency's Mateo Ferrandi"), leaves the
// name the subject of the speech verb after its apposition: the words
// are theirs, not no one's.
func TestOwnerBeforeTheSubject(t *testing.T) {
	got, _ := analyse(paras(
		`Rosatom's Gleb Sharapov, a deputy director general of the Russian state nuclear company, told reporters outside: "We will not hand a working station to people who cannot even drive to it."`,
		`The agency's Mateo Ferrandi, its spokesman, said: "The crews have their tools packed."`,
	))
	checkQuoteSpeakers(t, got, "Gleb Sharapov", "Mateo Ferrandi")
}

// A title after "is the" says what the sentence's subject is, not what
// the name after the comma is: "Peter Horváth is the mayor of Veľké
// Kapušany, Ágnes Horváth speaks for the Hungarian foreign ministry"
// makes him the mayor, not her. "This is the Russian chief negotiator,
// Viktor Lebedev" still introduces him with his title.
func TestTitleAfterIsIsTheSubjects(t *testing.T) {
	_, d := analyse(paras(
		`Both exist. Peter Horváth is the mayor of Veľké Kapušany, Ágnes Horváth speaks for the Hungarian foreign ministry. Not related.`,
		`Let's play a clip. This is the Russian chief negotiator, Viktor Lebedev, on Thursday night.`,
	))
	roles := rolesOf(d)
	if !slices.Contains(roles["Peter Horváth"], "mayor of Veľké Kapušany") {
		t.Errorf("Peter Horváth: roles %q, want the mayor's", roles["Peter Horváth"])
	}
	if slices.ContainsFunc(roles["Ágnes Horváth"], func(r string) bool { return strings.Contains(r, "mayor") }) {
		t.Errorf("Ágnes Horváth: roles %q, the mayor's title given to the name after it", roles["Ágnes Horváth"])
	}
	if !slices.Contains(roles["Viktor Lebedev"], "Russian chief negotiator") {
		t.Errorf("Viktor Lebedev: roles %q, want the title introducing him", roles["Viktor Lebedev"])
	}
}

// A footnote's credit ("Taras Dovhal, chief executive, Naftogaz,
// interview with the authors") gives the title to the name before it,
// and the body after it is no person; a list's spaced hyphen sets a
// title apart as a dash does; a firm named after "the auditor," is no
// person either ("Nordvik Metering Assurance").
func TestFootnoteCreditsAndFirms(t *testing.T) {
	_, d := analyse(paras(
		`[^6]: Taras Dovhal, chief executive, Naftogaz, interview with the authors, Kyiv, 27 April 2063.`,
		`* Iryna Solberg - chief metrologist at the auditor`,
		`Slovak officials will not read the meters; that is solely the task of the auditor, Nordvik Metering Assurance, whose certificates the buyer will receive.`,
	))
	roles := rolesOf(d)
	for _, body := range []string{"Naftogaz", "Nordvik Metering Assurance"} {
		if r, ok := roles[body]; ok {
			t.Errorf("a body read as a person: %s (roles %q)", body, r)
		}
	}
	if !slices.Contains(roles["Taras Dovhal"], "chief executive, Naftogaz") {
		t.Errorf("Taras Dovhal: roles %q", roles["Taras Dovhal"])
	}
	if !slices.Contains(roles["Iryna Solberg"], "chief metrologist at the auditor") {
		t.Errorf("Iryna Solberg: roles %q", roles["Iryna Solberg"])
	}
}

// A body's initials before a lower-case title word are part of the
// title, "WHO" too; the relative pronoun "who" names no body.
func TestInitialsThatSpellAWordOpenATitle(t *testing.T) {
	_, d := analyse(paras(
		`WHO country representative Claire Obenga says the cold chain held: "Every logger shows the insulin stayed in range."`,
		`Svetlana Gorbunova, the curator who travelled with the convoy, said: "Curators always talk about humidity."`,
	))
	people := map[string]Person{}
	for _, p := range d.People(nil) {
		people[p.Name] = p
	}
	if p := people["Claire Obenga"]; p.Role != "WHO country representative" || !slices.Contains(p.Organisations, "World Health Organization") {
		t.Errorf("Claire Obenga: role %q, bodies %q; want the WHO country representative", p.Role, p.Organisations)
	}
	if p := people["Svetlana Gorbunova"]; len(p.Organisations) > 0 {
		t.Errorf("Svetlana Gorbunova's bodies %q, want none: \"who travelled\" names no body", p.Organisations)
	}
}

// "MS MARSH: Mr Sandahl, first I want to put on record the committee's
// thanks to your chief engineer - …": what follows the comma after a name
// addressed is the speaker's own words, in the first person, no title
// of his ("the chief engineer" is not Sandahl, who runs the company);
// "head of the OSCE's mine action support unit" still is one ("mine" is
// no first person there).
func TestFirstPersonAfterANameIsNoTitle(t *testing.T) {
	_, doc := analyse(paras(
		`MS MARSH: Mr Sandahl, first I want to put on record the committee's thanks to your chief engineer - the other Sandahl, I should say - and to her crews. When will it be paid?`,
		`MR SANDAHL: It will be paid in February.`,
		`MS MARSH: And the hospital?`,
		`MR SANDAHL: Nobody was without power.`,
		`The mediator was Tobias Lindqvist, head of the OSCE's mine action support unit. "We keep certified copies," he said.`,
	))
	for _, p := range doc.People(nil) {
		switch {
		case strings.HasSuffix(p.Name, "Sandahl") && (p.Role != "" || len(p.Roles) > 0):
			t.Errorf("Sandahl given the words addressed to him as a title: %q %q", p.Role, p.Roles)
		case p.Name == "Tobias Lindqvist" && p.Role != "head of the OSCE's mine action support unit":
			t.Errorf("Lindqvist's role %q", p.Role)
		}
	}
}

// "the Fund's Chief Auditor", "its own Chief Auditor": a title of two
// capitalised words after a word marking a noun or an owner, no person
// called Auditor; "Chief Bondar" is still a chief called Bondar.
func TestDeterminedTitleIsNoSurname(t *testing.T) {
	_, doc := analyse(paras(
		`Joost Verhaegen, the Fund's Chief Auditor, said his office would carry out inspections. "My inspectors will be on both sites every month," Mr Verhaegen said.`,
		`The Fund is audited by its own Chief Auditor and, once a year, by an external firm.`,
		`Interview requests for the Chair and the Chief Auditor should be sent to Lise Aumont.`,
		`Chief Bondar said her crews were ready. "We go at dawn," she said.`,
	))
	names := map[string]bool{}
	for _, p := range doc.People(nil) {
		names[p.Name] = true
	}
	if names["Auditor"] {
		t.Errorf("a person called Auditor among %v", slices.Sorted(maps.Keys(names)))
	}
	if !names["Bondar"] || !names["Joost Verhaegen"] {
		t.Errorf("people %v, want Bondar and Joost Verhaegen among them", slices.Sorted(maps.Keys(names)))
	}
}

// A title set before a name after "a", with a word or two saying what
// kind and where its holder works ("A maritime lawyer in Keltse, Corin
// Tessaly, said"), introduces the name, however rare its given name;
// "Mr Tessaly" later is the same person, not another.
func TestIndefiniteTitleWithItsKindAndPlace(t *testing.T) {
	_, d := analyse(paras(
		`A maritime lawyer in Keltse, Corin Tessaly, said insurers could argue that a ship sailing at night had taken on a risk the cover was never priced for.`,
		`For the Respondent, Mr Tessaly submitted that the policy had been priced on the assumption that ships would cross in daylight.`,
	))
	var names []string
	for _, p := range d.People(nil) {
		names = append(names, p.Name)
	}
	if !slices.Equal(names, []string{"Corin Tessaly"}) {
		t.Fatalf("people %q, want only Corin Tessaly", names)
	}
	wantRoles(t, d, map[string][]string{
		"Corin Tessaly": {"maritime lawyer in Keltse"},
	})
}
