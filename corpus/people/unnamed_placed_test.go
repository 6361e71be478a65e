package people

import "testing"

// "A nurse at St Brigid's who did not give her name told LPB …": someone
// new, unnamed, and where they are; her words and her "she said" are not
// the doctor's the paragraph before named.
func TestUnnamedSourceWithAPlaceBeforeTheirClause(t *testing.T) {
	for _, nurse := range []string{
		`A nurse at St Brigid's who did not give her name told LPB the men had been "polite, quiet and hungry". "They asked for coffee before they asked for anything else," she said.`,
		`10:15 - A nurse at the hospital who did not give her name told LPB the men had been "polite, quiet and hungry". "They asked for coffee before they asked for anything else," she said.`,
	} {
		qs, _ := analyse(paras(
			`Dr Lene Marquart, head of emergency medicine at St Brigid's, has briefed reporters on the crew's health. "Nobody here is in danger," she added.`,
			nurse,
		))
		for _, q := range qs[1:] {
			if q.Speaker != "" || q.Role != "nurse" {
				t.Errorf("%q: speaker %q (%q), want an unnamed nurse", q.Text, q.Speaker, q.Role)
			}
		}
		if len(qs) != 3 {
			t.Errorf("%d quotes, want 3", len(qs))
		}
	}
}
