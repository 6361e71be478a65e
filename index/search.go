package index

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"
	"unicode"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"
)

// minCoverage is the relevance threshold below which the articles are
// taken to say nothing about a question. Coverage is the share of the
// question's information (its words weighted by IDF; a word the articles
// never use weighs unknownWeight times the most; a corrected typo earns
// 0.6 or 0.2 of its weight) that the best passage contains. Unlike a raw
// BM25 score it does not grow with the length of the question. The value
// is measured, not guessed: on the relevance suites
// (index/testdata/relevance, run by TestRelevance and `talksbot eval`) the
// rightly answered search questions reach at least 0.420 and the
// out-of-scope ones at most 0.351; 0.385 sits in the middle of that gap.
// docs/benchmarks.md records the figures.
const minCoverage = 0.385

// unknownWeight multiplies the weight of a question word that is neither
// in the articles nor a typo of one of their words.
const unknownWeight = 1.5

// questionFiller are question words with no content that the stop list
// keeps (index terms, i.e. after stemming).
var questionFiller = map[string]bool{
	"say": true, "said": true, "tell": true, "told": true, "think": true,
	"know": true, "anyth": true, "someth": true, "pleas": true, "me": true,
	"explain": true, "describ": true, "latest": true, "news": true,
	"happen": true, "go": true, "get": true, "can": true, "will": true,
	"shall": true, "may": true, "might": true, "must": true, "doe": true,
	"mention": true, "mani": true, "much": true, "mean": true, "meant": true,
}

// qterm is one word of a question as the engine weighs it.
type qterm struct {
	term   string  // the index term searched (after any correction)
	weight float64 // IDF of the word as asked (unknown words weigh most)
	credit float64 // 1 exact, less for a corrected typo, 0 unknown
}

func (e *Engine) questionTerms(text string) []qterm {
	var out []qterm
	seen := map[string]bool{}
	for _, t := range e.terms.analyze(text) {
		if questionFiller[t] {
			continue
		}
		df := e.vocab.df(t)
		q := qterm{term: t, weight: e.vocab.idf(df), credit: 1}
		if df == 0 {
			q.credit = 0
			if c, d, ok := e.vocab.correct(t); ok {
				q.term, q.credit = c, 1-0.4*float64(d)
			} else {
				// A word the articles never use is evidence that the
				// question is about something they do not cover.
				q.weight *= unknownWeight
			}
		}
		if seen[q.term] && q.credit > 0 {
			continue
		}
		seen[q.term] = true
		out = append(out, q)
	}
	return out
}

// hit is a candidate passage.
type hit struct {
	n        int
	score    float64
	coverage float64
	marks    []Mark
}

// matcher finds which of a question's terms a text holds: the coverage
// and the words to highlight. It is built once per question.
type matcher struct {
	e     *Engine
	qs    []qterm
	want  map[string]int
	total float64
}

func (e *Engine) newMatcher(qs []qterm) *matcher {
	m := &matcher{e: e, qs: qs, want: make(map[string]int, len(qs))}
	for i, q := range qs {
		m.total += q.weight
		if q.credit > 0 {
			m.want[q.term] = i
		}
	}
	return m
}

// scan returns the coverage of text (and extra, e.g. its heading, which
// counts but is not highlighted) and the marks to bold in text.
func (m *matcher) scan(text, extra string) (float64, []Mark) {
	if m.total == 0 || len(m.want) == 0 {
		return 0, nil
	}
	var found uint64 // questions have few words; more than 64 just count less
	var marks []Mark
	for sp := range words(text) {
		if i, ok := m.want[m.e.terms.of(text[sp.start:sp.end])]; ok {
			found |= 1 << (i & 63)
			// Words separated only by spaces are bolded together.
			if l := len(marks); l > 0 && strings.TrimSpace(text[marks[l-1].End:sp.start]) == "" {
				marks[l-1].End = sp.end
			} else {
				marks = append(marks, Mark{sp.start, sp.end})
			}
		}
	}
	for sp := range words(extra) {
		if i, ok := m.want[m.e.terms.of(extra[sp.start:sp.end])]; ok {
			found |= 1 << (i & 63)
		}
	}
	got := 0.0
	for i, q := range m.qs {
		if i < 64 && found&(1<<i) != 0 {
			got += q.weight * q.credit
		}
	}
	return got / m.total, marks
}

// fieldBoost is a field a question's terms are looked for in, and how
// much a match there counts.
type fieldBoost struct {
	field string
	boost float64
}

// passageFields are where a question's terms are looked for in passages:
// their text, and a little their section heading. Not the title: every
// passage of an article shares it, so it would pull in whole articles and
// make every search visit far more postings.
var passageFields = []fieldBoost{{fieldText, 1}, {fieldSection, 0.4}}

