package people

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Finding speech verbs is most of the time spent reading an article, so
// it is a word scan against the lexicon's set rather than a regular
// expression with a seventy-way alternation. It has the semantics of
// `\b(?:forms)\b` with the longer forms first: ASCII word boundaries as
// \b has them, leftmost non-overlapping matches; verbs_test.go checks it
// against that expression.

// verbAt is a speech verb found at [start, end) of a text.
type verbAt struct {
	start, end int
	v          *Verb
}

// isWordByte is \b's notion of a word character: ASCII letters, digits, _.
func isWordByte(c byte) bool {
	return c == '_' || '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}

// boundary reports whether \b holds at offset i of text.
func boundary(text string, i int) bool {
	before := i > 0 && isWordByte(text[i-1])
	after := i < len(text) && isWordByte(text[i])
	return before != after
}

// isRESpace is \s: ASCII space, tab, newline, form feed, carriage return.
func isRESpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'
}

// speechVerbs returns the speech verbs of text, as whole words, left to
// right and not overlapping. With capitalAccording, "According to"
// opening a sentence counts too.
func (lx *Lexicon) speechVerbs(text string, capitalAccording bool) []verbAt {
	var out []verbAt
	lx.scanSpeechVerbs(text, capitalAccording, func(v verbAt) bool {
		out = append(out, v)
		return true
	})
	return out
}

// hasSpeechVerb reports whether text holds a speech verb.
func (lx *Lexicon) hasSpeechVerb(text string) bool {
	found := false
	lx.scanSpeechVerbs(text, false, func(verbAt) bool {
		found = true
		return false
	})
	return found
}

// scanSpeechVerbs calls yield with each speech verb of text, left to
// right, until yield returns false.
func (lx *Lexicon) scanSpeechVerbs(text string, capitalAccording bool, yield func(verbAt) bool) {
	for i := 0; i < len(text); {
		if !isWordByte(text[i]) {
			i++
			continue
		}
		s := i
		for i < len(text) && isWordByte(text[i]) {
			i++
		}
		w := text[s:i]
		multi := lx.verbMulti[w]
		if capitalAccording && multi == nil {
			multi = lx.verbCapital[w] // "According to", "In the view of"
		}
		found := false
		for _, v := range multi {
			e := s + len(v.Form)
			if e <= len(text) && text[i] == ' ' && text[i+1:e] == v.Form[len(w)+1:] && boundary(text, e) {
				if !yield(verbAt{s, e, v}) {
					return
				}
				i, found = e, true
				break
			}
		}
		if found {
			continue
		}
		if v := lx.invertedVerb(text, s, i); v != nil {
			if !yield(verbAt{s, i, v}) {
				return
			}
			continue
		}
		if v := lx.verbOne[w]; v != nil && !lx.nounUse(text, s, v) && !lx.adjectiveUse(text, s, i) {
			if !yield(verbAt{s, i, v}) {
				return
			}
		}
	}
}

// nounUse reports a verb's base form used as a noun: after a determiner,
// a possessive or a capitalised word ("Russian state television", "the
// comment", "his claim"). Only base forms ("state", "claim", "comment")
// are nouns too, and their plurals ("the claims", and after a speech
// verb: "said claims resting on …"); "said", "told" and "says" never
// are.
func (lx *Lexicon) nounUse(text string, at int, v *Verb) bool {
	if form, ok := strings.CutSuffix(v.Form, "s"); ok && v.Form != "says" {
		if base := lx.verbOne[form]; base != nil && base.onlyAsked() {
			if lx.afterSpeechVerb(text, at) {
				return true // "said claims resting on …"
			}
			v = base // "the claims", "his comments"
		}
	}
	if !v.onlyAsked() || strings.HasSuffix(v.Form, "ed") {
		// "Mallin described the reopening as …", "Kyiv responded":
		// a past form is never the noun a base form may be.
		return false
	}
	before := strings.TrimRight(text[:at], " ")
	if len(before) == len(text[:at]) {
		return false // no space before: not a word of its own
	}
	i := strings.LastIndexAny(before, " \"“(") + 1
	prev := before[i:]
	if prev == "" || strings.ContainsAny(prev[len(prev)-1:], ",;:") {
		// "Milan, tells us:": a comma ends what stands before; no noun
		// is made of the verb after it.
		return false
	}
	if lx.is("nounmark", strings.ToLower(prev)) {
		return true
	}
	if lx.adjectiveUse(text, i, i+len(prev)) {
		// "in a written reply": a participle used as an adjective
		// before it, after an article.
		return true
	}
	if pv := lx.verbOne[strings.ToLower(prev)]; pv != nil && pv.has("object") {
		// "told state television": whom they told, not a verb.
		return true
	}
	// A capitalised word is a name's or an adjective's ("Russian"),
	// unless it opens the sentence ("Officials state …").
	r, _ := utf8.DecodeRuneInString(prev)
	head := strings.TrimRight(before[:i], " \"“(")
	return unicode.IsUpper(r) && head != "" && !strings.ContainsAny(head[len(head)-1:], ".!?")
}

