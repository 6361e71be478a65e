package index

import (
	"context"
	"strconv"
	"strings"
)

// ageAnswer answers how old someone is ("how old is selin aydemir"):
// the passages naming them that give the age the people model read for
// them; the reply that the articles do not cover it when they give none
// (or two), never passages that only name them.
func (e *Engine) ageAnswer(ctx context.Context, question string, p *person, opts AskOptions) (*Answer, error) {
	a := &Answer{Question: question, Kind: KindSearch, Quotes: []Quote{}, Passages: []Passage{}}
	if p.Age == 0 {
		return e.withSuggestions(ctx, a)
	}
	age := strconv.Itoa(p.Age)
	naming, err := e.personPassages(ctx, p, e.questionTerms(age), limitOf(opts))
	if err != nil {
		return nil, err
	}
	for _, ps := range naming {
		if givesNumber(ps.Text, age) {
			a.Passages = append(a.Passages, ps)
		}
	}
	if !a.Answered() {
		return e.withSuggestions(ctx, a)
	}
	return a, nil
}

// givesNumber reports n standing in text as a number of its own or
// opening a hyphenated age ("58", "58-year-old"), not inside another.
func givesNumber(text, n string) bool {
	for sp := range words(text) {
		w := text[sp.start:sp.end]
		if w == n || strings.HasPrefix(w, n+"-") {
			return true
		}
	}
	return false
}
