package index

import "testing"

// "R. Malling" signing a comment is not Josef Malling: asked who the old
// man handing out tea is, the passages of the one who died are read for
// him only where they name him, and his daughter's comment under the
// post ("Thank you for holding his hand … you and the tea man") does
// not make him the one pouring tea.
func TestInitialOfAnotherIsNotThem(t *testing.T) {
	e := engineOfFiles(t, map[string]string{"blog.md": `---
title: Notes from the Marquee
date: 2078-10-18
---

Best thing today: an old man with a tartan flask who walked the whole length of the queue pouring tea into paper cups. Everyone calls him Uncle Thermos. His real name is Anatoly Dravecki, he is 77, from Tessing.

Just before eleven a man on a folding chair slid sideways onto the tarmac. His name was Josef Malling, 81, from Corvenna, and he died in the night.

R. Malling · 19 Oct 2078, 08:15 Thank you for holding his hand. The funeral is on Saturday in Aldersby. You and the tea man are both welcome.
`})
	a := ask(t, e, "who's the old guy handing out tea")
	if a.Speaker == "Josef Malling" {
		t.Errorf("the old man handing out tea: Josef Malling, whose daughter's comment holds %q", "tea man")
	}
}
