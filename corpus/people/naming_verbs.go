package people

import (
	"strings"
)

// maxNamed is the most words a naming verb's object may take before the
// quotation it frames: "called the outcome", "described the new force
// as", "called the dismissal of the claim against Dravenia itself".
const maxNamed = 9

// maxNamedAs is the most words such an object ending in "as" may take:
// "described Rutte's remarks about the nuclear plant as", "described the
// plan to clear 480,000 hectares of farmland by 2031 as".
const maxNamedAs = 12

// namesQuote reports whether naming verb v frames quotation s as the
// words its subject gave something ("Aydın called the outcome "…"", "the
// general described the force as "…""): the quotation follows the verb's
// short object in its clause, and the verb is finite, not a participle
// naming a thing ("a plan called "…"", "the so-called "…"").
func (a *analyser) namesQuote(pi int, v verbAt, s quoteSpan) bool {
	p := &a.paras[pi]
	text := p.Text
	if v.start > 0 && text[v.start-1] == '-' {
		return false
	}
	obj := text[v.end:s.open]
	if w, ok := a.inStatement(pi, v); ok && w.p != nil {
		return WordCount(obj) <= maxNamedAs
	}
	limit := maxNamed
	if strings.HasSuffix(strings.TrimSpace(obj), " as") {
		// "described Rutte's remarks about the plant as": "as" closes
		// the object, which may run longer.
		limit = maxNamedAs
	}
	if o, ok := strings.CutSuffix(strings.TrimSpace(obj), ":"); ok && !strings.ContainsAny(o, ";:.!?") && WordCount(o) <= maxNamedColon {
		// "she described her job with a metaphor I keep coming back
		// to: "…"": a colon brings in what the verb names, however
		// long the words naming it.
		limit, obj = maxNamedColon, o
	}
	if strings.ContainsAny(withoutDigitMarks(obj), ",;:.!?") || WordCount(obj) > limit || a.lx.opensClause(obj) {
		return false
	}
	// The subject stands right before the verb (a name, a pronoun, a
	// role), or an apposition closes there ("Kerem Aydın, who chaired
	// the session, called"): a noun naming no one ("a plan called") is
	// not a speaker.
	if a.namedThenPlace(pi, max(0, v.start-maxClause), v.start) != nil {
		// "Governor Bohdan Yavorsky of Bilozerska region, where most of
		// the strip lies, called the deal": a name and where they are.
		return true
	}
	ws := wordsBefore(text, max(0, v.start-maxClause), v.start, 4)
	for len(ws) > 0 && a.lx.adverb(Fold(ws[len(ws)-1].w)) {
		ws = ws[:len(ws)-1]
	}
	if len(ws) == 0 {
		return false
	}
	if c := ws[len(ws)-1].end - 1; text[c] == ',' {
		// `"…," he added, describing the statement as "…"`: a
		// participle after a comma goes on with the verb before it.
		return v.v.has("participle") || a.appositionEnds(pi, c)
	}
	if f := Fold(ws[len(ws)-1].w); f == "and" || f == "but" {
		return a.coordinated(pi, v).p != nil
	}
	w, ok := a.headBefore(pi, ws[0].start, v)
	return ok && w.p != nil || a.bodySubject(pi, ws)
}

// bodySubject reports words right before a naming verb, opening their
// clause, that name a body ("The Dravenian foreign ministry called the
// vote "…"", "Dravenia's foreign ministry welcomed the vote as "…""): a
// body names things as a person does. The last word is a body's (a
// ministry, a government), those before it "the" or a name's possessive
// (not "its", whose body is a guess), then words of its name:
// capitalised, a country's adjective or a portfolio.
func (a *analyser) bodySubject(pi int, ws []word) bool {
	text := a.paras[pi].Text
	if len(ws) == 0 || !a.lx.IsOrganisationWord(Fold(ws[len(ws)-1].w)) {
		return false
	}
	k := 0
	for k < len(ws)-1 && !opensClause(text, ws[k].start) {
		k++
	}
	if !opensClause(text, ws[k].start) {
		return false
	}
	for i, w := range ws[k : len(ws)-1] {
		f := Fold(w.w)
		switch {
		case i == 0 && (f == "the" || Possessive(w.w)):
		case isCapitalised(w.w) && !a.lx.is("stop", f) || a.lx.IsModifier(f) || a.lx.PortfolioNames(f) != nil || a.nationAdjective(w.w):
		default:
			return false
		}
	}
	return true
}

// opensClause reports a word at off opening its sentence or a clause
// after a comma or a semicolon.
func opensClause(text string, off int) bool {
	t := strings.TrimRight(text[:off], " ")
	return t == "" || strings.ContainsRune(".!?;:,", lastRune(t))
}

// withoutDigitMarks is s without the commas and points inside numbers
// ("480,000", "2.5"): they end no clause.
func withoutDigitMarks(s string) string {
	if !strings.ContainsAny(s, ",.") {
		return s
	}
	b := []byte(s)
	for i := 1; i+1 < len(b); i++ {
		if (b[i] == ',' || b[i] == '.') && isDigitByte(b[i-1]) && isDigitByte(b[i+1]) {
			b[i] = '0'
		}
	}
	return string(b)
}

func isDigitByte(c byte) bool { return c >= '0' && c <= '9' }

// maxNamedColon bounds the words between a naming verb and the colon
// that brings in the quotation it names.
const maxNamedColon = 16

