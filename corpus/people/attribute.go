package people

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// Paragraph is a cleaned paragraph as the people model reads it.
type Paragraph struct {
	Text    string
	Section string // the heading it stands under, "" before any
	Num     int    // 1-based paragraph number in the document
}

// Quote is what someone said, as a document gives it.
type Quote struct {
	Speaker string // canonical name; "" when no one person is named in reach
	Role    string // the title given where the words are attributed, else the speaker's
	// Text is the quotation without its marks, or for reported speech
	// the reported clause, exactly as the article writes it.
	Text      string
	Paragraph int
	// Reported marks indirect speech ("Merz said that there had been
	// …"): the article's words about what was said, not a quotation.
	Reported bool
}

// Document is what the people model read in one document.
type Document struct {
	Quotes   []Quote // direct quotations, in reading order
	Reported []Quote // indirect speech of named people, in reading order
	cast     *cast
}

// People lists the people the document names, with how many of passages
// name them.
func (d *Document) People(passages []string) []Person { return d.cast.persons(passages) }

// Options bound the reading of one document.
type Options struct {
	// Deadline, when set, is when reading gives up with ErrBudget.
	Deadline time.Time
	// Steps, when positive, is the most units of work (words, names,
	// quotations) reading may take before ErrBudget, for tests that must
	// not depend on the clock.
	Steps int
}

// ErrBudget reports a document that took longer to read than its budget.
var ErrBudget = errors.New("the article took too long to read")

// MinQuoteWords is the shortest quotation taken as a statement; shorter
// ones ("platinum standard", "Minsk III") are scare quotes or names.
const MinQuoteWords = 4

// maxClause bounds the text read around a quotation for its attribution:
// "said Kremlin spokesman Dmitry Peskov" is a few dozen bytes, and
// reading further would make every quotation pay for its paragraph.
const maxClause = 400

// para is a paragraph with what reading found in it, every list sorted
// by offset so that lookups are binary searches.
type para struct {
	Paragraph
	spans []quoteSpan // quotations
	verbs []verbAt    // speech verbs outside quotations
	ments []mention   // people named outside quotations
	sents []int       // sentence starts, ascending, from 0
	label *label      // an interview label opening the paragraph
	// unclosed is who speaks the quotation left open at the paragraph's
	// end, which the next paragraph may continue.
	unclosed who
}

type analyser struct {
	lx    *Lexicon
	cast  *cast
	paras []para
	opts  Options
	steps int
	err   error
}

// tick counts n units of work and checks the budget every so often.
func (a *analyser) tick(n int) bool {
	if a.err != nil {
		return false
	}
	before := a.steps
	a.steps += n
	if a.opts.Steps > 0 && a.steps > a.opts.Steps {
		a.err = fmt.Errorf("%w (more than %d steps)", ErrBudget, a.opts.Steps)
		return false
	}
	if !a.opts.Deadline.IsZero() && before/4096 != a.steps/4096 && time.Now().After(a.opts.Deadline) {
		a.err = fmt.Errorf("%w (its budget is spent)", ErrBudget)
		return false
	}
	return true
}

// Analyse finds the people and the attributed quotations, direct and
// reported, of a document's paragraphs. Its time is linear in the
// length of the text; opts may bound it further.
func (lx *Lexicon) Analyse(paras []Paragraph, opts Options) (*Document, error) {
	a := &analyser{lx: lx, cast: newCast(lx), opts: opts}
	a.paras = make([]para, len(paras))
	runs := make([][][2]int, len(paras))
	for i, p := range paras {
		pp := &a.paras[i]
		pp.Paragraph = p
		pp.spans = findQuoteSpans(p.Text)
		for _, v := range lx.speechVerbs(p.Text, true) {
			if !pp.inside(v.start) {
				pp.verbs = append(pp.verbs, v)
			}
		}
		pp.sents = lx.sentenceStarts(p.Text, pp.spans)
		runs[i] = lx.capRuns(p.Text)
		// Full names first, so that surnames resolve.
		a.cast.namesIn(p.Text, runs[i])
		if !a.tick(len(p.Text)/16 + len(runs[i]) + len(pp.verbs) + 1) {
			return nil, a.err
		}
	}
	for i := range a.paras {
		a.cast.speakingSurnames(a.paras[i].Text, a.paras[i].verbs)
	}
	// Count the roles afresh on the pass that keeps the mentions, so each
	// is seen once.
	for _, p := range a.cast.byKey {
		p.roles = tally{}
	}
	for i := range a.paras {
		pp := &a.paras[i]
		for _, m := range a.cast.namesIn(pp.Text, runs[i]) {
			if !pp.inside(m.off) {
				pp.ments = append(pp.ments, m)
			}
		}
		if !a.tick(len(pp.ments) + 1) {
			return nil, a.err
		}
	}
	a.findLabels()
	d := &Document{cast: a.cast}
	var said []who
	for i := range a.paras {
		qs, ws := a.paragraphQuotes(i)
		d.Quotes = append(d.Quotes, qs...)
		said = append(said, ws...)
		d.Reported = append(d.Reported, a.reported(i)...)
		if a.err != nil {
			return nil, a.err
		}
	}
	// A quote carries the role given where it is attributed, else the
	// speaker's role in the document (known only now, after every
	// paragraph was read).
	for i, s := range said {
		if s.p == nil {
			continue
		}
		d.Quotes[i].Role = s.at
		if s.at == "" {
			d.Quotes[i].Role = s.p.role(lx)
		}
	}
	for i, q := range d.Reported {
		if m := a.cast.byKey[Key(lx.Surname(q.Speaker))]; m != nil && q.Role == "" {
			d.Reported[i].Role = m.role(lx)
		}
	}
	return d, nil
}

