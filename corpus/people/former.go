package people

// "Yurii Bondar and Gennady Voronin both spoke to reporters. The former
// called it "…", while the latter said …": "the former" and "the
// latter" are the first and the second of the two people the text has
// just named.

// maxFormerSentences bounds how many sentences back "the former" or
// "the latter" looks for the two it chooses between.
const maxFormerSentences = 3

// formerOrLatter is who "the former" (second false) or "the latter"
// (second true), at off of paragraph pi, stands for: of the people named
// in the nearest sentence before it that names anyone (its own sentence
// first, then back through the paragraph and the one before in its
// section), the first or the second. A sentence naming one, or more than
// two, makes no pair: blocked.
func (a *analyser) formerOrLatter(pi, off int, second bool) who {
	sameSection := func(i int) bool { return a.paras[i].Section == a.paras[pi].Section }
	for i, s := range a.sentencesBack(pi, off, 1, maxFormerSentences, sameSection) {
		var named []*member
		for _, m := range a.paras[i].mentionsIn(s[0], s[1]) {
			if !m.possessive {
				named = addMember(named, m.p)
			}
		}
		switch {
		case len(named) == 2 && second:
			return who{p: named[1]}
		case len(named) == 2:
			return who{p: named[0]}
		case len(named) > 0:
			return blocked
		}
	}
	return blocked
}
