package index

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/talksbot/talksbot/corpus"
)

// followEngine is two speakers, a man and a woman, each quoted on two
// subjects, and a spokesman who speaks for someone never quoted.
func followEngine(t *testing.T) *Engine {
	t.Helper()
	doc := &corpus.Document{ID: "f.txt", Title: "Port talks", Outlet: "Wire", Date: "2029-04-09",
		Passages: []corpus.Passage{
			{Text: `"The corridor will open on Monday," said Selim Karaca, the Turkish mediator.`, Paragraph: 1},
			{Text: `"Mines are the slowest part of any truce," Karaca added.`, Paragraph: 2},
			{Text: `"Our monitors will not carry weapons," said Ingrid Solheim, who leads the UN mission.`, Paragraph: 3},
			{Text: `"Insurance will follow the mine clearance," Solheim said.`, Paragraph: 4},
			{Text: `Dmitry Peskov, the spokesman for President Vladimir Putin, said: "We are cautiously positive."`, Paragraph: 5},
			{Text: `Yaroslav Bondar, a spokesman for the minister, said: "The money is on its way."`, Paragraph: 6},
		},
		Quotes: []corpus.Quote{
			{Speaker: "Selim Karaca", Role: "Turkish mediator", Text: "The corridor will open on Monday,", Paragraph: 1},
			{Speaker: "Selim Karaca", Role: "Turkish mediator", Text: "Mines are the slowest part of any truce,", Paragraph: 2},
			{Speaker: "Ingrid Solheim", Text: "Our monitors will not carry weapons,", Paragraph: 3},
			{Speaker: "Ingrid Solheim", Text: "Insurance will follow the mine clearance,", Paragraph: 4},
			{Speaker: "Dmitry Peskov", Role: "spokesman", Text: "We are cautiously positive.", Paragraph: 5},
		},
	}
	c := &corpus.Corpus{Documents: []*corpus.Document{doc}, People: []corpus.Person{
		{Name: "Selim Karaca", Role: "Turkish mediator", Aliases: []string{"karaca"}, Gender: "male", Quotes: 2, Mentions: 2},
		{Name: "Ingrid Solheim", Aliases: []string{"solheim"}, Gender: "female", Quotes: 2, Mentions: 2},
		{Name: "Dmitry Peskov", Role: "Kremlin spokesman", Aliases: []string{"peskov"}, Gender: "male", Quotes: 1, Mentions: 1},
		{Name: "Yaroslav Bondar", Role: "spokesman", Aliases: []string{"bondar"}, Gender: "male", Quotes: 1, Mentions: 1},
		{Name: "Vladimir Putin", Role: "President", Aliases: []string{"putin"}, Gender: "male", Mentions: 1},
	}}
	e, err := Build(context.Background(), BuildOptions{Corpus: c})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { e.Close() })
	return e
}

