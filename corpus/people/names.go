package people

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/agnivade/levenshtein"
	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// Fold makes spellings of a word meet: lower case, accents dropped
// (Erdoğan, Erdogan; Orbán, Orban), curly apostrophes straightened.
func Fold(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return strings.ToLower(s)
	}
	s = strings.ReplaceAll(s, "’", "'")
	t := unmarks.Get().(transform.Transformer)
	if out, _, err := transform.String(t, s); err == nil {
		s = out
	}
	unmarks.Put(t)
	return strings.ToLower(letterFolds.Replace(s))
}

// unmarks hold the transformers that drop a text's marks: a chain holds
// a buffer per link, and the lexicon folds ~2,300 names with marks as it
// loads. transform.String resets the one it is given.
var unmarks = sync.Pool{New: func() any {
	return transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
}}

// isFold is l.is(class, Fold(w)) without folding an ASCII word, which
// get lower-cases as it looks it up (Fold of an ASCII word is its lower
// case): Fold allocates for every capitalised word, and the people model
// asks this of most words it reads, often several times.
func (l *Lexicon) isFold(class, w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			return l.is(class, Fold(w))
		}
	}
	return l.is(class, w)
}

// get looks w up in a map keyed by folded words without allocating for
// the common case, an ASCII word: reading an article asks the lexicon
// about every capitalised word, several times.
func get[V any](m map[string]V, w string) (V, bool) {
	if len(w) <= 64 {
		var buf [64]byte
		ascii := true
		for i := 0; i < len(w); i++ {
			c := w[i]
			if c >= utf8.RuneSelf {
				ascii = false
				break
			}
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			buf[i] = c
		}
		if ascii {
			v, ok := m[string(buf[:len(w)])]
			return v, ok
		}
	}
	v, ok := m[Fold(w)]
	return v, ok
}

// letterFolds are letters that do not decompose into a base and a mark.
var letterFolds = strings.NewReplacer("ł", "l", "Ł", "L", "ß", "ss", "ø", "o", "Ø", "O", "đ", "d", "Đ", "D", "ı", "i")

// StripPossessive drops an English possessive: Merz's, Merz’s, Witkoffs'.
func StripPossessive(s string) string {
	for _, suf := range []string{"'s", "’s", "'S", "’S"} {
		if strings.HasSuffix(s, suf) && len(s) > len(suf) {
			return s[:len(s)-len(suf)]
		}
	}
	if strings.HasSuffix(s, "s'") || strings.HasSuffix(s, "s’") {
		return strings.TrimRight(s, "'’")
	}
	return s
}

// Possessive reports whether a word carries an English possessive.
func Possessive(s string) bool { return StripPossessive(s) != s }

// Key makes transliterations of one surname meet: folded, possessive
// dropped, and a final "ий"/"ій" however written (y, yy, iy, yi, ij, i)
// made y, so Zelensky, Zelenskyy and Zelenskiy share a key.
func Key(s string) string {
	s = Fold(StripPossessive(strings.TrimSpace(s)))
	trimmed := strings.TrimRight(s, "iyj")
	if trimmed != s && len(s)-len(trimmed) <= 2 && len(trimmed) >= 3 {
		s = trimmed + "y"
	}
	return s
}

// Surname is the last name of a full name, with its particles: "Ursula
// von der Leyen" → "von der Leyen". A name that opens with a particle is
// a surname alone, capitalised at the start of a sentence: "Van Aalst".
func (l *Lexicon) Surname(full string) string {
	f := strings.Fields(full)
	if len(f) == 0 {
		return ""
	}
	i := len(f) - 1
	if i > 0 && l.generation(f[i]) {
		// "Vardakis Senior": the father's surname, not his son's.
		i--
	}
	for i > 0 {
		switch {
		case i > 1 && l.isFold("particle", f[i-2]+" "+f[i-1]): // "von der"
			i -= 2
		case l.isFold("particle", f[i-1]) || l.isFold("capparticle", f[i-1]) && unicode.IsUpper(firstRune(f[i-1])):
			// "van Aalst"; "Ó Briain", never "o briain"
			i--
		default:
			return strings.Join(f[i:], " ")
		}
	}
	return strings.Join(f[i:], " ")
}

// distance is the Levenshtein distance between a and b (in runes), or
// limit+1 when it is more than limit.
func distance(a, b string, limit int) int {
	if d := utf8.RuneCountInString(a) - utf8.RuneCountInString(b); d > limit || -d > limit {
		return limit + 1
	}
	return min(levenshtein.ComputeDistance(a, b), limit+1)
}

// maxEdits is how many typos a name of n letters tolerates.
func maxEdits(n int) int {
	switch {
	case n < 4:
		return 0
	case n < 8:
		return 1
	}
	return 2
}
