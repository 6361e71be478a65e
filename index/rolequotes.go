package index

import (
	"context"
	"slices"
	"strings"

	"github.com/blevesearch/bleve/v2"

	"github.com/talksbot/talksbot/corpus/people"
	"github.com/talksbot/talksbot/index/english"
)

// An article may quote someone by their office alone ("the agency's chief
// inspector said at the same briefing") whom another names ("The agency's
// chief inspector, Tobias Lindqvist"). Those words stay unattributed, as
// the article left them (the people model credits no one across
// articles), but a member asking what the chief inspector said is shown
// them beside his own, under the role the article gives: roleQuotes.

// rolesOf are the roles the articles quote unnamed speakers by that name
// p's office, and no one else's (officeRoles); worked out once for the
// engine, when a quote answer first asks.
func (e *Engine) rolesOf(p *person) []string {
	e.rolesOnce.Do(func() { e.roles = e.officeRoles() })
	return e.roles[p]
}

// officeRoles maps each person to the roles the articles quote unnamed
// speakers by (their speaker keys, "source:…", folded) that name their
// office and no one else's: a title they hold (or the body they head),
// said to be a body's or a country's as a possessive ("the agency's chief
// inspector", "Moldova's foreign minister") or after "of" ("head of
// Ukrenergo"), every other word of it in
// their titles, they the one person of the articles it fits. A role any
// office holder answers to ("an official") or one not saying whose ("a
// Kremlin spokesman", "a spokesperson for the agency": perhaps one of
// several) is no one's.
func (e *Engine) officeRoles() map[*person][]string {
	out := map[*person][]string{}
	for _, role := range e.sourceRoleList() {
		heads, rest := e.descriptionWords(role)
		if !slices.ContainsFunc(rest, people.Possessive) && !ofBody(role) || !slices.ContainsFunc(heads, func(h string) bool { return h != "" }) {
			continue
		}
		if h := heads[len(heads)-1]; h == "" || e.lex.IsAnyTitle(h) || loadQuestionWords().personNoun[h] {
			continue
		}
		only, _ := e.onlyPerson(func(x *person) bool {
			return (x.titledAsNoun(e, heads, rest) || e.leads(x, heads, rest)) && e.holdsAll(x, rest)
		})
		if only != nil {
			out[only] = append(out[only], role)
		}
	}
	return out
}

// ofBody reports a role saying whose office it is after "of": a name,
// no everyday word ("head of ukrenergo", not "head of state").
func ofBody(role string) bool {
	_, after, ok := strings.Cut(role, " of ")
	if !ok {
		return false
	}
	w, _, _ := strings.Cut(strings.TrimPrefix(after, "the "), " ")
	x := english.Lookup(w)
	return w != "" && (x.Name || !x.Known)
}

// roleQuotes are up to k quotations of the offices p holds, as articles
// quote them unnamed ("the agency's chief inspector said"): on a subject,
// those that speak to it first, on is how many; else the index's order.
func (e *Engine) roleQuotes(ctx context.Context, p *person, qs []qterm, k int) (out []*quoteRec, on int, err error) {
	var rest []*quoteRec
	for _, role := range e.rolesOf(p) {
		if len(out)+len(rest) >= k {
			break
		}
		key := sourceKey(role)
		if len(qs) > 0 {
			recs, n, err := e.rankQuotes(ctx, key, "", qs, 2*k)
			if err != nil {
				return nil, 0, err
			}
			if n > 0 {
				out = append(out, recs[:n]...)
				continue
			}
		}
		recs, err := e.quotesOfKey(ctx, key, k)
		if err != nil {
			return nil, 0, err
		}
		rest = append(rest, recs...)
	}
	on = min(len(out), k)
	out = append(out, rest...)
	return out[:min(len(out), k)], on, nil
}

// quotesOfKey are up to k quotations indexed under a speaker key (an
// unnamed source's "source:…"), in the index's order.
func (e *Engine) quotesOfKey(ctx context.Context, key string, k int) ([]*quoteRec, error) {
	who := bleve.NewTermQuery(key)
	who.SetField(fieldSpeakerKey)
	hits, _, err := e.searchRecords(ctx, who, k, 'q')
	if err != nil {
		return nil, err
	}
	out := make([]*quoteRec, 0, len(hits))
	for _, h := range hits {
		r, err := e.quoteOf(h.id, h.num, h.numbered)
		if err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	return out, nil
}
