package people

import (
	"iter"
	"regexp"
	"slices"
	"strings"
)

// epithet finds who "the baker said" means when the text has given that
// word to no one: the one person the paragraph names before off, as the
// subject of a sentence ("Back at the bakery, Marchenko handed a customer
// a loaf still warm from the oven. "…," the baker said."), a writer's
// other word for someone just named. Nil when the paragraph names two
// people, names its one person other than as a subject ("Police arrested
// Petrenko. "…," the lawyer said"), when someone holds the title, or when
// the paragraph or the one before used the word itself (bringing in
// someone it does not name: "a customer … the customer said"). Only
// right after a quotation, as its credit: "I will repeat what the
// mediator said", in a spokeswoman's answer, is someone else. Two more
// places reach into the paragraph before: a quotation opening the
// paragraph, credited so, is the subject the paragraph before names;
// and a word for what someone is by their life opening the paragraph
// ("The veteran says …") is the one person the paragraph before quotes
// or names (openingEpithet).
func (a *analyser) epithet(pi, off int, noun string) *member {
	p := &a.paras[pi]
	if !strings.ContainsAny(p.Text[max(0, off-epithetReach):off], "\"”") {
		// Only a word for what someone is by their life (words.tsv
		// lifeword): "The minister says …" after a farmer's words is a
		// minister the text does not name.
		// Or a kind of what the text has called them: "Dr Teodor
		// Brannik … The doctor had walked out onto the bridge …" /
		// "The surgeon, who has operated on soldiers from both banks,
		// told us …" (person_nouns.tsv: a surgeon is a doctor).
		if found := a.openingEpithet(pi, off); found != nil && (a.lx.is("lifeword", noun) || a.kindOfTheirs(noun, found)) && a.epithetFits(pi, off, noun, found) {
			return found
		}
		return nil
	}
	found := a.onlySubject(p, 0, off)
	if found == nil {
		// A live blog's entry read as one paragraph ("Iryna Kovalchuk
		// … she said. Mykola Savchuk, whose farm …, has not planted
		// wheat since 2022. "…," the farmer said."): the one named as
		// the subject of the sentence naming someone last.
		ms := p.mentionsIn(0, off)
		for k := len(ms) - 1; k >= 0; k-- {
			if !ms[k].possessive && !p.inside(ms[k].off) {
				found = a.onlySubject(p, p.sentenceAt(ms[k].off), off)
				break
			}
		}
	}
	if found == nil && len(p.spans) > 0 && strings.TrimSpace(p.Text[:p.spans[0].open]) == "" && off <= p.spans[0].markEnd(p.Text)+epithetReach && pi > 0 && a.paras[pi-1].Section == p.Section {
		// "Olena Marchenko, 54, has run a small bakery …" / ""…," the
		// baker said": a paragraph opening with the quotation credits
		// the one person the paragraph before names as its subject (not
		// "Police arrested Petrenko." / ""…," the lawyer said").
		prev := &a.paras[pi-1]
		found = a.onlySubject(prev, 0, len(prev.Text))
	}
	if found == nil || !a.epithetFits(pi, off, noun, found) {
		return nil
	}
	return found
}

// kindOfTheirs reports whether noun is a kind of a title found holds
// (person_nouns.tsv's broader words): "surgeon" of a doctor.
func (a *analyser) kindOfTheirs(noun string, found *member) bool {
	for k := range strings.FieldsSeq(a.lx.personKinds[noun]) {
		if found.hasRoleHead(a.lx, k) {
			return true
		}
	}
	return false
}

// epithetFits reports whether noun, at off of paragraph pi, may be a
// writer's other word for found: of their gender, a title no one else
// holds, a word the text has not used before for someone it brings in.
func (a *analyser) epithetFits(pi, off int, noun string, found *member) bool {
	if want := a.lx.titleGender(noun); want != Unknown && found.gender != Unknown && found.gender != want {
		return false
	}
	for _, key := range a.cast.order {
		if m := a.cast.byKey[key]; m != nil && m != found && m.hasRoleHead(a.lx, noun) {
			return false // someone else holds the title
		}
	}
	return !a.usedBefore(pi, off, noun)
}

