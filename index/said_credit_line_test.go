package index

import (
	"strings"
	"testing"
)

// Asked what someone said on a subject no passage naming them holds, the
// passages saying something of theirs come before a line that only
// names them ("SOT: TEODOR BRASK, CHIEF OPERATING OFFICER, ONR"); asked
// who they are, that line may still lead.
func TestSaidPassagesBeforeCreditLines(t *testing.T) {
	script := `---
title: Evening news
outlet: ONR Television
date: 2078-04-02
---

SOT: Teodor Brask, chief operating officer, ONR

The railway's chief operating officer, Teodor Brask, said a relay had failed in the signal box at Tavik. "We have replaced it, and we will test that box every morning," Brask said.
`
	e := engineOfFiles(t, map[string]string{"news.md": script})
	a := ask(t, e, "did brask say anything about the timetable")
	if len(a.Passages) == 0 || strings.HasPrefix(a.Passages[0].Text, "SOT:") {
		t.Errorf("first passage %v, want his words before the line naming him", firstText(a))
	}
}
