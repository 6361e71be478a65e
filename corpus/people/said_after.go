package people

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// framedByUnknown reports a quotation at end brought in by a colon after
// words naming no one the text knows and holding no pronoun ("[24 Mar
// 2074, 20:02] UN's Vasquez:"): whoever speaks in the sentence after it,
// the words are not theirs.
func (a *analyser) framedByUnknown(p *para, from, end int) bool {
	lead := strings.TrimSpace(p.Text[from:end])
	if !strings.HasSuffix(lead, ":") || strings.TrimLeft(lead, "> :") == "" || len(p.mentionsIn(from, end)) > 0 {
		return false
	}
	for _, w := range wordsAfter(p.Text, from, end, 12) {
		if a.lx.isFold("pronoun", strings.Trim(w.w, ",:")) {
			return false
		}
	}
	return true
}

// saidAfter is who the words right after a quotation name as its
// speaker ("…," she said; "…?" asked X). They attribute it only when
// the quotation closes a clause: after `"insist on seeing every word"
// of any guarantee before it was asked`, the sentence goes on. A
// participle there (`"…", adding that …`) goes on with the sentence's
// own subject, which the words before the quotation name, and an
// infinitive ("He declined to say …") says nothing of it.
func (a *analyser) saidAfter(pi int, s quoteSpan) who {
	p := &a.paras[pi]
	text := p.Text
	end := s.markEnd(text)
	if w := a.dashedSpeaker(pi, end, len(p.spans) == 1 && a.quoteIsParagraph(pi, s)); w.found() {
		return w
	}
	after := text[end:min(len(text), end+maxClause)]
	clause := after[:a.lx.clauseEnd(after)]
	closes := strings.ContainsRune(",.!?…;:—–-", lastMeaningful(s.inner)) || strings.HasPrefix(strings.TrimLeft(after, " "), ",")
	vs := p.verbsIn(end, end+len(clause))
	if len(vs) == 0 || !closes || vs[0].v.Kind == "name" || vs[0].v.Kind == "question" || vs[0].v.has("forward") {
		return who{}
	}
	// `"…", while his commander, Captain Hordiienko, said …`, `"…", and
	// President Macron has said much the same`: a clause of someone
	// else's, set beside the quotation, not its attribution.
	rest := withoutNoteMark(strings.TrimLeft(after, " ,;—–-"))
	for _, c := range []string{"while ", "whereas ", "but ", "and "} {
		if strings.HasPrefix(rest, c) {
			return who{}
		}
	}
	// `An American official told me … "… one." Turkey's foreign
	// minister, Hakan Fidan, says he wants …`: after a quotation its own
	// sentence attributes, closed by a full stop, a sentence of its own
	// reports what someone else says now, unless it is no more than who
	// spoke (`"…." Peskov said.`).
	// So too after a quotation set inside a sentence of its own making
	// whose subject is someone else than who speaks next, whatever its
	// verb (`He submitted that the Respondent "… inspect." Counsel Bondar
	// opposed the request, stating that …`); not `Then she turned to
	// Geneva: "…." Sokolenko said …`, the same person.
	ownSentence := len(p.verbsIn(a.clauseStart(pi, s.open), s.open)) > 0
	if from := p.sentenceAt(s.open); a.framedByUnknown(p, from, s.open) {
		// `Vasquez: "…." She urged …`: a quotation a colon brings in is
		// framed before it, by a name the text gives no one.
		ownSentence = true
	}
	if !ownSentence && strings.TrimSpace(text[p.sentenceAt(s.open):s.open]) != "" {
		if sub := a.sentenceSubject(pi, p.sentenceAt(s.open), s.open); sub.p != nil {
			ownSentence = p.eventAt(vs[0].start).p != sub.p
		}
	}
	if lastMeaningful(s.inner) == '.' && rest != "" && unicode.IsUpper([]rune(rest)[0]) && a.bringsInNext(text, vs[0].end) {
		// `"…." Asked whether a deal was close, the diplomat said only:
		// "…"`: the verb brings in the quotation after its colon.
		return who{}
	}
	// A quotation standing as a sentence of its own is no more the next
	// sentence's when that reports more than who spoke (`"…." The Turkish
	// diplomat, who ran the sessions, added that …`).
	alone := strings.TrimSpace(text[p.sentenceAt(s.open):s.open]) == ""
	if lastMeaningful(s.inner) == '.' && rest != "" && unicode.IsUpper([]rune(rest)[0]) && (ownSentence || alone) {
		if tail := strings.TrimSpace(text[vs[0].end : end+len(clause)]); strings.Trim(tail, ".,") != "" {
			return who{}
		}
	}
	// "He declined to say when …": an infinitive reports no words, nor
	// does a denial ("He would not say when …", "she never said").
	for _, w := range wordsBefore(text, max(end, vs[0].start-16), vs[0].start, 2) {
		if f := Fold(w.w); f == "to" || f == "not" || f == "never" || strings.HasSuffix(f, "n't") {
			return who{}
		}
	}
	if vs[0].v.Kind == "according" {
		// `Umerov told the committee that the round had been "…",
		// according to two lawmakers present`: the words are the one
		// who said them before the quotation; the source only reports
		// them.
		before := p.verbsIn(p.sentenceAt(s.open), s.open)
		for i := len(before) - 1; i >= 0; i-- {
			if w := p.eventAt(before[i].start); w.p != nil && before[i].v.has("that") {
				return w
			}
		}
	}
	if w := p.eventAt(vs[0].start); w.found() {
		if w == blocked && strings.HasSuffix(text[vs[0].start:vs[0].end], "ing") && strings.Trim(text[end:vs[0].start], " ,") == "" {
			return who{}
		}
		return w
	}
	return who{}
}

