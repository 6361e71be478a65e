package people

import (
	"slices"
	"testing"
)

// "a crew led by Tessgrid line engineer Bogdan Ferrik", in a transcript
// that also says "Tessgrid says …": the lone word before the title's
// lower-case words is whom he works for, not a person whose name the
// role holds, so the role stays his; "Mykola's older brother, Vasyl" is
// still Mykola's brother.
func TestEmployerWordBeforeATitle(t *testing.T) {
	_, d := analyse(paras(
		"REYNE (VOICE-OVER): For six hours nobody fired, and a crew led by Tessgrid line engineer Bogdan Ferrik spliced the broken conductors back together.",
		"REYNE: Tessgrid says a permanent replacement pylon is being built in a depot in Morava.",
	))
	var found bool
	for _, p := range d.People(nil) {
		if p.Name == "Bogdan Ferrik" {
			found = true
			if !slices.Contains(p.Roles, "Tessgrid line engineer") {
				t.Errorf("Bogdan Ferrik's roles %q, want his title", p.Roles)
			}
		}
	}
	if !found {
		t.Errorf("Bogdan Ferrik not read as a person: %v", d.People(nil))
	}
}
