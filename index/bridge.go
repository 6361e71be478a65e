package index

import (
	"cmp"
	"slices"
	"strconv"
	"strings"

	"github.com/talksbot/talksbot/corpus"
	"github.com/talksbot/talksbot/corpus/people"
	"github.com/talksbot/talksbot/index/english"
)

// alt is a word the articles use for what a question word means: a
// synonym, a related form or a broader word (truce → ceasefire, bombing →
// attack, Moscow → Russia). It counts for less than the word itself, so
// passages holding the question's own words still come first.
type alt struct {
	term   string  // index term
	credit float64 // 0–1: how much finding it counts for
	// own says the term is the question's own word in another form
	// ("unarmed" for "armed"): found, it counts as the question's words
	// do toward minLiteral.
	own bool
	// same says the term is another name for the thing the word names:
	// each is the other's synonym in its first sense ("negotiations",
	// "talks"), so found, it counts toward minLiteral; "conditions" is
	// "weather" only in a later sense of its own.
	same bool
}

// maxAlts bounds the related words searched for one question word: enough
// for the close ones, few enough to keep a query cheap.
const maxAlts = 4

// bridgeCredit scales a relation's closeness into credit: a synonym in
// the first sense (0.8) counts 0.6 of the word itself.
const bridgeCredit = 0.75