// quoteSpan is one quotation in a paragraph: the marks at open and
// close (close == len(text) when the quotation runs to the end).
type quoteSpan struct {
	open, close int // offsets of the opening mark and of the closing mark
	inner       string
}

// findQuoteSpans pairs straight and curly double quotation marks; an
// opening mark never closed runs to the end of the paragraph, as a
// quotation continued in the next paragraph does.
func findQuoteSpans(text string) []quoteSpan {
	var out []quoteSpan
	open := -1
	openLen := 0
	for i, r := range text {
		if open >= 0 {
			if r == '"' || r == '”' || r == '»' || (r == '“' && text[open] != 0xe2) {
				out = append(out, quoteSpan{open: open, close: i, inner: text[open+openLen : i]})
				open = -1
			}
			continue
		}
		switch r {
		case '"', '“', '«', '„':
			open, openLen = i, utf8.RuneLen(r)
		}
	}
	if open >= 0 {
		out = append(out, quoteSpan{open: open, close: len(text), inner: text[open+openLen:]})
	}
	return out
}

// markEnd is the offset just after the closing mark.
func (q quoteSpan) markEnd(text string) int {
	if q.close >= len(text) {
		return len(text)
	}
	_, n := utf8.DecodeRuneInString(text[q.close:])
	return q.close + n
}

// inside reports whether off lies within a quotation of the paragraph.
func (p *para) inside(off int) bool {
	i := sort.Search(len(p.spans), func(i int) bool { return p.spans[i].close > off })
	return i < len(p.spans) && p.spans[i].open < off
}

// sentenceStarts finds where the sentences of text begin: after a full
// stop, question or exclamation mark and a space outside quotations (not
// an abbreviation's), and after a quotation that ends its own sentence
// (`...do this." She said`).
func (lx *Lexicon) sentenceStarts(text string, spans []quoteSpan) []int {
	out := []int{0}
	k := 0
	for i := 1; i+1 < len(text); i++ {
		for k < len(spans) && spans[k].close < i {
			k++
		}
		if k < len(spans) && spans[k].close == i && i > spans[k].open {
			if strings.ContainsRune(".!?", lastMeaningful(spans[k].inner)) {
				out = append(out, spans[k].markEnd(text))
			}
			continue
		}
		if k < len(spans) && spans[k].open < i && i < spans[k].close {
			continue
		}
		c := text[i]
		if (c == '.' || c == '!' || c == '?') && text[i+1] == ' ' && !lx.abbreviation(text[max(0, i-16):i+1]) {
			out = append(out, i+1)
		}
	}
	sort.Ints(out)
	return out
}

// sentenceAt is the start of the sentence holding off.
func (p *para) sentenceAt(off int) int {
	i := sort.Search(len(p.sents), func(i int) bool { return p.sents[i] >= off })
	if i == 0 {
		return 0
	}
	return p.sents[i-1]
}

// sentenceEnd is where the sentence starting at or before off ends.
func (p *para) sentenceEnd(off int) int {
	i := sort.Search(len(p.sents), func(i int) bool { return p.sents[i] > off })
	if i == len(p.sents) {
		return len(p.Text)
	}
	return p.sents[i]
}

// mentionsIn returns the mentions starting in [from, to).
func (p *para) mentionsIn(from, to int) []mention {
	i := sort.Search(len(p.ments), func(i int) bool { return p.ments[i].off >= from })
	j := sort.Search(len(p.ments), func(i int) bool { return p.ments[i].off >= to })
	if j < i {
		return nil
	}
	return p.ments[i:j]
}

// mentionEndingAt returns the mention whose name ends at end, if any.
func (p *para) mentionEndingAt(end int) *mention {
	i := sort.Search(len(p.ments), func(i int) bool { return p.ments[i].end >= end })
	if i < len(p.ments) && p.ments[i].end == end {
		return &p.ments[i]
	}
	return nil
}

