package index

import "testing"

// "who was in charge of the ukrainian side at the crossing" asks for
// whoever commanded or headed it, as "who commanded …" does: the colonel
// "who commanded the Ukrainian side of the crossing", not a nurse the
// first passage names beside the crossing.
func TestInChargeOfAsksTheCommander(t *testing.T) {
	e := engineOfFiles(t, map[string]string{"handover.txt": `Bodies returned at the crossing

A nurse at the crossing, Olena Savchuk, said the refrigerated trucks arrived at dawn on the Ukrainian side.

Colonel Yurii Lutsyk, who commanded the Ukrainian side of the crossing, said his officers had counted every body bag twice. "We signed for 612 and we received 612," he said.
`})
	for _, q := range []string{"who was in charge of the ukrainian side at the crossing", "who commanded the ukrainian side of the crossing"} {
		if a := ask(t, e, q); a.Speaker != "Yurii Lutsyk" {
			t.Errorf("%q: %q named, want Yurii Lutsyk", q, a.Speaker)
		}
	}
}
