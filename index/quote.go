package index

import (
	"context"
	"slices"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"
)

// quoteAnswer answers a quote question about a resolved person: all their
// quotes (only those about `about` when some are), then what the articles
// report they said in their own words (Quote.Reported, never shown as a
// quotation), then the passages that name them. Quotes come only from the
// person's own attributed quotes, so nobody else's words are ever put in
// their mouth.
func (e *Engine) quoteAnswer(ctx context.Context, question string, p *person, about string, opts AskOptions) (*Answer, error) {
	a := &Answer{
		Question: question, Kind: KindQuote, Speaker: p.Name, SpeakerRole: p.Role,
		About: about, Quotes: []Quote{}, Passages: []Passage{}, relevance: 1,
	}
	info := e.data.Speakers[p.Name]
	a.QuotesTotal = info.Quotes
	if info.Quotes == 0 {
		a.SpeakerStatus = SpeakerNotQuoted
	} else {
		a.SpeakerStatus = SpeakerQuoted
		// The role given where they speak is the one the reader saw next
		// to their words; the people list's role is the fallback.
		if r := info.First; r != "" {
			a.SpeakerRole = r
		}
	}
	qs := e.questionTerms(about)
	if about != "" && len(qs) == 0 {
		a.About = ""
	}
	maxQuotes := opts.Quotes
	if maxQuotes <= 0 {
		maxQuotes = DefaultQuotes
	}
	// Their quotes on the question's subject first, the closest first,
	// then the others, newest first (as ordered when the index was
	// built): only the quotes shown are read, and those the search finds.
	order, err := e.speakerQuotes(ctx, p.Name, false, info.Quotes, qs, maxQuotes, &a.QuotesOn)
	if err != nil {
		return nil, err
	}
	if info.Quotes > 0 && len(qs) > 0 && a.QuotesOn == 0 {
		a.About = "" // none of their quotes is quite on that
	}
	// Then what the articles report they said, in the articles' words,
	// ordered the same way.
	var reported []*quoteRec
	if room := maxQuotes - min(len(order), maxQuotes); room > 0 {
		var on int
		if reported, err = e.speakerQuotes(ctx, p.Name, true, info.Reports, qs, room, &on); err != nil {
			return nil, err
		}
	}
	for _, r := range append(order, reported...)[:min(len(order)+len(reported), maxQuotes)] {
		a.Quotes = append(a.Quotes, r.quote)
	}
	passages, err := e.personPassages(ctx, p, qs, limitOf(opts))
	if err != nil {
		return nil, err
	}
	a.Passages = passages
	return a, nil
}