// verbsIn returns the speech verbs starting in [from, to).
func (p *para) verbsIn(from, to int) []verbAt {
	i := sort.Search(len(p.verbs), func(i int) bool { return p.verbs[i].start >= from })
	j := sort.Search(len(p.verbs), func(i int) bool { return p.verbs[i].start >= to })
	if j < i {
		return nil
	}
	return p.verbs[i:j]
}

// who is what an attribution found: a person, an unnamed source's role,
// or a subject that names no one person (which blocks guessing).
type who struct {
	p       *member
	at      string // the role the text gives p right where it names p
	role    string // unnamed source ("US official")
	blocked bool
}

func (w who) found() bool { return w.p != nil || w.role != "" || w.blocked }

var blocked = who{blocked: true}

// paragraphQuotes attributes the quotations of paragraph pi.
func (a *analyser) paragraphQuotes(pi int) ([]Quote, []who) {
	p := &a.paras[pi]
	text := p.Text
	var out []Quote
	var said []who
	if p.label != nil && p.label.answer != nil {
		body := strings.TrimSpace(text[p.label.end:])
		if wordCount(body) >= MinQuoteWords {
			w := who{p: p.label.answer}
			w.p.quotes++
			out = append(out, Quote{Speaker: w.p.canonical(), Text: body, Paragraph: p.Num})
			said = append(said, w)
		}
	}
	// The last attribution in the paragraph so far, for a quotation
	// standing on its own.
	var last who
	lastOff := -1
	for si, s := range p.spans {
		if !a.tick(1) {
			return nil, nil
		}
		inner := strings.Trim(s.inner, " ")
		if wordCount(inner) < MinQuoteWords || a.lx.quotedTitle(text, s) {
			continue
		}
		w := a.attribute(pi, s)
		if !w.found() && p.label == nil {
			// A quotation standing on its own continues the last speaker
			// of the paragraph: one attributed before it, or the subject
			// of a speech verb before it.
			cont, off := last, lastOff
			if vw, voff := a.lastSpeechEvent(pi, s.open); voff > off {
				cont = vw
			}
			w = cont
			// One opening the paragraph continues the quotation the last
			// paragraph left open.
			if !w.found() && si == 0 && strings.TrimSpace(text[:s.open]) == "" {
				w = a.continuedQuote(pi)
			}
		}
		q := Quote{Text: inner, Paragraph: p.Num}
		switch {
		case w.p != nil:
			w.p.quotes++
			w.p.quoteRoles.add(w.at)
			q.Speaker = w.p.canonical()
		case w.role != "":
			q.Role = w.role
		}
		if w.found() {
			last, lastOff = w, s.open
		}
		if s.close == len(text) {
			p.unclosed = w
		}
		out = append(out, q)
		said = append(said, w)
	}
	return out, said
}

// continuedQuote is who speaks a quotation opening paragraph pi with no
// attribution of its own: the speaker of the quotation the paragraph
// before left open, as a quotation running over paragraphs is written.
func (a *analyser) continuedQuote(pi int) who {
	if pi == 0 || a.paras[pi-1].Section != a.paras[pi].Section {
		return who{}
	}
	return a.paras[pi-1].unclosed
}

// lastSpeechEvent is the subject of the last speech verb before off in
// paragraph pi ("Stewart said it would... "But I think...""), with the
// verb's offset; -1 when there is none.
func (a *analyser) lastSpeechEvent(pi, off int) (who, int) {
	p := &a.paras[pi]
	vs := p.verbsIn(0, off)
	for k, tries := len(vs)-1, 0; k >= 0 && tries < 4; k, tries = k-1, tries+1 {
		v := vs[k]
		if v.v.Kind == "according" {
			continue
		}
		if w := a.speakerAt(pi, v); w.found() {
			return w, v.start
		}
	}
	return who{}, -1
}

// attribute finds who speaks a quotation from the words of its sentence:
// the clause after it ("…," said X / X said), else a speech verb before
// it in its sentence (X said: "…", according to X, "…").
func (a *analyser) attribute(pi int, s quoteSpan) who {
	p := &a.paras[pi]
	text := p.Text
	end := s.markEnd(text)
	after := text[end:min(len(text), end+maxClause)]
	clause := after[:a.lx.clauseEnd(after)]
	if vs := p.verbsIn(end, end+len(clause)); len(vs) > 0 {
		v := vs[0]
		lead := strings.TrimLeft(text[end:v.start], " ,—–-")
		switch {
		case lead == "" && v.v.Kind != "according":
			// `"…," said X`
			if w := a.subjectAfter(pi, v.end, end+len(clause)); w.found() {
				return w
			}
		case v.v.Kind == "according":
			if w := a.subjectAfter(pi, v.end, end+len(clause)); w.found() {
				return w
			}
		default:
			// `"…," X said`
			if w := a.subjectBefore(pi, end, v); w.found() {
				return w
			}
		}
	}
	// Before the quotation, in its own sentence: `he said: "..."`.
	start := p.sentenceAt(s.open)
	vs := p.verbsIn(start, s.open)
	for k := len(vs) - 1; k >= 0 && k >= len(vs)-3; k-- {
		v := vs[k]
		if v.v.Kind == "according" {
			// "According to X, ..."
			return a.subjectAfter(pi, v.end, s.open)
		}
		w := a.subjectOf(pi, v)
		if w.found() && !w.participleNoun {
			return w.who
		}
	}
	return who{}
}

