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
