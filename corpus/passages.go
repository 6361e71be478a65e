package corpus

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxPassage is the length above which a paragraph is cut at sentence
// boundaries, so that a cited passage stays readable in a chat reply.
const maxPassage = 900

// passagesOf makes the passages of one paragraph.
func passagesOf(p paragraph) []Passage {
	var out []Passage
	for _, chunk := range splitLong(p.text, maxPassage) {
		out = append(out, Passage{Text: chunk, Section: p.section, Paragraph: p.num, Time: p.time, Record: p.record})
	}
	return out
}

// splitLong cuts text into pieces of at most max bytes at sentence ends;
// a single sentence longer than max stays whole.
func splitLong(text string, max int) []string {
	if len(text) <= max {
		return []string{text}
	}
	var out []string
	cur := ""
	for _, s := range sentences(text) {
		if cur != "" && len(cur)+1+len(s) > max {
			out = append(out, cur)
			cur = ""
		}
		if cur == "" {
			cur = s
		} else {
			cur += " " + s
		}
	}
	if cur != "" {
		out = append(out, cur)
	}
	return out
}

// Sentences splits text into its sentences as passages are split: after
// '.', '!' or '?' (and any closing quote) when a space and a capital
// letter, digit or opening quote follow, not after an abbreviation.
func Sentences(text string) []string { return sentences(text) }

// sentences splits text after '.', '!' or '?' (and any closing quote)
// when a space and a capital letter, digit or opening quote follow.
func sentences(text string) []string {
	var out []string
	start := 0
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		i += size
		if r != '.' && r != '!' && r != '?' {
			continue
		}
		j := i
		for j < len(text) {
			c, n := utf8.DecodeRuneInString(text[j:])
			if c != '"' && c != '”' && c != '’' && c != '\'' && c != ')' {
				break
			}
			j += n
		}
		if j >= len(text) || text[j] != ' ' {
			continue
		}
		next, _ := utf8.DecodeRuneInString(text[j+1:])
		if !unicode.IsUpper(next) && !unicode.IsDigit(next) && !strings.ContainsRune("\"“‘'", next) {
			continue
		}
		if abbreviation(text[start:i]) {
			continue
		}
		out = append(out, strings.TrimSpace(text[start:j]))
		start = j + 1
		i = j + 1
	}
	if rest := strings.TrimSpace(text[start:]); rest != "" {
		out = append(out, rest)
	}
	return out
}

// abbreviation reports whether s ends in a title or initial that takes a
// full stop without ending the sentence ("Mr.", "U.S.", "J.").
func abbreviation(s string) bool {
	s = strings.TrimSuffix(s, ".")
	i := strings.LastIndexAny(s, " (\"“")
	w := s[i+1:]
	if utf8.RuneCountInString(w) == 1 {
		return true
	}
	switch strings.ToLower(w) {
	case "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "sen", "rep", "gov", "st", "jr", "sr", "vs", "etc", "u.s", "u.k", "e.g", "i.e", "jan", "feb", "aug", "sept", "oct", "nov", "dec":
		return true
	}
	return false
}
