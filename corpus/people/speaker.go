package people

import (
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

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

// event is a speech verb outside quotations and who speaks there: the
// text's record of who said what, which quotations standing alone and
// pronouns read.
type event struct {
	off int
	w   who
}

// findEvents reads who speaks at every speech verb of paragraph pi, in
// order, so that a pronoun reading back finds its speakers already read.
func (a *analyser) findEvents(pi int) {
	p := &a.paras[pi]
	p.events = make([]event, 0, len(p.verbs))
	for _, v := range p.verbs {
		if !a.tick(1) {
			return
		}
		p.events = append(p.events, event{off: v.start, w: a.speakerAt(pi, v)})
	}
}

// eventAt is who speaks at the verb starting at off.
func (p *para) eventAt(off int) who {
	i := sort.Search(len(p.events), func(i int) bool { return p.events[i].off >= off })
	if i < len(p.events) && p.events[i].off == off {
		return p.events[i].w
	}
	return who{}
}

// eventsIn returns the events in [from, to).
func (p *para) eventsIn(from, to int) []event {
	i := sort.Search(len(p.events), func(i int) bool { return p.events[i].off >= from })
	j := sort.Search(len(p.events), func(i int) bool { return p.events[i].off >= to })
	if j < i {
		return nil
	}
	return p.events[i:j]
}

// paragraphQuotes attributes the quotations of paragraph pi.
func (a *analyser) paragraphQuotes(pi int) ([]Quote, []who) {
	p := &a.paras[pi]
	text := p.Text
	var out []Quote
	var said []who
	var turn who // the label's speaker, for a turn that is a quotation
	turnAt := -1 // the turn's own quote in out, if the paragraph is one
	if p.label != nil && p.label.answer != nil {
		body := strings.TrimSpace(text[p.label.end:])
		if len(p.spans) > 0 && strings.TrimSpace(text[min(p.label.end, p.spans[0].open):p.spans[0].open]) == "" {
			// "SOT (TARAS HRYTSENKO, …): "We have kept the empty
			// frames …"": the turn is a quotation; it is theirs, once.
			turn = who{p: p.label.answer}
		} else if wordCount(body) >= MinQuoteWords {
			turnAt = len(out)
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
		if a.lx.quotedTitle(text, s) || wordCount(inner) < MinQuoteWords && !a.shortSaid(pi, s, inner) {
			continue
		}
		w, alone := a.attribute(pi, s)
		if turn.p != nil && (si == 0 || !w.found()) {
			w, alone = turn, false
		}
		if alone && p.label == nil {
			// A quotation standing on its own continues the last speaker
			// of the paragraph: one attributed before it, or the subject
			// of a speech verb before it.
			w = last
			from := lastOff
			if es := p.eventsIn(0, s.open); len(es) > 0 && es[len(es)-1].off > lastOff {
				w, from = es[len(es)-1].w, es[len(es)-1].off
			}
			// Someone else named since ("…," Peskov said. Zelensky
			// disagreed. "…"): the quotation may be theirs; no guess.
			if w.p != nil && from >= 0 {
				for _, m := range p.mentionsIn(from+1, s.open) {
					if m.p != w.p && !m.possessive {
						w = who{}
						break
					}
				}
			}
			// One opening the paragraph continues the quotation the last
			// paragraph left open.
			if !w.found() && si == 0 && nothingBefore(text[:s.open]) {
				w = a.continuedQuote(pi)
			}
			if !w.found() && lastOff < 0 {
				w = a.afterSubjectSentence(pi, s)
			}
			// A paragraph that is the quotation alone, after one whose
			// last sentence brings someone in to speak or think ("Elif
			// Şahin, an analyst at …, thinks the Kremlin accepted the
			// trade-off for a simple reason." / "“Russia needs …”"):
			// theirs, as a pull quote set under its introduction is.
			if !w.found() && si == 0 && len(p.spans) == 1 && a.quoteIsParagraph(pi, s) {
				// "“We are not going to pay for peace twice.”" / "The
				// remark came from Deputy Foreign Minister Viktor
				// Golubev, who …": credited right after, whoever the
				// paragraph before had speaking.
				w = a.creditedAfter(pi)
				if !w.found() {
					w = a.introducedBefore(pi)
				}
				if !w.found() {
					// `"…," Bondarenko told NordWire.` / `"Serving
					// officers in our fields is not a compromise."`: a
					// wire goes on quoting the one it last quoted.
					w = a.quotedBefore(pi)
				}
				if !w.found() {
					// "Mayor Kostya Ruban of Dravel had sent two field
					// kitchens …" / "“Nobody leaves this bridge
					// hungry …”": a feature sets its subject's words
					// under a paragraph about them alone.
					w = a.aboutBefore(pi, inner)
				}
				if !w.found() && p.credit != nil {
					// "### 08:05 — Solomiia Kravets, … (@kravets_s)" /
					// "> “Fifteen years ago I wrote a memo …”": the post
					// the section's heading credits.
					w = who{p: p.credit}
				} else if !w.found() && p.creditBody != "" {
					w = who{role: p.creditBody, blocked: true}
				}
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
		p.lastSaid, p.lastSaidAt = w, s.open
		if turnAt >= 0 && w.p != nil && w.p != p.label.answer && !a.ownSentence(pi, s) {
			// "Spokesperson: … He also said, "Nobody in Galway …"": the
			// turn is the spokesperson's words without the sentence
			// giving someone else's, never those words ("When Rutte
			// says, "…", I agree": that sentence is the speaker's own).
			start, end := p.turnSentence(s)
			cut := strings.TrimSpace(text[p.label.end:start])
			if rest := strings.TrimSpace(text[min(end, len(text)):]); rest != "" {
				cut = strings.TrimSpace(cut + " … " + rest)
			}
			if wordCount(strings.Trim(cut, "… ")) < MinQuoteWords {
				p.label.answer.quotes--
				out = append(out[:turnAt], out[turnAt+1:]...)
				said = append(said[:turnAt], said[turnAt+1:]...)
			} else {
				out[turnAt].Text = cut
			}
			turnAt = -1
		}
	}
	if poster, post := a.closingPost(pi); poster != nil && (p.label == nil || p.label.answer == nil) {
		// "… thank you for holding on. Taras Melnyk (@TMelnyk_UA),
		// spokesman, …": a post embedded in the entry, credited after it.
		w := who{p: poster}
		w.p.quotes++
		out = append(out, Quote{Speaker: w.p.canonical(), Text: post, Paragraph: p.Num})
		said = append(said, w)
	}
	return out, said
}

// afterSubjectSentence is who speaks a quotation opening its sentence
// right after one about a single person, its subject, that neither
// quotes nor has anyone speak ("He paused. "I do not blame …"",
// "Asked when passengers could fly, Ms Dubuisson declined to give a
// date. "We are not the ones who set the date …""): theirs. Nothing when
// the sentence names anyone else.
func (a *analyser) afterSubjectSentence(pi int, s quoteSpan) who {
	p := &a.paras[pi]
	end := len(strings.TrimRight(p.Text[:s.open], " "))
	if end == 0 || !strings.ContainsRune(".!?", rune(p.Text[end-1])) {
		return who{}
	}
	start := p.sentenceAt(end - 1)
	if start >= end || strings.ContainsAny(p.Text[start:end], "\"“”") || len(p.verbsIn(start, end)) > 0 || len(p.eventsIn(start, end)) > 0 {
		return who{}
	}
	w := a.sentenceSubject(pi, start, end)
	if w.p == nil {
		return who{}
	}
	for _, m := range p.mentionsIn(start, end) {
		if m.p != w.p && !m.possessive {
			return who{}
		}
	}
	return w
}

// turnSentence is where the sentence of a labelled turn holding
// quotation s starts (not before the label's end) and ends.
func (p *para) turnSentence(s quoteSpan) (start, end int) {
	return max(p.label.end, p.sentenceAt(s.open)), p.sentenceEnd(s.close)
}

// ownSentence reports whether the sentence holding quotation s of an
// interview's turn speaks in the first person outside it ("When Mark
// Rutte says, "…", I agree with every word"): the turn's speaker's own
// sentence, quoting someone.
func (a *analyser) ownSentence(pi int, s quoteSpan) bool {
	p := &a.paras[pi]
	start, end := p.turnSentence(s)
	after := ""
	if m := s.markEnd(p.Text); m < end {
		after = p.Text[m:end]
	}
	return a.lx.SpeaksInFirstPerson(p.Text[start:s.open] + " " + after)
}

// quotedBefore is who the paragraph before pi quoted last, for a
// paragraph that is a quotation alone: wire copy goes on quoting the one
// it last quoted in a paragraph of their words alone. Only when that
// paragraph's last quotation was theirs and it names no one else after
// it, and neither paragraph is an interview's turn.
func (a *analyser) quotedBefore(pi int) who {
	if !a.goesOnFromBefore(pi) {
		return who{}
	}
	prev := &a.paras[pi-1]
	if prev.label != nil || prev.lastSaid.p == nil {
		return who{}
	}
	for _, m := range prev.mentionsIn(prev.lastSaidAt, len(prev.Text)) {
		if m.p != prev.lastSaid.p && !m.possessive {
			return who{}
		}
	}
	return who{p: prev.lastSaid.p, at: prev.lastSaid.at}
}

// aboutBefore is whom the paragraph before pi (in its section) is about
// alone: the subject of its last sentence, a person, when it quotes no
// one and names no one else; else none. Not for words (inner) the
// article also prints unquoted: a pull quote of its author's own ("But
// twice a week is a photograph, and the sea is a film." / "> “Twice a
// week is a photograph …”").
func (a *analyser) aboutBefore(pi int, inner string) who {
	if !a.goesOnFromBefore(pi) {
		return who{}
	}
	prev := &a.paras[pi-1]
	end := len(strings.TrimRight(prev.Text, " "))
	if end == 0 || prev.label != nil || prev.cue || len(prev.spans) > 0 || strings.ContainsAny(prev.Text, "\"“”") {
		return who{}
	}
	w := a.sentenceSubject(pi-1, prev.sentenceAt(end-1), end)
	if w.p == nil {
		return who{}
	}
	for _, m := range prev.mentionsIn(0, end) {
		if m.p != w.p && !m.possessive {
			return who{}
		}
	}
	words := strings.ToLower(strings.TrimRight(inner, ".,!?;: "))
	for k := range a.paras {
		if k != pi && strings.Contains(strings.ToLower(a.paras[k].Text), words) {
			return who{}
		}
	}
	return w
}

// goesOnFromBefore reports a paragraph pi that may carry on from the one
// before it: in the same section, no label of its own, not set apart
// from the text.
func (a *analyser) goesOnFromBefore(pi int) bool {
	return pi > 0 && a.paras[pi-1].Section == a.paras[pi].Section && a.paras[pi].label == nil && !a.paras[pi].Aside
}

// shortSaid reports a quotation shorter than MinQuoteWords that is a
// named person's words: one word short, and the person named right after
// as saying it (`respond to "proposals, not rumours", he told
// reporters`) or giving it to a thing (`Sorokin called the text
// "acceptable, with reservations"`); or two words or more in the clause
// they are reported to have said (`Peskov said the map was "a working
// document"`). Not a scare quote or a name, which no speech verb frames.
func (a *analyser) shortSaid(pi int, s quoteSpan, inner string) bool {
	n := wordCount(inner)
	if n < minShortQuote || n >= MinQuoteWords {
		return false
	}
	if n == MinQuoteWords-1 && a.saidAfter(pi, s).p != nil {
		return true
	}
	p := &a.paras[pi]
	vs := p.verbsIn(a.clauseStart(pi, s.open), s.open)
	if len(vs) == 0 {
		return false
	}
	v := vs[len(vs)-1]
	if p.eventAt(v.start).p == nil {
		return false
	}
	switch {
	case v.v.Kind == "name":
		// `Sorokin called the text "acceptable, with reservations"`,
		// `Ushakov called European troops in Ukraine "categorically
		// unacceptable"`: the words a named person gives a thing,
		// right after its short object.
		return a.namesQuote(pi, v, s)
	case v.v.Kind == "say" || v.v.Kind == "write":
		// `Peskov said the map was "a working document"`: a few words
		// quoted in the clause a named person is reported to have
		// said, and nothing but that clause between.
		from, ok := a.reportedClause(pi, v, p.sentenceEnd(v.start))
		if !ok {
			from, ok = a.bareClauseTo(pi, v, s.open)
		}
		if ok && from < s.open {
			// "… was "categorically unacceptable" and that Russia would
			// "never agree" to it": a clause joined by "and that"
			// (words.tsv reportjoin) is reported by the same verb.
			from = a.lastJoined(p.Text, from, s.open)
		}
		if !ok || from > s.open || strings.ContainsAny(p.Text[from:s.open], ";:\"“”") {
			return false
		}
		// `was a "grand bargain, really"`: quoted inside a noun phrase,
		// after its article, is a term the writer marks.
		before := strings.Fields(p.Text[from:s.open])
		return len(before) == 0 || !isDeterminer(before[len(before)-1]) && !Possessive(before[len(before)-1])
	}
	return false
}

// lastJoined is where the last clause in text[from:to] joined to a
// reported one (words.tsv reportjoin: "and that") opens, or from when
// none is.
func (a *analyser) lastJoined(text string, from, to int) int {
	at := from
	for cue := range a.lx.words["reportjoin"] {
		if i := strings.LastIndex(text[from:to], " "+cue+" "); i >= 0 {
			at = max(at, from+i+len(cue)+2)
		}
	}
	return at
}

// bareClauseTo is where a clause reported bare after the verb v opens
// when it runs up to off, a short quotation's opening: `Ushakov said
// the deployment of troops from European NATO countries in Ukraine was
// "categorically unacceptable"`, `said troops were "…"`. It must hold a
// finite verb after its first word, and no name, speech verb or
// punctuation: in `said Lavrov had called it "a farce"` the words are
// Lavrov's.
func (a *analyser) bareClauseTo(pi int, v verbAt, off int) (int, bool) {
	p := &a.paras[pi]
	if off <= v.end || strings.ContainsAny(p.Text[v.end:off], ",;:\"“”()") {
		return 0, false
	}
	ws := wordsAfter(p.Text, v.end, off, maxBareClause+1)
	if len(ws) < 2 || len(ws) > maxBareClause || !a.lx.finiteIn(ws[1:]) || len(p.mentionsIn(v.end, off)) > 0 || len(p.verbsIn(v.end, off)) > 0 {
		return 0, false
	}
	return ws[0].start, true
}

// maxBareClause bounds the words of a clause reported bare before a
// short quotation.
const maxBareClause = 16

// minShortQuote is the fewest words a quotation in a named person's
// reported clause may have to be theirs: one word ("confident") is as
// often the writer's scare quote.
const minShortQuote = 2

// quoteIsParagraph reports a quotation that is all of its paragraph but
// the closing punctuation.
func (a *analyser) quoteIsParagraph(pi int, s quoteSpan) bool {
	text := a.paras[pi].Text
	return nothingBefore(text[:s.open]) && strings.TrimFunc(text[s.markEnd(text):], func(r rune) bool {
		// "… a grave I can visit." 😢: a post's emoji after it.
		return r == ' ' || r == '.' || r == '\u200d' || r == '\ufe0f' || unicode.Is(unicode.So, r) || unicode.Is(unicode.Sk, r)
	}) == ""
}

// introducedBefore is who the last sentence of the paragraph before pi
// (in its section) brings in to speak: its subject, a named person, by a
// verb of speech or thought, with no one else named there; else none.
func (a *analyser) introducedBefore(pi int) who {
	if pi == 0 || a.paras[pi-1].Section != a.paras[pi].Section {
		return who{}
	}
	back := pi - 1
	for back > 0 && back >= pi-maxCueLines && a.paras[back].cue && a.paras[back-1].Section == a.paras[pi].Section {
		// "CLIP: Viktor Lapin, …" over "IN: …", "OUT: …", "DUR: 0'15\"":
		// the credit stands over the script's cue lines.
		back--
	}
	prev := &a.paras[back]
	end := len(strings.TrimRight(prev.Text, " "))
	if end == 0 || len(prev.spans) > 0 {
		return who{}
	}
	if prev.label != nil && prev.label.answer != nil && strings.TrimSpace(prev.Text[prev.label.end:]) == "" {
		// "SOUNDBITE (Ukrainian) HALYNA TKACHENKO, PASSENGER, 71:" in a
		// transcript, a label on a line of its own: the turn is the
		// quotation under it.
		return who{p: prev.label.answer}
	}
	if w := a.creditedBefore(prev); w.p != nil {
		return w
	}
	start := prev.sentenceAt(end - 1)
	// "Special Envoy Niamh Gallagher:", "Kremlin spokesman Pavel Orlov
	// on Bogor, speaking to the pool:": a line ending in a colon brings
	// in the words below it, with or without a verb.
	colon := prev.Text[end-1] == ':'
	if !colon && len(prev.verbsIn(start, end)) == 0 && !a.lx.holdsVerbForm(prev.Text[start:end]) {
		return who{}
	}
	w := a.sentenceSubject(pi-1, start, end)
	if w.p == nil {
		return who{}
	}
	subjectEnd := -1 // where the subject's first mention ends
	for _, m := range prev.mentionsIn(start, end) {
		if m.p == w.p && subjectEnd < 0 {
			subjectEnd = m.end
		}
		// "Captain Kovalchuk thanked Rear Admiral Selin Karataş and
		// the crews:": whom the speaker speaks to.
		listener := colon && subjectEnd >= 0 && subjectEnd <= m.off && len(prev.verbsIn(subjectEnd, m.off)) > 0
		if m.p != w.p && !m.possessive && !(colon && inRelative(prev.Text[start:m.off])) && !listener {
			return who{}
		}
	}
	return w
}

// creditedBefore is whom a line of its own crediting what follows names
// (words.tsv class creditbefore: "Forwarded from Halyna Tkachuk"): the
// one person it names, and nothing else (a channel's name is no one).
func (a *analyser) creditedBefore(p *para) who {
	low := strings.ToLower(strings.Trim(p.Text, "*_ "))
	if i := strings.Index(low, " - "); i > 0 && i < maxStampBytes && strings.ContainsAny(low[:i], "0123456789") {
		// "13 Mar 2050, 16:05 - ↪️ Forwarded from …": a digest's time
		// and its mark before the line.
		low = low[i+3:]
	}
	if who := a.handleCredit(p); who.p != nil {
		return who
	}
	low = strings.TrimLeftFunc(low, func(r rune) bool { return !unicode.IsLetter(r) })
	if _, rest, ok := a.lx.creditCue(low); ok {
		// "Forwarded from Yelena Dorofeyeva | Spokeswoman, MFA of
		// Russia", "SUPER: Iryna Melnyk, Shift Engineer": the name,
		// then what they are.
		if strings.HasPrefix(rest, "(") {
			// "SOUNDBITE (Ukrainian) HALYNA TKACHENKO": the language
			// spoken.
			if _, after, ok := strings.Cut(rest, ")"); ok {
				rest = strings.TrimSpace(after)
			}
		}
		named, _, _ := strings.Cut(rest, "|")
		named, _, _ = strings.Cut(named, ",")
		if m := p.ments; len(m) == 1 && !m[0].possessive && wordCount(named)-wordCount(p.Text[m[0].off:m[0].end]) <= maxLabelWords-2 {
			// The name and perhaps a title before it ("Sheikh Khalid bin
			// Saif Al-Harthy").
			return who{p: p.ments[0].p}
		}
	}
	return who{}
}

// reHandleCredit is a digest's line over a post (or a section's heading
// past its time), its last part the writer's handle and, in brackets,
// who they are: "07:12 | Telegram |
// @zhuravlev_va (Viktor Zhuravlev, Russian deputy foreign minister)",
// "08:03 | X | @UkrEnergyMin (Ministry of Energy of Ukraine; post signed
// by spokesman Taras Bondar)". Group 1 is what the brackets hold.
var reHandleCredit = regexp.MustCompile(`(?:^|\|)\s*@[\w.]{2,40}\s*\(([^()]{3,200})\)\s*$`)

// handleCredit is the one person a digest's line over a post names in
// the brackets after the handle; no one when the brackets name a body
// alone ("@rosatom_news (Rosatom press service)"), someone's, or two
// people.
func (a *analyser) handleCredit(p *para) who {
	if m, _ := a.handleMention(p); m != nil {
		return who{p: m.p}
	}
	return who{}
}

// handleMention is handleCredit's mention of the one person, and the
// body the brackets name before a semicolon ("Ministry of Energy of
// Ukraine; post signed by spokesman Taras Bondar"), "" when none.
func (a *analyser) handleMention(p *para) (*mention, string) {
	// The pattern needs a handle's "@": most paragraphs have none, and
	// the regexp would try it at every "|" and at the start.
	if !strings.Contains(p.Text, "@") {
		return nil, ""
	}
	m := reHandleCredit.FindStringSubmatchIndex(p.Text)
	if m == nil {
		return nil, ""
	}
	var found *mention
	for k := range p.ments {
		mt := &p.ments[k]
		if mt.off < m[2] || mt.off >= m[3] {
			continue
		}
		if mt.possessive || found != nil && mt.p != found.p {
			return nil, ""
		}
		found = mt
	}
	if found == nil {
		return nil, ""
	}
	body, _, ok := strings.Cut(p.Text[m[2]:m[3]], ";")
	if body = strings.TrimSpace(body); !ok || !a.lx.namesBody(body) {
		body = ""
	}
	return found, body
}

// signerRole gives the one person a digest's handle line names the
// body's title the line gives them ("(Ministry of Energy of Ukraine;
// post signed by spokesman Taras Bondar)": the ministry's spokesman),
// once, as the names are read.
func (a *analyser) signerRole(p *para) {
	if m, body := a.handleMention(p); m != nil && body != "" && m.role != "" {
		m.p.roles.add(m.role + ", " + body)
	}
}

// maxCueLines is the most cue lines a broadcast script sets between a
// clip's credit and the clip.
const maxCueLines = 4

// maxStampBytes bounds a digest's time stamp before a line: "13 Mar
// 2050, 16:05".
const maxStampBytes = 40

// inRelative reports whether the text before a name, from its sentence's
// start, has opened a relative clause about someone named before it:
// "Svitlana Petrenko, 61, whose son Denys …" is about Petrenko.
func inRelative(before string) bool {
	return strings.Contains(before, ", whose ") || strings.Contains(before, ", who ")
}

// creditedAfter is who the paragraph after pi says spoke the quotation
// that paragraph pi is: it opens with words crediting it (words.tsv
// class creditafter: "The remark came from", "The words were those of"),
// then names them before anyone else.
func (a *analyser) creditedAfter(pi int) who {
	if pi+1 >= len(a.paras) || a.paras[pi+1].Section != a.paras[pi].Section {
		return who{}
	}
	next := &a.paras[pi+1]
	low := strings.ToLower(next.Text[:min(len(next.Text), 60)])
	opened := -1
	for cue := range a.lx.words["creditafter"] {
		if strings.HasPrefix(low, cue+" ") {
			opened = len(cue)
			break
		}
	}
	if opened < 0 {
		return who{}
	}
	for _, m := range next.ments {
		if m.off < opened || m.possessive {
			continue
		}
		if next.sentenceAt(m.off) != 0 {
			return who{} // named only in a later sentence
		}
		return who{p: m.p, at: m.role}
	}
	return who{}
}

// continuedQuote is who speaks a quotation opening paragraph pi with no
// attribution of its own: the speaker of the quotation the paragraph
// before left open, as a quotation running over paragraphs is written.
func (a *analyser) continuedQuote(pi int) who {
	if pi == 0 || a.paras[pi-1].Section != a.paras[pi].Section || a.paras[pi].Aside {
		return who{}
	}
	return a.paras[pi-1].unclosed
}

// attribute finds who speaks a quotation from the words of its clause:
// the words after it ("…," said X / X said), else a speech verb before it
// in its clause (X said: "…"; according to X, "…"), else the subject of a
// clause ending in a colon (X disagreed: "…"). alone reports a quotation
// with no words of its own clause around it, which may continue the
// paragraph's speaker.
func (a *analyser) attribute(pi int, s quoteSpan) (w who, alone bool) {
	p := &a.paras[pi]
	text := p.Text
	if w := a.postedBy(pi, s); w.found() {
		return w, false
	}
	if w := a.saidAfter(pi, s); w.found() {
		return w, false
	}
	// `She pointed to Arkady Voronov's remark on the last day that the
	// vote would be "judged by …"`: the one whose remark it is.
	if w := a.possessedRemark(pi, s); w.p != nil {
		return w, false
	}
	// `the call was, in his words, "businesslike"`: the one "his" is.
	if m := reInTheirWords.FindStringSubmatchIndex(text[:s.open]); m != nil {
		pronoun := "he"
		if strings.EqualFold(text[m[2]:m[3]], "her") {
			pronoun = "she"
		}
		return a.resolvePronoun(pi, m[0], pronoun), false
	}
	// "In the director's words: "…"": the one the role noun is.
	if m := reInRolesWords.FindStringSubmatchIndex(text[:s.open]); m != nil {
		return a.roleSubject(pi, m[2], text[m[2]:m[3]]), false
	}
	// `Voronin told AFP that …, and that Moscow regarded the deal as
	// "…"`: a second "that" clause hangs on the verb of speech of the
	// first.
	if w := a.secondThat(pi, s); w.p != nil {
		return w, false
	}
	// Before the quotation, in its own clause: `he said: "..."`.
	cs := a.clauseStart(pi, s.open)
	vs := withoutAside(p.Text, cs, s.open, p.verbsIn(cs, s.open))
	if len(vs) > 0 {
		v := vs[len(vs)-1]
		if v.v.Kind == "name" && !a.namesQuote(pi, v, s) {
			return blocked, false
		}
		if w := p.eventAt(v.start); w.found() {
			return w, false
		}
		if v.v.Kind == "name" {
			// `Zakharova said "…" and described the remarks as "…"`.
			return a.coordinated(pi, v), false
		}
		return who{}, false
	}
	// A quoted block's marks ("> " in a plain-text newsletter) are no
	// words before the quotation.
	lead := strings.TrimSpace(strings.TrimLeft(text[cs:s.open], "> "))
	for _, conj := range []string{"And", "But", "and", "but"} {
		lead = strings.TrimPrefix(lead, conj+" ")
	}
	if lead == "" || lead == "And" || lead == "But" {
		return who{}, true
	}
	// `… @UNESCO_Culture ADG Amadou Diallo: "…"`: a name right before
	// the colon opening the quotation is who speaks, as a label is,
	// whatever the sentence opened with.
	// Not one a verb or a preposition makes whom it is said to
	// (`Zelensky told Peskov: "…"`, `in a letter to Peskov: "…"`).
	if strings.HasSuffix(lead, ":") {
		if m := p.mentionEndingAt(cs + strings.LastIndexByte(text[cs:s.open], ':')); m != nil && !m.possessive && m.off >= cs &&
			len(p.verbsIn(cs, m.off)) == 0 && !a.prepositional(pi, cs, m) {
			return who{p: m.p}, false
		}
	}
	// `[4] Havrylyuk, opening statement in Paris, 14 March 2067: "…"`:
	// a note citing a source, the one named, then what they said.
	if strings.HasSuffix(lead, ":") {
		colon := cs + strings.LastIndexByte(text[cs:s.open], ':')
		if w := a.citedRemark(pi, cs, colon); w.p != nil {
			return w, false
		}
		if w := a.topicRemark(pi, cs, colon); w.p != nil {
			return w, false
		}
	}
	// `The head of Ukrenergo: "…"`, `The Kremlin spokesman: "…"`: an
	// office before the colon, the whole clause: its holder the text
	// names (roleSubject), else an unnamed source with that role.
	if strings.HasSuffix(lead, ":") {
		colon := cs + strings.LastIndexByte(text[cs:s.open], ':')
		if w, ok := a.officeBefore(pi, cs, colon); ok {
			return w, false
		}
	}
	// "Senator Mark Hanley, a Republican, disagreed: "…"": the clause's
	// subject. Words of their own without one ("the statement outlined
	// a "…"") name no speaker, and the quotation does not continue
	// anyone else's.
	if w := a.sentenceSubject(pi, cs, s.open); w.p != nil {
		return w, false
	}
	return blocked, false
}

// withoutAside is vs less the verbs standing in an aside set between
// two spaced dashes in text[from:to]: in "She told me - I'm reading from
// my notes - "…"" the words are what she told, not what is read.
func withoutAside(text string, from, to int, vs []verbAt) []verbAt {
	var marks []int // where each spaced dash stands
	for i := from; i < to; {
		r, n := utf8.DecodeRuneInString(text[i:])
		if (r == '-' || r == '–' || r == '—') && i > 0 && text[i-1] == ' ' && i+n < len(text) && text[i+n] == ' ' {
			marks = append(marks, i)
		}
		i += n
	}
	if len(marks) < 2 {
		return vs
	}
	lo, hi := marks[len(marks)-2], marks[len(marks)-1]
	if strings.TrimSpace(text[hi+1:to]) != "" {
		return vs // the aside must close right before the quotation
	}
	out := vs[:0:0]
	for _, v := range vs {
		if v.start < lo || v.start > hi {
			out = append(out, v)
		}
	}
	return out
}

// officeBefore reads text[from:colon] as a whole clause naming an office
// and nothing else ("The head of Ukrenergo", "The Kremlin spokesman"):
// who holds it, as roleSubject finds them, or an unnamed source with
// that role; false for any other clause.
func (a *analyser) officeBefore(pi, from, colon int) (who, bool) {
	text := a.paras[pi].Text
	ws := wordsBefore(text, from, colon, maxOfficeWords+1)
	if len(ws) == 0 || len(ws) > maxOfficeWords || strings.TrimSpace(text[from:ws[0].start]) != "" || len(a.paras[pi].verbsIn(from, colon)) > 0 {
		return who{}, false
	}
	if np := a.nounPhrase(ws); np != "" && wordCount(np) == len(ws) {
		return a.roleSubject(pi, ws[len(ws)-1].start, np), true
	}
	if np := roleForBody(a.lx, ws); np != "" && wordCount(np) == len(ws) {
		f := strings.Fields(np)
		if isDeterminer(f[0]) {
			f = f[1:]
		}
		return who{role: strings.Join(f, " "), blocked: true}, true
	}
	return who{}, false
}

// maxOfficeWords bounds an office named before a colon.
const maxOfficeWords = 8

// secondThat is who speaks a quotation standing in a "that" clause
// joined by "and" or "but" to an earlier one of the same sentence, with
// no verb of speech of its own: the speaker of the verb the first
// clause hangs on ("X told AFP that …, and that … "…""). A verb of speech
// inside the first clause ("that Russia had insisted …") is what X
// reported, not who speaks.
func (a *analyser) secondThat(pi int, s quoteSpan) who {
	p := &a.paras[pi]
	start := p.sentenceAt(s.open)
	before := p.Text[start:s.open]
	// The last "that" after a conjunction ("and that", "but that").
	at := -1
	ws := wordsBefore(p.Text, start, s.open, 80)
	for k := 1; k < len(ws); k++ {
		if strings.EqualFold(ws[k].w, "that") && a.lx.is("conjunction", Fold(ws[k-1].w)) {
			at = ws[k-1].start - start
		}
	}
	if at < 0 || strings.ContainsAny(before[at:], "\"“”") || len(p.verbsIn(start+at, s.open)) > 0 {
		return who{}
	}
	for _, v := range p.verbsIn(start, start+at) {
		if v.v.Kind == "name" {
			continue
		}
		// "told AFP that": the first verb of speech, "that" within its
		// next four words.
		rest := strings.Fields(strings.ToLower(p.Text[v.end:min(len(p.Text), v.end+40)]))
		if w := p.eventAt(v.start); slices.Contains(rest[:min(len(rest), 4)], "that") && w.p != nil {
			return w
		}
		return who{}
	}
	return who{}
}

// possessedRemark is whose words a quotation is when its sentence, before
// it, names them as a possessive right before a word for what they said
// (words.tsv class speechnoun: "Voronov's remark", "the minister's
// promise"), and no verb of speech before the quotation: the writer
// quotes the remark, whoever the sentence's subject is.
func (a *analyser) possessedRemark(pi int, s quoteSpan) who {
	p := &a.paras[pi]
	start := p.sentenceAt(s.open)
	if len(p.verbsIn(start, s.open)) > 0 {
		// `Zakharova called Rutte's comments "a crude attempt …"`: a
		// verb of speech says whose the words are.
		return who{}
	}
	for _, m := range p.mentionsIn(start, s.open) {
		if !m.possessive {
			continue
		}
		ws := wordsAfter(p.Text, m.end, s.open, 3)
		noun := -1
		for k, w := range ws {
			if a.lx.is("speechnoun", Fold(strings.Trim(w.w, ",.;:"))) {
				noun = k
				break
			}
		}
		if noun < 0 || len(p.verbsIn(ws[noun].end, s.open)) > 0 {
			continue
		}
		return who{p: m.p, at: m.role}
	}
	// "Her answer, repeated to reporters afterwards: "…"", "His only
	// line to reporters was, "…"": the one the possessive pronoun stands
	// for, a word saying which perhaps between it and the noun.
	ws := wordsAfter(p.Text, start, s.open, 5)
	for k := 0; k+1 < len(ws); k++ {
		pron := map[string]string{"his": "he", "her": "she"}[Fold(ws[k].w)]
		if pron == "" {
			continue
		}
		n := k + 1
		if n+1 < len(ws) && isLowerWord(ws[n].w) && a.lx.is("remarkword", Fold(ws[n].w)) {
			n++
		}
		if !a.lx.is("speechnoun", Fold(strings.Trim(ws[n].w, ",.;:"))) || len(p.verbsIn(ws[n].end, s.open)) > 0 {
			continue
		}
		return a.resolvePronoun(pi, ws[k].start, pron)
	}
	return who{}
}

// citedRemark is who a citation before a colon gives the quotation to:
// a name opening the clause (past a note's marker, "[4]"), a comma, and a
// word for what they said or where (words.tsv speechnoun: "Havrylyuk,
// opening statement in Paris, 14 March 2067:", "Ricciardi, interview
// with the author, Rome:"), with no verb of speech in it.
func (a *analyser) citedRemark(pi, cs, colon int) who {
	p := &a.paras[pi]
	ms := p.mentionsIn(cs, colon)
	if len(ms) == 1 && !ms[0].possessive && strings.TrimSpace(p.Text[ms[0].end:colon]) == "" && len(p.verbsIn(cs, colon)) == 0 {
		// "Statement from Governor Bohdan Sirko:", "A message from
		// …:": the word for what was said, then whose it is.
		if f := strings.Fields(p.Text[cs:p.roleStart(&ms[0])]); len(f) >= 2 && f[len(f)-1] == "from" && a.lx.is("speechnoun", Fold(f[len(f)-2])) {
			return who{p: ms[0].p, at: ms[0].role}
		}
	}
	if len(ms) == 0 || ms[0].possessive || !strings.HasPrefix(p.Text[ms[0].end:], ",") || len(p.verbsIn(cs, colon)) > 0 {
		return who{}
	}
	if strings.TrimLeft(p.Text[cs:ms[0].off], " []()0123456789*:.—–-") != "" {
		return who{}
	}
	ws := wordsAfter(p.Text, ms[0].end, colon, maxCitedWords+maxTopicWords)
	for k, w := range ws {
		if k < maxCitedWords && a.lx.is("speechnoun", Fold(strings.Trim(w.w, ",.;:"))) {
			return who{p: ms[0].p, at: ms[0].role}
		}
	}
	return who{}
}

// framedByUnknown reports a quotation at end brought in by a colon after
// words naming no one the text knows and holding no pronoun ("[24 Mar
// 2074, 20:02] UN's Vasquez:"): whoever speaks in the sentence after it,
// the words are not theirs.
func (a *analyser) framedByUnknown(p *para, from, end int) bool {
	lead := strings.TrimSpace(p.Text[from:end])
	if !strings.HasSuffix(lead, ":") || strings.TrimLeft(lead, "> :") == "" || len(p.mentionsIn(from, end)) > 0 {
		return false
	}
	for _, w := range wordsAfter(p.Text, from, end, 12) {
		if a.lx.is("pronoun", Fold(strings.Trim(w.w, ",:"))) {
			return false
		}
	}
	return true
}

// topicRemark is who a live blog's or an alert's line gives the
// quotation after its colon to: the one name opening it (past a time
// stamp, "[2 Mar 2074, 22:15]", "**23:58**"), with the role set before
// it, perhaps an aside, then "on" and what they spoke on ("Sazonov,
// leaving the palace, on the missing handshake:", "Ukraine's deputy
// energy minister Halyna Moroz on the dam deal:"); no verb of speech.
func (a *analyser) topicRemark(pi, cs, colon int) who {
	p := &a.paras[pi]
	ms := p.mentionsIn(cs, colon)
	if len(ms) != 1 || ms[0].possessive || len(p.verbsIn(cs, colon)) > 0 {
		return who{}
	}
	m := &ms[0]
	lead := strings.TrimSpace(p.Text[cs:p.roleStart(m)])
	if strings.HasPrefix(lead, "[") {
		if end := strings.IndexByte(lead, ']'); end > 0 {
			lead = lead[end+1:]
		}
	}
	if strings.TrimLeft(lead, " ()0123456789*:.—–-") != "" {
		return who{}
	}
	ws := wordsAfter(p.Text, m.end, colon, maxCitedWords+maxTopicWords+1)
	k := 0
	if len(ws) > 0 && strings.HasPrefix(p.Text[m.end:], ",") {
		// The aside: "leaving the palace,".
		if ws[0].w == "," {
			ws = ws[1:]
		}
		for k < len(ws) && k < maxCitedWords && !strings.HasSuffix(ws[k].w, ",") {
			k++
		}
		k++
	}
	if k >= len(ws) || ws[k].w != "on" || len(ws)-k-1 > maxTopicWords || len(ws)-k-1 == 0 {
		return who{}
	}
	return who{p: m.p, at: m.role}
}

// maxTopicWords is the most words after "on" a cited remark's topic may
// take ("on the missing handshake").
const maxTopicWords = 8

// maxCitedWords is how far after the name a citation's word for what was
// said may stand ("Havrylyuk, opening statement").
const maxCitedWords = 4

// maxNamed is the most words a naming verb's object may take before the
// quotation it frames: "called the outcome", "described the new force
// as".
const maxNamed = 6

// maxNamedAs is the most words such an object ending in "as" may take:
// "described Rutte's remarks about the nuclear plant as".
const maxNamedAs = 9

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
		return wordCount(obj) <= maxNamedAs
	}
	limit := maxNamed
	if strings.HasSuffix(strings.TrimSpace(obj), " as") {
		// "described Rutte's remarks about the plant as": "as" closes
		// the object, which may run longer.
		limit = maxNamedAs
	}
	if o, ok := strings.CutSuffix(strings.TrimSpace(obj), ":"); ok && !strings.ContainsAny(o, ";:.!?") && wordCount(o) <= maxNamedColon {
		// "she described her job with a metaphor I keep coming back
		// to: "…"": a colon brings in what the verb names, however
		// long the words naming it.
		limit, obj = maxNamedColon, o
	}
	if strings.ContainsAny(obj, ",;:.!?") || wordCount(obj) > limit {
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
	if Fold(ws[len(ws)-1].w) == "and" {
		return a.coordinated(pi, v).p != nil
	}
	w, ok := a.headBefore(pi, ws[0].start, v)
	return ok && w.p != nil
}

// maxNamedColon bounds the words between a naming verb and the colon
// that brings in the quotation it names.
const maxNamedColon = 16

// coordinated is who speaks at a naming verb joined by "and" to a speech
// verb before it in its sentence (`Zakharova said the alliance "…" and
// described the remarks as "…"`): that verb's speaker, when no one else
// is named between them; else no one.
func (a *analyser) coordinated(pi int, v verbAt) who {
	p := &a.paras[pi]
	text := p.Text
	before := strings.TrimRight(text[:v.start], " ")
	if !strings.HasSuffix(before, " and") {
		return who{}
	}
	if v.v.has("participle") {
		if m := a.gerundSubject(pi, p.sentenceAt(v.start), len(before)-len(" and")); m != nil {
			return a.named(pi, p.sentenceAt(v.start), m)
		}
	}
	// "Asked whether …, he smiled and said:": the subject of the verb
	// the speech verb is joined to, a pronoun or a name right before it.
	if ws := wordsBefore(text, p.sentenceAt(v.start), len(before)-len(" and"), 2); len(ws) == 2 && strings.ToLower(ws[1].w) == ws[1].w && isVerbForm(ws[1].w) && !a.isSpeechForm(ws[1].w) {
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
	and := len(before) - len(" and")
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
	c0 := p.commaBefore(c)
	if c0 < 0 {
		return false
	}
	return strings.HasPrefix(strings.TrimLeft(text[c0+1:c], " "), "who ") || p.mentionEndingAt(c0) != nil
}

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

// saidAfter is who the words right after a quotation name as its
// speaker ("…," she said; "…?" asked X). They attribute it only when
// the quotation closes a clause: after `"insist on seeing every word"
// of any guarantee before it was asked`, the sentence goes on. A
// participle there (`"…", adding that …`) goes on with the sentence's
// own subject, which the words before the quotation name, and an
// infinitive ("He declined to say …") says nothing of it.
func (a *analyser) saidAfter(pi int, s quoteSpan) who {
	p := &a.paras[pi]
	text := p.Text
	end := s.markEnd(text)
	if w := a.dashedSpeaker(pi, end, len(p.spans) == 1 && a.quoteIsParagraph(pi, s)); w.found() {
		return w
	}
	after := text[end:min(len(text), end+maxClause)]
	clause := after[:a.lx.clauseEnd(after)]
	closes := strings.ContainsRune(",.!?…;:—–-", lastMeaningful(s.inner)) || strings.HasPrefix(strings.TrimLeft(after, " "), ",")
	vs := p.verbsIn(end, end+len(clause))
	if len(vs) == 0 || !closes || vs[0].v.Kind == "name" || vs[0].v.Kind == "question" || vs[0].v.has("forward") {
		return who{}
	}
	// `"…", while his commander, Captain Hordiienko, said …`, `"…", and
	// President Macron has said much the same`: a clause of someone
	// else's, set beside the quotation, not its attribution.
	rest := strings.TrimLeft(after, " ,;—–-")
	for _, c := range []string{"while ", "whereas ", "but ", "and "} {
		if strings.HasPrefix(rest, c) {
			return who{}
		}
	}
	// `An American official told me … "… one." Turkey's foreign
	// minister, Hakan Fidan, says he wants …`: after a quotation its own
	// sentence attributes, closed by a full stop, a sentence of its own
	// reports what someone else says now, unless it is no more than who
	// spoke (`"…." Peskov said.`).
	// So too after a quotation set inside a sentence of its own making
	// whose subject is someone else than who speaks next, whatever its
	// verb (`He submitted that the Respondent "… inspect." Counsel Bondar
	// opposed the request, stating that …`); not `Then she turned to
	// Geneva: "…." Sokolenko said …`, the same person.
	ownSentence := len(p.verbsIn(a.clauseStart(pi, s.open), s.open)) > 0
	if from := p.sentenceAt(s.open); a.framedByUnknown(p, from, s.open) {
		// `Vasquez: "…." She urged …`: a quotation a colon brings in is
		// framed before it, by a name the text gives no one.
		ownSentence = true
	}
	if !ownSentence && strings.TrimSpace(text[p.sentenceAt(s.open):s.open]) != "" {
		if sub := a.sentenceSubject(pi, p.sentenceAt(s.open), s.open); sub.p != nil {
			ownSentence = p.eventAt(vs[0].start).p != sub.p
		}
	}
	if lastMeaningful(s.inner) == '.' && rest != "" && unicode.IsUpper([]rune(rest)[0]) && a.bringsInNext(text, vs[0].end) {
		// `"…." Asked whether a deal was close, the diplomat said only:
		// "…"`: the verb brings in the quotation after its colon.
		return who{}
	}
	// A quotation standing as a sentence of its own is no more the next
	// sentence's when that reports more than who spoke (`"…." The Turkish
	// diplomat, who ran the sessions, added that …`).
	alone := strings.TrimSpace(text[p.sentenceAt(s.open):s.open]) == ""
	if lastMeaningful(s.inner) == '.' && rest != "" && unicode.IsUpper([]rune(rest)[0]) && (ownSentence || alone) {
		if tail := strings.TrimSpace(text[vs[0].end : end+len(clause)]); strings.Trim(tail, ".,") != "" {
			return who{}
		}
	}
	// "He declined to say when …": an infinitive reports no words, nor
	// does a denial ("He would not say when …", "she never said").
	for _, w := range wordsBefore(text, max(end, vs[0].start-16), vs[0].start, 2) {
		if f := Fold(w.w); f == "to" || f == "not" || f == "never" || strings.HasSuffix(f, "n't") {
			return who{}
		}
	}
	if vs[0].v.Kind == "according" {
		// `Umerov told the committee that the round had been "…",
		// according to two lawmakers present`: the words are the one
		// who said them before the quotation; the source only reports
		// them.
		before := p.verbsIn(p.sentenceAt(s.open), s.open)
		for i := len(before) - 1; i >= 0; i-- {
			if w := p.eventAt(before[i].start); w.p != nil && before[i].v.has("that") {
				return w
			}
		}
	}
	if w := p.eventAt(vs[0].start); w.found() {
		if w == blocked && strings.HasSuffix(text[vs[0].start:vs[0].end], "ing") && strings.Trim(text[end:vs[0].start], " ,") == "" {
			return who{}
		}
		return w
	}
	return who{}
}

// bringsInNext reports a speech verb ending at off that a colon and a
// quotation follow, a word or two between ("said only: "…"", "told
// us: "…"").
func (a *analyser) bringsInNext(text string, off int) bool {
	rest := text[off:]
	i := strings.IndexByte(rest, ':')
	if i < 0 || i > maxColonGap || wordCount(rest[:i]) > 2 || strings.ContainsAny(rest[:i], "\"“”,.;") {
		return false
	}
	r, _ := utf8.DecodeRuneInString(strings.TrimLeft(rest[i+1:], " "))
	return r == '"' || r == '“'
}

// maxColonGap bounds the words between a verb and its colon.
const maxColonGap = 24

// postedBy is who a post quoted after their name and handle wrote:
// `has posted: Fabienne Roux (@ICRC_froux): "…"`. The name must end right
// before the handle's bracket.
func (a *analyser) postedBy(pi int, s quoteSpan) who {
	p := &a.paras[pi]
	before := strings.TrimRight(p.Text[:s.open], " ")
	if !strings.HasSuffix(before, "):") {
		return who{}
	}
	i := strings.LastIndex(before, "(@")
	if i <= 0 || strings.ContainsAny(before[i:len(before)-2], " \"“”") {
		return who{}
	}
	end := len(strings.TrimRight(before[:i], " *_"))
	for _, m := range p.mentionsIn(max(0, end-maxPostName), end) {
		if m.end == end && !m.possessive {
			return who{p: m.p, at: m.role}
		}
	}
	return who{}
}

// maxPostName bounds the bytes a post's writer's name may take before
// their handle.
const maxPostName = 80

// dashedSpeaker is who a dash after a quotation names, as newsletters
// and pull quotes set it: `"…" — Deputy Economy Minister Oleh Marchenko,
// on exports`. The name (after its title) must close the line or its
// clause.
//
// A quotation that is its paragraph alone may have its credit on the next
// line (nextLine).
func (a *analyser) dashedSpeaker(pi, end int, nextLine bool) who {
	p := &a.paras[pi]
	rest := strings.TrimLeft(p.Text[end:], " ")
	credit := false
	if rest == "" && nextLine && pi+1 < len(a.paras) && a.paras[pi+1].Section == p.Section {
		// The credit on a line of its own under the quotation, its dash
		// perhaps read as a list's: no sentence, no verb of speech
		// ("Ambassador Annelies Brunner, the Swiss envoy, after a walk
		// through central Zaporizhzhia on Wednesday").
		next := &a.paras[pi+1]
		t := strings.TrimSpace(next.Text)
		// A line ending in a colon brings in what is under it
		// ("Moldovan Foreign Minister Victor Rusnac:" in a roundup of
		// what they said), never credits what is above it.
		credit = t != "" && !strings.ContainsRune(".!?:", lastRune(t)) && len(next.verbs) == 0 && len(next.spans) == 0
		p, rest = next, strings.TrimLeft(next.Text, " ")
	}
	dash := ""
	for _, d := range []string{"— ", "– ", "― ", "- "} {
		if strings.HasPrefix(rest, d) {
			dash = d
			break
		}
	}
	if dash == "" && strings.HasPrefix(rest, "(") && strings.HasSuffix(strings.TrimSpace(rest), ")") && !strings.Contains(rest[1:], "(") {
		// `"…" (Bohdan Tkachuk, restorer)`, as a press kit credits its
		// quotations: the bracket closing the line names the speaker.
		dash = "("
	}
	if dash == "" && !credit {
		return who{}
	}
	n := len(p.Text) - len(rest) + len(dash)
	for n < len(p.Text) && p.Text[n] == ' ' {
		n++
	}
	m := p.mentionStartingAt(n)
	if m == nil {
		// "— Ambassador Annelies Brunner, the Swiss envoy": a title the
		// people model did not keep as the mention's role.
		if ms := p.mentionsIn(n, n+120); len(ms) > 0 && a.onlyTitleWords(p.Text[n:ms[0].off]) {
			m = &ms[0]
		}
	}
	if m == nil && p == &a.paras[pi] {
		// `"…" - the Maltese foreign minister, on the eve of the
		// signing`: an office, whose holder the text has named.
		end := len(p.Text)
		if c := strings.IndexAny(p.Text[n:], ",;("); c >= 0 {
			end = n + c
		}
		ws := wordsAfter(p.Text, n, end, 6)
		if np := a.nounPhrase(ws); np != "" && len(ws) > 1 && isDeterminer(ws[0].w) && len(strings.Fields(np)) == len(ws) {
			return a.roleSubject(pi, n, np)
		}
	}
	if m == nil || m.possessive {
		return who{}
	}
	tail := strings.TrimSpace(p.Text[m.end:])
	if tail != "" && !strings.ContainsRune(",.;:)", rune(tail[0])) {
		return who{}
	}
	if dash == "(" && m.role == "" {
		// "(Bohdan Tkachuk, restorer)": what the bracket calls them.
		if r, ok := strings.CutPrefix(strings.TrimSuffix(tail, ")"), ","); ok {
			if r = strings.TrimSpace(r); r != "" && wordCount(r) <= maxBracketRole && !strings.ContainsAny(r, "()\"“”") {
				m.p.roles.add(r)
				return who{p: m.p, at: r}
			}
		}
	}
	return who{p: m.p, at: m.role}
}

// maxBracketRole bounds the words of a title in a bracketed credit.
const maxBracketRole = 8

// onlyTitleWords reports text of title nouns, their modifiers and forms
// of address alone ("Ambassador", "Deputy Economy Minister", "Dr."), or
// none.
func (a *analyser) onlyTitleWords(text string) bool {
	return everyWord(text, func(f string) bool { return a.lx.IsTitleNoun(f) || a.lx.IsModifier(f) || a.lx.AddressedBy(f) })
}

// everyWord reports whether every word of text, folded, is ok (true for
// none).
func everyWord(text string, ok func(folded string) bool) bool {
	for _, w := range strings.Fields(text) {
		if !ok(Fold(w)) {
			return false
		}
	}
	return true
}

// clauseStart is where the clause holding off begins: its sentence's
// start, or a boundary between two subjects' clauses after it ("…, while
// Kirill Dmitriev … struck a warmer tone:", "…; Merz said").
// pastVocative is where a turn's words start past its label (at
// start) and past the name it opens by addressing another speaker of the
// conversation ("NYDEGGER: Oleksiy, the Russian deputy negotiator, Mr.
// Shubin, said …" asks Oleksiy Danylenko, who answers under his own
// label): the one addressed is not who said it.
func (a *analyser) pastVocative(pi, start, off int) int {
	p := &a.paras[pi]
	lead := len(p.Text[start:]) - len(strings.TrimLeft(p.Text[start:], " "))
	ms := p.mentionsIn(start+lead, start+lead+1)
	if len(ms) == 0 || ms[0].end >= off || !strings.HasPrefix(p.Text[ms[0].end:], ",") || ms[0].p == p.label.answer {
		return start
	}
	if a.labelSpeakers()[ms[0].p] {
		return ms[0].end + 1
	}
	return start
}

// labelSpeakers are the people who speak under a label somewhere in the
// article, read once (labels are all found before any turn is read).
func (a *analyser) labelSpeakers() map[*member]bool {
	if a.speakers == nil {
		a.speakers = map[*member]bool{}
		for i := range a.paras {
			if l := a.paras[i].label; l != nil && l.answer != nil {
				a.speakers[l.answer] = true
			}
		}
	}
	return a.speakers
}

func (a *analyser) clauseStart(pi, off int) int {
	p := &a.paras[pi]
	start := p.sentenceAt(off)
	if p.label != nil && p.label.end > 0 && start <= p.label.end+1 && p.label.end <= off {
		// The turn's first sentence (labelOpensSentence).
		start = a.pastVocative(pi, start, off)
	}
	text := p.Text
	from := max(start, off-maxClause)
	for i := off - 1; i > from; i-- {
		c := text[i]
		if c != ',' && c != ';' || p.inside(i) {
			continue
		}
		if c == ';' {
			return i + 1
		}
		rest := text[i+1 : min(off, i+12)]
		for _, b := range []string{" while ", " whereas "} {
			if strings.HasPrefix(rest, b) {
				return i + len(b)
			}
		}
		// "…, and the minister declined to give a figure, saying …": a
		// conjunction and a new subject open a clause of its own.
		for _, b := range []string{" and ", " but "} {
			if strings.HasPrefix(rest, b) {
				// Only when that clause speaks itself: in `she said, and
				// the others will follow "…"` the words are still hers.
				if ws := wordsAfter(text, i+len(b), off, 1); len(ws) == 1 && a.newSubject(ws[0].w) && len(p.verbsIn(i+len(b), off+1)) > 0 {
					return i + len(b)
				}
			}
		}
	}
	return start
}

// newSubject reports a word that opens a clause's subject after a
// conjunction: a determiner, a personal pronoun or a capitalised word.
func (a *analyser) newSubject(w string) bool {
	switch Fold(w) {
	case "he", "she", "they", "we", "i":
		return true
	}
	return isDeterminer(w) || isCapitalised(w)
}

// speakerAt is who speaks at speech verb v: the name after it when it
// follows a quotation (`…," said X`) or is "according to"; else its
// subject.
func (a *analyser) speakerAt(pi int, v verbAt) who {
	p := &a.paras[pi]
	// "before it was asked", "had been told": a passive names no speaker.
	if ws := wordsBefore(p.Text, max(0, v.start-16), v.start, 1); len(ws) == 1 && a.lx.is("passive", Fold(ws[0].w)) {
		return who{}
	}
	if v.v.Kind == "according" {
		after := p.Text[v.end:min(len(p.Text), v.end+maxClause)]
		// "According to him, …": the man the text has been speaking of.
		ws := wordsAfter(p.Text, v.end, min(len(p.Text), v.end+20), 2)
		if len(ws) > 0 && Fold(ws[0].w) == "to" {
			ws = ws[1:]
		}
		if len(ws) > 0 {
			switch Fold(strings.Trim(ws[0].w, ",")) {
			case "him":
				return a.resolvePronoun(pi, ws[0].start, "he")
			case "her":
				return a.resolvePronoun(pi, ws[0].start, "she")
			}
		}
		to := min(v.end+strings.IndexAny(after+",", ",:\"“"), v.end+len(after))
		// "according to a spokeswoman for the Austrian foreign ministry,
		// Katharina Leitner": the name set after the role is the source.
		if to < len(p.Text) && p.Text[to] == ',' {
			n := to + 1
			for n < len(p.Text) && p.Text[n] == ' ' {
				n++
			}
			if m := p.mentionStartingAt(n); m != nil && !m.possessive && m.off == n && a.rolePhrase(pi, v.end, to) {
				return who{p: m.p, at: m.role}
			}
		}
		return a.subjectAfter(pi, v.end, to)
	}
	if sentenceStart(p.Text, v.start) && unicode.IsUpper(firstRune(p.Text[v.start:v.end])) && !v.v.has("participle") && p.quoteBefore(v.start) < 0 {
		// "Writes Le Temps's correspondent Mathilde Favre, who …: "…"",
		// as a press review sets a paper's words: the verb opens the
		// sentence and its subject follows it.
		after := p.Text[v.end:min(len(p.Text), v.end+maxClause)]
		return a.subjectAfter(pi, v.end, v.end+a.lx.clauseEnd(after))
	}
	if q := p.quoteBefore(v.start); q >= 0 && strings.TrimLeft(p.Text[q:v.start], " ,—–-") == "" && !v.v.has("participle") {
		// `"…," said X`; not `"…", adding:`, whose subject is the
		// sentence's.
		after := p.Text[v.end:min(len(p.Text), v.end+maxClause)]
		return a.subjectAfter(pi, v.end, v.end+a.lx.clauseEnd(after))
	}
	return a.subjectOf(pi, v)
}

// rolePhrase reports whether text[from:to] is a role of someone it does
// not name: "to a spokeswoman for the Austrian foreign ministry".
func (a *analyser) rolePhrase(pi, from, to int) bool {
	p := &a.paras[pi]
	if len(p.mentionsIn(from, to)) > 0 {
		return false
	}
	for _, w := range strings.Fields(p.Text[from:to]) {
		if a.lx.IsTitleNoun(singular(a.lx, Fold(strings.Trim(w, ",;:")))) {
			return true
		}
	}
	return false
}

// quoteBefore is the end of the last quotation closing before off, or -1.
func (p *para) quoteBefore(off int) int {
	i := sort.Search(len(p.spans), func(i int) bool { return p.spans[i].close >= off })
	if i == 0 {
		return -1
	}
	return p.spans[i-1].markEnd(p.Text)
}

// subjectOf finds who speaks at speech verb v: the subject right before
// it, after the last comma ("Asked about X, Peskov said"); a name closing
// an apposition ("the Social Democratic lawmaker Dagmar Feldhaus,
// told"); else the subject of its clause ("Marco Rubio, who led the US
// team, said").
func (a *analyser) subjectOf(pi int, v verbAt) who {
	p := &a.paras[pi]
	if w, ok := a.inStatement(pi, v); ok {
		return w
	}
	if strings.HasSuffix(strings.TrimRight(p.Text[:v.start], " "), " and") {
		// "he smiled and said:": the clause opens at "and"; its subject
		// is the joined verb's.
		if w := a.coordinated(pi, v); w.p != nil {
			return w
		}
	}
	start := a.clauseStart(pi, v.start)
	from := max(start, p.quoteBefore(v.start))
	if at := a.lx.relativeClauseBefore(p.Text, max(from, v.start-maxClause), v.start); at > from {
		// "Roman Tkachuk, whose district includes Zatoka, said", "Halyna
		// Dovhan, a European Solidarity MP, who argued …, said": the
		// name the clause hangs off; "A Russian diplomat in Istanbul,
		// who asked not to be named, said": the subject before it.
		if m := a.relativeHead(pi, at+2); m != nil && m.off >= from {
			return a.named(pi, from, m)
		}
		v.start = at
	}
	comma := -1
	for i := v.start - 1; i >= from && i >= v.start-maxClause; i-- {
		if (p.Text[i] == ',' || p.Text[i] == ':') && !p.inside(i) {
			comma = i
			break
		}
	}
	if comma >= 0 {
		if w, ok := a.headBefore(pi, comma+1, v); ok {
			return w
		}
		// "…, she said, stressing that …": a participle goes on with the
		// speaker of the speech verb its comma follows.
		if v.v.has("participle") && strings.TrimSpace(p.Text[comma+1:v.start]) == "" {
			if vs := p.verbsIn(from, comma); len(vs) > 0 && strings.TrimSpace(p.Text[vs[len(vs)-1].end:comma]) == "" {
				if w := p.eventAt(vs[len(vs)-1].start); w.found() {
					return w
				}
			}
		}
		// Nothing between the comma and the verb but an auxiliary or an
		// adverb ("…, Hanne Lindqvist, has said"): the comma may close
		// an apposition whose name is the subject.
		if a.onlyAdverbs(p.Text[comma+1 : v.start]) {
			if m := p.mentionEndingAt(comma); m != nil && m.off >= from && !m.possessive {
				return a.named(pi, from, m)
			}
			// "a pensioner named Mykola Hrytsenko, 71, said": the comma
			// closes the age set after the name.
			if ms := p.mentionsIn(from, comma); len(ms) > 0 {
				m := &ms[len(ms)-1]
				if at := reAgeAfter.FindStringIndex(p.Text[m.end : comma+1]); !m.possessive && at != nil && m.end+at[1] == comma+1 {
					return a.named(pi, from, m)
				}
			}
		}
		return a.clauseSubject(pi, start, from, v.start)
	}
	if w, ok := a.headBefore(pi, from, v); ok {
		return w
	}
	return a.clauseSubject(pi, start, from, v.start)
}

// maxRelativeSubject bounds the words before a speech verb read for a
// role and the relative clause after it.
const maxRelativeSubject = 16

// onlyAdverbs reports text holding no word but adverbs and auxiliaries
// (words.tsv class adverb: "has", "also"), or none.
func (a *analyser) onlyAdverbs(text string) bool { return everyWord(text, a.lx.adverb) }

// relativeHead is the person a "who" at off hangs off: the name right
// before its comma, or before an apposition set off by commas ("Halyna
// Dovhan, a European Solidarity MP from Lviv, who"); nil when someone or
// something else stands there.
func (a *analyser) relativeHead(pi, off int) *mention {
	p := &a.paras[pi]
	text := p.Text
	before := strings.TrimRight(text[:off], " ")
	if !strings.HasSuffix(before, ",") {
		return nil
	}
	c := len(before) - 1
	if m := p.mentionEndingAt(c); m != nil && !m.possessive {
		return m
	}
	c0 := p.commaBefore(c)
	if c0 < 0 {
		return nil
	}
	if wordCount(text[c0+1:c]) > maxApposition || len(p.mentionsIn(c0+1, c)) > 0 || len(p.verbsIn(c0+1, c)) > 0 {
		return nil
	}
	if m := p.mentionEndingAt(c0); m != nil && !m.possessive {
		return m
	}
	// "Marja-Liisa Koskinen, 71, the OSCE's special envoy, who": an age
	// between the name and the apposition.
	if c1 := p.commaBefore(c0); c1 >= 0 {
		if at := reAgeAfter.FindStringIndex(text[c1 : c0+1]); at != nil && c1+at[1] == c0+1 {
			if m := p.mentionEndingAt(c1); m != nil && !m.possessive {
				return m
			}
		}
	}
	return nil
}

// maxApposition is the most words an apposition between a name and its
// relative clause may take.
const maxApposition = 10

// holdsTitle reports whether words hold a title or a noun for a person
// ("the Registrar of the Court,").
func (a *analyser) holdsTitle(ws []word) bool {
	for _, w := range ws {
		if f := singular(a.lx, Fold(strings.Trim(w.w, ",;:"))); a.lx.IsTitleNoun(f) || a.lx.IsPersonNoun(f) {
			return true
		}
	}
	return false
}

// clauseSubject is the subject of the words before a verb: read from the
// end of the quotation they follow ("…," Dmitry Peskov, the Kremlin
// spokesman, told), else from the sentence's start ("He said the talks
// were "useful" but warned").
func (a *analyser) clauseSubject(pi, start, from, to int) who {
	if from > start {
		if w := a.sentenceSubject(pi, from, to); w.found() {
			return w
		}
	}
	return a.sentenceSubject(pi, start, to)
}

// adverb reports a word that may stand between a subject and its verb
// ("Peskov also said", "he later wrote").
func (lx *Lexicon) adverb(w string) bool {
	return lx.is("adverb", w) || len(w) > 4 && strings.HasSuffix(w, "ly") && !lx.IsTitleNoun(w)
}

// headBefore reads the subject standing right before verb v, in the
// words from `from`: a pronoun, a name, a role ("the spokesman", "a
// senior diplomat"), or a noun naming no person ("the Kremlin", "Merz's
// office"), which blocks. ok is false when there is no subject there.
func (a *analyser) headBefore(pi, from int, v verbAt) (who, bool) {
	p := &a.paras[pi]
	text := p.Text
	from = max(from, v.start-maxClause)
	ws := wordsBefore(text, from, v.start, 10)
	for len(ws) > 0 && a.lx.adverb(Fold(ws[len(ws)-1].w)) {
		ws = ws[:len(ws)-1]
	}
	if len(ws) == 0 {
		return who{}, false
	}
	h := ws[len(ws)-1]
	hw := Fold(h.w)
	switch hw {
	case "he", "she":
		return a.resolvePronoun(pi, h.start, hw), true
	case "who":
		// "Halyna Dovhan, a European Solidarity MP from Lviv, who
		// argued that …": the one the relative clause hangs off.
		if m := a.relativeHead(pi, h.start); m != nil {
			return a.named(pi, from, m), true
		}
		return who{}, false
	case "and", "but", "or", "then", "which":
		// "He said … but warned:": the clause's subject.
		return who{}, false
	case "as":
		// "his office quoted him as saying": the one quoted.
		if w, ok := a.quotedAs(pi, v); ok {
			return w, true
		}
		return blocked, true
	case "former", "latter":
		// "The former called it "…", while the latter said": one of
		// the two just named.
		if n := len(ws); n >= 2 && Fold(ws[n-2].w) == "the" {
			return a.formerOrLatter(pi, ws[n-2].start, hw == "latter"), true
		}
	}
	if a.lx.is("group", hw) || hw == "i" || hw == "you" || hw == "it" {
		return blocked, true
	}
	if m := p.mentionEndingAt(h.end); m != nil && m.off >= from {
		if m.possessive {
			return blocked, true
		}
		if n := a.namedThenPlace(pi, from, v.start); n != nil && n != m && a.inPlacePhrase(p.Text[:m.off]) {
			// "Oren Kask of Korvane said", Korvane read as a name
			// elsewhere: where Kask is from.
			return a.named(pi, from, n), true
		}
		return a.named(pi, from, m), true
	}
	// "Susan Stewart from the German Institute … (SWP) told": a name and
	// the affiliation read as its role.
	if ms := p.mentionsIn(from, v.start); len(ms) > 0 {
		m := &ms[len(ms)-1]
		rest := p.Text[m.end:v.start]
		if m.role != "" && strings.Contains(rest, m.role) && wordCount(strings.Replace(rest, m.role, "", 1)) <= 3 {
			return a.named(pi, from, m), true
		}
		// "Mike Waltz (United States) said": a name and what brackets
		// add to it; "Iryna Melnyk (no relation to the negotiator) told
		// us": an aside naming no one and saying nothing of speech.
		if r := strings.TrimSpace(rest); strings.HasPrefix(r, "(") && strings.HasSuffix(r, ")") && strings.Count(r, "(") == 1 &&
			(wordCount(r) <= 4 || wordCount(r) <= maxAsideWords && len(p.mentionsIn(m.end, v.start)) == 0 && len(p.verbsIn(m.end, v.start)) == 0) {
			return a.named(pi, from, m), true
		}
	}
	// "Governor Bohdan Yavorsky of Bilozerska region, where most of the
	// strip lies, called the deal": a name and where they are from.
	if m := a.namedThenPlace(pi, from, v.start); m != nil {
		return a.named(pi, from, m), true
	}
	if w, ok := a.ageSubject(pi, ws); ok {
		return w, true
	}
	if w, ok := a.nationalSubject(pi, ws); ok {
		return w, true
	}
	if w, ok := a.honorificSubject(pi, ws); ok {
		return w, true
	}
	// "one Western diplomat in Riyadh said": where the speaker is, after
	// the noun saying what they are; the place is no speaker.
	if k := placeAfterNoun(a.lx, ws); k > 0 {
		if np := a.nounPhrase(ws[:k]); np != "" {
			return a.roleSubject(pi, ws[k-1].start, np), true
		}
	}
	if np := a.nounPhrase(ws); np != "" {
		return a.roleSubject(pi, ws[len(ws)-1].start, np), true
	}
	// "The speaker for the Russian Federation said", "a spokeswoman for
	// the ministry said": a role for a body, unnamed.
	if np := roleForBody(a.lx, ws); np != "" {
		if m := a.onlyHolder(np); m != nil {
			// "The head of the OCHA sub-office in Velyshka said:", of
			// the one the article names "Head of OCHA Sub-Office,
			// Velyshka" in its contacts box.
			return who{p: m}, true
		}
		return who{role: np, blocked: true}, true
	}
	// "the Kremlin said", "Merz's office said", "the report said": no
	// person. A statement or a ministry is named as the source.
	if a.lx.is("body", hw) || a.speaksForNation(h.w) {
		i := len(ws) - 1
		for i > 0 && len(ws)-i < 4 && !isDeterminer(ws[i-1].w) && !strings.ContainsAny(ws[i-1].w, ",;:") &&
			(Possessive(ws[i-1].w) || a.lx.IsModifier(ws[i-1].w) || isCapitalised(ws[i-1].w)) {
			i--
		}
		var parts []string
		for _, w := range ws[i:] {
			parts = append(parts, w.w)
		}
		return who{role: strings.Join(parts, " "), blocked: true}, true
	}
	if n := len(ws); n >= 2 && Fold(ws[n-2].w) == "the" && a.personWord(ws[n-1].w) {
		// "In a written statement, the collector said": a word for a
		// person that is no title, the one whose role holds it.
		return a.roleSubject(pi, ws[n-2].start, ws[n-2].w+" "+ws[n-1].w), true
	}
	// "A senior Velmoran official who asked not to be named said": the
	// role before a relative clause with no comma, unnamed.
	long := wordsBefore(text, from, v.start, maxRelativeSubject)
	for r := 1; r < len(long); r++ {
		if a.lx.IsRelative(Fold(long[r].w)) && !strings.ContainsAny(text[long[0].start:long[r].start], ",;:\"“”") {
			if np := a.nounPhrase(long[:r]); np != "" && a.indefinite(strings.Fields(np)[0]) {
				return a.roleSubject(pi, long[r-1].start, np), true
			}
			// "A nurse at St Brigid's who did not give her name told":
			// and where they are, after the noun (placeAfterNoun).
			if k := placeAfterNoun(a.lx, long[:r]); k > 0 {
				if np := a.nounPhrase(long[:k]); np != "" && a.indefinite(strings.Fields(np)[0]) {
					return a.roleSubject(pi, long[k-1].start, np), true
				}
			}
			break
		}
	}
	return blocked, true
}

// namedThenPlace is the last name in text[from:to] of paragraph pi when
// only where they are from stands between it and to (placeOfName); nil
// otherwise. The place may itself have been read as a name elsewhere
// ("Korvane called fuel a dual-use item"): in "Oren Kask of Korvane
// said" it is where Kask is from, so a name inside the place phrase is
// passed over for the one before it.
func (a *analyser) namedThenPlace(pi, from, to int) *mention {
	p := &a.paras[pi]
	ms := p.mentionsIn(from, to)
	for k := len(ms) - 1; k >= 0; k-- {
		if !ms[k].possessive && a.placeOfName(p.Text[ms[k].end:to]) {
			return &ms[k]
		}
		if !a.inPlacePhrase(p.Text[:ms[k].off]) {
			return nil
		}
	}
	return nil
}

// inPlacePhrase reports text ending in a word that opens where someone
// is from ("of", "from", "in": words.tsv originprep), perhaps with "the":
// a name right after it is the place.
func (a *analyser) inPlacePhrase(before string) bool {
	f := strings.Fields(before)
	if len(f) > 0 && f[len(f)-1] == "the" {
		f = f[:len(f)-1]
	}
	return len(f) > 0 && a.lx.is("originprep", f[len(f)-1])
}

// placeOfName reports what stands between a name and its verb as where
// they are from or of: "of", "from" or "in" (words.tsv originprep), one to three capitalised
// words and perhaps a word for an area ("of Bilozerska region"), then
// nothing, or a relative clause on the place set off by commas (",
// where most of the strip lies,").
func (a *analyser) placeOfName(rest string) bool {
	rest = strings.TrimSpace(rest)
	if i := strings.Index(rest, ", where "); i >= 0 {
		if !strings.HasSuffix(rest, ",") || strings.Count(rest[i+1:], ",") != 1 {
			return false
		}
		rest = rest[:i]
	}
	f := strings.Fields(rest)
	if len(f) < 2 || len(f) > 5 || !a.lx.is("originprep", f[0]) {
		return false
	}
	caps := 0
	for i, w := range f[1:] {
		switch {
		case strings.ContainsAny(w, ",;:()\""):
			return false
		case isCapitalised(w) && !a.lx.IsTitleNoun(Fold(w)) && !a.lx.IsOrganisationWord(Fold(w)):
			caps++
		case i+2 == len(f) && caps > 0 && a.lx.is("areanoun", Fold(w)):
		case i == 0 && w == "the":
		default:
			return false
		}
	}
	return caps > 0 && caps <= 3
}

// maxAsideWords bounds a bracketed aside between a name and its verb.
const maxAsideWords = 12

// placeAfterNoun is where a place phrase closing ws starts ("in" of
// "one Western diplomat in Riyadh", "at" of "an official at the
// Kremlin"): a preposition, perhaps "the", then one to three capitalised
// words; 0 when ws does not end so.
func placeAfterNoun(lx *Lexicon, ws []word) int {
	for k := len(ws) - 2; k >= 1 && k >= len(ws)-4; k-- {
		if strings.ContainsAny(ws[k].w, ",;:") {
			return 0
		}
		f := Fold(ws[k].w)
		if f == "the" {
			continue
		}
		if !isCapitalised(ws[k].w) {
			if lx.is("placeprep", f) {
				return k
			}
			return 0
		}
	}
	return 0
}

// speaksForNation reports a subject that is a country, its capital or its
// seat of government, written with its capital ("the Kremlin said",
// "Moscow says"): a body speaking, no person.
func (a *analyser) speaksForNation(w string) bool {
	n, ok := a.lx.Nation(w)
	return ok && isCapitalised(w) && !strings.EqualFold(StripPossessive(w), n.Adjective) && !Possessive(w)
}

func isCapitalised(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// roleStart is where mention m begins with the role the text gives it
// right before the name ("Secretary of State Marco Rubio", "The
// Kremlin's top foreign policy aide, Yuri Ushakov"), with its article.
func (p *para) roleStart(m *mention) int { return roleStartIn(p.Text, m) }

// roleStartIn is roleStart for a mention in any text (a heading's).
func roleStartIn(text string, m *mention) int {
	start := m.off
	if m.role != "" {
		from := max(0, m.off-len(m.role)-3)
		before := strings.TrimRight(text[from:m.off], " ,")
		if m.named {
			// "a crane operator named Halyna": the role, then a naming
			// word.
			w := lastWord(before)
			from = max(0, from-len(w)-1)
			before = strings.TrimRight(strings.TrimSuffix(strings.TrimRight(text[from:m.off], " "), w), " ")
		}
		if strings.HasSuffix(before, m.role) {
			start = from + len(before) - len(m.role)
		} else if i := strings.LastIndexByte(before, ' '); i > 0 && isCapitalised(before[i+1:]) {
			// "the navy spokesman Captain Taras Kovalchuk": a rank
			// between the role and the name.
			rank := from + i + 1
			from = max(0, rank-len(m.role)-4)
			if rest := strings.TrimRight(text[from:rank], " ,"); strings.HasSuffix(rest, m.role) {
				start = from + len(rest) - len(m.role)
			}
		}
	}
	ws := wordsBefore(text, max(0, start-8), start, 1)
	if len(ws) == 1 && isDeterminer(ws[0].w) && ws[0].end == strings.LastIndexFunc(text[:start], func(r rune) bool { return r != ' ' })+1 {
		start = ws[0].start
	}
	return start
}

// named is who a name heading a subject stands for: the person, unless
// the name hangs off a role ("the spokesman for Russian President
// Vladimir Putin") or joins a group ("Merz and Zelensky said").
func (a *analyser) named(pi, from int, m *mention) who {
	p := &a.paras[pi]
	if w := a.appositionOwner(pi, m); w.p != nil {
		return w
	}
	before := wordsBefore(p.Text, from, p.roleStart(m), 8)
	role := m.role
	if n := len(before); n > 0 {
		w := Fold(strings.TrimRight(before[n-1].w, ","))
		switch {
		case (w == "and" || w == "&" || w == "or") && a.portfolioJoined(p, before, m):
			// The whole title: "deputy climate and environment minister".
			k := n - 2
			for k > 0 && n-2-k < 2 && isLowerWord(before[k-1].w) && !isDeterminer(before[k-1].w) && !a.lx.IsPreposition(before[k-1].w) {
				k--
			}
			role = p.Text[before[k].start:p.roleStart(m)] + m.role
		case (w == "and" || w == "&" || w == "or") && !strings.HasSuffix(before[n-1].w, ",") && !(n > 1 && strings.HasSuffix(before[n-2].w, ",")):
			return blocked
		case a.lx.is("preposition", w) && !strings.HasSuffix(before[n-1].w, ","):
			// "the spokesman for Putin", "an aide to Zelensky": the role
			// speaks, not the name.
			if np := a.nounPhrase(before[:n-1]); np != "" {
				return a.roleSubject(pi, m.off, np)
			}
			return blocked
		}
	}
	// "Witkoff and Kushner are expected to …": a group.
	if after := wordsAfter(p.Text, m.end, min(len(p.Text), m.end+64), 2); len(after) == 2 {
		if c := Fold(after[0].w); (c == "and" || c == "&") && !strings.HasSuffix(p.Text[m.end:after[0].start], ",") {
			if p.mentionStartingAt(after[1].start) != nil || a.lx.IsTitleNoun(after[1].w) || a.lx.IsModifier(after[1].w) {
				return blocked
			}
		}
	}
	return who{p: m.p, at: role}
}

// portfolioJoined reports an "and" inside the role before a name, joining
// two fields of one portfolio ("deputy climate and environment minister
// Halina Zaremba"), not two subjects ("residents and mayor Ivan Petrenko",
// "farmers and agriculture minister …", "Merz and Defence Minister …"):
// the role read is a field and a title noun, and the word before "and"
// is a lower-case singular word that calls no one and ends no name.
func (a *analyser) portfolioJoined(p *para, before []word, m *mention) bool {
	n := len(before)
	if n < 2 || m.role == "" || strings.HasSuffix(before[n-1].w, ",") || strings.HasSuffix(before[n-2].w, ",") {
		return false
	}
	field, _, ok := strings.Cut(m.role, " ")
	if !ok || !isLowerWord(field) || a.lx.IsTitleNoun(field) || a.lx.IsModifier(field) {
		return false
	}
	w := before[n-2].w
	return isLowerWord(w) && !strings.HasSuffix(w, "s") && !a.lx.IsPersonNoun(w) && !isDeterminer(w) && !a.lx.is("pronoun", w) &&
		!a.lx.IsPreposition(w) && p.mentionEndingAt(before[n-2].end) == nil
}

// relativeClauseBefore is where a relative clause set between commas
// right before at opens (the comma before "who", "whose" or "which":
// "Roman Tkachuk, whose district includes Zatoka, said"), or -1.
func (lx *Lexicon) relativeClauseBefore(text string, from, at int) int {
	t := strings.TrimRight(text[from:at], " ")
	if !strings.HasSuffix(t, ",") {
		return -1
	}
	t = t[:len(t)-1]
	best := strings.LastIndex(t, ", ")
	if best <= 0 || strings.ContainsAny(t[best+1:], ",;:\"“”") {
		return -1
	}
	if f := strings.Fields(t[best+1:]); len(f) == 0 || !lx.IsRelative(Fold(f[0])) {
		return -1
	}
	return from + best
}

// appositionOwner is who an apposition naming m stands beside: "Callum
// Reid, a spokesman for Sir Gerald, told ClaimCheck" is Callum Reid
// speaking, not Sir Gerald. The one before the comma is the sentence's
// subject; the apposition says what they are, for whom.
func (a *analyser) appositionOwner(pi int, m *mention) who {
	p := &a.paras[pi]
	start := p.roleStart(m)
	if !strings.HasPrefix(p.Text[m.end:], ",") {
		return who{}
	}
	ws := wordsBefore(p.Text, max(0, start-maxClause), start, 8)
	n := len(ws)
	if n > 0 && (a.lx.is("honorific", Fold(ws[n-1].w)) || a.lx.is("givenhonorific", Fold(ws[n-1].w))) {
		// "for Sir Gerald": the knight the text named in full.
		start, ws, n = ws[n-1].start, ws[:n-1], n-1
	}
	if n < 3 || !a.lx.is("preposition", Fold(ws[n-1].w)) || strings.HasSuffix(ws[n-1].w, ",") {
		return who{}
	}
	np := a.nounPhrase(ws[:n-1])
	if np == "" {
		return who{}
	}
	// np's first word, its article if it has one ("a spokesman", or
	// "spokeswoman" bare).
	first := ws[n-1-len(strings.Fields(np))]
	comma := strings.LastIndexByte(p.Text[:first.start], ',')
	if comma < 0 || strings.TrimSpace(p.Text[comma+1:first.start]) != "" {
		return who{}
	}
	owner := p.mentionEndingAt(comma)
	if owner == nil || owner.possessive || owner.p == m.p {
		return who{}
	}
	if f := strings.Fields(np); isDeterminer(f[0]) {
		np = strings.Join(f[1:], " ")
	}
	return who{p: owner.p, at: np + " " + ws[n-1].w + " " + p.Text[start:m.end]}
}

// mentionStartingAt returns the mention whose role or name starts at off.
func (p *para) mentionStartingAt(off int) *mention {
	ms := p.mentionsIn(off, off+120)
	for k := range ms {
		if p.roleStart(&ms[k]) == off || ms[k].off == off {
			return &ms[k]
		}
	}
	return nil
}

// nounPhraseBefore returns the role phrase ending the words ws ("the
// spokesman", "a senior aide"), or "".
func nounPhraseBefore(lx *Lexicon, ws []word) string { return nounPhraseOf(lx, ws, nil) }

// nounPhrase is nounPhraseBefore, a nationality the article's own
// country names make (nationAdjective: "Ulessian" of Ulessia) a word of
// the title as a known one is ("a senior Ulessian official").
func (a *analyser) nounPhrase(ws []word) string { return nounPhraseOf(a.lx, ws, a.nationAdjective) }

// nounPhraseOf is nounPhraseBefore, nation (when not nil) saying which
// capitalised words the lexicon does not know are nationalities too.
func nounPhraseOf(lx *Lexicon, ws []word, nation func(string) bool) string {
	if len(ws) == 0 || !lx.IsTitleNoun(singular(lx, strings.TrimRight(ws[len(ws)-1].w, ",:"))) {
		return ""
	}
	i := len(ws) - 1
	for i > 0 {
		w := ws[i-1].w
		if strings.HasSuffix(w, ",") {
			break
		}
		if lx.IsModifier(StripPossessive(w)) || lx.IsTitleNoun(w) || Possessive(w) || isDeterminer(w) || lx.is("lifemod", Fold(w)) || nation != nil && nation(w) {
			i--
			if isDeterminer(w) {
				break
			}
			continue
		}
		// "the crane operator", "the Red Cross official": plain nouns
		// or a name (up to three words) right before the title word,
		// after "the", belong to it; so do those before a body's
		// possessive before it ("the refugee agency's representative").
		if i == len(ws)-1 || i == len(ws)-2 && Possessive(ws[i].w) {
			k := i - 1
			for k >= 0 && i-k <= 3 && !strings.ContainsAny(ws[k].w, ",;:.") && (lx.compoundWord(ws[k].w) || isCapitalised(ws[k].w) && !isDeterminer(ws[k].w)) {
				k--
			}
			if k >= 0 && k < i-1 && isDeterminer(ws[k].w) {
				i = k + 1
				continue
			}
		}
		break
	}
	var parts []string
	for _, w := range ws[i:] {
		parts = append(parts, strings.TrimRight(w.w, ",:"))
	}
	return strings.Join(parts, " ")
}

// nationAdjective reports a capitalised word the lexicon does not know
// that is the adjective of a country the article names: the word less a
// demonym ending (words.tsv demonymending) is a capitalised word of the
// article ("Ulessian", where the article speaks of Ulessia). Worked out
// once a word.
func (a *analyser) nationAdjective(w string) bool {
	if !isCapitalised(w) || isDeterminer(w) {
		return false
	}
	if ok, seen := a.nationAdj[w]; seen {
		return ok
	}
	ok := false
	if _, known := a.lx.Nation(w); !known {
		for _, end := range a.lx.DemonymEndings() {
			base, cut := strings.CutSuffix(w, end)
			if !cut || len(base) < minNationBase {
				continue
			}
			if a.usesWord(base) || a.usesWord(base+"a") {
				ok = true
				break
			}
		}
	}
	if a.nationAdj == nil {
		a.nationAdj = map[string]bool{}
	}
	a.nationAdj[w] = ok
	return ok
}

// minNationBase is the shortest country name nationAdjective reads off
// an adjective: "Tarsk" of "Tarskan".
const minNationBase = 4

// usesWord reports the article writing w as a word of its own,
// anywhere in its paragraphs.
func (a *analyser) usesWord(w string) bool {
	for i := range a.paras {
		t := a.paras[i].Text
		for off := 0; ; {
			j := strings.Index(t[off:], w)
			if j < 0 {
				break
			}
			at := off + j
			if boundary(t, at) && boundary(t, at+len(w)) {
				return true
			}
			off = at + len(w)
		}
	}
	return false
}

// roleForBody is a role for a body standing before a verb ("the speaker
// for the Russian Federation", "a spokeswoman of the ministry"): a role
// noun, "for" or "of", then up to five words of the body's name; "" when
// the words are not one.
// onlyHolder is the one person of the article whose titles hold every
// word of np that says which office it is (its title and its body,
// three words at least, none a determiner or a preposition; where it
// is, after "in", may go unsaid); nil when none or several do, or np
// says too little.
func (a *analyser) onlyHolder(np string) *member {
	if office, _, ok := strings.Cut(np, " in "); ok {
		np = office // "… in Velyshka": where the office is, which its title may leave out
	}
	var words []string
	for _, w := range strings.Fields(np) {
		f := Fold(strings.Trim(w, ",.;:()"))
		if f == "" || isDeterminer(f) || a.lx.is("preposition", f) || a.lx.is("stop", f) {
			continue
		}
		words = append(words, f)
	}
	if len(words) < minHolderWords {
		return nil
	}
	var found *member
	for _, key := range a.cast.order {
		m := a.cast.byKey[key]
		if m == nil || m == found {
			continue
		}
		if m.titledAll(words) {
			if found != nil {
				return nil
			}
			found = m
		}
	}
	return found
}

// minHolderWords is how many words an office's description needs to
// name one holder by itself.
const minHolderWords = 3

// titledAll reports whether one of p's titles holds every word.
func (p *member) titledAll(words []string) bool {
	return slices.ContainsFunc(p.roles.order, func(r string) bool {
		held := strings.FieldsFunc(Fold(r), func(c rune) bool { return c == ' ' || c == ',' || c == '(' || c == ')' })
		return !slices.ContainsFunc(words, func(w string) bool { return !slices.Contains(held, w) })
	})
}

func roleForBody(lx *Lexicon, ws []word) string {
	for k := len(ws) - 2; k >= 1 && len(ws)-k <= 6; k-- {
		if f := Fold(ws[k].w); f != "for" && f != "of" {
			continue
		}
		np := nounPhraseBefore(lx, ws[:k])
		if np == "" {
			return ""
		}
		for _, w := range ws[k+1:] {
			if strings.ContainsAny(w.w, ",;:") {
				return ""
			}
		}
		var parts []string
		for _, w := range ws[k:] {
			parts = append(parts, w.w)
		}
		return np + " " + strings.Join(parts, " ")
	}
	return ""
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

// roleSubject resolves a role phrase heading a subject: "the spokesman"
// is the one person lately named with that title, unless an unnamed one
// was introduced since ("one official … the official said"); "a senior
// diplomat" is an unnamed source.
// says reports a word before a title that says whose office it is: a
// possessive ("the agency's"), a nationality ("the Maltese"), a body's
// initials ("the UN") or a word for one ("the agency").
func (a *analyser) says(w string) bool {
	if Possessive(w) || isInitials(w) || a.lx.is("orgword", Fold(w)) {
		return true
	}
	_, ok := a.lx.Nation(w)
	return ok
}

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
	role := np
	if isDeterminer(ws[0]) {
		role = strings.Join(ws[1:], " ")
	}
	if plural {
		return who{role: role, blocked: true}
	}
	if det == "the" || Possessive(ws[0]) && len(ws) <= 3 {
		if m, mpi := a.byRole(pi, off, noun, mods); m != nil && !a.unnamedSince(mpi, m, pi, off, noun) && a.ownedBy(m, mods) {
			if a.lx.is("acttitle", noun) {
				// "the Turkish mediator": the part the text gives them
				// is theirs ("what did the turkish mediator say").
				m.p.roles.add(role)
			}
			return who{p: m.p}
		}
		// "the retired nurse": what she is by her life says nothing of
		// which nurse (words.tsv lifemod).
		lifemod := func(w string) bool { return a.lx.is("lifemod", Fold(w)) }
		kept := mods
		if slices.ContainsFunc(mods, lifemod) {
			kept = slices.DeleteFunc(slices.Clone(mods), lifemod)
		}
		if len(kept) > 0 && slices.ContainsFunc(kept, a.says) && len(a.paras[pi].mentionsIn(0, off)) == 0 {
			// "the agency's chief inspector said", "the Maltese foreign
			// minister said", in a paragraph naming no one: an office the
			// text names no holder of, and says whose: an unnamed source
			// with that role, as "a spokesperson for the agency" is.
			return who{role: role, blocked: true}
		}
		if det == "the" {
			// "A senior EU official tells us … "…," the official said":
			// the unnamed one the text just introduced.
			if r := a.unnamedIntroduced(pi, off, noun, mods); r != "" {
				return who{role: r, blocked: true}
			}
		}
		if det == "the" && (len(kept) == 0 || a.nationsOnly(kept)) {
			// "the Swiss diplomat said", of the one just named as the
			// subject, whose titles name no other country.
			if m := a.epithet(pi, off, noun); m != nil && a.ofNations(m, kept) {
				m.roles.add(role)
				return who{p: m}
			}
		}
		// "The minister told me this morning, and I quote: "…"" /
		// "Minister Andriy Demchenko also asked me …": the holder the
		// text names next, titled so right there.
		if det == "the" {
			if m := a.titledNext(pi, off, noun, mods); m != nil {
				return who{p: m}
			}
		}
		// "the minister" is someone the text knows and we do not: no
		// name, and no role that would read as a description of them.
		return blocked
	}
	return who{role: role, blocked: true}
}

// titledNext is the person the text names first after a role noun at off
// of paragraph pi (in the rest of the paragraph, else the next one in its
// section), when that mention gives them the role's title and its
// modifiers; nil when the first one named after it is someone else, or
// is not titled so there.
func (a *analyser) titledNext(pi, off int, noun string, mods []string) *member {
	for i := pi; i < len(a.paras) && i <= pi+1; i++ {
		p := &a.paras[i]
		if i > pi && p.Section != a.paras[pi].Section {
			return nil
		}
		from := 0
		if i == pi {
			from = off + 1
		}
		for _, m := range p.mentionsIn(from, len(p.Text)) {
			if m.role == "" || !a.lx.roleHeadIs(m.role, noun) || !m.p.titledWith(m.role, mods) {
				return nil
			}
			return m.p
		}
	}
	return nil
}

// nationsOnly reports modifiers that are all nationalities ("Swiss").
func (a *analyser) nationsOnly(mods []string) bool {
	for _, w := range mods {
		if _, ok := a.lx.Nation(w); !ok {
			return false
		}
	}
	return true
}

// ofNations reports whether p may be of every nation mods name: no
// title of theirs calls them of another ("Turkey's deputy foreign
// minister", "Russian envoy"); a region they answer for ("regional
// director for Europe") says nothing of where they are from.
func (a *analyser) ofNations(p *member, mods []string) bool {
	for _, w := range mods {
		n, ok := a.lx.Nation(w)
		if !ok {
			return false
		}
		for _, r := range p.roles.order {
			for _, rw := range strings.Fields(r) {
				rw = strings.Trim(rw, ",()")
				x, ok := a.lx.Nation(rw)
				if ok && x.Country != n.Country && (strings.EqualFold(rw, x.Adjective) || Possessive(rw)) {
					return false
				}
			}
		}
	}
	return true
}

// isIndefinite reports a word introducing someone not yet known ("a",
// "an", "one", "another" official).
func isIndefinite(w string) bool {
	switch strings.ToLower(w) {
	case "a", "an", "one", "another":
		return true
	}
	return false
}

// maxIntroducedBack bounds how far back, in bytes, unnamedIntroduced
// reads a paragraph for a title's introduction.
const maxIntroducedBack = 2000

// unnamedIntroduced is the role of the last unnamed holder of a title
// the text introduced before off, in paragraph pi or the one before ("A
// senior EU official tells us …": "senior EU official"), holding every
// word of mods; "" when none was, or someone named holds the title after
// them. "The official said" is then that official.
func (a *analyser) unnamedIntroduced(pi, off int, noun string, mods []string) string {
	for i := pi; i >= 0 && i >= pi-1; i-- {
		p := &a.paras[i]
		if i < pi && p.Section != a.paras[pi].Section {
			return ""
		}
		end := len(p.Text)
		if i == pi {
			end = off
		}
		// Only the last maxIntroducedBack bytes: an introduction so far
		// back is no one "the official" still means, and a long
		// paragraph is not split again for every title in it.
		text := tailOf(p.Text[:end], maxIntroducedBack)
		base := end - len(text)
		ws := splitWords(text)
		for k := len(ws) - 1; k >= 0; k-- {
			if !a.lx.SameTitle(singular(a.lx, ws[k].w), noun) {
				continue
			}
			// Back over its modifiers to an indefinite article.
			j := k - 1
			for j >= 0 && k-j <= 4 && !isDeterminer(ws[j].w) && !strings.ContainsAny(text[ws[j].end:ws[j+1].start], ",.;:") {
				j--
			}
			if j < 0 || k-j > 4 || strings.ContainsAny(text[ws[j].end:ws[j+1].start], ",.;:") {
				continue
			}
			if !isIndefinite(ws[j].w) {
				continue
			}
			if m := p.mentionEndingAt(base + strings.LastIndexFunc(text[:ws[j].start], func(r rune) bool { return r != ' ' && r != ',' }) + 1); m != nil && strings.HasSuffix(strings.TrimRight(text[:ws[j].start], " "), ",") {
				// "Konrad Aeschlimann, a private collector": a name's
				// apposition introduces no one else.
				return ""
			}
			np := text[ws[j+1].start:ws[k].end]
			for _, m := range mods {
				if !slices.Contains(strings.Fields(Fold(np)), Fold(m)) {
					return ""
				}
			}
			for _, m := range p.mentionsIn(base+ws[k].end, end) {
				if !m.possessive && m.p.hasRoleHead(a.lx, noun) {
					return "" // a named holder since
				}
			}
			return np
		}
	}
	return ""
}

// ownedBy reports whether a role's possessive owner that is no country
// or body ("Zelensky's spokesman") is named in the person's titles: the
// Kremlin's spokesman is not Zelensky's.
func (a *analyser) ownedBy(m *mention, mods []string) bool {
	for _, w := range mods {
		if !Possessive(w) {
			continue
		}
		owner := StripPossessive(w)
		if _, ok := a.lx.Nation(owner); ok {
			continue
		}
		if _, ok := a.lx.Organisation(owner); ok {
			continue
		}
		found := false
		for _, r := range slices.Concat([]string{m.role}, m.p.roles.order, m.p.deeds.order) {
			if strings.Contains(Fold(r), Fold(owner)) {
				found = true
			}
			for _, w := range splitWords(r) {
				// "the insurer's chief executive": the chief executive
				// of Nordhavn Marine Insurance.
				found = found || sameStem(Fold(owner), Fold(w.w))
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// sameStem reports two words of five letters or more that differ only
// in their last two letters or fewer past a shared start of five or more
// ("insurer", "insurance"; "ministry", "minister"): a common noun for an
// organisation and the word its name uses.
func sameStem(a, b string) bool {
	ra, rb := []rune(a), []rune(b)
	n := 0
	for n < len(ra) && n < len(rb) && ra[n] == rb[n] {
		n++
	}
	return n >= 5 && n >= min(len(ra), len(rb))-2
}

// unnamedSince reports whether an unnamed holder of the title was
// introduced between mention m (in paragraph mpi) and off in paragraph
// pi: "According to one official …, but the official said" is that
// official, not one named before.
func (a *analyser) unnamedSince(mpi int, m *mention, pi, off int, noun string) bool {
	for i := pi; i >= mpi; i-- {
		p := &a.paras[i]
		from, to := 0, len(p.Text)
		if i == pi {
			to = off
		}
		if i == mpi {
			from = m.end
		}
		if to <= from {
			continue
		}
		ws := wordsBefore(p.Text, max(from, to-maxClause), to, 80)
		for k, w := range ws {
			if !a.lx.SameTitle(singular(a.lx, strings.Trim(w.w, ",:;")), noun) {
				continue
			}
			if i == mpi && p.sentenceAt(w.start) <= m.off && (m.p.hasRoleHead(a.lx, noun) || m.p.roleHoldsWord(m.role, noun)) {
				// "Nadiia Borysenko, 38, a crane operator, …": what the
				// sentence naming them says they are is them.
				continue
			}
			for j := k - 1; j >= 0 && j >= k-4; j-- {
				if isIndefinite(ws[j].w) {
					return true
				}
				if isDeterminer(ws[j].w) || strings.ContainsAny(ws[j].w, ",.;:") {
					break
				}
			}
		}
	}
	return false
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
	ms := p.mentionsIn(from, to)
	for k := range ms {
		m := &ms[k]
		// Words between the verb and the name (and the role the text
		// gives it there): more role words, or a role the name hangs off
		// ("said the spokesman for President Putin"). Anything else ends
		// the subject before the name: "said the minister, who met
		// Zelensky" is the minister.
		between := wordsAfter(text, from, p.roleStart(m), 12)
		// `said the Registrar of the Court, Ana Lucia Ferreyra`, `said
		// the spokesman for President Putin, Dmitry Peskov`: a role, a
		// comma, and the name of the one holding it.
		if n := len(between); n > 1 && !m.possessive && strings.HasSuffix(between[n-1].w, ",") &&
			strings.TrimSpace(text[between[n-1].end:p.roleStart(m)]) == "" && a.holdsTitle(between) {
			return a.named(pi, from, m)
		}
		for k, w := range between {
			if a.lx.is("preposition", Fold(w.w)) {
				if np := a.nounPhrase(between[:k]); np != "" {
					return a.roleSubject(pi, from, np)
				}
				return blocked
			}
			if strings.ContainsAny(w.w, ",;:") || !a.roleWord(w.w) {
				if np := a.nounPhrase(between[:k+1]); np != "" {
					return a.roleSubject(pi, from, np)
				}
				return blocked
			}
		}
		if m.possessive {
			// "said Zelensky's spokesman": the spokesman speaks, or the
			// name after it ("… spokesman Serhiy Nykyforov").
			continue
		}
		return a.named(pi, from, m)
	}
	// No name: an age ("said the 54-year-old"), a role or an unnamed
	// source ("said a senior diplomat").
	if w, ok := a.ageSubject(pi, ws[:min(len(ws), 2)]); ok {
		return w
	}
	if w, ok := a.nationalSubject(pi, ws[:min(len(ws), 2)]); ok {
		return w
	}
	if w, ok := a.honorificSubject(pi, ws[:min(len(ws), 2)]); ok {
		return w
	}
	var np []word
	for _, w := range ws {
		np = append(np, w)
		if strings.ContainsAny(w.w, ",;:") || a.lx.IsTitleNoun(singular(a.lx, strings.TrimRight(w.w, ",;:"))) {
			break
		}
	}
	if phrase := a.nounPhrase(np); phrase != "" {
		return a.roleSubject(pi, from, phrase)
	}
	return blocked
}

// reInTheirWords is "in his words," right before a quotation.
var reInTheirWords = regexp.MustCompile(`(?i)\bin (his|her)(?: own)? words[,:]?\s*$`)

// reInRolesWords is "in the director's words", before a quotation: the
// role's holder speaks.
var reInRolesWords = regexp.MustCompile(`(?i)\bin (the(?: [\p{L}-]+){1,3})['’]s(?: own)? words[,:]?\s*$`)

// reAgeNoun is an age standing for someone: "54-year-old".
var reAgeNoun = regexp.MustCompile(`^(\d{1,3})-year-old$`)

// ageSubject reads "the 54-year-old" ending ws (the words right before a
// speech verb, or right after it) as the one person the text gave that
// age in this paragraph or the three before ("Serhiy Lytvyn, 54, …"); ok
// is false when the words are no age. Two of that age, or none, is no
// one.
func (a *analyser) ageSubject(pi int, ws []word) (who, bool) {
	n := len(ws)
	if n < 2 || Fold(ws[n-2].w) != "the" {
		return who{}, false
	}
	m := reAgeNoun.FindStringSubmatch(strings.TrimRight(ws[n-1].w, ",;:."))
	if m == nil {
		return who{}, false
	}
	age, _ := strconv.Atoi(m[1])
	return a.onlyNamedBefore(pi, ws[n-2].start, func(_ string, mt *mention) bool { return mt.p.age == age }), true
}

// onlyNamedBefore is the one person the text names, before off in
// paragraph pi or in the three paragraphs before it, whose mention fits
// (given the text of its paragraph); blocked when none or two do.
func (a *analyser) onlyNamedBefore(pi, off int, fits func(text string, mt *mention) bool) who {
	var found *member
	for i := pi; i >= 0 && i >= pi-3; i-- {
		ms := a.paras[i].ments
		if i == pi {
			ms = a.paras[i].mentionsIn(0, off)
		}
		for k := range ms {
			if fits(a.paras[i].Text, &ms[k]) {
				if found != nil && found != ms[k].p {
					return blocked
				}
				found = ms[k].p
			}
		}
	}
	if found == nil {
		return blocked
	}
	return who{p: found}
}

// roleWord reports a word that may stand in a role before a name: an
// article, a title, a modifier, a nationality, a possessive or a
// capitalised word.
func (a *analyser) roleWord(w string) bool {
	if isDeterminer(w) || Possessive(w) || a.lx.IsTitleNoun(w) || a.lx.IsModifier(w) {
		return true
	}
	if _, ok := a.lx.Nation(w); ok {
		return true
	}
	return isCapitalised(w) && !a.lx.is("stop", w)
}

// sentenceSubject is the subject of the clause text[from:to] when it is
// a person: a pronoun opening it, or a name standing first (after a
// fronted phrase such as "Asked about X," or "Standing next to Merz,");
// a name elsewhere is an object and no subject.
func (a *analyser) sentenceSubject(pi, from, to int) who {
	return a.subjectFrom(pi, from, to, true)
}

// personWord reports w as a word for one person that is no title
// ("collector", "farmer"): singular, no possessive.
func (a *analyser) personWord(w string) bool {
	w = Fold(w)
	return !Possessive(w) && !a.lx.IsTitleNoun(w) && a.lx.IsPersonNoun(w) && singular(a.lx, w) == w
}

// afterOpeningPhrase is where the clause of text[from:to] opens after an
// opening phrase of a participle or a preposition set off by a comma
// ("Speaking in Kyiv on Tuesday, she", "In a statement, he"), a fronted
// clause ("When the government asked him in August, he") or a short
// phrase of a preposition with no comma ("For 27 years he"), when the
// phrase names no one, quotes nothing and a pronoun follows it; else
// from.
func (a *analyser) afterOpeningPhrase(p *para, from, to int) int {
	return a.openingPhraseThen(p, from, to, func(next string) bool { return next == "he" || next == "she" }, true)
}

// openingPhraseThen is afterOpeningPhrase with the word that must follow
// the phrase (folded) told by then; clauses says a fronted clause (words.tsv
// subordinator: "When the government asked him …, he") or a phrase with
// no comma ("For 27 years he ran …") may open it too.
func (a *analyser) openingPhraseThen(p *para, from, to int, then func(next string) bool, clauses bool) int {
	ws := wordsAfter(p.Text, from, to, maxOpeningWords+2)
	if len(ws) < 3 {
		return from
	}
	first := Fold(ws[0].w)
	longest := maxOpeningWords
	if clauses && a.lx.is("subordinator", first) {
		longest = maxClauseOpening // "When the government asked him …, he"
		ws = wordsAfter(p.Text, from, to, maxClauseOpening+2)
	} else if !strings.HasSuffix(first, "ing") && !strings.HasSuffix(first, "ed") && !a.lx.IsPreposition(first) {
		return from
	}
	for k := 0; k < len(ws)-1 && k < longest; k++ {
		if !strings.HasSuffix(ws[k].w, ",") {
			continue
		}
		next := Fold(ws[k+1].w)
		if !then(next) || len(p.mentionsIn(from, ws[k].end)) > 0 || strings.ContainsAny(p.Text[from:ws[k].end], "\"“”") {
			return from
		}
		return ws[k+1].start
	}
	if !clauses || !a.lx.IsPreposition(first) {
		return from
	}
	// "For 27 years he ran the trauma department": a short phrase of a
	// preposition with no comma, then the pronoun; not "After he left
	// she …", whose first pronoun is the phrase's own.
	for k := 2; k < len(ws)-1 && k <= maxBareOpening; k++ {
		w := Fold(ws[k].w)
		if then(w) {
			if len(p.mentionsIn(from, ws[k].start)) > 0 || strings.ContainsAny(p.Text[from:ws[k].start], "\"“”,;:") {
				return from
			}
			return ws[k].start
		}
		if a.lx.is("pronoun", w) || a.lx.is("clausestart", w) && w != "the" && w != "a" && w != "an" || strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed") {
			return from
		}
	}
	return from
}

// maxBareOpening bounds the words of an opening phrase with no comma
// before the pronoun afterOpeningPhrase reads as the subject.
const maxBareOpening = 4

// maxOpeningWords bounds an opening phrase afterOpeningPhrase skips;
// maxClauseOpening a fronted clause (words.tsv subordinator).
const (
	maxOpeningWords  = 10
	maxClauseOpening = 18
)

// subjectFrom is sentenceSubject; without pronouns, a pronoun opening
// the clause is left alone (a pronoun reading back uses the speakers
// already read instead, so that reading stays linear).
func (a *analyser) subjectFrom(pi, from, to int, pronouns bool) who {
	p := &a.paras[pi]
	if pronouns {
		// "Speaking in Kyiv on Tuesday, she said:", "Asked about the
		// money, he was blunt:": the clause opens after a phrase that
		// names no one.
		from = a.afterOpeningPhrase(p, from, to)
	}
	if ws := wordsAfter(p.Text, from, to, 1); pronouns && len(ws) == 1 && ws[0].end < to {
		switch w := Fold(strings.TrimRight(ws[0].w, ",")); w {
		case "he", "she":
			return a.resolvePronoun(pi, ws[0].start, w)
		case "they", "we":
			return blocked
		}
	}
	ms := p.mentionsIn(from, to)
	for k := 0; k < len(ms) && k < 20; k++ {
		m := &ms[k]
		if m.end > to {
			break
		}
		if !m.possessive && a.isSubject(pi, from, m) {
			return a.named(pi, from, m)
		}
	}
	// "The Ukrainian president was more direct.": a role as subject, the
	// person who holds it; "A senior diplomat was less upbeat.": an
	// unnamed one (found, but no one to name); "Asked about the bear,
	// the checkpoint commander was unrepentant.": after an opening
	// phrase.
	from = a.openingPhraseThen(p, from, to, isDeterminer, false)
	if ws := wordsAfter(p.Text, from, to, 2); len(ws) == 2 && a.lx.is("whose", Fold(ws[0].w)) && a.lx.IsKin(Fold(strings.TrimRight(ws[1].w, ","))) {
		// "Her husband, a retired railway signalman, said …": someone
		// the text names only by kin, no one it has named (who they
		// are, if anyone, is for kin to say).
		return blocked
	}
	if ws := wordsAfter(p.Text, from, to, 3); len(ws) == 3 && isDeterminer(ws[0].w) && isLowerWord(StripPossessive(ws[1].w)) && Possessive(ws[1].w) && a.lx.IsKin(Fold(strings.TrimRight(ws[2].w, ","))) {
		// "The stonemason's wife, reached by phone, said …": someone
		// the text names only as a relative of someone it does not
		// name either; whoever "she" is next, no one named before.
		return who{role: ws[1].w + " " + strings.TrimRight(ws[2].w, ","), blocked: true}
	}
	if ws := wordsAfter(p.Text, from, to, 6); len(ws) > 1 && isDeterminer(ws[0].w) {
		for k := 1; k < len(ws); k++ {
			if a.lx.IsTitleNoun(singular(a.lx, strings.TrimRight(ws[k].w, ","))) && !strings.HasSuffix(ws[k-1].w, ",") && !(k+2 < len(ws) && a.ownerWord(ws, k)) {
				if np := a.nounPhrase(ws[:k+1]); np != "" && strings.HasPrefix(np, ws[0].w) {
					if k+1 < len(ws) && a.indefinite(ws[0].w) && a.lx.is("placeprep", Fold(ws[k+1].w)) && !Possessive(ws[k].w) {
						// "A nurse at the hospital who did not give her
						// name …": someone new, and where they are.
						return a.roleSubject(pi, ws[0].start, np)
					}
					if k+1 < len(ws) && (a.lx.is("preposition", Fold(ws[k+1].w)) || Possessive(ws[k].w)) {
						break
					}
					return a.roleSubject(pi, ws[0].start, np)
				}
				break
			}
			// "The refugee agency's representative …", "The UN
			// representative …", "The utility's spokeswoman …": whose
			// office it is, before it; "the checkpoint commander": a
			// plain noun saying which (the next word must be the title).
			if !a.lx.IsModifier(ws[k].w) && !a.ownerWord(ws, k) &&
				!(k == 1 && k+1 < len(ws) && a.lx.compoundWord(ws[k].w) && a.lx.IsTitleNoun(singular(a.lx, strings.TrimRight(ws[k+1].w, ",")))) {
				break
			}
		}
	}
	return who{}
}

// indefinite reports an article bringing in someone new (words.tsv
// indefinite: "a", "an", "one").
func (a *analyser) indefinite(w string) bool { return a.lx.is("indefinite", Fold(w)) }

// ownerWord reports whether ws[k] names, or is part of the name of, the
// body whose office a title after it is, in a role opening a clause: an
// acronym ("UN"), a word for a body or an office ("agency's",
// "ministry"), or the word before one ("refugee" in "refugee agency's").
func (a *analyser) ownerWord(ws []word, k int) bool {
	body := func(w string) bool {
		f := Fold(StripPossessive(w))
		return a.lx.is("orgword", f) || a.lx.IsOffice(f) || a.lx.is("part", f)
	}
	w := ws[k].w
	if body(w) || isInitials(StripPossessive(w)) {
		return true
	}
	return isLowerWord(w) && k+1 < len(ws) && body(ws[k+1].w)
}

// isSubject reports whether mention m opens the clause starting at from:
// nothing before it but its role, or a fronted phrase ending in a comma
// ("In Kyiv, Ukrainian President Volodymyr Zelensky struck …"), or a
// comma and a conjunction (", and Merz said").
func (a *analyser) isSubject(pi, from int, m *mention) bool {
	p := &a.paras[pi]
	before := wordsBefore(p.Text, from, p.roleStart(m), 12)
	titled := false // the word last passed is a title noun
	// "Professor Elena Marchetti of the Geneva Centre …": a title before
	// the name whose role the text gives after it.
	for len(before) > 0 && !strings.HasSuffix(before[len(before)-1].w, ",") {
		bw := before[len(before)-1]
		w := bw.w
		if !strings.ContainsFunc(w, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) {
			// "🎙 Navy spokesman Captain Taras Kovalchuk:": a post's
			// emoji, a bullet, before the name.
			before = before[:len(before)-1]
			continue
		}
		f := Fold(StripPossessive(w))
		aside := bw.start > 0 && p.Text[bw.start-1] == '(' // "General (ret.) Piotr Zawadzki"
		// "Major General Igor Pankratov, …, said": a capitalised word
		// opening the clause before a title is the title's.
		ranked := titled && len(before) == 1 && isCapitalised(w)
		// "Sheikh Jassim Al-Marri on the fund:": an honorific too.
		if !a.lx.IsTitleNoun(f) && !a.lx.IsModifier(f) && !aside && !ranked && !(a.lx.is("givenhonorific", f) && isCapitalised(w)) {
			break
		}
		titled = a.lx.IsTitleNoun(f)
		before = before[:len(before)-1]
	}
	// Only the punctuation closing a quotation before it: `"…,"
	// General (ret.) Piotr Zawadzki, …, told me`.
	if len(before) == 0 || len(before) == 1 && strings.Trim(before[0].w, ",\"”’' ") == "" {
		return true
	}
	last := before[len(before)-1].w
	if Possessive(last) && (len(before) == 1 || len(before) == 2 && isDeterminer(before[0].w)) {
		// "Rosatom's Gleb Sharapov, a deputy director general, told
		// reporters", "The agency's Mateo Ferrandi says": whose they
		// are, opening the sentence before the name.
		return true
	}
	if strings.HasSuffix(last, ",") {
		// The phrase's first word, however long the phrase ("Speaking
		// outside the hearing venue on the Rue de Lausanne shortly after
		// 16:00, Konstantin Belov …").
		first := Fold(strings.TrimRight(before[0].w, ","))
		if ws := wordsAfter(p.Text, from, before[0].start, 1); len(ws) == 1 {
			first = Fold(strings.TrimRight(ws[0].w, ","))
		}
		if a.lx.is("preposition", first) || a.lx.is("opener", first) || a.lx.adverb(first) ||
			strings.HasSuffix(first, "ing") || strings.HasSuffix(first, "ed") {
			return true
		}
		// A role set before the name ("Switzerland's state secretary
		// for foreign affairs, Lukas Brunner, who …, said"): the name
		// is the subject.
		if a.roleApposition(before) {
			return true
		}
		// "…, who …, said" is handled by the caller; a list or an
		// apposition ("Two customers, Iryna Tkachenko, …") is not a
		// subject.
		return false
	}
	switch Fold(last) {
	case "and", "but", "while", "whereas", "as", "when", "because", "although", "so":
		// "…, and Peskov said", or opening the sentence: "As Selim
		// Karaca put it to me, …".
		return len(before) == 1 || strings.HasSuffix(before[len(before)-2].w, ",")
	}
	return a.whenOpener(before)
}

// whenOpener reports words that are only a time opening the sentence
// with no comma after it ("On 2 April 2069 the skipper, Bohdan Lysenko,
// wrote …", "On Monday the minister …"): a preposition, then dates,
// numbers, a month's or a weekday's name, and the article before the
// role.
func (a *analyser) whenOpener(ws []word) bool {
	if len(ws) < 2 || !a.lx.is("preposition", Fold(ws[0].w)) {
		return false
	}
	dated := false
	for _, w := range ws[1:] {
		f := Fold(strings.Trim(w.w, ",."))
		switch {
		case strings.ContainsAny(f, "0123456789"):
			dated = true
		case isDeterminer(f):
		case a.lx.NotName(strings.Trim(w.w, ",.")) && isCapitalised(w.w):
			dated = true // "April", "Monday"
		default:
			return false
		}
	}
	return dated
}

// roleApposition reports whether words ending in a comma are a role
// alone, set before a name: a title with its modifiers and complements
// ("Switzerland's state secretary for foreign affairs,", "the head of
// the Swiss delegation,"), with no comma inside.
func (a *analyser) roleApposition(ws []word) bool {
	first := ws[0].w
	if !Possessive(first) && !isDeterminer(first) && !a.lx.IsModifier(first) && !a.lx.IsTitleNoun(Fold(first)) {
		return false
	}
	titled := false
	for i, w := range ws {
		f := Fold(strings.TrimRight(w.w, ","))
		if i < len(ws)-1 && strings.ContainsAny(w.w, ",;:") {
			return false
		}
		if a.lx.is("preposition", f) {
			break // what follows complements the title
		}
		titled = titled || a.lx.IsTitleNoun(singular(a.lx, f))
	}
	return titled
}

// prepositional reports whether mention m stands in a phrase opened by a
// preposition ("with Merz", "Standing next to Merz, …"): not a subject,
// and in a pronoun's own sentence not what it stands for.
func (a *analyser) prepositional(pi, sentStart int, m *mention) bool {
	p := &a.paras[pi]
	before := wordsBefore(p.Text, sentStart, p.roleStart(m), 8)
	if n := len(before); n > 0 && a.lx.is("preposition", Fold(strings.Trim(before[n-1].w, ",;"))) {
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

// inStatement reads a participle right after a verb, a determiner and a
// word for what someone said ("Arkhipova issued a statement describing
// the award as "…""): the statement's words, so its author's, the
// subject of the verb putting it out. ok is false for any other verb.
func (a *analyser) inStatement(pi int, v verbAt) (who, bool) {
	if !v.v.has("participle") {
		return who{}, false
	}
	p := &a.paras[pi]
	ws := wordsBefore(p.Text, max(0, v.start-maxClause), v.start, 3)
	if len(ws) != 3 || strings.TrimSpace(p.Text[ws[2].end:v.start]) != "" || !a.lx.is("speechnoun", Fold(ws[2].w)) || !isDeterminer(ws[1].w) && !Possessive(ws[1].w) {
		return who{}, false
	}
	// The verb putting the statement out ("issued", "posted") speaks
	// for its subject as "said" would.
	issued := verbAt{start: ws[0].start, end: ws[0].end, v: &Verb{Form: ws[0].w, Kind: "say"}}
	return a.subjectOf(pi, issued), true
}

// quotedAs reads "X quotes him as saying: …", "Interfax quoted Peskov as
// telling reporters …": speech verb v after "as" and a verb of quoting
// (words.tsv quoting) speaks for the quoting verb's object, a pronoun
// or a name; ok is false for any other verb. An object that is neither
// leaves the words to no one rather than to the one quoting.
func (a *analyser) quotedAs(pi int, v verbAt) (who, bool) {
	p := &a.paras[pi]
	ws := wordsBefore(p.Text, max(0, v.start-maxClause), v.start, 8)
	if len(ws) < 3 || Fold(ws[len(ws)-1].w) != "as" {
		return who{}, false
	}
	for k := len(ws) - 2; k > 0; k-- {
		if !a.lx.is("quoting", Fold(ws[k-1].w)) {
			continue
		}
		from, to := ws[k].start, ws[len(ws)-1].start
		if g, ok := a.lx.Pronoun(Fold(strings.TrimSpace(p.Text[from:to]))); ok && g != Unknown {
			pronoun := "he"
			if g == Female {
				pronoun = "she"
			}
			// "him" is never the one quoting: whom the text spoke of
			// before the sentence, unless that is who quotes.
			start := p.sentenceAt(from)
			w := a.resolvePronoun(pi, start, pronoun)
			for _, m := range p.mentionsIn(start, from) {
				if w.p != nil && m.p == w.p {
					return blocked, true
				}
			}
			return w, true
		}
		if ms := p.mentionsIn(from, to); len(ms) == 1 && !ms[0].possessive {
			return who{p: ms[0].p, at: ms[0].role}, true
		}
		return blocked, true
	}
	return who{}, false
}

// nationalSubject reads "the Dutchman", "the Russian" right before a
// verb (words.tsv demonym, or a nation's adjective ending in "an" used
// as a noun): the one person of that nation the paragraph names before
// it, or the three before do; blocked when none or two are, ok false for
// any other subject. A nation's people ("the Swiss", "the French") are
// no one person.
func (a *analyser) nationalSubject(pi int, ws []word) (who, bool) {
	n := len(ws)
	if n < 2 || Fold(ws[n-2].w) != "the" {
		return who{}, false
	}
	w := strings.TrimRight(ws[n-1].w, ",;:.")
	nation, ok := a.lx.Nation(w)
	if !ok || !isCapitalised(w) || !a.lx.is("demonym", Fold(w)) && !(w == nation.Adjective && strings.HasSuffix(w, "an")) {
		return who{}, false
	}
	return a.onlyNamedBefore(pi, ws[n-2].start, func(_ string, mt *mention) bool { return a.ofNation(mt.p, nation.Country) }), true
}

// honorificSubject reads "the sheikh", "the metropolitan" right before
// or after a verb (words.tsv givenhonorific): the one person the text
// named with that honorific before their name ("Sheikh Khalid bin Saud
// Al-Mannai"), in the paragraph or the three before; ok false for any
// other subject.
func (a *analyser) honorificSubject(pi int, ws []word) (who, bool) {
	n := len(ws)
	if n < 2 || Fold(ws[n-2].w) != "the" {
		return who{}, false
	}
	h := Fold(strings.TrimRight(ws[n-1].w, ",;:."))
	if !a.lx.is("givenhonorific", h) {
		return who{}, false
	}
	return a.onlyNamedBefore(pi, ws[n-2].start, func(text string, mt *mention) bool {
		b := wordsBefore(text, max(0, mt.off-20), mt.off, 1)
		return len(b) == 1 && Fold(b[0].w) == h
	}), true
}

// ofNation reports a person whose titles say they are of the country
// ("retired Dutch engineer", "Russia's deputy foreign minister").
func (a *analyser) ofNation(p *member, country string) bool {
	roles := p.roles.order
	if p.known != nil {
		roles = append(roles[:len(roles):len(roles)], p.known.Role)
	}
	for _, r := range roles {
		for _, f := range strings.Fields(r) {
			if n, ok := a.lx.Nation(strings.Trim(f, ",.;:()")); ok && n.Country == country {
				return true
			}
		}
	}
	return false
}

// nothingBefore reports the text before a quotation as empty: spaces, or
// the marks of a quoted block ("> " in a plain-text newsletter).
func nothingBefore(s string) bool { return strings.TrimLeft(s, "> \t") == "" }