// openingEpithet is who "the veteran" opening paragraph pi (at off, its
// first words) stands for: the one person the paragraph before, in the
// same section, quotes or names, and no one else ("…," the chief said. /
// The veteran says the real work was done on foot.); nil otherwise.
func (a *analyser) openingEpithet(pi, off int) *member {
	p := &a.paras[pi]
	if pi == 0 || strings.TrimSpace(p.Text[:off]) != "" || a.paras[pi-1].Section != p.Section {
		return nil
	}
	prev := &a.paras[pi-1]
	var one *member
	add := func(m *member) bool {
		if one != nil && one != m {
			return false
		}
		one = m
		return true
	}
	for _, e := range prev.events {
		if e.w.p != nil && !add(e.w.p) {
			return nil
		}
	}
	for _, m := range prev.ments {
		if !m.possessive && !add(m.p) {
			return nil
		}
	}
	return one
}

// opensSentence reports a name (or the title before it) standing first
// in its sentence, after at most a fronted phrase closed by a comma
// ("Back at the bakery, Marchenko …").
func (a *analyser) opensSentence(p *para, off int) bool {
	before := strings.TrimSpace(p.Text[p.sentenceAt(off):off])
	return before == "" || strings.HasSuffix(before, ",") && !strings.ContainsAny(strings.TrimSuffix(before, ","), ",;:\"“”") || a.invertedPlace(before)
}

// invertedPlace reports words opening a sentence that set a place before
// its verb, the subject after them: "At the controls was", "Behind the
// wheel sat". A name after them is the sentence's subject.
func (a *analyser) invertedPlace(before string) bool {
	ws := strings.Fields(before)
	if len(ws) < 3 || len(ws) > maxInvertedPlace || strings.ContainsAny(before, ",;:\"“”") {
		return false
	}
	return a.lx.isFold("preposition", ws[0]) && a.lx.isFold("inverted", ws[len(ws)-1])
}

// maxInvertedPlace bounds the words of invertedPlace's opening.
const maxInvertedPlace = 6

// epithetReach is how far before the noun of "the baker" a quotation
// closes, for the words to credit it: `," the baker said`, `," said the
// baker`, `," the retired nurse said`.
const epithetReach = 24

// reDefiniteDescription opens a sentence with "The", up to three words
// and a word for a person, then a lower-case word: "The Swiss lawyer
// heads …", "The former diplomat says …". Group 1 is the description
// without "The", group 2 its last word, group 3 the word after.
var reDefiniteDescription = regexp.MustCompile(`^The ((?:[\p{L}\-]+ ){0,3}?(\p{Ll}[\p{Ll}\-]+)) (\p{Ll}\p{L}*)`)

