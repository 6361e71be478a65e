package english

import (
	_ "embed"
	"iter"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"
)

var (
	//go:embed data/freq.tsv
	freqData string
	//go:embed data/lemmas.tsv
	lemmaData string
	//go:embed data/related.tsv
	relatedData string
	//go:embed data/suffixes.tsv
	suffixData string
	//go:embed data/spelling.tsv
	spellingData string
	//go:embed data/antonyms.tsv
	antonymData string
	//go:embed data/currencies.tsv
	currencyData string
	//go:embed data/pastimes.tsv
	pastimeData string
)

var currencyTable = sync.OnceValue(func() *table { return newTable(currencyData) })

// Currency reports a unit of money or a coin, singular or plural, lower
// case ("krona", "dinars", "crowns", "pence"), as WordNet names them. Many
// are other words too ("mark", "crown", "real"): a number before one
// makes it money.
func Currency(word string) bool {
	_, ok := currencyTable().get(word)
	return ok
}

var pastimeTable = sync.OnceValue(func() *table { return newTable(pastimeData) })

// Pastime is the pastime a noun names, lower case, or one of its lemmas
// does ("basketball", "derbies"): "sport", "food" or "film", as WordNet
// files its most frequent senses; "" for any other word, and for a word
// that is also a verb ("race", "film") or has a sense of another kind
// ("campaign", "fishing").
func Pastime(word string) string {
	if kind, ok := pastimeTable().get(word); ok {
		return kind
	}
	for _, l := range Lemmas(word) {
		if kind, ok := pastimeTable().get(l); ok && l != word {
			return kind
		}
	}
	return ""
}

var antonymTable = sync.OnceValue(func() *table { return newTable(antonymData) })

// Antonyms returns the words WordNet gives as opposites of a lemma
// ("reject" of "accept", "failure" of "success"), in any sense; nil
// when it gives none.
func Antonyms(lemma string) []string {
	rest, ok := antonymTable().get(lemma)
	if !ok || rest == "" {
		return nil
	}
	return strings.Fields(rest)
}

var tables = sync.OnceValue(func() *struct{ freq, lemmas, related *table } {
	return &struct{ freq, lemmas, related *table }{newTable(freqData), newTable(lemmaData), newTable(relatedData)}
})

// POS is a part of speech as WordNet tags it: 'n' noun, 'v' verb, 'a'
// adjective, 'r' adverb, '-' unknown (and for names).
type POS byte

// Word is what general English says of a lower-case word.
type Word struct {
	// Zipf is log10 of the word's frequency per billion words of
	// everyday English: about 7 for "the", 5 for "promise", 3.6 for
	// "truce", 0 for a word the list does not hold.
	Zipf float64
	// POS is the part of speech the word is most often used as.
	POS POS
	// Known says the word is in the frequency list at all.
	Known bool
	// Name says the word is mostly written with a capital: a place, a
	// person, a day (Japan, Peter, Monday).
	Name bool
}

// Lookup returns what general English says of word (lower case).
func Lookup(word string) Word {
	rest, ok := tables().freq.get(word)
	if !ok {
		// "prioritising": a British form the word list knows only the
		// American way ("prioritizing").
		if a := American(word); a != word {
			rest, ok = tables().freq.get(a)
		}
	}
	if !ok {
		return Word{POS: '-'}
	}
	zipf, pos, _ := strings.Cut(rest, "\t")
	z, err := strconv.ParseFloat(zipf, 64)
	if err != nil {
		return Word{POS: '-'}
	}
	w := Word{Zipf: z, Known: true, POS: '-'}
	switch {
	case pos == "P":
		w.Name = true
	case pos != "":
		w.POS = POS(pos[0])
	}
	return w
}

// Irregular returns the lemma of an irregular form (held → hold, met →
// meet, children → child), or "" when word is not one.
func Irregular(word string) string {
	return irregulars()[word]
}

