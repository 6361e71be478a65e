package index

import (
	"slices"
	"strings"
)

// A member may say where someone spoke ("the dutch analyst on the
// podcast", "the archive official on the radio"). The show is no part of
// who they are (withoutMedium), but it says whom it may be: someone who
// speaks on one.

// spokeAsAsked reports whether p may be whom in asks for: anyone named,
// but for a question naming a show, only someone who speaks on one.
func (e *Engine) spokeAsAsked(in intent, p *person) bool {
	return p != nil && (in.show == "" || e.onShow(p))
}

// onShow reports whether p speaks on a show: in a turn of a transcript
// under their own label ("PIETER VAN AALST: …"), or in an article whose
// title or outlet names a show (questions.yaml medium_words: "THE GRID
// LINE - Episode 212", "Radio Helvetica International"). Only as many of
// their quotations as an answer could show are looked at.
func (e *Engine) onShow(p *person) bool {
	ids, err := e.lists.first(p.Name, false, maxShowQuotes)
	if err != nil {
		return false
	}
	shows := loadQuestionWords().MediumWords
	for _, id := range ids {
		r, err := e.quoteOf(id, 0, false)
		if err != nil {
			return false
		}
		if label, _, ok := turnLabel(r.context); ok && p.namedIn(label) {
			return true
		}
		src := r.quote.Source.Title + " " + r.quote.Source.Outlet
		for _, sp := range wordSpans(src) {
			if slices.Contains(shows, strings.ToLower(src[sp.start:sp.end])) {
				return true
			}
		}
	}
	return false
}

// maxShowQuotes bounds the quotations of someone read for a show.
const maxShowQuotes = 50
