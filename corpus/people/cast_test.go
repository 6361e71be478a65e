package people

import (
	"slices"
	"strings"
	"testing"
)

// Roles are the title words next to THIS person's name: never another
// person's words in a list or in an "X of Y" phrase, never holding a
// different person's name.
func TestPeopleRolesInOneDocument(t *testing.T) {
	tests := []struct {
		name  string
		paras []string
		want  map[string]string // person -> role ("" = known without a role)
	}{
		{
			name: "a list of people with titles, and 'son-in-law of US President'",
			paras: []string{
				`In addition to European leaders, Ukrainian President Volodymyr Zelenskyy, US special envoy Steve Witkoff, and Jared Kushner, the son-in-law of US President Donald Trump took part in the talks.`,
			},
			want: map[string]string{
				"Volodymyr Zelensky": "Ukrainian President",
				"Steve Witkoff":      "US special envoy",
				"Jared Kushner":      "",
				"Donald Trump":       "US President",
			},
		},
		{
			name: "the role next to the person's quote beats a longer one seen elsewhere",
			paras: []string{
				`Marco Rubio, the former senator from Florida who now runs American diplomacy, arrived in Geneva on Sunday.`,
				`"The talks were productive and useful for everyone at the table," said US Secretary of State Marco Rubio.`,
			},
			want: map[string]string{"Marco Rubio": "US Secretary of State"},
		},
		{
			name: "the most frequent title wins over a one-off",
			paras: []string{
				`German Chancellor Friedrich Merz hosted the talks in Berlin.`,
				`Friedrich Merz, a longtime rival of the former chancellor inside his party, spoke first.`,
				`Later German Chancellor Friedrich Merz called the meeting a success.`,
			},
			want: map[string]string{"Friedrich Merz": "German Chancellor"},
		},
		{
			name: "an affiliation is kept when nothing better exists; an apposition with a job title is kept whole",
			paras: []string{
				`Susan Stewart from the German Institute for International and Security Affairs (SWP) told DW that the statement was important.`,
				`In the opinion of Claudia Major, a security expert at the German Marshall Fund of the United States, the guarantees are not comparable.`,
			},
			want: map[string]string{
				"Susan Stewart": "German Institute for International and Security Affairs (SWP)",
				"Claudia Major": "security expert at the German Marshall Fund of the United States",
			},
		},
		{
			name: "a relative clause giving a title, its object a possessive (\"who heads the ICRC's tracing work\")",
			paras: []string{
				`Marguerite Aebischer, who heads the ICRC's tracing work for the conflict, said her teams had visited detention sites.`,
			},
			want: map[string]string{"Marguerite Aebischer": "head of the ICRC's tracing work"},
		},
		{
			name: "a verb giving a title over a body named bare (\"leads Eastern Compass\"); a day or a place is no body",
			paras: []string{
				`Maksym Tkachenko leads Eastern Compass, a volunteer search group that has spent three years locating field graves.`,
				`Anna Berg heads UNESCO in Kyiv.`,
				`Olha Hrytsenko led Monday in the polls, and Petro Lytvyn led Kyiv for years.`,
			},
			want: map[string]string{"Maksym Tkachenko": "leader of Eastern Compass", "Anna Berg": "head of UNESCO", "Olha Hrytsenko": "", "Petro Lytvyn": ""},
		},
		{
			name: "a verb giving a title over an object with \"a\" (\"has operated a gantry crane\")",
			paras: []string{
				`Nadiia Borysenko, 38, has operated a gantry crane at Berth 7 for eleven years.`,
			},
			want: map[string]string{"Nadiia Borysenko": "operator of a gantry crane"},
		},
		{
			name: "a word for what someone is, right before a name the given names miss, makes a person",
			paras: []string{
				`The ship belongs to a Piraeus company controlled by the Greek shipowner Costas Andreou, which kept its crew on half pay.`,
			},
			want: map[string]string{"Costas Andreou": "Greek shipowner"},
		},
		{
			name: "a plain noun before the title word is part of it; a sentence-initial possessive is not",
			paras: []string{
				`Ukraine's infrastructure minister Taras Melnyk said exports had held up.`,
				`"The corridor works because insurers believe it works," said port director Oleh Bondar.`,
				`Hungary's government has said it will veto the package. Its prime minister, Gabor Feher, has not spoken about the document.`,
			},
			want: map[string]string{
				"Taras Melnyk": "Ukraine's infrastructure minister",
				"Oleh Bondar":  "port director",
				"Gabor Feher":  "prime minister",
			},
		},
		{
			name: "a relative's title before a name is not its holder's (\"the daughter of a miner and a schoolteacher, Hnatiuk\")",
			paras: []string{
				`Oleksandra Hnatiuk spent two decades underground.`,
				`Born in Kryvyi Rih in 2007, the daughter of a miner and a schoolteacher, Hnatiuk studied hydrogeology in Dnipro.`,
			},
			want: map[string]string{"Oleksandra Hnatiuk": ""},
		},
		{
			name: "a title in apposition after whose it is (\", her deputy on the delegation\") is the name's",
			paras: []string{
				`Oleksandra Hnatiuk is the chief negotiator.`,
				`"You can lean on a hydrant," said Andriy Chornyi, her deputy on the delegation.`,
			},
			want: map[string]string{"Andriy Chornyi": "deputy on the delegation", "Oleksandra Hnatiuk": "chief negotiator"},
		},
		{
			name: "the part someone plays on a show (\"GUEST\") gives way to the job the show gives them",
			paras: []string{
				`YULIA TKACH (PRESENTER): Good evening. In the studio with me is Mykola Drozd, deputy head of the regional military administration.`,
				`MYKOLA DROZD (GUEST): Good evening, Yulia, and good evening to everyone listening with a bucket next to the radio.`,
				`TKACH: Let's go straight to the lines.`,
			},
			want: map[string]string{"Mykola Drozd": "deputy head of the regional military administration", "Yulia Tkach": "PRESENTER"},
		},
		{
			name: "a factbox's label in capitals (\"THE DRIVER:\") is the role of the name after it",
			paras: []string{
				`Here are some facts about the crossing: THE DRIVER: Vasyl Tkachenko, 58, has driven trains in the region for 34 years. "At ten kilometres an hour you feel every bolt," he said.; THE GOVERNOR: Roman Tkachenko met the train on the platform.`,
			},
			want: map[string]string{"Vasyl Tkachenko": "driver", "Roman Tkachenko": "governor"},
		},
		{
			name: "a transcript's label is no role of whom the turn addresses, nor of its first word",
			paras: []string{
				`THE CHAIR (Oksana Lytvyn, Democratic Alliance): Good morning. The hearing is open.`,
				`THE CHAIR: Thank you. Mr Horbach.`,
				`THE CHAIR: Mr Horbach, you have had your question.`,
				`OLEH HORBACH (Renewal Party): I have not had an answer.`,
			},
			want: map[string]string{"Oksana Lytvyn": "Chair", "Oleh Horbach": "Renewal Party"},
		},
		{
			name: "a guest list's credit after a dash is the guest's, and the firm in it no one",
			paras: []string{
				`Ewa Zielinska — senior analyst, Baltic-Black Sea Policy Forum, Warsaw; Martin Aebi — project engineer, Kessler Brückenbau, Bern`,
			},
			want: map[string]string{"Ewa Zielinska": "senior analyst, Baltic-Black Sea Policy Forum, Warsaw", "Martin Aebi": "project engineer, Kessler Brückenbau, Bern"},
		},
		{
			name: "a title set before a name, then where its holder serves",
			paras: []string{
				`On the far bank, the chief vet there, Dr Yelena Voronova, spoke to us by phone from Pryluzhne.`,
				`Across the river, the chief vet on the other bank, Dr Olena Marchuk, found him.`,
			},
			want: map[string]string{"Yelena Voronova": "chief vet", "Olena Marchuk": "chief vet on the other bank"},
		},
		{
			name: "a box of key people, each title after a dash in lower case",
			paras: []string{
				`Dr Yelena Voronova - chief vet on the far bank`,
				`Colonel Arkady Rusin - head of the other delegation`,
			},
			want: map[string]string{"Yelena Voronova": "chief vet on the far bank", "Arkady Rusin": "head of the other delegation"},
		},
		{
			name: "a clip's credit in capitals, with a title and a place after the name",
			paras: []string{
				`CLIP: DR YELENA VORONOVA, VET, PRYLUZHNE (0'18")`,
			},
			want: map[string]string{"Yelena Voronova": "Vet, Pryluzhne"},
		},
		{
			name: "a sentence's first word before the address is no title",
			paras: []string{
				`Dr Yelena Voronova runs the clinic in Pryluzhne.`,
				`If Dr Voronova calls me tonight, I will pick up the phone.`,
				`Because Dr Voronova stayed, the clinic stayed open.`,
			},
			// Her role is what she does ("runs the clinic"), not "If" or "Because".
			want: map[string]string{"Yelena Voronova": "head of the clinic"},
		},
		{
			name: "a bracket naming someone else after a title is no part of it; spaced initials are one name's",
			paras: []string{
				`Article 3. The Zarichne Regional Fire and Rescue Service (O. V. Bondar) shall keep 300 personnel on the perimeter.`,
				`2. Oksana Bondar, head of the Zarichne Regional Fire and Rescue Service (no relation to deputy interior minister Yurii Bondar), on the ban on ground crews: "Every metre inside that fence could be a mine."`,
			},
			want: map[string]string{"Oksana Bondar": "head of the Zarichne Regional Fire and Rescue Service", "Yurii Bondar": "deputy interior minister"},
		},
		{
			name: "'Dr.' with its stop is how someone is addressed, as 'Dr' is",
			paras: []string{
				`Dr. Andriy Koval said the wards were full.`,
				`Dr. Halyna Petrenko, head of the rehabilitation unit, said most had lost weight.`,
			},
			want: map[string]string{"Andriy Koval": "Dr", "Halyna Petrenko": "head of the rehabilitation unit"},
		},
		{
			name: "a title of a country, its name in words a name could be, is no one named",
			paras: []string{
				`Spokesman Andriy Savchuk passed on her thanks to the President of the United Arab Emirates for the mediation.`,
			},
			want: map[string]string{"Andriy Savchuk": "Spokesman"},
		},
		{
			name: "member states and a phone line are no one",
			paras: []string{
				`Since February 2022, the EU and its Member States have made available more than EUR 195 billion to Ukraine, spokesperson Nadine Keller said.`,
				"FDFA Communication — Nadine Keller, spokesperson\nTel. +41 58 462 31 53 · kommunikation@eda.admin.example",
			},
			want: map[string]string{"Nadine Keller": "spokesperson"},
		},
		{
			name: "an aside setting someone apart from a namesake is no part of their title",
			paras: []string{
				`Jari Koskinen, chief executive of Pohjola Aerial Systems and no relation of the envoy, said the drones were ready.`,
			},
			want: map[string]string{"Jari Koskinen": "chief executive of Pohjola Aerial Systems"},
		},
		{
			name: "a surname with a title of one kind, then a namesake in full with a title of another: two people",
			paras: []string{
				`The final run of the day has tied up. Captain Bondar told us it was his fourteenth trip across since dawn.`,
				`It is 33 degrees in the shade. Halyna Bondar, the nurse running the medical tent by the landing, says her team has seen 17 people.`,
			},
			want: map[string]string{"Bondar": "Captain", "Halyna Bondar": "nurse running the medical tent by the landing"},
		},
		{
			name: "a name ends at the sentence end",
			paras: []string{
				`"Europe must never again be divided," said Estonian foreign minister Kaja Mets. She argued for a clear trigger.`,
			},
			want: map[string]string{"Kaja Mets": "Estonian foreign minister"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, ps := analyse(paras(tt.paras...))
			got := map[string]string{}
			for _, p := range ps.People(nil) {
				got[p.Name] = p.Role
			}
			for name, role := range tt.want {
				r, ok := got[name]
				if !ok {
					t.Errorf("%s not found; people %q", name, got)
					continue
				}
				if r != role {
					t.Errorf("%s role = %q, want %q", name, r, role)
				}
			}
			for name, role := range got {
				for other := range got {
					if other != name && strings.Contains(role, Default().Surname(other)) {
						t.Errorf("%s role %q holds %s's name", name, role, other)
					}
				}
				if _, ok := tt.want[name]; !ok && len(tt.want) > 0 {
					t.Errorf("unexpected person %q (role %q)", name, role)
				}
			}
		})
	}
}

