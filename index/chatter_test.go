package index

import (
	"strings"
	"testing"
)

// Members talking to each other ("anyone up for ranked tonight", "gm
// everyone hows it going") are not asking the articles anything, though
// they share everyday words with them ("tonight", "Monday", "everyone"):
// the no-answer, with topics. A greeting before a real question is set
// aside and the question answered: "gm, what did X say" is X's words,
// not X's words "about gm".
func TestChatterIsNotAQuestion(t *testing.T) {
	e := engineOfFiles(t, map[string]string{"wire.md": `---
title: Talks resume in Valmont
date: 2078-10-20
---

The talks will resume in Valmont tonight, and everyone expects a long session, officials said.

On Monday the ranked list of crossing points was going to be published, the ministry said.

"We will not move the office by a single metre," Prime Minister Jarle Stenmo said on Monday.
`})
	for _, q := range []string{
		"anyone up for ranked tonight? need a 5th",
		"anyone wanna queue ranked later tonight",
		"gm everyone hows it going",
		"gm all hows ur monday going",
		"gm everyone whos on tonight",
		"hey all anyone around",
	} {
		if a := ask(t, e, q); a.Answered() {
			t.Errorf("%q: answered with %v, want the no-answer", q, firstText(a))
		}
	}
	// Over a corpus that names everyone and tonight often enough to
	// offer closest passages for them.
	big := engineOfDir(t, "testdata/corpus138")
	if a := ask(t, big, "gm everyone hows it going"); a.Answered() {
		t.Errorf("gm everyone hows it going (corpus138): answered with %v, want the no-answer", firstText(a))
	}
	a := ask(t, e, "gm, what did stenmo say")
	if a.Speaker != "Jarle Stenmo" || len(a.Quotes) == 0 || a.About != "" {
		t.Errorf("gm, what did stenmo say: speaker %q, %d quotes, about %q; want his words, about nothing", a.Speaker, len(a.Quotes), a.About)
	}
	if b := ask(t, e, "hi all, who's on the list of crossing points"); !b.Answered() {
		t.Error("hi all, who's on the list of crossing points: the no-answer, want it asked")
	}
	if b := ask(t, e, "morning all, when do the talks resume"); !b.Answered() || !strings.Contains(firstText(b), "Valmont tonight") {
		t.Errorf("morning all, when do the talks resume: %v, want the talks resuming tonight", firstText(b))
	}
}
