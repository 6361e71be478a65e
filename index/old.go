package index

import (
	"context"
	"slices"
	"strings"

	"github.com/talksbot/talksbot/index/english"
)

// describedOld is the one person a description calling them old means
// ("the old lady in the water queue", "the pensioner from haisyn"): of
// those the articles give an age of at least old_age (data/questions.yaml)
// or call retired or a pensioner, and whom the description's gender
// fits, the one whose titles and passages hold the most of the rest of
// the description ("water queue": "In the queue at the tanker …, Marta,
// 67, held two plastic cans"). Nil when the description says nothing of
// age, or no one or several fit as well.
func (e *Engine) describedOld(ctx context.Context, who string) (*person, error) {
	qw := loadQuestionWords()
	if !slices.ContainsFunc(qw.OldWords, func(o string) bool { return holdsWord(who, o) }) {
		return nil, nil
	}
	var words []string
	old, byAge := false, true
	prev := ""
	for _, sp := range wordSpans(who) {
		w := strings.ToLower(who[sp.start:sp.end])
		owned := prev == "her" || prev == "his" || prev == "their" || prev == "my" || prev == "our" || strings.HasSuffix(prev, "'s")
		prev = w
		switch {
		case slices.Contains(qw.OldWords, w) && !(w == "old" && owned):
			// Not "her old head teacher": whose someone was, once.
			old = true
			// "old", "elderly" say an age; "pensioner" a title.
			byAge = byAge && english.Lookup(w).POS == 'a'
		case qw.personNoun[w] || roleFillerWord(w) || qw.filler[w]:
		default:
			words = append(words, w)
		}
	}
	if !old {
		return nil, nil
	}
	var olds, aged []*person
	for i := range e.people {
		p := &e.people[i]
		if (p.Age >= qw.OldAge || e.calledOld(p)) && ofNounGender(p, who) {
			olds = append(olds, p)
		}
		if p.Age >= qw.OldAge && ofNounGender(p, who) {
			aged = append(aged, p)
		}
	}
	if byAge && len(aged) > 0 {
		// "the old lady": of those the articles give an age of, before
		// anyone only called retired ("a retired schoolteacher" who runs
		// the water points is not the 79-year-old in the queue).
		olds = aged
	}
	qs := e.questionTerms(strings.Join(words, " "))
	if !slices.ContainsFunc(qs, qterm.known) {
		// "the old lady": the one the articles make old, if one.
		if len(olds) == 1 {
			return olds[0], nil
		}
		return nil, nil
	}
	m := e.newMatcher(qs)
	var found *person
	best, second := 0.0, 0.0
	for _, p := range olds {
		held := 0.0
		for _, t := range p.titlesAndBodies() {
			c, _, _, _ := m.scan(t)
			held = max(held, c)
		}
		ps, err := e.personPassages(ctx, p, qs, describedHits)
		if err != nil {
			return nil, err
		}
		for _, x := range ps {
			if !p.namedIn(x.Text) {
				// "R. Malling" writing under the post: his daughter, not
				// the old man the passage's surname found.
				continue
			}
			c, _, _, _ := m.scan(x.Text)
			held = max(held, c)
		}
		switch {
		case held > best:
			found, best, second = p, held, best
		case held > second:
			second = held
		}
	}
	if found == nil || best == second {
		return nil, nil
	}
	return found, nil
}

// calledOld reports a person whose titles call them old: retired, a
// pensioner.
func (e *Engine) calledOld(p *person) bool {
	qw := loadQuestionWords()
	return slices.ContainsFunc(p.titles(), func(t string) bool {
		for _, w := range strings.Fields(strings.ToLower(t)) {
			if w == "retired" || slices.Contains(qw.OldWords, w) && w != "old" && w != "aged" {
				return true
			}
		}
		return false
	})
}

// holdsWord reports w (lower case) as a whole word of s, in any case,
// without allocating.
func holdsWord(s, w string) bool {
	for sp := range words(s) {
		if strings.EqualFold(s[sp.start:sp.end], w) {
			return true
		}
	}
	return false
}
