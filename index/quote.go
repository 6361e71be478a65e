package index

import (
	"cmp"
	"context"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"

	"github.com/talksbot/talksbot/corpus"
	"github.com/talksbot/talksbot/corpus/people"
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
	a.othersAfter = e.othersLike(about, p)
	maxQuotes := opts.Quotes
	if maxQuotes <= 0 {
		maxQuotes = DefaultQuotes
	}
	// On a subject, their words on it: the quotes that speak to it
	// (reach minCoverage), else those that share its words, closest
	// first; what the articles report they said, chosen the same way.
	// Without a subject, or with nothing on it, all of them, newest first
	// (as ordered when the index was built: only those shown are read).
	order, onOwn, err := e.onSubject(ctx, p.Name, false, info.Quotes, qs, maxQuotes)
	if err != nil {
		return nil, err
	}
	reported, onReported, err := e.onSubject(ctx, p.Name, true, info.Reports, qs, maxQuotes-min(len(order), maxQuotes))
	if err != nil {
		return nil, err
	}
	if len(qs) > 0 {
		a.QuotesOn = onOwn
		// Nothing they said quite on the subject: those sharing its words
		// (in the quote, its paragraph or the one before) first, then
		// their other words, newest first, so a weak match in a
		// neighbouring paragraph never hides all the rest. Someone quoted
		// a few times: their words on it first, then the rest, which may
		// speak to it in words the question does not use ("Kharkiv needs
		// transformers this winter", of the reconstruction fund), each
		// shown once.
		none := onOwn == 0 && onReported == 0
		if none {
			a.About = ""
		}
		if none || info.Quotes <= fewQuotes {
			more, err := e.firstQuotes(p.Name, false, maxQuotes-min(len(order)+len(reported), maxQuotes), order)
			if err != nil {
				return nil, err
			}
			if !none {
				more = notRepeating(more, slices.Concat(order, reported))
			}
			reported = append(reported, more...)
		}
	}
	shown := append(order, reported...)
	if len(qs) > 0 && onOwn == 0 && onReported > 0 && !e.anyShares(order, qs) {
		// None of their own words, nor the paragraphs around them, share
		// the subject's, but what they are reported to have said speaks
		// to it ("what did melnyk tell reuters"): that first.
		shown = slices.Concat(reported[:onReported], order, reported[onReported:])
	}
	shown = shown[:min(len(shown), maxQuotes)]
	offSubject := len(qs) > 0 && onOwn == 0 && onReported == 0
	if offSubject && !e.anyShares(shown, qs) {
		// Nothing shown shares a word with the subject: the reply says
		// they never speak to it before showing what they did say.
		a.offSubject = about
	}
	if len(shown) < maxQuotes || offSubject {
		// Their office's words where an article quotes it unnamed ("the
		// agency's chief inspector said"), as that article gives them;
		// first when they speak to the subject and nothing of their own
		// does ("the refugee agency woman on the convoy lists"). Someone
		// never quoted by name may be quoted so ("UNICEF's regional
		// director said …", of Lucia Ferrandi, UNICEF's regional
		// director in another article): their office's words are all
		// there is, shown as the office's (intro.office_quoted).
		k := maxQuotes - len(shown)
		if offSubject {
			k = maxQuotes
		}
		byRole, on, err := e.roleQuotes(ctx, p, qs, k)
		if err != nil {
			return nil, err
		}
		if offSubject && on > 0 {
			first := notRepeating(byRole[:on], shown)
			shown = slices.Concat(first, shown)
			shown = shown[:min(len(shown), maxQuotes)]
		} else {
			more := notRepeating(byRole, shown)
			shown = append(shown, more[:min(len(more), maxQuotes-len(shown))]...)
		}
	}
	for _, r := range byParagraph(shown) {
		q := r.quote
		q.context = r.context
		a.Quotes = append(a.Quotes, q)
	}
	passages, err := e.saidPassages(ctx, p, qs, limitOf(opts))
	if err != nil {
		return nil, err
	}
	if info.Quotes == 0 {
		// Never quoted, but perhaps the writer of an op-ed or a brief:
		// their own words on the subject come first.
		wrote, err := e.authoredPassages(ctx, p, qs, limitOf(opts))
		if err != nil {
			return nil, err
		}
		if len(wrote) == 0 {
			// Nothing of theirs on the question's other words ("main
			// point"): their piece's opening, in their words.
			if wrote, err = e.authoredLead(ctx, p, passages, limitOf(opts)); err != nil {
				return nil, err
			}
		}
		if len(wrote) > 0 {
			a.wrote = wrote[0].Source.Title
			// Their words fill all but one place: the best passage
			// naming them keeps the last ("Marko Shevchuk was Ukraine's
			// Minister of Foreign Affairs from 2041 to 2045"), which a
			// question about who they are puts first.
			if n := limitOf(opts) - 1; len(passages) > 0 && len(wrote) > n && n > 0 {
				wrote = wrote[:n]
			}
			passages = withoutRepeats(append(wrote, passages...), limitOf(opts))
		} else if v := e.voiceFor(p); v != nil && !asksOwnWords(question) {
			// "what did president montbrey say", whom his chief of staff
			// speaks for: the passages of that one's words come first,
			// shown as theirs, then those naming the president.
			spoken, err := e.voicePassages(ctx, v, qs)
			if err != nil {
				return nil, err
			}
			if len(spoken) > 0 {
				a.voice, a.voiceRole = v.Name, v.Role
				passages = withoutRepeats(append(spoken, passages...), limitOf(opts))
			}
		}
	} else if len(qs) > 0 && onReported == 0 && (a.QuotesOn == 0 || e.wroteAny(p)) {
		// Quoted, on the subject or not, by someone who also gave a
		// speech the articles print or wrote a piece ("archbishop on
		// landmines", of his homily; "what did dunai say about the
		// payment", of the address he read): their own words on it come
		// first among the passages.
		wrote, err := e.authoredPassages(ctx, p, qs, limitOf(opts))
		if err != nil {
			return nil, err
		}
		passages = withoutRepeats(append(wrote, passages...), limitOf(opts))
	}
	if len(passages) == 0 && len(a.Quotes) == 0 {
		// Named only where an article credits them: that line, cited.
		passages = creditPassages(p, limitOf(opts))
		a.credited = len(passages) > 0
	}
	a.Passages = passages
	return a, nil
}