// speakerAt is who speaks at a speech verb outside quotations: the name
// after it when it follows a quotation (`…," said X`), else its subject.
func (a *analyser) speakerAt(pi int, v verbAt) who {
	p := &a.paras[pi]
	if q := p.quoteBefore(v.start); q >= 0 && strings.TrimLeft(p.Text[q:v.start], " ,—–-") == "" {
		after := p.Text[v.end:min(len(p.Text), v.end+maxClause)]
		return a.subjectAfter(pi, v.end, v.end+a.lx.clauseEnd(after))
	}
	return a.subjectOf(pi, v).who
}

// quoteBefore is the end of the last quotation closing before off, or -1.
func (p *para) quoteBefore(off int) int {
	i := sort.Search(len(p.spans), func(i int) bool { return p.spans[i].close >= off })
	if i == 0 {
		return -1
	}
	return p.spans[i-1].markEnd(p.Text)
}

// subjectOf finds who speaks at speech verb v: the subject before it
// (the head of the words after the last comma), else the subject of its
// sentence ("Marco Rubio, who led the US team, said").
func (a *analyser) subjectOf(pi int, v verbAt) subject {
	p := &a.paras[pi]
	start := p.sentenceAt(v.start)
	from := max(start, p.quoteBefore(v.start))
	for i := v.start - 1; i >= from && i >= v.start-maxClause; i-- {
		if (p.Text[i] == ',' || p.Text[i] == ';' || p.Text[i] == ':') && !p.inside(i) {
			from = i + 1
			break
		}
	}
	w := a.headBefore(pi, from, v)
	if w.found() || w.participleNoun {
		return w
	}
	return subject{who: a.sentenceSubject(pi, start, v.start)}
}

// subject is a who, or the sign that the verb's subject is a noun the
// verb describes ("a statement posted on Telegram"), so an earlier verb
// of the sentence speaks.
type subject struct {
	who
	participleNoun bool
}

// subjectBefore is subjectOf for a clause after a quotation: the subject
// stands between the quotation and the verb.
func (a *analyser) subjectBefore(pi, from int, v verbAt) who {
	p := &a.paras[pi]
	for i := v.start - 1; i >= from; i-- {
		if p.Text[i] == ',' || p.Text[i] == ';' {
			if w := a.headBefore(pi, i+1, v); w.found() {
				return w.who
			}
			return a.sentenceSubject(pi, from, v.start)
		}
	}
	w := a.headBefore(pi, from, v)
	return w.who
}

// adverbs may stand between a subject and its verb ("Peskov also said").
func (lx *Lexicon) adverb(w string) bool {
	return lx.is("adverb", w) || len(w) > 4 && strings.HasSuffix(w, "ly") && !lx.IsTitleNoun(w)
}

// headBefore reads the subject standing right before verb v, in the
// words from `from`: a pronoun, a name, a role ("the spokesman", "a
// senior diplomat"), or a noun naming no person ("the Kremlin", "Merz's
// office"), which blocks.
func (a *analyser) headBefore(pi, from int, v verbAt) subject {
	p := &a.paras[pi]
	text := p.Text
	from = max(from, v.start-maxClause)
	ws := wordsBefore(text, from, v.start, 8)
	// Skip adverbs and auxiliaries: "Peskov also said", "he has said".
	for len(ws) > 0 && (a.lx.adverb(Fold(ws[len(ws)-1].w))) {
		ws = ws[:len(ws)-1]
	}
	if len(ws) == 0 {
		if v.v.has("participle") {
			return subject{}
		}
		return subject{}
	}
	h := ws[len(ws)-1]
	hw := Fold(h.w)
	switch hw {
	case "he", "she":
		return subject{who: a.resolvePronoun(pi, h.start, hw)}
	case "and", "but", "or", "then", "who":
		// "He said … but warned:", "Rubio, who …": the sentence's subject.
		return subject{}
	}
	if a.lx.is("group", hw) || hw == "i" || hw == "you" || hw == "it" {
		return subject{who: blocked}
	}
	if m := p.mentionEndingAt(h.end); m != nil && m.off >= from {
		return subject{who: a.named(pi, from, m)}
	}
	// "Susan Stewart from the German Institute … (SWP) told": a name and
	// the affiliation read as its role.
	if ms := p.mentionsIn(from, v.start); len(ms) > 0 {
		m := &ms[len(ms)-1]
		rest := p.Text[m.end:v.start]
		if m.role != "" && strings.Contains(rest, m.role) && wordCount(strings.Replace(rest, m.role, "", 1)) <= 3 {
			return subject{who: a.named(pi, from, m)}
		}
	}
	return subject{who: a.nounSubject(pi, from, ws)}
}

