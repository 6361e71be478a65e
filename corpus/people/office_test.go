package people

import (
	"slices"
	"strings"
	"testing"
)

// A title written in full after a name ("Chief Dispatcher of Energonet
// Ukraine"), one with its own "of" before what it is for ("Minister of
// State for Foreign Affairs") and one in a committee's list of members
// ("(Chair)") are the person's role; the capitalised title is never a
// person of its own.
func TestOfficesWrittenOut(t *testing.T) {
	got, d := analyse(paras(
		`Serhiy Marchenko, Chief Dispatcher of Energonet Ukraine, said the rest of the country had not been affected: "There are no scheduled outages today."`,
		`Saudi Minister of State for Foreign Affairs Abdulaziz Al-Mutairi, who chaired the final session, told reporters the deal meant "millions of families will not have to count the hours of light."`,
		`Members present: Dame Caroline Ashby (Chair); Rhys Morgan; Priya Ramaswamy.`,
	))
	roles := checkRoles(t, d, map[string]string{
		"Serhiy Marchenko":     "Chief Dispatcher of Energonet Ukraine",
		"Abdulaziz Al-Mutairi": "Saudi Minister of State for Foreign Affairs",
		"Caroline Ashby":       "Chair",
	})
	if _, ok := roles["Dispatcher"]; ok {
		t.Errorf("a title read as a person: %v", roles)
	}
	checkQuoteSpeakers(t, got, "Serhiy Marchenko", "Abdulaziz Al-Mutairi")
}

// "The Saudi mediator said", after a paragraph naming the Saudi minister
// who chaired the talks, is that minister: a part played in talks
// (mediator, negotiator) is no office anyone holds by that name. Two
// Saudis named leave it open, and no Saudi at all leaves it unattributed.
func TestPartInTalksByCountry(t *testing.T) {
	intro := `Saudi Minister of State for Foreign Affairs Abdulaziz Al-Mutairi, who chaired the final session, spoke to reporters.`
	quote := `"This is not peace, and nobody in this room pretends that it is," the Saudi mediator said.`
	got, _ := analyse(paras(intro, quote))
	checkQuoteSpeakers(t, got, "Abdulaziz Al-Mutairi")

	got, _ = analyse(paras(intro, `Saudi Energy Minister Faisal Al-Harbi sat beside him.`, quote))
	checkQuoteSpeakers(t, got, "")

	got, _ = analyse(paras(`Swiss special envoy Lukas Imboden spoke to reporters.`, quote))
	checkQuoteSpeakers(t, got, "")
}

// The part a text gives someone it attributes words to by it ("the
// Turkish mediator said", of the Turkish minister who chaired the talks)
// becomes one of their roles, so a question asking for the Turkish
// mediator finds him.
func TestPartInTalksIsARole(t *testing.T) {
	_, d := analyse(paras(
		`Selim Arslan, Turkey's deputy foreign minister, chaired the talks and is widely credited with saving them.`,
		`The Turkish mediator described the maps clause as "the key that opens all the other doors."`,
		`"Without the records, the minehunters are searching a field in the dark," the Turkish mediator said.`,
	))
	for _, p := range d.People(nil) {
		if p.Name == "Selim Arslan" {
			if !contains(p.Roles, "Turkish mediator") {
				t.Errorf("Selim Arslan's roles %q lack the part the text gives him", p.Roles)
			}
			return
		}
	}
	t.Error("Selim Arslan not found")
}

// An unnamed source placed somewhere ("one Western diplomat in Riyadh")
// is labelled by what they are, never by the place: a reader would take
// "— Riyadh" for the government speaking.
func TestUnnamedSourceIsNotThePlace(t *testing.T) {
	got, _ := analyse(paras(
		`"Everything depends on the first two weeks," one Western diplomat in Riyadh said, speaking on condition of anonymity.`,
		`"The deal is fragile," a senior European official in Brussels said.`,
		`"We will answer any strike on our power plants in kind," an official at the Kremlin said.`,
	))
	want := []string{"Western diplomat", "senior European official", "official"}
	if len(got) != len(want) {
		t.Fatalf("%d quotes, want %d: %+v", len(got), len(want), got)
	}
	for i, q := range got {
		if q.Speaker != "" || q.Role != want[i] {
			t.Errorf("%q: speaker %q, role %q; want no name, role %q", q.Text, q.Speaker, q.Role, want[i])
		}
	}
}