// speakerQuotes are the first k of a speaker's n direct quotations (or
// reported statements): those sharing words with the terms first, the
// ones on the subject before the others (their number in *on), then the
// rest, newest first.
func (e *Engine) speakerQuotes(ctx context.Context, name string, reported bool, n int, qs []qterm, k int, on *int) ([]*quoteRec, error) {
	if n == 0 || k <= 0 {
		return nil, nil
	}
	var ranked []*quoteRec
	if len(qs) > 0 {
		key := speakerKey(Quote{Speaker: name, Reported: reported})
		var err error
		if ranked, *on, err = e.rankQuotes(ctx, key, name, qs, n); err != nil {
			return nil, err
		}
	}
	if len(ranked) >= k {
		return ranked, nil
	}
	// The rest: the newest k, less those ranked already.
	ids, err := e.lists.first(name, reported, k)
	if err != nil {
		return nil, err
	}
	seen := make(map[string]bool, len(ranked))
	for _, r := range ranked {
		seen[r.id] = true
	}
	out := ranked
	for _, id := range ids {
		if len(out) == k {
			break
		}
		if seen[id] {
			continue
		}
		r, err := e.quoteOf(id)
		if err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	return out, nil
}

// rankQuotes returns the quote records indexed under key (speakerKey: the
// speaker, or their reported speech) that share words with the terms,
// best first, those that speak to the terms (reach minCoverage) before
// the others, and how many do.
func (e *Engine) rankQuotes(ctx context.Context, key, speaker string, qs []qterm, size int) ([]*quoteRec, int, error) {
	who := bleve.NewTermQuery(key)
	who.SetField(fieldSpeakerKey)
	about := termsQuery(qs, fieldBoost{fieldQuote, 1}, fieldBoost{fieldContext, 0.5})
	if about == nil {
		return nil, 0, nil
	}
	hits, _, err := e.searchRecords(ctx, bleve.NewConjunctionQuery(who, about), size, 'q')
	if err != nil {
		return nil, 0, err
	}
	hits = hits[:min(len(hits), size)]
	var onTopic, others []*quoteRec
	m := e.newMatcher(qs)
	for _, h := range hits {
		r, err := e.quoteOf(h.id)
		if err != nil {
			return nil, 0, err
		}
		if r.quote.Speaker != speaker || speakerKey(r.quote) != key {
			continue // cannot happen with a keyword match; never risk it
		}
		if cov, _, _ := m.scan(r.quote.Text, r.context); cov >= minCoverage {
			onTopic = append(onTopic, r)
		} else {
			others = append(others, r)
		}
	}
	return append(onTopic, others...), len(onTopic), nil
}

// maxPersonCandidates bounds the passages looked at for one person's
// answer, however repetitive the articles naming them.
const maxPersonCandidates = 5000

// personPassages are the passages naming the person, those also about the
// question's terms first.
func (e *Engine) personPassages(ctx context.Context, p *person, qs []qterm, limit int) ([]Passage, error) {
	if len(p.match) == 0 {
		return []Passage{}, nil
	}
	var names []query.Query
	var nameTerms []qterm
	for _, t := range p.match {
		tq := bleve.NewTermQuery(t)
		tq.SetField(fieldText)
		names = append(names, tq)
		nameTerms = append(nameTerms, qterm{term: t, weight: 1, credit: 1})
	}
	bq := bleve.NewBooleanQuery()
	bq.AddMust(bleve.NewDisjunctionQuery(names...))
	if pq := termsQuery(qs, passageFields...); pq != nil {
		bq.AddShould(pq)
	} else if first := e.firstNames(p); len(first) > 0 {
		// Nothing else to look for: passages giving the full name, which
		// is where articles introduce someone, come first, however short
		// a passage naming the surname alone.
		bq.AddShould(bleve.NewDisjunctionQuery(first...))
	}
	// Highlight the name and the subject; every hit names the person.
	// The first name is bolded too, where it stands ("**Dmitry Peskov**").
	for _, w := range tokens(p.Name) {
		if t := e.terms.of(w); t != "" && !slices.ContainsFunc(nameTerms, func(q qterm) bool { return q.term == t }) {
			nameTerms = append(nameTerms, qterm{term: t, weight: 1, credit: 1})
		}
	}
	all := append(append([]qterm(nil), nameTerms...), qs...)
	// Near-duplicates and passages where the surname is only a word ("a
	// major hurdle") are dropped, so fetch more until limit passages are
	// left or there are no more.
	var best []hit
	for _, size := range []int{limit*4 + 10, max(limit*4+10, maxPersonCandidates)} {
		hits, complete, err := e.searchPassagesSorted(ctx, bq, size)
		if err != nil {
			return nil, err
		}
		if len(qs) == 0 {
			// Who someone is: the passages giving their full name, where
			// articles introduce people, before any naming them only by
			// surname, however short.
			full := make(map[string]bool, len(hits))
			for i := range hits {
				r, err := e.passageOf(&hits[i])
				if err != nil {
					return nil, err
				}
				full[hits[i].id] = p.fullNameIn(r.text)
			}
			slices.SortStableFunc(hits, func(a, b hit) int {
				return boolRank(full[b.id]) - boolRank(full[a.id])
			})
		}
		if best, _, err = e.pick(hits, e.newMatcher(all), limit, 0, func(r *passageRec) bool { return p.namedIn(r.text) }); err != nil {
			return nil, err
		}
		if len(best) >= limit || complete {
			break
		}
	}
	out := make([]Passage, 0, len(best))
	for _, h := range best {
		out = append(out, e.passage(h))
	}
	return out, nil
}

// firstNames are term queries for the words of p's name before the
// surname.
func (e *Engine) firstNames(p *person) []query.Query {
	var out []query.Query
	nt := tokens(p.Name)
	for _, w := range nt[:max(len(nt)-1, 0)] {
		if t := e.terms.of(w); t != "" && !slices.Contains(p.match, t) {
			tq := bleve.NewTermQuery(t)
			tq.SetField(fieldText)
			out = append(out, tq)
		}
	}
	return out
}

func boolRank(b bool) int {
	if b {
		return 1
	}
	return 0
}
