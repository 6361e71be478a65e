package index

import (
	"context"
	"strings"
	"testing"
)

// pipelineArticle is a wire report on a water pipeline's repair, for
// questions that put its facts in words it does not use.
const pipelineArticle = `Water returns to Velyshka
Harbour Post
2074-03-31

Mediated by the UN Resident Coordinator, Ingrid Haavik, and Austria's Ambassador Matthias Lehner, the talks in Vienna ended on 11 March with a 14-day repair window.

The 41,300 people still living in Velyshka have had no piped water since 14 July 2073, when shelling cut power to the pumping station.

The Korvanian delegation was led by Deputy Foreign Minister Pavlo Ternak; the Selvan side by Arkady Velsh.

On 21 March a joint team found a 1.2-metre section of the main cut through at kilometre 41 near Pidlisne.

The two sides exchanged 187 map sheets of minefields along the route at the talks.

The repairs are costed at EUR 3.8 million, and the trucks will keep running until every district has water.
`

// askCovered asks each question of e and reports one the articles are
// said not to cover, or whose first passage lacks the words wanted.
func askCovered(t *testing.T, e *Engine, cases map[string]string) {
	t.Helper()
	for q, want := range cases {
		a, err := e.Ask(context.Background(), q, AskOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if len(a.Passages) == 0 || len(a.Suggestions) > 0 {
			t.Errorf("%q: not covered", q)
			continue
		}
		if !strings.Contains(a.Passages[0].Text, want) {
			t.Errorf("%q: first passage %q, want the one with %q", q, a.Passages[0].Text, want)
		}
	}
}

// An everyday verb the articles do not use ("stuck", "brokered", a noun
// made a verb) weighs little: the question is still about what they
// cover.
func TestEverydayVerbsTheArticlesDoNotUse(t *testing.T) {
	e := engineOfFiles(t, map[string]string{"wire.txt": pipelineArticle})
	askCovered(t, e, map[string]string{
		"who brokered the vienna talks":                   "Mediated by the UN Resident Coordinator",
		"how many people are stuck without piped water":   "The 41,300 people",
		"how much are the repairs going to cost in total": "costed at EUR 3.8 million",
		"how many minefield maps were swapped altogether": "187 map sheets",
	})
}

// Members shorten question words in chat ("wen", "y"): read as the
// words they stand for, never as something the articles lack.
func TestChatShorthandForQuestionWords(t *testing.T) {
	e := engineOfFiles(t, map[string]string{"wire.txt": pipelineArticle + "\nWelders closed the cut in the main at kilometre 41 and the pressure test held, the utility said, because spare pipe was on site.\n"})
	askCovered(t, e, map[string]string{
		"wen was the main cut": "On 21 March a joint team found",
		"wen did they find it": "On 21 March a joint team found",
		"y no piped water":     "when shelling cut power",
		// and the modal verbs they drop vowels from ("shld", "wld").
		"shld ppl in velyshka still have no piped water": "when shelling cut power",
	})
}

// A country or its people named cut short ("the korvan side", where the
// articles write "Korvania" and "Korvanian") is the place they name.
func TestPlaceNameCutShort(t *testing.T) {
	e := engineOfFiles(t, map[string]string{"wire.txt": pipelineArticle})
	askCovered(t, e, map[string]string{
		"who headed the korvan side in vienna": "The Korvanian delegation was led by",
	})
}

// A word cut short that the articles never use ("psych", "temp",
// "rehab") is the longer word it opens that they do; a word that opens
// none ("weather") still finds nothing.
func TestWordCutShort(t *testing.T) {
	e := engineOfFiles(t, map[string]string{"hospital.txt": `Convoy reaches Ostrel
Wire
2087-03-16

The Ostrel Regional Psychiatric Hospital cares for 212 in-patients and runs the only dialysis unit in the district.

The pharmacist checked every insulin box: the temperature never left the range of two to eight degrees.

A rehabilitation fund will pay for medical care and job training for the drivers.

The convoy of 14 trucks crossed at Harnov on Saturday.
`})
	askCovered(t, e, map[string]string{
		"how many ppl are in the psych hospital": "212 in-patients",
		"what was the insulin temp":              "the temperature never left",
		"what does the rehab fund pay for":       "A rehabilitation fund",
	})
	a, err := e.Ask(context.Background(), "whats the weather in ostrel", AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Passages) > 0 && len(a.Suggestions) == 0 {
		t.Errorf("\"whats the weather in ostrel\" answered with %q", a.Passages[0].Text)
	}
}

// A quality the articles do not name that has an opposite ("bad": good,
// WordNet's antonyms) is a judgment or a degree they give in other
// words: the question is still about what they cover. A place they
// never name still makes it about something else.
func TestJudgingWordsTheArticlesDoNotUse(t *testing.T) {
	e := engineOfFiles(t, map[string]string{"wire.txt": pipelineArticle})
	askCovered(t, e, map[string]string{
		"why were the maps so bad": "187 map sheets",
	})
	a, err := e.Ask(context.Background(), "is the weather bad in lisbon", AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if a.Answered() {
		t.Errorf("is the weather bad in lisbon: answered with %v", a.Passages)
	}
}
