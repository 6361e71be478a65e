package people

import (
	"sort"
	"strings"
)

// Reported speech is what an article says someone said without quoting
// them: "Merz said that there had been discussion of …", "Stewart said it
// would only be possible to …", "…, warning that there was still reason
// to fear …". It is kept apart from quotations, with the reported clause
// as the article writes it, and only for one named person ("They said
// that …" is a group's).

// maxReported bounds a reported clause, which runs to its sentence's end.
const maxReported = 600

// reported finds the reported speech of paragraph pi.
func (a *analyser) reported(pi int) []Quote {
	p := &a.paras[pi]
	if p.label != nil {
		return nil
	}
	text := p.Text
	var out []Quote
	lastEnd := 0
	for _, v := range p.verbs {
		if !a.tick(1) {
			return nil
		}
		if v.start < lastEnd || !v.v.has("that") && v.v.Kind != "according" {
			continue
		}
		sentEnd := min(p.sentenceEnd(v.start), v.end+maxReported)
		from, ok := a.reportedClause(pi, v, sentEnd)
		if !ok {
			continue
		}
		// Who speaks there, as the events read it.
		w := p.eventAt(v.start)
		if w.p == nil {
			continue
		}
		clause := strings.TrimSpace(text[from:sentEnd])
		clause = strings.TrimRight(clause, " ")
		// A clause holding a quotation is the quotation's: never mixed.
		if a.holdsStatement(p, from, sentEnd) || WordCount(clause) < MinQuoteWords {
			continue
		}
		clause = strings.TrimRight(clause, ".!?")
		if strings.ContainsAny(clause[len(clause)-1:], `"“”`) {
			continue
		}
		out = append(out, Quote{Speaker: w.p.canonical(), Text: clause, Paragraph: p.Num, Reported: true})
		lastEnd = sentEnd
	}
	return out
}

// reportedClause finds where the clause a speech verb reports begins:
// after "that" (past a listener or a time: "told DW that", "said on
// Tuesday that"), or right after the verb when a clause's subject follows
// ("said it would", "said the talks were").
func (a *analyser) reportedClause(pi int, v verbAt, sentEnd int) (int, bool) {
	p := &a.paras[pi]
	text := p.Text
	if v.v.Kind == "according" {
		// "According to Peskov, the talks were useful."
		i := strings.IndexByte(text[v.end:sentEnd], ',')
		if i < 0 || i > 80 {
			return 0, false
		}
		return v.end + i + 1, true
	}
	ws := wordsAfter(text, v.end, sentEnd, 10)
	for k, w := range ws {
		if strings.EqualFold(w.w, "that") {
			if k > 0 && a.lx.finiteIn(ws[:k]) {
				// "said the exchange was a humanitarian matter that
				// should not …": a clause reported bare, whose own
				// "that" opens a relative clause.
				break
			}
			if k > 6 || strings.ContainsAny(text[v.end:w.start], ",;:\"“") && k > 0 {
				return 0, false
			}
			return w.end, true
		}
	}
	// Without "that", only verbs that report a clause bare ("said it
	// would"), and only a clause with a verb of its own ("acknowledged
	// the complexity" reports nothing). A clause opening with a number
	// ("said 61 percent of the samples taken at the middle post had
	// exceeded …") may hold its verb further on: no object of "said"
	// opens so.
	if len(ws) < MinQuoteWords || !v.v.has("bare") {
		return 0, false
	}
	if isNumeral(ws[0].w) && a.lx.finiteIn(wordsAfter(text, v.end, sentEnd, maxNumeralSubject)[1:]) {
		return ws[0].start, true
	}
	if !a.lx.finiteIn(ws[1:min(len(ws), 6)]) {
		return 0, false
	}
	if _, nation := a.lx.Nation(ws[0].w); a.lx.is("clausestart", ws[0].w) || nation {
		return ws[0].start, true
	}
	if p.mentionEndingAt(ws[0].end) != nil || Possessive(ws[0].w) {
		return ws[0].start, true
	}
	return 0, false
}

// holdsStatement reports whether text[from:to] holds a quotation long
// enough to be a statement.
func (a *analyser) holdsStatement(p *para, from, to int) bool {
	i := sort.Search(len(p.spans), func(i int) bool { return p.spans[i].open >= from })
	for ; i < len(p.spans) && p.spans[i].open < to; i++ {
		if WordCount(p.spans[i].inner) >= MinQuoteWords {
			return true
		}
	}
	return false
}

// finiteIn reports whether words hold a finite verb: an auxiliary
// ("would", "was", "had") or a past form ending in -ed.
func (lx *Lexicon) finiteIn(ws []word) bool {
	for _, w := range ws {
		f := Fold(strings.Trim(w.w, ",;"))
		if lx.is("auxiliary", f) || len(f) > 4 && strings.HasSuffix(f, "ed") {
			return true
		}
	}
	return false
}

// maxNumeralSubject bounds the words a reported clause opening with a
// number may run before its verb ("61 percent of the samples taken at
// the middle gauging post in April had").
const maxNumeralSubject = 16

// isNumeral reports a word written in digits ("61", "1,200", "3.5").
func isNumeral(w string) bool {
	w = strings.TrimRight(w, "%,")
	if w == "" || w[0] < '0' || w[0] > '9' {
		return false
	}
	return strings.Trim(w, "0123456789.,") == ""
}
