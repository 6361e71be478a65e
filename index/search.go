package index

import (
	"cmp"
	"context"
	"fmt"
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"

	"github.com/talksbot/talksbot/corpus/people"
	"github.com/talksbot/talksbot/index/english"
)

// The answerability thresholds. Coverage is the share of a question's
// information (its words weighted by how much they say: IDF for words the
// articles use, general-English rarity for words they never use, see
// absentWeight; a related word or a corrected typo earning part of its
// word's weight; a typed question's type counting as one more word) that
// a passage holds. A passage at or above minCoverage answers the
// question; when the best is below confidentCoverage, the passages are
// shown as the closest the articles have, never dressed as an exact
// answer; below minCoverage the articles are taken to say nothing about
// it. The values are measured,
// not guessed: docs/benchmarks.md records the margins on the development
// suites (index/testdata/relevance), which `talksbot eval` prints.
const (
	minCoverage       = 0.385
	confidentCoverage = 0.6
)

// unknownWeight multiplies the weight of a question word that is neither
// in the articles, nor a typo or a relative of one of their words, nor a
// word of general English: a name or a term from another field.
const unknownWeight = 1.5

// qterm is one word of a question as the engine weighs it.
type qterm struct {
	term   string  // the index term searched (after any correction)
	weight float64 // how much the word says (see absentWeight)
	credit float64 // 1 exact, less for a corrected typo, 0 unknown
	// share scales the word's say in retrieval as in coverage: half for
	// an everyday verb (verbShare); 0 is read as 1.
	share float64
	// alts are related words the articles use, each counting for less.
	alts []alt
	// foreign marks a word the articles never use, nor anything related,
	// that names something (a place, a person: "Japan", "Eurovision"):
	// the question is about something they do not cover.
	foreign bool
	// counted marks what a "how many" question counts ("how many mines
	// did they find"): a number right before it answers.
	counted bool
}

// known reports whether a passage can hold the word or a relative of it.
func (q qterm) known() bool { return q.credit > 0 || len(q.alts) > 0 }

func (e *Engine) questionTerms(text string) []qterm {
	var out []qterm
	var at []int // the word each of out stands for
	seen := map[string]bool{}
	filler := loadQuestionWords().filler
	fillerTerms := e.fillerTerms()
	spans := wordSpans(text)
	phrased := -1 // the particle of the phrase a question verb made
	for i, sp := range spans {
		word := strings.ToLower(text[sp.start:sp.end])
		t := e.terms.of(text[sp.start:sp.end])
		next := ""
		if i+1 < len(spans) {
			next = strings.ToLower(text[spans[i+1].start:spans[i+1].end])
		}
		if t == "" || fillerTerms[t] || filler[word] && acronyms()[text[sp.start:sp.end]] == "" {
			after := ""
			if i+2 < len(spans) {
				after = strings.ToLower(text[spans[i+2].start:spans[i+2].end])
			}
			if q, ok := e.fillerPhrase(word, next, after, t); ok && !seen[q.term] {
				seen[q.term] = true
				out = append(out, q)
				at = append(at, i)
				phrased = i + 1
			}
			continue
		}
		if i == phrased {
			continue // the particle of a phrase above ("away" of "get away")
		}
		df := e.vocab.df(t)
		if df == 0 {
			df = e.vocab.headedDF(t) // in a heading only: the passages under it
		}
		if df == 0 && e.outletTerm(t) {
			// "in the continental post story": the outlet's name, which
			// its articles print in their masthead, not their text.
			continue
		}
		if df == 0 && pieceNoun(spans, text, i) {
			// "what does the op-ed want done", "the podcast": the kind
			// of piece asked about, which no article need call itself.
			continue
		}
		if df == 0 && e.askingVerb(word) {
			// "how many refineries does dravenia claim were hit": a verb
			// a question asks someone's words by ("claim", "reckon"),
			// where the articles never use it, is its syntax, as "say" is.
			continue
		}
		share := verbShare(word)
		if slices.Contains(loadQuestionWords().TimeWords, word) {
			share = min(share, timeShare)
		}
		q := qterm{term: t, weight: e.vocab.idf(df) * share, credit: 1, share: share}
		if df > 0 && next != "" {
			// "giving up": the phrase means what the verb alone does not;
			// its relatives (drop, abandon) count, for less.
			q.alts = e.phraseBridges(word, next, t, nil)
		}
		if df > 0 && len(q.alts) == 0 && df <= max(rareWordPassages, e.vocab.n/rareWordShare) {
			// A word the articles use rarely beside a relative they use
			// far more ("swap", twice, beside "exchange"): the relative
			// counts too, for less than the word itself. A common word
			// is left alone: its passages are many already, and looking
			// for its relatives too costs every question time.
			for _, a := range e.bridges(word, next, t) {
				if e.vocab.df(a.term) >= rareWordRatio*df {
					q.alts = append(q.alts, a)
				}
			}
		}

		if other := otherSpelling(word); other != "" && loadTypeWords().unit[next] {
			// "6h" finds "within six hours", "twenty days" finds "20
			// days": a measure's number written the other way, for a
			// little less. Not a number naming something ("round 2",
			// "article 4"), which articles write as the question does.
			if ot := e.terms.of(other); ot != "" && e.vocab.df(ot) > 0 {
				a := alt{term: ot, credit: spelledCredit, own: true}
				if df == 0 {
					q.credit, q.alts, q.weight = 0, []alt{a}, e.vocab.idf(e.vocab.df(ot))*share
				} else {
					q.alts = append(q.alts, a)
				}
			}
		}
		if i > 0 {
			// "day 1", "round 2", where the articles say "the first day",
			// "the second round": the ordinal, for a little less.
			if a, ok := e.numberedOrdinal(strings.ToLower(text[spans[i-1].start:spans[i-1].end]), word, next); ok {
				q.alts = append(q.alts, a)
			}
		}
		if df == 0 && len(q.alts) == 0 && prefixLetter(text, sp) {
			// "e-queue", "x-ray": a letter hyphenated to the word after it
			// is part of that word, no word the articles must hold.
			continue
		}
		if df == 0 {
			// "grandpa", "mum", where the articles say "grandfather",
			// "mother": the same relative, for a little less; "ngo",
			// where they never write it, the organisation they name.
			k := e.lex.KinWord(word)
			for _, full := range slices.Concat(loadQuestionWords().AbsentShorthand[word], loadQuestionWords().AbsentRelated[word], e.titleSpelledOut(people.StripPossessive(word))) {
				if e.vocab.df(e.terms.of(full)) > 0 {
					k = full // "ngo": the charity the articles name
					break
				}
			}
			if kt := e.terms.of(k); k != word && kt != "" && e.vocab.df(kt) > 0 {
				q.credit, q.alts, q.weight = 0, []alt{{term: kt, credit: spelledCredit, own: true}}, e.vocab.idf(e.vocab.df(kt))*share
			} else if nt := e.terms.of(groupedDigits(word)); nt != word && nt != "" && e.vocab.df(nt) > 0 {
				// "19000", where the articles write "19,000": the same
				// number, for a little less.
				q.credit, q.alts, q.weight = 0, []alt{{term: nt, credit: spelledCredit, own: true}}, e.vocab.idf(e.vocab.df(nt))*share
			} else if pt := e.placeCutShort(word); pt != "" {
				// "the korvan side", where the articles say "Korvania"
				// and "Korvanian": the place, for a little less.
				q.credit, q.alts, q.weight = 0, []alt{{term: pt, credit: spelledCredit, own: true}}, e.vocab.idf(e.vocab.df(pt))*share
			} else if ct := e.wordCutShort(word); ct != "" {
				// "the psych hospital", "the insulin temp", where the
				// articles write "psychiatric", "temperature".
				q.credit, q.alts, q.weight = 0, []alt{{term: ct, credit: cutShortCredit, own: true}}, e.vocab.idf(e.vocab.df(ct))*share
			}
		}
		if df == 0 && len(q.alts) == 0 {
			if parts := e.compoundParts(word); parts != nil {
				// "snapback", where the articles write "snap-back": its
				// two words, each as asked.
				for _, pt := range parts {
					if !seen[pt] {
						seen[pt] = true
						out = append(out, qterm{term: pt, weight: e.vocab.idf(e.vocab.df(pt)) * share, credit: 1, share: share})
						at = append(at, i)
					}
				}
				continue
			}
			q.credit = 0
			ew := english.Lookup(word)
			// A word of English is not a typo of an article's word
			// ("presents" is not "prevent", "auctions" not "action"),
			// unless it is so rare that a typo is likelier (Zipf < 2:
			// under one in ten million words).
			typo := !ew.Known || ew.Zipf < rareZipf
			// A word English has, however rare, is spelt as meant: only
			// one it lacks is read as the everyday word a typo made of
			// it ("auctions" is not "action"; "negotiatons" is
			// "negotiations").
			var c string
			var d int
			var ok bool
			if !ew.Known {
				c, d, ok = e.spelled(word)
			}
			if !ok {
				c, d, ok = e.vocab.correct(t)
			}
			if !ok && !ew.Known {
				// "recieve", where the articles never write "receive":
				// the everyday word the typo made, weighed and related as
				// that word, not as a name they lack.
				if m := englishTypo(word); m != "" {
					word, ew = m, english.Lookup(m)
					t = e.terms.of(m)
					q.term = t
				}
			}
			if ok && typo {
				q.term, q.credit = c, 1-0.4*float64(d)
				q.weight = e.vocab.idf(e.vocab.df(c))
			} else if q.alts = e.bridges(word, next, t); len(q.alts) > 0 {
				// Known only through its relatives: it weighs what the
				// closest of them weighs in the articles, but never more
				// than the word itself would weigh if missing ("won" is
				// no stronger a clue for having "victory" as a relative).
				q.weight = min(e.vocab.idf(e.vocab.df(q.alts[0].term)), e.absentWeight(word))
			} else if e.titleTerm(t) {
				// "when was the brevold interview on tv", of a transcript
				// titled "Interview with the Chief Monitor": the title's
				// word says which article, not what about.
				continue
			} else {
				// A word the articles never use is evidence that the
				// question is about something they do not cover, the
				// more so the rarer it is in English.
				q.weight = e.absentWeight(word)
				// A letter or two is no name ("w" for with, "x"): only
				// a word long enough to name something rules a question
				// out.
				q.foreign = (ew.Name && utf8.RuneCountInString(word) >= 3) || !ew.Known && utf8.RuneCountInString(word) >= 4
				// "did u see the derby last night", "best pizza in town":
				// a pastime (a sport, a dish, a film) the articles never
				// name, nor anything related, is something they do not
				// cover, however many everyday words the question shares
				// with them.
				q.foreign = q.foreign || english.Pastime(word) != "" || slices.Contains(loadQuestionWords().Chatter.Pastimes, word)
			}
		}
		if q.credit == 0 {
			if nb := e.nationBridges(word, q.term); len(nb) > 0 {
				// "uk", where the articles say "United Kingdom": the same
				// country, whatever else general English relates it to.
				q.alts = append(nb, q.alts...)
				q.weight = min(q.weight, e.vocab.idf(e.vocab.df(nb[0].term)))
				// "greece", where the articles say "Greek": a country
				// they name, no sign of something they do not cover.
				q.foreign = false
			}
		}
		if q.credit > 0 && len(q.alts) == 0 {
			q.alts = e.derivedAlts(word, q.term)
			if len(q.alts) == 0 {
				// "dravenia 2300", where the passage says "the Dravenian
				// side says 2,300": the people's word of a country the
				// articles name, and the country of theirs.
				q.alts = e.placeForms(word, q.term)
			}
		}
		q.alts = e.negatedForms(q)
		if seen[q.term] && q.known() {
			continue
		}
		seen[q.term] = true
		out = append(out, q)
		at = append(at, i)
	}
	for k := range out {
		// "cup final", in articles that never say "cup": "final", a
		// relative of "cup", is a word of the question itself; it says
		// nothing more of whether they speak of a cup.
		if out[k].credit > 0 {
			continue
		}
		out[k].alts = slices.DeleteFunc(out[k].alts, func(a alt) bool {
			return slices.ContainsFunc(out, func(o qterm) bool { return o.term == a.term && o.credit > 0 })
		})
	}
	for k := 0; k+1 < len(out); k++ {
		// "prisoner exchanges", in articles that never say "prisoner"
		// nor anything related: their exchanges are of something else.
		// A noun the articles lack, right before the noun it qualifies,
		// leaves that noun unmatched too.
		if at[k]+1 != at[k+1] || out[k].credit > 0 || out[k].foreign || !out[k+1].known() || slices.ContainsFunc(out[k].alts, func(a alt) bool { return a.credit >= closeAltCredit }) {
			continue
		}
		modWord := strings.ToLower(text[spans[at[k]].start:spans[at[k]].end])
		headWord := strings.ToLower(text[spans[at[k+1]].start:spans[at[k+1]].end])
		mod, _ := asEnglish(modWord)
		head, inflected := asEnglish(headWord)
		// Not a short word ("ex insurance broker"): a prefix, not what
		// something is. Nor a word for someone ("the young curator", "the
		// old fisherman"): what they are, whatever else describes them.
		// Nor a verb's past ("people signed the petition"): no noun the
		// word before qualifies.
		past := inflected && strings.HasSuffix(headWord, "ed")
		if mod.POS == 'n' && !mod.Name && head.POS == 'n' && !past && utf8.RuneCountInString(modWord) >= 4 && !e.lex.IsTitleNoun(headWord) && !e.lex.IsPersonNoun(headWord) {
			out[k+1].credit, out[k+1].alts = 0, nil
		}
	}
	e.doneAgain(text, spans, out, at)
	return out
}

