package index

import (
	"strings"

	"github.com/talksbot/talksbot/index/english"
)

// compoundsAsWritten writes a compound noun of two nouns the way the
// articles write it: "harbour master" as "harbourmaster" when they use
// that word, "headteacher" as "head teacher" when they use both words
// and not that one. A member writes compounds either way; the articles'
// spelling is the one their passages and titles hold.
func (e *Engine) compoundsAsWritten(s string) string {
	f := strings.Fields(s)
	changed := false
	out := make([]string, 0, len(f))
	for i := 0; i < len(f); i++ {
		a := strings.ToLower(f[i])
		if i+1 < len(f) {
			b := strings.ToLower(f[i+1])
			if e.joinedCompound(a, b) {
				out, changed = append(out, a+b), true
				i++
				continue
			}
		}
		if x, y, ok := e.splitCompound(a); ok {
			out, changed = append(out, x, y), true
			continue
		}
		out = append(out, f[i])
	}
	if !changed {
		return s
	}
	return strings.Join(out, " ")
}

// joinedCompound reports two nouns a question writes apart that the
// articles write as one word ("harbour master": harbourmaster).
func (e *Engine) joinedCompound(a, b string) bool {
	if len(a) < minCompoundPart || len(b) < minCompoundPart || !e.personWord(a+b) || !compoundPart(a, false) || !compoundPart(b, true) {
		return false
	}
	return e.inVocab(a + b)
}

// personWord reports a word that calls a person by what they do (a
// title noun, a noun for a person): the compounds a question writes
// its own way that matter are the ones saying whom it asks about, and
// a thing's ("front line", "frontline") the passages hold either way.
func (e *Engine) personWord(w string) bool {
	return e.lex.IsTitleNoun(w) || e.lex.IsPersonNoun(w)
}

// splitCompound is a word the articles never use written as the two
// nouns they do use that make it ("headteacher": head teacher), when
// only one split makes two such nouns.
func (e *Engine) splitCompound(w string) (string, string, bool) {
	if len(w) < 2*minCompoundPart+1 || !compoundLetters(w) || !e.personWord(w) || e.inVocab(w) {
		return "", "", false
	}
	var x, y string
	found := 0
	for i := minCompoundPart; i <= len(w)-minCompoundPart; i++ {
		a, b := w[:i], w[i:]
		if compoundPart(a, false) && compoundPart(b, true) && e.inVocab(a) && e.inVocab(b) {
			x, y = a, b
			found++
		}
	}
	return x, y, found == 1
}

// minCompoundPart is the fewest letters a noun of a compound has.
const minCompoundPart = 4

// compoundPart reports a word that may be a part of a compound noun:
// lower-case letters, at least minCompoundPart of them, a noun of
// English first (head, the last part), or a noun or verb first (the
// first part: "harbour master", "fire fighter").
func compoundPart(w string, head bool) bool {
	if len(w) < minCompoundPart || !compoundLetters(w) {
		return false
	}
	x := english.Lookup(w)
	return x.Known && (x.POS == 'n' || !head && x.POS == 'v')
}

func compoundLetters(w string) bool {
	for _, r := range w {
		if r < 'a' || r > 'z' {
			return false
		}
	}
	return true
}
