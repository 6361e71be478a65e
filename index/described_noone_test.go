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
