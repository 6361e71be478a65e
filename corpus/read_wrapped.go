package corpus

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Text extracted from a PDF, or pasted from a terminal, is hard-wrapped:
// every line of a paragraph is cut at about the same width, wherever the
// width falls, before a capitalised name as readily as before "the". A
// line cut there does not end a paragraph; one that stops well short of
// the width does, as does one the next opens a numbered item, a bullet,
// a label or a page's furniture after.

// minWrappedLines is how many lines of text a file needs before its
// lines' widths say it is hard-wrapped.
const minWrappedLines = 8

// maxWrapWidth is the widest a hard-wrapped file's lines are: text set
// wider is written a paragraph a line.
const maxWrapWidth = 100

// wrapWidth is the width a hard-wrapped text's lines are cut at, or 0 when
// the text is not hard-wrapped: its long lines (40 runes or more) are
// most of them within a few runes of the widest, and no line of text is
// wider than maxWrapWidth. A page's furniture is no line of text.
func wrapWidth(raw []string) int {
	var lens []int
	for _, r := range raw {
		t := strings.TrimSpace(r)
		if strings.Contains(t, "   ") || shouting(t) || strings.Trim(t, t[:min(len(t), 1)]) == "" {
			// A page's furniture: a running header set in columns or
			// in capitals, a rule of one character ("-----"), a page
			// number pushed right. Its width is the page's, not the
			// text's.
			continue
		}
		if n := utf8.RuneCountInString(t); n >= 40 {
			lens = append(lens, n)
		}
	}
	if len(lens) < minWrappedLines {
		return 0
	}
	slices.Sort(lens)
	width := lens[len(lens)*9/10]
	if lens[len(lens)-1] > maxWrapWidth {
		return 0
	}
	near := 0
	for _, n := range lens {
		if 100*n >= 85*width {
			near++
		}
	}
	if 2*near < len(lens) {
		return 0
	}
	return width
}

// startsBlock matches a line that opens a block of its own: a numbered
// item ("3.4 Ms Gallagher said", "2. Minutes"), a bullet, or a page
// number ("Page 2 of 4", "- 3 -").
var startsBlock = regexp.MustCompile(`^(\d+(\.\d+)*[.)]?\s|[-*•–—]\s|page\s+\d+|-\s*\d+\s*-$)`)

// numberInText matches a line the wrap broke before a number of the
// sentence ("3 p.m., said Pascal Ndour", "1,500 people had left"): a
// bare number and a word in lower case, no item's number.
var numberInText = regexp.MustCompile(`^\d+(?:[,.]\d+)*\s+\p{Ll}`)

// pageNumber matches a page's number on a line of its own, as PDF text
// keeps it: "Page 2 of 4", "page 3", "2/4", "- 3 -".
var pageNumber = regexp.MustCompile(`(?i)^(page\s+\d+(\s+of\s+\d+)?|\d+\s*/\s*\d+|-\s*\d+\s*-)$`)

// wrapped reports whether next is the rest of prev's paragraph in text
// hard-wrapped at width: prev reaches near the width, and neither line is
// a heading in capitals, nor next a block of its own, a label or a date.
func wrapped(prev, next string, width int) bool {
	prev, next = strings.TrimSpace(prev), strings.TrimSpace(next)
	if prev == "" || next == "" || 100*utf8.RuneCountInString(prev) < 75*width {
		return false
	}
	if shouting(prev) || shouting(next) || startsBlock.MatchString(strings.ToLower(next)) && !numberInText.MatchString(next) {
		return false
	}
	if _, ok := dateLine(next); ok {
		return false // "03-May-2042 09:14 GMT" under a headline: a line of its own
	}
	if c := strings.IndexByte(next, ':'); c > 0 && c < 40 && !strings.ContainsAny(next[:c], ".,;\"“”") && labelLike(next[:c]) {
		// "Apologies: Deputy Mark Devaney", "Q: …": a field or a turn.
		return false
	}
	return true
}

// shouting reports a line in capitals: a heading or a running header.
func shouting(s string) bool {
	letters, upper := 0, 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			letters++
			if unicode.IsUpper(r) {
				upper++
			}
		}
	}
	return letters >= 4 && 10*upper >= 9*letters
}
