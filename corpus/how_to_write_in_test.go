package corpus

import (
	"strings"
	"testing"
)

// A letters page's note on sending letters in is furniture, not a letter
// nor the reply above it: "Letters to the Editor should be sent to … We
// may edit letters for length."
func TestHowToWriteInIsFurniture(t *testing.T) {
	text := "Letters to the Editor\n\nSir, my sister in Marensk has not had a letter from me in three years.\n\nAgnes Moll, Kestrin\n\nLetters to the Editor should be sent to letters@example.org and must include a full postal address. We may edit letters for length.\n"
	d, texts := loadOne(t, "letters.txt", text)
	for _, p := range texts {
		if strings.Contains(p, "should be sent to") {
			t.Errorf("the note on writing in read as text: %q", p)
		}
	}
	if !contains(d.Skipped, "how to write in: Letters to the Editor should be sent to letters@example.org and must include a full postal address. We may edit letters for length.") {
		t.Errorf("skipped %q", d.Skipped)
	}
}
