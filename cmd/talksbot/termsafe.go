package main

import (
	"strconv"
	"unicode"
	"unicode/utf8"
)

// termSafe returns s ready to print on a terminal. Text from articles and
// file names can hold what a terminal acts on rather than shows: a newline
// that makes one entry look like two, an escape sequence, a right-to-left
// override (U+202E) that prints a name backwards. Such a string is shown
// quoted, as %q does ("a\nb", "x\u202etxt.exe"); anything else is
// returned as it is, so ordinary names and text stay readable.
func termSafe(s string) string {
	for i, r := range s {
		if r == utf8.RuneError {
			if _, size := utf8.DecodeRuneInString(s[i:]); size == 1 {
				return strconv.Quote(s) // invalid UTF-8
			}
		}
		if unsafeRune(r) {
			return strconv.Quote(s)
		}
	}
	return s
}

// unsafeRune reports a rune a terminal acts on or that changes the order
// or look of the text around it: control characters (newline and tab
// included), bidirectional overrides, embeddings and isolates, and other
// invisible format characters.
func unsafeRune(r rune) bool {
	switch {
	case unicode.IsControl(r):
		return true
	case r >= '\u202a' && r <= '\u202e', r >= '\u2066' && r <= '\u2069', r == '\u200e', r == '\u200f', r == '\u061c':
		return true
	case r == '\u2028', r == '\u2029':
		return true // line and paragraph separators
	}
	return unicode.Is(unicode.Cf, r) && r != '\u00ad' // soft hyphens are harmless
}