// doneAgain lets a question saying that something is done again ("when
// does the school open again") find the articles' word for doing it again
// ("reopened"): each word the question uses finds its form with an again
// prefix (questions.yaml again_prefixes), as asked, when the articles use
// that form.
func (e *Engine) doneAgain(text string, spans []span, out []qterm, at []int) {
	qw := loadQuestionWords()
	again := func(sp span) bool {
		return slices.ContainsFunc(qw.AgainWords, func(a string) bool { return strings.EqualFold(text[sp.start:sp.end], a) })
	}
	if !slices.ContainsFunc(spans, again) {
		return
	}
	for k := range out {
		if out[k].credit == 0 {
			continue
		}
		word := strings.ToLower(text[spans[at[k]].start:spans[at[k]].end])
		for _, pre := range qw.AgainPrefixes {
			if t := e.terms.of(pre + word); t != "" && t != out[k].term && e.vocab.df(t) > 0 && !slices.ContainsFunc(out[k].alts, func(a alt) bool { return a.term == t }) {
				out[k].alts = append(out[k].alts, alt{term: t, credit: 1, own: true})
			}
		}
	}
}

// closeAltCredit is the least credit of a relative close enough to stand
// for a word ("swap" for "exchange"); below it, a broader word ("person"
// for "prisoner") says the articles speak of something else.
const closeAltCredit = 0.3

// prefixLetter reports a word that is a single letter hyphenated to the
// word after it ("e" of "e-queue").
func prefixLetter(text string, sp span) bool {
	r, n := utf8.DecodeRuneInString(text[sp.start:])
	after, hyphen := strings.CutPrefix(text[sp.end:], "-")
	next, _ := utf8.DecodeRuneInString(after)
	return n == sp.end-sp.start && unicode.IsLetter(r) && hyphen && unicode.IsLetter(next)
}

