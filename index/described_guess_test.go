package index

import (
	"context"
	"slices"
	"strings"
	"testing"
)

// guessEngine is over people a description may seem to fit without
// being theirs: two IAEA people in passages holding the same words (the
// agency's head, and the leader of its team at the plant), two directors
// general, a
// Russian commissioner beside Russia's negotiator (a presidential aide),
// an analyst whose book title holds "Grid" beside the grid company's
// chief.
func guessEngine(t *testing.T) *Engine {
	t.Helper()
	wire := `---
title: Energy truce signed in Riyadh
outlet: Wire
date: 2036-01-12
---

Russia was represented by presidential aide Viktor Malyshev, who has headed Moscow's team at all three rounds. "Whether there is a 121st day depends entirely on Kyiv," Malyshev said.

In Moscow, Russia's human rights commissioner, Yelena Zorina, wrote on Telegram that the prisoners had been flown home. "They are all accounted for," Zorina wrote.

Swiss special envoy Lukas Imboden, who will run the monitoring cell in Geneva, said it would "name names when the evidence is clear."

IAEA Director General Ingrid Solheim said in a statement that the IAEA was "ready to deploy within days" to the plant.

Mateo Ferraz, who leads the IAEA team at the plant, told reporters: "All eleven of us are here, and nobody has fled anywhere."

WFP Director General Amara Nwosu said the first convoy would leave on Friday. "Bread does not wait for treaties," Nwosu said.

Iryna Kovalchuk, Chief Executive Officer of Energonet Ukraine, said: "Our people drove towards the fire."

Tomasz Wielgosz is a senior fellow at the Warsaw Institute for Security Studies, where he leads the Energy and Conflict programme. He previously spent eight years in Brussels. His book "The Grid War" was published in 2034. "A truce is a test," Wielgosz said.
`
	return engineOfFiles(t, map[string]string{"wire.md": wire})
}

