package people

import (
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"
)

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
	if at := dashAsideBefore(p.Text, max(from, v.start-maxClause), v.start); at > from && len(p.mentionsIn(at, v.start)) == 0 && len(p.verbsIn(at, v.start)) == 0 {
		// "Halina Drozd, the teacher freed alongside Rask - and no
		// relation to the officer - said": an aside set between spaced
		// dashes, naming no one and saying nothing of speech, stands
		// outside the clause, as a bracketed one does.
		v.start = at
		if !strings.HasSuffix(strings.TrimRight(p.Text[from:at], " "), ",") {
			// The aside's first dash closes an apposition as a comma
			// would: the name before it speaks.
			if m := a.apposedName(pi, from, at); m != nil {
				return a.named(pi, from, m)
			}
		}
	}
	comma := -1
	depth := 0 // brackets closed after i: "Bohdan Solvak (Civic Union, no relation to her) said"
	for i := v.start - 1; i >= from && i >= v.start-maxClause; i-- {
		switch p.Text[i] {
		case ')':
			depth++
		case '(':
			depth = max(depth-1, 0)
		}
		if (p.Text[i] == ',' || p.Text[i] == ':') && depth == 0 && !p.inside(i) {
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
			if m := a.apposedName(pi, from, comma); m != nil {
				return a.named(pi, from, m)
			}
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

// apposedName is the name an apposition opening with an article, closed
// at end, is set after: "Halina Drozd, the 58-year-old teacher freed
// alongside Elin Rask," is Halina Drozd, not a name inside it. Nil when
// text[from:end] does not close such an apposition: one naming no
// speech, with no quotation, bracket or clause break inside.
func (a *analyser) apposedName(pi, from, end int) *mention {
	p := &a.paras[pi]
	open := strings.LastIndex(p.Text[from:end], ",")
	if open < 0 {
		return nil
	}
	open += from
	aside := strings.TrimSpace(p.Text[open+1 : end])
	f := strings.Fields(aside)
	if len(f) < 2 || len(f) > maxAsideWords || !a.lx.IsArticle(Fold(f[0])) || strings.ContainsAny(aside, ";:\"“”()") || p.inside(open) || len(p.verbsIn(open, end)) > 0 {
		return nil
	}
	if m := p.mentionEndingAt(open); m != nil && m.off >= from && !m.possessive {
		return m
	}
	return nil
}

// dashAsideBefore is where an aside set between two spaced dashes right
// before at opens (the space before its first dash: " - and no relation
// to the officer - "), when it is at most maxAsideWords long; -1 when
// text[from:at] does not end in one.
func dashAsideBefore(text string, from, at int) int {
	t := strings.TrimRight(text[from:at], " ")
	closing := spacedDashEnd(t)
	if closing < 0 {
		return -1
	}
	inner := t[:closing]
	for i := len(inner) - 1; i >= 1; i-- {
		if n := spacedDashAt(inner, i); n > 0 {
			if wc := WordCount(inner[i+n:]); wc == 0 || wc > maxAsideWords {
				return -1
			}
			return from + i - 1
		}
	}
	return -1
}

// spacedDashEnd is where the dash closing t stands when t ends in a
// dash set off by a space before it (" -", " –", " —"), or -1.
func spacedDashEnd(t string) int {
	r, n := utf8.DecodeLastRuneInString(t)
	if !isDash(r) || len(t) <= n || t[len(t)-n-1] != ' ' {
		return -1
	}
	return len(t) - n
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
	if WordCount(text[c0+1:c]) > maxApposition || len(p.mentionsIn(c0+1, c)) > 0 || len(p.verbsIn(c0+1, c)) > 0 {
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
	if hw == "i" {
		if w := a.writerSpeaks(pi, h.start, v); w.p != nil {
			return w, true
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
		if m.role != "" && strings.Contains(rest, m.role) && WordCount(strings.Replace(rest, m.role, "", 1)) <= 3 {
			return a.named(pi, from, m), true
		}
		// "Mike Waltz (United States) said": a name and what brackets
		// add to it; "Iryna Melnyk (no relation to the negotiator) told
		// us": an aside naming no one and saying nothing of speech.
		if r := strings.TrimSpace(rest); strings.HasPrefix(r, "(") && strings.HasSuffix(r, ")") && strings.Count(r, "(") == 1 &&
			(WordCount(r) <= 4 || WordCount(r) <= maxAsideWords && len(p.mentionsIn(m.end, v.start)) == 0 && len(p.verbsIn(m.end, v.start)) == 0) {
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
	// "Ostapchuk's statement said", "Vasko's letter says": the words of
	// someone's own statement or letter (words.tsv speechnoun), read out
	// or printed, are theirs; an office's or a body's are not (below).
	if n := len(ws); n >= 2 && a.lx.is("speechnoun", hw) && Possessive(ws[n-2].w) {
		if m := p.mentionEndingAt(ws[n-2].start + len(StripPossessive(ws[n-2].w))); m != nil && m.possessive && m.off >= from {
			return a.named(pi, from, m), true
		}
	}
	// "…," the statement said: whose statement the text before made it
	// ("His aide read a statement on his behalf").
	if n := len(ws); n >= 2 && a.lx.is("speechnoun", hw) && Fold(ws[n-2].w) == "the" {
		if w := a.statementOwner(pi, ws[n-2].start, hw); w.p != nil {
			return w, true
		}
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
	if n := len(ws); n >= 2 && a.lx.IsOwnerPronoun(ws[n-2].w) && a.lx.markedGender(Fold(ws[n-2].w)) != Unknown && a.lx.isFold("kin", ws[n-1].w) {
		// "He still answers in Dravenian, his grandmother says": the
		// one the text made a grandmother ("her grandson Ilko"), else
		// someone unnamed, whom a "she" after may stand for.
		return a.kinSubject(pi, ws[n-2].start, ws[n-2].w, ws[n-1].w), true
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
	if len(f) >= 3 && len(f) <= maxBodyOfName+2 && a.lx.is("originprep", f[0]) && f[1] == "the" && !strings.ContainsAny(rest, ",;:()\"") && a.lx.namesBody(strings.Join(f[2:], " ")) {
		// "Piotr Zalewski of the Baltic Institute for Arms Control
		// described it": the body they are of.
		return true
	}
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
		case i+2 == len(f) && caps > 0 && a.lx.isFold("areanoun", w):
		case i == 0 && w == "the":
		default:
			return false
		}
	}
	return caps > 0 && caps <= 3
}

// maxBodyOfName bounds the words of a body's name between a name and
// its verb ("of the Baltic Institute for Arms Control").
const maxBodyOfName = 7

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

// relativeClauseBefore is where a relative clause set between commas
// right before at opens (the comma before "who", "whose" or "which":
// "Roman Tkachuk, whose district includes Zatoka, said"), or a clause
// saying for whom they speak (words.tsv asideopen: "Marta Ivanek,
// speaking for Health Minister Piotr Lescu, told"), or -1.
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
	if f := strings.Fields(t[best+1:]); len(f) == 0 || !lx.IsRelative(Fold(f[0])) && !lx.is("asideopen", Fold(f[0])) {
		return -1
	}
	return from + best
}

// kinRoleBefore reports the words from start to a name at off as one
// word for a relative and a comma ("mother, " of "his mother, Marta
// Kiil").
func (a *analyser) kinRoleBefore(text string, start, off int) bool {
	w, ok := strings.CutSuffix(strings.TrimSpace(text[start:off]), ",")
	return ok && !strings.Contains(w, " ") && a.lx.IsKin(Fold(w))
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
		if len(between) == 1 && !m.possessive && a.lx.isFold("whose", between[0].w) && a.kinRoleBefore(text, p.roleStart(m), m.off) {
			// `said his mother, Marta Kiil, 41`: whose relative she is,
			// then her name.
			return a.named(pi, from, m)
		}
		for k, w := range between {
			if a.lx.isFold("preposition", w.w) {
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

// personWord reports w as a word for one person that is no title
// ("collector", "farmer"): singular, no possessive.
func (a *analyser) personWord(w string) bool {
	w = Fold(w)
	return !Possessive(w) && !a.lx.IsTitleNoun(w) && a.lx.IsPersonNoun(w) && singular(a.lx, w) == w
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
	if len(ws) != 3 || strings.TrimSpace(p.Text[ws[2].end:v.start]) != "" || !a.lx.isFold("speechnoun", ws[2].w) || !isDeterminer(ws[1].w) && !Possessive(ws[1].w) {
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
		if !a.lx.isFold("quoting", ws[k-1].w) {
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
	if !ok || !isCapitalised(w) || !a.lx.isFold("demonym", w) && !(w == nation.Adjective && strings.HasSuffix(w, "an")) {
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

// maxColonObject bounds the bytes between the writer's verb of saying
// and the colon before the quotation: "told them", "said to the room".
const maxColonObject = 40

// writerSpeaks is the one "I" stands for at off of paragraph pi, in a
// text its writer signs as one person (Options.Writer: a blog's footer,
// a column's byline), in its opening section (not a reply under it) and
// outside anyone's turn or quotation: the writer
// ("I told them: "Do not build us a country we will have to leave."").
// No one otherwise.

func (a *analyser) writerSpeaks(pi, off int, v verbAt) who {
	p := &a.paras[pi]
	if a.opts.Writer == "" || p.label != nil || p.inside(off) || strings.ContainsAny(a.opts.Writer, ",&") || strings.Contains(a.opts.Writer, " and ") {
		return who{}
	}
	// Only a verb of saying that brings in a quotation after a colon
	// ("I told them: "…""): "I asked him whether …. He laughed and
	// said: "…"" is his, and the writer is who asked.
	if v.v == nil || v.v.Kind != "say" {
		return who{}
	}
	after := p.Text[v.end:min(len(p.Text), v.end+maxColonObject)]
	colon := strings.IndexByte(after, ':')
	if colon < 0 || strings.ContainsAny(after[:colon], ".!?\"“") {
		return who{}
	}
	if r := strings.TrimLeft(after[colon+1:], " "); r == "" || r[0] != '"' && !strings.HasPrefix(r, "“") {
		return who{}
	}
	if p.Section != a.paras[0].Section {
		// "## Right of reply", under an op-ed: another writer's section.
		return who{}
	}
	if m := a.labelSpeaker(a.opts.Writer); m != nil && strings.Contains(m.name, " ") {
		return who{p: m}
	}
	return who{}
}