// roleStart is where mention m begins with the role the text gives it
// right before the name ("Secretary of State Marco Rubio").
func (p *para) roleStart(m *mention) int {
	if m.role == "" {
		return m.off
	}
	start := max(0, m.off-len(m.role)-2)
	before := strings.TrimRight(p.Text[start:m.off], " ")
	if strings.HasSuffix(before, m.role) {
		return start + len(before) - len(m.role)
	}
	return m.off
}

// named is who a name heading a subject stands for: the person, unless
// the name hangs off a role ("the spokesman for Russian President
// Vladimir Putin") or joins a group ("Merz and Zelensky").
func (a *analyser) named(pi, from int, m *mention) who {
	p := &a.paras[pi]
	before := wordsBefore(p.Text, from, p.roleStart(m), 8)
	// Skip the role words the mention carries.
	i := len(before)
	for i > 0 {
		w := before[i-1].w
		r, _ := utf8.DecodeRuneInString(w)
		if a.lx.IsTitleNoun(w) || a.lx.IsModifier(StripPossessive(w)) || unicode.IsUpper(r) && !a.lx.is("stop", w) {
			i--
			continue
		}
		break
	}
	if i > 0 {
		w := Fold(before[i-1].w)
		switch {
		case w == "and" || w == "&" || w == "or":
			return blocked
		case a.lx.is("preposition", w):
			// "the spokesman for Putin", "an aide to Zelensky": the role
			// speaks, not the name.
			if np := nounPhraseBefore(a.lx, before[:i-1]); np != "" {
				return a.roleSubject(pi, m.off, np)
			}
			return blocked
		}
	}
	return who{p: m.p, at: m.role}
}

// nounPhraseBefore returns the role phrase ending the words ws ("the
// spokesman", "a senior aide"), or "".
func nounPhraseBefore(lx *Lexicon, ws []word) string {
	if len(ws) == 0 || !lx.IsTitleNoun(singular(lx, ws[len(ws)-1].w)) {
		return ""
	}
	i := len(ws) - 1
	for i > 0 {
		w := ws[i-1].w
		if lx.IsModifier(StripPossessive(w)) || lx.IsTitleNoun(w) || Possessive(w) || isDeterminer(w) {
			i--
			if isDeterminer(w) {
				break
			}
			continue
		}
		break
	}
	var parts []string
	for _, w := range ws[i:] {
		parts = append(parts, w.w)
	}
	return strings.Join(parts, " ")
}

func isDeterminer(w string) bool {
	switch strings.ToLower(w) {
	case "the", "a", "an", "one", "another", "two", "three", "several":
		return true
	}
	return false
}

// singular drops a plural's s when the singular is a title noun.
func singular(lx *Lexicon, w string) string {
	if strings.HasSuffix(w, "s") && lx.IsTitleNoun(strings.TrimSuffix(w, "s")) {
		return strings.TrimSuffix(w, "s")
	}
	return w
}

// nounSubject reads a subject that is not a name: a role or an unnamed
// source, or a thing that names no person (blocked).
func (a *analyser) nounSubject(pi, from int, ws []word) who {
	h := ws[len(ws)-1]
	hw := Fold(h.w)
	// A participle describing a noun: "in a statement posted on ...".
	if np := nounPhraseBefore(a.lx, ws); np != "" {
		return a.roleSubject(pi, h.start, np)
	}
	r, _ := utf8.DecodeRuneInString(h.w)
	if unicode.IsUpper(r) || unicode.IsLower(r) {
		// "the Kremlin said", "Merz's office said", "the report said".
		_ = hw
		return blocked
	}
	return who{}
}

