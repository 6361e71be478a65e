package people

import (
	"regexp"
	"strings"
)

// reQuotingObject is a speaker saying whose words they give next, by
// pronoun, right before the quotation: "I'm quoting her exactly:",
// "to quote him directly,". Group 2 is how (words.tsv quotingmanner).
var reQuotingObject = regexp.MustCompile(`(?i)\bquot(?:e|es|ed|ing) (him|her)((?: [a-z]+){0,3})\s*[:,]?\s*$`)

// quotingObject is whom the words right before quotation s of paragraph
// pi say they quote ("I'm quoting her exactly:"): the one the pronoun
// stands for, never the one speaking; none when no such words stand
// there or the pronoun stands for no one.
func (a *analyser) quotingObject(pi int, s quoteSpan) who {
	p := &a.paras[pi]
	from := p.sentenceAt(s.open)
	m := reQuotingObject.FindStringSubmatchIndex(p.Text[from:s.open])
	if m == nil {
		return who{}
	}
	if how := strings.ToLower(strings.TrimSpace(p.Text[from+m[4] : from+m[5]])); how != "" && !a.lx.is("quotingmanner", how) {
		return who{} // "quoting her to the committee": no quotation of hers next
	}
	pronoun := "he"
	if strings.EqualFold(p.Text[from+m[2]:from+m[3]], "her") {
		pronoun = "she"
	}
	return a.resolvePronoun(pi, from+m[2], pronoun)
}
