package index

import (
	"context"
	"strings"
	"testing"
)

// "how old is X" is answered from the age the articles give X, with the
// passage that gives it; asked of someone they give no age, it is no
// answer at all, never passages that only name them.
func TestHowOldSomeoneIs(t *testing.T) {
	e := engineOfFiles(t, map[string]string{"feature.md": `---
title: The first call
outlet: Harbour Post
date: 2074-03-14
---

Halyna Kovalenko, 58, keeps the farm's accounts at a kitchen table in Zelene. "I had his number on my cap all winter," she said.

Selin Aydemir, the UN envoy, opened the crossing on Monday. "Every field goes to whoever sowed it last," Aydemir said.
`})
	a, err := e.Ask(context.Background(), "how old is halyna kovalenko", AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Passages) == 0 || !strings.Contains(a.Passages[0].Text, "Halyna Kovalenko, 58") {
		t.Errorf("how old is halyna kovalenko: passages %v, want the one giving her age", a.Passages)
	}
	a, err = e.Ask(context.Background(), "how old is selin aydemir?", AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if a.Answered() {
		t.Errorf("how old is selin aydemir: answered with %v %v; the articles give no age", a.Passages, a.Quotes)
	}
}