// afterSpeechVerb reports a speech verb right before the word at at.
func (lx *Lexicon) afterSpeechVerb(text string, at int) bool {
	before := strings.TrimRight(text[:at], " ")
	prev := before[strings.LastIndexAny(before, " \"“(")+1:]
	return prev != "" && lx.verbOne[strings.ToLower(prev)] != nil
}

// adjectiveUse reports a past form used as an adjective: after a
// nounmark (perhaps with a nounmod between) and before a lower-case
// noun ("a single confirmed drone violation", "the reported strike"),
// not a verb with its object ("Kyiv confirmed the strike").
func (lx *Lexicon) adjectiveUse(text string, at, end int) bool {
	if w := text[at:end]; !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "en") {
		return false // "said in a written reply": "written" too
	}
	before := strings.Fields(text[max(0, at-40):at])
	n := len(before)
	switch {
	case n >= 1 && lx.is("nounmark", strings.ToLower(before[n-1])):
	case n >= 2 && lx.is("nounmod", strings.ToLower(before[n-1])) && lx.is("nounmark", strings.ToLower(before[n-2])):
	default:
		return false
	}
	after := strings.Fields(text[end:min(len(text), end+40)])
	if len(after) == 0 || !isLowerWord(strings.TrimRight(after[0], ",.;:")) || strings.ContainsAny(after[0], ",.;:") {
		return false
	}
	next := strings.ToLower(after[0])
	return !lx.is("stop", next) && !lx.is("preposition", next) && !lx.is("nounmark", next)
}

// isNameRune is [\p{L}\-]: what may follow a name's capital.
func isNameRune(r rune) bool { return r == '-' || unicode.IsLetter(r) }

// verbThenName finds "said Reisner": a speech verb, white space and a
// capitalised word, returning the word's [start, end) offsets. It matches
// `\b(?:verbs)\s+(\p{Lu}[\p{L}\-]+)\b` exactly.
func verbThenName(text string, verbs []verbAt) [][2]int {
	var out [][2]int
	last := 0
	for _, v := range verbs {
		if v.start < last || text[v.start] == 'A' { // "According to" is not in this list
			continue
		}
		j := v.end
		for j < len(text) && isRESpace(text[j]) {
			j++
		}
		if j == v.end || j >= len(text) {
			continue
		}
		r, n := utf8.DecodeRuneInString(text[j:])
		if !unicode.IsUpper(r) {
			continue
		}
		// The longest run of name runes that ends on a word boundary,
		// at least one rune after the capital.
		var ends []int
		for k := j + n; k < len(text); {
			r, size := utf8.DecodeRuneInString(text[k:])
			if !isNameRune(r) {
				break
			}
			k += size
			ends = append(ends, k)
		}
		for x := len(ends) - 1; x >= 0; x-- {
			if boundary(text, ends[x]) {
				out = append(out, [2]int{j, ends[x]})
				last = ends[x]
				break
			}
		}
	}
	return out
}