// roleSubject resolves a role phrase heading a subject: "the spokesman"
// is the person last named with that title; "a senior diplomat" is an
// unnamed source.
func (a *analyser) roleSubject(pi, off int, np string) who {
	ws := strings.Fields(np)
	det := strings.ToLower(ws[0])
	noun := singular(a.lx, ws[len(ws)-1])
	plural := noun != ws[len(ws)-1]
	var mods []string
	for _, w := range ws[:len(ws)-1] {
		if !isDeterminer(w) {
			mods = append(mods, w)
		}
	}
	role := strings.Join(ws[boolInt(isDeterminer(ws[0])):], " ")
	if plural {
		return who{role: role, blocked: true}
	}
	if det == "the" || Possessive(ws[0]) && len(ws) <= 3 {
		if p := a.byRole(pi, off, noun, mods); p != nil {
			return who{p: p}
		}
		// "the minister" is someone the text knows and we do not: no
		// name, and no role that would read as a description of them.
		return blocked
	}
	return who{role: role, blocked: true}
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// subjectAfter reads the subject after a speech verb (`…," said X`),
// or after "according to": a name, a pronoun, or a role.
func (a *analyser) subjectAfter(pi, from, to int) who {
	p := &a.paras[pi]
	text := p.Text
	ws := wordsAfter(text, from, to, 10)
	if len(ws) == 0 {
		return who{}
	}
	switch Fold(ws[0].w) {
	case "he", "she":
		return a.resolvePronoun(pi, ws[0].start, Fold(ws[0].w))
	case "they", "we":
		return blocked
	}
	for _, m := range p.mentionsIn(from, to) {
		if m.possessive {
			// "said Zelensky's spokesman": the spokesman speaks.
			continue
		}
		// Words between the verb and the name: role words, or a role
		// the name hangs off ("said the spokesman for President Putin").
		between := wordsAfter(text, from, m.off, 12)
		for k, w := range between {
			if a.lx.is("preposition", Fold(w.w)) {
				if np := nounPhraseBefore(a.lx, between[:k]); np != "" {
					return a.roleSubject(pi, from, np)
				}
				return blocked
			}
		}
		return who{p: m.p, at: m.role}
	}
	// No name: a role or an unnamed source ("said a senior diplomat").
	var np []word
	for _, w := range ws {
		if strings.ContainsAny(w.w, ",;:") {
			np = append(np, word{w: strings.TrimRight(w.w, ",;:"), start: w.start, end: w.end})
			break
		}
		np = append(np, w)
		if a.lx.IsTitleNoun(singular(a.lx, w.w)) {
			break
		}
	}
	if phrase := nounPhraseBefore(a.lx, np); phrase != "" {
		return a.roleSubject(pi, from, phrase)
	}
	return blocked
}

// sentenceSubject is the first person named in text[from:to] who is not
// inside a phrase opened by a preposition or a possessive: the subject of
// a sentence whose verb comes after a relative clause.
func (a *analyser) sentenceSubject(pi, from, to int) who {
	p := &a.paras[pi]
	if ws := wordsAfter(p.Text, from, to, 1); len(ws) == 1 && ws[0].end < to {
		switch w := Fold(strings.TrimRight(ws[0].w, ",")); w {
		case "he", "she":
			return a.resolvePronoun(pi, ws[0].start, w)
		case "they", "we":
			return blocked
		}
	}
	ms := p.mentionsIn(from, to)
	for k := 0; k < len(ms) && k < 20; k++ {
		m := ms[k]
		if m.possessive || m.end > to || a.prepositional(pi, from, &m) {
			continue
		}
		return a.named(pi, from, &ms[k])
	}
	return who{}
}

// prepositional reports whether mention m stands in a phrase opened by a
// preposition ("Standing next to Merz, ...", "with Merz"): not a
// subject.
func (a *analyser) prepositional(pi, sentStart int, m *mention) bool {
	p := &a.paras[pi]
	before := wordsBefore(p.Text, sentStart, p.roleStart(m), 8)
	i := len(before)
	for i > 0 {
		w := before[i-1].w
		r, _ := utf8.DecodeRuneInString(w)
		if a.lx.IsTitleNoun(w) || a.lx.IsModifier(StripPossessive(w)) || unicode.IsUpper(r) && !a.lx.is("stop", w) && !a.lx.is("preposition", w) {
			i--
			continue
		}
		break
	}
	if i > 0 && a.lx.is("preposition", Fold(strings.Trim(before[i-1].w, ",;"))) {
		return true
	}
	// A sentence opening with a preposition or participle: what comes
	// before its first comma is not the subject.
	if len(before) > 0 {
		first := Fold(before[0].w)
		if a.lx.is("preposition", first) || strings.HasSuffix(first, "ing") {
			for _, w := range before {
				if strings.HasSuffix(w.w, ",") {
					return false
				}
			}
			return true
		}
	}
	return false
}

// resolvePronoun finds the person "he" or "she" at off refers to. It
// reads back sentence by sentence, in the paragraph and (in the same
// section) the one before, to the first sentence naming someone who fits
// (gender from a given name, a known figure or a title): its subject
// if that fits, else the one fitting person it names; two would be a
// guess, so none. In the pronoun's own sentence only a subject counts
// ("Standing next to Merz, he said" is not Merz).
func (a *analyser) resolvePronoun(pi, off int, pronoun string) who {
	want := Male
	if pronoun == "she" {
		want = Female
	}
	fits := func(m *mention) bool {
		return !m.possessive && (m.p.gender == Unknown || m.p.gender == want)
	}
	sentences := 0
	for i := pi; i >= 0 && i >= pi-1; i-- {
		p := &a.paras[i]
		if i < pi && p.Section != a.paras[pi].Section {
			break
		}
		end := len(p.Text)
		if i == pi {
			end = off
		}
		for end > 0 && sentences < 12 {
			start := p.sentenceAt(end)
			if start == end {
				start = p.sentenceAt(end - 1)
			}
			own := i == pi && sentences == 0
			sentences++
			ms := p.mentionsIn(start, end)
			var others []*member
			subjectSeen := false
			for k := 0; k < len(ms) && k < 20; k++ {
				m := &ms[k]
				if !fits(m) {
					if !m.possessive && !subjectSeen && !a.prepositional(i, start, m) {
						subjectSeen = true
					}
					continue
				}
				if !subjectSeen && !a.prepositional(i, start, m) {
					subjectSeen = true
					if g := a.named(i, start, m); g.p != nil {
						return who{p: g.p}
					}
					return blocked
				}
				if !containsMember(others, m.p) {
					others = append(others, m.p)
				}
			}
			if !own && len(others) > 0 {
				if len(others) == 1 {
					return who{p: others[0]}
				}
				return blocked
			}
			if start == 0 {
				break
			}
			end = start
		}
	}
	return blocked
}

func containsMember(list []*member, p *member) bool {
	for _, x := range list {
		if x == p {
			return true
		}
	}
	return false
}

// byRole finds the one person named before off (in this paragraph or the
// three before it) whose title has noun as its head and fits the
// modifiers' nationality ("the Russian representative"); nil when none,
// or when two different people would fit.
func (a *analyser) byRole(pi, off int, noun string, mods []string) *member {
	if !a.lx.IsTitleNoun(noun) {
		return nil
	}
	want := a.lx.titleGender(noun)
	var nation *Nation
	for _, m := range mods {
		if n, ok := a.lx.Nation(m); ok {
			nation = &n
		}
	}
	var found *member
	for i := pi; i >= 0 && i >= pi-3; i-- {
		ms := a.paras[i].ments
		if i == pi {
			ms = a.paras[i].mentionsIn(0, off)
		}
		for k := len(ms) - 1; k >= 0 && k >= len(ms)-40; k-- {
			m := &ms[k]
			if want != Unknown && m.p.gender != Unknown && m.p.gender != want {
				continue
			}
			if !a.lx.roleHeadIs(m.role, noun) && !m.p.hasRoleHead(a.lx, noun) {
				continue
			}
			if nation != nil && !a.lx.roleOfNation(m, *nation) {
				continue
			}
			if found != nil && found != m.p {
				return nil
			}
			found = m.p
		}
	}
	return found
}

// roleHeadIs reports whether role's head noun is noun, or of its class
// ("spokesperson" for a spokesman). A head is the last title noun, with
// the noun before it when that is one too: "Secretary General" is not a
// general.
func (lx *Lexicon) roleHeadIs(role, noun string) bool {
	ws := strings.Fields(role)
	for i := len(ws) - 1; i >= 0; i-- {
		w := strings.Trim(ws[i], ",()")
		if !lx.IsTitleNoun(w) {
			continue
		}
		if i > 0 && lx.IsTitleNoun(ws[i-1]) && !lx.IsModifier(ws[i-1]) {
			return false
		}
		return lx.sameTitle(w, noun)
	}
	return false
}

// sameTitle reports whether two title nouns name one title.
func (lx *Lexicon) sameTitle(a, b string) bool {
	a, b = Fold(a), Fold(b)
	if a == b {
		return true
	}
	ta, tb := lx.titles[a], lx.titles[b]
	return ta != nil && tb != nil && ta.Class != "" && ta.Class == tb.Class
}

// hasRoleHead reports whether a title the document gives the person, or
// a known figure's usual title when it gives none, has noun as its head.
func (p *member) hasRoleHead(lx *Lexicon, noun string) bool {
	for _, r := range p.roles.order {
		if lx.roleHeadIs(r, noun) {
			return true
		}
	}
	for _, r := range p.quoteRoles.order {
		if lx.roleHeadIs(r, noun) {
			return true
		}
	}
	// "the German chancellor" after "Merz met Macron": a well-known
	// figure's usual title counts when the article gives none.
	return p.known != nil && p.roles.empty() && lx.roleHeadIs(p.known.Role, noun)
}

// roleOfNation reports whether the person's titles name the nation.
func (lx *Lexicon) roleOfNation(m *mention, n Nation) bool {
	roles := append([]string{m.role}, m.p.roles.order...)
	if m.p.known != nil {
		roles = append(roles, m.p.known.Role)
	}
	for _, r := range roles {
		for _, w := range strings.Fields(r) {
			if x, ok := lx.Nation(strings.Trim(w, ",()")); ok && x.Country == n.Country {
				return true
			}
		}
	}
	return false
}

// word is a whitespace-separated word of a text, at [start, end).
type word struct {
	w          string
	start, end int
}

// wordsBefore returns at most n words of text[from:to], the last ones,
// trimmed of quotation marks and brackets.
func wordsBefore(text string, from, to, n int) []word {
	var out []word
	end := to
	for end > from && len(out) < n {
		for end > from && isSpaceByte(text[end-1]) {
			end--
		}
		if end <= from {
			break
		}
		start := end
		for start > from && !isSpaceByte(text[start-1]) {
			start--
		}
		if w := trimWord(text, start, end); w.w != "" {
			out = append(out, w)
		}
		end = start
	}
	for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
		out[i], out[j] = out[j], out[i]
	}
	return out
}

