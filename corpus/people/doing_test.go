package people

import (
	"slices"
	"testing"
)

// "Adele Fontanaz, who is mediating, announced …": what someone is doing
// now gives them its title, with an object ("who is leading the
// Dravenian delegation": its leader) or without one (the mediator), so
// that "what did the mediator say" finds her.
func TestDoingNowGivesATitle(t *testing.T) {
	_, doc := analyse(paras(
		`Valmont's Foreign Minister Adele Fontanaz, who is mediating, announced late on Wednesday that the talks would pause. "A pause is not a collapse," she said.`,
		`Teodor Brask, who is leading the Dravenian delegation, said: "We will not be put on trial here."`,
	))
	roles := map[string][]string{}
	for _, p := range doc.People(nil) {
		roles[p.Name] = p.Roles
	}
	if !slices.Contains(roles["Adele Fontanaz"], "mediator") {
		t.Errorf("Adele Fontanaz's roles %q, want the mediator among them", roles["Adele Fontanaz"])
	}
	if !slices.Contains(roles["Teodor Brask"], "leader of the Dravenian delegation") {
		t.Errorf("Teodor Brask's roles %q, want the leader of the Dravenian delegation", roles["Teodor Brask"])
	}
}