// termsQuery is the BM25 query for a question's known terms in the given
// fields, a corrected typo counting less; nil when no term is known.
func termsQuery(qs []qterm, fields ...fieldBoost) query.Query {
	var should []query.Query
	for _, q := range qs {
		if q.credit == 0 {
			continue
		}
		for _, f := range fields {
			tq := bleve.NewTermQuery(q.term)
			tq.SetField(f.field)
			tq.SetBoost(f.boost * q.credit)
			should = append(should, tq)
		}
	}
	if len(should) == 0 {
		return nil
	}
	return bleve.NewDisjunctionQuery(should...)
}

// searchBest finds the best passages for a question's terms. Passages
// holding every term are looked for first: a conjunction walks the
// shortest posting list and skips through the others, where a disjunction
// must score every passage holding any term, which in a large corpus of
// common words is most of them. Only when too few passages hold them all
// does the disjunction run.
func (e *Engine) searchBest(ctx context.Context, qs []qterm, limit int) ([]hit, float64, error) {
	bq := bleve.NewBooleanQuery()
	known, postings := 0, 0
	for _, q := range qs {
		if q.credit > 0 {
			known++
			postings += e.vocab.df(q.term)
			tq := bleve.NewTermQuery(q.term)
			tq.SetField(fieldText)
			bq.AddMust(tq)
			sq := bleve.NewTermQuery(q.term)
			sq.SetField(fieldSection)
			sq.SetBoost(0.4)
			bq.AddShould(sq)
		}
	}
	if known == 0 {
		return nil, 0, nil
	}
	// On a small index the disjunction alone is cheap, and one search
	// beats two.
	if known >= 2 && postings > conjunctionFirstPostings {
		hits, err := e.searchPassages(ctx, bq, limit*3+5)
		if err != nil {
			return nil, 0, err
		}
		if best, top := e.best(hits, qs, limit, minCoverage); len(best) == limit {
			return best, top, nil
		}
	}
	hits, err := e.searchPassages(ctx, termsQuery(qs, passageFields...), limit*3+5)
	if err != nil {
		return nil, 0, err
	}
	best, top := e.best(hits, qs, limit, minCoverage)
	return best, top, nil
}

// conjunctionFirstPostings is the number of postings of a question's
// words above which passages holding them all are looked for first.
const conjunctionFirstPostings = 5000

// searchPassages runs q and returns up to size passage hits, best first.
func (e *Engine) searchPassages(ctx context.Context, q query.Query, size int) ([]hit, error) {
	hits, _, err := e.searchPassagesSorted(ctx, q, size)
	return hits[:min(len(hits), size)], err
}

// searchPassagesSorted is searchRecords over passages.
func (e *Engine) searchPassagesSorted(ctx context.Context, q query.Query, size int) ([]hit, bool, error) {
	return e.searchRecords(ctx, q, size, 'p', len(e.recs.passages), func(n int) Source { return e.recs.passages[n].src })
}

// searchRecords runs q and returns at least the best size hits on records
// of the given kind ('p' passages, 'q' quotes), best first, hits of equal
// score in corpus order: document id, then paragraph. bleve itself breaks
// ties by its internal document numbers, which follow the order in which
// a batch's documents happened to be analysed, not the same from one
// build to the next; so when a tie straddles the cut, hits are fetched
// until the tie ends, and the same corpus always gives the same answer.
// complete says whether the hits are all q matches.
func (e *Engine) searchRecords(ctx context.Context, q query.Query, size int, kind byte, count int, src func(n int) Source) (hits []hit, complete bool, err error) {
	size = max(size, 1)
	for fetch := size; ; {
		req := bleve.NewSearchRequestOptions(q, fetch+1, 0, false)
		req.Fields = nil
		res, err := e.idx.SearchInContext(ctx, req)
		if err != nil {
			return nil, false, fmt.Errorf("index: search: %w", err)
		}
		if len(res.Hits) > fetch && res.Hits[fetch].Score >= res.Hits[size-1].Score {
			// The hits tied at the cut go on past what was fetched: look
			// further, in big steps (every search visits all matches
			// again), but not at once at all of them (a common word's
			// matches are tens of thousands at 10k articles).
			fetch = min(fetch*4, int(res.Total))
			continue
		}
		// The extra hit fetched to look for a tie scores below the cut:
		// it is not among the best.
		complete = len(res.Hits) <= fetch
		got := res.Hits[:min(len(res.Hits), fetch)]
		hits = make([]hit, 0, len(got))
		for _, h := range got {
			n, ok := docNumber(h.ID)
			if !ok || h.ID[0] != kind || n >= count {
				continue
			}
			hits = append(hits, hit{n: n, score: h.Score})
		}
		slices.SortStableFunc(hits, func(a, b hit) int {
			if a.score != b.score {
				return cmp.Compare(b.score, a.score)
			}
			sa, sb := src(a.n), src(b.n)
			return cmp.Or(cmp.Compare(sa.Doc, sb.Doc), cmp.Compare(sa.Paragraph, sb.Paragraph), cmp.Compare(a.n, b.n))
		})
		return hits, complete, nil
	}
}

