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
		// "The mayor, 58, said the level was falling": a passage naming
		// no one, about them by the role that speaks there
		// (corpus.Passage.About).
		hits, _, _, err := e.searchRecordsFetched(ctx, termsQuery(e.questionTerms(age), fieldBoost{fieldText, 1}), maxAgeAbout, 'p')
		if err != nil {
			return nil, err
		}
		for i := range hits {
			r, err := e.passageOf(&hits[i])
			if err != nil {
				return nil, err
			}
			if r.about == p.Name && givesNumber(r.text, age) && len(a.Passages) < limitOf(opts) {
				a.Passages = append(a.Passages, e.passage(hits[i]))
			}
		}
	}
	if !a.Answered() {
		return e.withSuggestions(ctx, a)
	}
	return a, nil
}

// onlyAged is the one of cs whose age the articles give, when one is;
// nil otherwise.
func (e *Engine) onlyAged(cs []Candidate) *person {
	ps := make([]*person, 0, len(cs))
	for _, c := range cs {
		if p := e.resolveName(c.Name); p != nil {
			ps = append(ps, p)
		}
	}
	return onlyAgedOf(ps)
}

// onlyAgedOf is the one of ps whose age the articles give, when one is;
// nil otherwise.
func onlyAgedOf(ps []*person) *person {
	var found *person
	for _, p := range ps {
		if p.Age > 0 {
			if found != nil && found != p {
				return nil
			}
			found = p
		}
	}
	return found
}

// maxAgeAbout is how many passages giving the number ageAnswer reads for
// one about the person asked of without naming them.
const maxAgeAbout = 50

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