// A sentence's predicate gives its subject a title too: "X is to head
// the Y" makes X the head of the Y; "X spent years as a Z" a Z.
func TestPredicateRoles(t *testing.T) {
	_, d := analyse(paras(
		`General Jonas Brandt, a former tank commander, is to head the planned ceasefire monitoring mission.`,
		`Birgit Sand spent four years as a ceasefire monitor in eastern Ukraine.`,
		`Anna Lind was in Kyiv as a guest of the mayor.`,
	))
	roles := map[string][]string{}
	for _, p := range d.People(nil) {
		roles[p.Name] = p.Roles
	}
	for name, want := range map[string]string{"Jonas Brandt": "head of the planned ceasefire monitoring mission", "Birgit Sand": "ceasefire monitor"} {
		if !contains(roles[name], want) {
			t.Errorf("%s roles %q lack %q", name, roles[name], want)
		}
	}
	// "has been X of Y", "has led the Y": the title of a body.
	_, d2 := analyse(paras(
		`Olga Marsh has been chief executive of GridCo, the state operator, since March.`,
		`Halyna Rudko has led the military administration of Prybrezhne since 2023.`,
	))
	for _, p := range d2.People(nil) {
		roles[p.Name] = p.Roles
	}
	for name, want := range map[string]string{"Olga Marsh": "chief executive of GridCo", "Halyna Rudko": "leader of the military administration of Prybrezhne"} {
		if !contains(roles[name], want) {
			t.Errorf("%s roles %q lack %q", name, roles[name], want)
		}
	}
	if len(roles["Anna Lind"]) != 0 {
		t.Errorf("Anna Lind roles %q: 'as a guest' is no title", roles["Anna Lind"])
	}
	// A numbered object: "drives truck 9", "leads Team 7", "flew Kestrel
	// 14"; "drives trucks for a living" none.
	_, d3 := analyse(paras(
		`Stefan Hora, 47, who drives truck 9, has been standing by his cab since the morning.`,
		`Svitlana Kravets, who leads Team 7, has been on the fields since the first week.`,
		`Ivana Rukavina, who flew Kestrel 14, kept to the corridor.`,
		`Oleh Dub, who drives trucks for a living, waited.`,
	))
	for _, p := range d3.People(nil) {
		roles[p.Name] = p.Roles
	}
	for name, want := range map[string]string{"Stefan Hora": "driver of truck 9", "Svitlana Kravets": "leader of Team 7", "Ivana Rukavina": "pilot of Kestrel 14"} {
		if !contains(roles[name], want) {
			t.Errorf("%s roles %q lack %q", name, roles[name], want)
		}
	}
	if len(roles["Oleh Dub"]) != 0 {
		t.Errorf("Oleh Dub roles %q: 'drives trucks for a living' is no title", roles["Oleh Dub"])
	}
}

