package people

import "strings"

// maxGenderTitle bounds the bytes of a title before a name opening a
// sentence that genderFromText reads ("Deputy Finance Minister").
const maxGenderTitle = 60

// minGenderEvidence is how many sentences must give someone the other
// pronoun, and none theirs, before the text overrules the gender their
// given name usually marks.
const minGenderEvidence = 2

// genderFromText lets the text's own pronouns overrule the gender a given
// name only usually marks ("Brandt told the committee …. She said that
// …"; "Brandt, 52, declined to comment, saying … that she could not …":
// a woman, though the name lists give Hollis as a man's). A sentence
// counts for someone when it opens with their name (a title may come
// first), names no one else, and "he" or "she" stands in it after the
// name, or opens the sentence after it, outside quotations; the text
// overrules the name when minGenderEvidence sentences give the other
// pronoun and none theirs. A possessive ("her eleven years") may be
// anyone's and counts for no one; a gender from a title
// ("spokeswoman"), an honorific or a known figure stands.
func (a *analyser) genderFromText() {
	votes := map[*member][3]int{}
	for i := range a.paras {
		p := &a.paras[i]
		for _, m := range p.ments {
			if m.possessive || !m.p.byGiven {
				continue
			}
			start, end := p.sentenceAt(m.off), p.sentenceEnd(m.off)
			if start > m.off {
				continue
			}
			// The pronoun first, the cheapest test: most sentences
			// opening with a name say no "he" or "she".
			g := a.pronounsIn(p, m.end, end)
			if g == Unknown && end < len(p.Text) {
				g = a.pronounsIn(p, end, min(len(p.Text), end+4))
			}
			if g == Unknown {
				continue
			}
			others := false
			for _, o := range p.mentionsIn(start, end) {
				others = others || o.p != m.p
			}
			if others || m.off > start && (m.off-start > maxGenderTitle || !a.lx.titleOnlyBefore(p.Text[start:], m.off-start)) {
				continue
			}
			v := votes[m.p]
			v[g]++
			votes[m.p] = v
		}
	}
	for p, v := range votes {
		other := Female
		if p.gender == Female {
			other = Male
		}
		if v[other] >= minGenderEvidence && v[p.gender] == 0 {
			p.gender = other
		}
	}
}

// pronounsIn is the gender of the third-person subject pronouns ("he",
// "she") in p's text [from, to) outside quotations, when they all mark
// one; Unknown when none do, or both.
func (a *analyser) pronounsIn(p *para, from, to int) Gender {
	g := Unknown
	for at := from; at < to; {
		for at < to && !isWordByte(p.Text[at]) {
			at++
		}
		end := at
		for end < to && isWordByte(p.Text[end]) {
			end++
		}
		if end == at {
			break
		}
		var h Gender
		switch w := p.Text[at:end]; {
		case strings.EqualFold(w, "he"):
			h = Male
		case strings.EqualFold(w, "she"):
			h = Female
		}
		if h != Unknown && !p.inside(at) {
			if g != Unknown && g != h {
				return Unknown
			}
			g = h
		}
		at = end
	}
	return g
}