// withoutNoteMark is text less the footnote mark opening it (`[4] `,
// as a wiki page cites its sources after a quotation): the sentence
// after it starts after the mark.
func withoutNoteMark(text string) string {
	if !strings.HasPrefix(text, "[") {
		return text
	}
	i := strings.IndexByte(text, ']')
	if i < 2 || strings.TrimLeft(text[1:i], "0123456789") != "" {
		return text
	}
	return strings.TrimLeft(text[i+1:], " ")
}

// bringsInNext reports a speech verb ending at off that a colon and a
// quotation follow, a word or two between ("said only: "…"", "told
// us: "…"").
func (a *analyser) bringsInNext(text string, off int) bool {
	rest := text[off:]
	i := strings.IndexByte(rest, ':')
	if i < 0 || i > maxColonGap || WordCount(rest[:i]) > 2 || strings.ContainsAny(rest[:i], "\"“”,.;") {
		return false
	}
	r, _ := utf8.DecodeRuneInString(strings.TrimLeft(rest[i+1:], " "))
	return r == '"' || r == '“'
}

// maxColonGap bounds the words between a verb and its colon.
const maxColonGap = 24

// dashedSpeaker is who a dash after a quotation names, as newsletters
// and pull quotes set it: `"…" — Deputy Economy Minister Oleh Marchenko,
// on exports`. The name (after its title) must close the line or its
// clause.
//
// A quotation that is its paragraph alone may have its credit on the next
// line (nextLine).
func (a *analyser) dashedSpeaker(pi, end int, nextLine bool) who {
	p := &a.paras[pi]
	rest := strings.TrimLeft(p.Text[end:], " ")
	credit := false
	if rest == "" && nextLine && pi+1 < len(a.paras) && a.paras[pi+1].Section == p.Section {
		// The credit on a line of its own under the quotation, its dash
		// perhaps read as a list's: no sentence, no verb of speech
		// ("Ambassador Annelies Brunner, the Swiss envoy, after a walk
		// through central Zaporizhzhia on Wednesday").
		next := &a.paras[pi+1]
		t := strings.TrimSpace(next.Text)
		// A line ending in a colon brings in what is under it
		// ("Moldovan Foreign Minister Victor Rusnac:" in a roundup of
		// what they said), never credits what is above it.
		credit = t != "" && len(next.spans) == 0 && (!strings.ContainsRune(".!?:", lastRune(t)) && len(next.verbs) == 0 || a.datedCredit(next))
		p, rest = next, strings.TrimLeft(next.Text, " ")
	}
	dash := ""
	for _, d := range []string{"— ", "– ", "― ", "- "} {
		if strings.HasPrefix(rest, d) {
			dash = d
			break
		}
	}
	if dash == "" && strings.HasPrefix(rest, "(") && strings.HasSuffix(strings.TrimSpace(rest), ")") && !strings.Contains(rest[1:], "(") {
		// `"…" (Bohdan Tkachuk, restorer)`, as a press kit credits its
		// quotations: the bracket closing the line names the speaker.
		dash = "("
	}
	if dash == "" && !credit {
		return who{}
	}
	n := len(p.Text) - len(rest) + len(dash)
	for n < len(p.Text) && p.Text[n] == ' ' {
		n++
	}
	m := p.mentionStartingAt(n)
	if m == nil {
		// "— Ambassador Annelies Brunner, the Swiss envoy": a title the
		// people model did not keep as the mention's role.
		if ms := p.mentionsIn(n, n+120); len(ms) > 0 && a.onlyTitleWords(p.Text[n:ms[0].off]) {
			m = &ms[0]
		}
	}
	if m == nil && p == &a.paras[pi] {
		// `"…" - the Maltese foreign minister, on the eve of the
		// signing`: an office, whose holder the text has named.
		end := len(p.Text)
		if c := strings.IndexAny(p.Text[n:], ",;("); c >= 0 {
			end = n + c
		}
		ws := wordsAfter(p.Text, n, end, 6)
		if np := a.nounPhrase(ws); np != "" && len(ws) > 1 && isDeterminer(ws[0].w) && len(strings.Fields(np)) == len(ws) {
			return a.roleSubject(pi, n, np)
		}
	}
	if m == nil || m.possessive {
		return who{}
	}
	tail := strings.TrimSpace(p.Text[m.end:])
	if tail != "" && !strings.ContainsRune(",.;:)", rune(tail[0])) {
		return who{}
	}
	if dash == "(" && m.role == "" {
		// "(Bohdan Tkachuk, restorer)": what the bracket calls them.
		if r, ok := strings.CutPrefix(strings.TrimSuffix(tail, ")"), ","); ok {
			if r = strings.TrimSpace(r); r != "" && WordCount(r) <= maxBracketRole && !strings.ContainsAny(r, "()\"“”") {
				m.p.roles.add(r)
				return who{p: m.p, at: r}
			}
		}
	}
	return who{p: m.p, at: m.role}
}