// nameThenVerb finds "Jilge told": a capitalised word, white space and a
// speech verb, returning the word's [start, end) offsets. It matches
// `\b(\p{Lu}[\p{L}\-]+)\s+(?:verbs)\b` exactly.
func nameThenVerb(text string, verbs []verbAt) [][2]int {
	var out [][2]int
	last := 0
	for _, v := range verbs {
		if text[v.start] == 'A' {
			continue
		}
		ws := v.start
		for ws > 0 && isRESpace(text[ws-1]) {
			ws--
		}
		if ws == v.start || ws == 0 {
			continue
		}
		// The run of name runes before the space.
		rs := ws
		for rs > 0 {
			r, size := utf8.DecodeLastRuneInString(text[:rs])
			if !isNameRune(r) {
				break
			}
			rs -= size
		}
		// The leftmost capital in it that starts a match.
		for p := max(rs, last); p < ws; {
			r, size := utf8.DecodeRuneInString(text[p:])
			if p+size < ws && unicode.IsUpper(r) && boundary(text, p) {
				out = append(out, [2]int{p, ws})
				last = v.end
				break
			}
			p += size
		}
	}
	return out
}

// Capitalised runs are scanned by hand for the same reason: reCapRun
// (kept in verbs_test.go as the reference) was the other half of the
// time spent reading. A run is a capitalised word and the capitalised
// words that follow it after white space, a surname particle ("von der",
// "al") or an Arabic article prefix ("al-").

// A run's particles are the lexicon's, longest first (as an alternation
// "von der|von" tries them); its prefixes ("al-") are words of class
// prefix.

// isCapWordRune is [\p{L}\p{M}'’.\-]: what may follow a word's capital.
func isCapWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.Is(unicode.M, r) || r == '\'' || r == '’' || r == '.' || r == '-'
}

// capWordAt matches \p{Lu}[\p{L}\p{M}'’.\-]* at i, returning its end or -1.
func capWordAt(text string, i int) int {
	if i >= len(text) {
		return -1
	}
	r, n := utf8.DecodeRuneInString(text[i:])
	if !unicode.IsUpper(r) {
		return -1
	}
	i += n
	for i < len(text) {
		r, n := utf8.DecodeRuneInString(text[i:])
		if !isCapWordRune(r) {
			break
		}
		i += n
	}
	return i
}

// spacesAt matches [\t\f\r ]+ at i (\s but a line break, which ends a
// name: "Presiding: Judge Corin Basta" / "For the prosecution: …", a
// heading's fields), returning its end or -1.
func spacesAt(text string, i int) int {
	j := i
	for j < len(text) && isRESpace(text[j]) && text[j] != '\n' {
		j++
	}
	if j == i {
		return -1
	}
	return j
}

// prefixedCapWordAt matches (?:(?:al|el|ad|ibn)-)?<capitalised word> at i.
func (lx *Lexicon) prefixedCapWordAt(text string, i int) int {
	for _, p := range lx.prefixes {
		if strings.HasPrefix(text[i:], p) {
			if e := capWordAt(text, i+len(p)); e >= 0 {
				return e
			}
		}
	}
	return capWordAt(text, i)
}

// capRuns returns the [start, end) offsets of the capitalised runs of
// text, left to right.
func (lx *Lexicon) capRuns(text string) [][2]int {
	var out [][2]int
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsUpper(r) {
			i += n
			continue
		}
		start := i
		end := capWordAt(text, i)
		for {
			s := spacesAt(text, end)
			if s < 0 {
				break
			}
			next := -1
			for _, p := range lx.particles {
				if !strings.HasPrefix(text[s:], p) {
					continue
				}
				if t := spacesAt(text, s+len(p)); t >= 0 {
					if next = lx.prefixedCapWordAt(text, t); next >= 0 {
						break
					}
				}
			}
			if next < 0 {
				next = lx.prefixedCapWordAt(text, s)
			}
			if next < 0 || fieldLabel(text, s, next) && strings.ToUpper(text[start:end]) != text[start:end] {
				break
			}
			end = next
		}
		out = append(out, [2]int{start, end})
		i = end
	}
	return out
}

// fieldLabel reports a word in capitals with a colon right after it
// (text[start:end] the word): after a name not in capitals, the label of
// the next field on a line of fields, as a running order's "PRESENTER:
// Mira Kovac STUDIO: 2", never part of the name ("PIETER VAN AALST:" is
// one label).
func fieldLabel(text string, start, end int) bool {
	w := text[start:end]
	return end < len(text) && text[end] == ':' && utf8.RuneCountInString(w) >= 2 && strings.ToUpper(w) == w && strings.ToLower(w) != w
}

