package corpus

import (
	"strings"
	"testing"
)

// A wire story's headline is its title, whatever stands over it: its
// priority ("URGENT"), its slug and routing code, its agency's header
// row, rules framing the headline. None of them is a passage, and the
// headline is what a citation shows.
func TestWireHeadlineIsTheTitle(t *testing.T) {
	tests := []struct{ name, text, title string }{
		{"slug.txt", `URGENT
MNA0416 3 WLD /MNA-DE16
KARSOVA-VELMAR/WATER (UPDATE 2)
Mortar fire halts work on day two of front-line "repair truce"

By Jonas Wren

TARNEL, Karsova, June 15 (MNA) - Mortar rounds struck near a front-line water pumping station on Tuesday, monitors and officials said.

Two people were lightly hurt by flying glass, the OSCE said.
`, `Mortar fire halts work on day two of front-line "repair truce"`},
		{"header.txt", `URGENT
CONTINENTAL PRESS (CP) -- WORLD SERVICE -- 13/06/2077 14:20 CET
ADVISORY: Updates with ombudswoman's comments, grandmother's account. Adds byline.

=== 43 of 46 children reunited with families at airport; three held back over papers ===

By Aino Rautavaara

OSTERBRUECK, Halvenia, June 13 (CP) - Forty-three children were handed back to their parents on Sunday in a hangar at a small airport.

Three others were kept apart after officials found their papers did not match.
`, "43 of 46 children reunited with families at airport; three held back over papers"},
	}
	for _, tt := range tests {
		d, texts := loadOne(t, tt.name, tt.text)
		if d.Title != tt.title {
			t.Errorf("%s: title %q, want %q", tt.name, d.Title, tt.title)
		}
		for _, p := range texts {
			for _, furniture := range []string{"URGENT", "MNA0416", "/WATER", "WORLD SERVICE", "ADVISORY", "==="} {
				if strings.Contains(p, furniture) {
					t.Errorf("%s: passage %q holds the wire's %q", tt.name, p, furniture)
				}
			}
		}
		if len(texts) != 2 {
			t.Errorf("%s: passages %q, want the story's two paragraphs", tt.name, texts)
		}
	}
}
