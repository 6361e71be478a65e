package index

import (
	"iter"
	"math"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/char/asciifolding"
	"github.com/blevesearch/bleve/v2/search"

	"github.com/talksbot/talksbot/corpus/people"
	"github.com/talksbot/talksbot/index/english"
)

// span is a word of a text: bytes [start, end).
type span struct{ start, end int }

// words yields the words of text the way a reader sees them: letters and
// digits, with an apostrophe kept inside a word ("Ukraine's") and a
// comma or a point inside a number ("19,000", "3.5"). It
// allocates nothing; answering scans many passages.
func words(text string) iter.Seq[span] {
	return func(yield func(span) bool) {
		start := -1
		for i, r := range text {
			inWord := unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
			if !inWord && (r == '\'' || r == '’') && start >= 0 {
				next, _ := utf8.DecodeRuneInString(text[i+utf8.RuneLen(r):])
				inWord = unicode.IsLetter(next)
			}
			if !inWord && (r == ',' || r == '.') && start >= 0 && i > 0 && isDigitByte(text[i-1]) && i+1 < len(text) && isDigitByte(text[i+1]) {
				// "19,000", "3.5": one number, as the index reads it.
				inWord = true
			}
			switch {
			case inWord && start < 0:
				start = i
			case !inWord && start >= 0:
				if !yield(span{start, i}) {
					return
				}
				start = -1
			}
		}
		if start >= 0 {
			yield(span{start, len(text)})
		}
	}
}

func isDigitByte(b byte) bool { return b >= '0' && b <= '9' }

// wordSpans collects words(text).
func wordSpans(text string) []span {
	var out []span
	for sp := range words(text) {
		out = append(out, sp)
	}
	return out
}

// terms maps surface words to index terms with the index's analyzer,
// remembering every word it has seen (the corpus's words, a bounded set).
type terms struct {
	an    analysis.Analyzer
	cache sync.Map // string -> string ("" for a stop word)
}

func (t *terms) of(word string) string {
	if v, ok := t.cache.Load(word); ok {
		return v.(string)
	}
	term := ""
	if toks := t.an.Analyze([]byte(word)); len(toks) > 0 {
		term = string(toks[0].Term)
	}
	t.cache.Store(word, term)
	return term
}

// analyze returns the terms of a free text, in order, without duplicates.
func (t *terms) analyze(text string) []string {
	var out []string
	seen := map[string]bool{}
	for _, tok := range t.an.Analyze([]byte(text)) {
		s := string(tok.Term)
		if s == "" || seen[s] {
			continue
		}
		seen[s] = true
		out = append(out, s)
	}
	return out
}

// vocab is the passage vocabulary, for weighting question words by their
// document frequency and correcting typos against words the articles use.
//
// Frequencies are read from the index per term, when first needed, and
// remembered: the counts a scorch field dictionary reports are wrong once
// segments have been merged on disk (every term then reads 1), while a term
// reader's count is the one BM25 itself scores with.
type vocab struct {
	load  func() (map[string]struct{}, error)
	once  sync.Once
	byLen map[int][]string
	// sorted are the terms in order, for those a prefix opens.
	sorted []string
	n      int // passages
	count  func(term string) int
	freqs  sync.Map // string -> int
	// headed counts the passages whose section heading holds a term.
	headed  func(term string) int
	heading sync.Map // string -> int
}

// newVocab reads the vocabulary with load when a typo is first corrected.
func newVocab(load func() (map[string]struct{}, error), n int, count, headed func(string) int) *vocab {
	return &vocab{load: load, n: n, count: count, headed: headed}
}

func (v *vocab) words() map[int][]string {
	v.once.Do(func() {
		terms, err := v.load()
		if err != nil {
			terms = nil // no corrections rather than no answers
		}
		v.byLen = map[int][]string{}
		for t := range terms {
			l := utf8.RuneCountInString(t)
			v.byLen[l] = append(v.byLen[l], t)
			v.sorted = append(v.sorted, t)
		}
		slices.Sort(v.sorted)
	})
	return v.byLen
}

// withPrefix are the terms that open with p, p itself among them if a
// term.
func (v *vocab) withPrefix(p string) []string {
	v.words()
	i, _ := slices.BinarySearch(v.sorted, p)
	j := i
	for j < len(v.sorted) && strings.HasPrefix(v.sorted[j], p) {
		j++
	}
	return v.sorted[i:j]
}