// A capitalised name ending in an organisation's head word is a body,
// though a title stands before it or its first word is a given name:
// "NATO's Allied Land Command", "the German Marshall Fund".
func TestBodiesAreNotPeople(t *testing.T) {
	got, cast := analyse(paras(
		`Lieutenant General Ross Whitcombe, a former deputy commander of NATO's Allied Land Command, said the force would reassure. "It is not a tripwire," he said.`,
		`Claudia Major, a security expert at the German Marshall Fund of the United States, disagreed.`,
	))
	for _, p := range cast.People(nil) {
		if strings.Contains(p.Name, "Command") || strings.Contains(p.Name, "Fund") {
			t.Errorf("%q read as a person", p.Name)
		}
	}
	for _, q := range got {
		if q.Speaker != "Ross Whitcombe" {
			t.Errorf("%q given to %q, want Ross Whitcombe", q.Text, q.Speaker)
		}
	}
}

// Who a document names, beyond the given names the lexicon knows: a pair
// of capitalised words in apposition with a title ("Kadri Tamm, Estonia's
// foreign minister,"); a surname whose particle is written lower case
// ("van Aalst said", "van den Berg said") is the person named in full
// before; a name with a
// diacritic the folding changes is still counted where it stands
// ("Aydın"); a word with a capital inside ("UkrTransGrid") is a company,
// "McDonald" a person; a given name alone in apposition with what they
// do ("Mykola, a fisherman who …") is a person.
func TestWhoADocumentNames(t *testing.T) {
	quotes, d := analyse(paras(
		`Kadri Tamm, Estonia's foreign minister, arrived late. "A decoration is not a deterrent," she said.`,
		`Dutch Defence Minister Pieter van Aalst spoke next. "Somebody has to protect the skies over Kyiv," van Aalst said.`,
		`Turkey's deputy foreign minister, Kerem Aydın, chaired the session.`,
		`"Repairs will take three weeks at least," grid operator UkrTransGrid said. "We lost two substations overnight," said Colonel Ewan McDonald.`,
		`Mykola, a fisherman who has taken his boat out for 31 years, stayed ashore. "The sea does not read the news from Geneva," he said.`,
		`The commission sat under the Deputy Head of Mission, Colonel Pieter van den Berg. "Eleven times, and each time somebody was unhappy," van den Berg said.`,
	))
	people := map[string]Person{}
	for _, p := range d.People([]string{`Turkey's deputy foreign minister, Kerem Aydın, chaired the session.`}) {
		people[p.Name] = p
	}
	for _, name := range []string{"Kadri Tamm", "Pieter van Aalst", "Kerem Aydın", "Ewan McDonald", "Mykola", "Pieter van den Berg"} {
		if _, ok := people[name]; !ok {
			t.Errorf("%s is not among the people %v", name, people)
		}
	}
	for name := range people {
		if name == "Aalst" || name == "UkrTransGrid" || name == "Berg" || name == "Pieter" {
			t.Errorf("%q read as a person of its own", name)
		}
	}
	if people["Kerem Aydın"].Mentions != 1 {
		t.Errorf("Kerem Aydın mentioned %d times in the passage naming him, want 1", people["Kerem Aydın"].Mentions)
	}
	want := map[string]string{
		"A decoration is not a deterrent,":                  "Kadri Tamm",
		"Somebody has to protect the skies over Kyiv,":      "Pieter van Aalst",
		"Repairs will take three weeks at least,":           "",
		"We lost two substations overnight,":                "Ewan McDonald",
		"The sea does not read the news from Geneva,":       "Mykola",
		"Eleven times, and each time somebody was unhappy,": "Pieter van den Berg",
	}
	for _, q := range quotes {
		if w, ok := want[q.Text]; ok && q.Speaker != w {
			t.Errorf("%q given to %q, want %q", q.Text, q.Speaker, w)
		}
	}
}

