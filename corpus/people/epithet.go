package people

import "strings"

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
// mediator said", in a spokeswoman's answer, is someone else.
func (a *analyser) epithet(pi, off int, noun string) *member {
	p := &a.paras[pi]
	if !strings.ContainsAny(p.Text[max(0, off-epithetReach):off], "\"”") {
		return nil
	}
	var found *member
	var at *mention
	for _, m := range p.mentionsIn(0, off) {
		if found != nil && m.p != found {
			return nil
		}
		if found == nil {
			found, at = m.p, &m
		}
	}
	if found == nil || at.possessive || !a.opensSentence(p, p.roleStart(at)) {
		return nil
	}
	if want := a.lx.titleGender(noun); want != Unknown && found.gender != Unknown && found.gender != want {
		return nil
	}
	for _, key := range a.cast.order {
		if m := a.cast.byKey[key]; m != nil && m.hasRoleHead(a.lx, noun) {
			return nil
		}
	}
	for i := max(pi-1, 0); i <= pi; i++ {
		text := a.paras[i].Text
		if i == pi {
			text = text[:off]
		}
		for _, w := range splitWords(text) {
			if singular(a.lx, Fold(w.w)) == noun {
				return nil
			}
		}
	}
	return found
}

// opensSentence reports a name (or the title before it) standing first
// in its sentence, after at most a fronted phrase closed by a comma
// ("Back at the bakery, Marchenko …").
func (a *analyser) opensSentence(p *para, off int) bool {
	before := strings.TrimSpace(p.Text[p.sentenceAt(off):off])
	return before == "" || strings.HasSuffix(before, ",") && !strings.ContainsAny(strings.TrimSuffix(before, ","), ",;:\"“”")
}

// epithetReach is how far before "the baker" a quotation closes, for the
// words to credit it: `," the baker said`, `," said the baker`.
const epithetReach = 12