// codeParts are the letters and the number of a code written together
// ("zh001", "cxc418") where the articles set them apart ("ZH 001",
// "flight CXC 418"): both as index terms the articles use; nil for
// any other word.
func (e *Engine) codeParts(word string) []string {
	i := strings.IndexFunc(word, func(r rune) bool { return r >= '0' && r <= '9' })
	if i < 1 || strings.IndexFunc(word[:i], func(r rune) bool { return r < 'a' || r > 'z' }) >= 0 || strings.Trim(word[i:], "0123456789") != "" {
		return nil
	}
	ta, tb := e.terms.of(word[:i]), e.terms.of(word[i:])
	if ta == "" || tb == "" || e.vocab.df(ta) == 0 || e.vocab.df(tb) == 0 {
		return nil
	}
	return []string{ta, tb}
}

// compoundParts splits a word the articles never use, and no everyday
// word of English, into the two words of English they do use that it is
// written of, as articles hyphenate it: "snapback" is "snap" and "back"
// ("snap-back"), "peacekeeping" "peace" and "keeping"; or, ending in a
// particle the articles' hyphen leaves unsearched ("clean-up"), into its
// verb alone. Nil when no split makes two such words of three letters or
// more, nor a verb and a particle.
func (e *Engine) compoundParts(word string) []string {
	if parts := e.codeParts(word); parts != nil {
		return parts
	}
	if len(word) < 6 || strings.IndexFunc(word, func(r rune) bool { return r < 'a' || r > 'z' }) >= 0 {
		return nil
	}
	if english.Lookup(word).Zipf >= everydayZipf {
		return nil // "everyone" is no "every" and "one"
	}
	var best []string
	bestLen := 0
	for _, p := range loadQuestionWords().Particles {
		// "cleanup", where the articles write "clean-up": a verb and the
		// particle a phrasal noun ends in (a stop word, never searched),
		// found by the verb, when the articles hyphenate the two ("left
		// over" is no "leftover"); two words the articles use, below,
		// win.
		a, ok := strings.CutSuffix(word, p)
		if ta := e.terms.of(a); ok && len(a) >= 3 && ta != "" && e.vocab.df(ta) > 0 && e.hyphenated(word) {
			best = []string{ta}
		}
		// "offsite", where the articles write "off-site": the particle
		// first, the word it qualifies after, found by that word.
		b, ok := strings.CutPrefix(word, p)
		if tb := e.terms.of(b); ok && best == nil && len(b) >= 3 && tb != "" && e.vocab.df(tb) > 0 && e.hyphenated(word) {
			best = []string{tb}
		}
	}
	for i := 3; i <= len(word)-3; i++ {
		a, b := word[:i], word[i:]
		ta, tb := e.terms.of(a), e.terms.of(b)
		if ta == "" || tb == "" || e.vocab.df(ta) == 0 || e.vocab.df(tb) == 0 || !english.Lookup(a).Known || !english.Lookup(b).Known {
			continue
		}
		if m := min(len(a), len(b)); m > bestLen {
			best, bestLen = []string{ta, tb}, m
		}
	}
	return best
}

// everydayZipf is how common (Zipf) a word of English is that is
// always written as one word, never split into two: "everyone", "nobody" (5.4); "pullback" (1.3),
// "snapback" (unknown) may be "pull back", "snap-back".
const everydayZipf = 3.5

// placeCutShort is the articles' term for the place or people whose
// name word is cut short (questions.yaml place_suffixes: "korvan" of
// "Korvania"), the one they use most; "" when none. Only a word of five
// letters or more that English does not know: "russ" is no Russia.
func (e *Engine) placeCutShort(word string) string {
	if utf8.RuneCountInString(word) < minPlaceStem {
		return ""
	}
	if w, _ := asEnglish(word); w.Known && !w.Name {
		return ""
	}
	best, bestDF := "", 0
	for _, suf := range loadQuestionWords().PlaceSuffixes {
		t := e.terms.of(word + suf)
		if df := e.vocab.df(t); t != "" && df > bestDF {
			best, bestDF = t, df
		}
	}
	return best
}

// askingVerb reports a one-word form of a speech verb a question may ask
// by ("claim", "claims", "reckon": the people model's speech verbs
// flagged ask, the corpus's own among them).
func (e *Engine) askingVerb(w string) bool {
	v, ok := e.lex.SpeechVerb(w)
	return ok && slices.Contains(v.Flags, "ask")
}

