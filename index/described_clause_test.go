package index

import "testing"

// "whats the name of the driver who got killed", where the articles name
// a bus driver who lived and leave the driver killed unnamed: the name
// asked for is not given, so the bus driver's is no answer; asked of
// the driver who describes the shelling, his.
func TestNameAskedByWhatTheClauseSays(t *testing.T) {
	e := engineOfFiles(t, map[string]string{"wire.md": `---
title: Corridor collapses after convoy shelled
outlet: Meridian
date: 2078-03-15
---

Four people were killed, among them one of the drivers. His family has asked that his name not be published.

Bus driver Jurek Mantell described the shelling. "The windows came in all at once," Mantell said.
`})
	if a := ask(t, e, "whats the name of the driver who got killed"); a.Answered() {
		t.Errorf("the killed driver's name: answered with %v %v", a.Passages, a.Quotes)
	}
	if a := ask(t, e, "whats the name of the driver who described the shelling"); !a.Answered() {
		t.Errorf("the driver who described the shelling: not answered")
	}
}
