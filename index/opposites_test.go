package index

import (
	"slices"
	"strings"
	"testing"

	"github.com/talksbot/talksbot/index/english"
)

// WordNet's antonyms of a word's most frequent senses, as the engine
// reads them: "reject" of "accept"; not a rarer sense's ("find" of
// "lose").
func TestAntonyms(t *testing.T) {
	if a := english.Antonyms("accept"); !slices.Contains(a, "reject") {
		t.Errorf("antonyms of accept %q lack reject", a)
	}
	if a := english.Antonyms("lose"); slices.Contains(a, "find") {
		t.Errorf("antonyms of lose %q hold a rare sense's find", a)
	}
	if a := english.Antonyms("truce"); a != nil {
		t.Errorf("antonyms of truce %q, want none", a)
	}
}

// A yes-no question is answered as directly by the opposite of what it
// asks ("did kyiv accept the formula": "Kyiv rejected the formula") as
// by what it asks: that passage comes first, before one that names the
// same things and says neither, and is the answer, not only the closest
// passage.
func TestYesNoFindsTheOpposite(t *testing.T) {
	wire := `---
title: Formula talks in Ankara
outlet: Continental Wire
date: 2051-04-08
---

Kyiv will study the Fontoura formula.

In Ankara on Tuesday, after a session that ran past midnight, Kyiv rejected the Fontoura formula outright, two officials said.

The mediators will meet again in May.
`
	e := engineOfFiles(t, map[string]string{"wire.md": wire})
	a := ask(t, e, "did kyiv accept the fontoura formula")
	if len(a.Passages) == 0 || !strings.Contains(a.Passages[0].Text, "rejected") {
		t.Errorf("first passage %q, want the one saying Kyiv rejected it", firstText(a))
	}
	if a.Closest {
		t.Errorf("answered with the closest passages; the articles answer it")
	}
}