// A description that two people fit as well — or fit only by standing
// near its words — is pinned on no one: the member is never shown one
// person's words as another's. One that fits a single person still finds
// them.
func TestDescriptionNeverGuessed(t *testing.T) {
	e := guessEngine(t)
	ctx := context.Background()
	for _, c := range []struct{ q, not string }{
		// Two directors general, of two bodies.
		{"what did the director general say", ""},
		// "chief" qualifies the negotiator: not the head of anything
		// Russian, such as the commissioner.
		{"what did russias chief negotiator say", "Yelena Zorina"},
		// "Grid" only in the title of the analyst's book, sentences
		// after his name.
		{"wat did the grid company boss say", "Tomasz Wielgosz"},
	} {
		a, err := e.Ask(ctx, c.q, AskOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if c.not != "" && a.Speaker == c.not {
			t.Errorf("%q: answered as %s", c.q, a.Speaker)
		}
		if c.not == "" && a.Speaker != "" {
			t.Errorf("%q: answered as %s; two people fit", c.q, a.Speaker)
		}
		for _, qt := range a.Quotes {
			if qt.Speaker != "" && qt.Speaker == c.not {
				t.Errorf("%q: shows %s's words %q", c.q, qt.Speaker, qt.Text)
			}
		}
	}
	checkSpeakerOf(t, e, map[string]string{
		"what did the iaea director general say": "Ingrid Solheim",
		// The team's leader leads a part of the IAEA, not the IAEA.
		"what did the iaea boss say":            "Ingrid Solheim",
		"what did the iaea team leader say":     "Mateo Ferraz",
		"what did the russian commissioner say": "Yelena Zorina",
		"whats the name of the energonet ceo":   "Iryna Kovalchuk",
	})
}

// A follow-up's pronoun means the person the question before it asked
// about: when that question asked about someone the engine could not
// tell, not whoever an earlier answer was about (Answer.PersonAfter, which
// the bot and the evaluation keep per conversation).
func TestFollowUpAfterSomeoneUntold(t *testing.T) {
	e := guessEngine(t)
	ctx := context.Background()
	after := ""
	ask := func(q string) *Answer {
		t.Helper()
		a, err := e.Ask(ctx, q, AskOptions{After: after})
		if err != nil {
			t.Fatal(err)
		}
		if p, ok := a.PersonAfter(); ok {
			after = p
		}
		return a
	}
	if a := ask("what did malyshev say"); a.Speaker != "Viktor Malyshev" {
		t.Fatalf("malyshev: %q", a.Speaker)
	}
	if a := ask("and what did he say about kyiv"); a.Speaker != "Viktor Malyshev" || a.FollowUp != "Viktor Malyshev" {
		t.Fatalf("the follow-up right after: speaker %q, follow-up %q", a.Speaker, a.FollowUp)
	}
	ask("when was the truce signed") // about no one: the person stays
	if a := ask("and what did he say about kyiv"); a.FollowUp != "Viktor Malyshev" {
		t.Errorf("after a question about no one: follow-up %q, want Viktor Malyshev", a.FollowUp)
	}
	if a := ask("what did the director general say"); a.Speaker != "" {
		t.Fatalf("the director general, of two: %q", a.Speaker)
	}
	if a := ask("and what did he say about the plant"); a.Speaker == "Viktor Malyshev" || a.FollowUp != "" {
		t.Errorf("after a question about someone untold: speaker %q, follow-up %q; want no one", a.Speaker, a.FollowUp)
	}
	ask("what did malyshev say")
	if a := ask("what did jacinda ardern say"); a.SpeakerStatus != SpeakerUnknown {
		t.Fatalf("someone the articles never name: %s", a.SpeakerStatus)
	}
	if a := ask("and what did she say about the plant"); a.FollowUp != "" {
		t.Errorf("after a question about someone unknown: follow-up %q", a.FollowUp)
	}
}

// A long question opening with someone, named or described, then a
// question or a subject, asks for their words on it ("dr voss what did
// ukraine get out of the truce for the grid"); a long question merely
// naming someone first does not.
func TestLongQuestionAfterSomeone(t *testing.T) {
	e := guessEngine(t)
	ctx := context.Background()
	for q, want := range map[string]string{
		"dr wielgosz what did the truce do for the grid in the weeks after the signing": "Tomasz Wielgosz",
		"the energonet ceo on whether the repair crews reached the fire that night":     "Iryna Kovalchuk",
	} {
		a, err := e.Ask(ctx, q, AskOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if a.Speaker != want || len(a.Quotes) == 0 {
			t.Errorf("%q: speaker %q with %d quotes, want %s's words", q, a.Speaker, len(a.Quotes), want)
		}
	}
	a, err := e.Ask(ctx, "wielgosz book the grid war published in 2034 by a warsaw institute for security studies fellow", AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if a.Kind == KindQuote {
		t.Errorf("a long search naming someone first was read as asking for their words (%s)", a.Speaker)
	}
}

// "and his later claim about kyiv", after an answer about Malyshev, asks
// for his words on it, as "and what did he say about kyiv" does; a
// question naming someone before "his" means them.
func TestPossessivePronounFollowUp(t *testing.T) {
	e := guessEngine(t)
	ctx := context.Background()
	a, err := e.Ask(ctx, "and his later claim about kyiv", AskOptions{After: "Viktor Malyshev"})
	if err != nil {
		t.Fatal(err)
	}
	if a.Speaker != "Viktor Malyshev" || a.FollowUp != "Viktor Malyshev" || len(a.Quotes) == 0 {
		t.Errorf("his claim, after Malyshev: speaker %q, follow-up %q, %d quotes", a.Speaker, a.FollowUp, len(a.Quotes))
	}
	a, err = e.Ask(ctx, "and her comments on the prisoners", AskOptions{After: "Viktor Malyshev"})
	if err != nil {
		t.Fatal(err)
	}
	if a.Speaker == "Viktor Malyshev" {
		t.Errorf("her comments, after Malyshev: answered as him")
	}
	a, err = e.Ask(ctx, "the warsaw analyst wielgosz, whats his take on the truce", AskOptions{After: "Viktor Malyshev"})
	if err != nil {
		t.Fatal(err)
	}
	if a.Speaker != "Tomasz Wielgosz" {
		t.Errorf("whats his take, after naming Wielgosz: speaker %q", a.Speaker)
	}
}

// "the swiss mediator", where the articles call no one a mediator, is the
// one quoted Swiss office holder (a special envoy); "the russian
// mediator", with two Russians quoted, and "the saudi mediator", with
// none, are no one.
func TestMediatorByCountry(t *testing.T) {
	checkSpeakerOf(t, guessEngine(t), map[string]string{
		"what did the swiss mediator say":   "Lukas Imboden",
		"what did the russian mediator say": "",
		"what did the saudi mediator say":   "",
	})
}

// "the swiss guy" is the one quoted Swiss office holder; a country with
// none quoted, or with two, names no one.
func TestGuyByCountry(t *testing.T) {
	e := guessEngine(t)
	ctx := context.Background()
	checkSpeakerOf(t, e, map[string]string{
		"what did the swiss guy say":   "Lukas Imboden",
		"what did the turkish guy say": "",
		"what did the dutch lady say":  "",
	})
	two := `---
title: Corridor talks
date: 2033-03-15
---

Turkish Foreign Minister Hakan Demir said the corridor "will stay open as long as both sides want it to."

Turkish Rear Admiral Kemal Ozturk, who runs the demining, said: "Every mine we lift is one less reason to stop."
`
	files := map[string]string{"two.md": two}
	a, err := engineOfFiles(t, files).Ask(ctx, "what did the turkish guy say", AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if a.Speaker != "" {
		t.Errorf("the turkish guy, with two Turkish officials quoted: speaker %q", a.Speaker)
	}
}

// A description is not pinned on someone a passage names only beside
// its words: "Andriy Lisovyi, remembers a junior lawyer" is not a lawyer
// ("russias lawyer" is the agent the tribunal's summary names), and the
// one person a passage holding little of the description names ("Sorokin's
// deputy … the ministry") is not "her old boss at the justice ministry".
func TestDescriptionNotNextToSomeone(t *testing.T) {
	profile := `---
title: The negotiator who reads everything
date: 2037-07-05
---

Her first boss, former Justice Minister Andriy Lisovyi, remembers a junior lawyer who asked for more files, not fewer. "She was the only one who came back on Monday having read the whole pile," Lisovyi said.

Russian Deputy Finance Minister Gennady Sorokin called the ruling theft. Sorokin's deputy later told the TASS news agency that the ministry was preparing claims in "at least seven jurisdictions".

The Russian Federation was represented by its agent, Professor Lev Dashkov of the Moscow State Institute of International Relations, and counsel. Professor Dashkov argued that the board would be "a court of creditors with no debtor in the room".
`
	files := map[string]string{"profile.md": profile}
	e := engineOfFiles(t, files)
	for q, not := range map[string]string{
		"wat did russias lawyer argue at the hague hearings":       "Andriy Lisovyi",
		"wat did her old boss at the justice ministry say abt her": "Gennady Sorokin",
	} {
		a, err := e.Ask(context.Background(), q, AskOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if a.Speaker == not {
			t.Errorf("%q: answered as %s", q, not)
		}
	}
}

// Of two people sharing a surname, a question for the words of "kravets"
// means the one the articles quote, not her husband they name once.
func TestSurnameOfTheOneQuoted(t *testing.T) {
	profile := `---
title: The negotiator
date: 2037-07-05
---

Deputy Foreign Minister Solomiia Kravets argued Ukraine's case in The Hague. "The first names on that list are people who died," Kravets said. "I want their families to have a letter before the winter."

She is married to a cardiologist, Andrii Kravets; they have two teenage sons.
`
	files := map[string]string{"profile.md": profile}
	e := engineOfFiles(t, files)
	for _, q := range []string{"what did kravets say", "kravets wat is the only deadline she cares abt"} {
		a, err := e.Ask(context.Background(), q, AskOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if a.Speaker != "Solomiia Kravets" || len(a.Quotes) == 0 {
			t.Errorf("%q: speaker %q with %d quotes, want Solomiia Kravets's words", q, a.Speaker, len(a.Quotes))
		}
	}
}

// Words naming where someone serves may stand among the title words
// before their name ("ukraine un ambassador dovzhenko on reparations",
// the UN spelt out as the engine reads it): the question is still theirs.
func TestOrganisationBeforeAName(t *testing.T) {
	un := `---
title: Security Council debates the claims commission
date: 2037-06-12
---

The representative of Ukraine, Kateryna Dovzhenko, said her country had waited fifteen years. "Reparation is not charity and it is not revenge," she said. "It is the bill."
`
	files := map[string]string{"un.md": un}
	a, err := engineOfFiles(t, files).Ask(context.Background(), "ukraine un ambassador dovzhenko on reparations", AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if a.Speaker != "Kateryna Dovzhenko" || len(a.Quotes) == 0 {
		t.Errorf("speaker %q with %d quotes, want Kateryna Dovzhenko's words", a.Speaker, len(a.Quotes))
	}
}

// checkSpeakerOf asks each question and checks whom it was answered
// about ("" for no one), and that every quote shown for them is theirs.
func checkSpeakerOf(t *testing.T, e *Engine, want map[string]string) {
	t.Helper()
	for q, who := range want {
		a, err := e.Ask(context.Background(), q, AskOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if a.Speaker != who {
			t.Errorf("%q: speaker %q, want %q", q, a.Speaker, who)
			continue
		}
		if who == "" && len(a.Quotes) > 0 {
			t.Errorf("%q: quotes %v given to no one asked for", q, a.Quotes)
		}
		for _, qt := range a.Quotes {
			if who != "" && qt.Speaker != who {
				t.Errorf("%q: quote by %q shown for %q", q, qt.Speaker, who)
			}
		}
	}
}

// A transcript's list of participants under "Participants:" names who
// its labels are ("BRATTLI:" is Hege Brattli), rather than reading as
// headings; "the deminer boss" is whoever leads the deminers, not a
// deminer; "the ses team leader" is not the head of the SES itself.
func TestParticipantsAndLeaders(t *testing.T) {
	presser := `TRANSCRIPT — JOINT PRESS CONFERENCE
Oslo, 10 September 2038

Participants:
Hege Brattli, Minister of Foreign Affairs of Norway
Dmytro Savchuk, Minister of Foreign Affairs of Ukraine

BRATTLI: Thank you. Phase Two runs from January 2039 and covers 210,000 hectares of farmland in the south.

SAVCHUK (through interpreter): Thank you, Hege. Ukraine came to Oslo with one condition: no Phase Two on maps we cannot check.
`
	field := `---
title: Clearing the south
date: 2038-07-01
---

Serhiy Dovhan, a deminer, was killed in April in a field the map showed as clear.

Colonel Roman Tkachenko, head of the SES demining directorate, said: "The machines go where the maps are worst."
`
	e := engineOfFiles(t, map[string]string{"presser.txt": presser, "field.md": field})
	checkSpeakerOf(t, e, map[string]string{
		"what did minister brattli say":       "Hege Brattli",
		"savchuk on the maps":                 "Dmytro Savchuk",
		"wat did teh deminer boss say":        "Roman Tkachenko",
		"what did the ses team leader say":    "",
		"what did the norwegian minister say": "Hege Brattli",
	})
}

// "the mum from sumy" is the one person the articles say is from Sumy and
// whom a word for a woman may call, not the town's mayor; a man from
// there is not "the lady", and two people from one town leave it open.
func TestSpeakerByWhereTheyAreFrom(t *testing.T) {
	text := "Families wait at the border\nKyiv Ledger\n2038-05-02\n\n" +
		"Dozens of families waited behind a rope. Liudmyla Shapoval, 58, from Sumy, has come to every exchange since her son went missing. \"I bring his photograph every time,\" she said.\n\n" +
		"Petro Havryliuk, 71, from Poltava, stood beside her. \"We are too old to wait this long,\" he said.\n\n" +
		"Oksana Melnyk, 44, from Poltava, said she had heard nothing since March. \"Nobody calls us back,\" she said.\n\n" +
		"The mayor of Sumy, Ivan Kolos, said the buses were ready. \"Sumy will take everyone,\" he said.\n"
	e := engineOfFiles(t, map[string]string{"border.txt": text})
	checkSpeakerOf(t, e, map[string]string{
		"what did the mum from sumy say":                      "Liudmyla Shapoval",
		"the mum from sumy at the crossing, what did she say": "Liudmyla Shapoval",
		"what did the lady from poltava say":                  "Oksana Melnyk",
		"what did the man from poltava say":                   "Petro Havryliuk",
		"what did the people from poltava say":                "",
		"what did the reader from sumy say":                   "Liudmyla Shapoval",
	})
}

// Descriptions that fit no one here are no one's, never the nearest:
// two ministries' spokeswomen leave "the ministry spokeswoman" open;
// "the icrc spokeswoman" is not Qatar's, in a passage naming the ICRC
// elsewhere; "Chair." closing the sentence before a name does not make
// her the chair; "chief" qualifying a delegate's title is no chief;
// Ukraine's ombudsman is no "ukraine chief".
func TestDescriptionsNoOneHereFits(t *testing.T) {
	text := "Families reunited\nKyiv Daily Courier\n2039-03-02\n\n" +
		"Dr Hessa Al-Sulaiti, the spokeswoman for Qatar's foreign ministry, said the ICRC had checked every child. \"Thirty-seven children boarded the flight at 16:40,\" she said.\n\n" +
		"\"Every child who comes home will be met by a psychologist,\" said Oksana Tkach, spokesperson for the Ministry of Reintegration of Ukraine.\n\n" +
		"The ICRC's chief tracing delegate, Dr Annika Lindqvist, said: \"No child will cross a border because a list says so.\"\n\n" +
		"Olena Hrytsenko, Ukraine's human rights ombudsman, wrote: \"A signature at two in the morning is worth what happens at the border.\"\n\n" +
		"Ms Okafor asked: \"One last question, Chair. Dr Lindqvist, if the Committee could do one thing, what should it be?\"\n"
	e := engineOfFiles(t, map[string]string{"courier.txt": text})
	checkSpeakerOf(t, e, map[string]string{
		"wht did the ministry spokeswoman say":                                   "",
		"what did the icrc spokeswoman tweet":                                    "",
		"what did the committee chair say when someone shouted from the gallery": "",
		"ukraine pow chief about the wounded prisoners":                          "",
		"what did the qatari spokeswoman say":                                    "Hessa Al-Sulaiti",
		"what did the icrc delegate say":                                         "Annika Lindqvist",
	})
}

// "The mother of the captured marine" is the woman a passage names with
// her son the marine, now that "Her son Maksym" names him too: the words
// for a person say which of the two it is.
func TestRelationPicksByTheWordsGender(t *testing.T) {
	text := "The quay at Izmail\nDanube Herald\n2026-02-14\n\n" +
		"For Halyna Tkachuk, the truce means something else entirely. Her son Maksym, a marine, was captured near the Kinburn Spit in November 2025.\n\n" +
		"\"I have been patient for three and a half years,\" Tkachuk said. \"Patience is not a plan.\"\n"
	e := engineOfFiles(t, map[string]string{"herald.txt": text})
	checkSpeakerOf(t, e, map[string]string{
		"what did the mother of the captured marine say abt being patient": "Halyna Tkachuk",
	})
}

// Of two quoted Swiss office holders, an engineer and a special envoy,
// "the swiss mediator" is the envoy (sent to carry the talks); "the
// agency chief" is who heads the agency itself, not its deputy head, the
// head of one of its parts, nor the crew chief the articles also quote;
// and "the russian delegation head" is no one when only the Ukrainian
// delegation's head is quoted.
func TestMediatorAndChiefAmongMany(t *testing.T) {
	doc := `---
title: Geneva round on the plant
date: 2047-02-25
---

Switzerland's special envoy, Ambassador Beatrice Hauswirth, opened the round. "Nobody leaves Geneva with a slogan," she said.

Anneliese Brunner, an engineer at the Bern Institute for Nuclear Safety, said: "A shut reactor still needs water."

Marguerite Okonkwo-Lind, Director General of the International Nuclear Oversight Agency, said: "One line is not safety."

Tomasz Wierzbicki, Deputy Director General of the International Nuclear Oversight Agency, said: "The inspectors rotate every five weeks."

Rafael Ostermann, Spokesperson and Head of Media Relations for the International Nuclear Oversight Agency, said: "The briefing starts at noon."

Bohdan Yarema, the crew chief who led the repair team, said: "We heard the line come back."

Taras Hnatyshyn, head of the Ukrainian delegation, said: "The zone must include the town."
`
	e := engineOfFiles(t, map[string]string{"geneva.md": doc})
	checkSpeakerOf(t, e, map[string]string{
		"what did the swiss mediator say":          "Beatrice Hauswirth",
		"what did the agency chief say":            "Marguerite Okonkwo-Lind",
		"what did the agency boss say about lines": "Marguerite Okonkwo-Lind",
		"what did the russian delegation head say": "",
	})
}

// "the efsa boss" is who heads the agency the initials stand for, not the
// envoy "who chaired the talks together with" it: what someone did
// together with a body is no title of theirs in it.
func TestAcronymBossNotTheCoChair(t *testing.T) {
	doc := `---
title: Corridor deal signed
date: 2055-03-06
---

The deal was signed at 23:40 after a final session of 19 hours, said Kuwait's special envoy Faisal Al-Sabah, who chaired the talks together with the European Food Safety Bureau. "We wrote it line by line," he said.

Inspectors of the European Food Safety Bureau (EFSB) will visit the silos in June.

The European Food Safety Bureau's executive director, Karin Dahlberg, said the bureau would sign off only after the audit. "We will not certify a silo we would not feed our own children from," she said.
`
	e := engineOfFiles(t, map[string]string{"deal.md": doc})
	checkSpeakerOf(t, e, map[string]string{
		"efsb boss on the audit":         "Karin Dahlberg",
		"what did the bureau chief say":  "Karin Dahlberg",
		"what did the kuwaiti envoy say": "Faisal Al-Sabah",
	})
}

// "the rostov lab boss" is no one the articles title so: not the
// columnist a reply names beside "the Rostov laboratory", whom no title
// makes the head of anything. And "lab", a word the articles never use
// for their "laboratory", does not make it someone they never mention:
// the passages on the laboratory are shown.
func TestLabBossNotTheColumnistBesideIt(t *testing.T) {
	doc := `---
title: Right of reply
date: 2059-05-28
---

Second, Mr Wierzbicki suggests that the Rostov laboratory can shift the results by staying just under the threshold. The data say otherwise: in four of five disputed cases the referee stood closer to Dnipro.

Tomasz Wierzbicki, a former consul who writes a weekly column, said: "A discount is still a discount."

Dr. Yelena Kostina, director of the Southern Hydrochemical Institute in Rostov-on-Don, said: "Our instruments do not know which side of the line the river is on."

Each sample is split three ways: one bottle goes to Dnipro, one to Rostov-on-Don and one to the referee laboratory in Trieste.

The pumping station at Kamianyi Yar lost three of its five pumps to shelling in 2057, and repairs are due to start on 2 June.

About 9,000 cubic metres of mine water a day reach the river from two flooded mines, the commission estimates.
`
	e := engineOfFiles(t, map[string]string{"reply.md": doc})
	checkSpeakerOf(t, e, map[string]string{"what did the rostov lab boss say": ""})
	a, err := e.Ask(context.Background(), "what did the rostov lab boss say", AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !slices.ContainsFunc(a.Passages, func(p Passage) bool { return strings.Contains(p.Text, "Rostov laboratory") }) {
		t.Errorf("passages %+v, want the one on the Rostov laboratory among them", a.Passages)
	}
}

// "the gulf mediator" is the one quoted office holder of a Gulf country
// (regions.tsv), here the Emirati envoy, not the Turkish minister; and
// "his statement" in "what did the gulf mediator say in his statement"
// is the mediator's, not a pronoun asking after someone before.
func TestMediatorByRegion(t *testing.T) {
	doc := `---
title: Stage one of the exchange
date: 2048-04-24
---

Omar Al-Hashemi, the United Arab Emirates' special envoy for humanitarian mediation, said in a statement that "even a slow road leads somewhere."

Turkish Foreign Minister Hakan Demir said the crossing "worked as agreed."
`
	e := engineOfFiles(t, map[string]string{"swap.md": doc})
	checkSpeakerOf(t, e, map[string]string{
		"what did the gulf mediator say":                                 "Omar Al-Hashemi",
		"what did the gulf mediator say in his statement after the swap": "Omar Al-Hashemi",
		"what did the baltic mediator say":                               "",
	})
}

// Shorthand for a title (questions.yaml title_shorthand) describes
// someone as the title written out would: "the trust's md" is the
// trust's managing director, not its other director.
func TestShorthandTitleDescribes(t *testing.T) {
	doc := `---
title: Recovery conference
date: 2032-05-14
---

"This is not charity," said the EU special envoy for Ukraine's recovery, Catarina Duarte. The trust's managing director, Rajiv Menon, was more cautious. "Pledges are promises. I will celebrate when the money is in the account," he said.

Oksana Bilyk, a director of the trust's board, said: "The board meets in June."
`
	e := engineOfFiles(t, map[string]string{"conference.md": doc})
	checkSpeakerOf(t, e, map[string]string{
		"what did the trust's md say about the pledges": "Rajiv Menon",
	})
}

// Members' other ways of asking for someone's words or who they are:
// "X's reply", "X's one liner" (a possessive typed without its
// apostrophe), "what did X make of …", "who exactly is X".
func TestMoreWaysToAskForSomeone(t *testing.T) {
	doc := `---
title: Ankara round
date: 2049-04-30
---

Dmytro Lysak, the Ukrainian delegation's spokesman, called the arrangement "a door, not a house."

Yelena Strukova, the Russian delegation's spokeswoman, replied that the costs should be shared "in equal shares for all four participants."

Serhii Ostapenko, the Mayor of Beryslav, said of the engineer's refusal: "I would rather have an engineer who says no than one who says maybe."

Hanna Lytvyn, chair of the Kakhovka Irrigators' Cooperative, said: "Water does not ask which side you are on."
`
	e := engineOfFiles(t, map[string]string{"ankara.md": doc})
	checkSpeakerOf(t, e, map[string]string{
		"lysaks one liner about the deal":                                  "Dmytro Lysak",
		"and the russian spokeswoman's reply to that":                      "Yelena Strukova",
		"what did ostapenko make of the engineer turning his request down": "Serhii Ostapenko",
		"who exactly is hanna lytvyn":                                      "Hanna Lytvyn",
	})
}

// "what did hnatiuk say", of the negotiator a profile is about and "her
// mother, Nadiia Hnatiuk", both quoted: the negotiator, as the profile
// calls her by the surname alone; on what the mother's words are about,
// the mother. And "the hydrant", the nickname the ministry gives her, is
// the negotiator.
func TestSurnameOfAProfileAndARelative(t *testing.T) {
	doc := `---
title: The woman who reads pump curves
date: 2059-06-02
---

Oleksandra Hnatiuk spent two decades underground before she sat down opposite Moscow.

Hnatiuk, 52, is the chief negotiator. Almost everyone in the ministry calls her "the Hydrant", a nickname that began as a joke.

"If you hear nothing, that is the best sound in the world," Hnatiuk said of the first morning of the pause.

Her mother, Nadiia Hnatiuk, a retired geography teacher, remembers the first sign. "She took the kettle apart when she was six," she said.

Hnatiuk does not dispute the missing sentence. "I can have the sentence in ten years, or I can have water in June," she said.
`
	e := engineOfFiles(t, map[string]string{"profile.md": doc})
	checkSpeakerOf(t, e, map[string]string{
		"what did hnatiuk say":                          "Oleksandra Hnatiuk",
		"wat did hnatiuk say about the sulphate levels": "Oleksandra Hnatiuk",
		"what did hnatiuk say about the kettle":         "Nadiia Hnatiuk",
		"what does the hydrant say":                     "Oleksandra Hnatiuk",
	})
}

// "UNEP's Ingrid Solheim" says whom she is with: "the unep lady" and "the
// unep official" are her, though her only title names the agency as
// "the agency's delegation"; her title stays what is shown for her.
func TestAcronymOwningTheName(t *testing.T) {
	doc := `---
title: Water deal signed
date: 2059-05-21
---

The talks were brokered by Poland and the UN Environment Programme (UNEP).

The clean-up fund held 38 million euros on Wednesday, according to Ingrid Solheim, the Norwegian official who heads the agency's delegation to the talks.

"The river does not carry a passport," Solheim said.

UNEP will run the trust fund, and UNEP inspectors will check every invoice on both sides of the line.

Halina Zaremba, Poland's deputy environment minister, said: "The money should come before the summer."

Halina Zaremba and UNEP's Ingrid Solheim stood behind the negotiators at the signing. UNEP's Ingrid Solheim left for Nairobi the same evening.
`
	e := engineOfFiles(t, map[string]string{"deal.md": doc})
	checkSpeakerOf(t, e, map[string]string{
		"unep lady quote about the river": "Ingrid Solheim",
		"what did the unep official say":  "Ingrid Solheim",
	})
	a, err := e.Ask(context.Background(), "what did solheim say", AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if a.SpeakerRole == "UNEP" {
		t.Errorf("Solheim shown as %q, want her title", a.SpeakerRole)
	}
}

// "the ukrainian negotiator's deputy" is someone's deputy: not the deputy
// head of a regional administration whom a passage on the negotiators
// names; "the minister's spokesman" is the one introduced as the
// minister's, by the minister's name.
func TestSomeonesDeputyIsNoDeputyHead(t *testing.T) {
	doc := `---
title: Open Line
date: 2059-05-23
---

Two days ago in Trieste the Ukrainian and Russian negotiators signed a deal on water. In the studio with me is Mykola Drozd, deputy head of the regional military administration. "The pause starts on 2 June," Drozd said.

Infrastructure Minister Dmytro Kovalchuk will travel to Brussels on May 21.

Kovalchuk's spokesman, Yaroslav Bondar, said the signing was "a formality, but a very welcome one".

Yaroslav Bondar, a spokesman for Kovalchuk, wrote on Facebook that the minister would sign the first financing agreement in Brussels.
`
	e := engineOfFiles(t, map[string]string{"radio.md": doc})
	checkSpeakerOf(t, e, map[string]string{
		"what did the ukrainian negotiator's deputy say": "",
		"what did the minister's spokesman say":          "Yaroslav Bondar",
	})
}
