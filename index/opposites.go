package index

import (
	"strings"

	"github.com/talksbot/talksbot/index/english"
)

// withOpposites adds to a yes-no question's terms the antonyms of its
// words that the articles use (english.Antonyms, WordNet's): "did russia
// accept the truce" is answered as much by "Moscow rejected the truce"
// as by an acceptance, and "was the talks a success" by a failure. Each
// counts as a relative does (bridgeCredit), never as the word itself.
func (e *Engine) withOpposites(text string, qs []qterm) []qterm {
	at := map[string]int{}
	for i, q := range qs {
		at[q.term] = i
	}
	for _, sp := range wordSpans(text) {
		word := strings.ToLower(text[sp.start:sp.end])
		i, ok := at[e.terms.of(text[sp.start:sp.end])]
		if !ok {
			continue
		}
		seen := map[string]bool{qs[i].term: true}
		for _, a := range qs[i].alts {
			seen[a.term] = true
		}
		for _, l := range english.Lemmas(word) {
			for _, opp := range english.Antonyms(l) {
				a, ok := e.altOf(opp)
				if !ok || seen[a.term] {
					continue
				}
				seen[a.term] = true
				a.credit *= oppositeCredit * bridgeCredit * specificity(opp)
				qs[i].alts = append(qs[i].alts, a)
			}
		}
	}
	return qs
}

// oppositeCredit is the closeness an antonym is given, as a synonym in
// the word's first sense is (firstSynonym): for a yes-no question, the
// opposite answers as directly.
const oppositeCredit = firstSynonym