// A country in brackets after a titled name says where the holder is
// from ("Judge Thomas Whitcombe (United Kingdom)": a British judge), not
// that they represent it, as it does of a delegate named alone; and a
// title of a body set before a name keeps across an honorific ("The
// representative of the United Kingdom, Dame Fiona Ashcombe,"), as does a
// delegate's country before their name ("Speaking for the Russian
// Federation, Dmitry Osokin").
func TestJudgesAndRepresentatives(t *testing.T) {
	_, d := analyse(paras(
		`Presiding Judge Hendrika van Leeuwen (Netherlands); Judge Thomas Whitcombe (United Kingdom); Judge Ulrike Brandt (Germany).`,
		`The representative of the United Kingdom, Dame Fiona Ashcombe, said her Government would contribute 40 million pounds.`,
		`Ms. Ilze Ozola (Latvia) said the Council should act.`,
		`Speaking for the Russian Federation, Dmitry Osokin rejected the jurisdiction. He said the seat was "a seat without a voice".`,
		`Japan's ambassador to Ukraine, Kaori Nishimura, said the machines reflected Japan's own history.`,
	))
	checkRoles(t, d, map[string]string{
		"Hendrika van Leeuwen": "Dutch Presiding Judge",
		"Thomas Whitcombe":     "British Judge",
		"Ulrike Brandt":        "German Judge",
		"Fiona Ashcombe":       "representative of the United Kingdom",
		"Ilze Ozola":           "Latvian representative",
		"Dmitry Osokin":        "representative of the Russian Federation",
		"Kaori Nishimura":      "Japan's ambassador to Ukraine",
	})
}

// A surname two people of a text share names the one introduced so far
// until the second is: a profile calls its subject "Kravets" long before
// it says she "is married to a cardiologist, Andrii Kravets"; after that,
// "Kravets" alone names neither.
func TestSurnameBeforeTheNamesakeIsIntroduced(t *testing.T) {
	got, _ := analyse(paras(
		`Deputy Foreign Minister Solomiia Kravets spent fifteen years on the frozen reserves.`,
		`"Auditors are the people who find out where the money went," Kravets said.`,
		`She is married to a cardiologist, Andrii Kravets, who works at a Kyiv hospital.`,
		`"The hospital never closes," Kravets said.`,
	))
	checkQuoteSpeakers(t, got, "Solomiia Kravets", "")
}

// A digest of posts credits each with its heading ("08:05 — Solomiia
// Kravets, Deputy Foreign Minister of Ukraine (@kravets_s)"): the quote
// set alone under it is that person's, or that body's when the heading
// names one ("07:12 — Ministry of Finance of Ukraine (@minfin_ua)"). A
// heading that is a title, with no time or handle, credits no one.
func TestPostCreditedByItsHeading(t *testing.T) {
	got, d := analyse(paras(
		`## 07:12 — Ministry of Finance of Ukraine (@minfin_ua)`,
		`"Today the first tranche of 38 billion euros will be credited to the fund."`,
		`## 08:05 — Solomiia Kravets, Deputy Foreign Minister of Ukraine (@kravets_s)`,
		`"Fifteen years ago I wrote a memo arguing that this money could be used for reparations."`,
		`## Yevgenia Larina on the transfer`,
		`"Those who are celebrating in Warsaw today should ask where their money is kept."`,
	))
	if len(got) != 3 {
		t.Fatalf("%d quotes, want 3: %+v", len(got), got)
	}
	if got[0].Speaker != "" || got[0].Role != "Ministry of Finance of Ukraine" {
		t.Errorf("the ministry's post: speaker %q, role %q", got[0].Speaker, got[0].Role)
	}
	if got[1].Speaker != "Solomiia Kravets" {
		t.Errorf("the minister's post: speaker %q", got[1].Speaker)
	}
	if got[2].Speaker != "" {
		t.Errorf("a quote under a heading that is a title: speaker %q", got[2].Speaker)
	}
	checkRoles(t, d, map[string]string{"Solomiia Kravets": "Deputy Foreign Minister of Ukraine"})
}

