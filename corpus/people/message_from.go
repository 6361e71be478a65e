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
		return a.readOut(pi, s)
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

// reReadsIt closes the words before a quotation someone reads out:
// "… and I will read it:", "It reads:", "I quote:", "The Mayor read the
// letter aloud:".
var reReadsIt = regexp.MustCompile(`(?i)\b(?:read(?:s)?(?: it| them| the \p{L}+| (?:his|her|their) \p{L}+)?(?: out| aloud| out loud| in full)?|quote|in full|as follows)\s*:\s*$`)

// reOwnMessage is a possessive pronoun and the word after it: "his
// letter", "her statement". Group 1 the pronoun, 2 the word.
var reOwnMessage = regexp.MustCompile(`(?i)\b(his|her) (\p{L}+)`)

// readOutBefore is whose a paragraph that is a quotation alone is, when
// the paragraph before closes by reading it out ("… had asked for his
// letter to be read to the meeting. The Mayor read the letter aloud:"):
// the one it names as the message's sender ("a statement from …"), or
// the one named last before "his letter" or "her statement", of that
// pronoun's gender; not the reader. None when the paragraph before reads
// nothing out, or does not say whose it is.
func (a *analyser) readOutBefore(pi int) who {
	if pi == 0 || a.paras[pi-1].Section != a.paras[pi].Section {
		return who{}
	}
	prev := &a.paras[pi-1]
	end := len(strings.TrimRight(prev.Text, " "))
	if end == 0 || len(prev.spans) > 0 || !reReadsIt.MatchString(prev.Text[prev.sentenceAt(end-1):end]) {
		return who{}
	}
	if n := a.senderNamed(prev, 0, end); n != nil {
		return who{p: n.p}
	}
	for _, m := range reOwnMessage.FindAllStringSubmatchIndex(prev.Text, -1) {
		if w := strings.ToLower(prev.Text[m[4]:m[5]]); !a.lx.is("message", w) && !a.lx.is("speechnoun", w) {
			continue
		}
		g := Female
		if strings.EqualFold(prev.Text[m[2]:m[3]], "his") {
			g = Male
		}
		ms := prev.mentionsIn(0, m[2])
		for k := len(ms) - 1; k >= 0; k-- {
			if ms[k].possessive {
				continue
			}
			if ms[k].p.gender != Unknown && ms[k].p.gender != g {
				return who{}
			}
			return who{p: ms[k].p}
		}
	}
	return who{}
}

// reWritesAfter is a quotation's sentence that is a pronoun and a word,
// then a colon ("She writes:", "He says:"): group 1 the pronoun, 2 the
// word, a speech verb flagged readout for readOut.
var reWritesAfter = regexp.MustCompile(`^\s*(?i:(she|he)) (\p{Ll}+)\s*:\s*$`)

// reMessageWordFrom finds a word for a message or a statement, then
// "from": "a message from …", "a short statement from …".
var reMessageWordFrom = regexp.MustCompile(`(?i)\b(\p{L}+) from `)

// readOut is whose a quotation is that someone reads out as a message
// or a statement from another, named in its sentence before a colon
// ("I received this morning a message from Corvanne's demining
// coordinator, Mr Lucien Dorval, and … I will read it: "…"") or in the
// sentence before one that gives it by a pronoun of theirs ("I will read
// a short statement from Teodora Vasko, … She writes: "…""): the one it
// is from, not the reader. ok is false when the quotation is read out
// from no one named so.
func (a *analyser) readOut(pi int, s quoteSpan) (who, bool) {
	p := &a.paras[pi]
	at := p.sentenceAt(s.open)
	before := p.Text[at:s.open]
	var g Gender
	if m := reWritesAfter.FindStringSubmatch(before); m != nil && a.lx.verbOne[m[2]] != nil && a.lx.verbOne[m[2]].has("readout") && at > 0 {
		pron := m[1]
		g = Female
		if strings.EqualFold(pron, "he") {
			g = Male
		}
		at = p.sentenceAt(at - 1)
		before = p.Text[at:s.open]
	} else if !reReadsIt.MatchString(before) {
		return who{}, false
	}
	n := a.senderNamed(p, at, s.open)
	switch {
	case n == nil:
		return who{}, false
	case g != Unknown && n.p.gender != Unknown && n.p.gender != g:
		// "a letter from Teodora Vasko … He writes:": whose words
		// they are is no guess.
		return blocked, true
	}
	return who{p: n.p}, true
}

// senderNamed is the first person paragraph p names, not as an owner,
// after a word for a message or a statement and "from" ("a message from
// Corvanne's demining coordinator, Mr Lucien Dorval", "a short statement
// from Teodora Vasko") in its text from at to end; nil when none is.
func (a *analyser) senderNamed(p *para, at, end int) *mention {
	text := p.Text[at:end]
	for _, m := range reMessageWordFrom.FindAllStringSubmatchIndex(text, -1) {
		if w := strings.ToLower(text[m[2]:m[3]]); !a.lx.is("message", w) && !a.lx.is("speechnoun", w) {
			continue
		}
		for _, n := range p.mentionsIn(at+m[1], end) {
			if !n.possessive {
				return &n
			}
		}
	}
	return nil
}
