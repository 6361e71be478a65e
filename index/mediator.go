package index

import (
	"context"
	"slices"
	"strings"

	"github.com/blevesearch/bleve/v2"

	"github.com/talksbot/talksbot/corpus/people"
	"github.com/talksbot/talksbot/index/english"
)

// mediatorPassages bounds the passages read for the name the articles
// give the mediator.
const mediatorPassages = 40

// mediatorOf is whom a description by a word for the third party to
// talks means when it names no country ("the mediator guy", "what did
// the mediator say"): the one person the articles quote whose title
// holds the one name they give the mediator, a country's or a body's
// ("mediated by the Republic of Corvanne", "the Corvanne mediators",
// "Uruguay (mediator)"), such as Corvanne's special envoy. Nil when the
// description names a country (the titles say which then), the articles
// give no such name or several, or quote no one of it or several.
func (e *Engine) mediatorOf(ctx context.Context, heads, rest []string, fits func(*person) bool) (*person, error) {
	word := ""
	for _, h := range heads {
		if slices.Contains(loadQuestionWords().ThirdPartyWords, h) {
			word = h
		}
	}
	if word == "" || len(e.nationsIn(rest)) > 0 {
		return nil, nil
	}
	stem := e.terms.of(word)
	if stem == "" || e.vocab.df(stem) == 0 {
		return nil, nil
	}
	tq := bleve.NewTermQuery(stem)
	tq.SetField(fieldText)
	hits, err := e.searchPassages(ctx, tq, mediatorPassages)
	if err != nil {
		return nil, err
	}
	names := map[string]bool{}
	for i := range hits {
		r, err := e.passageOf(&hits[i])
		if err != nil {
			return nil, err
		}
		for n := range e.mediatingNames(r.text, stem) {
			names[n] = true
		}
	}
	if len(names) != 1 {
		return nil, nil
	}
	var name string
	for n := range names {
		name = n
	}
	p, _ := e.onlyPerson(func(p *person) bool {
		return e.data.Speakers[p.Name].Quotes > 0 && e.roleHolds(p, name) && fits(p)
	})
	return p, nil
}

// mediatingNames are the names text gives the third party by a word of
// stem, folded: the capitalised words right after "mediated by" ("by
// the Republic of Corvanne") or in the few words before the word
// ("Corvanne's mediators", "Uruguay (mediator)", "Corvanne, which has
// mediated"); not the words for a body ("Republic", "Government"), a
// person's name ("Solvik thanked the Corvanne mediators") nor everyday
// words opening a sentence.
func (e *Engine) mediatingNames(text, stem string) map[string]bool {
	var ws []string
	for sp := range words(text) {
		ws = append(ws, text[sp.start:sp.end])
	}
	out := map[string]bool{}
	for i, w := range ws {
		if e.terms.of(w) != stem {
			continue
		}
		var near []string
		if i+1 < len(ws) && strings.EqualFold(ws[i+1], "by") {
			near = ws[i+2 : min(len(ws), i+2+maxMediatorWords)]
		} else {
			near = ws[max(0, i-maxMediatorWords):i]
		}
		for _, n := range near {
			n = people.StripPossessive(n)
			if !capitalised(n) || e.lex.IsOrganisationWord(strings.ToLower(n)) || e.personNamed(strings.ToLower(n)) {
				continue
			}
			if l := english.Lookup(strings.ToLower(n)); l.Known && !l.Name {
				continue
			}
			out[fold(n)] = true
		}
	}
	return out
}

// maxMediatorWords is how far from a word for mediating the name it
// gives may stand: "by the Government of Corvanne".
const maxMediatorWords = 4