// A follow-up asks after the person the member's previous answer was
// about: "and what did she say about insurance" after an answer about
// Solheim is her words on insurance. A pronoun that does not fit them,
// "they", or no previous answer reads the question alone.
func TestFollowUpReadsPronounAfterPreviousAnswer(t *testing.T) {
	e := followEngine(t)
	ctx := context.Background()
	tests := []struct {
		name, after, q  string
		speaker, follow string
		firstQuoteHolds string
	}{
		{"she after her", "Ingrid Solheim", "and what did she say about insurance", "Ingrid Solheim", "Ingrid Solheim", "Insurance will follow"},
		{"he after him", "Selim Karaca", "what did he say abt the mines", "Selim Karaca", "Selim Karaca", "Mines are the slowest"},
		{"who is she", "Ingrid Solheim", "who is she", "Ingrid Solheim", "Ingrid Solheim", ""},
		{"she after a man", "Selim Karaca", "and what did she say about insurance", "", "", ""},
		{"they", "Ingrid Solheim", "what did they say about insurance", "", "", ""},
		{"no previous answer", "", "and what did she say about insurance", "", "", ""},
		{"previous person unknown here", "Kaja Kallas", "and what did she say about insurance", "", "", ""},
		{"a named person wins", "Ingrid Solheim", "what did karaca say about the mines", "Selim Karaca", "", "Mines are the slowest"},
		// A pronoun inside a question asking something else: their
		// words, when some speak to it.
		{"why did she", "Ingrid Solheim", "and why did she think insurance would follow", "Ingrid Solheim", "Ingrid Solheim", "Insurance will follow"},
		{"her word on", "Ingrid Solheim", "and her view on weapons for the monitors", "Ingrid Solheim", "Ingrid Solheim", "Our monitors will not carry"},
		{"did he think", "Selim Karaca", "did he think the corridor opens monday", "Selim Karaca", "Selim Karaca", "The corridor will open"},
		{"nothing of theirs on it", "Selim Karaca", "why did he skip the dinner", "", "", ""},
		// How, when or why they put it, and their last word.
		{"how fast did she say", "Ingrid Solheim", "and how fast did she say they could send people", "Ingrid Solheim", "Ingrid Solheim", ""},
		{"how long does she reckon", "Ingrid Solheim", "and how long does she reckon the clearance takes", "Ingrid Solheim", "Ingrid Solheim", ""},
		{"how did he describe", "Selim Karaca", "and how did he describe the mines", "Selim Karaca", "Selim Karaca", "Mines are the slowest"},
		{"her last word", "Ingrid Solheim", "and what was her last word on insurance", "Ingrid Solheim", "Ingrid Solheim", "Insurance will follow"},
		{"his spokesman", "Vladimir Putin", "and his spokesman's view on the outcome", "", "", ""},
		{"a person the question names", "Selim Karaca", "can a monitor refuse if he thinks the corridor is mined", "", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := e.Ask(ctx, tt.q, AskOptions{After: tt.after})
			if err != nil {
				t.Fatal(err)
			}
			if a.Speaker != tt.speaker || a.FollowUp != tt.follow {
				t.Fatalf("speaker %q, follow-up %q; want %q, %q", a.Speaker, a.FollowUp, tt.speaker, tt.follow)
			}
			if tt.firstQuoteHolds != "" && (len(a.Quotes) == 0 || !contains(a.Quotes[0].Text, tt.firstQuoteHolds)) {
				t.Errorf("first quote %+v, want one holding %q", a.Quotes, tt.firstQuoteHolds)
			}
			for _, q := range a.Quotes {
				if tt.speaker != "" && q.Speaker != tt.speaker {
					t.Errorf("quote of %q shown for %q", q.Speaker, tt.speaker)
				}
			}
		})
	}
}

