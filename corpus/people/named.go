package people

import (
	"strings"
)

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
		case (w == "and" || w == "&" || w == "or") && !strings.HasSuffix(before[n-1].w, ",") && !(n > 1 && strings.HasSuffix(before[n-2].w, ",")) && !sentenceStart(p.Text, before[n-1].start):
			// "Witkoff and Kushner said": two, no one speaker. Not "And
			// Governor Brodec told me …": a sentence opening with "And"
			// joins it to the one before, not its subject to anyone.
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
	if n > 0 && (a.lx.isFold("honorific", ws[n-1].w) || a.lx.isFold("givenhonorific", ws[n-1].w)) {
		// "for Sir Gerald": the knight the text named in full.
		start, ws, n = ws[n-1].start, ws[:n-1], n-1
	}
	if n < 3 || !a.lx.isFold("preposition", ws[n-1].w) || strings.HasSuffix(ws[n-1].w, ",") {
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
		if lx.IsModifier(StripPossessive(w)) || lx.IsTitleNoun(w) || Possessive(w) || isDeterminer(w) || lx.isFold("lifemod", w) || nation != nil && nation(w) {
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
		ok = adjectiveOfWritten(a.lx, w, a.usesWord)
	}
	if a.nationAdj == nil {
		a.nationAdj = map[string]bool{}
	}
	a.nationAdj[w] = ok
	return ok
}

// adjectiveOfWritten reports w as a country's people's adjective whose
// country written reports written: w less a demonym ending (words.tsv
// demonymending), or that and an "a" ("Dravenian" of Dravenia).
func adjectiveOfWritten(lx *Lexicon, w string, written func(string) bool) bool {
	for _, end := range lx.DemonymEndings() {
		base, cut := strings.CutSuffix(w, end)
		if cut && len(base) >= minNationBase && (written(base) || written(base+"a")) {
			return true
		}
	}
	return false
}

// minNationBase is the shortest country name nationAdjective reads off
// an adjective: "Tarsk" of "Tarskan".
const minNationBase = 4

// usesWord reports the article writing w as a word of its own,
// anywhere in its paragraphs.
func (a *analyser) usesWord(w string) bool {
	for i := range a.paras {
		if holdsWord(a.paras[i].Text, w) {
			return true
		}
	}
	return false
}

// holdsWord reports t writing w as a word of its own.
func holdsWord(t, w string) bool {
	for off := 0; ; {
		j := strings.Index(t[off:], w)
		if j < 0 {
			return false
		}
		at := off + j
		if boundary(t, at) && boundary(t, at+len(w)) {
			return true
		}
		off = at + len(w)
	}
}
