package index

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"
)

// doerArticles are a wire report, a who's-who list and a timeline of
// one round of talks, written for these tests: people named doing
// things by a passive "by", as subject with an aside, in a relative
// clause, in a list of rows, and several at once.
var doerArticles = map[string]string{
	"wire.txt": `Grain corridor deal signed in Valletta
Wire
2071-05-04

VALLETTA - The corridor protocol was signed on Friday evening at the Grandmaster's Palace by Ukraine's Deputy Infrastructure Minister Halyna Dovzhenko and Russia's Deputy Transport Minister Arkady Veretennikov. Neither foreign minister attended.

The round was hosted by the Maltese foreign minister, Clara Azzopardi, who said the corridor would open on 1 June.

Brigadier General Tomas Lindqvist, a retired Swedish officer, commands the monitoring mission. "We will count every ship," Lindqvist said.

Kremlin spokeswoman Yelena Sorokina said the talks had been "businesslike". According to Ambassador Priya Raman, India's special envoy, the ships would be checked by 40 inspectors from India and Brazil.

Bishop Anselm Vitt came down from the cathedral on Saturday morning and blessed each ship as it left the harbour. Harbour master Mira Sollen said that the crews had waited at the quay all night and painted every hull white.
`,
	"whoswho.txt": `Who's who at the Valletta round
Explainer
2071-05-05

Clara Azzopardi, 61 - Maltese foreign minister, host of the Valletta round.

Oleh Marchuk, 47 - Ukrainian delegation member; with Pavlo Hnatiuk, an adviser, he drafted the annex on insurance.
`,
	"programme.md": `# Fourth round: programme

Lukas Brunner is Switzerland's special envoy for civil aviation. He chaired the Geneva round, which produced the protocol on handover.

Leyla Hasanova is Deputy Minister of Foreign Affairs of the Republic of Azerbaijan and host of the Baku round. She served as ambassador to Switzerland.

Gennady Voronin is no friend of the host of the Montreal round, whom he never names.
`,
}

