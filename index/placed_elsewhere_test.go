package index

import "testing"

// "The mp in hospital" is not the one MP the articles quote when they
// put another man in hospital and never him: his words are not shown,
// and the passages on the one in hospital are, rather than "not
// covered". The one MP placed where asked still answers.
func TestPlaceSaysWhichOne(t *testing.T) {
	e := engineOfFiles(t, map[string]string{"hearing.md": `---
title: Committee hears evidence on pension queues
date: 2078-10-20
---

Edvard Lunde, an MP for Labour, asked the minister about the sports hall at the committee. "The council offered it as a waiting room on the first day and never got an answer," Lunde said.

Mr Renholm, who represents Greywater Bridge, is in hospital this week and has asked that a statement be read on his behalf to the committee.
`, "visit.md": `---
title: Labour MP visits the bridge
date: 2078-10-21
---

At the bridge on Friday, Edvard Lunde watched the queue for an hour. "Nobody should wait six hours for their own pension," he said.
`})
	a := ask(t, e, "the mp in hospital, what did he want the committee to do")
	if a.Speaker == "Edvard Lunde" {
		t.Fatalf("the MP in hospital resolved to the MP the articles never put there: %v", a.Quotes)
	}
	if !a.Answered() {
		t.Errorf("the MP in hospital: not covered, want the passages on the one in hospital")
	}
	if b := ask(t, e, "what did the mp at the bridge say"); b.Speaker != "Edvard Lunde" {
		t.Errorf("the MP at the bridge: speaker %q, want Edvard Lunde", b.Speaker)
	}
}
