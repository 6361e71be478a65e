package corpus

import (
	"strings"
	"testing"
)

// Whom a release names under its contact label is a record's field
// ("Media contact: Maren Thule, IAEA Spokesperson"), found by "who do
// journalists contact"; the e-mail and telephone lines under it are not
// passages.
func TestReleaseContactNameIsAField(t *testing.T) {
	text := `IAEA STATEMENT

VIENNA, 12 March 2077 - The IAEA team at the Belozir nuclear power plant confirmed on Thursday that the plant's backup power line had been reconnected.

The Director General thanked the engineers of both sides for their work under difficult conditions.

Media contact:
Maren Thule, IAEA Spokesperson
press.office@iaea.example | +43 1 2600 0000

-- ENDS --
`
	d, texts := loadOne(t, "release.txt", text)
	found := false
	for i, p := range texts {
		if strings.Contains(p, "Media contact: Maren Thule, IAEA Spokesperson") {
			found = d.Passages[i].Record
		}
		if strings.Contains(p, "press.office@") && !strings.Contains(p, "Maren Thule") {
			t.Errorf("the contact's e-mail line is a passage: %q", p)
		}
	}
	if !found {
		t.Errorf("no record passage names the media contact; passages %q", texts)
	}
}