// findEpithetRoles reads what a writer calls someone just named instead
// of repeating the name, as a title of theirs: "Marguerite Aebischer has
// not slept much. The Swiss lawyer heads the International Committee of
// the Red Cross team that traces …" makes her a Swiss lawyer and the
// head of that team. Only a word for one person that is no office (a
// lawyer, an engineer; not "the president", which names its holder,
// named or not), and only when the sentence before names that one person
// first, no one else holds a title of that word, and the word is not
// one the text has used before (bringing in someone it does not name:
// "a driver … The driver says").
func (a *analyser) findEpithetRoles() {
	for i := range a.paras {
		p := &a.paras[i]
		if p.label != nil {
			continue
		}
		for s, from := range p.sentenceOpenings() {
			m := reDefiniteDescription.FindStringSubmatchIndex(p.Text[s:])
			if m == nil {
				continue
			}
			desc, noun, next := p.Text[s+m[2]:s+m[3]], p.Text[s+m[4]:s+m[5]], p.Text[s+m[6]:s+m[7]]
			if next == "of" || next == "and" || singular(a.lx, noun) != noun || !a.lx.IsPersonNoun(noun) || !a.describesOnly(desc) || a.officeWord(desc, noun) {
				// "The mediators …": many; "The president …": an office,
				// whoever else holds it.
				continue
			}
			w := a.onlySubject(p, from, s)
			if w == nil || a.usedBefore(i, s, singular(a.lx, Fold(noun))) {
				continue
			}
			if g := a.lx.titleGender(noun); g != Unknown && w.gender != Unknown && w.gender != g {
				continue
			}
			if slices.ContainsFunc(a.cast.order, func(k string) bool { m := a.cast.byKey[k]; return m != nil && m != w && m.hasRoleHead(a.lx, noun) }) {
				continue
			}
			w.roles.add(desc)
			if pr := a.lx.predicateRole(p.Text[s+m[5] : p.sentenceEnd(s)]); pr != "" {
				w.roles.add(pr)
			}
		}
	}
}

// sentenceOpenings yields where each sentence of p opens, past its
// spaces, and where the one before it opened (0 for the first).
func (p *para) sentenceOpenings() iter.Seq2[int, int] {
	return func(yield func(int, int) bool) {
		prev := 0
		for _, s := range p.sents {
			from := prev
			prev = s
			for s < len(p.Text) && p.Text[s] == ' ' {
				s++
			}
			if !yield(s, from) {
				return
			}
		}
	}
}

// officeWord reports a description that names an office rather than
// what someone is: a title alone ("The lead", "The minister"), or one of
// an office that names its holder however described ("The Russian
// president", "the spokeswoman", "the chief"). "The Swiss lawyer", "the
// former diplomat" say what the one just named is.
func (a *analyser) officeWord(desc, noun string) bool {
	if !a.lx.IsTitleNoun(noun) {
		return false
	}
	return !strings.Contains(desc, " ") || a.lx.Covers("politician", noun) || a.lx.HeadsBody(noun) || a.lx.IsLeaderWord(noun) || a.lx.roleHeadIs(noun, "spokesperson")
}

// describesOnly reports a description's words before its noun to be
// modifiers of it: lower-case words or a nation's, never a name or a
// possessive ("The Swiss lawyer", "The former chief negotiator"; not
// "The Kremlin's spokesman").
func (a *analyser) describesOnly(desc string) bool {
	f := strings.Fields(desc)
	for _, w := range f[:len(f)-1] {
		if Possessive(w) {
			return false
		}
		if _, nation := a.lx.Nation(w); isCapitalised(w) && !nation {
			return false
		}
	}
	return true
}

// onlySubject is the one person the sentence text[from:to) of p names,
// named first in it and not as someone's; nil otherwise.
func (a *analyser) onlySubject(p *para, from, to int) *member {
	ms := p.mentionsIn(from, to)
	if len(ms) == 0 || ms[0].possessive || !a.opensSentence(p, p.roleStart(&ms[0])) {
		return nil
	}
	for _, m := range ms[1:] {
		if m.p != ms[0].p && !m.possessive {
			// "Mykola Savchuk, whose farm borders the field where
			// Kovalchuk's team was working, …": someone named only as
			// the owner of something does nothing in the sentence.
			return nil
		}
	}
	return ms[0].p
}

// usedBefore reports want, a singular word, among the words of paragraph
// pi before off, or of the paragraph before, each made singular.
func (a *analyser) usedBefore(pi, off int, want string) bool {
	for i := max(pi-1, 0); i <= pi; i++ {
		text := a.paras[i].Text
		if i == pi {
			text = text[:off]
		}
		for _, w := range splitWords(text) {
			if singular(a.lx, Fold(w.w)) == want {
				return true
			}
		}
	}
	return false
}