// A title above the paragraphs names people for them: "MINISTER KOVAL:"
// in a transcript headed "… of Ukraine's foreign minister Andrii Koval"
// is Andrii Koval, Ukrainian foreign minister, not a second Koval.
func TestHeadingNamesTheSpeakers(t *testing.T) {
	d, err := Default().Analyse(paras(
		`MINISTER KOVAL: Ukraine wants a just peace, not a pause that Russia will use to reload.`,
		`QUESTION (Radio): Has the text been sent to Moscow?`,
		`MINISTER KOVAL: No, and it will not be. The guarantees are between Ukraine and its partners.`,
	), Options{Heading: "Transcript: joint press conference of Ukraine's foreign minister Andrii Koval and Italy's foreign minister Giulia Ferrante"})
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range d.Quotes {
		if q.Speaker != "Andrii Koval" {
			t.Errorf("%q given to %q, want Andrii Koval", q.Text, q.Speaker)
		}
	}
	if len(d.Quotes) != 2 {
		t.Errorf("%d quotes, want 2", len(d.Quotes))
	}
	for _, p := range d.People(nil) {
		if p.Name == "Koval" {
			t.Errorf("a second Koval: %+v", p)
		}
		if p.Name == "Andrii Koval" && p.Role != "Ukrainian foreign minister" {
			t.Errorf("Andrii Koval's role %q, want the heading's fuller title", p.Role)
		}
	}
}

