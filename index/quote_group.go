package index

import (
	"cmp"
	"slices"
	"strings"
)

// byParagraph orders quote records so that those from one paragraph sit
// together, in the order the paragraph says them, where the first of
// them ranked: a speaker's words split by "he said" ("We see a map," …
// "We do not yet see an agreement") are one answer, read as the article
// gives them, not two answers apart; so are what it reports them saying
// and what it quotes (the reply then shows the paragraph).
func byParagraph(recs []*quoteRec) []*quoteRec {
	type key = place
	keyOf := func(r *quoteRec) key {
		return place{r.quote.Source.Doc, r.quote.Source.Paragraph}
	}
	groups := make(map[key][]*quoteRec, len(recs))
	var order []key
	for _, r := range recs {
		k := keyOf(r)
		if _, ok := groups[k]; !ok {
			order = append(order, k)
		}
		groups[k] = append(groups[k], r)
	}
	if len(order) == len(recs) {
		return recs
	}
	out := make([]*quoteRec, 0, len(recs))
	for _, k := range order {
		g := groups[k]
		// Direct quotations first (Answer.Quotes leads with the words
		// themselves), each kind in the paragraph's order.
		slices.SortStableFunc(g, func(a, b *quoteRec) int {
			return cmp.Or(cmp.Compare(boolInt(a.quote.Reported), boolInt(b.quote.Reported)), cmp.Compare(offsetIn(a), offsetIn(b)))
		})
		out = append(out, g...)
	}
	return out
}

// offsetIn is where a quote stands in its paragraph; one not found there
// (it cannot be) goes last.
func offsetIn(r *quoteRec) int {
	if i := strings.Index(r.context, r.quote.Text); i >= 0 {
		return i
	}
	return len(r.context)
}
