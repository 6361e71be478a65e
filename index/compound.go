package index

import (
	"slices"
	"strings"
)

// Members type as one word what articles hyphenate: "cleanup" for
// "clean-up", "holdup" for "hold-up". The articles' hyphenated words are
// counted among their lower-case words (lowerCounts), joined and marked
// ("~cleanup"), so that a question word the index never holds, because
// the analyser splits "clean-up" and drops "up", is known for what the
// articles write.

// compoundMark opens a hyphenated word's joined form among the lower-case
// words: no lower-case word starts with "~".
const compoundMark = "~"

// compoundsOf calls yield with the joined form of each word of text
// written as two lower-case words of two letters or more joined by one
// hyphen ("clean-up" → "cleanup").
func compoundsOf(text string, yield func(joined string)) {
	for i := strings.IndexByte(text, '-'); i >= 0; {
		a, b := i, i+1
		for a > 0 && text[a-1] >= 'a' && text[a-1] <= 'z' {
			a--
		}
		for b < len(text) && text[b] >= 'a' && text[b] <= 'z' {
			b++
		}
		left, right := text[a:i], text[i+1:b]
		edge := (a == 0 || !isLetterByte(text[a-1]) && text[a-1] != '-') && (b == len(text) || !isLetterByte(text[b]) && text[b] != '-')
		if edge && len(left) >= 2 && len(right) >= 2 {
			yield(left + right)
		}
		next := strings.IndexByte(text[i+1:], '-')
		if next < 0 {
			break
		}
		i += 1 + next
	}
}

// compoundsFrom are the joined forms of the articles' hyphenated words,
// sorted (Data.Compounds).
func compoundsFrom(l lowerCounts) []string {
	var out []string
	for k := range l {
		if joined, ok := strings.CutPrefix(k, compoundMark); ok {
			out = append(out, joined)
		}
	}
	slices.Sort(out)
	return out
}

// hyphenated reports a word the articles write with a hyphen inside
// ("cleanup": "clean-up").
func (e *Engine) hyphenated(word string) bool {
	_, ok := slices.BinarySearch(e.data.Compounds, word)
	return ok
}
