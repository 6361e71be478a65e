package index

import (
	"context"
	"strings"
	"testing"
)

// An interview's answer seldom repeats the question it answers ("Q: What
// about the Zaporizhzhia nuclear plant?" / "A: It has been cut off from
// our grid …"): members asking about the plant get that answer first,
// above an explainer that only names the plant in a list, both for what
// the interviewee said and for the topic alone.
func TestAnswerFoundByItsQuestion(t *testing.T) {
	interview := `Grid chief: the hardest December
Harbour Post
2025-12-20

Olena Marchuk has been chief executive of UkrTransGrid, Ukraine's state-owned transmission operator, since March 2024. We spoke to her in Kyiv.

Q: How bad is the grid this week?

A: It is the hardest December since 2022. Since October there have been eleven large-scale attacks on our network.

Q: What about the Zaporizhzhia nuclear plant?

A: It has been cut off from our grid for most of the war and its six reactors are in cold shutdown. It is not a switch we can flip.
`
	explainer := `What is still unresolved?
Harbour Post
2025-12-19

Plenty. Territory in Donetsk, the future of the Zaporizhzhia nuclear plant, the lifting of sanctions and frozen Russian assets are all open.

Negotiators say the remaining questions will go to the leaders.
`
	e := engineOfFiles(t, map[string]string{"interview.txt": interview, "explainer.txt": explainer})
	ctx := context.Background()
	for _, q := range []string{"marchuk on zaporizhzhia npp", "what did the grid ceo say about the zaporizhzhia nuclear plant"} {
		a, err := e.Ask(ctx, q, AskOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if a.Speaker != "Olena Marchuk" || len(a.Quotes) == 0 || !strings.Contains(a.Quotes[0].Text, "six reactors are in cold shutdown") {
			t.Errorf("%q: speaker %q, quotes %d; want Marchuk's answer about the plant first", q, a.Speaker, len(a.Quotes))
		}
	}
	a, err := e.Ask(ctx, "zaporizhzhia nuclear plant reactors", AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Passages) == 0 || !strings.Contains(a.Passages[0].Text, "six reactors are in cold shutdown") {
		t.Errorf("the plant as a topic: %d passages, want the interview's answer about it first", len(a.Passages))
	}
}

// A print interview sets its questions alone in bold, unlabelled: the
// answer under one is found by its words too.
func TestAnswerFoundByItsBoldQuestion(t *testing.T) {
	interview := `---
title: "The commissioner: I saw a building full of children"
outlet: Harbour Post
date: 2034-04-30
---

Aurelia Constantinescu is the Council of Europe's human rights commissioner.

**Ukraine says 21,380 children were taken. Russia talks about 6,100. Who is right?**

I am not a statistician. What I know is that every name on the list has a mother or a grandmother looking for it.

**You were in Kharkiv in the third week of April. What did you see?**

I saw a building full of boys and girls who had been told many different stories about who they are.
`
	explainer := `---
title: What the registry does
outlet: Harbour Post
date: 2034-04-29
---

The registry lists children Ukraine says were deported, and what Kharkiv officials saw at the reception centre in April.
`
	e := engineOfFiles(t, map[string]string{"interview.md": interview, "explainer.md": explainer})
	a, err := e.Ask(context.Background(), "what did the commissioner see in kharkiv", AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	top := ""
	if len(a.Quotes) > 0 {
		top = a.Quotes[0].Text
	} else if len(a.Passages) > 0 {
		top = a.Passages[0].Text
	}
	if !strings.Contains(top, "a building full of boys and girls") {
		t.Errorf("first %.80q, want her answer to what she saw in Kharkiv", top)
	}
}

// Words shouted, yelled or whispered are someone's words too: "what did
// petrenko yell" asks for what Sergeant Petrenko shouted, and the
// articles' "shouted Sergeant Ivan Petrenko" makes the words his.
func TestRaisedAndLoweredVoices(t *testing.T) {
	wire := "Convoy crosses the ice\n\nLINDHAVEN, Jan 13 (Wire) - \"Get off the ice, all of you, it is cracking,\" shouted Sergeant Ivan Petrenko as the truck went through.\n\nOlena Marchuk, a nurse at the island post, whispered: \"They are still out there, both of them, in the dark.\"\n"
	e := engineOfFiles(t, map[string]string{"wire.txt": wire})
	for _, tt := range []struct{ q, speaker, words string }{
		{"what did petrenko yell when the truck went through", "Ivan Petrenko", "Get off the ice"},
		{"what did the nurse whisper", "Olena Marchuk", "They are still out there"},
	} {
		a := ask(t, e, tt.q)
		if a.Speaker != tt.speaker || len(a.Quotes) == 0 || !strings.HasPrefix(a.Quotes[0].Text, tt.words) {
			t.Errorf("%q: speaker %q, quotes %+v; want %s's %q", tt.q, a.Speaker, a.Quotes, tt.speaker, tt.words)
		}
	}
}

// "How thick", "how cold" ask for a measure as "how deep" does: the
// passage with the number and its unit answers, though the articles
// never write "thick" ("Engineers measured it at forty-two centimetres
// this morning").
func TestHowThickAsksForAMeasure(t *testing.T) {
	report := "Ice road reopens\n\nPORT HASKEL, Jan 12 (Wire) - The convoy left at dawn with twelve trucks of diesel and flour.\n\nThe ice is the other worry. Engineers measured it at forty-two centimetres this morning, enough for loaded trucks.\n\nThe drivers are paid 450 marks a week for the crossing.\n"
	e := engineOfFiles(t, map[string]string{"report.txt": report})
	firstPassageHolds(t, e, "how thick was the ice", "forty-two centimetres")
}

// A word finds the articles' word of the same family of derived words
// when general English relates them nowhere: "the hydrology commission"
// is the one whose hydrologists read the gauges.
func TestDerivedWordFamily(t *testing.T) {
	release := "Commission renews gauge checks\n\nGENEVA, Aug 29 - The International Commission for Transboundary Waters is an independent technical body founded in 2061 and based in Geneva. Its hydrologists do not take positions on territorial disputes.\n\nThe farmers' union asked for more water in May.\n"
	e := engineOfFiles(t, map[string]string{"release.txt": release})
	firstPassageHolds(t, e, "where is the hydrology commission based", "based in Geneva")
}

// firstPassageHolds checks that the first passage answering q holds
// phrase.
func firstPassageHolds(t *testing.T, e *Engine, q, phrase string) {
	t.Helper()
	if a := ask(t, e, q); len(a.Passages) == 0 || !strings.Contains(a.Passages[0].Text, phrase) {
		t.Errorf("%q: passages %+v; want %q first", q, a.Passages, phrase)
	}
}

// "sec-gen" is members' shorthand for a secretary-general: "what did the
// sec-gen say" is the Secretary-General the press release quotes.
func TestSecGenShorthand(t *testing.T) {
	release := "Commission reports on the dam\n\nGENEVA, Aug 29 - \"Both governments have told us that the other side is hoarding water,\" said Ruth Castellan, Secretary-General of the ICTW.\n\n\"We read the gauges every six hours,\" said Ines Carvalho, the chief hydrologist at Tarnel.\n"
	e := engineOfFiles(t, map[string]string{"release.txt": release})
	if a := ask(t, e, "what did the sec-gen say"); a.Speaker != "Ruth Castellan" {
		t.Errorf("speaker %q, want Ruth Castellan", a.Speaker)
	}
}

// "doc" is a doctor where the articles speak of the doctor and of no
// document ("what did the dialysis doc say"), or of neither and it says
// something ("wat did the hospital doc say"), or of documents and of
// someone titled "Dr" and it says or did something, and stays a
// document where they speak of one and of no doctor.
func TestDocAsTheArticlesUseIt(t *testing.T) {
	clinic := "Dialysis centre waits for power\n\nMIREN, July 8 - \"We have 212 patients and we ran out of diesel twice,\" said Dr Milena Kastrova, who runs the dialysis centre. The doctor said sessions had been cut to two a week.\n"
	e := engineOfFiles(t, map[string]string{"clinic.txt": clinic})
	if a := ask(t, e, "what did the dialysis doc say abt running out of diesel"); a.Speaker != "Milena Kastrova" {
		t.Errorf("a doctor's words: speaker %q, want Milena Kastrova", a.Speaker)
	}
	memo := "The leaked memo\n\nKYIV, July 8 - The document, seen by reporters, says the line will carry 150 megawatts until the new transformer arrives.\n\n\"We will not comment on a leaked document,\" said Ivan Dorosh, a ministry spokesman.\n"
	e = engineOfFiles(t, map[string]string{"memo.txt": memo})
	if a := ask(t, e, "what does the doc say about megawatts"); a.Speaker != "" || len(a.Passages) == 0 || !strings.Contains(a.Passages[0].Text, "150 megawatts") {
		t.Errorf("a document's words: speaker %q, passages %+v; want the document's 150 megawatts", a.Speaker, a.Passages)
	}
	// Where the articles use neither word, one who says something is a
	// doctor: "Dr Emil Sarkany, head of trauma surgery".
	ward := "Driver hurt\n\nHALSK, April 13 - Dr Emil Sarkany, head of trauma surgery at the hospital, said the driver was \"very lucky\".\n"
	e = engineOfFiles(t, map[string]string{"ward.txt": ward})
	if a := ask(t, e, "wat did the hospital doc say"); a.Speaker != "Emil Sarkany" {
		t.Errorf("a doctor's words where the articles say neither: speaker %q, want Emil Sarkany", a.Speaker)
	}
	// Where they speak of documents too, but title someone "Dr": the
	// one who says something is the doctor.
	train := "Train held for hours\n\nBREZNO, April 22 - Passengers without valid documents were taken off the list.\n\nDr Emil Varga, head of Brezno Regional Hospital, said the dialysis patients were \"stable and talking\".\n"
	e = engineOfFiles(t, map[string]string{"train.txt": train})
	if a := ask(t, e, "what did the hospital doc say about the dialysis ppl"); a.Speaker != "Emil Varga" {
		t.Errorf("a doctor's words where the articles speak of documents too: speaker %q, want Emil Varga", a.Speaker)
	}
	// So before a deed done in the past ("which doc treated"): a
	// document treats no one.
	if in := e.understand("which doc treated the dialysis patients"); in.described != "doctor" {
		t.Errorf("which doc treated: described %q, want a doctor", in.described)
	}
	if in := e.understand("which doc lists the patients"); in.described == "doctor" {
		t.Errorf("which doc lists: read as a doctor")
	}
}

// "the anonymous defence official" asks for the words of the one who
// asked not to be named: "anonymous" is no word the articles must use,
// and the question is answered, not declined as someone they never
// mention.
func TestAnonymousSourceAskedFor(t *testing.T) {
	wire := "Drone over the ice road\n\nLINDHAVEN, Jan 14 (Wire) - A drone was seen over the ice road near marker 30 on Tuesday morning.\n\nA senior defence official who asked not to be named said Tervian radar had tracked the drone moving south-east towards the far shore.\n"
	e := engineOfFiles(t, map[string]string{"wire.txt": wire})
	firstPassageHolds(t, e, "what did the anonymous defence official say abt radar", "radar had tracked the drone")
}

// Chat's filler ("or nah", "health wise", "tbh") is how a question is
// asked, never a word the articles must hold: "was there actually a drone
// or nah" is answered from the passage on the drone, not declined for
// "nah".
func TestChatFillerIsNoContent(t *testing.T) {
	wire := "Train halted in open country\n\nBREZNO, April 22 - The driver said he heard a drone overhead at about 09:12 and stopped the train, as the rules require.\n\nThe second train carried 402 passengers.\n"
	e := engineOfFiles(t, map[string]string{"wire.txt": wire})
	firstPassageHolds(t, e, "was there actually a drone or nah", "heard a drone overhead")
	firstPassageHolds(t, e, "tbh how many passengers were on it", "402 passengers")
}
