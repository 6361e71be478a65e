package people

import (
	"slices"
	"testing"
)

// A surname given a title paragraphs before the one full name sharing
// it ("The monitor, Brekke, grabbed my sleeve", in a foreman's words,
// then "paediatric nurse Ilona Brekke") is no title of hers when her own
// titles are of another kind: "the monitor" must not find the nurse. A
// title that agrees with the full name's stays ("Minister Koval", then
// "the foreign minister"), and so does one when the full name is given
// none.
func TestTitleOfASurnameBeforeAFullNameOfAnotherJob(t *testing.T) {
	_, d := analyse(paras(
		`"The monitor, Brekke, grabbed my sleeve and said, 'Anton, everyone below the turbine floor, now.' So I counted them twice," Miresku said.`,
		`At the Children's Hospital, paediatric nurse Ilona Brekke said staff had begun moving premature babies.`,
		`Minister Koval arrived late.`,
		`Oleksandr Koval, the foreign minister, said the talks would go on.`,
		`The engineer, Dunmore, checked the valves.`,
		`Petra Dunmore said the valves held.`,
	))
	roles := rolesOf(d)
	if r := roles["Ilona Brekke"]; slices.Contains(r, "monitor") || !slices.Contains(r, "paediatric nurse") {
		t.Errorf("Ilona Brekke: roles %q, want the nurse alone", r)
	}
	if r := roles["Oleksandr Koval"]; !slices.Contains(r, "Minister") {
		t.Errorf("Oleksandr Koval: roles %q, want Minister kept", r)
	}
	if r := roles["Petra Dunmore"]; !slices.Contains(r, "engineer") {
		t.Errorf("Petra Dunmore: roles %q, want engineer kept", r)
	}
}
