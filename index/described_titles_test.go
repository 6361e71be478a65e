package index

import (
	"context"
	"slices"
	"strings"
	"testing"
)

// A head of a body is what members call its chief or boss, and an
// analyst is whoever works at a body that studies: "the iaea chief" is
// its Director General, "the nato boss" its Secretary General, "the
// hamburg analyst" the director of a programme at the Hamburg Institute,
// though no article calls them so. A deputy does not head the body.
func TestSpeakersByTheBodyTheyHead(t *testing.T) {
	text := `Reactors stay cold as inspectors arrive
Harbour Post
2030-04-08

VIENNA - "All six reactors are in cold shutdown," said IAEA Director General Helena Marchetti, who spoke at the agency's headquarters on Monday.

Her deputy, IAEA Deputy Director General Tomas Berg, said the first team would travel on Tuesday. "We will be there before the trucks leave," Berg said.

NATO Secretary General Mark Rutte welcomed the plan. "Monitors who can move are worth ten who cannot," Rutte said.

"It is a ceasefire line with a badge on it," said Katrin Vogel, who directs the Eastern Europe programme at the Hamburg Institute for Security and Strategy.
`
	e := engineOfFiles(t, map[string]string{"vienna.txt": text})
	checkSpeakers(t, e, []speakerCase{
		{"what did the iaea chief say about the reactors", "Helena Marchetti", "All six reactors"},
		{"what did the nato boss say", "Mark Rutte", "Monitors who can move"},
		{"what did the hamburg analyst say", "Katrin Vogel", "It is a ceasefire line"},
	})
}

// Whoever leads a part of a body ("leader of the IAEA team at the plant")
// is not its head: "the iaea boss" is the Director General even when the
// team's leader is quoted too, and "the iaea team leader" is the other.
func TestHeadOfABodyNotOfItsTeam(t *testing.T) {
	text := `Agency to double its team at the plant
Harbour Post
2031-02-04

VIENNA - IAEA Director General Ingrid Solheim said repairing the last power line would "remove the single biggest safety risk in Europe today".

Mateo Ferraz, leader of the IAEA team at the plant, said by phone: "All eleven of us are here, and the diesel lasts ten days."
`
	e := engineOfFiles(t, map[string]string{"vienna.txt": text})
	checkSpeakers(t, e, []speakerCase{
		{"wat did the iaea boss say about the power line", "Ingrid Solheim", "remove the single biggest"},
		{"what did the iaea team leader say", "Mateo Ferraz", "All eleven of us"},
	})
}

// "The agency chief" is whoever heads the agency, named by its initials
// in titles and spelled out once in the articles: its Director General,
// not its Chief Inspector (the first of the inspectors).
func TestAgencyChiefByItsInitials(t *testing.T) {
	text := `Monitors to arrive by April
Harbour Post
2043-03-13

The International Nuclear Safety Agency (INSA) will send 60 monitors to the plant by 1 April.

INSA Director General Mariela Sandoval said: "The cooling pond is the lifeline of this plant."

INSA Chief Inspector Tobias Lindqvist said: "We will knock on any door with two hours' notice."
`
	e := engineOfFiles(t, map[string]string{"wire.txt": text})
	checkSpeakers(t, e, []speakerCase{
		{"what did the agency chief say about the cooling ponds", "Mariela Sandoval", "The cooling pond"},
		{"what did the chief inspector say", "Tobias Lindqvist", "We will knock"},
	})
}