// A surname keeps its particles; a name that opens with one is a surname
// alone, as a sentence's first word capitalises it.
func TestSurnameParticles(t *testing.T) {
	for full, want := range map[string]string{
		"Ursula von der Leyen": "von der Leyen",
		"Pieter van Aalst":     "van Aalst",
		"Van Aalst":            "Van Aalst",
		"Amina Okafor-Reyes":   "Okafor-Reyes",
		"Dmitry Peskov":        "Peskov",
	} {
		if got := Default().Surname(full); got != want {
			t.Errorf("Surname(%q) = %q, want %q", full, got, want)
		}
	}
}

// Two people sharing a surname are told apart where the text calls one of
// them by it: "Ms Gallagher" is the woman, "Deputy Gallagher" the one
// holding that title; the pronoun after "Ms Gallagher said that …" is
// hers, not that of the member named before her. "Deputy Ó Briain" is
// the "Pádraig Ó Briain" of the list: a surname with its particle.
func TestSharedSurnameByHonorificOrTitle(t *testing.T) {
	got, d := analyse(paras(
		`Members present: Deputy Seán Gallagher (FF), Deputy Pádraig Ó Briain (SD). In attendance: Ms Niamh Gallagher, Special Envoy of the Minister for Foreign Affairs.`,
		`3.7 Deputy Gallagher (FF) noted for the record that he was no relation of the envoy. He said: "The committee should receive quarterly reports on the fund."`,
		`3.10 Deputy Ó Briain (SD) asked how families of the missing were being consulted. Ms Gallagher said that she had met some 40 families. She said: "I have sat in kitchens with mothers who keep a son's room as it was."`,
		`3.11 Ms Gallagher said: "We are not asking anyone to trust anyone."`,
	))
	checkQuoteSpeakers(t, got, "Seán Gallagher", "Niamh Gallagher", "Niamh Gallagher")
	var names []string
	for _, p := range d.People(nil) {
		names = append(names, p.Name)
	}
	if slices.Contains(names, "Ó Briain") {
		t.Errorf("people %q: Deputy Ó Briain read as someone other than Pádraig Ó Briain", names)
	}
}

