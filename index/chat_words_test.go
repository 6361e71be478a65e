package index

import (
	"slices"
	"strings"
	"testing"
)

// Words members type that the articles write otherwise are read as the
// articles write them, not as signs the articles are about something
// else: "mum" for "mother" (kin.tsv), "ngo" for the organisation the
// articles name when they never write "NGO", "meds" for the medicine they
// write of, "nm" for their nautical miles, "civvies" for civilians, and
// "trucks" and "corn" for the lorries and maize of articles written in
// British English (questions.yaml absent_shorthand), "lab" for
// "laboratory" (a first-sense synonym the word begins), "anesthetist"
// for "anaesthetist" (spelling.tsv), "30cm" for thirty centimetres,
// "wats" for "what is", and a British form the word list knows only the
// American way ("prioritising").
func TestChatWordsFindTheArticlesWords(t *testing.T) {
	e := engineOfFiles(t, map[string]string{"feature.md": `---
title: Waiting for the river
date: 2051-05-02
---

Viktor Demchenko left Enerhodar in 2023. "My mother now lives in Nikopol, across the water," he said.

The Ridni Foundation, a Kyiv organisation funded by private donors, will present its sediment results at a public briefing in Oslo on 12 May.

Engineers agreed to lower the reservoir by 30 centimetres a week, a rate the modelling showed the dam could take.

The Vienna deal sets a 30-day window for the first inspections of the dam.

Families with children under five and people over seventy will be prioritised when the town reopens.

The swept channel is 186 nautical miles long and three nautical miles wide.

Eleven lorries left the zoo at dawn, and 64 civilians came home on the same convoy.

The Amber Crest was loaded with 58,400 tonnes of maize for Alexandria.
`})
	for q, want := range map[string]string{
		"where does demchenko's mum live now":              "Nikopol",
		"when is the ngo presenting its sediment results":  "Oslo on 12 May",
		"how did they land on 30cm a week":                 "30 centimetres a week",
		"wats this vienna deal":                            "30-day window",
		"how r they prioritising people when town reopens": "under five",
		"how long is the channel in nm":                    "186 nautical miles",
		"how many trucks left the zoo":                     "Eleven lorries",
		"how many civvies came home":                       "64 civilians",
		"how much corn was the amber crest carrying":       "58,400 tonnes of maize",
	} {
		a := ask(t, e, q)
		if !a.Answered() || a.Closest || !slices.ContainsFunc(a.Passages, func(p Passage) bool { return strings.Contains(p.Text, want) }) {
			t.Errorf("%q: passages %v (only the closest: %v), want the one saying %q", q, firstText(a), a.Closest, want)
		}
	}
	// "ngo", where the articles call it a charity and never an
	// organisation.
	e = engineOfFiles(t, map[string]string{"release.md": `---
title: Phones for the front-line villages
date: 2074-03-20
---

Voices Across the Line, a registered charity founded in Dnipro, has handed out 1,200 free SIM cards and 450 push-button phones to older residents of Zelene.

The charity will keep its help desk open every day until the end of May.

Olha Savchuk, 81, walked to the help desk on crutches. Her granddaughter brought a bag of heart medicine from Dnipro.

The samples go to a reference laboratory in Naivasha, Kenya, which both sides accepted.

At sea the ship's surgeons did seven operations in one night. The anaesthetist that night was Major Arkady Koval.

Farmers who lost a cow to a mine are paid 38,000 hryvnias in compensation.
`})
	for q, want := range map[string]string{
		"how many phones did the ngo give out": "450 push-button phones",
		"who brought the heart meds":           "heart medicine",
		// A word cut short ("lab"), the whole question.
		"where's the lab": "Naivasha, Kenya",
		// An American spelling of a word from Greek.
		"who was the anesthetist that night":    "Arkady Koval",
		"how many ops did they do at sea":       "seven operations",
		"how much is a dead cow worth in compo": "38,000 hryvnias",
	} {
		a := ask(t, e, q)
		if !a.Answered() || a.Closest || !slices.ContainsFunc(a.Passages, func(p Passage) bool { return strings.Contains(p.Text, want) }) {
			t.Errorf("%q: passages %v (only the closest: %v), want the one saying %q", q, firstText(a), a.Closest, want)
		}
	}
}

// A question about someone the articles never name ("pj's grandpa",
// whom only an answer of PJ's speaks of as "my grandfather") is searched
// without the word for a person they never use: it says who, not what
// about, and the answer holding his words comes first.
func TestAbsentWordForAPersonIsNoTopic(t *testing.T) {
	e := engineOfFiles(t, map[string]string{"ama.md": `---
title: I am Pieter-Jan Hoekstra, the Dutch engineer who led the dam inspection. AMA!
date: 2059-05-27
---

Hi Reddit. I am a hydraulic engineer from Delft. Everybody calls me PJ.

Both sides wanted someone whose country has no border with either of them. When I was a boy my grandfather told me, "The water always finds the one gate nobody checked." I have been checking gates ever since.

The repair estimate for gates 3 and 5 is 3.6 million euros, including new hoist chains.

We were 12 inspectors, four from each side and four from neutral countries.
`})
	a := ask(t, e, "what did pj's grandpa tell him")
	if !a.Answered() || !strings.Contains(firstText(a), "gate nobody checked") {
		t.Errorf("pj's grandpa: first %q, want the answer holding his words", firstText(a))
	}
}
