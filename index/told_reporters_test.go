package index

import "testing"

// Someone who "told reporters" something is no reporter: asked what the
// reporter at the booms said, the chief executive who spoke to reporters
// there is not the answer, and his words are never shown as the
// reporter's.
func TestToldReportersIsNoReporter(t *testing.T) {
	e := engineOfFiles(t, map[string]string{"release.md": `---
title: Alliance questions leak figures
date: 2078-04-15
---

The Alliance also questioned statements by the company's chief executive, Dr Matthias Varnholt, who told reporters last week that the leak had been "contained within a few hours of the strike". Its observers recorded fresh oil reaching the Tarrow Bend booms on 11 April.

"Nobody gains from inflating it or shrinking it," Varnholt said in a telephone interview.
`, "tv.md": `---
title: Sunrise Europa, 12 April
date: 2078-04-12
---

OWEN PELL: Lukas Brandt is at Tarrow Bend for us now. What's the mood?

LUKAS BRANDT: It's quiet. There was some artillery in the distance overnight, well to the north, but not here.
`})
	a := ask(t, e, "wat did the reporter at tarrow bend say abt the mood")
	if a.Speaker == "Matthias Varnholt" {
		t.Fatalf("the reporter at Tarrow Bend resolved to the chief executive who told reporters: %v", a.Quotes)
	}
	for _, q := range a.Quotes {
		if q.Speaker == "Matthias Varnholt" {
			t.Errorf("the chief executive's words shown for the reporter: %q", q.Text)
		}
	}
}
