package index

import "testing"

// "whats the name of the hotel where the talks r", of articles that say
// only "a lakeside hotel in Brisolle": they do not give it, and say so.
// "the name of the first ship" is answered where they name it beside the
// word, after a comma ("The bulk carrier Selena Bay, the first ship …").
func TestThingsNameAsked(t *testing.T) {
	e := engineOfFiles(t, map[string]string{"live.md": `---
title: Plant talks open by the lake
outlet: Courier
date: 2078-03-15
---

Talks have opened at a lakeside hotel in Brisolle. Both delegations left the hotel by the side entrance without speaking to reporters.

The bulk carrier Selena Bay, the first ship under the arrangement, left Odesa on Monday.
`})
	a := ask(t, e, "whats the name of the hotel where the talks r")
	if a.Answered() || a.Unnamed == "" {
		t.Errorf("the hotel's name: answered %v (unnamed %q); the articles do not give it", a.Passages, a.Unnamed)
	}
	if a := ask(t, e, "what was the name of the first ship"); !a.Answered() {
		t.Errorf("the first ship's name: not answered")
	}
}