// voicePassages is how many passages of the words of one who speaks for
// someone never quoted come first in the answer about them.
const voicePassages = 2

// fewQuotes is how many quotes in all someone may have for an answer on
// a subject to show all of them, those on it first: a subject orders a
// few quotes and never hides any; of someone quoted more often, only
// those on it are shown (a reply of ten quotes still fits two pages).
const fewQuotes = 10

// withoutRepeats keeps the first limit passages, each once.
func withoutRepeats(ps []Passage, limit int) []Passage {
	out := ps[:0:0]
	for _, p := range ps {
		if len(out) == limit {
			break
		}
		if !slices.ContainsFunc(out, func(o Passage) bool { return o.Source.Doc == p.Source.Doc && o.Text == p.Text }) {
			out = append(out, p)
		}
	}
	return out
}

// creditPassages are the lines crediting someone no passage names ("Reporting
// by Tomasz Lis; Writing by Anya Brandt"), each citing its article, their
// name in bold.
func creditPassages(p *person, limit int) []Passage {
	out := []Passage{}
	for _, c := range p.Credits {
		if len(out) == limit {
			break
		}
		out = append(out, creditPassage(p, c))
	}
	return out
}

// creditPassage is one line crediting p, citing its article, their name
// in bold.
func creditPassage(p *person, c corpus.Credit) Passage {
	var marks []Mark
	if i := strings.Index(c.Line, p.Name); i >= 0 {
		marks = []Mark{{i, i + len(p.Name)}}
	}
	return Passage{
		Text: c.Line, Highlight: highlight(c.Line, marks), Marks: marks, Matches: marks,
		Source: Source{Doc: c.Doc, Title: c.Title, Outlet: c.Outlet, Author: c.Author, Date: c.Date, URL: c.URL},
	}
}

// askedNameBoost is what a name in the question a transcript's answer
// answers counts for, beside the answer's own text naming them.
const askedNameBoost = 0.5

// onSubject picks from a person's n quote records (their direct
// quotations, or what the articles report they said) those on the
// subject: the ones that speak to it if any, else the ones that share its
// words, best first; when none does (or there is no subject), the newest
// k. on is how many speak to it.
func (e *Engine) onSubject(ctx context.Context, name string, reported bool, n int, qs []qterm, k int) (out []*quoteRec, on int, err error) {
	if n == 0 {
		return nil, 0, nil
	}
	if len(qs) > 0 {
		// However many quotes someone has (thousands, in a large
		// corpus), only as many as an answer shows are looked at, twice
		// over.
		key := speakerKey(Quote{Speaker: name, Reported: reported})
		ranked, on, err := e.rankQuotes(ctx, key, name, qs, min(n, 2*DefaultQuotes))
		if err != nil {
			return nil, 0, err
		}
		ranked, on = distinctQuotes(ranked, on)
		ranked, on = withSiblings(ranked, on)
		if on > 0 {
			return ranked[:on], on, nil
		}
		if len(ranked) > 0 {
			return ranked, 0, nil
		}
	}
	out, err = e.firstQuotes(name, reported, k, nil)
	return out, 0, err
}

