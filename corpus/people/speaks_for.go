package people

import "strings"

// spokespersonTelling is who speaks a quotation framed by a speech verb
// whose subject, inner, is the one a spokesperson speaks for, when that
// spokesperson's own speech verb frames the clause: "His press
// secretary, Mira Santell, said the minister had asked for a line built
// "as soon as the guns allow"" gives the words to Mira Santell, who said
// them, not to the minister she tells of. vs are the speech verbs before
// the quotation in its clause, inner's verb the last of them. The zero
// who when no earlier verb of the sentence is a spokesperson's for
// inner.
func (a *analyser) spokespersonTelling(pi int, vs []verbAt, inner who) who {
	p := &a.paras[pi]
	if inner.p == nil || len(vs) == 0 {
		return who{}
	}
	v := vs[len(vs)-1]
	sent := p.sentenceAt(v.start)
	for _, u := range p.verbsIn(sent, v.start) {
		if u.v.Kind == "name" {
			continue
		}
		outer := p.eventAt(u.start)
		if outer.p == nil || outer.p == inner.p || !a.speaksFor(outer.p, inner.p) {
			continue
		}
		if strings.ContainsAny(p.Text[u.end:v.start], "\"“”") {
			continue // a quotation of the spokesperson's own between
		}
		return outer
	}
	return who{}
}

// speaksFor reports whether one of s's titles makes them a spokesperson
// of p: p's surname in it ("Teodor Halvik's press secretary",
// "spokesman for Minister Halvik") or the head of one of p's titles
// after its own ("Press Secretary to the Minister", of the Minister of
// Energy).
func (a *analyser) speaksFor(s, p *member) bool {
	surname := Fold(p.surname)
	for _, r := range s.allRoles() {
		if !a.lx.roleHeadIs(r, "spokesperson") {
			continue
		}
		f := Fold(r)
		if surname != "" && holdsWord(f, surname) {
			return true
		}
		head := a.lx.roleHead(r)
		for _, pr := range p.allRoles() {
			if h := Fold(a.lx.roleHead(pr)); h != "" && h != Fold(head) && holdsWord(f, h) {
				return true
			}
		}
	}
	return false
}
