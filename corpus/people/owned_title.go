package people

import (
	"regexp"
	"strings"
)

// reOwnedTitle is a possessive pronoun, a title of up to four words and
// a capitalised name after it, perhaps after a comma: "His spokesman,
// Daniel Orsk, told reporters …", "her chief of staff Ivo Marsh". The
// groups are the pronoun, the title and the name's first word.
var reOwnedTitle = regexp.MustCompile(`\b([Hh]is|[Hh]er) ((?:\p{Ll}+ ){0,3}\p{Ll}+),? (\p{Lu}[\p{L}'’\-]+)`)

// findOwnedTitles reads what "his spokesman, Daniel Orsk" makes the one
// named: the title of the person the pronoun stands for ("Tomas Halvik's
// spokesman"), beside the title alone, so that "who speaks for the
// prime minister" finds him. Only where the title's last word is a
// title (not a relative's: findOwnedKinRoles), the pronoun resolves to
// someone, the last person the paragraph names before it (if any) is
// that one, and the name after it is one the text reads as a person
// other than them.
func (a *analyser) findOwnedTitles() {
	for i := range a.paras {
		p := &a.paras[i]
		if p.label != nil || possessiveAt(p.Text, 0) < 0 {
			continue
		}
		for _, m := range reOwnedTitle.FindAllStringSubmatchIndex(p.Text, -1) {
			if p.inside(m[0]) {
				continue
			}
			title := p.Text[m[4]:m[5]]
			ws := strings.Fields(title)
			last := Fold(ws[len(ws)-1])
			if _, kin := a.lx.whoseKin[last]; !a.lx.IsTitleNoun(last) || a.lx.kin[last] != "" || kin {
				continue
			}
			named := p.mentionsIn(m[6], m[7])
			if len(named) == 0 || named[0].off != m[6] {
				continue
			}
			g := Male
			if a.lx.markedGender(Fold(p.Text[m[2]:m[3]])) == Female {
				g = Female
			}
			w := a.resolvePronoun(i, m[2], g.pronoun())
			if w.p == nil || w.p == named[0].p || w.p.gender != Unknown && w.p.gender != g || !strings.Contains(w.p.name, " ") {
				continue
			}
			if before := p.mentionsIn(0, m[2]); len(before) > 0 && before[len(before)-1].p != w.p {
				// "… led by Ambassador Gennady Vorontsov; his deputy,
				// Pavel Ignatov": whoever is named right before owns
				// the title, and the pronoun read otherwise is a guess.
				continue
			}
			named[0].p.roles.add(w.p.name + "'s " + strings.ToLower(title))
		}
	}
}