// A namesake named only to be set apart ("no relation of Halyna
// Bondar") does not make the surname alone anyone's: "Bondar told" is
// the one introduced, and the namesake, once named as herself, makes it
// no one's again.
func TestSurnameOfNamesakeSetApart(t *testing.T) {
	got, _ := analyse(paras(
		`The bodies travel by train. Petro Bondar, who heads the railway's special transport unit - and who is no relation of Halyna Bondar of the families' association - has run the train since 2053.`,
		`"We drive it slower than a freight train, on purpose," Bondar told Eastern Review.`,
		`Halyna Bondar, the association's spokeswoman, met the train in Kyiv.`,
		`"We counted every wagon," Bondar said.`,
	))
	checkQuoteSpeakers(t, got, "Petro Bondar", "")
}

// A relative introduced as one ("Her mother, Nadiia Hnatiuk,") speaks by
// "she said" right after, not the daughter the paragraph began with; and
// the surname alone after that is still the daughter's, whom the profile
// is about, never the mother's.
func TestRelativeSharingTheSurname(t *testing.T) {
	got, _ := analyse(paras(
		`Oleksandra Hnatiuk spent two decades underground before she sat down opposite Moscow.`,
		`Hnatiuk, 52, is Ukraine's chief negotiator at the talks on water.`,
		`Her mother, Nadiia Hnatiuk, a retired geography teacher, remembers the first sign. "She took the kettle apart when she was six," she said.`,
		`Hnatiuk does not dispute the missing sentence. "I can have the sentence in ten years, or I can have water in June," she said.`,
		`His son, Maksym Petrenko, drives the water truck. "Ten days of boiling we can live with," said Petrenko.`,
	))
	checkQuoteSpeakers(t, got, "Nadiia Hnatiuk", "Oleksandra Hnatiuk", "Maksym Petrenko")
}

// Verbs joined by "and" share their clause's subject: "Last June, the
// minister stood in this very place and told us, and I quote, "…""
// is the minister's, as "Dmitry Osokin rejected the jurisdiction and
// described the transfer as "…"" is Osokin's.
func TestCoordinatedVerbsShareTheSubject(t *testing.T) {
	got, _ := analyse(paras(
		`Foreign Minister Claire Beaumont opened the debate. "This is insurance," she said.`,
		`Gordon Whitaker, an opposition MP, was not convinced. Last June, the minister stood in this very place and told us, and I quote, "not one dollar will leave Canada without a receipt." I would like to see the receipt.`,
		`Speaking for the Russian Federation, Dmitry Osokin rejected the Tribunal's jurisdiction and described the transfer as "theft dressed in a judge's gown".`,
	))
	checkQuoteSpeakers(t, got, "Claire Beaumont", "Claire Beaumont", "Dmitry Osokin")
}

