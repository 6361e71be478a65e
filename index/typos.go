package index

import (
	"slices"
	"strings"
	"unicode"

	"github.com/agnivade/levenshtein"

	"github.com/talksbot/talksbot/index/english"
)

// untransposed writes a word typed with two letters swapped ("teh",
// "waht", "adn") as the everyday word it is, when the swap gives one of
// the most common words of English and the word as typed is neither
// English nor a word of the articles: "teh us envoy" is "the us envoy",
// whose "us" is then the country.
func (e *Engine) untransposed(s string) string {
	if !strings.ContainsFunc(s, unicode.IsLetter) {
		return s
	}
	f := strings.Fields(s)
	changed := false
	for i, w := range f {
		low := strings.ToLower(w)
		if len(low) < 3 || len(low) > 6 || strings.ContainsFunc(low, func(r rune) bool { return r < 'a' || r > 'z' }) || english.Lookup(low).Known || e.vocab.df(e.terms.of(low)) > 0 {
			continue
		}
		b := []byte(low)
		for j := 0; j+1 < len(b); j++ {
			b[j], b[j+1] = b[j+1], b[j]
			if x := english.Lookup(string(b)); x.Known && x.Zipf >= transposedZipf {
				f[i], changed = string(b), true
				break
			}
			b[j], b[j+1] = b[j+1], b[j]
		}
	}
	if !changed {
		return s
	}
	return strings.Join(f, " ")
}

// roleTypos writes each word English lacks and the articles never use
// that is a slip of a word they use for a title or a person as that word
// ("profesor marrow on …" is professor Marrow, "the prosecuter" the
// prosecutor), so that the question is read as about someone. A name
// mistyped is the name matcher's to read.
func (e *Engine) roleTypos(s string) string {
	f := strings.Fields(s)
	changed := false
	for i, w := range f {
		low := strings.ToLower(w)
		if strings.ContainsFunc(low, func(r rune) bool { return r < 'a' || r > 'z' }) || english.Lookup(low).Known || e.vocab.df(e.terms.of(low)) > 0 {
			continue
		}
		if meant, _, _, ok := e.spelledAs(low); ok && (e.lex.IsPersonNoun(meant) || e.lex.IsTitleNoun(meant)) {
			f[i], changed = meant, true
		}
	}
	if !changed {
		return s
	}
	return strings.Join(f, " ")
}

// askingTypo writes the word opening a question as the question word it
// is one letter away from ("wen was pivnichna hit", "wher is the cell",
// "wht did she say"), when it is no word of the articles, a rare one of
// English (typed as chat types, not a word meant) and near one question
// word only.
func (e *Engine) askingTypo(s string) string {
	first, rest, _ := strings.Cut(s, " ")
	low := strings.ToLower(first)
	qw := loadQuestionWords()
	if len(low) < 2 || slices.Contains(qw.AskingWords, low) || english.Lookup(low).Zipf >= askingTypoZipf || e.vocab.df(e.terms.of(low)) > 0 {
		return s
	}
	// A letter left out is the likeliest slip: "wher" is "where" before
	// it is "when", "wht" "what" before "why".
	var near, missing []string
	for _, a := range qw.AskingWords {
		if levenshtein.ComputeDistance(low, a) == 1 {
			near = append(near, a)
			if len(a) == len(low)+1 {
				missing = append(missing, a)
			}
		}
	}
	found := ""
	switch {
	case len(missing) == 1:
		found = missing[0]
	case len(near) == 1:
		found = near[0]
	default:
		return s // "hwy": how, or why?
	}
	if rest == "" {
		return found
	}
	return found + " " + rest
}

// askingTypoZipf is how common a word of English the opening word may be
// and still be read as a mistyped question word: "wen" (3.6) is, "were"
// and "went" are words meant.
const askingTypoZipf = 4.0

// transposedZipf is how common a word must be (Zipf, see english.Word)
// for a typo swapping two of its letters to be read as it: the hundred
// or so words of every sentence ("the", "what", "and", "about").
const transposedZipf = 6.0