// A "who did it" question names, above the passage saying so, the one
// person that passage names doing it; where it names several, the one
// the question's other words point to; where it names no one doing it
// plainly, or the choice stays open, no one.
func TestWhoDidItNamesTheDoer(t *testing.T) {
	e := engineOfFiles(t, doerArticles)
	ctx := context.Background()
	for _, c := range []struct {
		q, doer string
	}{
		// "hosted by the Maltese foreign minister, Clara Azzopardi"
		{"who hosted the valletta round", "Clara Azzopardi"},
		// "commands": an aside between name and verb
		{"who commands the monitoring mission", "Tomas Lindqvist"},
		// "He chaired": the one the sentence before names
		{"who chaired the geneva round", "Lukas Brunner"},
		// what the sentence says she is, after "is … and"; asked as
		// "who's hosting"
		{"who's hosting the baku round", "Leyla Hasanova"},
		// "no friend of the host": not the host
		{"who hosted the montreal round", ""},
		// signed by two: the one the question's country points to
		{"who signed for russia", "Arkady Veretennikov"},
		{"who signed the protocol for ukraine", "Halyna Dovzhenko"},
		// two signed, the question says not which: no one named
		{"who signed the corridor protocol", ""},
		// "according to X, …, the ships would be checked by 40
		// inspectors": X checks nothing
		{"who checks the ships", ""},
		// "came down … and blessed": the second of two deeds an "and"
		// joins is the subject's too
		{"who blessed the ships", "Anselm Vitt"},
		// "the whole thing": how members ask, no words the articles
		// must hold (questions.yaml filler)
		{"who blessed the whole thing", "Anselm Vitt"},
		// "said that the crews … painted": another clause, another
		// subject
		{"who painted the hulls", ""},
		// a verb saying only that something was done, and the noun for
		// what (questions.yaml light_verbs): who signed
		{"who did the signing for russia", "Arkady Veretennikov"},
		{"who carried out the signing for russia", "Arkady Veretennikov"},
	} {
		a, err := e.Ask(ctx, c.q, AskOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if a.Speaker != c.doer {
			t.Errorf("%q: named %q, want %q", c.q, a.Speaker, c.doer)
		}
		if c.doer == "" {
			continue
		}
		if len(a.Passages) == 0 || !strings.Contains(a.Passages[0].Text, strings.Fields(c.doer)[1]) {
			t.Errorf("%q: the first passage does not name %s: %+v", c.q, c.doer, a.Passages)
		}
		r := Render(a)
		if !strings.Contains(r.Intro, c.doer) {
			t.Errorf("%q: the reply's intro %q does not name %s", c.q, r.Intro, c.doer)
		}
		if surname := strings.Fields(c.doer)[1]; !strings.Contains(a.Passages[0].Highlight, "**"+surname) && !strings.Contains(a.Passages[0].Highlight, "**"+c.doer) {
			t.Errorf("%q: the first passage does not show %s in bold: %s", c.q, c.doer, a.Passages[0].Highlight)
		}
	}
}

// "the host" alone, where one host holds the title and the articles say
// another hosts a round too ("… and host of the Baku round", in a bio
// the title was not read from), is no one in particular: no quote is
// given to the first. "the baku host" is the one of Baku.
func TestTheHostOfSeveral(t *testing.T) {
	e := engineOfFiles(t, map[string]string{
		"profile.txt": `The controller at the table
Review
2071-06-20

Malta's transport minister, Miriam Camilleri, who hosted the round, recalls three nights of drafting. "She slept four hours a night," Camilleri says.
`,
		"programme.md": `# Fourth round: programme

> "Baku has always stood where routes cross."
>
> — Leyla Hasanova, Deputy Minister of Foreign Affairs of the Republic of Azerbaijan

Leyla Hasanova is Deputy Minister of Foreign Affairs of the Republic of Azerbaijan and host of the Baku round. She served as ambassador to Switzerland.
`,
	})
	a := ask(t, e, "what did the host say")
	if a.Speaker == "Miriam Camilleri" || len(a.Quotes) > 0 && a.Quotes[0].Speaker == "Miriam Camilleri" {
		t.Errorf("the host: answered as Miriam Camilleri's words: %+v", a.Quotes)
	}
	checkSpeakers(t, e, []speakerCase{{"what did the baku host say", "Leyla Hasanova", "Baku has always stood"}})
}

// The passage saying who did it may rank below one that only talks
// about them: the doer is looked for in the first few passages that
// answer, and the one saying it, with the deed's verb and the
// question's other words, comes first. Below the first, a doer's noun
// alone ("the host of a forum"), another round's host, or a passage
// only related lifts nothing.
func TestTheDoerFromAPassageBelowTheFirst(t *testing.T) {
	talk := Passage{Text: "Eirik Haugland, the Norwegian envoy, made a judgement that a pause without fuel was better than no pause."}
	says := Passage{Text: "The convoy was led by OCHA with WHO and UNICEF. The pause was mediated by the Norwegian special envoy, Eirik Haugland."}
	forum := Passage{Text: "Matthias Aigner, host of the pause panel, spoke first."}
	other := Passage{Text: "The Valletta round was hosted by the Maltese foreign minister, Clara Azzopardi."}
	related := says
	related.Related = true
	files := map[string]string{}
	for i, p := range []Passage{talk, says, forum, other} {
		files[fmt.Sprintf("%d.md", i)] = "# Notes\n\n" + p.Text + "\n"
	}
	e := engineOfFiles(t, files)
	for _, c := range []struct {
		q, doer  string
		passages []Passage
	}{
		{"who mediated the pause", "Haugland", []Passage{talk, says}},
		{"who mediated the pause", "", []Passage{talk, related}},
		{"who hosted the pause panel", "", []Passage{talk, forum}},
		{"who hosted the montreal round", "", []Passage{talk, other}},
	} {
		a := &Answer{Passages: slices.Clone(c.passages)}
		p, err := e.doer(context.Background(), e.understand(c.q), a)
		if err != nil {
			t.Fatal(err)
		}
		switch {
		case c.doer == "" && p != nil:
			t.Errorf("%q: named %s on a passage that does not say it", c.q, p.Name)
		case c.doer != "" && (p == nil || !strings.Contains(p.Name, c.doer)):
			t.Errorf("%q: named %v, want %s", c.q, p, c.doer)
		case c.doer != "" && a.Passages[0].Text != says.Text:
			t.Errorf("%q: first passage %q, want the one saying it", c.q, a.Passages[0].Text)
		}
	}
}

// A "she" that opens its clause after a phrase set before it ("On the
// night of 9 March, when shells hit the grounds, she walked …") is the
// one person the sentence before names, as a "she" opening the sentence
// is; with someone named in that phrase, it is no one.
func TestTheDoerAfterAFrontedPhrase(t *testing.T) {
	e := engineOfFiles(t, map[string]string{
		"tv.txt": "Evening news\nVNB\n2087-03-16\n\n" +
			"REPORTER: This is nurse Danica Orlek. On the night of the ninth of March, when shells hit the hospital grounds, she walked nearly forty patients down to the basement.\n\n" +
			"REPORTER: This is Dr Maria Ravnik. After Mayor Vesna Holm phoned, she drove the spare generator to the ward.\n",
	})
	for q, want := range map[string]string{
		"who walked the patients to the basement": "Danica Orlek",
		"who drove the spare generator":           "",
	} {
		a, err := e.Ask(context.Background(), q, AskOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if a.Speaker != want {
			t.Errorf("%q: named %q, want %q", q, a.Speaker, want)
		}
	}
}

// A verb members ask words by only in questions ("blamed", "promised",
// "accused") is also a deed the articles report of its doer without
// quoting them: "who blamed moskal for the drone" names the spokesman
// the timeline says blames Moskal Reach.
func TestWhoDidAQuestionOnlySpeechVerb(t *testing.T) {
	e := engineOfFiles(t, map[string]string{"timeline.md": `# The ice road, day by day

- **14 January, 10:12** - A drone is seen over the road near marker 30 and the convoy stops for about 40 minutes. Edvin Sarro, spokesman for the Foreign Minister, blames Moskal Reach. Moskal Reach blames Tervia.

- **15 January** - The convoy runs without a stop.
`})
	if a := ask(t, e, "who blamed moskal for the drone"); a.Speaker != "Edvin Sarro" {
		t.Errorf("speaker %q, want Edvin Sarro", a.Speaker)
	}
}

// A "who" question's verb with its preposition ("who speaks for the
// ministry") is not the same verb with another one ("spoke to Rask"):
// the minister who spoke to the freed reporter is not named as whoever
// speaks for the ministry; one who speaks for it is, or on behalf of it
// (questions.yaml preposition_alike).
func TestTheDoerOfAVerbWithAnotherPreposition(t *testing.T) {
	e := engineOfFiles(t, map[string]string{"live.md": `# Reporter freed: live

- **17:02** - Foreign Minister Sofia Lindahl spoke to Rask by phone at 16:30, the Arvenland foreign ministry said.

- **17:40** - Jonas Ekberg, who speaks for the Arvenland foreign ministry, said no money changed hands.

- **18:10** - Ines Moll, who speaks on behalf of the Valmont church, said the bishop was resting.
`})
	for q, want := range map[string]string{
		"who speaks for the arvenland foreign ministry": "Jonas Ekberg",
		"who spoke to rask":                             "Sofia Lindahl",
		"who speaks for the valmont church":             "Ines Moll",
	} {
		if a := ask(t, e, q); a.Speaker != want {
			t.Errorf("%q: named %q, want %q", q, a.Speaker, want)
		}
	}
}

// A deed whose doer a passage describes without naming ("brokered by an
// envoy of the Valmont church") names the one person the articles title
// so; a description by no title ("spotted by a visitor who noticed a
// tripwire") names no one, however near a named man stands.
func TestTheDoerDescribedByTitle(t *testing.T) {
	e := engineOfFiles(t, map[string]string{"wire.txt": `Reporter freed
Wire
2077-05-20

SORNY, May 20 - Elin Rask was freed on Wednesday in a deal brokered by an envoy of the Valmont church, officials said.

Bishop Matthias Orrel, the special envoy of the Valmont church, visited her in April.

Lukas Brenner, who heads the ICRC office in Toresk, said the device had been spotted by a visitor who noticed a tripwire.
`})
	for q, want := range map[string]string{
		"who brokered the deal":  "Matthias Orrel",
		"who spotted the device": "",
	} {
		if a := ask(t, e, q); a.Speaker != want {
			t.Errorf("%q: named %q, want %q", q, a.Speaker, want)
		}
	}
}

// What an apposition says someone alone, first or last did ("Oleg Vantsa,
// the chief engineer of Morrenergo and the only Morraskan member to
// abstain,") names its doer.
func TestTheDoerOfTheOnlyOneTo(t *testing.T) {
	e := engineOfFiles(t, map[string]string{"live.md": `# Commission votes: live

- **17:30** - Oleg Vantsa, the chief engineer of the grid company Morrenergo and the only Morraskan member to abstain, told reporters he could not vote against keeping the grids safe.

- **17:40** - Yelena Dravic voted no.
`})
	if a := ask(t, e, "who abstained in the vote"); a.Speaker != "Oleg Vantsa" {
		t.Errorf("named %q, want Oleg Vantsa", a.Speaker)
	}
}

// "brokered in Tessaly by Norland's President Ulrik Saare": the "by"
// leads to the doer through whose title it is; "and brokers expect" is
// people who broker, no deed of the name before it.
func TestTheDoerByATitleInThePossessive(t *testing.T) {
	e := engineOfFiles(t, map[string]string{
		"journal.txt": `Ferry rates fall
Freight Weekly
2071-03-02

Rates fell after the ferry accord brokered in Tessaly by Norland's President Ulrik Saare, under which every ferry is searched once. Transport minister Janne Kivi has said 12 ferries are waiting, and brokers expect the first to sail in May.
`,
	})
	a := ask(t, e, "who brokered the ferry accord")
	if a.Speaker != "Ulrik Saare" {
		t.Errorf("named %q, want Ulrik Saare", a.Speaker)
	}
	e = engineOfFiles(t, map[string]string{
		"journal.txt": `Ferry rates fall
Freight Weekly
2071-03-02

Rates fell after the ferry accord. Transport minister Janne Kivi has said 12 ferries are waiting, and brokers expect the first to sail in May.
`,
	})
	if a := ask(t, e, "who brokered the ferry accord"); a.Speaker != "" {
		t.Errorf("named %q, whom the passage names only before brokers expecting", a.Speaker)
	}
}

// "who heads the dravenian delegation", of "Dravenian Deputy Defence
// Minister Oskar Brannt, who leads his country's delegation": the title
// the relative clause gives him, whose country his other title says.
func TestWhoHeadsTheirCountrysDelegation(t *testing.T) {
	e := engineOfFiles(t, map[string]string{
		"wire.txt": `Zone talks stall
Wire
2078-03-16

Dravenian Deputy Defence Minister Oskar Brannt, who leads his country's delegation, said the zone must be symmetrical.

Chief negotiator Hana Veltris, a former judge, said the delegation from Ostrelia would stay until Friday.
`,
	})
	if a := ask(t, e, "who heads the dravenian delegation"); a.Speaker != "Oskar Brannt" {
		t.Errorf("named %q, want Oskar Brannt", a.Speaker)
	}
}
