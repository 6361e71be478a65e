package index

import "testing"

// A day of a month is a date; a month, a weekday or a year alone is not.
func TestGivesDayDate(t *testing.T) {
	for text, want := range map[string]bool{
		"The talks resume on 14 March.":              true,
		"They met on March 14 in Talberg.":           true,
		"Tenders open on the 4th of October.":        true,
		"It was signed in March 2077.":               false,
		"The talks resume on Tuesday.":               false,
		"Some 14 delegates arrived in May.":          false,
		"The pause may last 14 days, officials say.": false,
	} {
		if got := givesDayDate(text); got != want {
			t.Errorf("givesDayDate(%q) = %v, want %v", text, got, want)
		}
	}
}
