package index

import (
	"strings"
	"testing"
)

// "pepper on the third run?": a nickname the articles give someone
// ("Driver Jonas Pellar, "Pepper" to his colleagues"), though a word of
// English, opens a question about what he said, as his given name
// would; a word the articles use in lower case ("salt") is no one.
func TestNicknameOpensAQuestion(t *testing.T) {
	gallery := `---
title: The medicine train
outlet: CallisNews
date: 2078-05-20
---

Driver Jonas Pellar, "Pepper" to his colleagues, checks the signal before leaving Kessel Junction.

"Today she ran like a watch," Pellar said of the third run. "Ask me next week if I'm bored."

The crew carried salt and water for the engine.
`
	e := engineOfFiles(t, map[string]string{"gallery.md": gallery})
	a := ask(t, e, "pepper on the third run?")
	if a.Speaker != "Jonas Pellar" || !strings.Contains(Render(a).Text(), "ran like a watch") {
		t.Errorf("pepper: answered for %q:\n%s\nwant Jonas Pellar's words on the third run", a.Speaker, Render(a).Text())
	}
	if a := ask(t, e, "salt on the third run?"); a.Speaker != "" {
		t.Errorf("salt: answered for %q, want no one", a.Speaker)
	}
}