// df is the number of passages holding term, 0 for a word not in them.
func (v *vocab) df(term string) int { return remembered(&v.freqs, v.count, term) }

// headedDF is the number of passages under a heading holding term: a
// word the articles use only there ("## Who negotiated the deal, and
// where?") is still a word of theirs, and the passages under it are
// about it.
func (v *vocab) headedDF(term string) int {
	if v.headed == nil {
		return 0
	}
	return remembered(&v.heading, v.headed, term)
}

// remembered is count(term), read once and kept in seen; 0 for no term.
func remembered(seen *sync.Map, count func(string) int, term string) int {
	if term == "" {
		return 0
	}
	if f, ok := seen.Load(term); ok {
		return f.(int)
	}
	f := count(term)
	seen.Store(term, f)
	return f
}

// idf is BM25's inverse document frequency; unknown words weigh the most.
func (v *vocab) idf(df int) float64 {
	n := float64(v.n)
	return math.Log(1 + (n-float64(df)+0.5)/(float64(df)+0.5))
}

// spelled finds the everyday English word a question's typo meant, when
// the articles use it ("negotiatons" → negotiations, "misson" → mission,
// "chancellory" → chancellery), as its index term: the word corrected as
// written, where correcting its stem would not (the stem of a typo is
// often far from the stem of the word). Among equally close words the
// one the articles use most wins.
func (e *Engine) spelled(word string) (term string, dist int, ok bool) {
	_, term, dist, ok = e.spelledAs(word)
	return term, dist, ok
}

// spelledAs is spelled with the English word the typo meant as written
// ("prosecuter" → "prosecutor"), beside its index term.
func (e *Engine) spelledAs(word string) (meant, term string, dist int, ok bool) {
	l := utf8.RuneCountInString(word)
	limit := maxEdits(l)
	if limit == 0 || word == "" {
		return "", "", 0, false
	}
	dist = limit + 1
	bestDF := 0
	var scratch []int
	for n := l - limit; n <= l+limit; n++ {
		for _, cand := range english.Spellings(word[0], n) {
			var d int
			var over bool
			d, over, scratch = search.LevenshteinDistanceMaxReuseSlice(word, cand, limit, scratch)
			if (over || d > 1) && people.Transposed(word, cand) {
				d, over = 1, false // "recieve": one slip, not two
			}
			if over || d == 0 || d > dist {
				continue
			}
			t := e.terms.of(cand)
			df := e.vocab.df(t)
			if df == 0 || d == dist && df <= bestDF {
				continue
			}
			meant, term, dist, bestDF = cand, t, d, df
		}
	}
	return meant, term, dist, dist <= limit
}

// maxEdits is how many typos a word of n letters may carry: none for short
// words (too many false friends), one from four letters, two from eight.
func maxEdits(n int) int {
	switch {
	case n >= 8:
		return 2
	case n >= 4:
		return 1
	}
	return 0
}

// correct finds the vocabulary term closest to an unknown term; among
// equally close ones the most frequent wins. ok is false when nothing is
// within maxEdits.
func (v *vocab) correct(term string) (best string, dist int, ok bool) {
	l := utf8.RuneCountInString(term)
	limit := maxEdits(l)
	if limit == 0 {
		return "", 0, false
	}
	dist = limit + 1
	var scratch []int
	byLen := v.words()
	for n := l - limit; n <= l+limit; n++ {
		for _, cand := range byLen[n] {
			var d int
			var over bool
			d, over, scratch = search.LevenshteinDistanceMaxReuseSlice(term, cand, limit, scratch)
			if (over || d > 1) && people.Transposed(term, cand) {
				d, over = 1, false
			}
			if over || d == 0 {
				continue
			}
			// Typos rarely hit the first letter; a correction that changes
			// it must be strictly closer.
			if cand[0] != term[0] {
				d++
				if d > limit {
					continue
				}
			}
			if d < dist || (d == dist && v.df(cand) > v.df(best)) {
				best, dist = cand, d
			}
		}
	}
	return best, dist, dist <= limit
}

// fold lower-cases s and folds accents away, for comparing names.
func fold(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			ascii = false
			break
		}
	}
	if ascii {
		return strings.ToLower(s) // nothing to fold, and no copy when already lower case
	}
	s = strings.ReplaceAll(strings.ToLower(s), "’", "'")
	return string(asciifolding.New().Filter([]byte(s)))
}