// irregulars is the lemma table as a map: the analyzer looks up every
// token it indexes, where a map is several times faster than a search of
// the table.
var irregulars = sync.OnceValue(func() map[string]string {
	t := tables().lemmas
	m := make(map[string]string, len(t.lines))
	for i := range t.lines {
		form, lemma, _ := strings.Cut(t.line(i), "\t")
		if _, ok := m[form]; !ok {
			m[form] = lemma
		}
	}
	return m
})

type suffixRule struct {
	pos            POS
	suffix, ending string
}

var suffixRules = sync.OnceValue(func() []suffixRule {
	var out []suffixRule
	for _, line := range strings.Split(suffixData, "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) < 2 {
			continue
		}
		r := suffixRule{pos: POS(f[0][0]), suffix: f[1]}
		if len(f) > 2 {
			r.ending = f[2]
		}
		out = append(out, r)
	}
	return out
})

// Lemmas returns the base forms word may be an inflection of, the word
// itself first when it is a base form: promised → promise, bombings →
// bombing, europeans → european, held → hold, bussed → bus. Only forms
// that WordNet relates to other words are returned.
func Lemmas(word string) []string {
	var out []string
	add := func(l string) {
		if l == "" {
			return
		}
		for _, o := range out {
			if o == l {
				return
			}
		}
		if _, ok := tables().related.get(l); ok {
			out = append(out, l)
		}
	}
	add(word)
	add(Irregular(word))
	for _, r := range suffixRules() {
		if strings.HasSuffix(word, r.suffix) && len(word) > len(r.suffix)+1 {
			add(word[:len(word)-len(r.suffix)] + r.ending)
		}
	}
	if len(out) == 0 {
		// "bussed", "bussing": a verb whose last consonant doubles
		// before the ending, where morphy's rules leave "buss".
		for _, end := range []string{"ed", "ing"} {
			stem, ok := strings.CutSuffix(word, end)
			if n := len(stem); ok && n >= 3 && stem[n-1] == stem[n-2] && !strings.ContainsRune("aeiouy", rune(stem[n-1])) {
				add(stem[:n-1])
			}
		}
	}
	if a := American(word); len(out) == 0 && a != word {
		// "prioritising": the lemmas of its American spelling.
		return Lemmas(a)
	}
	return out
}

// Rel is a word related to another, with how close it is: 0.8 a synonym
// in the word's first sense, 0.7 a derivation (promise → promissory,
// European → Europe), 0.6 a synonym in a later sense or the country a city
// is part of, 0.5 a broader word, 0.4 a narrower one.
type Rel struct {
	Word   string // lower case; words of a phrase joined by "_"
	Weight float64
}

// Closeness is how close word is to lemma as Related gives it (a Rel's
// Weight), 0 when it is not related; it reads the table in place,
// allocating nothing.
func Closeness(lemma, word string) float64 {
	for r := range rels(lemma) {
		if r.Word == word {
			return r.Weight
		}
	}
	return 0
}

// Related returns the words related to a lemma, closest first.
func Related(lemma string) []Rel {
	var out []Rel
	for r := range rels(lemma) {
		out = append(out, r)
	}
	return out
}

// rels yields the words related to a lemma, closest first, read from
// the table's "word/weight …" in place.
func rels(lemma string) iter.Seq[Rel] {
	return func(yield func(Rel) bool) {
		rest, ok := tables().related.get(lemma)
		for ok && rest != "" {
			var item string
			item, rest, _ = strings.Cut(rest, " ")
			w, n, found := strings.Cut(item, "/")
			if !found {
				continue
			}
			d, err := strconv.Atoi(n)
			if err != nil {
				continue
			}
			if !yield(Rel{Word: w, Weight: float64(d) / 10}) {
				return
			}
		}
	}
}

// minSpellingZipf is the least frequent a word may be and still be offered
// as the spelling a typo meant: rarer ones are more often the typo.
const minSpellingZipf = 2.0

