package index

import (
	"slices"
	"strings"
	"testing"
)

// A wire's bracketed note that corrects a fact ("(Corrects paragraph 4
// to say …, not 85 km …)") is what members ask about when they ask what
// was corrected: it is kept, where a note on what an update adds is
// furniture. The agency's initials ("CPA") name the outlet, not a
// subject the articles lack.
func TestWireCorrectionNoteAndAgencyInitials(t *testing.T) {
	e := engineOfFiles(t, map[string]string{"wire.txt": `CONTINENTAL PRESS AGENCY (CPA) - WORLD SERVICE

CORRECTED-UPDATE 2-Dalsk water intake reopens as crews clean oil from the Vessa

(Corrects paragraph 4 to say oil has been found along 58 km of the river, not 85 km, after the agency clarified its survey figure)

(Adds comment from the pipeline company in paragraphs 6-7)

By Anja Moreau

TARROW BEND, Merolan, April 18 (CPA) - The Merolan town of Dalsk reopened its river drinking-water intake on Monday after nine days.

The clean-up runs during a four-hour daily window in which neither army may fire.

Crews work from opposite banks of the river under the agency's flag.

Oil has been found along 58 km of the river, according to the agency.

Dr Matthias Varnholt, chief executive of the pipeline company, defended its estimate that 180 tonnes escaped.

"Nobody gains from inflating it," Varnholt said in a telephone interview from Lindmar.
`})
	a := ask(t, e, "wat got corrected in the cpa story")
	if !slices.ContainsFunc(a.Passages, func(p Passage) bool { return strings.Contains(p.Text, "Corrects paragraph 4") }) {
		t.Errorf("what got corrected: passages %v, want the correction note", firstText(a))
	}
	if slices.ContainsFunc(a.Passages, func(p Passage) bool { return strings.Contains(p.Text, "Adds comment") }) {
		t.Errorf("what got corrected: the update note shown as text")
	}
	if b := ask(t, e, "where was varnholt when he talked to cpa"); !slices.ContainsFunc(b.Passages, func(p Passage) bool { return strings.Contains(p.Text, "from Lindmar") }) {
		t.Errorf("where was varnholt when he talked to cpa: passages %v, want the interview from Lindmar", firstText(b))
	}
}