// bridges returns the index terms, other than term itself, that general
// English relates to a question word (as asked, lower case) and that the
// articles use, closest first. next is the word after it, for phrases
// ("give up", "take place").
func (e *Engine) bridges(word, next, term string) []alt {
	var out []alt
	seen := map[string]bool{term: true, "": true}
	// A name's relatives are other names for the same thing (EU →
	// European Union), never the broader or the including one (Crimea is
	// not answered by whatever says "Ukraine").
	name := english.Lookup(word).Name
	add := func(lemma string, scale float64) {
		for _, r := range english.Related(lemma) {
			if name && r.Weight < 0.8 {
				continue
			}
			a, ok := e.altOf(r.Word)
			if !ok || seen[a.term] {
				continue
			}
			seen[a.term] = true
			if clipped(lemma, r) {
				// "lab", "vet", "admin": the word the articles use, cut
				// short, counts as a spelling of it.
				a.credit, a.own = spelledCredit, true
			} else {
				a.credit *= r.Weight * bridgeCredit * scale * specificity(r.Word)
				a.same = scale == 1 && !strings.Contains(r.Word, "_") && firstSynonyms(lemma, r)
			}
			out = append(out, a)
		}
	}
	// "blow up the mine": the noun made of a first-sense synonym of a
	// phrasal verb ("explode" → "explosion"), as the articles may only
	// have it ("in a controlled explosion"), two steps from the phrase
	// and counting as such. (Of single words too, it moved as many
	// development questions down as up.)
	synonymsNouns := func(lemma string) {
		for _, r := range english.Related(lemma) {
			if r.Weight < firstSenseWeight || strings.Contains(r.Word, "_") {
				continue
			}
			for _, d := range english.Related(r.Word) {
				if d.Weight != derivationWeight || strings.Contains(d.Word, "_") || name {
					continue
				}
				a, ok := e.altOf(d.Word)
				if !ok || seen[a.term] {
					continue
				}
				seen[a.term] = true
				a.credit *= r.Weight * d.Weight * bridgeCredit * specificity(d.Word)
				out = append(out, a)
			}
		}
	}
	if next != "" {
		for _, l := range english.Lemmas(word) {
			add(l+"_"+next, 1)
			synonymsNouns(l + "_" + next)
		}
	}
	// "handover", "pullback", "walkout": a noun made of a phrasal verb
	// is found by it ("handed over", "pull back"), when English knows
	// the phrasal verb.
	for _, p := range loadQuestionWords().Particles {
		verb, ok := strings.CutSuffix(word, p)
		if !ok || len(verb) < 3 || len(english.Related(verb+"_"+p)) == 0 {
			continue
		}
		if a, ok := e.altOf(verb + "_" + p); ok && !seen[a.term] {
			// The phrase is the question's own word written apart.
			seen[a.term], a.own = true, true
			out = append(out, a)
		}
		add(verb+"_"+p, 1)
	}
	// "hydrology": the "hydrologists" of the articles, one family of
	// derived words (questions.yaml derived_endings).
	for _, fam := range loadQuestionWords().DerivedEndings {
		for _, end := range fam {
			stem, ok := strings.CutSuffix(word, end)
			if !ok || len(stem) < minDerivedStem {
				continue
			}
			for _, other := range fam {
				if t := e.terms.of(stem + other); other != end && !seen[t] && e.vocab.df(t) > 0 {
					seen[t] = true
					out = append(out, alt{term: t, credit: derivedCredit})
				}
			}
		}
	}
	// "rechecked": the articles' "re-checking", read as "re" and
	// "checking" (questions.yaml again_prefixes).
	for _, pre := range loadQuestionWords().AgainPrefixes {
		rest, ok := strings.CutPrefix(word, pre)
		if !ok || len(rest) < minAgainRest || !english.Lookup(rest).Known {
			continue
		}
		if t := e.terms.of(rest); !seen[t] && e.vocab.df(t) > 0 {
			seen[t] = true
			out = append(out, alt{term: t, credit: againCredit, own: true})
		}
	}
	for _, l := range english.Lemmas(word) {
		add(l, 1)
		// The lemma itself may be the word the articles use: "promised"
		// is not in them, "promise" is (the stemmer already joins regular
		// forms; this joins derived ones such as europeans → european).
		if t := e.terms.of(l); !seen[t] && e.vocab.df(t) > 0 {
			seen[t] = true
			out = append(out, alt{term: t, credit: 0.9})
		}
		if l == word {
			continue
		}
		// "hackers": its lemma's own lemma ("hacker" → "hack"), where the
		// articles have only that ("a hacking group"), a step further:
		// the question's own word in another form.
		for _, l2 := range english.Lemmas(l) {
			if t := e.terms.of(l2); l2 != l && !seen[t] && e.vocab.df(t) > 0 {
				seen[t] = true
				out = append(out, alt{term: t, credit: derivedCredit, own: true})
			}
		}
	}
	if len(out) == 0 {
		// "analyst": nothing the articles use is related to it, but the
		// relatives of the word it derives from are ("analysis" →
		// study).
		for _, l := range english.Lemmas(word) {
			for _, r := range english.Related(l) {
				if r.Weight == derivationWeight && !strings.Contains(r.Word, "_") {
					add(r.Word, derivationWeight)
				}
			}
		}
	}
	// "was anyone killed": the articles' "injured", "casualties", words
	// of the same field of outcomes (questions.yaml fields), where
	// nothing closer found them.
	for _, field := range loadQuestionWords().Fields {
		if !slices.Contains(field, word) && !slices.ContainsFunc(english.Lemmas(word), func(l string) bool { return slices.Contains(field, l) }) {
			continue
		}
		for _, other := range field {
			if a, ok := e.altOf(other); ok && !seen[a.term] {
				seen[a.term] = true
				a.credit, a.same = fieldCredit, true
				out = append(out, a)
			}
		}
	}
	// Closest first, then keep a few.
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && out[j].credit > out[j-1].credit; j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out[:min(len(out), maxAlts)]
}

// fieldCredit is what a word of the question's word's field
// (questions.yaml fields) counts for: below a synonym's least, at about
// the coverage that shows an answer as the closest passages.
const fieldCredit = 0.4

// minAgainRest is the shortest word a prefix saying "again" is taken off:
// "checked" of "rechecked", never "d" of "red".
const minAgainRest = 4

// againCredit is what the articles' word for the action counts for a
// question's word for doing it again.
const againCredit = 0.8

// derivationWeight is the closeness related.tsv gives a derived word.
const derivationWeight = 0.7

// firstSenseWeight is the closeness related.tsv gives a synonym in the
// word's first sense.
const firstSenseWeight = 0.8

// minDerivedStem is the shortest stem a derived ending is taken off:
// "hydro" of "hydrology", never "o" of "ology".
const minDerivedStem = 3

// derivedCredit is what finding a word of the same family of derived
// words counts for: the same thing seen from its practitioner's side.
const derivedCredit = 0.8