// withSiblings counts on the subject, after the first on records (those
// on it), each later record standing in the same passage as one of them:
// the rest of one statement that the attribution splits (""We will not
// accept any line drawn on our side only," Veltris said. "A buffer that
// begins at our riverbank …""), whose second part shares no word with
// the question.
func withSiblings(recs []*quoteRec, on int) ([]*quoteRec, int) {
	if on == 0 || on == len(recs) {
		return recs, on
	}
	out := slices.Clone(recs[:on])
	var rest []*quoteRec
	for _, r := range recs[on:] {
		if slices.ContainsFunc(recs[:on], func(o *quoteRec) bool {
			return o.context == r.context && o.quote.Source.Doc == r.quote.Source.Doc
		}) {
			out = append(out, r)
		} else {
			rest = append(rest, r)
		}
	}
	return append(out, rest...), len(out)
}

// anyShares reports whether one of the quotes, or the passage it stands
// in, holds one of the question's words qs (or a relative of one).
func (e *Engine) anyShares(quotes []*quoteRec, qs []qterm) bool {
	m := e.newMatcher(qs)
	return slices.ContainsFunc(quotes, func(r *quoteRec) bool {
		cov, _, _, _ := m.scan(r.quote.Text, r.context)
		return cov > 0
	})
}

// firstQuotes are up to k of someone's quotes (or reported statements) in
// the order the index keeps them, newest first, but for those in have.
func (e *Engine) firstQuotes(name string, reported bool, k int, have []*quoteRec) ([]*quoteRec, error) {
	if k <= 0 {
		return nil, nil
	}
	ids, err := e.lists.first(name, reported, k+len(have))
	if err != nil {
		return nil, err
	}
	var out []*quoteRec
	for _, id := range ids {
		if len(out) == k {
			break
		}
		if slices.ContainsFunc(have, func(r *quoteRec) bool { return r.id == id }) {
			continue
		}
		r, err := e.quoteOf(id, 0, false)
		if err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	return out, nil
}

// distinctQuotes drops a quote whose words an earlier one already holds
// ("the last item on the table", which another article quotes alone, after
// "It is the last item on the table, not the first"), keeping the fuller
// where it comes later; on counts the first records (those on the
// subject), and is returned for what is kept.
func distinctQuotes(recs []*quoteRec, on int) ([]*quoteRec, int) {
	out := make([]*quoteRec, 0, len(recs))
	words := make([]string, 0, len(recs))
	keptOn := 0
	for i, r := range recs {
		w := quoteWords(r.quote.Text)
		dup := false
		for j, k := range words {
			switch {
			case strings.Contains(k, w):
				dup = true
			case strings.Contains(w, k):
				out[j], words[j], dup = r, w, true
			}
			if dup {
				break
			}
		}
		if dup {
			continue
		}
		out, words = append(out, r), append(words, w)
		if i < on {
			keptOn++
		}
	}
	return out, keptOn
}

// notRepeating is recs without those whose words a shown quote holds or
// that hold a shown quote's words: "the last item on the table", cited in
// another article, after the whole sentence it comes from.
func notRepeating(recs, shown []*quoteRec) []*quoteRec {
	var out []*quoteRec
	for _, r := range recs {
		w := quoteWords(r.quote.Text)
		if !slices.ContainsFunc(shown, func(s *quoteRec) bool {
			k := quoteWords(s.quote.Text)
			return strings.Contains(k, w) || strings.Contains(w, k)
		}) {
			out = append(out, r)
		}
	}
	return out
}

// quoteWords is a quotation's words, lower case, one space apart, with a
// space at each end, for finding one quotation inside another.
func quoteWords(text string) string {
	var b strings.Builder
	b.WriteByte(' ')
	for _, sp := range wordSpans(text) {
		b.WriteString(strings.ToLower(text[sp.start:sp.end]))
		b.WriteByte(' ')
	}
	return b.String()
}

// rankQuotes returns the quote records indexed under key (speakerKey: the
// speaker, or their reported speech) that share words with the terms,
// best first, those that speak to the terms (reach minCoverage) before
// the others, and how many do.
func (e *Engine) rankQuotes(ctx context.Context, key, speaker string, qs []qterm, size int) ([]*quoteRec, int, error) {
	who := bleve.NewTermQuery(key)
	who.SetField(fieldSpeakerKey)
	about := termsQuery(qs, fieldBoost{fieldQuote, 1}, fieldBoost{fieldContext, 0.5}, fieldBoost{fieldBefore, beforeBoost})
	if about == nil {
		return nil, 0, nil
	}
	hits, _, err := e.searchRecords(ctx, bleve.NewConjunctionQuery(who, about), size, 'q')
	if err != nil {
		return nil, 0, err
	}
	hits = hits[:min(len(hits), size)]
	// Those answering a question asked on the subject first ("Q: And
	// security guarantees?" / "A: Here I am more pessimistic. …"), then
	// the others on the subject, then the rest, each group in the
	// search's order.
	var answers, onTopic, others []*quoteRec
	m := e.newMatcher(qs)
	for _, h := range hits {
		r, err := e.quoteOf(h.id, h.num, h.numbered)
		if err != nil {
			return nil, 0, err
		}
		if r.quote.Speaker != speaker || speakerKey(r.quote) != key {
			continue // cannot happen with a keyword match; never risk it
		}
		// The heading of its section says what a quote is on too
		// ("What about the Donbas and the "free economic zone"?" over
		// an analyst's words on the buffer zone), for a quote whose
		// words or paragraph share some of the subject already: a
		// section holds more than its heading names ("Russia rejects
		// Christmas ceasefire" over "We have not seen any texts yet").
		cov, _, _, _ := m.scan(r.quote.Text, r.context)
		if cov > 0 && cov < minCoverage && r.quote.Source.Section != "" {
			cov, _, _, _ = m.scan(r.quote.Text, r.context+"\n"+r.quote.Source.Section)
		}
		switch {
		case cov >= minCoverage && answersAsked(m, askedOf(r)):
			answers = append(answers, r)
		case cov >= minCoverage:
			onTopic = append(onTopic, r)
		default:
			others = append(others, r)
		}
	}
	return slices.Concat(statementsFirst(answers), statementsFirst(onTopic), statementsFirst(others)), len(answers) + len(onTopic), nil
}

// statementsFirst orders quotations of one footing whole statements
// first, then the few words quoted in a reported clause ("said the day
// had passed "calmly, without provocations""), each in their order: a
// fragment's field is short, and BM25 would put it above the statement
// it summarises.
func statementsFirst(rs []*quoteRec) []*quoteRec {
	if !slices.ContainsFunc(rs, func(r *quoteRec) bool { return fragment(r.quote.Text) }) {
		return rs
	}
	out := make([]*quoteRec, 0, len(rs))
	for _, whole := range []bool{true, false} {
		for _, r := range rs {
			if fragment(r.quote.Text) != whole {
				out = append(out, r)
			}
		}
	}
	return out
}

// fragment reports a quotation of fewer words than a statement has
// (people.MinQuoteWords).
func fragment(text string) bool {
	n := 0
	for range words(text) {
		if n++; n >= people.MinQuoteWords {
			return false
		}
	}
	return true
}

// answersAsked reports a question before a quotation holding every
// word the matcher looks for, two or more: the quotation is the answer
// to what was asked.
func answersAsked(m *matcher, asked string) bool {
	if len(m.qs) < 2 || !strings.HasSuffix(strings.TrimSpace(asked), "?") {
		// One word asked about ("after the signing") is no question
		// of its own.
		return false
	}
	cov, _, _, _ := m.scan(asked)
	return cov >= 1-1e-9
}

// askedOf is what was asked right before a quotation: the paragraph
// before it, or in its passage the question its answer follows ("Q: And
// security guarantees? A: …"), up to the question mark; "" when it
// follows no question.
func askedOf(r *quoteRec) string {
	if r.before != "" {
		return r.before
	}
	f := strings.Fields(r.quote.Text)
	if len(f) == 0 {
		return ""
	}
	i := strings.Index(r.context, f[0])
	if i <= 0 {
		return ""
	}
	lead := r.context[:i]
	q := strings.LastIndexByte(lead, '?')
	if q < 0 || len(strings.Fields(lead[q+1:])) > maxAnswerLabelWords {
		return ""
	}
	return lead[:q+1]
}

// maxAnswerLabelWords bounds what may stand between a question and the
// answer in one passage: a label ("A:", "HRYTSENKO:") and its marks.
const maxAnswerLabelWords = 3

// beforeBoost is how much the paragraph before a quote's counts in
// finding someone's words on a subject: enough to bring up words that
// answer it where nothing else does, never as much as their own
// paragraph.
const beforeBoost = 0.2

// subjectFirstReach bounds the leading candidates naming a person that
// are read for the subject and put in its order: enough for an answer's
// passages several times over, few enough that a name standing in
// thousands of passages costs no more.
const subjectFirstReach = 50

// maxPersonCandidates bounds the passages looked at for one person's
// answer, however repetitive the articles naming them.
const maxPersonCandidates = 5000

// personPassages are the passages naming the person, those also about the
// question's terms first.
func (e *Engine) personPassages(ctx context.Context, p *person, qs []qterm, limit int) ([]Passage, error) {
	return e.namingPassages(ctx, p, qs, limit, false)
}

// saidPassages is personPassages for a question asking what p said: of
// the passages holding as much of the subject, a line that only names
// them comes after any saying something.
func (e *Engine) saidPassages(ctx context.Context, p *person, qs []qterm, limit int) ([]Passage, error) {
	return e.namingPassages(ctx, p, qs, limit, true)
}

// namingPassages is personPassages, said as saidPassages says.
func (e *Engine) namingPassages(ctx context.Context, p *person, qs []qterm, limit int, said bool) ([]Passage, error) {
	if len(p.match) == 0 {
		return []Passage{}, nil
	}
	var names []query.Query
	var nameTerms []qterm
	for _, t := range p.match {
		tq := bleve.NewTermQuery(t)
		tq.SetField(fieldText)
		// An answer to a question naming them ("JONAS: Was the nuncio
		// involved? Archbishop Wierzbicki?" / "HAUGLAND: He organised
		// …"): the question is indexed with its heading.
		aq := bleve.NewTermQuery(t)
		aq.SetField(fieldSection)
		aq.SetBoost(askedNameBoost)
		names = append(names, tq, aq)
		nameTerms = append(nameTerms, qterm{term: t, weight: 1, credit: 1})
	}
	bq := bleve.NewBooleanQuery()
	bq.AddMust(anyOf(names...))
	if pq := termsQuery(qs, passageFields...); pq != nil {
		bq.AddShould(pq)
	} else if first := e.firstNames(p); len(first) > 0 {
		// Nothing else to look for: passages giving the full name, which
		// is where articles introduce someone, come first, however short
		// a passage naming the surname alone.
		bq.AddShould(anyOf(first...))
	}
	// Highlight the name and the subject; every hit names the person.
	// The first name is bolded too, where it stands ("**Dmitry Peskov**").
	for _, w := range tokens(p.Name) {
		if t := e.terms.of(w); t != "" && !slices.ContainsFunc(nameTerms, func(q qterm) bool { return q.term == t }) {
			nameTerms = append(nameTerms, qterm{term: t, weight: 1, credit: 1})
		}
	}
	m := e.newMatcher(append(append([]qterm(nil), nameTerms...), qs...))
	// Near-duplicates and passages where the surname is only a word ("a
	// major hurdle") are dropped, so fetch more until limit passages are
	// left or there are no more.
	size := limit*4 + 10
	hits, complete, f, err := e.searchRecordsFetched(ctx, bq, size, 'p')
	if err != nil {
		return nil, err
	}
	best, _, err := e.pickNamed(hits, true, p, qs, m, limit, said)
	if err != nil {
		return nil, err
	}
	if len(best) < limit && !complete {
		// Up to maxPersonCandidates, read first the leading hits of the
		// wider search, which it returns first whatever its size: those
		// the first search fetched, then those of a search for
		// personLeading. A common name stands in ten thousand passages
		// at 100,000 articles, and limit are mostly picked from the
		// first thousand.
		size = max(size, maxPersonCandidates)
		settled := false
		first, all := f.lead(size)
		if len(first) > len(hits) {
			if best, settled, err = e.pickNamed(first, all, p, qs, m, limit, said); err != nil {
				return nil, err
			}
		}
		if k := personLeading; !settled && k < size {
			lead, all, err := e.searchLeading(ctx, bq, k, 'p')
			if err != nil {
				return nil, err
			}
			for i := range min(len(first), len(lead)) {
				if lead[i].id == first[i].id { // the same passages first: read once
					lead[i].rec = first[i].rec
				}
			}
			if best, settled, err = e.pickNamed(lead, all, p, qs, m, limit, said); err != nil {
				return nil, err
			}
		}
		if !settled {
			if hits, _, err = e.searchPassagesSorted(ctx, bq, size); err != nil {
				return nil, err
			}
			if best, _, err = e.pickNamed(hits, true, p, qs, m, limit, said); err != nil {
				return nil, err
			}
		}
	}
	out := make([]Passage, 0, len(best))
	for _, h := range best {
		out = append(out, e.passage(h))
	}
	// An interviewer's question naming them ("Minister Koval, has the
	// text been sent?") comes after what they said and what is said of
	// them.
	slices.SortStableFunc(out, func(a, b Passage) int {
		return cmp.Compare(boolInt(asksItself(a.Text)), boolInt(asksItself(b.Text)))
	})
	return out, nil
}

// personLeading is how many of the best hits personPassages reads first
// when it looks further for a person's passages.
const personLeading = 2000

// pickNamed picks up to limit of hits that name p, in the order
// personPassages gives them: those also about the question's terms (qs)
// by score; without terms, those saying who p is first, then those giving
// their full name, then the rest. whole says hits are all the candidates;
// when they are only the leading ones of a longer list, settled says
// whether what was picked is what the whole list gives (limit were picked
// before the order of the rest could matter).
func (e *Engine) pickNamed(hits []hit, whole bool, p *person, qs []qterm, m *matcher, limit int, said bool) (best []hit, settled bool, err error) {
	pk := picker{e: e, m: m, limit: limit, keep: func(r *passageRec) bool { return p.namedIn(r.text) || r.asked != "" && p.namedIn(r.asked) }}
	feed := func(hs []hit) (bool, error) {
		for _, h := range hs {
			if done, err := pk.add(h); done || err != nil {
				return done, err
			}
		}
		return false, nil
	}
	if len(qs) > 0 {
		// The passages naming them that hold most of the subject first
		// ("starmer on reconstruction": his words on reconstruction,
		// not the shortest passage naming him), then in BM25's order.
		topic := e.newMatcher(qs)
		n := min(len(hits), subjectFirstReach)
		held := make([]float64, n)
		label := make([]bool, n)
		for i := range n {
			r, err := e.passageOf(&hits[i])
			if err != nil {
				return nil, false, err
			}
			held[i], _, _, _ = topic.scan(r.text, r.src.Section)
			label[i] = said && creditLine(r.text)
		}
		idx := make([]int, n)
		for i := range idx {
			idx[i] = i
		}
		// Asked what they said: of those holding as much, a line that
		// only names them ("SOT: TEODOR BRASK, CHIEF OPERATING OFFICER,
		// ONR", "Speaker: Chief Inspector Annika Selvaag, head of …")
		// after any that says something. Asked who they are, such a line
		// may be the answer.
		slices.SortStableFunc(idx, func(a, b int) int {
			return cmp.Or(cmp.Compare(held[b], held[a]), cmp.Compare(boolInt(label[a]), boolInt(label[b])))
		})
		sorted := make([]hit, 0, len(hits))
		for _, j := range idx {
			sorted = append(sorted, hits[j])
		}
		hits = append(sorted, hits[n:]...)
		done, err := feed(hits)
		if err != nil {
			return nil, false, err
		}
		return pk.out, done || whole, nil
	}
	// Who someone is: the passages giving their full name, where
	// articles introduce people, before any naming them only by
	// surname, however short. Each passage is read once, and only as
	// far as the picking goes.
	var described, full, rest []hit
	var descRecs []*passageRec
	roles := roleWords(p)
	checked := 0 // passages read for the role's words: a few, however many name them
	i := 0
	for ; i < len(hits) && len(described) < limit && checked < 4*limit; i++ {
		r, err := e.passageOf(&hits[i])
		if err != nil {
			return nil, false, err
		}
		switch {
		case !p.fullNameIn(r.text):
			rest = append(rest, hits[i])
		default:
			checked++
			if givesRole(r.text, roles) {
				described = append(described, hits[i])
				descRecs = append(descRecs, r)
			} else {
				full = append(full, hits[i])
			}
		}
	}
	if i == len(hits) && !whole && len(described) < limit && checked < 4*limit {
		return nil, false, nil // a later passage may say what they are
	}
	// Of those saying what they are, a sentence defining them
	// ("Helena Marsh is a senior fellow at …") first, then the
	// earliest article's introduction: news says in full who
	// someone is where it first brings them in.
	// Then the passage most about them: an introduction goes on
	// about the person it brings in ("he was named on March 25
	// as head of …"); a report quoting them is about something
	// else.
	idx, about := make([]int, len(described)), make([]float64, len(described))
	for i := range idx {
		idx[i] = i
		about[i] = e.aboutShare(descRecs[i].text, p)
	}
	slices.SortStableFunc(idx, func(a, b int) int {
		ra, rb := descRecs[a], descRecs[b]
		return cmp.Or(
			cmp.Compare(boolInt(!p.definedIn(ra.text)), boolInt(!p.definedIn(rb.text))),
			cmp.Compare(about[b], about[a]),
			cmp.Compare(boolInt(ra.src.Date == ""), boolInt(rb.src.Date == "")),
			cmp.Compare(ra.src.Date, rb.src.Date),
			cmp.Compare(ra.src.Paragraph, rb.src.Paragraph))
	})
	sorted := make([]hit, len(described))
	for i, j := range idx {
		sorted[i] = described[j]
	}
	for _, hs := range [][]hit{sorted, full} {
		if done, err := feed(hs); done || err != nil {
			return pk.out, true, err
		}
	}
	for ; i < len(hits); i++ {
		r, err := e.passageOf(&hits[i])
		if err != nil {
			return nil, false, err
		}
		if !p.fullNameIn(r.text) {
			rest = append(rest, hits[i])
		} else if done, err := pk.add(hits[i]); done || err != nil {
			return pk.out, true, err
		}
	}
	if !whole {
		return pk.out, false, nil // a later passage may give the full name
	}
	_, err = feed(rest)
	return pk.out, true, err
}

// maxCreditWords bounds a credit line: a name, a title and where.
const maxCreditWords = 20

// creditLine reports a short line that ends no sentence: a caption's or
// a transcript's credit naming someone ("SUPER: Gregor Pallas /
// President, OURW"), not words of theirs nor about them.
func creditLine(text string) bool {
	t := strings.TrimSpace(text)
	if t == "" || strings.ContainsAny(t, "\"“”") {
		return false
	}
	switch r, _ := utf8.DecodeLastRuneInString(t); r {
	case '.', '!', '?', '…':
		return false
	}
	return len(strings.Fields(t)) <= maxCreditWords
}

// aboutShare is how far text goes on about p after naming them: the
// sentences after the first that speak of them (by their surname, or by
// a pronoun of their gender), up to two.
func (e *Engine) aboutShare(text string, p *person) float64 {
	theirs := 0
	for _, s := range corpus.Sentences(text) {
		for sp := range words(s) {
			w := s[sp.start:sp.end]
			if fold(w) == p.last {
				theirs++
				break
			}
			if pg, ok := e.lex.Pronoun(strings.ToLower(w)); ok && pg != people.Unknown && pg.String() == p.Gender {
				theirs++
				break
			}
		}
	}
	// Sentences going on about them after the first: one sentence
	// naming them says no more than any other report does.
	return float64(min(2, max(0, theirs-1)))
}

// definedIn reports a passage that says what p is, by their full name,
// or by their surname in an apposition (definesPerson): "Voronin is a
// hard man" is an opinion, "Aebischer, a 58-year-old career diplomat"
// who she is.
func (p *person) definedIn(text string) bool {
	f := strings.Fields(p.Name)
	return definesPerson(text, p.Name, false) || len(f) > 1 && definesPerson(text, f[len(f)-1], true)
}

// definesPerson reports a passage that says what someone is in a
// sentence of its own: their name, then "is", "was" or "has been",
// then "a", "an" or "the" ("Helena Marsh is a senior fellow at …") or a
// possessive ("… is Ukraine's deputy foreign minister"); or in an
// apposition ("Oksana Hrytsenko, a former physicist", "Ivan Dorosh, who
// was chief engineer").
func definesPerson(text, name string, appositionOnly bool) bool {
	tw := loadTypeWords()
	for at := 0; ; {
		i := strings.Index(text[at:], name)
		if i < 0 {
			return false
		}
		rest := strings.TrimLeft(text[at+i+len(name):], " ")
		if r, ok := strings.CutPrefix(rest, ", "); ok {
			if age, more, ok := strings.Cut(r, ", "); ok && age != "" && strings.Trim(age, "0123456789") == "" {
				// "Ines Calderón-Varga, 61, a Uruguayan physicist": her
				// age first.
				r = more
			}
			// "Oksana Hrytsenko, a former physicist who …", "Ivan
			// Dorosh, who was chief engineer …": an apposition saying
			// what they are.
			for _, d := range tw.Person.Apposition {
				if strings.HasPrefix(r, d+" ") {
					return true
				}
			}
			if r, ok := strings.CutPrefix(r, "who "); ok {
				rest = r
			}
		} else if appositionOnly {
			at += i + len(name)
			continue
		}
		for _, v := range tw.Person.DefiningVerbs {
			if r, ok := strings.CutPrefix(rest, v+" "); ok {
				for _, d := range tw.Person.Articles {
					if strings.HasPrefix(r, d+" ") {
						return true
					}
				}
				// "Oksana Hrytsenko is Ukraine's deputy foreign
				// minister": a country's or a body's title.
				if first, _, _ := strings.Cut(r, " "); people.Possessive(first) && capitalised(first) {
					return true
				}
			}
		}
		at += i + len(name)
	}
}

// roleWords are the words of each of p's roles that say what the role
// is: words of four letters or more, not their name's. A role of one
// such word ("Senator", "Dr") is no description: it is how anyone would
// address them.
func roleWords(p *person) [][]string {
	own := tokens(p.Name)
	var out [][]string
	for _, r := range p.titles() {
		var ws []string
		for _, w := range tokens(r) {
			if utf8.RuneCountInString(w) < 4 || slices.Contains(own, w) || slices.Contains(ws, w) {
				continue
			}
			ws = append(ws, w)
		}
		if len(ws) >= 2 {
			out = append(out, ws)
		}
	}
	return out
}

// givesRole reports whether text says what someone is, in two words or
// more of one of their roles: where an article introduces them ("Oksana
// Levchuk, a senior fellow at the Dnipro Institute"), not where it only
// names or addresses them ("Dr. Oksana Levchuk, thank you so much").
// Words are compared as written, case aside: it reads every passage
// naming the person, so it stems nothing and allocates nothing.
func givesRole(text string, roles [][]string) bool {
	for _, ws := range roles {
		n := 0
		for _, w := range ws {
			for sp := range words(text) {
				if strings.EqualFold(text[sp.start:sp.end], w) {
					n++
					break
				}
			}
			if n >= 2 {
				return true
			}
		}
	}
	return false
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
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

// othersLike are the others text (what a question asked p about) names
// whom a pronoun for p would fit as well: of p's gender, or either of
// them of none known.
func (e *Engine) othersLike(text string, p *person) []string {
	var out []string
	for _, sp := range e.findPeople(text) {
		if sp.p != p && !slices.Contains(out, sp.p.Name) && (sp.p.Gender == "" || p.Gender == "" || sp.p.Gender == p.Gender) {
			out = append(out, sp.p.Name)
		}
	}
	return out
}

// spellingAsked is what a question calls p by that their name does not
// hold: the words of the alias it names them by ("uncle" of "uncle
// bogdan?", "horobka", "arkadi jelvine" for Arkady Zhelvin), "" when it
// uses their name's own words or none of their aliases.
func (e *Engine) spellingAsked(question string, p *person) string {
	asked := " " + strings.Join(wordsOf(question), " ") + " "
	own := strings.Fields(people.Fold(p.Name))
	var roman []string
	for _, w := range own {
		roman = append(roman, e.lex.Romanised(w))
	}
	best := ""
	for _, a := range p.Aliases {
		aw := strings.Fields(a)
		if !strings.Contains(asked, " "+a+" ") || !slices.ContainsFunc(own, func(w string) bool { return !slices.Contains(aw, w) }) {
			// Not asked by it, or their name with more of it ("ines
			// calderon varga" of Ines Calderon).
			continue
		}
		var extra []string
		for _, w := range aw {
			// A word of their name in another romanisation ("tkalets"
			// of Tkalec) says nothing more of whom.
			if !slices.Contains(own, w) && !slices.Contains(roman, e.lex.Romanised(w)) {
				extra = append(extra, w)
			}
		}
		if x := strings.Join(extra, " "); len(x) > len(best) {
			best = x
		}
	}
	return best
}

// spelledFirst orders first, keeping their order, the passages holding
// every word of spelling (spellingAsked): asked by a nickname, the
// passage giving it says who is meant.
func spelledFirst(spelling string, ps []Passage) []Passage {
	ws := strings.Fields(spelling)
	if len(ws) == 0 {
		return ps
	}
	holds := func(x Passage) bool {
		low := " " + strings.Join(wordsOf(x.Text), " ") + " "
		for _, w := range ws {
			if !strings.Contains(low, " "+w+" ") {
				return false
			}
		}
		return true
	}
	out := make([]Passage, 0, len(ps))
	for _, first := range []bool{true, false} {
		for _, x := range ps {
			if holds(x) == first {
				out = append(out, x)
			}
		}
	}
	return out
}

// wordsOf is text's words, folded, without the punctuation around them,
// a hyphenated word whole ("wyss-morandi", where words splits it): a
// name's part ("wyss") asked alone is then a spelling its own words lack.
func wordsOf(text string) []string {
	return strings.FieldsFunc(people.Fold(text), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-' && r != '\''
	})
}
