package index

import (
	"slices"
	"strings"
	"testing"
)

// The words a live blog's heading gives someone ("Starmer: UK "ready to
// play its part"") are shown among their quotes, apart from the entry
// they head, which reports him in other words; the entry is shown once.
func TestHeadingQuoteShown(t *testing.T) {
	e := engineOfFiles(t, map[string]string{"live.md": `# Berlin talks: live

European leaders including Britain's Keir Starmer met at the chancellery on Monday.

## Starmer: UK "ready to play its part"

A Downing Street spokesperson said the prime minister told fellow leaders that Britain stood ready to contribute to the multinational force and that the talks had "moved the dial" on guarantees.
`})
	a := ask(t, e, "starmer on the multinational force?")
	r := Render(a)
	text := r.Text()
	if !slices.ContainsFunc(r.Quotes, func(q ReplyQuote) bool {
		return q.Speaker == "Keir Starmer" && strings.Contains(q.Text, "ready to play its part")
	}) {
		t.Errorf("reply %q: want the heading's quote shown as Starmer's", text)
	}
	if n := strings.Count(text, "stood ready to contribute"); n != 1 {
		t.Errorf("reply %q: the entry shown %d times, want once", text, n)
	}
}