// clipped reports a related word of which the question's word is the
// clipped form: a synonym in the first sense that the word begins
// ("lab" of "laboratory", "vet" of "veterinarian").
func clipped(word string, r english.Rel) bool {
	return r.Weight >= firstSynonym && len(word) >= 3 && len(r.Word) > len(word) && strings.HasPrefix(r.Word, word) && !strings.Contains(r.Word, "_")
}

// firstSynonym is the closeness related.tsv gives a synonym in a word's
// first sense.
const firstSynonym = 0.8

// altOf turns a related word into the term to look for, if the articles
// use it. A related phrase stands by its head noun ("prisoner_of_war" →
// prisoner, for "pows"), or a phrasal verb by its verb ("drop_out" →
// drop), counting for less; its other words, common on their own, would
// find a question's rare word in passages about something else.
func (e *Engine) altOf(word string) (alt, bool) {
	scale := 1.0
	if strings.Contains(word, "_") {
		parts := strings.Split(word, "_")
		head := parts[len(parts)-1]
		for i, p := range parts {
			if p == "of" && i > 0 {
				head = parts[i-1]
				break
			}
		}
		if len(parts) == 2 && loadQuestionWords().particle[parts[1]] {
			head = parts[0] // a phrasal verb stands by its verb: drop_out → drop
		}
		word, scale = head, phraseHeadCredit
	}
	t := e.terms.of(word)
	if t == "" || e.vocab.df(t) == 0 {
		return alt{}, false
	}
	return alt{term: t, credit: scale}, true
}

// firstSynonyms reports whether lemma and r are synonyms each in the
// other's first sense (WordNet's weight for it, 0.8): two names for one
// thing, not a word and a broader one, nor one it means only at times.
func firstSynonyms(lemma string, r english.Rel) bool {
	if r.Weight < firstSynonym {
		return false
	}
	return slices.ContainsFunc(english.Related(r.Word), func(back english.Rel) bool {
		return back.Word == lemma && back.Weight >= firstSynonym
	})
}

// phraseHeadCredit is what a related phrase's head word counts for, next
// to a related word.
const phraseHeadCredit = 0.6

// specificity scales a related word's credit by how much finding it says:
// an everyday word ("make", "give", related to "hold") is no evidence of
// anything, a rare one ("ceasefire", related to "truce") is.
func specificity(word string) float64 {
	w := english.Lookup(word)
	if !w.Known {
		return 1
	}
	return min(max((7-w.Zipf)/3, 0.2), 1)
}

// functionZipf is how common (Zipf) a word with no part of speech must
// be to be a word of grammar; functionWeight is what such a word weighs
// when the articles lack it, a share of the rarest word's weight.
const (
	functionZipf   = 4.0
	functionWeight = 0.15
)

// absentWeight is how much a question word the articles never use (nor
// anything related to it) says that the question is about something else.
// A rare word ("borscht", "Eurovision", a name) says a lot; an everyday
// word ("held", "stop", "promise") says little, and a verb or an adverb
// less than a noun: questions word what happened differently from articles,
// while what they ask about (a noun, a quality) must be there.
func (e *Engine) absentWeight(word string) float64 {
	top := e.vocab.idf(0)
	if isNumber(word) {
		// "day 2", "1000 troops": a number the articles do not print is
		// no sign that they are about something else.
		return 0.3 * top
	}
	w, inflected := asEnglish(word)
	if !w.Known {
		return unknownWeight * top
	}
	pos := w.POS
	if inflected && pos == 'n' && (strings.HasSuffix(word, "ed") || strings.HasSuffix(word, "ing")) {
		// "brokered", "footing": a noun made a verb, weighed as the
		// verb the question uses.
		pos = 'v'
	}
	var f float64
	switch pos {
	case '-':
		if !w.Name && !inflected && w.Zipf >= functionZipf {
			// Common, yet no content word WordNet knows: a word of
			// grammar ("toward", "among", "cannot"), which says
			// nothing of what a question is about.
			return functionWeight * top
		}
		f = min(max((7.5-w.Zipf)/2, 0.8), unknownWeight)
	case 'v', 'r':
		f = min(max((7-w.Zipf)/4, 0.15), 0.75)
	case 'a':
		f = min(max((7-w.Zipf)/2, 0.3), 1.2)
		if hasOpposite(word) {
			// "why were the maps so bad": a quality with an opposite
			// (WordNet's antonyms) is a judgment or a degree, which
			// articles give in other words ("half right", "minus 14");
			// weighed as a verb is.
			f = min(max((7-w.Zipf)/4, 0.15), 0.75)
		}
	default:
		f = min(max((7.5-w.Zipf)/2, 0.8), unknownWeight)
	}
	return f * top
}