// best picks, in order, hits that pass the threshold and do not repeat an
// earlier pick.
func (e *Engine) best(hits []hit, qs []qterm, limit int, threshold float64) ([]hit, float64) {
	return e.bestOf(hits, qs, limit, threshold, nil)
}

// bestOf is best over the hits keep accepts (all when keep is nil); keep
// is asked only as far as the picking goes.
func (e *Engine) bestOf(hits []hit, qs []qterm, limit int, threshold float64, keep func(r *passageRec) bool) ([]hit, float64) {
	var out []hit
	var kept [][]uint64
	top := 0.0
	m := e.newMatcher(qs)
	for _, h := range hits {
		r := &e.recs.passages[h.n]
		if keep != nil && !keep(r) {
			continue
		}
		h.coverage, h.marks = m.scan(r.text, r.src.Section)
		top = max(top, h.coverage)
		if h.coverage < threshold {
			continue
		}
		sh := shingles(r.text)
		dup := false
		for _, k := range kept {
			if jaccard(sh, k) >= 0.5 {
				dup = true
				break
			}
		}
		if dup {
			continue
		}
		kept = append(kept, sh)
		out = append(out, h)
		if len(out) == limit {
			break
		}
	}
	return out, top
}

// shingles are the hashed word trigrams of a text, sorted and without
// repeats, for spotting passages that say the same thing in nearly the same
// words.
func shingles(text string) []uint64 {
	var out []uint64
	var h1, h2 uint64
	n := 0
	for sp := range words(text) {
		w := uint64(14695981039346656037) // FNV-1a of the lower-cased word
		for _, r := range text[sp.start:sp.end] {
			w ^= uint64(unicode.ToLower(r))
			w *= 1099511628211
		}
		n++
		if n >= 3 {
			out = append(out, h1*0x9e3779b97f4a7c15^h2*0xbf58476d1ce4e5b9^w)
		}
		h1, h2 = h2, w
	}
	if n > 0 && n < 3 {
		out = append(out, h1*0x9e3779b97f4a7c15^h2)
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// jaccard is the overlap of two sorted sets.
func jaccard(a, b []uint64) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	inter, i, j := 0, 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] == b[j]:
			inter++
			i++
			j++
		case a[i] < b[j]:
			i++
		default:
			j++
		}
	}
	return float64(inter) / float64(len(a)+len(b)-inter)
}

func (e *Engine) passage(h hit) Passage {
	r := &e.recs.passages[h.n]
	bold := e.distinctiveMarks(r.text, h.marks) // bold only what is rare (bold.go)
	return Passage{
		Text: r.text, Highlight: highlight(r.text, bold), Score: round3(h.score),
		Source: r.src, Marks: bold, Matches: h.marks,
	}
}

func round3(f float64) float64 { return float64(int64(f*1000+0.5)) / 1000 }

// highlight wraps the marked ranges of text in ** (Markdown bold).
func highlight(text string, marks []Mark) string {
	if len(marks) == 0 {
		return text
	}
	var b strings.Builder
	at := 0
	for _, m := range marks {
		b.WriteString(text[at:m.Start])
		b.WriteString("**")
		b.WriteString(text[m.Start:m.End])
		b.WriteString("**")
		at = m.End
	}
	b.WriteString(text[at:])
	return b.String()
}

func limitOf(opts AskOptions) int {
	if opts.Limit > 0 {
		return opts.Limit
	}
	return DefaultLimit
}

// searchAnswer answers a question by passages alone.
func (e *Engine) searchAnswer(ctx context.Context, question, text string, kind Kind, opts AskOptions) (*Answer, error) {
	a := &Answer{Question: question, Kind: kind, Quotes: []Quote{}, Passages: []Passage{}}
	qs := e.questionTerms(text)
	best, top, err := e.searchBest(ctx, qs, limitOf(opts))
	if err != nil {
		return nil, err
	}
	a.relevance = top
	for _, h := range best {
		a.Passages = append(a.Passages, e.passage(h))
	}
	if !a.Answered() {
		return e.withSuggestions(ctx, a)
	}
	return a, nil
}

func (e *Engine) withSuggestions(ctx context.Context, a *Answer) (*Answer, error) {
	ts, err := e.Topics(ctx)
	if err != nil {
		return nil, err
	}
	for _, t := range ts {
		if t.Passages > 0 {
			a.Suggestions = append(a.Suggestions, t)
		}
	}
	return a, nil
}

// unknownSpeaker answers a quote question about someone the articles
// never name.
func (e *Engine) unknownSpeaker(ctx context.Context, question, who string) (*Answer, error) {
	a := &Answer{
		Question: question, Kind: KindQuote, SpeakerStatus: SpeakerUnknown,
		Asked: strings.TrimSpace(who), Quotes: []Quote{}, Passages: []Passage{},
	}
	return e.withSuggestions(ctx, a)
}
