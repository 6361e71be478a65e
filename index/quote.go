package index

import (
	"context"
	"slices"
	"sort"

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
	own := e.recs.bySpeaker[p.Name]
	a.QuotesTotal = len(own)
	if len(own) == 0 {
		a.SpeakerStatus = SpeakerNotQuoted
	} else {
		a.SpeakerStatus = SpeakerQuoted
		// The role given where they speak is the one the reader saw next
		// to their words; the people list's role is the fallback.
		if r := e.recs.quotes[own[0]].quote.Role; r != "" {
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
	// On a subject, their words on it: the quotes that speak to it
	// (reach minCoverage), else those that share its words, closest
	// first; what the articles report they said, chosen the same way.
	// Without a subject, or with nothing on it, all of them, newest first.
	order := e.newestFirst(own)
	reported := e.newestFirst(e.recs.reportedBy[p.Name])
	if len(qs) > 0 {
		var onOwn, onReported int
		var err error
		if order, onOwn, err = e.onSubject(ctx, p.Name, p.Name, qs, order); err != nil {
			return nil, err
		}
		key := speakerKey(Quote{Speaker: p.Name, Reported: true})
		if reported, onReported, err = e.onSubject(ctx, key, p.Name, qs, reported); err != nil {
			return nil, err
		}
		a.QuotesOn = onOwn
		if onOwn == 0 && onReported == 0 {
			a.About = "" // nothing they said is quite on that
		}
	}
	for _, n := range append(order, reported...)[:min(len(order)+len(reported), maxQuotes)] {
		a.Quotes = append(a.Quotes, e.recs.quotes[n].quote)
	}
	passages, err := e.personPassages(ctx, p, qs, limitOf(opts))
	if err != nil {
		return nil, err
	}
	a.Passages = passages
	return a, nil
}

// newestFirst orders quote numbers by article date, newest first, keeping
// the reading order within an article.
func (e *Engine) newestFirst(ns []int) []int {
	out := append([]int(nil), ns...)
	sort.SliceStable(out, func(i, j int) bool {
		return e.recs.quotes[out[i]].quote.Source.Date > e.recs.quotes[out[j]].quote.Source.Date
	})
	return out
}

// onSubject narrows a person's quote records (all, in their order) to
// those on the subject: the ones that speak to it if any, else the ones
// that share its words, best first; all of them when none does. on is
// how many speak to it.
func (e *Engine) onSubject(ctx context.Context, key, speaker string, qs []qterm, all []int) ([]int, int, error) {
	if len(all) == 0 {
		return all, 0, nil
	}
	// However many quotes someone has (thousands, in a large corpus),
	// only as many as an answer shows are looked at, twice over.
	ranked, on, err := e.rankQuotes(ctx, key, speaker, qs, min(len(all), 2*DefaultQuotes))
	if err != nil || len(ranked) == 0 {
		return all, 0, err
	}
	if on > 0 {
		return ranked[:on], on, nil
	}
	return ranked, 0, nil
}

// withRest is first, then the numbers of all that first lacks, in all's
// order.
func withRest(first, all []int) []int {
	out := slices.Clone(first)
	for _, n := range all {
		if !slices.Contains(first, n) {
			out = append(out, n)
		}
	}
	return out
}

// rankQuotes returns the numbers of the quote records indexed under key
// (speakerKey: the speaker, or their reported speech) that share words
// with the terms, best first, and how many of them speak to the terms
// (reach minCoverage).
func (e *Engine) rankQuotes(ctx context.Context, key, speaker string, qs []qterm, size int) ([]int, int, error) {
	who := bleve.NewTermQuery(key)
	who.SetField(fieldSpeakerKey)
	about := termsQuery(qs, fieldBoost{fieldQuote, 1}, fieldBoost{fieldContext, 0.5})
	if about == nil {
		return nil, 0, nil
	}
	hits, _, err := e.searchRecords(ctx, bleve.NewConjunctionQuery(who, about), size,
		'q', len(e.recs.quotes), func(n int) Source { return e.recs.quotes[n].quote.Source })
	if err != nil {
		return nil, 0, err
	}
	hits = hits[:min(len(hits), size)]
	// Those on the subject first, each group in the search's order.
	var on, off []int
	m := e.newMatcher(qs)
	for _, h := range hits {
		r := &e.recs.quotes[h.n]
		if r.quote.Speaker != speaker || speakerKey(r.quote) != key {
			continue // cannot happen with a keyword match; never risk it
		}
		if cov, _, _, _ := m.scan(r.quote.Text, r.context); cov >= minCoverage {
			on = append(on, h.n)
		} else {
			off = append(off, h.n)
		}
	}
	return append(on, off...), len(on), nil
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
			// surname, however short. Each passage is read once.
			var full, rest []hit
			for _, h := range hits {
				if p.fullNameIn(e.recs.passages[h.n].text) {
					full = append(full, h)
				} else {
					rest = append(rest, h)
				}
			}
			hits = append(full, rest...)
		}
		best, _ = e.pick(hits, e.newMatcher(all), limit, 0, func(r *passageRec) bool { return p.namedIn(r.text) })
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
