package corpus

import (
	"strings"
	"testing"
)

// A "Read more:" line of several headlines set apart by middle dots, in
// the middle of an article, is furniture however many words its
// headlines make: "who is ilse marthaler" is not answered by a link to a
// profile.
func TestReadMoreListOfHeadlinesIsFurniture(t *testing.T) {
	text := `# Explainer: what the Orsberg map means

## 1. What was agreed?

Both armies pull back 15 kilometres from the line of contact, and unarmed monitors patrol the zone between them.

**Read more:** [Leaked map: what the 9 June draft showed](/news/leaked-map) · [Who is Ilse Marthaler?](/profiles/marthaler) · [ISCO: a regional club with a new job](/analysis/isco)

## 2. What happens next?

The Diet must ratify the protocol by a two-thirds majority; the Speaker is expected to set a date once a committee has examined it.
`
	_, texts := loadOne(t, "explainer.md", text)
	for _, p := range texts {
		if strings.Contains(p, "Who is Ilse Marthaler") {
			t.Errorf("the list of links is a passage: %q", p)
		}
	}
	if len(texts) < 2 {
		t.Errorf("passages %q, want the explainer's answers", texts)
	}
}