// Roles as credits and transcripts write them: a title closing its line
// after a name ("Daniel Halvorsen, Deputy Department Spokesperson"), with
// the unit, body and city after it; a bare apposition under a
// pull quote ("— Jonas Breitkopf, team leader, Safe Fields Initiative"),
// a transcript's label with the body after the title, a capitalised word
// for a person before "of" ("the Registrar of the Court, …") and a title
// for something plain ("Norway's special envoy for the talks, …"). A
// sentence's end before a name is no part of its title ("… by Phase One.
// Dr Weissmüller").
func TestRolesAsCreditsWriteThem(t *testing.T) {
	got, d := analyse(paras(
		`Norway's special envoy for the talks, Torbjørn Lysne, chairs the first session.`,
		`"A warrant is not a verdict," said the Registrar of the Court, Ana Lucia Ferreyra.`,
		`> ‘A good map is a gift, and some of these maps are good.’ — Jonas Breitkopf, team leader, Safe Fields Initiative`,
		`GENNADY ZOTOV, RETIRED COLONEL, MOSCOW CENTRE FOR STRATEGIC ASSESSMENTS: It is a tragedy, and nobody in Moscow denies that.`,
		`MARYNA KOSTENKO, MP, DEPUTY CHAIR OF THE DEFENCE COMMITTEE: Thank you. Let me be blunt.`,
		`The money was paid for by Phase One. Dr Katrin Weissmüller said so.`,
		`Daniel Halvorsen, Deputy Department Spokesperson`,
		`**Dr Tobias Brandauer**, Senior Fellow, Nuclear Security Programme, Kahlenberg Institute for Security Policy, Vienna`,
	))
	checkRoles(t, d, map[string]string{
		"Torbjørn Lysne":     "Norway's special envoy for the talks",
		"Ana Lucia Ferreyra": "Registrar of the Court",
		"Jonas Breitkopf":    "team leader, Safe Fields Initiative",
		"Gennady Zotov":      "Retired Colonel, Moscow Centre for Strategic Assessments",
		"Maryna Kostenko":    "MP, Deputy Chair of the Defence Committee",
		"Daniel Halvorsen":   "Deputy Department Spokesperson",
		"Tobias Brandauer":   "Senior Fellow, Nuclear Security Programme, Kahlenberg Institute for Security Policy, Vienna",
	})
	for _, p := range d.People(nil) {
		for _, r := range p.Roles {
			if strings.Contains(r, ".") {
				t.Errorf("%s has a role crossing a sentence's end: %q", p.Name, r)
			}
		}
	}
	checkQuoteSpeakers(t, got, "Ana Lucia Ferreyra", "Jonas Breitkopf", "Gennady Zotov", "Maryna Kostenko")
}

// Quotations in curly single marks, as British outlets write them, are
// quotations; the same mark as an apostrophe (don’t, the deminers’ union)
// neither opens nor closes one.
func TestSingleQuotationMarks(t *testing.T) {
	got, _ := analyse(paras(
		`‘We don’t read the sheets any more,’ said Larysa Tymchuk, a team leader. ‘The deminers’ union agrees.’`,
		`The ‘map clause’ was dropped, Lars Eide wrote.`,
	))
	var texts []string
	for _, q := range got {
		texts = append(texts, q.Text)
		if q.Speaker != "Larysa Tymchuk" {
			t.Errorf("quote %q given to %q", q.Text, q.Speaker)
		}
	}
	want := []string{"We don’t read the sheets any more,", "The deminers’ union agrees."}
	if !slices.Equal(texts, want) {
		t.Errorf("quotes %q, want %q", texts, want)
	}
}

// Where someone is from, as letters pages sign and reports introduce
// people: "Olena Hrytsak, Vinnytsia" on a line of its own, "Liudmyla
// Shapoval, 58, from Sumy", "a school cook from Nizhyn". A body after a
// name on such a line is no town.
func TestWhereSomeoneIsFrom(t *testing.T) {
	_, d := analyse(paras(
		`So when I read that Russia has promised a full list, I did not celebrate.`,
		`Olena Hrytsak, Vinnytsia`,
		`Dozens of families waited. Liudmyla Shapoval, 58, from Sumy, has come every week.`,
		`Nadiia Kovalenko, 52, a school cook from Nizhyn who is no relation to the marine, held up a photograph.`,
		`Jenna MacLeod, CBC News`,
	))
	roles := checkRoles(t, d, map[string]string{
		"Olena Hrytsak":     "from Vinnytsia",
		"Liudmyla Shapoval": "from Sumy",
		"Nadiia Kovalenko":  "school cook from Nizhyn",
	})
	if r := roles["Jenna MacLeod"]; r != "" {
		t.Errorf("Jenna MacLeod given role %q from her outlet", r)
	}
}