// datedCredit reports a credit line under a quotation that is a sentence
// of a fact-check's or a timeline's kind: who, what they are, and where
// and when they said it, closing with its date ("Prime Minister Tomas
// Halvik, interview on ONT, Tuesday 12 April.") or with a verb of speech
// that brings in no words of its own ("Marta Brennich, leader of the
// National Bloc, wrote on Murmur on Wednesday 13 April."). Not a sentence
// saying something else of them ("Pavlo Bondar, a shipbroker in Odesa,
// joined the firm in 2019.").
func (a *analyser) datedCredit(p *para) bool {
	t := strings.TrimSpace(p.Text)
	if lastRune(t) != '.' || WordCount(t) > maxQuoteCreditWords {
		return false
	}
	t = strings.TrimSuffix(t, ".")
	switch len(p.verbs) {
	case 0:
		// The last of its parts a comma sets apart is a date alone.
		last := t[strings.LastIndexByte(t, ',')+1:]
		calendar := false
		for _, w := range strings.Fields(last) {
			f := Fold(strings.Trim(w, "()"))
			switch {
			case a.lx.is("calendar", f):
				calendar = true
			case f == "on" || f == "the" || f == "of" || strings.Trim(f, "0123456789") == "" || strings.TrimRight(strings.TrimLeft(f, "0123456789"), "stndrh") == "":
			default:
				return false
			}
		}
		return calendar
	case 1:
		v := p.verbs[0]
		if v.v.Kind != "say" && v.v.Kind != "write" {
			return false
		}
		after := Fold(t[v.end:])
		return !strings.Contains(" "+after+" ", " that ") && !strings.ContainsAny(after, ",;") && WordCount(after) <= maxCreditVerbWords
	}
	return false
}

// maxCreditVerbWords bounds the words after a credit line's verb of
// speech: where and when ("on Murmur on Wednesday 13 April").
const maxCreditVerbWords = 8

// maxQuoteCreditWords bounds a credit line under a quotation that is a
// sentence.
const maxQuoteCreditWords = 20

// maxBracketRole bounds the words of a title in a bracketed credit.
const maxBracketRole = 8

// onlyTitleWords reports text of title nouns, their modifiers and forms
// of address alone ("Ambassador", "Deputy Economy Minister", "Dr."), or
// none.
func (a *analyser) onlyTitleWords(text string) bool {
	return everyWord(text, func(f string) bool { return a.lx.IsTitleNoun(f) || a.lx.IsModifier(f) || a.lx.AddressedBy(f) })
}
