package index

import "testing"

// "who is the mayor of odesa", of articles that quote a mayor they never
// name and name no one near its words: no passage can say who, so the
// articles do not cover it; where a passage names someone, it is shown.
func TestWhoIsNamesSomeoneOrDeclines(t *testing.T) {
	e := engineOfFiles(t, map[string]string{
		"beach.md": `---
title: The beach that waits for the deminers
date: 2081-06-02
---

"The accord was negotiated in a palace in Istanbul, and I respect the people who did it," the mayor said. "But a palace does not smell of fish."

Fishermen in Odesa say the beach has been closed for three summers.
`,
	})
	if a := ask(t, e, "who is the mayor of odesa"); a.Answered() {
		t.Errorf("who is the mayor of odesa: answered with %v, want not covered", firstText(a))
	}
	e = engineOfFiles(t, map[string]string{
		"port.md": `---
title: A harbour master's first week
date: 2081-06-03
---

Harbour master Oleh Marchuk took charge of the Odesa port on Monday. He said the first grain ship would leave within a week.
`,
	})
	if a := ask(t, e, "who is the harbour master in odesa"); !a.Answered() {
		t.Errorf("who is the harbour master in odesa: not covered, want the passage naming Oleh Marchuk")
	}
}

// "who was the radio host that interviewed virec": the person a clause of
// the description names is not the one it describes.
func TestWhoIsNotWhomTheClauseNames(t *testing.T) {
	e := engineOfFiles(t, map[string]string{
		"radio.md": `---
title: Working the wire in the heat
date: 2093-07-13
---

Good morning. With me in the studio is Anton Virec, chief pylon engineer at Velgrid, the state grid company. "We closed the breaker at Vrana at 23:10 on Saturday, and the line held," Virec said.
`,
	})
	for _, q := range []string{"who was the radio host that interviewed virec", "who is the reporter who interviewed virec"} {
		if a := ask(t, e, q); a.Speaker == "Anton Virec" {
			t.Errorf("%q: answered as Anton Virec, whom the question's clause names", q)
		}
	}
	if a := ask(t, e, "who is anton virec"); a.Speaker != "Anton Virec" {
		t.Errorf("who is anton virec: answered as %q", a.Speaker)
	}
}
