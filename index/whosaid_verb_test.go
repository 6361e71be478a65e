package index

import (
	"strings"
	"testing"
)

// "who announced the service", where the articles say who announced it:
// not the one whose words merely speak of the service.
func TestWhoDidTheSpeechVerbTheArticlesUse(t *testing.T) {
	wire := `---
title: First train runs late
outlet: Northgate Wire
date: 2078-05-30
---

Chief executive Marta Kollin, who announced the service on May 18, told Northgate the return train would leave Kastor on Monday.

Corvanne's chief mediator, Lucien Vautrin, said in a statement that the service would be reviewed after four weekly runs.
`
	e := engineOfFiles(t, map[string]string{"wire.md": wire})
	a := ask(t, e, "who announced the service")
	if a.Speaker == "Lucien Vautrin" {
		t.Errorf("the mediator named as the one who announced it")
	}
	if len(a.Passages) == 0 || !strings.Contains(a.Passages[0].Text, "Marta Kollin") {
		t.Errorf("first passage %q, want the one saying who announced it", firstText(a))
	}
	// "who said …": whose words those are, though their paragraph
	// never says "said".
	b := ask(t, e, "who said the service would be reviewed")
	if b.Speaker != "Lucien Vautrin" {
		t.Errorf("who said it: speaker %q, want Lucien Vautrin", b.Speaker)
	}
}
