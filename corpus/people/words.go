package people

import (
	"iter"
	"strings"
	"unicode"
	"unicode/utf8"
)

// word is a whitespace-separated word of a text, at [start, end).
type word struct {
	w          string
	start, end int
}

// wordsBefore returns at most n words of text[from:to], the last ones,
// trimmed of quotation marks and brackets.
func wordsBefore(text string, from, to, n int) []word {
	out := make([]word, 0, min(n, 8))
	end := to
	for end > from && len(out) < n {
		for end > from && isSpaceByte(text[end-1]) {
			end--
		}
		if end <= from {
			break
		}
		start := end
		for start > from && !isSpaceByte(text[start-1]) {
			start--
		}
		if w := trimWord(text, start, end); w.w != "" {
			out = append(out, w)
		}
		end = start
	}
	for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
		out[i], out[j] = out[j], out[i]
	}
	return out
}

// wordsAfter returns at most n words of text[from:to], the first ones.
func wordsAfter(text string, from, to, n int) []word {
	out := make([]word, 0, min(n, 8))
	for w := range eachWord(text, from, to) {
		if len(out) == n {
			break
		}
		out = append(out, w)
	}
	return out
}

// eachWord yields the words of text[from:to] in order, as wordsAfter
// gives them, without a list.
func eachWord(text string, from, to int) iter.Seq[word] {
	return func(yield func(word) bool) {
		i := from
		for i < to {
			for i < to && isSpaceByte(text[i]) {
				i++
			}
			start := i
			for i < to && !isSpaceByte(text[i]) {
				i++
			}
			if start < i {
				if w := trimWord(text, start, i); w.w != "" && !yield(w) {
					return
				}
			}
		}
	}
}

func isSpaceByte(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

// trimWord drops quotation marks, brackets and a trailing full stop
// from a word, keeping its offsets honest; a trailing comma stays, as a
// clause boundary.
func trimWord(text string, start, end int) word {
	for start < end {
		r, n := utf8.DecodeRuneInString(text[start:end])
		if !strings.ContainsRune("\"“”„«»'‘(—–-", r) {
			break
		}
		start += n
	}
	for end > start {
		r, n := utf8.DecodeLastRuneInString(text[start:end])
		if !strings.ContainsRune("\"“”„«»'’)—–-.", r) || (r == '\'' || r == '’') && end-n > start && Possessive(text[start:end]) {
			break
		}
		end -= n
	}
	return word{w: text[start:end], start: start, end: end}
}

// quotedTitle reports whether a quotation is the name of a document
// rather than words someone said: short, capitalised, without a sentence
// inside, introduced by a possessive or a preposition and article ("In
// their "Leader's statement on Ukraine," European leaders referred to"),
// with the sentence going on after it.
func (lx *Lexicon) quotedTitle(text string, s quoteSpan) bool {
	inner := strings.TrimSpace(s.inner)
	r, _ := utf8.DecodeRuneInString(inner)
	// "Roads Out: Corridors in Modern Wars": a title and its subtitle,
	// a colon between two capitalised words.
	bare := strings.TrimRight(inner, ",")
	if i := strings.Index(bare, ": "); i > 0 && strings.Count(bare, ":") == 1 {
		if r2, _ := utf8.DecodeRuneInString(bare[i+2:]); unicode.IsUpper(r2) {
			bare = bare[:i] + bare[i+1:]
		}
	}
	if !unicode.IsUpper(r) && !unicode.IsDigit(r) || WordCount(inner) > 10 || strings.ContainsAny(bare, ".!?;:") {
		return false
	}
	// The sentence goes on: the title is not its last words.
	rest := strings.TrimLeft(text[s.markEnd(text):], " ,")
	if rest == "" || strings.ContainsRune(".!?", rune(rest[0])) {
		return false
	}
	words := lastFields(text[:s.open], 3)
	if len(words) == 0 {
		return false
	}
	det := strings.ToLower(words[len(words)-1])
	switch {
	case det == "their" || det == "his" || det == "her" || det == "its" || det == "our":
		return true
	case Possessive(det):
		return true
	case lx.is("titleintro", det):
		return true
	case det == "of" && len(words) >= 2 && lx.is("workmaker", strings.ToLower(strings.Trim(words[len(words)-2], ",;"))):
		// "the author of "Roads Out"", "editor of "The Ledger"": a
		// work's name, no one's words.
		return true
	case det == "the" || det == "a" || det == "an" || det == "this" || det == "that":
		if len(words) < 2 {
			return false
		}
		prep := strings.ToLower(strings.Trim(words[len(words)-2], ",;"))
		// "according to the": not "to a ...", which introduces words.
		return lx.is("titleprep", prep) || prep == "to" && len(words) >= 3 && strings.EqualFold(words[len(words)-3], "according")
	}
	return false
}

// clauseEnd is where the attribution clause after a quotation ends: at the
// sentence end or the next quotation, but not at the full stop of an
// abbreviation or an initial ("said Dr. Anna Schmidt", "said J. D. Vance").
func (lx *Lexicon) clauseEnd(after string) int {
	for from := 0; ; {
		i := strings.IndexAny(after[from:], ".!?\"“")
		if i < 0 {
			return len(after)
		}
		i += from
		if after[i] != '.' || !lx.abbreviation(after[:i+1]) {
			return i
		}
		from = i + 1
	}
}

// lastMeaningful returns the last rune of s that is not a closing quote or
// bracket, so that `...said."` ends in '.'.
func lastMeaningful(s string) rune {
	s = strings.TrimRight(s, " \"'”’»)]*_")
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}