// "putin's spokesman" is someone of Putin's, never Putin, even when the
// spokesman's own title does not say whose he is.
func TestOwnerIsNotTheOneAsked(t *testing.T) {
	e := followEngine(t)
	for _, q := range []string{"what did putin's spokesman say abt the outcome", "what did putins spokesman say", "putin's spokesman on the talks"} {
		a, err := e.Ask(context.Background(), q, AskOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if a.Speaker == "Vladimir Putin" {
			t.Errorf("%q: resolved to Putin", q)
		}
		for _, qu := range a.Quotes {
			if qu.Speaker == "Vladimir Putin" {
				t.Errorf("%q: a quote shown as Putin's", q)
			}
		}
	}
}

// A subject none of whose words the articles hold, asked of someone never
// quoted, is said so, not a crash: bleve panics on a search with no
// clause.
func TestQuoteAboutWordsNoArticleHolds(t *testing.T) {
	e := followEngine(t)
	a, err := e.Ask(context.Background(), "what did putin say abt the outcome", AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if a.Speaker != "Vladimir Putin" || a.SpeakerStatus != SpeakerNotQuoted || len(a.Quotes) != 0 {
		t.Errorf("speaker %q (%s), %d quotes; want Putin, never quoted", a.Speaker, a.SpeakerStatus, len(a.Quotes))
	}
}

// A given name alone is the one person the articles give it to ("what did
// selim say"); when two share it, no one is guessed.
func TestGivenNameAloneResolvesOnlyWhenOnePersonHasIt(t *testing.T) {
	e := followEngine(t)
	a, err := e.Ask(context.Background(), "what did selim say about mines", AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if a.Speaker != "Selim Karaca" {
		t.Errorf("selim: speaker %q, want Selim Karaca", a.Speaker)
	}
	doc := &corpus.Document{ID: "g.txt", Title: "Two Olhas", Outlet: "Wire", Date: "2029-04-09",
		Passages: []corpus.Passage{
			{Text: `"The port is open," said Olha Hrytsak.`, Paragraph: 1},
			{Text: `"The port is slow," said Olha Melnyk.`, Paragraph: 2},
		},
		Quotes: []corpus.Quote{
			{Speaker: "Olha Hrytsak", Text: "The port is open,", Paragraph: 1},
			{Speaker: "Olha Melnyk", Text: "The port is slow,", Paragraph: 2},
		},
	}
	two, err := Build(context.Background(), BuildOptions{Corpus: &corpus.Corpus{Documents: []*corpus.Document{doc}, People: []corpus.Person{
		{Name: "Olha Hrytsak", Aliases: []string{"hrytsak"}, Gender: "female", Quotes: 1, Mentions: 1},
		{Name: "Olha Melnyk", Aliases: []string{"melnyk"}, Gender: "female", Quotes: 1, Mentions: 1},
	}}})
	if err != nil {
		t.Fatal(err)
	}
	defer two.Close()
	a, err = two.Ask(context.Background(), "what did olha say", AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if a.Speaker != "" {
		t.Errorf("olha, two of them: resolved to %q", a.Speaker)
	}
}

// "prof zielinska on hrytsenko", then "what did she tell the qatari
// envoy": the first question named two women, and "she" is the one of
// them whose words are on the follow-up's subject, not simply the one
// answered about; with nothing to tell them apart ("and what else did
// she say"), the one answered about. Evaluate carries both, as the bot's
// conversation memory does.
func TestFollowUpPronounOfTwoNamed(t *testing.T) {
	e := engineOfFiles(t, map[string]string{
		"profile.txt": `The woman who reopened the pipes

Oksana Hrytsenko, 52, is Ukraine's first deputy energy minister and its negotiator at the gas transit talks.

Professor Marta Zielińska of the Centre for Energy Transit Studies in Vienna is blunter about the outcome: "She won the metering and lost the money."

The breakthrough came from Sheikh Khalid Al-Mannai, Qatar's envoy, who met her in a hotel lobby in Istanbul. Hrytsenko told the envoy: "I am not asking Moscow to say sorry. I am asking them to pay for a compressor."
`,
	})
	ctx := context.Background()
	first, err := e.Ask(ctx, "prof zielinska on hrytsenko", AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	after, ok := first.PersonAfter()
	if !ok || after != "Marta Zielińska" || !slices.Contains(first.OthersAfter(), "Oksana Hrytsenko") {
		t.Fatalf("after %q (%v), others %q; want Zielińska, and Hrytsenko beside her", after, ok, first.OthersAfter())
	}
	opts := AskOptions{After: after, AfterAlso: first.OthersAfter()}
	a, err := e.Ask(ctx, "what did she tell the qatari envoy in istanbul", opts)
	if err != nil {
		t.Fatal(err)
	}
	if a.Speaker != "Oksana Hrytsenko" || len(a.Quotes) == 0 || !strings.Contains(a.Quotes[0].Text, "compressor") {
		t.Errorf("speaker %q, quotes %+v; want Hrytsenko's words to the envoy", a.Speaker, a.Quotes)
	}
	a, err = e.Ask(ctx, "and what else did she say", opts)
	if err != nil {
		t.Fatal(err)
	}
	if a.Speaker != "Marta Zielińska" {
		t.Errorf("nothing to tell them apart: speaker %q, want the one answered about", a.Speaker)
	}
	rep, err := Evaluate(ctx, e, []EvalCase{
		{Question: "prof zielinska on hrytsenko", Speaker: "Marta Zielińska"},
		{Question: "what did she tell the qatari envoy in istanbul", Speaker: "Oksana Hrytsenko", Quotes: []string{"pay for a compressor"}},
	})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Misattributions != 0 {
		t.Errorf("Evaluate put words in the wrong mouth: %d", rep.Misattributions)
	}
}
