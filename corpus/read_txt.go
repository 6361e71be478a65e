package corpus

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// readText splits pasted text into lines; everything about structure is
// decided later from the lines themselves. A line that continues the one
// before it in lower case (text hard-wrapped by an e-mail client or a
// terminal) is joined back to it.
func readText(data []byte) []line {
	raw := strings.Split(strings.ReplaceAll(string(data), "\r\n", "\n"), "\n")
	lines := make([]line, 0, len(raw))
	for _, r := range raw {
		r = strings.ReplaceAll(r, "\r", "")
		if n := len(lines); n > 0 && continues(lines[n-1].text, r) {
			lines[n-1].text = strings.TrimRight(lines[n-1].text, " \t") + " " + strings.TrimSpace(r)
			continue
		}
		lines = append(lines, line{text: r})
	}
	return lines
}

// continues reports whether next is the wrapped rest of prev's sentence.
func continues(prev, next string) bool {
	prev, next = strings.TrimSpace(prev), strings.TrimSpace(next)
	if prev == "" || next == "" || len(prev) < 40 || endsSentence(prev) && !strings.HasSuffix(prev, ",") {
		return false
	}
	r, _ := utf8.DecodeRuneInString(next)
	return unicode.IsLower(r)
}
