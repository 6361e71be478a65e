package index

import "testing"

// Of two deputies, "the deputy environment minister" is the one whose
// title says environment, whatever the other deputy (a deputy prime
// minister) said about the subject asked: a portfolio's word says which
// title it is, as "energy" or "health" does.
func TestPortfolioSaysWhichDeputy(t *testing.T) {
	e := engineOfFiles(t, map[string]string{"minutes.md": `---
title: Joint commission, second round
date: 2078-04-30
---

The Ukrainian delegation was led by Deputy Prime Minister Oksana Melnychenko, with Deputy Environment Minister Yurii Savchuk as her deputy.

Melnychenko told the commission the costs of the clean-up were still being counted. "We will present the full costs in June," she said.

Savchuk was blunter about who should pay. "Whoever destroyed the dam knows who they are. The invoice knows too," he told the commission.
`})
	a := ask(t, e, "what did the deputy enviro minister tell the commission about the costs")
	if a.Speaker != "Yurii Savchuk" {
		t.Errorf("the deputy environment minister: speaker %q, want Yurii Savchuk", a.Speaker)
	}
	for _, q := range a.Quotes {
		if q.Speaker != "Yurii Savchuk" {
			t.Errorf("%s's words shown for the deputy environment minister: %q", q.Speaker, q.Text)
		}
	}
}