type spellKey struct {
	first byte
	n     int
}

var spellings = sync.OnceValue(func() map[spellKey][]string {
	t := tables().freq
	out := map[spellKey][]string{}
	for i := range t.lines {
		w, rest, _ := strings.Cut(t.line(i), "\t")
		zipf, pos, _ := strings.Cut(rest, "\t")
		if w == "" || pos == "P" || strings.ContainsAny(w, " _'-") {
			continue
		}
		if z, err := strconv.ParseFloat(zipf, 64); err != nil || z < minSpellingZipf {
			continue
		}
		k := spellKey{w[0], utf8.RuneCountInString(w)}
		out[k] = append(out[k], w)
	}
	return out
})

// Spellings returns the everyday English words of n letters starting
// with the byte first (no names, none rarer than a Zipf of 2): where to
// look for the word a typo meant, as typos seldom hit the first letter.
// The slice is shared: do not modify it.
func Spellings(first byte, n int) []string { return spellings()[spellKey{first, n}] }

// British returns the British spelling of an American one
// (data/spelling.tsv: "demilitarized" → "demilitarised", "defense" →
// "defence"), or word itself. The analyzer indexes and asks with it, so
// either spelling finds the other.
func British(word string) string {
	sp := spellingRules()
	return respell(word, sp.words, sp.prefixes, sp.suffixes, func(r spellingRule) (string, string) { return r.american, r.british })
}

// respell is word with a whole-word spelling of words, or else with the
// first opening rule that fits and then the first ending rule that fits
// (longest first), each turned from one way to the other.
func respell(word string, words map[string]string, prefixes, suffixes []spellingRule, way func(spellingRule) (from, to string)) string {
	if b, ok := words[word]; ok {
		return b
	}
	for _, r := range prefixes {
		// "anesthetized": the opening respelt ("anaesth…"), then the
		// ending as any word's.
		if from, to := way(r); len(word) >= r.minLen && strings.HasPrefix(word, from) {
			word = to + word[len(from):]
			break
		}
	}
	for _, r := range suffixes {
		if from, to := way(r); len(word) >= r.minLen && strings.HasSuffix(word, from) {
			return word[:len(word)-len(from)] + to
		}
	}
	return word
}

// American returns the American spelling of a British one, the rules of
// British read backwards ("prioritising" → "prioritizing"), or word
// itself. It is only a guess for a word the lists lack: "promising" reads
// as "promizing", so callers try it after the word as written.
func American(word string) string {
	sp := spellingRules()
	return respell(word, sp.american, sp.prefixes, sp.suffixes, func(r spellingRule) (string, string) { return r.british, r.american })
}

// spellingRule is an ending or an opening written the British way in a
// word of minLen letters or more.
type spellingRule struct {
	american, british string
	minLen            int
}

var spellingRules = sync.OnceValue(func() (out struct {
	words, american map[string]string
	suffixes        []spellingRule
	prefixes        []spellingRule // openings: "anesth" → "anaesth"
}) {
	out.words, out.american = map[string]string{}, map[string]string{}
	for _, line := range strings.Split(spellingData, "\n") {
		f := strings.Split(line, "\t")
		if len(f) < 3 || strings.HasPrefix(line, "#") {
			continue
		}
		switch f[0] {
		case "word":
			out.words[f[1]] = f[2]
			out.american[f[2]] = f[1]
		case "suffix", "prefix":
			n := 0
			if len(f) > 3 {
				n, _ = strconv.Atoi(f[3])
			}
			if f[0] == "prefix" {
				out.prefixes = append(out.prefixes, spellingRule{f[1], f[2], n})
			} else {
				out.suffixes = append(out.suffixes, spellingRule{f[1], f[2], n})
			}
		}
	}
	// Longest ending first: "izations" before "ization".
	sort.Slice(out.suffixes, func(i, j int) bool { return len(out.suffixes[i].american) > len(out.suffixes[j].american) })
	return out
})
