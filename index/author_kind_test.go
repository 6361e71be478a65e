package index

import "testing"

// lineNews is a news story beside the pieces asked for by their kind.
const lineNews = `---
title: Crews restore the Ostrel line
date: 2093-07-12
---

By Petra Lind

Repair crews closed the breaker at Vrana on Saturday night, and the line held.
`

// "who wrote the opinion piece", naming no subject: the one opinion piece
// of the articles is meant, and its byline answers; with two, the
// question says not which, and neither writer is named.
func TestWhoWroteTheOpinionPiece(t *testing.T) {
	oped := func(title, by string) string {
		return "# Opinion | " + title + "\n\nBy " + by + " | Friday 24 July 2093\n\nI have sat in a control room in wartime and watched a frequency meter fall. A grid does not know which side of a front it is on.\n"
	}
	e := engineOfFiles(t, map[string]string{"news.md": lineNews, "oped.md": oped("Ten more days is not a plan", "Aurelia Fenn")})
	for _, q := range []string{"who wrote the opinion piece", "who wrote the op-ed"} {
		if a := ask(t, e, q); a.Speaker != "Aurelia Fenn" {
			t.Errorf("%q: answered as %q, want Aurelia Fenn", q, a.Speaker)
		}
	}
	e = engineOfFiles(t, map[string]string{"news.md": lineNews, "oped.md": oped("Ten more days is not a plan", "Aurelia Fenn"), "oped2.md": oped("The line is not the peace", "Marek Hollis")})
	if a := ask(t, e, "who wrote the opinion piece"); a.Speaker != "" {
		t.Errorf("two opinion pieces: answered as %q, want no one", a.Speaker)
	}
}

// "who wrote the analysis piece": the one analysis of the articles, as
// its page labels it, is meant; and "the cpa insight piece", whose
// agency's initials no passage holds, is the one analysis too.
func TestWhoWroteTheAnalysisPiece(t *testing.T) {
	analysis := "CPA INSIGHT\n\n# Forty minutes instead of six hours\n\n*By Ilse Marquardt | PALENC, March 24 (Continental Press Agency)*\n\nThe second convoy crossed the checkpoint in forty minutes. Three things changed between the two journeys.\n"
	e := engineOfFiles(t, map[string]string{"news.md": lineNews, "insight.md": analysis})
	for _, q := range []string{"who wrote the analysis piece", "who wrote the CPA insight piece"} {
		if a := ask(t, e, q); a.Speaker != "Ilse Marquardt" {
			t.Errorf("%q: answered as %q, want Ilse Marquardt", q, a.Speaker)
		}
	}
}
