package people

import (
	"regexp"
	"strings"
)

// statementOwner is whose a statement, a letter or a message named by
// "the" as a subject is ("…," the statement said), when the text before
// it, in its paragraph or the one before in the same section, brought it
// in as someone's: read out on their behalf ("His aide, Nadia Korsh,
// read a statement on his behalf"), theirs by a possessive ("Pruett's
// statement was read out by an aide"), or from or by them ("a statement
// from Stanislav Pruett"). noun is the subject's noun (words.tsv
// speechnoun), off where "the" stands. The zero who when nothing says.
func (a *analyser) statementOwner(pi, off int, noun string) who {
	for k := pi; k >= 0 && k >= pi-1; k-- {
		if k < pi && a.paras[k].Section != a.paras[pi].Section {
			break
		}
		p := &a.paras[k]
		end := len(p.Text)
		if k == pi {
			end = off
		}
		at := lastWordIndex(strings.ToLower(p.Text[:end]), noun)
		if at < 0 {
			continue
		}
		return a.ownerAt(k, at, noun)
	}
	return who{}
}

// ownerAt reads whose the speech noun at offset at of paragraph pi is:
// after it, "on his behalf", "on behalf of X", "from X", "by X"; before
// it, "X's".
func (a *analyser) ownerAt(pi, at int, noun string) who {
	p := &a.paras[pi]
	after := p.Text[at+len(noun):]
	if m := reOnBehalf.FindStringSubmatchIndex(after); m != nil {
		if m[2] >= 0 {
			pron := "he"
			if strings.EqualFold(after[m[2]:m[3]], "her") {
				pron = "she"
			}
			return a.resolvePronoun(pi, at+len(noun)+m[2], pron)
		}
		if ms := p.mentionsIn(at+len(noun)+m[4], at+len(noun)+m[5]); len(ms) > 0 && !ms[0].possessive {
			return who{p: ms[0].p}
		}
	}
	if m := reStatementFrom.FindStringSubmatchIndex(after); m != nil {
		if ms := p.mentionsIn(at+len(noun)+m[2], at+len(noun)+m[3]); len(ms) > 0 && ms[0].off == at+len(noun)+m[2] && !ms[0].possessive {
			return who{p: ms[0].p}
		}
	}
	if ws := wordsBefore(p.Text, max(0, at-maxClause), at, 1); len(ws) == 1 && Possessive(ws[0].w) {
		if m := p.mentionEndingAt(ws[0].start + len(StripPossessive(ws[0].w))); m != nil && m.possessive {
			return who{p: m.p}
		}
	}
	return who{}
}

// reOnBehalf finds, right after a speech noun and before the sentence
// ends, "on his behalf" (group 1, the pronoun) or "on behalf of" and the
// words after it (group 2).
var reOnBehalf = regexp.MustCompile(`^[^.!?"“”]{0,60}?\bon (?:(his|her) behalf|behalf of ([^.,;!?"“”]{3,60}))`)

// reStatementFrom finds "from" or "by" and a capitalised word right after
// a speech noun ("a statement from Stanislav Pruett"); group 1 is from
// the capitalised word to the sentence's end.
var reStatementFrom = regexp.MustCompile(`^ (?:from|by) (\p{Lu}[^.,;!?"“”]{2,60})`)

// lastWordIndex is the offset of the last whole-word w in s, or -1.
func lastWordIndex(s, w string) int {
	for end := len(s); ; {
		i := strings.LastIndex(s[:end], w)
		if i < 0 {
			return -1
		}
		if boundary(s, i) && boundary(s, i+len(w)) {
			return i
		}
		end = i
	}
}