// wordToks returns the [start, end) offsets of the runs of
// [\p{L}\p{M}'’.\-] in s: the words of a capitalised run.
func wordToks(s string) [][]int {
	var out [][]int
	start := -1
	for i, r := range s {
		in := isCapWordRune(r)
		switch {
		case in && start < 0:
			start = i
		case !in && start >= 0:
			out = append(out, []int{start, i})
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, []int{start, len(s)})
	}
	return out
}

// lastFields returns the last n fields of s as strings.Fields splits it.
func lastFields(s string, n int) []string { return lastFieldsTo(s, n, nil) }

// lastFieldsTo is lastFields that stops after a field for which stop
// reports true (nil: never), reading no further back than it needs.
func lastFieldsTo(s string, n int, stop func(string) bool) []string {
	out := make([]string, 0, n)
	end := len(s)
	for end > 0 && len(out) < n {
		// Skip the spaces, then take the word before them.
		for end > 0 {
			r, size := utf8.DecodeLastRuneInString(s[:end])
			if !unicode.IsSpace(r) {
				break
			}
			end -= size
		}
		if end == 0 {
			break
		}
		start := end
		for start > 0 {
			r, size := utf8.DecodeLastRuneInString(s[:start])
			if unicode.IsSpace(r) {
				break
			}
			start -= size
		}
		out = append(out, s[start:end])
		if stop != nil && stop(s[start:end]) {
			break
		}
		end = start
	}
	for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
		out[i], out[j] = out[j], out[i]
	}
	return out
}

// orgRoleMayFollow is reOrgRole's start, `^\s+(?:from|of|at)\s`, checked
// before running the expression.
func orgRoleMayFollow(after string) bool {
	if after == "" || !isRESpace(after[0]) {
		return false
	}
	rest := strings.TrimLeft(after, " \t\n\f\r")
	for _, w := range []string{"from", "of", "at"} {
		if strings.HasPrefix(rest, w) && len(rest) > len(w) && isRESpace(rest[len(w)]) {
			return true
		}
	}
	return false
}

// verbForm is the speech verb a one-word form is, or nil.
func (lx *Lexicon) verbForm(w string) *Verb {
	w = strings.ToLower(w)
	for _, v := range lx.verbs {
		if v.Form == w {
			return v
		}
	}
	return nil
}

// holdsVerbForm reports whether text holds, as a word, a one-word form of
// any speech verb, those only questions use included ("thinks",
// "believes"): for a sentence bringing someone in to speak.
func (lx *Lexicon) holdsVerbForm(text string) bool {
	for _, w := range strings.Fields(text) {
		if lx.verbForm(strings.Trim(w, ",.;:!?\"“”")) != nil {
			return true
		}
	}
	return false
}

// invertedVerb is the speech verb opening a sentence before its subject,
// as a press review sets a paper's words ("Writes Le Temps's
// correspondent Mathilde Favre: …", "Adds the Kremlin's spokesman: …"):
// a verb's third person, capitalised, a capitalised word or "the" after
// it; nil for any other word at text[s:e].
func (lx *Lexicon) invertedVerb(text string, s, e int) *Verb {
	w := text[s:e]
	if !unicode.IsUpper(firstRune(w)) || !strings.HasSuffix(w, "s") || !sentenceStart(text, s) {
		return nil
	}
	v := lx.verbOne[strings.ToLower(w)]
	if v == nil || v.Kind != "say" && v.Kind != "write" {
		return nil
	}
	next, _, _ := strings.Cut(strings.TrimLeft(text[e:], " "), " ")
	if e >= len(text) || text[e] != ' ' || !isCapitalised(next) && next != "the" {
		return nil
	}
	return v
}

// onlyAsked reports a verb form whose only use the flags give, whether
// or not it is plain, is in questions ("say", "claim", "comment": flag
// ask alone): a base form, a noun too.
func (v *Verb) onlyAsked() bool {
	asked := false
	for _, f := range v.Flags {
		switch f {
		case "ask":
			asked = true
		case "plain":
		default:
			return false
		}
	}
	return asked
}
