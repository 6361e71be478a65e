package index

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Bold must mean something. A passage's marks are the question's words
// it holds; a word most passages hold ("Ukraine", "security" in a corpus
// about Ukraine's security) would be bold in nearly every sentence of
// every answer and point at nothing. So a matched word stays bold only
// when it is distinctive: a common word when at most one passage in
// boldShare holds it (or only one passage does), a name (written with a capital inside a sentence:
// the person asked about, a place, an organisation) when at most one in
// nameShare does. No bold word is ever in more than half the passages.
const (
	boldShare = 3 // common words: in at most a third of the passages
	nameShare = 2 // names: in at most half of them
)

// distinctiveMarks keeps the parts of marks (ranges of text) whose words
// are distinctive in the corpus, splitting a range where a common word
// sits between two distinctive ones ("**security guarantees**" becomes
// "security **guarantees**" when only the second is rare). The document
// frequencies are the vocabulary's: the ones BM25 scores with.
func (e *Engine) distinctiveMarks(text string, marks []Mark) []Mark {
	if len(marks) == 0 {
		return marks
	}
	var out []Mark
	for _, m := range marks {
		if m.Start < 0 || m.End > len(text) || m.Start >= m.End {
			continue
		}
		for sp := range words(text[m.Start:m.End]) {
			w := Mark{m.Start + sp.start, m.Start + sp.end}
			if !e.distinctive(text, w) {
				continue
			}
			// Words separated only by spaces stay one bold run.
			if l := len(out); l > 0 && strings.TrimSpace(text[out[l-1].End:w.Start]) == "" {
				out[l-1].End = w.End
			} else {
				out = append(out, w)
			}
		}
	}
	return out
}

// distinctive reports whether the word at w in text is rare enough in the
// corpus to be worth bold.
func (e *Engine) distinctive(text string, w Mark) bool {
	n := e.vocab.n
	term := e.terms.of(text[w.Start:w.End])
	if term == "" || n == 0 {
		return false
	}
	df := e.vocab.df(term)
	if df == 0 {
		// Not in the vocabulary (a word of a section heading, say): rare.
		return true
	}
	if df*boldShare <= n || (df == 1 && n >= nameShare) {
		return true // rare, or (in a tiny corpus) the only passage holding it
	}
	return df*nameShare <= n && isName(text, w.Start)
}

// isName reports whether the word starting at i is capitalised where a
// sentence does not begin: a proper name, not a common word that opens a
// sentence.
func isName(text string, i int) bool {
	r, _ := utf8.DecodeRuneInString(text[i:])
	if !unicode.IsUpper(r) {
		return false
	}
	before := strings.TrimRightFunc(text[:i], func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune("\"'“‘(«", r)
	})
	if before == "" {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(before)
	return !strings.ContainsRune(".!?:", last)
}