// groupedDigits is a number of four digits or more written with commas
// between its thousands ("19000" → "19,000"), as articles write it; w
// itself when it is no such number.
func groupedDigits(w string) string {
	if len(w) < 4 || strings.Trim(w, "0123456789") != "" || w[0] == '0' {
		return w
	}
	var b strings.Builder
	for i, r := range w {
		if i > 0 && (len(w)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// placeForms are the other forms of a place's name the articles use, for
// a word no dictionary has that they use too: the people's word of a
// country ("Dravenia" → "Dravenian", questions.yaml place_suffixes) or
// the country of the people's word ("Dravenian" → "Dravenia"), each for
// what another name of a country counts (nationCredit). Nil for a word
// of English or one shorter than minPlaceStem.
func (e *Engine) placeForms(word, term string) []alt {
	if utf8.RuneCountInString(word) < minPlaceStem {
		return nil
	}
	if w, _ := asEnglish(word); w.Known && !w.Name {
		return nil
	}
	var out []alt
	seen := map[string]bool{term: true}
	add := func(form string) {
		if t := e.terms.of(form); t != "" && !seen[t] && e.vocab.df(t) > 0 {
			seen[t] = true
			out = append(out, alt{term: t, credit: nationCredit, own: true})
		}
	}
	// Only where the articles hold a longer word the name opens, or the
	// name less its ending: most names ("peskov") have no other form,
	// and each form tried is a string made.
	longer := len(e.vocab.withPrefix(word)) > 1
	for _, suf := range loadQuestionWords().PlaceSuffixes {
		if longer {
			add(word + suf)
		}
		if base, ok := strings.CutSuffix(word, suf); ok && utf8.RuneCountInString(base) >= minPlaceStem && len(e.vocab.withPrefix(base)) > 0 {
			add(base)
			for _, other := range loadQuestionWords().PlaceSuffixes {
				add(base + other) // "Dravenian" → "Dravenia"
			}
		}
	}
	return out[:min(len(out), maxAlts)]
}

// wordCutShort is the term the articles use most of those a question
// word the articles never use opens, with at least cutShortRest more
// letters: the word written out ("psych" → psychiatric, "temp" →
// temperature, "admin" → administration). "" when none, or the word is
// shorter than minCutShort or a name.
func (e *Engine) wordCutShort(word string) string {
	n := utf8.RuneCountInString(word)
	if n < minCutShort || english.Lookup(word).Name {
		return ""
	}
	best, bestDF := "", 0
	for _, t := range e.vocab.withPrefix(word) {
		if utf8.RuneCountInString(t) < n+cutShortRest {
			continue
		}
		if df := e.vocab.df(t); df > bestDF {
			best, bestDF = t, df
		}
	}
	return best
}

// A word cut short has at least minCutShort letters, and the term it
// opens at least cutShortRest more; found, it counts cutShortCredit.
const (
	minCutShort    = 4
	cutShortRest   = 3
	cutShortCredit = 0.8
)

// minPlaceStem is the fewest letters of a place's name cut short.
const minPlaceStem = 5

// spelledCredit is what a number written the other way counts for.
const spelledCredit = 0.9

// A question word the articles use is rare when it stands in at most
// rareWordPassages passages or one in rareWordShare, whichever is more;
// a relative counts beside it when it stands in rareWordRatio times as
// many.
const (
	rareWordPassages = 5
	rareWordShare    = 500
	rareWordRatio    = 2
)

// negatedForms adds to a question word's relatives the word negated
// with "un" as the articles write it: "are the monitors armed" is
// answered by "1,200 unarmed monitors", for less than "armed" would be.
func (e *Engine) negatedForms(q qterm) []alt {
	alts := q.alts
	add := func(t string, credit float64) {
		n := "un" + t
		if e.vocab.df(n) == 0 || slices.ContainsFunc(alts, func(a alt) bool { return a.term == n }) {
			return
		}
		alts = append(alts, alt{term: n, credit: credit * negatedCredit, own: q.credit > 0 && t == q.term})
	}
	if q.credit > 0 {
		add(q.term, q.credit)
	}
	for _, a := range q.alts {
		add(a.term, a.credit)
	}
	return alts
}

// negatedCredit is how much a word negated with "un" counts for the word.
const negatedCredit = 0.7

// timeShare is how much of its weight a word saying when a question is
// set keeps (time_words in data/questions.yaml).
const timeShare = 0.5

// currencyCredit is how much a currency's word counts for a question's
// word for money.
const currencyCredit = 0.8

// moneyByCurrency lets a question's words for money ("how much eu money
// for demining", "what will the mission cost", "when did parliament vote
// on the kurhaus money") be found as an amount in a currency: "EUR 520
// million" is money, though it never says so.
func (e *Engine) moneyByCurrency(qs []qterm) {
	e.moneyOnce.Do(func() {
		e.moneyTerms = map[string]bool{}
		for _, w := range loadTypeWords().Money.Words {
			e.moneyTerms[e.terms.of(w)] = true
		}
	})
	for i := range qs {
		q := &qs[i]
		if !e.moneyTerms[q.term] {
			continue
		}
		for _, a := range e.currencies(q.term) {
			if !slices.ContainsFunc(q.alts, func(b alt) bool { return b.term == a.term }) {
				q.alts = append(q.alts, a)
			}
		}
	}
}

// currencies are the currencies' words the articles use, as related words
// of a word for money (term).
func (e *Engine) currencies(term string) []alt {
	var out []alt
	for _, c := range loadTypeWords().Money.Currencies {
		if t := e.terms.of(c); t != "" && t != term && e.vocab.df(t) > 0 && !slices.ContainsFunc(out, func(a alt) bool { return a.term == t }) {
			// A sum in hryvnias is money as the question wrote it, not a
			// word related to it: it counts toward minLiteral.
			out = append(out, alt{term: t, credit: currencyCredit, own: true})
		}
	}
	return out
}

// hit is a candidate passage.
type hit struct {
	id  string      // the bleve document id: where it stands in the corpus
	rec *passageRec // read when first needed (passageOf)
	// num is its internal number in the index, when numbered.
	num      uint64
	numbered bool
	score    float64
	coverage float64
	marks    []Mark
	typed    typeFit // how it holds the type of thing the question asks for
	// related marks a passage below the answer threshold, shown after
	// those that answer as related to the question.
	related bool
}

// matcher finds which of a question's terms a text holds: the coverage
// and the words to highlight. It is built once per question.
type matcher struct {
	e     *Engine
	qs    []qterm
	want  map[string][]match
	total float64
	// typ is the type of thing the question asks for; isPerson tells a
	// person's name.
	typ      answerType
	isPerson func(string) bool
	// heaviest is the question word that weighs most.
	heaviest int
}

// match is a question word a text term stands for, and for how much.
type match struct {
	q      int
	credit float64
	exact  bool
}

func (e *Engine) newMatcher(qs []qterm) *matcher {
	m := &matcher{e: e, qs: qs, want: make(map[string][]match, len(qs))}
	for i, q := range qs {
		m.total += q.weight
		if q.weight > qs[m.heaviest].weight {
			m.heaviest = i
		}
		if q.credit > 0 {
			m.want[q.term] = append(m.want[q.term], match{q: i, credit: q.credit, exact: true})
		}
		for _, a := range q.alts {
			m.want[a.term] = append(m.want[a.term], match{q: i, credit: a.credit, exact: a.own || a.same})
		}
	}
	return m
}

// withType makes the matcher look for the type of thing the question asks
// for near the words it matches.
func (m *matcher) withType(t answerType, isPerson func(string) bool) *matcher {
	m.typ, m.isPerson = t, isPerson
	return m
}

// typeReach is how many words from a matched question word the thing a
// question asks for may stand: "the mission would deploy up to 2,400
// unarmed monitors" answers "how many monitors".
const typeReach = 10

// scan returns the coverage of text (and extra, e.g. its heading,
// headline and dateline, which count but are not highlighted), the share
// of it found as the question's own words (not through related ones),
// the marks to bold in text, and
// whether text holds the type of thing the question asks for near a word
// it matches.
func (m *matcher) scan(text string, extra ...string) (float64, float64, []Mark, typeFit) {
	return m.scanTypes(text, nil, false, extra...)
}

// scanTypes is scan, also adding to types (when not nil) the things of the
// type the question asks for that text holds apart from its matched
// words, as it finds them.
func (m *matcher) scanTypes(text string, types *[]typeAt, record bool, extra ...string) (float64, float64, []Mark, typeFit) {
	if m.total == 0 || len(m.want) == 0 {
		return 0, 0, nil, typeMissing
	}
	got := make([]float64, len(m.qs))
	// lit is the best credit with which a word is found as the question
	// wrote it (or in a form that stands for it: a sum for "money"); 0
	// when only through its relatives or not at all.
	lit := make([]float64, len(m.qs))
	var marks []Mark
	var at []int      // word numbers of the matches
	var counted []int // those of what a "how many" question counts
	var ofAt []int    // those of "of"
	i := -1
	for sp := range words(text) {
		i++
		if strings.EqualFold(text[sp.start:sp.end], "of") {
			ofAt = append(ofAt, i)
		}
		ms, ok := m.want[m.e.terms.of(text[sp.start:sp.end])]
		if !ok {
			continue
		}
		at = append(at, i)
		best := 0.0
		for _, x := range ms {
			got[x.q] = max(got[x.q], x.credit)
			best = max(best, x.credit)
			if x.exact {
				lit[x.q] = max(lit[x.q], x.credit)
			}
			if m.qs[x.q].counted && (len(counted) == 0 || counted[len(counted)-1] != i) {
				counted = append(counted, i)
			}
		}
		if best < closeAltCredit {
			// "give", "continuation", related to "held" only in some
			// sense of it: they count for a little, but are not where the
			// passage answers, and bold would point at nothing.
			continue
		}
		// Words separated only by spaces are bolded together.
		if l := len(marks); l > 0 && strings.TrimSpace(text[marks[l-1].End:sp.start]) == "" {
			marks[l-1].End = sp.end
		} else {
			marks = append(marks, Mark{sp.start, sp.end})
		}
	}
	for _, ex := range extra {
		for sp := range words(ex) {
			for _, x := range m.want[m.e.terms.of(ex[sp.start:sp.end])] {
				got[x.q] = max(got[x.q], x.credit)
				if x.exact {
					lit[x.q] = max(lit[x.q], x.credit)
				}
			}
		}
	}
	sum, literal := 0.0, 0.0
	for i, q := range m.qs {
		sum += q.weight * got[i]
		if lit[i] > 0 {
			// A word the articles lack, held in the form the question
			// means (money as a sum in a currency), for that form's credit.
			c := q.credit
			if c == 0 {
				c = lit[i]
			}
			literal += q.weight * c
		}
	}
	var typed typeFit
	if m.typ != typeNone && (len(at) > 0 || record && sum > 0) {
		// A record's fields ("Venue: …") are of what its title names:
		// the place they give is where that was, though they match the
		// question only through the title.
		typesIn(text, m.isPerson, func(ta typeAt) {
			if ta.t&m.typ == 0 {
				return
			}
			j, found := slices.BinarySearch(at, ta.word)
			if found {
				// "where are the geneva talks held": Geneva is what is
				// asked about, not the answer ("a lakeside villa in
				// Cologny").
				return
			}
			if types != nil {
				*types = append(*types, ta)
			}
			near := j < len(at) && at[j]-ta.word <= typeReach || j > 0 && ta.word-at[j-1] <= typeReach
			f := typeInPassage
			k, _ := slices.BinarySearch(counted, ta.word+1)
			switch {
			case ta.t&typeNumber != 0 && !ta.loose && !ta.ends && k < len(counted) && counted[k]-ta.word <= countReach:
				// "recorded 37 anti-personnel mines": the number counts
				// what the question counts.
				f = typeCounted
			case ta.t&typeNumber != 0 && !ta.loose && slices.Contains(ofAt, ta.word-1) && slices.Contains(counted, ta.word-2):
				// "the crew of 21": so does one after it and "of".
				f = typeCounted
			case m.typ&ta.t&(typeMeasure|typeClock|typeMoney) != 0 && near:
				// Exactly what is asked for: "how long does the pause
				// last": "It runs for 30 days"; "what time did they
				// sign": "signed at 3:40 a.m.".
				f = typeCounted
			case near && !ta.loose:
				f = typeNear
			case !ta.loose:
				f = typeFar
			case near:
				f = typeLooseNear
			}
			typed = max(typed, f)
		})
	}
	return sum / m.total, literal / m.total, marks, typed
}

// typeFit is how well a passage holds what a question asks for.
type typeFit uint8

const (
	typeMissing   typeFit = iota
	typeInPassage         // loosely ("at Christmas"), away from the words matched
	typeLooseNear         // loosely, near a matched word
	typeFar               // clearly ("on December 14"), away from the words matched
	typeNear              // clearly, within typeReach words of a matched word
	typeCounted           // a number standing right before what a "how many" question counts
)

// countReach is how far before what a question counts its number may
// stand: "37 anti-personnel mines", "120 unarmed military observers".
const countReach = 4

// minLiteral is the least share of a question's weighted words a passage
// must hold as the question wrote them to answer it: the rest may come
// through related words, but the articles must be about the question's
// own subject.
const minLiteral = 0.3

// bridgedCoverage is the coverage a passage holding the question mostly
// through related words may keep (at most), when it holds that much: past
// minCoverage, below confidentCoverage, so it is shown among the closest
// passages.
const bridgedCoverage = 0.44

// untypedCredit scales the coverage of a passage that holds nothing of
// the type a question asks for: it matches the words but does not answer.
const untypedCredit = 0.6

// boost is how much more a passage ranks for holding the type: one that
// matches the words and holds the thing asked for ranks above one that
// only matches the words.
func (f typeFit) boost() float64 {
	return [...]float64{1, 1.2, 1.4, 2, 2.5, 6}[f]
}

// fieldBoost is a field a question's terms are looked for in, and how
// much a match there counts.
type fieldBoost struct {
	field string
	boost float64
}

// passageFields are where a question's terms are looked for in passages:
// their text, and a little their section heading. Not the title: every
// passage of an article shares it, so it would pull in whole articles and
// make every search visit far more postings.
var passageFields = []fieldBoost{{fieldText, 1}, {fieldSection, 0.4}}

// termsQuery is the BM25 query for a question's known terms in the given
// fields, a corrected typo or a related word counting less; nil when no
// term is known.
func termsQuery(qs []qterm, fields ...fieldBoost) query.Query {
	var should []query.Query
	for _, q := range qs {
		for _, f := range fields {
			should = append(should, q.clauses(f)...)
		}
	}
	if len(should) == 0 {
		return nil
	}
	return anyOf(should...)
}

// anyOf is the disjunction of qs (at least one), or its only query
// alone: bleve scores a disjunction of one exactly as that query (the
// score times a coordination of 1/1, the same weight for its query norm),
// while the wrapper costs every match it visits a step more, and hides
// the term from scorch, which intersects a conjunction's term postings
// before walking them only when every clause is a term.
func anyOf(qs ...query.Query) query.Query {
	if len(qs) == 1 {
		return qs[0]
	}
	return bleve.NewDisjunctionQuery(qs...)
}

// clauses are the term queries finding q (the word, then its relatives)
// in one field.
func (q qterm) clauses(f fieldBoost) []query.Query {
	var out []query.Query
	share := q.share
	if share == 0 {
		share = 1
	}
	add := func(term string, credit float64) {
		tq := bleve.NewTermQuery(term)
		tq.SetField(f.field)
		tq.SetBoost(f.boost * credit * share)
		out = append(out, tq)
	}
	if q.credit > 0 {
		add(q.term, q.credit)
	}
	for _, a := range q.alts {
		add(a.term, a.credit)
	}
	return out
}

// searchBest finds the best passages for a question's terms: those that
// answer it, or when none does, the closest (closest is then true). top
// is the best coverage any candidate reached.
//
// Passages holding every word (or a relative of it) are looked for first:
// a conjunction walks the shortest posting list and skips through the
// others, where a disjunction must score every passage holding any term,
// which in a large corpus of common words is most of them. Only when too
// few passages hold them all does the disjunction run.
func (e *Engine) searchBest(ctx context.Context, qs []qterm, want answerType, limit int, related bool) (best []hit, top float64, closest bool, err error) {
	bq := bleve.NewBooleanQuery()
	known, postings := 0, 0
	for _, q := range qs {
		if !q.known() {
			continue
		}
		known++
		if q.credit > 0 {
			postings += e.vocab.df(q.term)
		}
		for _, a := range q.alts {
			postings += e.vocab.df(a.term)
		}
		bq.AddMust(anyOf(q.clauses(fieldBoost{fieldText, 1})...))
		if sq := q.clauses(fieldBoost{fieldSection, 0.4}); len(sq) > 0 {
			bq.AddShould(anyOf(sq...))
		}
	}
	if known == 0 {
		return nil, 0, false, nil
	}
	size := limit*3 + 5
	if want != typeNone {
		// The passage with the date may rank below a few without it.
		size = limit*5 + 10
	}
	// On a small index the disjunction alone is cheap, and one search
	// beats two.
	if known >= 2 && postings > conjunctionFirstPostings {
		hits, err := e.searchPassages(ctx, bq, size)
		if err != nil {
			return nil, 0, false, err
		}
		best, top, err := e.rank(hits, qs, want, limit, minCoverage, related, nil)
		if err != nil {
			return nil, 0, false, err
		}
		if len(best) == limit {
			return best, top, best[0].coverage < confidentCoverage, nil
		}
	}
	hits, err := e.searchPassages(ctx, termsQuery(qs, passageFields...), size)
	if err != nil {
		return nil, 0, false, err
	}
	if best, top, err = e.rank(hits, qs, want, limit, minCoverage, related, nil); err != nil {
		return nil, 0, false, err
	}
	return best, top, len(best) > 0 && best[0].coverage < confidentCoverage, nil
}

// rank orders hits for a question: by their features (rankfeat.go) —
// BM25 score, raised for passages that hold the type of thing the
// question asks for, coverage, closeness and more — then keeps the best
// that reach the threshold, do not repeat an earlier one and that keep
// (if not nil) accepts. With related, when any reaches the threshold, the
// places left go to the best of the rest holding at least
// relatedCoverage of the question, marked related, after those.
func (e *Engine) rank(hits []hit, qs []qterm, want answerType, limit int, threshold float64, related bool, keep func(r *passageRec) bool) ([]hit, float64, error) {
	reason := want&typeReason != 0
	want &^= typeReason
	m := e.newMatcher(qs).withType(want, e.isPersonWord)
	scored := make([]hit, len(hits))
	top := 0.0 // the best BM25 score
	for _, h := range hits {
		top = max(top, h.score)
	}
	var traced [][]float64
	vs := make([][]float64, 0, len(hits))
	docs := make([]string, 0, len(hits))
	paras := make([]int, 0, len(hits))
	var types []typeAt // the things of the type asked for in a passage's text
	for i, h := range hits {
		r, err := e.passageOf(&h)
		if err != nil {
			return nil, 0, err
		}
		f := passageFeatures{bm25: h.score, want: want}
		types = types[:0]
		h.coverage, f.literal, h.marks, h.typed = m.scanTypes(r.text, &types, r.record, r.src.Section, r.src.Title, r.place, r.asked, r.about)
		f.coverage, f.typed = h.coverage, h.typed
		f.asks, f.para = asksItself(r.text), r.src.Paragraph
		m.closeness(r.text, types, &f)
		f.quoted, f.record = quotedShare(r.text), r.record
		f.dayDate = want&typeDate != 0 && givesDayDate(r.text)
		h.score *= h.typed.boost()
		if f.literal < minLiteral {
			// Mostly words related to the question's, few of its own:
			// "weather in Kyiv" is not answered by "conditions in Kyiv".
			// Held through close relatives ("did anyone get hurt":
			// "31 people were injured"), they are the closest the
			// articles have, shown as such, never as an answer.
			if h.coverage >= bridgedCoverage {
				h.coverage = min(h.coverage, max(f.literal, bridgedCoverage))
			} else {
				h.coverage = min(h.coverage, f.literal)
			}
		}
		if want != typeNone && h.typed == typeMissing {
			// "When will Ukraine join the EU" is not answered by a
			// passage on Ukraine and the EU that holds no date.
			h.coverage *= untypedCredit
		}
		h.score *= coverageRank + h.coverage
		if reason && givesCause(r.text) {
			// "why was the signing delayed": "… delayed by six hours
			// because …".
			h.score *= reasonRank
		}
		f.answers = h.coverage >= minCoverage
		if f.asks {
			// "Q: … Does that mean anything in Prybrezhne?": a question
			// in the articles asks; the answer is elsewhere.
			h.score *= questionPassageRank
		}
		// The rank weighs the hand-set score above with how the passage
		// holds the question (rankfeat.go), by weights learnt from the
		// development suites.
		vs = append(vs, f.vector(h.score, top, i))
		docs = append(docs, r.src.Doc)
		paras = append(paras, r.src.Paragraph)
		scored[i] = h
	}
	withContext(vs, scored, docs, paras, related)
	for i, v := range vs {
		scored[i].score = rankScore(v)
		if rankTrace != nil {
			traced = append(traced, v)
		}
	}
	if rankTrace != nil {
		rankTrace(scored, traced)
	}
	slices.SortStableFunc(scored, func(a, b hit) int { return scoreOrder(a.score, b.score) })
	if !related || !slices.ContainsFunc(scored, func(h hit) bool { return h.coverage >= threshold }) {
		return e.pick(scored, m, limit, threshold, keep)
	}
	// Something answers: the places left are the best of the rest that
	// still hold some of the question, marked as related, after those
	// that answer (a paraphrase holds few of the question's words, and
	// may be the very passage asked for).
	pk := picker{e: e, m: m, limit: limit, threshold: threshold, keep: keep}
	for _, pass := range []bool{false, true} {
		for _, h := range scored {
			if pass && h.coverage >= threshold {
				continue // picked, or left out, as answering
			}
			h.related = pass
			done, err := pk.add(h)
			if err != nil {
				return nil, 0, err
			}
			if done {
				return pk.out, bestCoverage(scored), nil
			}
		}
		pk.threshold = min(threshold, relatedCoverage)
	}
	return pk.out, bestCoverage(scored), nil
}

// bestCoverage is the best coverage among hits.
func bestCoverage(hits []hit) float64 {
	top := 0.0
	for _, h := range hits {
		top = max(top, h.coverage)
	}
	return top
}

// relatedCoverage is the least coverage of a passage shown as related
// below those that answer a question (rank's related).
const relatedCoverage = 0.15

// coverageRank weighs how much of the question a passage holds (its own
// words and what it is read under: heading, headline, dateline) into its
// rank beside BM25: a passage scores (coverageRank + coverage) times its
// BM25 score.
const coverageRank = 0.2

// reasonRank scales the rank of a passage giving a cause, for a "why"
// question.
const reasonRank = 1.5

// questionPassageRank scales the rank of a passage that is itself a
// question (an interviewer's, a headline's).
const questionPassageRank = 0.3

// asksItself reports a passage that ends in a question mark: an
// interviewer's question, a rhetorical heading.
func asksItself(text string) bool {
	t := strings.TrimRight(text, " \"”’)")
	return strings.HasSuffix(t, "?")
}

// conjunctionFirstPostings is the number of postings of a question's
// words above which passages holding them all are looked for first.
const conjunctionFirstPostings = 5000

// searchPassages runs q and returns up to size passage hits, best first.
func (e *Engine) searchPassages(ctx context.Context, q query.Query, size int) ([]hit, error) {
	hits, _, err := e.searchPassagesSorted(ctx, q, size)
	return hits[:min(len(hits), size)], err
}

// searchPassagesSorted is searchRecords over passages.
func (e *Engine) searchPassagesSorted(ctx context.Context, q query.Query, size int) ([]hit, bool, error) {
	return e.searchRecords(ctx, q, size, 'p')
}

// searchRecords runs q and returns at least the best size hits on records
// of the given kind ('p' passages, 'q' quotes), best first, hits of equal
// score in corpus order: document id, then paragraph (compareRecords).
// bleve itself breaks ties by its internal document numbers, which follow the order in which
// a batch's documents happened to be analysed, not the same from one
// build to the next; so when a tie straddles the cut, hits are fetched
// until the tie ends, and the same corpus always gives the same answer.
// complete says whether the hits are all q matches.
func (e *Engine) searchRecords(ctx context.Context, q query.Query, size int, kind byte) (hits []hit, complete bool, err error) {
	hits, complete, _, err = e.searchRecordsFetched(ctx, q, size, kind)
	return hits, complete, err
}

// fetched is all a search fetched, hits beyond those it returned
// included: what a wider search of the same query returns first is
// there (see leading).
type fetched struct {
	hits  search.DocumentMatchCollection
	total uint64
	kind  byte
}

// lead returns the leading hits of f, at most most of them, in
// searchRecords' order; all says they are every match.
func (f fetched) lead(most int) (hits []hit, all bool) {
	got, all := leading(f.hits, f.total, most)
	return recordHits(got, f.kind), all
}

// searchRecordsFetched is searchRecords also returning all it fetched.
func (e *Engine) searchRecordsFetched(ctx context.Context, q query.Query, size int, kind byte) (hits []hit, complete bool, f fetched, err error) {
	f.kind = kind
	if q == nil {
		// No clause to search with (termsQuery of words the index does
		// not hold): nothing matches. bleve would panic on it.
		return nil, true, f, nil
	}
	size = max(size, 1)
	// Ties at the cut are the rule in a large corpus (the same sentence in
	// many articles), and every search visits all matches again: so the
	// first search fetches as far as the first steps past a tie would,
	// and the steps are replayed on what it fetched; only a tie running
	// past that searches again.
	k := 4 * size
	if size <= 64 {
		k = 16 * size // two steps: a search fetching 320 hits costs little more than one fetching 20
	}
	for {
		req := bleve.NewSearchRequestOptions(q, k+1, 0, false)
		req.Fields = nil
		res, err := e.search(ctx, req)
		if err != nil {
			return nil, false, f, fmt.Errorf("index: search: %w", err)
		}
		fetch := size
		for len(res.Hits) > fetch && scoreOrder(res.Hits[fetch].Score, res.Hits[size-1].Score) <= 0 {
			// The hits tied at the cut go on past it: look further, in
			// big steps, but not at once at all of them (a common
			// word's matches are tens of thousands at 10k articles).
			fetch = min(fetch*4, int(res.Total))
		}
		if fetch >= len(res.Hits) && len(res.Hits) < int(res.Total) {
			k = fetch // the tie may go on past what was fetched
			continue
		}
		// The extra hit fetched to look for a tie scores below the cut:
		// it is not among the best.
		complete = len(res.Hits) <= fetch
		f.hits, f.total = res.Hits, res.Total
		return recordHits(res.Hits[:min(len(res.Hits), fetch)], kind), complete, f, nil
	}
}

// recordHits are the search hits on records of the given kind, best
// first, hits of equal score in corpus order.
func recordHits(got search.DocumentMatchCollection, kind byte) []hit {
	hits := make([]hit, 0, len(got))
	for _, h := range got {
		if len(h.ID) < 2 || h.ID[0] != kind {
			continue
		}
		x := hit{id: h.ID, score: h.Score}
		if len(h.IndexInternalID) == 8 {
			x.num, x.numbered = h.IndexInternalID.Value(), true
		}
		hits = append(hits, x)
	}
	slices.SortStableFunc(hits, func(a, b hit) int {
		if c := scoreOrder(a.score, b.score); c != 0 {
			return c
		}
		return compareRecords(a.id, b.id)
	})
	return hits
}

// searchLeading runs q for its best k hits and returns the leading ones
// (see leading).
func (e *Engine) searchLeading(ctx context.Context, q query.Query, k int, kind byte) (hits []hit, all bool, err error) {
	req := bleve.NewSearchRequestOptions(q, k+1, 0, false)
	req.Fields = nil
	res, err := e.search(ctx, req)
	if err != nil {
		return nil, false, fmt.Errorf("index: search: %w", err)
	}
	hits, all = fetched{hits: res.Hits, total: res.Total, kind: kind}.lead(k)
	return hits, all, nil
}

// leading returns the first of got, bleve's best of total matches by
// score, that score above a score every other match falls below, at
// most most of them; all says they are every match. However large a
// searchRecords of the same query, if it returns more than they are,
// it returns them first and in the same order (as recordHits orders
// them): bleve breaks ties by its own numbers, so they are cut only
// between scores, never inside one.
func leading(got search.DocumentMatchCollection, total uint64, most int) (search.DocumentMatchCollection, bool) {
	if uint64(len(got)) == total && len(got) <= most {
		return got, true
	}
	n := min(len(got)-1, most)
	for n > 0 && scoreOrder(got[n-1].Score, got[n].Score) >= 0 {
		n--
	}
	return got[:max(n, 0)], false
}

// scoreOrder orders two BM25 scores, higher first. bleve adds up a
// disjunction's clause scores in an order that follows its internal
// document numbers, which differ from one build to the next, so two
// passages that score alike can differ in the last bit, one way or the
// other: scores within a billionth of each other are equal, and the tie
// goes to corpus order.
func scoreOrder(a, b float64) int {
	if math.Abs(a-b) <= 1e-9*math.Max(math.Abs(a), math.Abs(b)) {
		return 0
	}
	return cmp.Compare(b, a)
}

// pick keeps, in order, hits that pass the threshold and do not repeat an
// earlier pick, scanning those not scanned yet (coverage 0 and no marks)
// with m; keep, when set, is asked only as far as the picking goes.
func (e *Engine) pick(hits []hit, m *matcher, limit int, threshold float64, keep func(r *passageRec) bool) ([]hit, float64, error) {
	pk := picker{e: e, m: m, limit: limit, threshold: threshold, keep: keep}
	for _, h := range hits {
		done, err := pk.add(h)
		if err != nil {
			return nil, 0, err
		}
		if done {
			break
		}
	}
	return pk.out, pk.top, nil
}

// picker is pick one hit at a time, for a caller that learns the order of
// its candidates as it goes (personPassages): it can stop reading them as
// soon as limit are picked.
type picker struct {
	e         *Engine
	m         *matcher
	limit     int
	threshold float64
	keep      func(r *passageRec) bool
	out       []hit
	kept      [][]uint64 // the shingles of out
	top       float64
}

// add considers h after the hits added before it; done is true once
// limit are picked.
func (pk *picker) add(h hit) (done bool, err error) {
	r, err := pk.e.passageOf(&h)
	if err != nil {
		return false, err
	}
	if pk.keep != nil && !pk.keep(r) {
		return false, nil
	}
	if h.coverage == 0 && h.marks == nil {
		h.coverage, _, h.marks, h.typed = pk.m.scan(r.text, r.src.Section)
	}
	pk.top = max(pk.top, h.coverage)
	if h.coverage < pk.threshold {
		return false, nil
	}
	sh := shingles(r.text)
	for _, k := range pk.kept {
		if jaccard(sh, k) >= 0.5 {
			return false, nil
		}
	}
	pk.kept = append(pk.kept, sh)
	pk.out = append(pk.out, h)
	return len(pk.out) == pk.limit, nil
}

// shingles are the hashed word trigrams of a text, sorted and without
// repeats, for spotting passages that say the same thing in nearly the same
// words.
func shingles(text string) []uint64 {
	var out []uint64
	var h1, h2 uint64
	n := 0
	for sp := range words(text) {
		w := uint64(14695981039346656037) // FNV-1a of the lower-cased word
		for _, r := range text[sp.start:sp.end] {
			w ^= uint64(unicode.ToLower(r))
			w *= 1099511628211
		}
		n++
		if n >= 3 {
			out = append(out, h1*0x9e3779b97f4a7c15^h2*0xbf58476d1ce4e5b9^w)
		}
		h1, h2 = h2, w
	}
	if n > 0 && n < 3 {
		out = append(out, h1*0x9e3779b97f4a7c15^h2)
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// jaccard is the overlap of two sorted sets.
func jaccard(a, b []uint64) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	inter, i, j := 0, 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] == b[j]:
			inter++
			i++
			j++
		case a[i] < b[j]:
			i++
		default:
			j++
		}
	}
	return float64(inter) / float64(len(a)+len(b)-inter)
}

// passage is the answer's form of a hit picked (so its record is read).
func (e *Engine) passage(h hit) Passage {
	r := h.rec
	bold := e.distinctiveMarks(r.text, h.marks) // bold only what is rare (bold.go)
	return Passage{
		Text: r.text, Highlight: highlight(r.text, bold), Score: round3(h.score),
		Source: r.src, Marks: bold, Matches: h.marks, Related: h.related,
	}
}

func round3(f float64) float64 { return float64(int64(f*1000+0.5)) / 1000 }

// highlight wraps the marked ranges of text in ** (Markdown bold).
func highlight(text string, marks []Mark) string {
	if len(marks) == 0 {
		return text
	}
	var b strings.Builder
	at := 0
	for _, m := range marks {
		b.WriteString(text[at:m.Start])
		b.WriteString("**")
		b.WriteString(text[m.Start:m.End])
		b.WriteString("**")
		at = m.End
	}
	b.WriteString(text[at:])
	return b.String()
}

func limitOf(opts AskOptions) int {
	if opts.Limit > 0 {
		return opts.Limit
	}
	return DefaultLimit
}

// searchAnswer answers a question by passages alone.
func (e *Engine) searchAnswer(ctx context.Context, question, text string, want answerType, counted string, kind Kind, opts AskOptions) (*Answer, error) {
	return e.searchAnswerTerms(ctx, question, text, e.questionTerms(text), want, counted, kind, opts)
}

// searchAnswerTerms is searchAnswer with the question's terms read
// already (withOpposites, for a yes-no question).
func (e *Engine) searchAnswerTerms(ctx context.Context, question, text string, qs []qterm, want answerType, counted string, kind Kind, opts AskOptions) (*Answer, error) {
	a := &Answer{Question: question, Kind: kind, Quotes: []Quote{}, Passages: []Passage{}}
	if slices.ContainsFunc(qs, func(q qterm) bool { return q.foreign }) || e.onlySettingKnown(text, qs) {
		// It names something the articles never mention: whatever else
		// they share with the question, it is about something else.
		return e.withSuggestions(ctx, a)
	}
	e.moneyByCurrency(qs)
	if want&typeNumber != 0 {
		e.markCounted(qs, counted)
	}
	best, top, closest, err := e.searchBest(ctx, qs, want, limitOf(opts), true)
	if err != nil {
		return nil, err
	}
	a.relevance, a.Closest = top, closest
	for _, h := range best {
		a.Passages = append(a.Passages, e.passage(h))
	}
	if a.Closest && want&typeMoney != 0 && !slices.ContainsFunc(a.Passages, func(p Passage) bool { return holdsType(p.Text, typeMoney) }) {
		// "how much did corvanne pay for the buses": passages about the
		// buses that name no sum do not come close to what it cost.
		a.Passages, a.Closest = []Passage{}, false
	}
	if !a.Answered() {
		return e.withSuggestions(ctx, a)
	}
	return a, nil
}

// titleSpelledOut is the word of a shortened title's full form
// (questions.yaml title_shorthand) the articles use that the fewest
// passages hold, the one saying most of it: "parliament" of "mp"
// (member of parliament), "executive" of "ceo"; nil when word is no
// such title or they use none of its words.
func (e *Engine) titleSpelledOut(word string) []string {
	full, ok := loadQuestionWords().TitleShorthand[word]
	if !ok {
		return nil
	}
	best, bestDF := "", 0
	for _, w := range strings.Fields(full) {
		if loadQuestionWords().filler[w] {
			continue
		}
		if df := e.vocab.df(e.terms.of(w)); df > 0 && (best == "" || df < bestDF) {
			best, bestDF = w, df
		}
	}
	if best == "" {
		return nil
	}
	return []string{best}
}

// countedNoun is what a "how many" question's content counts: the last
// noun of the words opening it, before its verb or preposition ("mines"
// of "mines did they find", "staff" of "international staff does the tna
// have"); "" when it opens otherwise ("did the us put in").
func (e *Engine) countedNoun(content string) string {
	last := ""
	for i, sp := range wordSpans(content) {
		w := strings.ToLower(content[sp.start:sp.end])
		if e.terms.of(w) == "" {
			break // "the", "of"
		}
		if i == 0 {
			// The word right after "how many" is what it counts, whatever
			// else English uses it as ("kids", "kid" being a verb too).
			last = w
			continue
		}
		x := english.Lookup(w)
		if !x.Known {
			last = w // a name or a word English lacks ("pows")
			continue
		}
		pos := x.POS
		for _, l := range english.Lemmas(w) {
			// "mines", "ships": the part of speech is their lemma's.
			if p := english.Lookup(l).POS; pos == '-' && p != '-' {
				pos = p
			}
		}
		if pos != 'n' && pos != 'a' {
			break
		}
		if pos == 'n' {
			last = w
		}
	}
	if slices.Contains(loadTypeWords().Money.Words, last) {
		return "" // "how much money": "EUR 3.1 billion" never says money
	}
	return last
}

// markCounted marks the question's term for the counted word.
func (e *Engine) markCounted(qs []qterm, word string) {
	t := e.terms.of(word)
	for i := range qs {
		qs[i].counted = t != "" && qs[i].term == t
	}
}

// onlySettingKnown reports a question whose words the articles use are
// only where and when it is set (a place, a time word, a day's number),
// while what it asks about is a word they never use: "whats the weather
// in vienna this week" is about the weather, which they do not cover,
// however often they name Vienna.
func (e *Engine) onlySettingKnown(text string, qs []qterm) bool {
	setting := map[string]bool{}
	absent := false
	qw := loadQuestionWords()
	for _, sp := range wordSpans(text) {
		w := strings.ToLower(text[sp.start:sp.end])
		t := e.terms.of(w)
		switch {
		case t == "" || qw.filler[w]:
		case slices.Contains(qw.TimeWords, w) || isNumber(w) || e.placeLike(w, t) && !e.isPersonWord(w) && !e.isDemonym(w):
			setting[t] = true
		case e.vocab.df(t) == 0 && e.absentWeight(w) >= e.vocab.idf(0):
			// The word itself is absent, whatever its relatives: the
			// "conditions" of the weather are not the weather.
			absent = true
		}
	}
	if !absent {
		return false
	}
	for _, q := range qs {
		// A word found as another spelling of itself ("lab" as the
		// articles' "laboratory", "ngo" as their "organisation") or as
		// another name for its thing ("negotiations" as their "talks")
		// is found: the question asks about something they cover.
		if (q.credit > 0 || slices.ContainsFunc(q.alts, func(a alt) bool { return a.own || a.same })) && !setting[q.term] {
			return false
		}
	}
	return true
}

// placeLike reports a word that names something rather than says what
// happened: a name English knows ("vienna"), or a word the articles use
// that English lacks ("odesa", "enerhodar") and no one's name has
// ("danylo").
func (e *Engine) placeLike(w, term string) bool {
	x := english.Lookup(w)
	return x.Name || !x.Known && e.vocab.df(term) > 0 && !e.personNamed(w)
}

// isDemonym reports a word for a nation's people or what is theirs
// ("canadians", "polish"): who acts in a question, not where it is set.
func (e *Engine) isDemonym(w string) bool {
	n, ok := e.lex.Nation(w)
	return ok && (strings.EqualFold(w, n.Adjective) || strings.EqualFold(w, n.Adjective+"s"))
}

func (e *Engine) withSuggestions(ctx context.Context, a *Answer) (*Answer, error) {
	ts, err := e.Topics(ctx)
	if err != nil {
		return nil, err
	}
	for _, t := range ts {
		if t.Passages > 0 {
			a.Suggestions = append(a.Suggestions, t)
		}
	}
	return a, nil
}

// unnamedAnswer answers a question asking for the name of someone the
// articles do not name (p nil), or the surname of someone they name by
// one name only (p): not covered, saying so.
func (e *Engine) unnamedAnswer(ctx context.Context, question string, in intent, p *person) (*Answer, error) {
	a := &Answer{
		Question: question, Kind: KindPerson, Asked: strings.TrimSpace(in.who),
		Quotes: []Quote{}, Passages: []Passage{}, Unnamed: strings.TrimSpace(in.who),
		askedOther: true,
	}
	if p != nil {
		a.Unnamed, a.onlyGiven = p.Name, true
	}
	return e.withSuggestions(ctx, a)
}

// unknownSpeaker answers a quote question about someone the articles
// never name.
func (e *Engine) unknownSpeaker(ctx context.Context, question, who string) (*Answer, error) {
	a := &Answer{
		Question: question, Kind: KindQuote, SpeakerStatus: SpeakerUnknown,
		Asked: strings.TrimSpace(who), Quotes: []Quote{}, Passages: []Passage{},
	}
	return e.withSuggestions(ctx, a)
}

// pieceNoun reports the word at spans[i] of text as a kind of piece
// (questions.yaml article_nouns: "op-ed", "op ed", "podcast"), alone or
// with the word beside it.
func pieceNoun(spans []span, text string, i int) bool {
	word := func(k int) string {
		if k < 0 || k >= len(spans) {
			return ""
		}
		return strings.ToLower(text[spans[k].start:spans[k].end])
	}
	nouns := loadQuestionWords().ArticleNouns
	w := word(i)
	for _, phrase := range []string{w, word(i-1) + " " + w, w + " " + word(i+1), word(i-1) + "-" + w, w + "-" + word(i+1)} {
		if slices.Contains(nouns, phrase) {
			return true
		}
	}
	return false
}

// englishTypo is the common English word (Zipf ≥ typoZipf) one slip from
// word (an edit or two letters swapped: "recieve" → "receive"), of five
// letters or more, the most common when several are; "" when there is
// none. A name the articles lack ("eurovision") is no slip of one.
func englishTypo(word string) string {
	l := utf8.RuneCountInString(word)
	if l < 5 {
		return ""
	}
	best, bestZipf := "", 0.0
	var scratch []int
	for n := l - 1; n <= l+1; n++ {
		for _, cand := range english.Spellings(word[0], n) {
			var d int
			var over bool
			d, over, scratch = search.LevenshteinDistanceMaxReuseSlice(word, cand, 1, scratch)
			if over && people.Transposed(word, cand) {
				d, over = 1, false
			}
			if over || d == 0 {
				continue
			}
			if z := english.Lookup(cand).Zipf; z >= typoZipf && z > bestZipf {
				best, bestZipf = cand, z
			}
		}
	}
	return best
}

// typoZipf is how common a word must be (Zipf: log10 per billion words)
// for a word English lacks to be read as a slip of it.
const typoZipf = 3.5
