package index

import (
	"context"
	"slices"
	"strings"
)

// documentDated answers a "when" question about a piece itself ("when
// was the brevold interview on tv", "when did the frontline furrows ep
// come out"): the date
// its head gives ("Broadcast: Sunday 23 October 2078, 19:00"), above the
// passages that only share its words. The question must name a kind of
// piece (questions.yaml document_nouns) that the head of the article its
// other words describe names too; nil otherwise.
func (e *Engine) documentDated(ctx context.Context, content string) (*hit, error) {
	noun := documentNoun(content)
	if noun == "" {
		return nil, nil
	}
	// The articles whose head names that kind of piece.
	nq := e.questionTerms(noun)
	if len(nq) == 0 || !slices.ContainsFunc(nq, func(q qterm) bool { return q.credit > 0 }) {
		return nil, nil
	}
	found, err := e.searchPassages(ctx, termsQuery(nq, passageFields...), documentCandidates)
	if err != nil {
		return nil, err
	}
	var docs []string
	for i := range found {
		r, err := e.passageOf(&found[i])
		if err != nil {
			return nil, err
		}
		// Named by its title or section, its head, or a line of its own
		// about it ("Interview by Johanna Reeve", "This interview has
		// been edited for length").
		line := r.src.Paragraph <= documentHead || len(strings.Fields(r.text)) <= documentLineWords
		headed := holdsNoun(r.src.Title, noun) || holdsNoun(r.src.Section, noun) || line && holdsNoun(r.text, noun)
		if headed && !slices.Contains(docs, r.src.Doc) {
			docs = append(docs, r.src.Doc)
		}
	}
	if len(docs) == 0 {
		return nil, nil
	}
	// Of those, the one the question's other words describe: the best
	// passage holding them, in one of the articles.
	rest := strings.TrimSpace(strings.Replace(" "+strings.ToLower(content)+" ", " "+noun+" ", " ", 1))
	doc := ""
	if len(docs) == 1 {
		doc = docs[0]
	}
	if qs := e.questionTerms(rest); len(qs) > 0 {
		best, _, _, err := e.searchBest(ctx, qs, typeNone, documentCandidates, false)
		if err != nil {
			return nil, err
		}
		for i := range best {
			r, err := e.passageOf(&best[i])
			if err != nil {
				return nil, err
			}
			if slices.Contains(docs, r.src.Doc) {
				doc = r.src.Doc
				break
			}
		}
	}
	if doc == "" {
		return nil, nil
	}
	head, err := e.headPassages(ctx, doc)
	if err != nil {
		return nil, err
	}
	// The dated line of the head, the one naming what the question asks
	// done if several are dated ("Answered: …" under "Tabled: …").
	var dated []hit
	for _, h := range head {
		if holdsType(h.rec.text, typeDate) {
			dated = append(dated, h)
		}
	}
	if len(dated) == 0 {
		return nil, nil
	}
	// A day of a month ("Sunday 12 June 2078") before a day alone ("Last
	// Tuesday"), and of those the line naming what was done.
	slices.SortStableFunc(dated, func(a, b hit) int {
		return boolInt(givesDayDate(b.rec.text)) - boolInt(givesDayDate(a.rec.text))
	})
	for _, h := range dated {
		if e.sharesVerb(h.rec.text, rest) && givesDayDate(h.rec.text) == givesDayDate(dated[0].rec.text) {
			return &h, nil
		}
	}
	return &dated[0], nil
}

// documentLineWords bounds a line of an article's own about it, not its
// story: "Interview by Johanna Reeve / Photographs by Milo Tarrant".
const documentLineWords = 12

// documentCandidates bounds the passages looked through for the articles
// a kind of piece heads.
const documentCandidates = 50

// headPassages are the passages of an article's head (its first
// documentHead paragraphs), in order, read.
func (e *Engine) headPassages(ctx context.Context, doc string) ([]hit, error) {
	hits, err := e.headHits(ctx, doc, documentHead)
	if err != nil {
		return nil, err
	}
	for i := range hits {
		if _, err := e.passageOf(&hits[i]); err != nil {
			return nil, err
		}
	}
	return hits, nil
}

// documentHead is how many paragraphs from its start an article's head
// is read for its date line.
const documentHead = 4

// documentNoun is the kind of piece a question names (questions.yaml
// document_nouns: "interview", "debate", "written question"), "" for
// none.
func documentNoun(content string) string {
	low := " " + strings.ToLower(content) + " "
	for _, n := range loadQuestionWords().DocumentNouns {
		if strings.Contains(low, " "+n+" ") {
			return n
		}
	}
	return ""
}

// holdsNoun reports text holding noun (or its plural) as whole words,
// in any case.
func holdsNoun(text, noun string) bool {
	low := " " + strings.ToLower(strings.Map(func(r rune) rune {
		if r == ':' || r == ',' || r == '.' || r == '-' || r == '|' || r == '"' {
			return ' '
		}
		return r
	}, text)) + " "
	return strings.Contains(low, " "+noun+" ") || strings.Contains(low, " "+noun+"s ")
}

// sharesVerb reports text holding a verb of the question's, as a term:
// "Answered: Monday 21 March 2078" for "when was the written question
// answered", not "Tabled: …".
func (e *Engine) sharesVerb(text, rest string) bool {
	for _, sp := range wordSpans(rest) {
		w := strings.ToLower(rest[sp.start:sp.end])
		if ew, _ := asEnglish(w); ew.POS != 'v' || e.askingVerb(w) {
			continue
		}
		if t := e.terms.of(w); t != "" && e.hasTerm(text, t) {
			return true
		}
	}
	return false
}

// withDocumentDate puts first in a's passages the date line of the piece
// a "when" question names (documentDated), when there is one; an answer
// that had none becomes that line.
func (e *Engine) withDocumentDate(ctx context.Context, a *Answer, content string, opts AskOptions) error {
	h, err := e.documentDated(ctx, content)
	if err != nil || h == nil {
		return err
	}
	p := e.passage(*h)
	a.Passages = slices.DeleteFunc(a.Passages, func(x Passage) bool { return x.Text == p.Text })
	a.Passages = append([]Passage{p}, a.Passages...)
	if n := limitOf(opts); len(a.Passages) > n {
		a.Passages = a.Passages[:n]
	}
	a.Closest = false
	return nil
}
