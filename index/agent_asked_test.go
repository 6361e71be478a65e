package index

import (
	"strings"
	"testing"
)

// "who read vasko's statement" asks who read it, not for Vasko's words:
// the passage saying who read it comes first, and the answer is no quote
// answer for her. "what was vasko's statement" still is one.
func TestWhoDidSomethingToSomeonesWords(t *testing.T) {
	e := engineOfFiles(t, map[string]string{"briefing.txt": `Press briefing on the Brenna fields
Corvanne Mission
2078-04-19

COORDINATOR (Lucien Dorval): Before questions, I will read a short statement from Teodora Vasko, the country director of Groundsafe International, who is in Brenna today. She writes: "Yesterday a farmer drove a tractor across a field where we were still finding mines in January."

Q (Hana Petrick, Aubrec Evening Post): Mr Dorval, how good were the maps?

COORDINATOR (Lucien Dorval): Half right. I say that without any pleasure.
`})
	a := ask(t, e, "who read vasko's statement at the press briefing")
	if a.Speaker == "Teodora Vasko" {
		t.Errorf("who read vasko's statement: answered as a question of Vasko's words (%d quotes)", len(a.Quotes))
	}
	if len(a.Passages) == 0 || !strings.Contains(a.Passages[0].Text, "I will read a short statement") {
		t.Errorf("who read vasko's statement: passages %v, want the one saying Dorval read it first", a.Passages)
	}
	if a := ask(t, e, "what was vasko's statement"); a.Speaker != "Teodora Vasko" {
		t.Errorf("what was vasko's statement: speaker %q, want Teodora Vasko", a.Speaker)
	}
}
