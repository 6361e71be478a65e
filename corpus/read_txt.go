package corpus

import "strings"

// readText splits pasted text into lines; everything about structure is
// decided later from the lines themselves.
func readText(data []byte) []line {
	raw := strings.Split(strings.ReplaceAll(string(data), "\r\n", "\n"), "\n")
	lines := make([]line, 0, len(raw))
	for _, r := range raw {
		lines = append(lines, line{text: strings.ReplaceAll(r, "\r", "")})
	}
	return lines
}
