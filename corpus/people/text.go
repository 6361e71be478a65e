package people

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// isInitials reports a word of two to six capital letters: a body's
// initials ("INSA", "IAEA").
func isInitials(w string) bool {
	if len(w) < 2 || len(w) > 6 {
		return false
	}
	for _, r := range w {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return true
}

// wordEndingAt is the word of text right before the spaces before end
// ("ICRC's" of "the ICRC's Toresk"), without reading the rest.
func wordEndingAt(text string, end int) string {
	t := strings.TrimRight(text[:end], " ")
	return t[strings.LastIndexAny(t, " \n")+1:]
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

// isLowerWord reports a word of lower-case letters (and hyphens).
func isLowerWord(w string) bool {
	for _, r := range w {
		if !unicode.IsLower(r) && r != '-' {
			return false
		}
	}
	return w != ""
}

func sentenceStart(text string, off int) bool {
	before := strings.TrimRight(text[max(0, off-8):off], " \"“")
	return off < 8 && before == "" || strings.ContainsRune(".!?", lastRune(before))
}

func wordBoundary(text string, i, end int) bool {
	if i > 0 {
		r, _ := utf8.DecodeLastRuneInString(text[:i])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	if end < len(text) {
		r, _ := utf8.DecodeRuneInString(text[end:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// IsAbbreviation reports whether text ends in an abbreviation or an
// initial whose full stop ends no sentence ("Dr.", "J.", "U.S."), by the
// lexicon's abbreviation words: for anything that cuts sentences.
func (lx *Lexicon) IsAbbreviation(text string) bool { return lx.abbreviation(text) }

// abbreviation reports whether s ends in an abbreviation or an initial
// whose full stop does not end a sentence ("Dr.", "J.", "U.S."). Only the
// last word is read, however long s is.
func (lx *Lexicon) abbreviation(s string) bool {
	s = strings.TrimSuffix(s[max(0, len(s)-16):], ".")
	i := strings.LastIndexAny(s, " (\"“")
	w := s[i+1:]
	// An initial ("J. Smith"), not a digit ("on January 6. US envoy …").
	if r, n := utf8.DecodeRuneInString(w); n > 0 && n == len(w) {
		return unicode.IsLetter(r)
	}
	return lx.is("abbreviation", w) || initials(w+".")
}

// initials reports a word of capital initials, each with its full stop
// ("A.V.", "P.N."), as Russian and some official styles write the
// given names before a surname.
func initials(w string) bool {
	if !strings.HasSuffix(w, ".") || len(w) > 12 {
		return false
	}
	parts := strings.Split(strings.TrimSuffix(w, "."), ".")
	if len(parts) > 3 {
		return false
	}
	for _, p := range parts {
		r, n := utf8.DecodeRuneInString(p)
		if n == 0 || n != len(p) || !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// givenInitials reports initials standing for given names ("A.V." of
// "A.V. Lebedev"), not an abbreviation the lexicon knows ("U.S.").
func (lx *Lexicon) givenInitials(w string) bool {
	return initials(w) && !lx.is("abbreviation", strings.TrimSuffix(w, "."))
}

// WordCount is len(strings.Fields(s)), counted without making the slice:
// reading an article counts the words of most of its lines and phrases.
func WordCount(s string) int {
	n, inWord := 0, false
	for _, r := range s {
		if unicode.IsSpace(r) {
			inWord = false
		} else if !inWord {
			inWord = true
			n++
		}
	}
	return n
}

func lastWord(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

// tailOf is the last n bytes of s, or s; cut where a word starts, so the
// first word read is whole.
func tailOf(s string, n int) string {
	if len(s) <= n {
		return s
	}
	t := s[len(s)-n:]
	if i := strings.IndexByte(t, ' '); i >= 0 {
		return t[i+1:]
	}
	return t
}

// everyWord reports whether every word of text, folded, is ok (true for
// none).
func everyWord(text string, ok func(folded string) bool) bool {
	for _, w := range strings.Fields(text) {
		if !ok(Fold(w)) {
			return false
		}
	}
	return true
}

// adverb reports a word that may stand between a subject and its verb
// ("Peskov also said", "he later wrote").
func (lx *Lexicon) adverb(w string) bool {
	return lx.is("adverb", w) || len(w) > 4 && strings.HasSuffix(w, "ly") && !lx.IsTitleNoun(w)
}

func isCapitalised(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

func isDeterminer(w string) bool {
	switch strings.ToLower(w) {
	case "the", "a", "an", "one", "another", "two", "three", "several":
		return true
	}
	return false
}

// singular drops a plural's s when the singular is a title noun.
func singular(lx *Lexicon, w string) string {
	if strings.HasSuffix(w, "s") && lx.IsTitleNoun(strings.TrimSuffix(w, "s")) {
		return strings.TrimSuffix(w, "s")
	}
	return w
}

// insideQuotation reports whether a quotation opened in text is still
// open at its end: straight marks counted, curly ones by side.
func insideQuotation(text string) bool {
	open := false
	for _, r := range text {
		switch r {
		case '"':
			open = !open
		case '“':
			open = true
		case '”':
			open = false
		}
	}
	return open
}
