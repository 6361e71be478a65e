package people

import (
	"regexp"
	"slices"
	"strings"
)

// reOwnedKin is a possessive pronoun, a word for a relative and a
// capitalised name right after it: "Her grandson Ilko, now 10, was
// taken …". The groups are the pronoun, the relative's word and the name.
var reOwnedKin = regexp.MustCompile(`\b([Hh]is|[Hh]er) (\p{Ll}+) (\p{Lu}[\p{L}'’\-]+)`)

// findOwnedKinRoles reads what "her grandson Ilko" makes the person the
// pronoun stands for to the relative named: "Nadia Orlenko …. Her
// grandson Ilko was taken …" makes her a grandmother (whose_kin.tsv, as
// "whose grandson" does), so that "his grandmother says" later finds
// her; a relative below her only (words.tsv descendant: "her sister
// Nina" makes no title of her). Only where the pronoun resolves to someone and the name after
// the word is one the text reads as a person other than them.
func (a *analyser) findOwnedKinRoles() {
	for i := range a.paras {
		p := &a.paras[i]
		if p.label != nil || !a.ownsDescendant(p.Text) {
			continue
		}
		for _, m := range reOwnedKin.FindAllStringSubmatchIndex(p.Text, -1) {
			if p.inside(m[0]) {
				continue
			}
			k := Fold(p.Text[m[4]:m[5]])
			if kk, ok := a.lx.kin[k]; ok {
				k = kk
			}
			row, ok := a.lx.whoseKin[k]
			if !ok || !a.lx.is("descendant", k) {
				continue
			}
			named := p.mentionsIn(m[6], m[7])
			if len(named) == 0 || named[0].off != m[6] {
				continue
			}
			g, role := Male, row[1]
			if a.lx.markedGender(Fold(p.Text[m[2]:m[3]])) == Female {
				g, role = Female, row[0]
			}
			w := a.resolvePronoun(i, m[2], g.pronoun())
			if w.p == nil || w.p == named[0].p || w.p.gender != Unknown && w.p.gender != g {
				continue
			}
			w.p.roles.add(role)
		}
	}
}

// ownsDescendant reports text holding "his" or "her" right before a word
// for a relative below someone (words.tsv descendant): the paragraphs
// reOwnedKin can match, found without running it on the others.
//
// It looks at the word after each space that follows "is" or "er",
// rather than through the whole text for each relative's word: that made
// a string per word and paragraph and read each paragraph eight times.
func (a *analyser) ownsDescendant(text string) bool {
	for i := 0; ; i++ {
		sp := strings.IndexByte(text[i:], ' ')
		if sp < 0 {
			return false
		}
		i += sp
		if i < 2 || text[i-2:i] != "is" && text[i-2:i] != "er" {
			continue
		}
		rest := text[i+1:]
		for w := range a.lx.words["descendant"] {
			if len(rest) > len(w) && rest[len(w)] == ' ' && rest[:len(w)] == w {
				return true
			}
		}
	}
}

// possessiveAt is where the first "his " or "her " (or "His ", "Her ") at
// or after at opens a word, as reOwnedKin and reOwnedTitle open (their
// \b is ASCII's), or -1. A text without one cannot match either.
func possessiveAt(text string, at int) int {
	for ; at+4 <= len(text); at++ {
		switch text[at : at+4] {
		case "his ", "His ", "her ", "Her ":
			if at == 0 || !isASCIIWordByte(text[at-1]) {
				return at
			}
		}
	}
	return -1
}

// isASCIIWordByte reports c among regexp's \w: ASCII letters, digits
// and "_".
func isASCIIWordByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '_'
}

// kinSubject is who speaks as "his grandmother" at off of paragraph pi:
// the one person the text gave that relative's role (findOwnedKinRoles),
// else someone unnamed with it.
func (a *analyser) kinSubject(pi, off int, owner, noun string) who {
	k := singular(a.lx, Fold(noun))
	if kk, ok := a.lx.kin[k]; ok {
		k = kk
	}
	var found *member
	for _, p := range a.cast.byKey {
		if !slices.ContainsFunc(p.roles.order, func(r string) bool { return Fold(r) == k }) {
			continue
		}
		if found != nil && found != p {
			return who{role: owner + " " + noun, blocked: true} // two: no telling which
		}
		found = p
	}
	if found != nil {
		return who{p: found}
	}
	return who{role: owner + " " + noun, blocked: true}
}