// hasOpposite reports a word, or a lemma of it, that WordNet gives an
// antonym ("bad": good).
func hasOpposite(word string) bool {
	if len(english.Antonyms(word)) > 0 {
		return true
	}
	return slices.ContainsFunc(english.Lemmas(word), func(l string) bool { return len(english.Antonyms(l)) > 0 })
}

// asEnglish is what general English says of a word or of the commoner
// of its lemmas ("attacks" → attack), and whether it is a form of
// another word ("kids", "attacks").
func asEnglish(word string) (w english.Word, inflected bool) {
	w = english.Lookup(word)
	for _, l := range english.Lemmas(word) {
		inflected = inflected || l != word
		if lw := english.Lookup(l); lw.Known && (!w.Known || lw.Zipf > w.Zipf) {
			w = lw
		}
	}
	return w, inflected
}

// isNumber reports a word made of digits (and separators).
func isNumber(w string) bool {
	digits := 0
	for _, r := range w {
		switch {
		case r >= '0' && r <= '9':
			digits++
		case r == ',' || r == '.':
		default:
			return false
		}
	}
	return digits > 0
}

// verbShare is how much of its weight a question word the articles use
// keeps: all of it, but half for an everyday verb ("offered", "said",
// "took"), which the articles may well have put another way ("what
// security guarantees were offered" is answered by the statement listing
// them, whichever verb it uses), and 0.6 for any other word of every
// conversation (Zipf ≥ 5.2: "tomorrow", "people").
func verbShare(word string) float64 {
	w, _ := asEnglish(word)
	if w.POS == 'v' && w.Zipf >= 4 {
		return 0.5
	}
	if w.Zipf >= 5.2 && !w.Name {
		// "tomorrow", "people", "today": words of every conversation say
		// little of what a question is about, however rare in the articles.
		return 0.6
	}
	return 1
}

// nationCredit is what another name of the same country counts for
// ("United Kingdom" for "uk", "Britain" for "british"): nearly the word
// itself, though a capital or seat of government stands for a country
// only where it speaks for it.
const nationCredit = 0.7

// nationBridges are the articles' words for the country a question word
// names (the people model's nationalities: "uk" → "kingdom" of "United
// Kingdom", "britain"), other than term itself: a name in several words
// is found by its rarest in the articles.
func (e *Engine) nationBridges(word, term string) []alt {
	n, ok := e.lex.Nation(word)
	if !ok {
		return nil
	}
	var out []alt
	seen := map[string]bool{term: true}
	for _, form := range append([]string{n.Country, n.Adjective}, n.Forms...) {
		best, bestDF := "", 0
		for _, w := range strings.Fields(form) {
			t := e.terms.of(people.StripPossessive(w))
			if t == "" {
				continue
			}
			if df := e.vocab.df(t); df > 0 && (best == "" || df < bestDF) {
				best, bestDF = t, df
			}
		}
		if best != "" && !seen[best] {
			seen[best] = true
			out = append(out, alt{term: best, credit: nationCredit})
		}
	}
	return out
}

// phraseBridgeScale raises the credit of a phrasal verb's relatives above
// a single word's, up to phraseBridgeMax: "give up" says more than
// "give", and finding "drop" says as much as a synonym of a rarer word.
const (
	phraseBridgeScale = 1.6
	phraseBridgeMax   = 0.7
)