// Titles set before a name with a comma in the forms wires use: a
// title's own "of" before its "for" ("Qatar's Minister of State for
// International Cooperation, Khalid …"), whose title it is in capitalised
// words ("the Holy See's special envoy, Cardinal Matteo Fiorani"), a job
// before "Dr" ("The ICRC's chief tracing delegate, Dr Annika Lindqvist"),
// and a verb heading a body someone's ("who heads Ukraine's Coordination
// Headquarters"), a title with a hyphen for a field ("UNESCO's Assistant
// Director-General for Culture, Amadou Diallo"). "The Qatari mediator said" is then the Qatari minister.
func TestTitlesBeforeANameInWireCopy(t *testing.T) {
	got, d := analyse(paras(
		`The protocol was signed by Dmytro Savchuk, who heads Ukraine's Coordination Headquarters for the Treatment of Prisoners of War. Qatar's Minister of State for International Cooperation, Khalid bin Rashid Al-Mansouri, and the Holy See's special envoy, Cardinal Matteo Fiorani, signed as witnesses.`,
		`"Nobody in that room got everything they wanted," the Qatari mediator told reporters.`,
		`The ICRC's chief tracing delegate, Dr Annika Lindqvist, said her teams would interview every child.`,
		`UNESCO's Assistant Director-General for Culture, Amadou Diallo, said the summary would follow within a month.`,
	))
	checkQuoteSpeakers(t, got, "Khalid bin Rashid Al-Mansouri")
	checkHasRoles(t, d, map[string]string{
		"Dmytro Savchuk":                "head of Ukraine's Coordination Headquarters",
		"Khalid bin Rashid Al-Mansouri": "Qatar's Minister of State for International Cooperation",
		"Matteo Fiorani":                "Holy See's special envoy",
		"Annika Lindqvist":              "delegate",
		"Amadou Diallo":                 "UNESCO's Assistant Director-General for Culture",
	})
}

// A title joined by a hyphen in apposition ("UNESCO's Assistant
// Director-General for Culture") and a title for something plain of four
// words ("The head of the Nova Maiachka community, …") are roles.
func TestHyphenTitlesAndLongerPlainBodies(t *testing.T) {
	_, d := analyse(paras(
		`Nadia El-Amrani, UNESCO's Assistant Director-General for Culture, said the money was the easy part.`,
		`The head of the Nova Maiachka community, Lyudmyla Sirenko, said the council had set money aside.`,
	))
	checkRoles(t, d, map[string]string{
		"Nadia El-Amrani":  "UNESCO's Assistant Director-General for Culture",
		"Lyudmyla Sirenko": "head of the Nova Maiachka community",
	})
}

// A relative clause inside a role gives a title of its own: "the deputy
// culture minister who led Ukraine's delegation in Montevideo" is the
// leader of Ukraine's delegation too.
func TestRelativeClauseInARoleGivesATitle(t *testing.T) {
	_, d := analyse(paras(
		`"This is not the end of the story," said Oksana Hrytsenko, the deputy culture minister who led Ukraine's delegation in Montevideo.`,
	))
	if roles := rolesOf(d)["Oksana Hrytsenko"]; !slices.Contains(roles, "leader of Ukraine's delegation") {
		t.Errorf("roles %q lack the one the relative clause gives", roles)
	}
}

// An apposition too long for one title, two joined by "and", gives the
// first: ", head of the inventory working group at Ukraine's Ministry of
// Culture and one of Ukraine's four members on the new Joint
// Verification Commission."
func TestTwoTitlesJoinedGiveTheFirst(t *testing.T) {
	_, d := analyse(paras(
		`I'm Bohdan Lysenko, head of the inventory working group at Ukraine's Ministry of Culture and one of Ukraine's four members on the new Joint Verification Commission. I helped prepare the lists.`,
	))
	checkRoles(t, d, map[string]string{"Bohdan Lysenko": "head of the inventory working group at Ukraine's Ministry of Culture"})
}

// "The Presiding Judge said", long after a list giving five judges their
// titles, is the one whose title holds "Presiding"; "the Vatican envoy"
// is the one the text called "the Holy See's special envoy", five
// paragraphs back: a country of two words is still that country. A
// second presiding judge leaves it open.
func TestTitleWithItsWordsFarBack(t *testing.T) {
	bench := `The bench: Presiding Judge Hendrika van Leeuwen (Netherlands); Judge Kerem Aksoy (Türkiye); Judge Thomas Whitcombe (United Kingdom).`
	filler := `The ruling runs to 212 pages and was read in open court.`
	quote := `Reading the summary, the Presiding Judge said: "This Tribunal does not hand out chairs as a reward."`
	got, _ := analyse(paras(bench, filler, filler, filler, filler, quote))
	checkQuoteSpeakers(t, got, "Hendrika van Leeuwen")

	got, _ = analyse(paras(bench, `The appeal chamber: Presiding Judge Amara Okafor (Nigeria).`, filler, filler, filler, filler, quote))
	checkQuoteSpeakers(t, got, "")

	got, _ = analyse(paras(
		`Qatar's minister of state, Khalid Al-Mansouri, and the Holy See's special envoy, Cardinal Matteo Fiorani, signed as witnesses.`,
		filler, filler, filler, filler,
		`Cardinal Fiorani declined to discuss his meetings in Moscow. "The Holy Father asked me to carry names, not opinions," the Vatican envoy said.`,
	))
	checkQuoteSpeakers(t, got, "Matteo Fiorani")
}

