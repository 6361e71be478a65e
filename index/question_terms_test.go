package index

import (
	"context"
	"os"
	"strings"
	"testing"

	"github.com/talksbot/talksbot/corpus"
)

// Words that say when a question is set ("this weekend") say nothing of
// what it asks: the weather in a city the articles name, this weekend,
// is not answered from a passage on the city's palace reopening to
// tourists this weekend (corpus11's live blog).
func TestTimeWordsDoNotMakeAQuestionCovered(t *testing.T) {
	c, err := corpus.LoadFS(os.DirFS("testdata/corpus11"), corpus.Options{})
	if err != nil {
		t.Fatal(err)
	}
	e := engineOf(t, c)
	a, err := e.Ask(context.Background(), "weather in vienna this weekend?", AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if a.Answered() {
		t.Errorf("answered with %q; want the honest no-answer", passageTexts(a))
	}
	a, err = e.Ask(context.Background(), "is the hofburg open to tourists this weekend", AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !a.Answered() {
		t.Error("a question on the palace reopening declined")
	}
}

// "Are the monitors armed" is answered by "unarmed monitors": the
// question's own word, negated as the articles write it.
func TestNegatedWordAnswers(t *testing.T) {
	text := `Title: Monitoring mission agreed
Outlet: Wire
Date: 2028-04-14

Armed Forces Minister Luke Barnes said the navy would help clear mines in the Black Sea.

Under the draft, about 600 unarmed monitors would patrol the front line from a headquarters in Dnipro.

The mission's budget for the first year is 340 million euros.
`
	e := engineOfFiles(t, map[string]string{"monitors.txt": text})
	a, err := e.Ask(context.Background(), "are the monitors armed", AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Passages) == 0 || !strings.Contains(a.Passages[0].Text, "unarmed monitors") {
		t.Errorf("passages %q; want the unarmed monitors first", passageTexts(a))
	}
}

// A question word the articles write otherwise is read as their word:
// a noun made of a phrasal verb by the verb ("handover" by "handed
// over"), a body's name they do not use by another name the people
// lexicon gives it that they do ("icrc" where they write "the Red
// Cross").
func TestQuestionWordsTheArticlesWriteOtherwise(t *testing.T) {
	e := engineOfFiles(t, map[string]string{
		"swap.txt": "Swap agreed\n\nPublished 14 July 2028\n\n" +
			"The first 400 prisoners from each side will be handed over at a crossing point on the Sumy region border on July 21.\n\n" +
			"The Red Cross has visited 1,400 prisoners of war on both sides since the spring.\n\n" +
			"Delegates also discussed grain exports and the reopening of the ports.\n",
	})
	for _, tt := range []struct{ q, first string }{
		{"when is the first prisoner handover", "handed over"},
		{"how many prisoners has the icrc visited", "Red Cross"},
	} {
		a, err := e.Ask(context.Background(), tt.q, AskOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if len(a.Passages) == 0 || !strings.Contains(a.Passages[0].Text, tt.first) || a.Closest {
			t.Errorf("%q: passages %q (closest %v); want the one saying %q first, as an answer", tt.q, passageTexts(a), a.Closest, tt.first)
		}
	}
}

// A noun the articles never use, nor anything close to it, right before
// the noun it qualifies makes that noun no match either: corpus44's
// articles on a postal exchange point do not answer "prisoner
// exchanges", though they do answer "postal exchanges". Not before a
// word for someone.
func TestAbsentModifierLeavesItsNounUnmatched(t *testing.T) {
	e := engineOfDir(t, "testdata/corpus44")
	if a := ask(t, e, "did they agree anything on prisoner exchanges"); a.Answered() {
		t.Errorf("prisoner exchanges answered with %q; want the honest no-answer", passageTexts(a))
	}
	if a := ask(t, e, "did they agree anything on postal exchanges"); !a.Answered() {
		t.Errorf("postal exchanges not answered; want the exchange point")
	}
	// A word for someone is what they are, whatever else describes them:
	// "young" (a noun to WordNet, and absent from these articles) leaves
	// "curator" to be found.
	e = engineOfFiles(t, map[string]string{
		"museum.txt": "Title: Paintings return to Kherson\nDate: 2040-06-01\n\n" +
			"The crates arrived at the Kherson Regional Art Museum on Monday morning after a week on the road.\n\n" +
			"The museum's junior curator, Yulia Marchenko, unpacked the first crate herself. She was eleven when the trucks came.\n\n" +
			"The director said the restorers would need months before the paintings could be shown.\n",
		"talks.txt": "Title: Talks resume in Montevideo\nDate: 2040-05-20\n\n" +
			"Delegations met in Montevideo to discuss the return of archives and the inspection of the crates.\n",
	})
	a := ask(t, e, "young curator at the kherson museum")
	if len(a.Passages) == 0 || !strings.Contains(a.Passages[0].Text, "junior curator") {
		t.Errorf("the young curator: passages %q; want the one on the junior curator first", passageTexts(a))
	}
}

// A word the articles use only in a heading is still theirs: "where were
// the negotiations" is answered by the paragraph under "Who negotiated
// the deal, and where?", though the paragraph itself says "talks". A
// question on something no heading or paragraph names is still declined.
func TestHeadingWordsAreTheArticlesWords(t *testing.T) {
	text := `---
title: The river ferry deal, explained
outlet: Explainer Desk
date: 2074-06-02
---

## Why was the ferry shut?

A shell hit the landing stage in November 2072 while forty people waited for the boat.

## Who negotiated the deal, and where?

The talks were held in Brevannes, a small Swiss town on a lake, over three rounds between February and May 2074.

## When can people cross?

Crossings run on Tuesdays and Fridays from 9:00 to 15:00.
`
	e := engineOfFiles(t, map[string]string{"explainer.md": text})
	a, err := e.Ask(context.Background(), "where were the negotiations", AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !a.Answered() || !strings.Contains(firstText(a), "Brevannes") {
		t.Errorf("answered %v, passages %q; want the paragraph under the negotiations heading", a.Answered(), passageTexts(a))
	}
	a, err = e.Ask(context.Background(), "where were the elections", AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if a.Answered() {
		t.Errorf("answered with %q; want the honest no-answer", passageTexts(a))
	}
}

// Two names for one thing, each the other's synonym in its first sense,
// are the question's own subject: "where were the negotiations" is
// answered by "the talks were held in Brevannes". A word that is a
// question word's synonym only in a later sense of its own is not:
// "weather in kyiv" is not answered by "conditions in Kyiv".
func TestFirstSynonymsAreTheSubject(t *testing.T) {
	text := `Title: Ferry deal signed
Outlet: Wire
Date: 2074-05-22

The talks were held in Brevannes, a small Swiss town on a lake, over three rounds between February and May.

Conditions in Kyiv were calm on Thursday, with the metro running and shops open.

The ferry will carry pensioners across the river twice a week from June.

Kyiv said the first crossing would be on 3 June.

Officials in Kyiv and Moscow exchanged the lists of passengers.

A delegation from Kyiv will inspect the landing stage in May.
`
	e := engineOfFiles(t, map[string]string{"ferry.txt": text})
	a, err := e.Ask(context.Background(), "where were the negotiations", AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !a.Answered() || !strings.Contains(firstText(a), "Brevannes") {
		t.Errorf("answered %v, passages %q; want the talks in Brevannes", a.Answered(), passageTexts(a))
	}
	a, err = e.Ask(context.Background(), "what is the weather in kyiv", AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if a.Answered() {
		t.Errorf("answered with %q; want the honest no-answer", passageTexts(a))
	}
}
