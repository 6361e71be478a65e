package people

import (
	"regexp"
	"strings"
)

// reFrontedDescription is a sentence opening with what someone is,
// indefinite, set before the word that is its subject: "A 46-year-old
// schoolteacher from Valtsy, she had been turned down …", "A retired
// miner, he …". The groups are the description (after the article), its
// noun, the word before a place after it (words.tsv originprep: "from"),
// and the subject (a pronoun for one person, as the lexicon has it).
var reFrontedDescription = regexp.MustCompile(`^(?:An?) ((?:[\p{L}\p{N}\-]+ ){0,3}?(\p{Ll}[\p{Ll}\-]+)(?: (\p{Ll}+) \p{Lu}[\p{L}\-]+)?), (\p{Ll}+) `)

// findFrontedRoles reads what a sentence opening with a description set
// before its pronoun says the pronoun's person is, as a title of theirs:
// "Sabina Kovar had the ticket for a week. A 46-year-old schoolteacher
// from Valtsy, she …" makes her a schoolteacher from Valtsy (the age is
// kept apart). Only a noun for a person, and only where the pronoun
// resolves to someone.
func (a *analyser) findFrontedRoles() {
	for i := range a.paras {
		p := &a.paras[i]
		if p.label != nil {
			continue
		}
		for s := range p.sentenceOpenings() {
			m := reFrontedDescription.FindStringSubmatchIndex(p.Text[s:])
			if m == nil {
				continue
			}
			desc, noun, pron := p.Text[s+m[2]:s+m[3]], p.Text[s+m[4]:s+m[5]], p.Text[s+m[8]:s+m[9]]
			if m[6] >= 0 && !a.lx.is("originprep", p.Text[s+m[6]:s+m[7]]) {
				continue // "A nurse at St Brigid's": where, not whence
			}
			pg, ok := a.lx.Pronoun(pron)
			if !ok || pg == Unknown || singular(a.lx, noun) != noun || !a.lx.IsPersonNoun(noun) || !a.describesOnly(desc) {
				continue
			}
			g := a.lx.titleGender(noun)
			if g == Unknown {
				g = a.lx.kinGender(noun)
			}
			if g != Unknown && g != pg {
				continue // "A grandfather from Kelm, she": not hers
			}
			w := a.resolvePronoun(i, s+m[8], pron)
			if w.p == nil {
				continue
			}
			w.p.roles.add(withoutAge(desc))
		}
	}
}

// withoutAge is a description less the age opening it ("46-year-old
// schoolteacher": schoolteacher).
func withoutAge(desc string) string {
	f := strings.Fields(desc)
	if len(f) > 1 && reAgeWord.MatchString(f[0]) {
		return strings.Join(f[1:], " ")
	}
	return desc
}

// reAgeWord is an age written as one word before a noun: "46-year-old",
// "58-year-old".
var reAgeWord = regexp.MustCompile(`^\d{1,3}-year-old$`)