// The titles of museums and archives (curator, conservator, restorer,
// archivist, registrar) are titles: capitalised after another title word
// they are no one's surname ("Chief Conservator"), and a museum is no
// one's name.
func TestMuseumTitles(t *testing.T) {
	_, d := analyse(paras(
		`Oksana Lytvyn, Chief Conservator, Kherson Regional Art Museum`,
		`Marta Kowalczyk, Senior Registrar, Krakow Museum of Fine Arts`,
	))
	checkHasRoles(t, d, map[string]string{
		"Oksana Lytvyn":   "Chief Conservator, Kherson Regional Art Museum",
		"Marta Kowalczyk": "Senior Registrar, Krakow Museum of Fine Arts",
	})
	roles := rolesOf(d)
	for name := range roles {
		if name != "Oksana Lytvyn" && name != "Marta Kowalczyk" {
			t.Errorf("a person named %q (%q)", name, roles[name])
		}
	}
}

// A relative clause giving two titles by two verbs joined by "and" gives
// both: "who heads the restitution department … and led the Ukrainian
// expert group at the talks".
func TestTwoTitlesInOneRelativeClause(t *testing.T) {
	_, d := analyse(paras(
		`On the line from Kyiv is Dr Taras Melnyk, who heads the restitution department of the State Archival Service of Ukraine and led the Ukrainian expert group at the talks.`,
	))
	roles := rolesOf(d)["Taras Melnyk"]
	for _, want := range []string{"head of the restitution department of the State Archival Service of Ukraine", "leader of the Ukrainian expert group"} {
		if !slices.Contains(roles, want) {
			t.Errorf("roles %q, want %q among them", roles, want)
		}
	}
}

// A title set before a titled name after the verb of speech is theirs:
// "said Russia's chief negotiator, Deputy Foreign Minister Arkady
// Voronin".
func TestTitleAfterTheVerbBeforeATitledName(t *testing.T) {
	_, d := analyse(paras(
		`"Now we will see whether Kyiv keeps its word," said Russia's chief negotiator, Deputy Foreign Minister Arkady Voronin.`,
	))
	if roles := rolesOf(d)["Arkady Voronin"]; !slices.Contains(roles, "Russia's chief negotiator") {
		t.Errorf("roles %q, want \"Russia's chief negotiator\" among them", roles)
	}
}

// An office written out is the title's only when no word making its
// holder second stands before the phrase or in its gaps: "Russia's
// deputy delegation head" is second to Russia's negotiator; "Deputy
// Minister … and head of the Ukrainian delegation" is Ukraine's.
func TestSecondsWriteOutNoOffice(t *testing.T) {
	lx := Default()
	for _, tt := range []struct {
		role           string
		office, second bool
	}{
		{"Head of the Russian Delegation", true, false},
		{"Russia's delegation head", true, false},
		{"Russia's deputy delegation head and the engineer in their team", false, true},
		{"deputy head of the Russian delegation", false, true},
		{"Deputy Minister of Foreign Affairs of Ukraine and head of the Ukrainian delegation", true, false},
	} {
		if got := lx.WrittenOut("negotiator", tt.role); got != tt.office {
			t.Errorf("WrittenOut(negotiator, %q) = %v, want %v", tt.role, got, tt.office)
		}
		if got := lx.SecondWrittenOut("negotiator", tt.role); got != tt.second {
			t.Errorf("SecondWrittenOut(negotiator, %q) = %v, want %v", tt.role, got, tt.second)
		}
	}
}

// A relative clause saying what someone does by a verb whose doer has a
// title of their own (predicate_roles.tsv) gives them that title over
// its object, where they do it left out: whoever "has taught the first
// grade there" is a teacher, whoever "flew the second aircraft" a pilot,
// whoever "has skippered the ferry" its skipper.
func TestWhatSomeoneDoesGivesTheirTitle(t *testing.T) {
	_, d := analyse(paras(
		`Marta Ilic, who has taught the first grade there for 12 years, spent that morning walking pupils to buses.`,
		`Ivo Tomic, who flew the second aircraft, landed at noon.`,
		`Petro Bondar, who has skippered the ferry for 26 years, was ashore.`,
	))
	checkHasRoles(t, d, map[string]string{
		"Marta Ilic":   "teacher of the first grade",
		"Ivo Tomic":    "pilot of the second aircraft",
		"Petro Bondar": "skipper of the ferry",
	})
}
