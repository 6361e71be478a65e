package corpus

import (
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// minQuoteWords is the shortest quotation taken as a statement; shorter
// ones ("platinum standard", "Minsk III") are scare quotes or names.
const minQuoteWords = 4

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

func inside(spans []quoteSpan, off int) bool {
	for _, s := range spans {
		if off > s.open && off < s.close {
			return true
		}
	}
	return false
}

var (
	reAfterVerbFirst = regexp.MustCompile(`^[\s,]*(?:` + speechVerbRE + `)\s+(.+)`)
	reAfterSubjFirst = regexp.MustCompile(`^[\s,—–-]*(.{1,100}?)\s+(?:` + speechVerbRE + `)\b`)
	rePronoun        = regexp.MustCompile(`(?i)^\W*(he|she|they|i|we)\b`)
	reRoleRef        = regexp.MustCompile(`(?i)^\W*the\s+(?:[\p{L}'’\-]+\s+){0,2}?([\p{L}\-]+)\W*$`)
	reSubjPronoun    = regexp.MustCompile(`(?i)\b(he|she)\s*$`)
	reUnnamed        = regexp.MustCompile(`((?:(?:\p{Lu}[\p{L}'’.\-]*|\p{L}+s'|senior|top|unnamed|anonymous|western|russian|ukrainian|european|american|german|french|british)\s+){0,3}(?:official|officials|diplomat|diplomats|source|sources|spokesperson|aide|aides|negotiator|negotiators|statement|leaders|analyst|analysts|adviser|advisers|ministry|government))\b`)
)

// who is what an attribution found: a person, an unnamed source's role,
// or a pronoun that could not be resolved (which blocks guessing).
type who struct {
	p       *docPerson
	at      string // the role the text gives p right where it names p
	role    string // unnamed source ("US official")
	blocked bool
}

func (w who) found() bool { return w.p != nil || w.role != "" || w.blocked }

// analysis reads the quotations and people of one document.
type analysis struct {
	ps    *people
	paras []paragraph
	spans [][]quoteSpan
	ments [][]mention // per paragraph, outside quotations
}

// analyse finds the people and the attributed quotations of a document.
func analyse(paras []paragraph) ([]Quote, *people) {
	a := &analysis{ps: newPeople(), paras: paras}
	a.spans = make([][]quoteSpan, len(paras))
	a.ments = make([][]mention, len(paras))
	runs := make([][][2]int, len(paras))
	for i, p := range paras {
		a.spans[i] = findQuoteSpans(p.text)
		runs[i] = capRuns(p.text)
		a.ps.findNamesIn(p.text, runs[i]) // full names first, so surnames resolve
	}
	for _, p := range paras {
		a.ps.speakingSurnames(p.text)
	}
	// Count the roles afresh on the pass that keeps the mentions, so each
	// is seen once.
	for _, p := range a.ps.byKey {
		p.roles = roleTally{}
	}
	for i, p := range paras {
		for _, m := range a.ps.findNamesIn(p.text, runs[i]) {
			if !inside(a.spans[i], m.off) {
				a.ments[i] = append(a.ments[i], m)
			}
		}
	}
	var quotes []Quote
	var said []attributed
	for i := range paras {
		qs, ss := a.paragraphQuotes(i)
		quotes = append(quotes, qs...)
		said = append(said, ss...)
	}
	// A quote carries the role given where it is attributed, else the
	// speaker's role in the document (known only now, after every
	// paragraph was read).
	for i, s := range said {
		if s.p == nil {
			continue
		}
		quotes[i].Role = s.at
		if s.at == "" {
			quotes[i].Role = s.p.role()
		}
	}
	return quotes, a.ps
}

// attributed is who a quote was attributed to, beside the quote.
type attributed struct {
	p  *docPerson
	at string
}

// event is a point in a paragraph where someone is said to speak.
type event struct {
	off int
	w   who
}

func (a *analysis) paragraphQuotes(pi int) ([]Quote, []attributed) {
	text := a.paras[pi].text
	spans := a.spans[pi]
	// Sentences outside quotations that report speech ("Stewart said it
	// would...") make their subject the paragraph's current speaker.
	var events []event
	for _, m := range speechVerbs(text, true) {
		if inside(spans, m[0]) {
			continue
		}
		if w := a.subjectBefore(pi, text[:m[0]], m[0], true); w.found() {
			events = append(events, event{off: m[0], w: w})
		}
	}
	var out []Quote
	var said []attributed
	for _, s := range spans {
		inner := strings.Trim(s.inner, " ")
		if wordCount(inner) < minQuoteWords || quotedTitle(text, s) {
			continue
		}
		w := a.attribute(pi, s)
		if !w.found() {
			// A quotation standing on its own continues the last speaker
			// of the paragraph.
			for _, e := range events {
				if e.off < s.open {
					w = e.w
				}
			}
		}
		q := Quote{Text: inner, Paragraph: a.paras[pi].num}
		switch {
		case w.p != nil:
			w.p.quotes++
			w.p.quoteRoles.add(w.at)
			q.Speaker = w.p.canonical()
		case w.role != "":
			q.Role = w.role
		}
		if w.found() {
			events = append(events, event{off: s.open, w: w})
			sort.SliceStable(events, func(i, j int) bool { return events[i].off < events[j].off })
		}
		out = append(out, q)
		said = append(said, attributed{p: w.p, at: w.at})
	}
	return out, said
}

// attribute finds who speaks a quotation from the words of its sentence.
func (a *analysis) attribute(pi int, s quoteSpan) who {
	text := a.paras[pi].text
	end := s.markEnd(text)
	after := text[end:]
	clause := after[:clauseEnd(after)]
	if hasSpeechVerb(clause) {
		if m := reAfterVerbFirst.FindStringSubmatchIndex(clause); m != nil {
			if w := a.subjectIn(pi, end+m[2], end+m[3], false); w.found() {
				return w
			}
		}
		if m := reAfterSubjFirst.FindStringSubmatchIndex(clause); m != nil {
			if w := a.subjectIn(pi, end+m[2], end+m[3], true); w.found() {
				return w
			}
		}
	}
	// Before the quotation, in its own sentence: `he said: "..."`.
	start := sentenceStartBefore(text, s.open, a.spans[pi])
	before := text[start:s.open]
	var verbs [][2]int
	for _, v := range speechVerbs(before, true) {
		if !inside(a.spans[pi], start+v[0]) {
			verbs = append(verbs, v)
		}
	}
	if len(verbs) == 0 {
		return who{}
	}
	v := verbs[len(verbs)-1]
	if strings.EqualFold(before[v[0]:v[1]], "according to") {
		return a.subjectIn(pi, start+v[1], s.open, false)
	}
	// The subject nearest the verb, then the sentence's subject.
	from := -1
	for i := v[0] - 1; i >= 0; i-- {
		if (before[i] == ',' || before[i] == ';') && !inside(a.spans[pi], start+i) {
			from = i
			break
		}
	}
	if w := a.subjectIn(pi, start+from+1, start+v[0], true); w.found() {
		return w
	}
	return a.subjectIn(pi, start, start+v[0], false)
}

// sentenceStartBefore finds where the sentence holding off begins.
func sentenceStartBefore(text string, off int, spans []quoteSpan) int {
	for i := off - 1; i > 0; i-- {
		c := text[i]
		if (c == '.' || c == '!' || c == '?') && i+1 < len(text) && text[i+1] == ' ' && !inside(spans, i) && !abbreviation(text[:i+1]) {
			return i + 1
		}
		// A quotation that ends its own sentence: `...do this." She said`.
		for _, s := range spans {
			if s.close == i && s.close < off && strings.ContainsRune(".!?", lastMeaningful(s.inner)) {
				return s.markEnd(text)
			}
		}
	}
	return 0
}

// subjectBefore finds who is speaking when a speech verb sits at verbOff:
// the name or pronoun right before it.
func (a *analysis) subjectBefore(pi int, before string, verbOff int, _ bool) who {
	tail := before[max(0, len(before)-12):]
	if m := reSubjPronoun.FindStringSubmatch(tail); m != nil {
		return a.resolvePronoun(pi, verbOff, m[1])
	}
	for j := len(a.ments[pi]) - 1; j >= 0; j-- {
		m := a.ments[pi][j]
		if m.end <= verbOff && strings.TrimSpace(a.paras[pi].text[m.end:verbOff]) == "" {
			return who{p: m.p, at: m.role}
		}
	}
	// "Marco Rubio, who led the US team, said ...": the sentence's subject.
	start := sentenceStartBefore(a.paras[pi].text, verbOff, a.spans[pi])
	for _, m := range a.ments[pi] {
		if m.off >= start && m.end <= verbOff {
			return who{p: m.p, at: m.role}
		}
	}
	return who{}
}

// subjectIn finds the speaker named in text[from:to]: a pronoun leading
// it, a person (the last one when last is set), or an unnamed source.
func (a *analysis) subjectIn(pi, from, to int, last bool) who {
	if from < 0 || to <= from {
		return who{}
	}
	text := a.paras[pi].text
	region := text[from:to]
	if m := rePronoun.FindStringSubmatch(region); m != nil {
		switch strings.ToLower(m[1]) {
		case "he", "she":
			return a.resolvePronoun(pi, from, m[1])
		default:
			return who{blocked: true} // "they said": a group, not a person
		}
	}
	var found *mention
	for j, m := range a.ments[pi] {
		if m.off >= from && m.end <= to {
			found = &a.ments[pi][j]
			if !last {
				break
			}
		}
	}
	if found != nil {
		return who{p: found.p, at: found.role}
	}
	if m := reRoleRef.FindStringSubmatch(region); m != nil {
		// "the spokesman": the person last named with that role.
		if p := a.byRole(pi, from, strings.ToLower(m[1])); p != nil {
			return who{p: p}
		}
	}
	if m := reUnnamed.FindStringSubmatch(region); m != nil {
		return who{role: strings.TrimSpace(m[1])}
	}
	return who{}
}

// resolvePronoun finds the person "he" or "she" at off refers to: the
// most recent person of a compatible gender named before it in the
// paragraph or, within the same section, in the paragraph before. With
// none in reach the quotation stays unattributed.
func (a *analysis) resolvePronoun(pi, off int, pronoun string) who {
	want := genderMale
	if strings.EqualFold(pronoun, "she") {
		want = genderFemale
	}
	fits := func(p *docPerson) bool { return p.gender == genderUnknown || p.gender == want }
	for j := len(a.ments[pi]) - 1; j >= 0; j-- {
		m := a.ments[pi][j]
		if m.end <= off && fits(m.p) {
			return who{p: m.p}
		}
	}
	if pi > 0 && a.paras[pi-1].section == a.paras[pi].section {
		for j := len(a.ments[pi-1]) - 1; j >= 0; j-- {
			if m := a.ments[pi-1][j]; fits(m.p) {
				return who{p: m.p}
			}
		}
	}
	return who{blocked: true}
}

// byRole finds the person most recently named before off (in this
// paragraph or the three before it) whose role ends in noun.
func (a *analysis) byRole(pi, off int, noun string) *docPerson {
	if !roleNouns[noun] {
		return nil
	}
	for i := pi; i >= 0 && i >= pi-3; i-- {
		for j := len(a.ments[i]) - 1; j >= 0; j-- {
			m := a.ments[i][j]
			if i == pi && m.end > off {
				continue
			}
			if strings.Contains(strings.ToLower(m.role), noun) || m.p.hasRole(noun) {
				return m.p
			}
		}
	}
	return nil
}

// quotedTitle reports whether a quotation is the name of a document
// rather than words someone said: short, capitalised, without a sentence
// inside, introduced by a possessive or a preposition and article ("In
// their "Leader's statement on Ukraine," European leaders referred to"),
// with the sentence going on after it.
func quotedTitle(text string, s quoteSpan) bool {
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
	words := strings.Fields(text[:s.open])
	if len(words) == 0 {
		return false
	}
	det := strings.ToLower(words[len(words)-1])
	switch {
	case det == "their" || det == "his" || det == "her" || det == "its" || det == "our":
		return true
	case strings.HasSuffix(det, "'s") || strings.HasSuffix(det, "’s"):
		return true
	case det == "titled" || det == "entitled":
		return true
	case det == "the" || det == "a" || det == "an" || det == "this" || det == "that":
		if len(words) < 2 {
			return false
		}
		prep := strings.ToLower(strings.Trim(words[len(words)-2], ",;"))
		// "according to the": not "to a ...", which introduces words.
		return titlePrepositions[prep] || prep == "to" && len(words) >= 3 && strings.EqualFold(words[len(words)-3], "according")
	}
	return false
}

// titlePrepositions introduce a named document: "in the", "under the".
var titlePrepositions = map[string]bool{
	"in": true, "under": true, "from": true, "by": true, "with": true, "through": true,
	"into": true, "per": true, "of": true, "on": true,
}

// clauseEnd is where the attribution clause after a quotation ends: at the
// sentence end or the next quotation, but not at the full stop of an
// abbreviation or an initial ("said Dr. Anna Schmidt", "said J. D. Vance").
func clauseEnd(after string) int {
	for from := 0; ; {
		i := strings.IndexAny(after[from:], ".!?\"“")
		if i < 0 {
			return len(after)
		}
		i += from
		if after[i] != '.' || !abbreviation(after[:i+1]) {
			return i
		}
		from = i + 1
	}
}
