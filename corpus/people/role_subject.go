package people

import (
	"slices"
	"strings"
)

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
		held := titleWords(Fold(r))
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

// roleSubject resolves a role phrase heading a subject: "the spokesman"
// is the one person lately named with that title, unless an unnamed one
// was introduced since ("one official … the official said"); "a senior
// diplomat" is an unnamed source.
// says reports a word before a title that says whose office it is: a
// possessive ("the agency's"), a nationality ("the Maltese"), a body's
// initials ("the UN") or a word for one ("the agency").
func (a *analyser) says(w string) bool {
	if Possessive(w) || isInitials(w) || a.lx.isFold("orgword", w) {
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
		lifemod := func(w string) bool { return a.lx.isFold("lifemod", w) }
		kept := mods
		if slices.ContainsFunc(mods, lifemod) {
			kept = slices.DeleteFunc(slices.Clone(mods), lifemod)
		}
		if det == "the" && len(kept) > 0 && a.lx.is("acttitle", noun) && len(a.paras[pi].mentionsIn(0, off)) == 0 {
			// "…, the United Nations mediator said." opening a story
			// that names her two paragraphs on ("UN Special Envoy Ilse
			// Marthaler told reporters"): the part is the one she plays.
			if m := a.bodyNamedNext(pi, off, kept); m != nil {
				m.roles.add(role)
				return who{p: m}
			}
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

// bodyNamedNext is the person the text names first after a part played
// in talks at off of paragraph pi, in the rest of its section up to
// bodyLookAhead paragraphs on, when a title of theirs holds the body
// the part is qualified by (mods "United Nations", of "UN Special
// Envoy"); nil when the first one named is someone else, or mods name
// no body (a nationality alone is the acttitle rule's, in words.tsv).
func (a *analyser) bodyNamedNext(pi, off int, mods []string) *member {
	var body []string
	for _, w := range mods {
		if _, nation := a.lx.Nation(w); !nation && isCapitalised(w) {
			body = append(body, Fold(w))
		}
	}
	if len(body) == 0 || len(body) < len(mods) {
		return nil
	}
	initials := ""
	if len(body) > 1 {
		for _, w := range body {
			initials += w[:1]
		}
	}
	holds := func(title string) bool {
		held := titleWords(Fold(title))
		return initials != "" && slices.Contains(held, initials) || !slices.ContainsFunc(body, func(w string) bool { return !slices.Contains(held, w) })
	}
	for i := pi; i < len(a.paras) && i <= pi+bodyLookAhead; i++ {
		p := &a.paras[i]
		if p.Section != a.paras[pi].Section {
			return nil
		}
		from := 0
		if i == pi {
			from = off + 1
		}
		for _, m := range p.mentionsIn(from, len(p.Text)) {
			if m.possessive {
				continue
			}
			if m.role != "" && holds(m.role) || slices.ContainsFunc(m.p.roles.order, holds) {
				return m.p
			}
			return nil
		}
	}
	return nil
}

// bodyLookAhead is how many paragraphs on bodyNamedNext looks for the
// one who plays a part a story's opening gives without a name.
const bodyLookAhead = 2

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
