package index

import (
	"slices"
	"strings"

	"github.com/talksbot/talksbot/corpus"
	"github.com/talksbot/talksbot/corpus/people"
)

// thingUnnamed reports a name asked of a thing, not a person ("the hotel
// where the talks r"), whose word the first few passages use but never
// beside a name: not as part of one ("the Lakeside Hotel"), not before
// one ("the ship Selena Bay", "a hotel called …"), not after one set
// apart by a comma ("Selena Bay, the first ship"). A word they never use
// decides nothing.
func (e *Engine) thingUnnamed(ps []Passage, who string) bool {
	// The noun is the last word before a clause or a phrase saying more
	// of it ("the hotel where the talks are", "the sub that laid the
	// mines", "the ship in the harbour").
	f := strings.Fields(strings.ToLower(who))
	end := len(f)
	for i := 1; i < len(f); i++ {
		if w := strings.Trim(f[i], "?!.,;:"); e.lex.IsRelative(w) || e.lex.IsPreposition(w) || loadQuestionWords().filler[w] {
			end = i
			break
		}
	}
	if end == 0 {
		return false
	}
	noun := strings.Trim(f[end-1], "?!.,;:")
	if noun == "" || e.isPersonWord(noun) || e.lex.IsTitleNoun(singular(noun)) || e.lex.IsPersonNoun(singular(noun)) {
		return false
	}
	term := e.terms.of(noun)
	used := false
	for _, p := range ps[:min(len(ps), doerPassages)] {
		for _, sent := range corpus.Sentences(p.Text) {
			spans := wordSpans(sent)
			for i, sp := range spans {
				if e.terms.of(sent[sp.start:sp.end]) != term {
					continue
				}
				used = true
				if nameBeside(sent, spans, i) {
					return false
				}
			}
		}
	}
	return used
}

// nameBeside reports the word at spans[i] of sentence s written as part
// of a name or beside one: capitalised itself past the sentence's start,
// followed by a capitalised word or by a word naming it (questions.yaml
// naming_words: "called"), or at the end of
// a phrase set after a name and a comma ("Selena Bay, the first ship").
func nameBeside(s string, spans []span, i int) bool {
	capital := func(k int) bool { return capitalised(s[spans[k].start:spans[k].end]) }
	if i > 0 && capital(i) {
		return true
	}
	if i+1 < len(spans) {
		next := strings.ToLower(s[spans[i+1].start:spans[i+1].end])
		if capital(i+1) && !strings.ContainsAny(s[spans[i].end:spans[i+1].start], ",.;:") || slices.Contains(loadQuestionWords().NamingWords, next) {
			return true
		}
	}
	// Back to the phrase's article, then a comma and a capitalised word.
	for k := i - 1; k >= 0 && i-k <= 4; k-- {
		if gap := s[spans[k].end:spans[k+1].start]; strings.Contains(gap, ",") {
			return capital(k)
		}
		if people.Default().IsArticle(strings.ToLower(s[spans[k].start:spans[k].end])) {
			if k > 0 && strings.Contains(s[spans[k-1].end:spans[k].start], ",") {
				return capital(k - 1)
			}
			return false
		}
	}
	return false
}
