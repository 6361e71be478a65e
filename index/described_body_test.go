package index

import (
	"context"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/talksbot/talksbot/corpus"
)

// bodyCorpus names people by the bodies they work for, with no title a
// member would type: a state company's deputy director, a regulator's
// director general, a think tank's fellow, and a regional governor whose
// title names a city a letter-writer also comes from.
func bodyCorpus(t *testing.T) *corpus.Corpus {
	t.Helper()
	wire := `---
title: Plant handed over at dawn
outlet: Harbour Post
date: 2032-06-08
---

The protocol was signed by Arkady Selin, deputy director at Rosatom, who left without speaking to reporters.

"A cold reactor still needs water every hour," said Sunita Ramaswamy, Director General of the Canadian Nuclear Safety Commission.

"Nobody should expect a restart this decade," said Anna Kowalczyk, a senior fellow at the Warsaw Centre for Eastern Policy.

"We are ready to receive the first families," said Bohdan Savchuk, governor of the Vinnytsia region.

"Our job is to count, to watch and to write down what we see," said Tomasz Wieczorek, head of the OSCE monitoring team at the Hoptivka crossing, standing beside Governor Oleh Lysenko.
`
	letters := `---
title: Letters
outlet: Harbour Post
date: 2032-06-10
---

I watched the buses leave and I did not celebrate. Nobody has asked us what we need.

Olena Hrytsak, Vinnytsia
`
	c, err := corpus.LoadFS(fstest.MapFS{"wire.md": {Data: []byte(wire)}, "letters.md": {Data: []byte(letters)}}, corpus.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// A member who names someone only by the body they work for ("the
// rosatom guy", "the nuclear safety commission person", "the think tank
// lady") gets that body's one person, quoted or named; where someone
// comes from is no body ("the lady from vinnytsia" is not the governor
// of the Vinnytsia region but the reader who signed her letter from
// there), and a body two people share says no one.
func TestSpeakerByTheirBody(t *testing.T) {
	e := engineOf(t, bodyCorpus(t))
	for _, tt := range []struct {
		q, speaker string
		status     SpeakerStatus
	}{
		{"what did the rosatom guy say when he signed", "Arkady Selin", SpeakerNotQuoted},
		{"what did the nuclear safety commission person say abt the pond", "Sunita Ramaswamy", SpeakerQuoted},
		{"what did the think tank lady say abt a restart", "Anna Kowalczyk", SpeakerQuoted},
		{"what did the warsaw think tank expert say", "Anna Kowalczyk", SpeakerQuoted},
		{"what did the lady from vinnytsia say", "Olena Hrytsak", SpeakerNotQuoted},
		// Where they are is set aside, what they are of is not.
		{"the osce guy at the crossing, what did he say", "Tomasz Wieczorek", SpeakerQuoted},
	} {
		t.Run(tt.q, func(t *testing.T) {
			a, err := e.Ask(context.Background(), tt.q, AskOptions{})
			if err != nil {
				t.Fatal(err)
			}
			if a.Speaker != tt.speaker {
				t.Fatalf("speaker %q, want %q", a.Speaker, tt.speaker)
			}
			if tt.speaker != "" && a.SpeakerStatus != tt.status {
				t.Errorf("status %q, want %q", a.SpeakerStatus, tt.status)
			}
			for _, q := range a.Quotes {
				if q.Speaker != tt.speaker {
					t.Errorf("quote by %q shown for %q", q.Speaker, tt.speaker)
				}
			}
		})
	}
}

// A podcast's guest and host are asked for by their part in the show:
// "the podcast guest" is whom the host introduced as the guest, and "the
// podcast host", who only asks, is named but not quoted.
func TestSpeakerByTheirPartInAShow(t *testing.T) {
	show := `---
title: "Frontline Briefing, episode 212"
outlet: Frontline Briefing
date: 2032-06-12
---

[00:00] HOST: Hello and welcome. I'm Tom Ashworth. My guest today is Dr Rhiannon Pryce, a senior fellow at the Hallam Institute. Rhiannon, welcome.

[00:31] GUEST: Thanks, Tom. Glad to be here.

[12:40] HOST: The donors pledged 3.1 billion euros in Helsinki. Is that enough?

[12:58] GUEST: No, and nobody in Helsinki pretended it was. It buys a pond that does not leak. It does not buy a restart.
`
	e := engineOfFiles(t, map[string]string{"show.md": show})
	a, err := e.Ask(context.Background(), "what does the podcast guest think abt the helsinki money", AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if a.Speaker != "Rhiannon Pryce" || len(a.Quotes) == 0 || !strings.Contains(a.Quotes[0].Text, "nobody in Helsinki pretended") {
		t.Errorf("speaker %q, quotes %v; want Rhiannon Pryce's answer on the Helsinki money", a.Speaker, a.Quotes)
	}
	a, err = e.Ask(context.Background(), "what did the podcast host say", AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if a.Speaker != "Tom Ashworth" || a.SpeakerStatus != SpeakerNotQuoted {
		t.Errorf("speaker %q (%s), want Tom Ashworth, not quoted", a.Speaker, a.SpeakerStatus)
	}
}

// Members shorten titles ("asst", "dep"): "the asst deputy minister" is
// the Assistant Deputy Minister, neither the minister nor another
// country's deputy minister ("assistant" says which office, as
// "foreign" does).
func TestTitleShorthandAsked(t *testing.T) {
	text := `Title: Committee hears officials
Outlet: Wire
Date: 2032-05-25

OTTAWA - Geneviève Arsenault, Assistant Deputy Minister at the Department of Foreign Affairs, told MPs that "Canada will send 14 specialists" to the plant.

Foreign Minister Paul Renaud said on Monday that Canada "will pay its share, and no more".

Russia's deputy foreign minister Gennady Voronin said the report "reads like a press release".
`
	e := engineOfFiles(t, map[string]string{"wire.txt": text})
	checkSpeakers(t, e, []speakerCase{
		{"wat did the asst deputy minister say canada is sending", "Geneviève Arsenault", "Canada will send 14 specialists"},
	})
}

// A policy forum studies as an institute does: "the think tank analyst"
// is the one person at the Baltic-Black Sea Policy Forum, as a podcast's
// guest list credits her.
func TestPolicyForumIsAThinkTank(t *testing.T) {
	e := engineOfFiles(t, map[string]string{
		"podcast.md": "# Episode 212: the hospital train\n\n### Guests\n\n" +
			"- **Ewa Zielinska** — senior analyst, Baltic-Black Sea Policy Forum, Warsaw\n" +
			"- **Martin Aebi** — project engineer, Kessler Brückenbau, Bern\n\n" +
			"### Transcript\n\n" +
			"**EWA ZIELINSKA:** This train runs on trust, and trust has a very short shelf life on that river.\n\n" +
			"**MARTIN AEBI:** Three of those eleven weeks went on waiting for the deminers.\n",
	})
	checkSpeakerOf(t, e, map[string]string{"what did the think tank analyst say abt trust": "Ewa Zielinska"})
}

// A chair is of something: "the chair of the panel" is never the minister
// who chaired the talks, when the articles name no one who chairs the
// panel; "the chair of the talks" is her.
func TestChairOfAnotherBody(t *testing.T) {
	wire := `---
title: Panel rules on the pause
outlet: Steppe Wire
date: 2064-04-16
---

The talks in Astana were chaired by Kazakh Deputy Foreign Minister Aigerim Sadykova, who shuttled between the two delegations for three days.

"Nobody in that room trusted anybody else," Sadykova told reporters after the signing.

On 15 April a Joint Verification Panel found that the protocol had been respected. The Panel made no finding on who fired the shell.
`
	e := engineOfFiles(t, map[string]string{"wire.md": wire})
	for _, tt := range []struct{ q, speaker string }{
		{"what did the chair of the panel say", ""},
		{"what did the panel chair say", ""},
		{"what did the chairman of the commission say", ""},
		{"what did the chair of the talks say", "Aigerim Sadykova"},
	} {
		t.Run(tt.q, func(t *testing.T) {
			a, err := e.Ask(context.Background(), tt.q, AskOptions{})
			if err != nil {
				t.Fatal(err)
			}
			if a.Speaker != tt.speaker {
				t.Fatalf("speaker %q, want %q", a.Speaker, tt.speaker)
			}
			if tt.speaker == "" && len(a.Quotes) > 0 {
				t.Errorf("quotes %v given to no one asked for", a.Quotes)
			}
		})
	}
}

// "According to his lawyer, Mr Aeschlimann bought …" names Aeschlimann
// beside someone's lawyer: asked for "ukraine's lawyer", he is no one to
// give, whatever else the passage shares with the question.
func TestSomeonesTitleBesideTheOneNamed(t *testing.T) {
	note := `---
title: Lots withdrawn
outlet: Auction House
date: 2074-06-10
---

The three lots were consigned by Konrad Aeschlimann, a private collector based in Zurich, who has agreed to their withdrawal. According to his lawyer, Mr Aeschlimann bought the icons in good faith at an art fair in Dubai, with export papers issued in Rostov-on-Don.

"I did not know where they came from," Aeschlimann said.

Ukraine will ask the tribunal in Vienna to rule on the eleven icons held there.

Ukraine says 174 items are still missing, and Ukraine's culture ministry keeps the list.

The icons return to Ukraine on 28 May, when Ukraine's museum in Lviv receives the first crates.
`
	e := engineOfFiles(t, map[string]string{"note.md": note})
	a, err := e.Ask(context.Background(), "what did ukraine's lawyer tell the tribunal", AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if a.Speaker == "Konrad Aeschlimann" {
		t.Errorf("the collector given as ukraine's lawyer: quotes %v", a.Quotes)
	}
}

// "The think tank analyst" is the one titled analyst, though a
// hydrologist at a university also works at a body that studies and
// would do for "the think tank expert" were no one titled so.
func TestAnalystBeforeAnotherAtABodyThatStudies(t *testing.T) {
	report := `---
title: Holding back the water
outlet: Nordic Security Institute
date: 2074-04-20
---

**Lead author:** Rasmus Kjeldsen, Senior Analyst, Conflict and Infrastructure Programme

"A three-week truce saved a dam. It did not protect it," said Kjeldsen.

"The reservoir will be at its lowest safe level by June," said Yevhen Marchenko, a hydrologist at Lviv Polytechnic National University.
`
	e := engineOfFiles(t, map[string]string{"report.md": report})
	a, err := e.Ask(context.Background(), "what did the think tank analyst say", AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if a.Speaker != "Rasmus Kjeldsen" || len(a.Quotes) == 0 || !strings.Contains(a.Quotes[0].Text, "truce saved a dam") {
		t.Fatalf("speaker %q, quotes %+v; want Kjeldsen's words on the dam", a.Speaker, a.Quotes)
	}
	for _, q := range a.Quotes {
		if q.Speaker != "Rasmus Kjeldsen" {
			t.Errorf("quote by %q shown for the analyst", q.Speaker)
		}
	}
}

// "The bank lady" is the one person at a bank: a word that heads bodies'
// names says where someone works, though one everyday word alone is
// too little to pin anyone.
func TestSpeakerByTheKindOfBody(t *testing.T) {
	wire := `---
title: Pensions paid on the far bank
outlet: River Post
date: 2074-06-12
---

"Some of them had not held their own money in almost two years," said Marta Hlushko, the bank's regional director.

"We counted every envelope twice," said Olena Bilyk, a tank crew commander who escorted the convoy.
`
	e := engineOfFiles(t, map[string]string{"wire.md": wire})
	a, err := e.Ask(context.Background(), "what did the bank lady say", AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if a.Speaker != "Marta Hlushko" || len(a.Quotes) == 0 || !strings.Contains(a.Quotes[0].Text, "their own money") {
		t.Errorf("speaker %q, quotes %+v; want the bank's director and her words", a.Speaker, a.Quotes)
	}
}

// A title naming whoever holds a body's office names the body: the
// spokesman for the Minister of Health is the health ministry's
// spokesman, and no other ministry's.
func TestSpokesmanForTheHolderOfABodysOffice(t *testing.T) {
	briefing := "# Ministry briefing on the convoy\n\n" +
		"**Speaker:** Pavel Dresko, spokesman for the Minister of Health\n\n" +
		"**Q (Jana Lutz, Nordfax):** Who wrote the manifest?\n\n" +
		"**PAVEL DRESKO:** The manifests were produced at the warehouse. It was accurate, but it was not helpful.\n"
	e := engineOfFiles(t, map[string]string{"briefing.md": briefing})
	checkSpeakerOf(t, e, map[string]string{
		"what did the ministry spokesman say about the manifest": "Pavel Dresko",
		"what did the health ministry spokesman say":             "Pavel Dresko",
		"what did the defence ministry spokesman say":            "",
	})
}
