package people

import (
	"sort"
	"strings"
	"unicode"
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
		} else if WordCount(body) >= MinQuoteWords {
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
		if a.lx.quotedTitle(text, s) || WordCount(inner) < MinQuoteWords && !a.shortSaid(pi, s, inner) {
			continue
		}
		w, alone := a.attribute(pi, s)
		if f, ok := a.messageFrom(pi, s); ok {
			// "A text now from Jonas in Brenn: "…"": the sender's.
			w, alone = f, false
		}
		if si == 0 && p.label == nil && (!w.found() || w.blocked) && a.quoteIsParagraph(pi, s) {
			// "… asked for his letter to be read to the meeting. The
			// Mayor read the letter aloud:" / "4.2 "I am sorry I cannot
			// be with you tonight …"": his letter's, not the reader's.
			if r := a.readOutBefore(pi); r.found() {
				w, alone = r, false
			}
		}
		if q := a.quotingObject(pi, s); q.p != nil && (!w.found() || w.p == turn.p) {
			// `WREN: … I'm quoting her exactly: "I read fourteen names
			// …"`: hers, whoever speaks.
			w, alone = q, false
		}
		// `WREN: "It was not knowing…," he said.`: a turn that quotes
		// someone the text names as saying it gives their words, not the
		// one whose turn it is.
		if c := a.readOutGoesOn(pi, turn); si == 0 && c.found() && (w.p == nil || w.p == turn.p) {
			// `LOTTE AHRENS (continuing): "For two years …"`, after her
			// turn opened Gustav's statement and left it open: his words
			// go on, read out in her next turn.
			w, alone = c, false
		} else if turn.p != nil && (si == 0 && (w.p == nil || w.p == turn.p) || !w.found()) {
			w, alone = turn, false
			if si > 0 && last.p != nil && last.p != turn.p {
				// `… he said. "I never did."`: the one quoted goes on.
				w = last
			}
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
			// One named in the attribution's own sentence ("…," Aster
			// told me, a day after Emil walked off the bridge. "…") is
			// no one brought in to speak: the words go on being his.
			// Unless named as a source of words ("he said, repeating the
			// words of Kremlin spokesman Dmitry Peskov. "…""): which of
			// them goes on is no guess.
			if w.p != nil && from >= 0 {
				for _, m := range p.mentionsIn(from+1, s.open) {
					if m.p != w.p && !m.possessive && (p.sentenceAt(m.off) != p.sentenceAt(from) || a.namedAsSource(text, m.off)) {
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
		if si == 0 && p.label == nil && w.p == nil && w.role == "" && p.forward.found() {
			// "Forwarded from Benedikt Arlo "Symmetry …"": a message
			// credited before its quotation, in its own paragraph (the
			// name right before it otherwise leaves it no one's).
			w = p.forward
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
			if WordCount(strings.Trim(cut, "… ")) < MinQuoteWords {
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

// namedAsSource reports a name at off brought in as a source of words: a
// word for what someone said (words.tsv speechnoun) or for quoting among
// the few words before it ("repeating the words of Kremlin spokesman
// …"). (Not a verb of speech: the attribution's own stands there, "said,
// referring to chief executive Oskar Vendel".)
func (a *analyser) namedAsSource(text string, off int) bool {
	for _, w := range wordsBefore(text, max(0, off-maxSourceBack), off, sourceWords) {
		f := Fold(strings.Trim(w.w, ",;:"))
		if a.lx.is("speechnoun", f) || a.lx.is("quoting", f) {
			return true
		}
	}
	return false
}

// sourceWords is how many words before a name are read for what brings
// them in as a source of words.
const sourceWords = 6

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
	n := WordCount(inner)
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

// maxCueLines is the most cue lines a broadcast script sets between a
// clip's credit and the clip.
const maxCueLines = 4

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

// readOutGoesOn is, for a turn that is a quotation (turn, its label's
// speaker), whose words it goes on with: the speaker of a quotation the
// same speaker's turn just before left open, someone else's words they
// were reading out; no one otherwise.
func (a *analyser) readOutGoesOn(pi int, turn who) who {
	if turn.p == nil || pi == 0 {
		return who{}
	}
	prev := a.paras[pi-1].label
	if prev == nil || prev.answer != turn.p {
		return who{}
	}
	if c := a.continuedQuote(pi); c.p != nil && c.p != turn.p {
		return c
	}
	return who{}
}

// speakerAt is who speaks at speech verb v: the name after it when it
// follows a quotation (`…," said X`) or is "according to"; else its
// subject.
func (a *analyser) speakerAt(pi int, v verbAt) who {
	p := &a.paras[pi]
	// "before it was asked", "had been told": a passive names no speaker.
	if ws := wordsBefore(p.Text, max(0, v.start-16), v.start, 1); len(ws) == 1 && a.lx.isFold("passive", ws[0].w) {
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

// nothingBefore reports the text before a quotation as empty: spaces, or
// the marks of a quoted block ("> " in a plain-text newsletter), or an
// item number.
func nothingBefore(s string) bool {
	t := strings.TrimLeft(s, "> \t")
	// "4.2 "I am sorry …"": a minute's item number.
	return t == "" || reItemNumber.MatchString(strings.TrimRight(t, " "))
}