// coordinated is who speaks at a naming verb joined by "and" (or "but")
// to a speech verb before it in its sentence (`Zakharova said the alliance "…" and
// described the remarks as "…"`): that verb's speaker, when no one else
// is named between them; else no one.
func (a *analyser) coordinated(pi int, v verbAt) who {
	p := &a.paras[pi]
	text := p.Text
	before := strings.TrimRight(text[:v.start], " ")
	conj := " and"
	if strings.HasSuffix(before, " but") {
		// "… did not dispute the figure but called it "…"".
		conj = " but"
	} else if !strings.HasSuffix(before, conj) {
		return who{}
	}
	and := len(before) - len(conj)
	if v.v.has("participle") {
		if m := a.gerundSubject(pi, p.sentenceAt(v.start), and); m != nil {
			return a.named(pi, p.sentenceAt(v.start), m)
		}
	}
	// "Asked whether …, he smiled and said:": the subject of the verb
	// the speech verb is joined to, a pronoun or a name right before it.
	if ws := wordsBefore(text, p.sentenceAt(v.start), and, 2); len(ws) == 2 && strings.ToLower(ws[1].w) == ws[1].w && isVerbForm(ws[1].w) && !a.isSpeechForm(ws[1].w) {
		subj := ws[0]
		switch f := Fold(subj.w); f {
		case "he", "she":
			return a.resolvePronoun(pi, subj.start, f)
		}
		if m := p.mentionEndingAt(subj.end); m != nil && !m.possessive {
			return a.named(pi, p.sentenceAt(v.start), m)
		}
	}
	vs := p.verbsIn(p.sentenceAt(v.start), v.start)
	for i := len(vs) - 1; i >= 0; i-- {
		w := p.eventAt(vs[i].start)
		if !w.found() {
			continue
		}
		if len(p.mentionsIn(vs[i].end, v.start)) > 0 {
			return who{}
		}
		return w
	}
	// "Last June, the minister stood in this very place and told us":
	// the verbs joined by "and" share the subject of the clause before
	// it, past a phrase set before that with a comma.
	from := p.sentenceAt(v.start)
	for i := and - 1; i > from; i-- {
		if text[i] == ',' && !p.inside(i) {
			from = i + 1
			break
		}
	}
	if w := a.subjectFrom(pi, from, and, true); w.p != nil {
		return w
	}
	if s := p.sentenceAt(v.start); from > s {
		// "Ostrelia's deputy finance minister, Nadia Orsolan, sitting
		// beside him, did not dispute the figure but called it": the
		// commas set phrases about the sentence's subject.
		if w := a.subjectFrom(pi, s, and, true); w.p != nil {
			return w
		}
	}
	return who{}
}

// gerundSubject is the one named in text[from:and] right before a verb
// in -ing that "and" and a participle of speech go on from: "recalled
// Korolyov leaning across the table and saying", "I remember the
// co-mediator, Selin Aydin, coming into the press room and saying".
// Nil when no one is named so, someone else is named after, or a verb
// of speech stands between.
func (a *analyser) gerundSubject(pi, from, and int) *mention {
	p := &a.paras[pi]
	ms := p.mentionsIn(from, and)
	if len(ms) == 0 {
		return nil
	}
	m := &ms[len(ms)-1]
	if m.possessive || len(p.verbsIn(m.end, and)) > 0 {
		return nil
	}
	rest := strings.TrimLeft(p.Text[m.end:and], ", ")
	ws := wordsAfter(rest, 0, len(rest), 1)
	if len(ws) == 0 || !isLowerWord(ws[0].w) || !strings.HasSuffix(ws[0].w, "ing") || len(ws[0].w) < 5 {
		return nil
	}
	return m
}

// isSpeechForm reports a form of a speech verb ("added", "told").
func (a *analyser) isSpeechForm(w string) bool {
	_, ok := a.lx.SpeechVerb(Fold(w))
	return ok
}

// isVerbForm reports a word shaped like a verb in the past or the
// present of one person ("smiled", "paused", "nods"): a clause of its
// own before "and said".
func isVerbForm(w string) bool {
	return len(w) > 3 && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss"))
}

// appositionEnds reports whether the comma at c closes words about a
// person the sentence names: a relative clause ("Aydın, who chaired the
// session,"), a name ("Turkey's deputy foreign minister, Kerem Aydın,")
// or a role after one ("Kerem Aydın, Turkey's deputy foreign minister,").
func (a *analyser) appositionEnds(pi, c int) bool {
	p := &a.paras[pi]
	text := p.Text
	if p.mentionEndingAt(c) != nil {
		return true
	}
	// "Samuel Okafor, a former adviser who has worked in Angola,
	// Cambodia and Iraq, described …": a list's items, a few words
	// each, are stepped over to the comma the apposition opens at.
	for range maxListItems {
		c0 := p.commaBefore(c)
		if c0 < 0 {
			return false
		}
		if strings.HasPrefix(strings.TrimLeft(text[c0+1:c], " "), "who ") || p.mentionEndingAt(c0) != nil {
			return true
		}
		if WordCount(text[c0+1:c]) > maxListItemWords {
			return false
		}
		c = c0
	}
	return false
}

// maxListItems and maxListItemWords bound the list appositionEnds steps
// over inside an apposition: "Angola, Cambodia and Iraq".
const (
	maxListItems     = 4
	maxListItemWords = 4
)

// commaBefore is the comma before offset c in its sentence, or -1: where
// an apposition closed by the comma at c opens.
func (p *para) commaBefore(c int) int {
	start := p.sentenceAt(c)
	c0 := strings.LastIndexByte(p.Text[start:c], ',')
	if c0 < 0 {
		return -1
	}
	return c0 + start
}

// opensClause reports an object holding a word that opens a clause of
// its own (words.tsv clauseopener): in "welcomed the crossing but that it
// was "…"" the quotation is of the clause, not what the verb names.
func (lx *Lexicon) opensClause(obj string) bool {
	for _, w := range strings.Fields(obj) {
		if lx.isFold("clauseopener", w) {
			return true
		}
	}
	return false
}