// wordsAfter returns at most n words of text[from:to], the first ones.
func wordsAfter(text string, from, to, n int) []word {
	var out []word
	i := from
	for i < to && len(out) < n {
		for i < to && isSpaceByte(text[i]) {
			i++
		}
		start := i
		for i < to && !isSpaceByte(text[i]) {
			i++
		}
		if start < i {
			if w := trimWord(text, start, i); w.w != "" {
				out = append(out, w)
			}
		}
	}
	return out
}

func isSpaceByte(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

// trimWord drops quotation marks, brackets and a trailing full stop
// from a word, keeping its offsets honest; a trailing comma stays, as a
// clause boundary.
func trimWord(text string, start, end int) word {
	for start < end {
		r, n := utf8.DecodeRuneInString(text[start:end])
		if !strings.ContainsRune("\"“”„«»'‘(—–-", r) {
			break
		}
		start += n
	}
	for end > start {
		r, n := utf8.DecodeLastRuneInString(text[start:end])
		if !strings.ContainsRune("\"“”„«»'’)—–-.", r) || (r == '\'' || r == '’') && end-n > start && Possessive(text[start:end]) {
			break
		}
		end -= n
	}
	return word{w: text[start:end], start: start, end: end}
}

// quotedTitle reports whether a quotation is the name of a document
// rather than words someone said: short, capitalised, without a sentence
// inside, introduced by a possessive or a preposition and article ("In
// their "Leader's statement on Ukraine," European leaders referred to"),
// with the sentence going on after it.
func (lx *Lexicon) quotedTitle(text string, s quoteSpan) bool {
	inner := strings.TrimSpace(s.inner)
	r, _ := utf8.DecodeRuneInString(inner)
	if !unicode.IsUpper(r) || wordCount(inner) > 10 || strings.ContainsAny(strings.TrimRight(inner, ","), ".!?;:") {
		return false
	}
	// The sentence goes on: the title is not its last words.
	rest := strings.TrimLeft(text[s.markEnd(text):], " ,")
	if rest == "" || strings.ContainsRune(".!?", rune(rest[0])) {
		return false
	}
	words := lastFields(text[:s.open], 3)
	if len(words) == 0 {
		return false
	}
	det := strings.ToLower(words[len(words)-1])
	switch {
	case det == "their" || det == "his" || det == "her" || det == "its" || det == "our":
		return true
	case Possessive(det):
		return true
	case det == "titled" || det == "entitled":
		return true
	case det == "the" || det == "a" || det == "an" || det == "this" || det == "that":
		if len(words) < 2 {
			return false
		}
		prep := strings.ToLower(strings.Trim(words[len(words)-2], ",;"))
		// "according to the": not "to a ...", which introduces words.
		return lx.is("titleprep", prep) || prep == "to" && len(words) >= 3 && strings.EqualFold(words[len(words)-3], "according")
	}
	return false
}

// clauseEnd is where the attribution clause after a quotation ends: at the
// sentence end or the next quotation, but not at the full stop of an
// abbreviation or an initial ("said Dr. Anna Schmidt", "said J. D. Vance").
func (lx *Lexicon) clauseEnd(after string) int {
	for from := 0; ; {
		i := strings.IndexAny(after[from:], ".!?\"“")
		if i < 0 {
			return len(after)
		}
		i += from
		if after[i] != '.' || !lx.abbreviation(after[:i+1]) {
			return i
		}
		from = i + 1
	}
}

// lastMeaningful returns the last rune of s that is not a closing quote or
// bracket, so that `...said."` ends in '.'.
func lastMeaningful(s string) rune {
	s = strings.TrimRight(s, " \"'”’»)]*_")
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}
