package people

import (
	"regexp"
	"strings"
)

// reMessageFrom is what a broadcast or a live page says before reading a
// message out, closing with a colon: a word for a message (words.tsv
// message), "from" and the sender's name, perhaps where they write from
// ("A text now from Jonas in Brenn:", "an email from Petra Lund of
// Orn:"). Group 1 is the message's word, 2 the name.
var reMessageFrom = regexp.MustCompile(`(?i)\b(\p{L}+)(?: now| here| in)? from (\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,2})(?:,? (?:in|of|from|at) \p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?)?:\s*$`)

// messageFrom is whose a quotation is that a message's sender is named
// right before it, as a phone-in or a live blog reads one out ("A text
// now from Jonas in Brenn: "Why wasn't the prime minister there
// himself?""): the sender, when the text names them as a person, and no
// one otherwise; never whoever speaks after it ("Jonas, the prime
// minister's spokesman, Yannick Tessaro, told this programme …"). ok is
// false when no such message opens the quotation.
func (a *analyser) messageFrom(pi int, s quoteSpan) (who, bool) {
	p := &a.paras[pi]
	before := p.Text[p.sentenceAt(s.open):s.open]
	if w, ok := a.statementBy(pi, p.sentenceAt(s.open), before); ok {
		return w, true
	}
	m := reMessageFrom.FindStringSubmatchIndex(before)
	if m == nil || !a.lx.is("message", strings.ToLower(before[m[2]:m[3]])) {
		return who{}, false
	}
	at := p.sentenceAt(s.open) + m[4]
	if n := p.mentionStartingAt(at); n != nil && !n.possessive {
		return who{p: n.p}, true
	}
	return blocked, true
}

// reStatementBy is what a channel or a page sets before the words of a
// statement it gives, closing with a colon: a word for what someone
// said (words.tsv speechnoun or message), "by" and who gave it, titles
// and all ("Statement by Ombudsman for Prisoners Tomas Brellik:").
// Group 1 is the word, 2 who gave it.
var reStatementBy = regexp.MustCompile(`(?i)^\W*(\p{L}+) by ([^:"“”]{3,120}?):\s*$`)

// statementBy is whose a quotation is that a statement opening its
// sentence (before, from offset at of paragraph pi) says it is by: the
// last person named in who gave it, or no one; ok is false when no
// such statement opens the quotation.
func (a *analyser) statementBy(pi, at int, before string) (who, bool) {
	m := reStatementBy.FindStringSubmatchIndex(before)
	if m == nil {
		return who{}, false
	}
	if w := strings.ToLower(before[m[2]:m[3]]); !a.lx.is("speechnoun", w) && !a.lx.is("message", w) {
		return who{}, false
	}
	p := &a.paras[pi]
	ms := p.mentionsIn(at+m[4], at+m[5])
	for k := len(ms) - 1; k >= 0; k-- {
		if !ms[k].possessive && ms[k].p != nil {
			return who{p: ms[k].p}, true
		}
	}
	return blocked, true
}