// phraseBridges are the relatives of a phrasal verb a question uses
// ("giving up" → drop, abandon), when word and next make one WordNet
// knows; nil otherwise. keep, when set, says which relatives may count.
func (e *Engine) phraseBridges(word, next, term string, keep func(english.Rel) bool) []alt {
	if !loadQuestionWords().particle[next] {
		return nil
	}
	var out []alt
	seen := map[string]bool{term: true}
	for _, l := range english.Lemmas(word) {
		for _, r := range english.Related(l + "_" + next) {
			if keep != nil && !keep(r) {
				continue
			}
			a, ok := e.altOf(r.Word)
			if !ok || seen[a.term] {
				continue
			}
			seen[a.term] = true
			a.credit = min(phraseBridgeMax, phraseBridgeScale*a.credit*r.Weight*bridgeCredit*specificity(r.Word))
			out = append(out, a)
		}
	}
	slices.SortStableFunc(out, func(a, b alt) int { return cmp.Compare(b.credit, a.credit) })
	return out[:min(len(out), maxAlts)]
}

// fillerPhrase is the phrasal verb an everyday verb of question syntax
// makes with the particle after it ("how many people got out": get_out):
// "got" alone says nothing, the phrase says "leave", "exit". It stands
// by the relatives of the phrase the articles use, each for less than a
// question's own word (phraseBridges); ok is false when word and next
// make no phrasal verb WordNet knows with relatives the articles use;
// after is the word after next.
func (e *Engine) fillerPhrase(word, next, after, term string) (qterm, bool) {
	if after == "of" {
		// "what does russia get out of the deal": "get out of" is
		// gaining, no leaving.
		return qterm{}, false
	}
	// Single words in the phrase's first sense only: a phrasal relative
	// stands by its verb (altOf), and "bring" is no relative of "get
	// out" as "bring out" is; "go back" is "date back" first, "return"
	// only after.
	alts := e.phraseBridges(word, next, term, func(r english.Rel) bool {
		return !strings.Contains(r.Word, "_") && r.Weight >= firstSynonym
	})
	if len(alts) == 0 {
		return qterm{}, false
	}
	share := verbShare(word)
	weight := min(e.vocab.idf(e.vocab.df(alts[0].term)), e.absentWeight(word)) * share
	return qterm{term: word + "_" + next, weight: weight, share: share, alts: alts}, true
}

// numberedOrdinal is the ordinal a number after a noun stands for
// ("day 1" is the first day, "round 2" the second round), as an
// alternate for a little less than the number, when the articles use
// it. Not a number before a unit ("day 1 hour"), nor after a month or a
// word of grammar ("may 1", "on 2"): those are no places in a row.
func (e *Engine) numberedOrdinal(prev, word, next string) (alt, bool) {
	n, err := strconv.Atoi(word)
	words := loadQuestionWords().Ordinals
	if err != nil || n < 1 || n > len(words) || loadTypeWords().unit[next] || corpus.CalendarWord(prev) {
		return alt{}, false
	}
	if w, _ := asEnglish(prev); w.POS != 'n' || e.lex.IsTitleNoun(prev) {
		return alt{}, false
	}
	t := e.terms.of(words[n-1])
	if t == "" || e.vocab.df(t) == 0 {
		return alt{}, false
	}
	return alt{term: t, credit: spelledCredit, own: true}, true
}

// derivedAlts are the words the articles use that general English
// derives from a question word they also use ("signed" → "signatures":
// "how many people signed the petition" is answered by "212,400
// signatures"), for less than the word itself (presentDerivedCredit): the
// literal word still wins where both stand.
func (e *Engine) derivedAlts(word, term string) []alt {
	// Run for every question word the articles use: no more than the
	// few alternates kept is looked up or allocated.
	var out []alt
	for _, l := range english.Lemmas(word) {
		for _, r := range english.Related(l) {
			if len(out) == maxDerivedAlts {
				return out
			}
			if r.Weight != derivationWeight || strings.Contains(r.Word, "_") {
				continue
			}
			a, ok := e.altOf(r.Word)
			if !ok || a.term == term || slices.ContainsFunc(out, func(o alt) bool { return o.term == a.term }) {
				continue
			}
			a.credit *= presentDerivedCredit
			out = append(out, a)
		}
	}
	return out
}

// presentDerivedCredit is what a derived word counts for a question word
// the articles also use.
const presentDerivedCredit = 0.5

// maxDerivedAlts bounds the derived words a question word the articles
// use brings in: each is one more term every question searches.
const maxDerivedAlts = 2
