package corpus

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/talksbot/talksbot/corpus/people"
)

// normSpace turns every run of white space (including no-break and zero
// width spaces, which pasted pages are full of) into one space and trims.
func normSpace(s string) string {
	if spaced(s) {
		return s
	}
	return collapseSpace(s)
}

// collapseSpace is normSpace, copying s rune by rune.
func collapseSpace(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		if unicode.IsSpace(r) || r == '\u00a0' || r == '\u200b' || r == '\u200c' || r == '\u200d' || r == '\ufeff' || r == '\u2060' {
			space = true
			continue
		}
		if unicode.IsControl(r) {
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}

// spaced reports text normSpace leaves as it is: printable ASCII, single
// spaces between words, none at either end. Most lines are, and copying
// them rune by rune was 2% of a build.
func spaced(s string) bool {
	if s == "" || s[0] == ' ' || s[len(s)-1] == ' ' {
		return s == ""
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < ' ' || c > '~' || c == ' ' && s[i+1] == ' ' {
			return false
		}
	}
	return true
}

// dedupKey is the text a paragraph is compared by when looking for
// repeats: letters and digits only, lower-cased.
//
// It and dedupHash read ASCII a byte at a time and size the key at once:
// every line and paragraph of every page is keyed, and the rune by rune
// writes and the builder's growing were 4% of reading a corpus.
func dedupKey(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			if c = keyByte(c); c != 0 {
				b.WriteByte(c)
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(unicode.ToLower(r))
		}
		i += n
	}
	return b.String()
}

// dedupHash is hashKey(dedupKey(s)) without making the key, and whether
// the key has any letters.
func dedupHash(s string) (uint64, bool) {
	h, some := uint64(fnvOffset), false
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			if c = keyByte(c); c != 0 {
				h, some = (h^uint64(c))*fnvPrime, true
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			var buf [utf8.UTFMax]byte
			for _, c := range utf8.AppendRune(buf[:0], unicode.ToLower(r)) {
				h, some = (h^uint64(c))*fnvPrime, true
			}
		}
		i += n
	}
	return h, some
}

// keyByte is what an ASCII byte gives a dedup key: a letter lower-cased,
// a digit, or 0 for nothing.
func keyByte(c byte) byte {
	switch {
	case 'a' <= c && c <= 'z', '0' <= c && c <= '9':
		return c
	case 'A' <= c && c <= 'Z':
		return c + 'a' - 'A'
	}
	return 0
}

// clip shortens s to at most n runes, marking the cut.
func clip(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n]) + "…"
}

// lastMeaningful returns the last rune of s that is not a closing quote or
// bracket, so that `...said."` ends in '.'.
func lastMeaningful(s string) rune {
	s = strings.TrimRight(s, " \"'”’»)]*_")
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

// endsSentence reports whether s ends like a sentence or a clause,
// whatever pictographs a post sets after its full stop ("… 212. 💙").
func endsSentence(s string) bool {
	switch lastMeaningful(withoutTrailingIcons(s)) {
	case '.', '!', '?', ':', ';', ',', '…':
		return true
	}
	return false
}

// wordCount is people.WordCount: len(strings.Fields(s)), counted without
// making the slice.
var wordCount = people.WordCount

// withoutTrailingIcons is s without the pictographs (Unicode So, with
// emoji joiners and variation selectors) and spaces ending it.
func withoutTrailingIcons(s string) string {
	return strings.TrimRightFunc(s, func(r rune) bool {
		return unicode.Is(unicode.So, r) || emojiJoiner(r) || unicode.IsSpace(r)
	})
}

// emojiJoiner reports a rune inside an emoji that is no picture of its
// own: the zero-width joiner, a variation selector ("❤️").
func emojiJoiner(r rune) bool {
	return r == '\u200d' || unicode.Is(unicode.Variation_Selector, r)
}
