package bot

import (
	"strings"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"
)

// markdownSpecial are the characters Discord's Markdown gives a meaning
// to anywhere in a line. A backslash before any punctuation shows it as
// is, so escaping them is always safe.
const markdownSpecial = "\\*_~`|<>[]"

// Escape makes s show literally in a Discord message or embed: Markdown
// characters are backslash-escaped, headings, lists and block quotes at a
// line start are neutralised, and @everyone / @here / <@id> cannot form a
// mention (allowed_mentions stops pings; this also stops the blue pill).
func Escape(s string) string { return escape(s, true) }

// escape is Escape for a piece of a line: lineStart says whether s begins
// a line (where #, - and + would start a heading or a list).
func escape(s string, lineStart bool) string {
	var sb strings.Builder
	sb.Grow(len(s) + len(s)/8)
	for i, r := range s {
		switch {
		case r == '\n':
			sb.WriteRune(r)
			lineStart = true
			continue
		case strings.ContainsRune(markdownSpecial, r):
			sb.WriteByte('\\')
			sb.WriteRune(r)
		case lineStart && (r == '#' || r == '-' || r == '+'):
			sb.WriteByte('\\')
			sb.WriteRune(r)
		case r == '@':
			sb.WriteRune(r)
			if rest := s[i+1:]; strings.HasPrefix(rest, "everyone") || strings.HasPrefix(rest, "here") {
				sb.WriteRune('\u200b')
			}
		case lineStart && unicode.IsSpace(r):
			sb.WriteRune(r)
			continue
		default:
			sb.WriteRune(r)
		}
		lineStart = false
	}
	return sb.String()
}

// EscapeHighlight escapes a highlighted passage: the engine's ** markers
// stay bold, everything between them is escaped. An unpaired marker is
// dropped so the bold can never run on.
func EscapeHighlight(h string) string {
	parts := strings.Split(h, "**")
	if len(parts)%2 == 0 { // an odd number of markers: merge the last two parts
		last := parts[len(parts)-1]
		parts = parts[:len(parts)-1]
		parts[len(parts)-1] += last
	}
	var sb strings.Builder
	for i, p := range parts {
		if i > 0 {
			sb.WriteString("**")
		}
		if i%2 == 1 && strings.TrimSpace(p) == "" {
			// "****" or "** **" would render the markers literally.
			sb.WriteString("\u200b")
		}
		sb.WriteString(escape(p, atLineStart(sb.String())))
	}
	return sb.String()
}

// atLineStart reports whether text written after out starts a line.
func atLineStart(out string) bool { return out == "" || strings.HasSuffix(out, "\n") }

// Len is the length Discord counts: UTF-16 code units, as JavaScript does.
func Len(s string) int {
	n := 0
	for _, r := range s {
		n += utf16.RuneLen(r)
	}
	return n
}

// ellipsis marks text that was cut.
const ellipsis = " …"

// Cut shortens escaped Markdown s to at most max (Len) so that it still
// renders as intended: it ends at a sentence boundary when one lies in the
// second half of the room, else at a word boundary with an ellipsis; never
// inside a word, inside a ** pair (a cut inside bold is closed), or
// between a backslash and what it escapes. It reports whether s was cut.
func Cut(s string, max int) (string, bool) {
	if Len(s) <= max {
		return s, false
	}
	if max <= 0 {
		return "", true
	}
	type cand struct {
		end    int // byte offset the kept text ends at
		bold   bool
		length int
	}
	var sentence, word cand
	sentence.end, word.end = -1, -1
	bold := false
	length := 0
	escaped := false
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if length+utf16.RuneLen(r) > max {
			break
		}
		switch {
		case escaped:
			escaped = false
		case r == '\\':
			escaped = true
		case r == '*' && strings.HasPrefix(s[i:], "**"):
			bold = !bold
			length += 2
			i += 2
			continue
		}
		length += utf16.RuneLen(r)
		i += size
		if escaped {
			continue
		}
		next, _ := utf8.DecodeRuneInString(s[i:])
		atSpace := i == len(s) || unicode.IsSpace(next)
		if !atSpace {
			continue
		}
		// a word ends at i
		word = cand{end: i, bold: bold, length: length}
		if isSentenceEnd(s[:i]) && !bold {
			sentence = cand{end: i, bold: false, length: length}
		}
	}
	room := max
	if sentence.end > 0 && sentence.length >= max/2 {
		return strings.TrimRightFunc(s[:sentence.end], unicode.IsSpace), true
	}
	// A word boundary, leaving room for a closing ** and the ellipsis.
	need := Len(ellipsis)
	for word.end > 0 {
		extra := need
		if word.bold {
			extra += 2
		}
		if word.length+extra <= room {
			out := strings.TrimRightFunc(s[:word.end], unicode.IsSpace)
			if word.bold {
				out += "**"
			}
			return out + ellipsis, true
		}
		// step back one word
		prev := strings.LastIndexFunc(strings.TrimRightFunc(s[:word.end], unicode.IsSpace), unicode.IsSpace)
		if prev <= 0 {
			break
		}
		b := strings.Count(s[:prev], "**")%2 == 1
		word = cand{end: prev, bold: b, length: Len(s[:prev])}
	}
	if sentence.end > 0 {
		return strings.TrimRightFunc(s[:sentence.end], unicode.IsSpace), true
	}
	return "", true
}

// isSentenceEnd reports whether s ends a sentence: a full stop, question
// or exclamation mark, possibly followed by closing quotes, brackets or
// bold markers.
func isSentenceEnd(s string) bool {
	s = strings.TrimRight(s, "\"'”’)]*\\")
	if s == "" {
		return false
	}
	switch s[len(s)-1] {
	case '.', '!', '?':
		return true
	}
	return strings.HasSuffix(s, "…")
}