// A name after "says" whose given name the lexicon does not know is
// someone when a title written with a hyphen follows ("Haruki Tanabe,
// senior vice-president of …"); an adverb between a name and its verb
// ("already said as much") leaves the name the subject.
func TestHyphenTitleAndAdverbBeforeTheVerb(t *testing.T) {
	got, _ := analyse(paras(
		`"This money buys harvests, not headlines," says Haruki Tanabe, senior vice-president of the Japan International Cooperation Agency (JICA).`,
		`Oksana Levchenko already said as much to The Meridian: "Every month we wait, another family decides not to go back at all."`,
	))
	checkQuoteSpeakers(t, got, "Haruki Tanabe", "Oksana Levchenko")
}

// What one of two namesakes is reported to have said carries their own
// title, not the other's.
func TestReportedSpeechOfNamesakeKeepsTheirTitle(t *testing.T) {
	_, d := analyse(paras(
		`Halyna Bondar, spokeswoman for the families' association, said relatives had "learned to count handovers".`,
		`Petro Bondar, who heads the railway's special transport unit, has run the train since 2053.`,
		`On Saturday, Petro Bondar told Reuters that the wagons would be cooled to two degrees.`,
	))
	if len(d.Reported) == 0 {
		t.Fatalf("no reported speech read")
	}
	for _, r := range d.Reported {
		if r.Speaker == "Petro Bondar" && !strings.Contains(r.Role, "transport unit") {
			t.Errorf("Petro Bondar reported as %q, want his own title", r.Role)
		}
	}
}

// What "the" names is a thing, whatever its first word: "the Aurelia
// Dawn", a ship in apposition, is no person, while the captain named
// bare beside it is one.
func TestTheNamesAThing(t *testing.T) {
	_, d := analyse(paras(
		`The first ship, the Aurelia Dawn, cast off at 6:40 a.m. with 31,500 tonnes of corn. Its master, Captain Mehmet Aksoy, said the river was calm.`,
	))
	var names []string
	for _, p := range d.People(nil) {
		names = append(names, p.Name)
	}
	if slices.Contains(names, "Aurelia Dawn") {
		t.Errorf("a ship read as a person: %q", names)
	}
	if !slices.Contains(names, "Mehmet Aksoy") {
		t.Errorf("people %q, want the captain", names)
	}
}

// What a writer calls someone just named instead of repeating the name
// ("Marguerite Aebischer has not slept much. The Swiss lawyer heads the
// … team") is a title of theirs, and so is what that sentence says they
// head; not a word the text used before for someone else ("A bus driver
// … The driver says"), not an office ("The president"), not many ("The
// mediators"). A full name the text has given before is that person again,
// whatever the lexicon knows of the given name ("Marguerite").
func TestEpithetAfterTheName(t *testing.T) {
	got, d := analyse(paras(
		`Marguerite Aebischer, who heads the ICRC's tracing work, said the lists were ready.`,
		`Two days before the crossing, Marguerite Aebischer has not slept much. The Swiss lawyer heads the International Committee of the Red Cross team that traces missing people. "We are the last people to speak to each prisoner alone," she said.`,
		`A bus driver waits at the border. Ivan Petrenko checks the list. The driver says the road is clear.`,
		`Taras Melnychuk spoke first. The president later called the deal historic.`,
		`Olena Bilyk signed for the ministry. The mediators left before noon.`,
	))
	checkQuoteSpeakers(t, got, "Marguerite Aebischer")
	for _, p := range d.People(nil) {
		switch p.Name {
		case "Marguerite Aebischer":
			if !slices.Contains(p.Roles, "Swiss lawyer") || !slices.Contains(p.Roles, "head of the International Committee of the Red Cross team") {
				t.Errorf("Aebischer's titles %q, want Swiss lawyer and head of the team", p.Roles)
			}
		case "Ivan Petrenko", "Taras Melnychuk", "Olena Bilyk":
			if len(p.Roles) > 0 && p.Roles[0] != "" {
				t.Errorf("%s given titles %q", p.Name, p.Roles)
			}
		}
	}
}
