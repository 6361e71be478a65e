package index

import (
	"slices"
	"strings"
	"testing"
)

// A shortened title the articles never write ("mp", "ceo") is found as
// the word of its full form they do write ("parliament", "executive"),
// for a little less: "who read out the ill mp's statement" is about a
// member of parliament, not something named "MP" they do not cover; its
// reader is the one the passage names reading it.
func TestShortTitleTheArticlesNeverWrite(t *testing.T) {
	e := engineOfFiles(t, map[string]string{"wire.md": `---
title: Mail crosses the front line
date: 2078-01-14
---

In parliament, a statement from opposition deputy Radim Ostapchuk, who is in hospital with pneumonia, was read out by his colleague Lidiya Fen.

The postal service's executive board met on Friday to review the first exchange.
`})
	a := ask(t, e, "who read out the ill mp's statement")
	if !slices.ContainsFunc(a.Passages, func(p Passage) bool { return strings.Contains(p.Text, "read out by his colleague Lidiya Fen") }) {
		t.Errorf("who read out the ill mp's statement: passages %v, want the one saying who read it", firstText(a))
	}
	if a.Speaker != "" && a.Speaker != "Lidiya Fen" {
		t.Errorf("who read out the ill mp's statement: %s, want Lidiya Fen", a.Speaker)
	}
	if b := ask(t, e, "when did the post ceo board meet"); !b.Answered() {
		t.Errorf("when did the post ceo board meet: not covered, want the executive board's meeting")
	}
}