// What a description says that the articles leave unsaid of the one
// person holding its title does not hide them: "the committee chair" is
// a hearing's "The Chair". A country a title spells in two words
// ("representative of the United Kingdom") is that country. A word the
// title contradicts, or a second holder of the title, still finds no
// one; nor does a country the articles never give the one holder of a
// title that is no national office: "the turkish captain" may be the one
// captain, but as well no one they quote (the same reading gave "the
// russian mayor" the mayor of Izmail).
func TestTitleHolderWhomTheArticlesLeaveUnplaced(t *testing.T) {
	hearing := `Hearing on the monitoring mission
Committee Transcripts
2032-05-20

The Chair (Ms Patricia Lindqvist): I call this meeting to order. We have one hour and three witnesses.

Mr Harjit Bains: Colonel, how many of your monitors are armed?

The Chair (Ms Patricia Lindqvist): Thank you. We are out of time. I hope we can invite you back in the autumn.

At berth 7, Captain Emre Aydin watched the wheat go in. "I slept in my boots for a week," he said.

The representative of the United Kingdom, Dame Fiona Ashcombe, said: "A dissent is not a verdict, and we read it as one opinion."

Ukrainian Foreign Ministry spokesman Oleh Nikitenko said: "The lists are complete."
`
	e := engineOfFiles(t, map[string]string{"hearing.txt": hearing})
	checkSpeakers(t, e, []speakerCase{
		{"what did the committee chair say at the end", "Patricia Lindqvist", "I call this meeting"},
		{"wat did the uk ambassador think of the dissent", "Fiona Ashcombe", "A dissent is not a verdict"},
	})
	for _, q := range []string{"what did the russian foreign ministry spokesman say", "what did the french ambassador say", "what did the turkish captain say"} {
		a, err := e.Ask(context.Background(), q, AskOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if a.Speaker != "" {
			t.Errorf("%q: answered as %s, whom the articles do not describe so", q, a.Speaker)
		}
	}
}

// The head of a side's delegation at talks is who members call its chief
// or lead negotiator, though no article calls her so (title_phrases.tsv),
// even when that title comes second of two in a long apposition.
func TestDelegationHeadIsTheNegotiator(t *testing.T) {
	text := `Interview: the protocol
Kyiv Ledger
2043-03-15

Iryna Demchenko, Deputy Minister of Foreign Affairs of Ukraine and head of the Ukrainian delegation at the Chișinău talks, signed the protocol at 4:40 a.m. on Thursday.

"This is not peace, and nobody should call it peace," Demchenko said.

Russia's Deputy Foreign Minister Gennady Ryabov, who sat across from her, said: "The text is balanced."

The Russian delegation was led by Ambassador Pavel Volkov. "We signed what engineers can check," Volkov said.

Arkady Shubin, deputy head of the Russian delegation, told reporters: "The water will not wait for diplomats."
`
	e := engineOfFiles(t, map[string]string{"interview.txt": text})
	checkSpeakers(t, e, []speakerCase{
		{"ukraines chief negotiator - did she say its peace??", "Iryna Demchenko", "This is not peace"},
		{"what did ukraines lead negotiator say", "Iryna Demchenko", "This is not peace"},
		// The deputy head of a delegation is second to its negotiator,
		// and the one who leads it is the country's envoy.
		{"what did russias negotiator say", "Pavel Volkov", "We signed what engineers"},
		{"what did the russian envoy say", "Pavel Volkov", "We signed what engineers"},
		{"what did russias deputy negotiator say", "Arkady Shubin", "The water will not wait"},
	})
}

// Someone's words asked for with their name as a possessive, anywhere
// in the question ("oksana's prediction for the vote", "martas rule",
// "what's levchuk's main point"), are their quotes; a possessive in what
// the question is about ("what did she say about levchuk's comments")
// is not who speaks.
func TestPossessiveAsksForWords(t *testing.T) {
	text := `Referendum podcast
Harbour Post
2029-06-20

Dr. Oksana Levchuk, a senior fellow at the Dnipro Institute for Public Policy, joined the show. "I think yes wins, but turnout is the real enemy," Levchuk said.

Marta Hnatyuk, who keeps the prisoner lists, has one rule. "If we can't prove he's dead, he's on the list," Hnatyuk said.

Foreign Ministry spokeswoman Yelena Gromova dismissed the vote. "Levchuk's comments show the result is written already," Gromova said.
`
	e := engineOfFiles(t, map[string]string{"pod.txt": text})
	checkSpeakers(t, e, []speakerCase{
		{"oksana's prediction for the vote?", "Oksana Levchuk", "I think yes wins"},
		{"what was martas rule for the pow lists", "Marta Hnatyuk", "If we can't prove"},
		{"what's levchuk's main point", "Oksana Levchuk", "I think yes wins"},
	})
	a, err := e.Ask(context.Background(), "what did gromova say about levchuk's comments", AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if a.Speaker != "Yelena Gromova" {
		t.Errorf("what did gromova say about levchuk's comments: speaker %q, want Yelena Gromova", a.Speaker)
	}
}

// A noun that says what kind of words a question asks for ("oksana's
// prediction for the vote", "his warning about drones") is part of what
// it asks about: the quote that predicts comes before the ones that only
// speak of the vote.
func TestPossessiveNounTellsWhichWords(t *testing.T) {
	text := `Referendum podcast
Harbour Post
2029-06-20

Dr. Oksana Levchuk, a senior fellow at the Dnipro Institute for Public Policy, joined the show. "The vote is a package, and that is the whole fight," Levchuk said.

"The law bans national votes under martial law, so the vote needs it lifted," she said.

Asked for a forecast, she laughed. "I'm a researcher, I don't predict. Fine, I think yes wins, but turnout is the real enemy," Levchuk said.
`
	e := engineOfFiles(t, map[string]string{"pod.txt": text})
	checkSpeakers(t, e, []speakerCase{
		{"oksana's prediction for the vote?", "Oksana Levchuk", "I'm a researcher"},
	})
}

// A question of someone's words may go on past a comma with what about
// ("what else did the chief negotiator add, smth about the first page"),
// and a description may hold a title of several words ("the ukrainian
// deputy pm").
func TestSaidQuestionsPastACommaAndLongTitles(t *testing.T) {
	text := `Helsinki closes
Harbour Post
2028-07-15

Ukraine's chief negotiator, Oksana Hrytsenko, said the lists were agreed. "This is not the end of the work. It is only the first page," Hrytsenko added.

Ukraine's Deputy Prime Minister Taras Koval rejected talk of concessions. "Ukraine did not give away a single square metre," Koval said.
`
	e := engineOfFiles(t, map[string]string{"helsinki.txt": text})
	checkSpeakers(t, e, []speakerCase{
		{"what else did ukraine's chief negotiator add, smth about the first page?", "Oksana Hrytsenko", "This is not the end"},
		{"did the ukrainian deputy pm say they gave up any land", "Taras Koval", "Ukraine did not give away"},
	})
}

// "which org does X work for" asks who X is, which their introduction
// says with their body; a description whose words stand by someone
// else's title in a passage ("the member for Calgary Ridge, the
// opposition critic") never makes the one person it names the one
// described.
func TestOrganisationOfANamedPerson(t *testing.T) {
	text := `Deminers win contract
Safe Ground International
2030-04-10

Safe Ground International will clear the zone from Monday, the charity said.

"Every hectare we clear is a hectare where a child can walk to school," said Henrik Dahlgren, Executive Director of Safe Ground International.

The Minister of Foreign Affairs (Ms Claire Beaumont): I thank the member for Calgary Ridge, the opposition critic for foreign affairs, for his question. "Canada keeps its word," she said.
`
	e := engineOfFiles(t, map[string]string{"sgi.txt": text})
	a, err := e.Ask(context.Background(), "which org does henrik dahlgren work for", AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Passages) == 0 || !strings.Contains(a.Passages[0].Text, "Executive Director of Safe Ground International") {
		t.Errorf("which org does henrik dahlgren work for: first passage %v, want his introduction", a.Passages)
	}
	a, err = e.Ask(context.Background(), "what did the opposition guy from calgary say", AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if a.Speaker == "Claire Beaumont" {
		t.Errorf("the opposition guy from calgary answered as the minister who thanked him")
	}
}

// "who is X" leads with the passage that goes on about X after naming
// them (an introduction: "he was named …"), before a report that names
// them once beside its own news, whichever article is older.
func TestWhoIsLeadsWithThePassageAboutThem(t *testing.T) {
	files := map[string]string{
		"a_news.txt": `Pullback ahead of schedule
Harbour Post
2030-04-01

Russian units completed their pullback from the plant on Thursday. Monitors recorded 57 vehicles leaving. "So far the numbers match," said Lieutenant General Pieter van Aalst, the mission's commander.
`,
		"b_profile.md": `---
title: The general who counts trucks
outlet: Weekly Review
date: 2030-04-05
---

Lieutenant General Pieter van Aalst, 58, has spent most of his career in places that other people were leaving. He was named on March 25 as head of the Zaporizhzhia Monitoring Mission.
`,
	}
	e := engineOfFiles(t, files)
	a, err := e.Ask(context.Background(), "who is pieter van aalst", AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Passages) == 0 || !strings.Contains(a.Passages[0].Text, "has spent most of his career") {
		t.Errorf("who is pieter van aalst: first passage %v, want the profile's introduction", a.Passages)
	}
	// Members ask more after the name: the name still says who.
	a, err = e.Ask(context.Background(), "who is pieter van aalst, related to the mayor?", AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if a.Speaker != "Pieter van Aalst" {
		t.Errorf("who is pieter van aalst, related to the mayor?: speaker %q", a.Speaker)
	}
}

// "who is major belov" names one person, whatever word before the name
// the people model does not read as a title ("major" is also an everyday
// word); "the pilots union lady" names a body's member, not the body.
func TestWhoIsByNameAfterAnUnreadTitle(t *testing.T) {
	files := map[string]string{
		"a_news.md": `---
title: Shells hit the dam's bank
outlet: Harbour Post
date: 2074-03-12
---

Moscow's version was the opposite. Major Arkady Belov, the Russian liaison officer to the UN observers, said the shells were mortar rounds. "This was a staged provocation," Belov told state television.

Captain Nadiya Kovalenko is president of the Ukrainian Airline Pilots' Association. "We fly when the guns are silent," Kovalenko said.
`,
	}
	e := engineOfFiles(t, files)
	for q, want := range map[string]string{
		"who is major belov":            "Arkady Belov",
		"who is the major arkady belov": "Arkady Belov",
	} {
		a, err := e.Ask(context.Background(), q, AskOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if a.Speaker != want {
			t.Errorf("%s: speaker %q, want %q", q, a.Speaker, want)
		}
	}
	a, err := e.Ask(context.Background(), "tell me abt the pilots union lady", AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if a.Speaker != "" && a.Speaker != "Nadiya Kovalenko" {
		t.Errorf("the pilots union lady: speaker %q, want Kovalenko or no one", a.Speaker)
	}
}

// A body or a party opening a short question speaks through its people:
// "kremlin on the elections" is the Kremlin's spokesman; "the russian
// side on the lists" the one Russian whose words are on them.
func TestBodyOrSideOpeningAQuestion(t *testing.T) {
	text := `Istanbul round ends
Harbour Post
2029-03-12

Kremlin spokesman Dmitry Peskov said elections "organised with foreign money will be foreign elections".

Russian deputy defence minister Arkady Belov, who led Moscow's team, said the prisoner lists had been "checked name by name".

Russian Foreign Minister Sergei Lavrov said the talks were "useful" and that sanctions had to go.
`
	e := engineOfFiles(t, map[string]string{"istanbul.txt": text})
	checkSpeakers(t, e, []speakerCase{
		{"kremlin on ukraine elections", "Dmitry Peskov", "organised with foreign money"},
		{"the russian side on the prisoner lists?", "Arkady Belov", "checked name by name"},
	})
}

// "the dutch" is the Netherlands' people speaking, as a capital is; a
// letter's "Oleksandr, a medic" and the news's "Oleksandr Kovalenko, a
// naval medic" are one medic, not a choice left open.
func TestNationalsAndAGivenNameAlone(t *testing.T) {
	files := map[string]string{
		"news.txt": `Brussels pledges
Harbour Post
2028-01-20

The Hague offered two Patriot fire units. "It is a serious offer, with a price tag," said Dutch defence minister Pieter van Aalst.

Among those freed was Oleksandr Kovalenko, a 34-year-old naval medic from Mykolaiv. "I asked for borscht and a phone charger," Kovalenko said.
`,
		"letters.txt": `Letters
Podillia Courier
2028-01-22

My neighbour's son Oleksandr, a medic from Mykolaiv, came home on Wednesday.
`,
	}
	e := engineOfFiles(t, files)
	checkSpeakers(t, e, []speakerCase{
		{"and the dutch on patriots?", "Pieter van Aalst", "It is a serious offer"},
		{"what did the freed medic say", "Oleksandr Kovalenko", "I asked for borscht"},
	})
}

// An age as chat writes it ("the 54 yr old", "61yo") is the person the
// articles give that age, as a feature calls them ("the 54-year-old").
func TestSpeakerByAge(t *testing.T) {
	text := `Chornomorsk waits
Southern Courier
2029-04-20

Captain Serhiy Lytvyn, 54, has sailed out of Chornomorsk for thirty years. "I believe the minehunters more than I believe the politicians," the 54-year-old said.

Halyna Tkachuk, 61, waits for her son. "Patience is not a plan," she said.
`
	e := engineOfFiles(t, map[string]string{"feature.md": text})
	checkSpeakers(t, e, []speakerCase{
		{"and the 54 yr old - does he trust the politicians?", "Serhiy Lytvyn", "I believe the minehunters"},
		{"what did the 61yo say", "Halyna Tkachuk", "Patience is not a plan"},
	})
	for q, want := range map[string]string{
		"the 54 yr old":        "the 54-year-old",
		"a 61yo":               "a 61-year-old",
		"the 70 year old?":     "the 70-year-old?",
		"the 54-yr-old said":   "the 54-year-old said",
		"5 years of war":       "5 years of war",
		"how many 5 year olds": "how many 5 year olds",
	} {
		if got := ages(q); got != want {
			t.Errorf("ages(%q) = %q, want %q", q, got, want)
		}
	}
}

// Members write American spellings and chat acronyms the articles spell
// out the British way: "dmz radius km" and "demilitarized zone" find "a
// demilitarised zone with a radius of 15 kilometres"; "defense minister"
// finds the defence minister.
func TestAmericanSpellingsAndAcronyms(t *testing.T) {
	text := `Vienna Protocol
Harbour Post
2030-03-23

Russian forces leave the plant and a demilitarised zone with a radius of 15 kilometres is set up around it.

"We will count every truck," said Dutch defence minister Pieter van Aalst.
`
	e := engineOfFiles(t, map[string]string{"vienna.txt": text})
	for _, q := range []string{"dmz radius km", "how big is the demilitarized zone"} {
		a, err := e.Ask(context.Background(), q, AskOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if a.Closest || len(a.Passages) == 0 || !strings.Contains(a.Passages[0].Text, "radius of 15 kilometres") {
			t.Errorf("%q: closest %v, passages %v; want the zone's radius, answered", q, a.Closest, a.Passages)
		}
	}
	checkSpeakers(t, e, []speakerCase{{"what did the dutch defense minister say", "Pieter van Aalst", "We will count every truck"}})
}

// Chat shorthand for units and meetings is read as the articles write
// it: "mw" is megawatts, "conf" a conference.
func TestUnitAndMeetingShorthand(t *testing.T) {
	text := `Plant handover
Harbour Post
2032-06-09

The plant's six reactors have a combined capacity of 6,000 megawatts.

A review conference will be held in Kyiv on 18 November 2032.

The convoy crossed the dam road at dawn.
`
	e := engineOfFiles(t, map[string]string{"plant.txt": text})
	for q, want := range map[string]string{"whats the plant capacity in mw": "6,000 megawatts", "when is the review conf": "18 November 2032"} {
		a, err := e.Ask(context.Background(), q, AskOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if len(a.Passages) == 0 || !strings.Contains(a.Passages[0].Text, want) {
			t.Errorf("%q: passages %v; want the one with %q", q, a.Passages, want)
		}
	}
}

// A follow-up naming only a subject ("and abt the water?") or asking for
// more of someone by a pronoun ("anything else from him on the mines?")
// asks the person of the member's previous answer, when their words
// speak to it; otherwise it is searched as asked.
func TestFollowUpOnAnotherSubject(t *testing.T) {
	text := `Nikopol waits
Harbour Post
2030-03-22

"If the checkpoints open in May, I will put on buses to Enerhodar," said Valentyna Moroz, the mayor of Nikopol. "Until water runs in people's kitchens, this is a promise on paper," she added.

"There may be more mines in that zone than people living in it," said Lieutenant General Pieter van Aalst.

Drinking water still arrives by tanker three times a week.
`
	e := engineOfFiles(t, map[string]string{"nikopol.txt": text})
	ctx := context.Background()
	a, err := e.Ask(ctx, "and abt the water?", AskOptions{After: "Valentyna Moroz"})
	if err != nil {
		t.Fatal(err)
	}
	if a.Speaker != "Valentyna Moroz" || !slices.ContainsFunc(a.Quotes, func(q Quote) bool { return strings.Contains(q.Text, "Until water runs") }) {
		t.Errorf("and abt the water? after the mayor: speaker %q, quotes %v", a.Speaker, a.Quotes)
	}
	a, err = e.Ask(ctx, "anything else from him on the mines?", AskOptions{After: "Pieter van Aalst"})
	if err != nil {
		t.Fatal(err)
	}
	if a.Speaker != "Pieter van Aalst" {
		t.Errorf("anything else from him on the mines? after van Aalst: speaker %q", a.Speaker)
	}
	// Her words do not speak to the mines: the question is searched.
	a, err = e.Ask(ctx, "and about the mines?", AskOptions{After: "Valentyna Moroz"})
	if err != nil {
		t.Fatal(err)
	}
	if a.Speaker == "Valentyna Moroz" {
		t.Errorf("and about the mines? after the mayor answered with her words, which are not on mines")
	}
}

// A word the articles use rarely ("swap", once) is looked for with a
// relative they use far more ("exchange"), counted below the word
// itself.
func TestRareWordAndItsCommonRelative(t *testing.T) {
	text := `Prisoners
Harbour Post
2030-03-23

Talk of a swap grows louder in Kyiv.

The first exchange of prisoners, 206 from each side, will take place on Saturday 30 March at the border.

The exchange will be overseen by the Red Cross.

A second exchange is planned after the first exchange is checked.

Each exchange list is checked twice.
`
	e := engineOfFiles(t, map[string]string{"swap.txt": text})
	for _, q := range e.questionTerms("when is the first swap") {
		if q.term != e.terms.of("swap") {
			continue
		}
		if !slices.ContainsFunc(q.alts, func(a alt) bool { return a.term == e.terms.of("exchange") && a.credit < 1 }) {
			t.Errorf("swap, once in the articles beside exchange four times: relatives %+v, want exchange, for less", q.alts)
		}
		return
	}
	t.Errorf("no term for swap")
}

// "how wide is the corridor" looks for the measure too: articles write it
// after the number ("three nautical miles wide"), where a passage on the
// corridor with other numbers says nothing of its width.
func TestHowWideLooksForWide(t *testing.T) {
	text := `Black Sea corridor
Harbour Wire
2029-04-09

The corridor carried 4.1 million tonnes of grain in its first month, up from 3 million expected.

Ships in the corridor paid 2 percent of their value for war-risk cover, down from 5 percent.

The corridor will be three nautical miles wide and run 340 nautical miles to the Bosphorus.
`
	e := engineOfFiles(t, map[string]string{"corridor.txt": text})
	a, err := e.Ask(context.Background(), "how wide is the corridor", AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Passages) == 0 || !strings.Contains(a.Passages[0].Text, "three nautical miles wide") {
		t.Errorf("how wide is the corridor: passages %v, want its width first", a.Passages)
	}
}

// A body's name stands in a title as whole words: "the un chief" is not
// a Ukrainian chief negotiator, though "Ukrainian" holds "un".
func TestBodyNamedAsWholeWords(t *testing.T) {
	text := `Talks resume
Harbour Post
2030-03-23

"We came for our plant," said Ukrainian chief negotiator Rustem Umerov.
`
	e := engineOfFiles(t, map[string]string{"talks.txt": text})
	a, err := e.Ask(context.Background(), "what did the un chief say", AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if a.Speaker == "Rustem Umerov" {
		t.Errorf("the un chief answered as Rustem Umerov, Ukraine's chief negotiator")
	}
}

// A name typed apart from its hyphen or with its ending spelt another way
// ("khalid al kuwary" for Al-Kuwari, "gennadi" for Gennady) is still who
// a person question asks about.
func TestWhoIsWithAHyphenOrAnEndingTypedOtherwise(t *testing.T) {
	text := `Title: Doha session ends
Outlet: Wire
Date: 2034-04-12

"We have a list, and we have a principle," said Khalid Al-Kuwari, Qatar's special envoy, who chaired the session.

Russia's deputy foreign minister Gennady Kovalyov said the list "reflects our obligations".
`
	e := engineOfFiles(t, map[string]string{"wire.txt": text})
	for q, want := range map[string]string{"who is khalid al kuwary": "Khalid Al-Kuwari", "who is gennadi kovalyov": "Gennady Kovalyov"} {
		a, err := e.Ask(context.Background(), q, AskOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if a.Speaker != want {
			t.Errorf("%q: speaker %q, want %s", q, a.Speaker, want)
		}
	}
}

// A body's initials name it in a description ("the sfi team leader" of a
// team leader at the Safe Fields Initiative), as the articles spell them;
// the credits under pull quotes, in single quotation marks with a bare
// title and the body after it, say who they are.
func TestTitleOfABodyByItsInitials(t *testing.T) {
	text := "# Ground Truth: what the deminers found\n\n" +
		"**Safe Fields Initiative · Published 10 August 2038**\n\n" +
		"The Safe Fields Initiative (SFI) worked beside the State Emergency Service (SES) on 212 sheets.\n\n" +
		"## In their words\n\n" +
		"> ‘On paper the field was empty. On the ground we lifted thirty-one anti-tank mines.’ — Larysa Tymchuk, team leader, State Emergency Service\n\n" +
		"> ‘A good map is a gift, and some of these maps are good.’ — Jonas Breitkopf, team leader, Safe Fields Initiative\n\n" +
		"## Recommendations\n\n" +
		"Russia should release the engineering units' logbooks for every sheet.\n"
	e := engineOfFiles(t, map[string]string{"report.md": text})
	checkSpeakerOf(t, e, map[string]string{
		"wat did the sfi team leader say abt the maps": "Jonas Breitkopf",
		"ses team leader quote":                        "Larysa Tymchuk",
		"what did the team leader say":                 "",
	})
}

// "Who is X" of a guest a transcript introduces only in their first
// label ("GENNADY ZOTOV, RETIRED COLONEL, MOSCOW CENTRE …:") opens with
// that label; a bare label ("ZOTOV:") still introduces no one.
func TestWhoIsFromATranscriptLabelWithARole(t *testing.T) {
	text := "THE HARD QUESTION\nBroadcast: Tuesday, 7 September 2038\n\n" +
		"MODERATOR: Good evening. With me are a member of parliament and a retired Russian colonel.\n\n" +
		"MARYNA KOSTENKO, MP, DEPUTY CHAIR OF THE DEFENCE COMMITTEE: Thank you. Let me be blunt about the maps.\n\n" +
		"MODERATOR: Colonel Zotov, that is a heavy charge.\n\n" +
		"GENNADY ZOTOV, RETIRED COLONEL, MOSCOW CENTRE FOR STRATEGIC ASSESSMENTS: It is a tragedy, and nobody in Moscow denies it.\n\n" +
		"KOSTENKO: In good faith? Twenty-three sheets showing mined fields as empty.\n\n" +
		"ZOTOV: Let me finish, please. The maps were handed over in good faith.\n\n" +
		"MODERATOR: Maryna Kostenko, Gennady Zotov, thank you both.\n"
	e := engineOfFiles(t, map[string]string{"debate.txt": text})
	a, err := e.Ask(context.Background(), "who is gennady zotov", AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Passages) == 0 || !strings.HasPrefix(a.Passages[0].Text, "GENNADY ZOTOV, RETIRED COLONEL") {
		t.Errorf("passages %v; want the label saying what he is first", passageTexts(a))
	}
}

// "The head of ukraine's delegation" is whoever an article says led it,
// in the relative clause of her title.
func TestHeadOfADelegationWhoLedIt(t *testing.T) {
	text := "Museum deal signed\nTNS\n2040-05-26\n\n" +
		"\"This is not the end of the story, it is the first chapter,\" said Oksana Hrytsenko, the deputy culture minister who led Ukraine's delegation in Montevideo.\n\n" +
		"\"We are not returning trophies,\" said Gennady Orlov, spokesman for the Russian Ministry of Culture.\n"
	e := engineOfFiles(t, map[string]string{"tns.txt": text})
	checkSpeakerOf(t, e, map[string]string{"how did the head of ukraine's delegation react to the deal": "Oksana Hrytsenko"})
}

// A description leading a question may hold its title's complement
// ("the head of ukraine's air nav service on staff numbers"): the
// description runs to the link to what about, not to "of", and is
// the one whose title it is, not whoever heads anything.
func TestDescriptionWithItsComplement(t *testing.T) {
	text := `Title: The interview
Outlet: Eastern Air Journal
Date: 2055-05-12

Dr Iryna Kovalchuk, 54, has been Director General of Ukrainian Air Navigation Services since 2049. "We need 96 controllers for the corridor. Today we have 61," she said.

Deputy Transport Minister Viktor Lapshin, head of Russia's delegation, said the radar question was settled. "Moscow has no objection to the radar picture being shared," Lapshin said.
`
	e := engineOfFiles(t, map[string]string{"interview.txt": text})
	checkSpeakers(t, e, []speakerCase{
		{"the head of ukraine's air nav service on staff numbers", "Iryna Kovalchuk", "We need 96 controllers"},
	})
}

// A title two people hold as asked names neither: "the deputy minister",
// of a Russian Deputy Minister of Agriculture and a Ukrainian First
// Deputy Minister, is no guess for the shorter title to settle; what
// sets one apart ("russian", "first") says which.
func TestTitleTwoDeputiesHold(t *testing.T) {
	statement := `---
title: Joint statement on the harvest
outlet: UN News
date: 2074-08-12
---

Oksana Hrytsenko, First Deputy Minister of Agrarian Policy and Food of Ukraine, head of the Ukrainian delegation: "Our farmers have brought home their harvest."

Vadim Korolyov, Deputy Minister of Agriculture of the Russian Federation, head of the Russian delegation: "The arrangement worked because it was practical."
`
	e := engineOfFiles(t, map[string]string{"statement.md": statement})
	for q, want := range map[string]string{
		"what did the deputy minister say":         "",
		"what did the russian deputy minister say": "Vadim Korolyov",
		"what did the first deputy minister say":   "Oksana Hrytsenko",
	} {
		a, err := e.Ask(context.Background(), q, AskOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if a.Speaker != want {
			t.Errorf("%s: speaker %q, want %q", q, a.Speaker, want)
		}
		for _, qu := range a.Quotes {
			if qu.Speaker != want {
				t.Errorf("%s: %q by %q shown", q, qu.Text, qu.Speaker)
			}
		}
	}
}

// "the osce head" is who heads the OSCE itself, before the head of its
// mission; but asked about a subject only the mission head's words speak
// to ("abt who fired"), it is the mission head.
func TestHeadOfABodyOrOfItsMissionBySubject(t *testing.T) {
	wire := `---
title: Mast repaired
outlet: Wire
date: 2074-03-14
---

Finland's foreign minister, Aino Lehtonen, who chairs the OSCE this year, said: "What was repaired on Kalyna Hill is small in size and large in meaning."

"We could not establish the direction of fire, and we will not pretend otherwise," said Ambassador Ingrid Solvang, head of the OSCE monitoring mission.
`
	e := engineOfFiles(t, map[string]string{"wire.md": wire})
	for q, want := range map[string]string{
		"what did the osce head say":                    "Aino Lehtonen",
		"what did the osce head lady say abt who fired": "Ingrid Solvang",
	} {
		a, err := e.Ask(context.Background(), q, AskOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if a.Speaker != want {
			t.Errorf("%s: speaker %q, want %q", q, a.Speaker, want)
		}
	}
}

// "the minister of state" is the Minister of State, whose title holds
// every word asked, not the Defence Minister, whose shorter title lacks
// one; and "state" there is no verb of speech ("what did the minister
// of state say" asks what the minister said).
func TestMinisterOfStateIsNoStatement(t *testing.T) {
	wire := `---
title: Lab funding
outlet: Wire
date: 2074-05-21
---

A spokeswoman for Defence Minister Ostap Kovalenko said Kyiv would raise the list with the ICRC.

"Every profile is coded. That is the whole point of sending it to a third country," said Ciarán Doyle, Minister of State at the Department of Foreign Affairs.
`
	e := engineOfFiles(t, map[string]string{"wire.md": wire})
	a, err := e.Ask(context.Background(), "what did the minister of state say to relatives who dont trust the lab", AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if a.Speaker != "Ciarán Doyle" {
		t.Errorf("speaker %q, want Ciarán Doyle", a.Speaker)
	}
}
