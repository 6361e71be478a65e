package people

import (
	"testing"
)

// Named as one of several ("Irena Stojan, one of two nurses in the
// medical carriage,") is a title as "a nurse in the medical carriage"
// is, so "the nurse" finds her; a train's conductor set before her name
// is a title too. "One of the most respected voices" is no title.
func TestOneOfSeveralIsATitle(t *testing.T) {
	_, d := analyse(paras(
		`Irena Stojan, one of two nurses in the medical carriage, spent the crossing kneeling beside a woman of 91. "You cannot keep a 91-year-old warm with a blanket and good intentions," she said.`,
		`Conductor Vesna Orlic said the children on board kept the adults calm.`,
		`Marta Hnyda, one of NorthLine's senior drivers, said the bridge had been closed before.`,
		`Petro Lysak, one of the most respected voices in the town, said nothing.`,
	))
	checkHasRoles(t, d, map[string]string{
		"Irena Stojan": "nurse in the medical carriage",
		"Vesna Orlic":  "Conductor",
		"Marta Hnyda":  "NorthLine's senior driver",
	})
	roles := rolesOf(d)
	if len(roles["Petro Lysak"]) > 0 {
		t.Errorf("Petro Lysak: roles %q, want none", roles["Petro Lysak"])
	}
}
