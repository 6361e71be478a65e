package index

import (
	"context"
	"strings"
)

// authorAnswer answers "who wrote the warsaw op-ed": the author named in
// the byline of the article the question describes best, answered as a
// question about them — what the articles say of them (the line about the
// author under an opinion piece), and their words if quoted — with the
// article the question meant. Nil when no article answers the
// description, when its byline names no one, or several.
func (e *Engine) authorAnswer(ctx context.Context, question, text string, opts AskOptions) (*Answer, error) {
	// "… on the ceasefire line, whats his background": the article is
	// described before the question goes on.
	if i := strings.Index(text, ", "); i > 0 {
		if f := strings.Fields(strings.ToLower(text[i+2:])); len(f) > 0 && loadQuestionWords().filler[f[0]] {
			text = text[:i]
		}
	}
	// "the warsaw op-ed": what kind of piece it is says nothing of which;
	// "the meridian piece": the outlet says which, not what about.
	low := " " + strings.ToLower(text) + " "
	for _, n := range loadQuestionWords().ArticleNouns {
		low = strings.ReplaceAll(low, " "+n+" ", " ")
	}
	outlet := e.outletNamed(low)
	if outlet != "" {
		low = strings.ReplaceAll(low, " "+outlet+" ", " ")
	}
	qs := e.questionTerms(strings.TrimSpace(low))
	if len(qs) == 0 {
		return nil, nil
	}
	best, _, closest, err := e.searchBest(ctx, qs, typeNone, authorCandidates)
	if err != nil || len(best) == 0 || closest {
		return nil, err
	}
	var r *passageRec
	at := -1
	for i := range best {
		rec, err := e.passageOf(&best[i])
		if err != nil {
			return nil, err
		}
		if outlet == "" || strings.Contains(strings.ToLower(rec.src.Outlet), outlet) {
			r, at = rec, i
			break
		}
	}
	if r == nil {
		return nil, nil
	}
	names := bylineNames(r.src.Author)
	if len(names) != 1 {
		return nil, nil
	}
	p := e.resolveName(names[0])
	if p == nil {
		return nil, nil
	}
	a, err := e.quoteAnswer(ctx, question, p, "", opts)
	if err != nil {
		return nil, err
	}
	a.Kind, a.AuthorOf = KindPerson, r.src.Title
	if len(a.Passages) == 0 || a.credited {
		// Only the byline names them: the article asked about is what
		// there is.
		a.Passages, a.credited = []Passage{e.passage(best[at])}, false
	}
	return a, nil
}

// authorCandidates is how many of the passages best matching an
// article's description are looked through for one from the outlet it
// names.
const authorCandidates = 5

// outletNamed is the word of low (lower case, padded with spaces) that
// names the outlet of one of the articles ("the meridian piece"), or "".
func (e *Engine) outletNamed(low string) string {
	docs, err := e.docs.all()
	if err != nil {
		return ""
	}
	for _, d := range docs {
		for _, w := range strings.Fields(strings.ToLower(d.Outlet)) {
			if len(w) > 3 && strings.Contains(low, " "+w+" ") {
				return w
			}
		}
	}
	return ""
}

// bylineNames splits a byline into its names: "Selin Arslan and Tomasz
// Wierzbicki", "A, B and C".
func bylineNames(byline string) []string {
	var out []string
	for _, part := range strings.Split(byline, ",") {
		for _, n := range strings.Split(part, " and ") {
			if n = strings.TrimSpace(n); n != "" {
				out = append(out, n)
			}
		}
	}
	return out
}
