package people

import (
	"regexp"
	"strings"
)

// reInnerQuote finds, inside a quotation, words in single quotation
// marks after a comma or a colon, closed after their last punctuation
// (", 'Your Excellency, I am not asking Moscow to say sorry.'"). Group 1
// is the words. Who says them stands before the comma (innerSpeaker).
var reInnerQuote = regexp.MustCompile(`[,:]\s+['‘](\S.{6,}?[.!?,])['’](?:\s|$)`)

// withInnerQuotes adds, after each quotation, the words of another
// person it quotes by a pronoun ("…," the envoy said of "She said to me,
// 'I am not asking Moscow to say sorry.'"): theirs, when the pronoun is
// someone the text names other than the one quoting. said holds who
// spoke each quotation; both come back with the inner ones in place.
func (a *analyser) withInnerQuotes(qs []Quote, said []who) ([]Quote, []who) {
	var outQ []Quote
	var outW []who
	index := make(map[int]int, len(a.paras)) // paragraph number → index
	for i := range a.paras {
		index[a.paras[i].Num] = i
	}
	for i, q := range qs {
		outQ, outW = append(outQ, q), append(outW, said[i])
		outer := said[i].p
		if outer == nil || q.Reported || !strings.ContainsAny(q.Text, "'‘") {
			continue
		}
		pi, ok := index[q.Paragraph]
		if !ok {
			continue
		}
		at := strings.Index(a.paras[pi].Text, q.Text)
		if at < 0 {
			continue
		}
		for _, m := range reInnerQuote.FindAllStringSubmatchIndex(q.Text, -1) {
			if by := a.quotedSpeaker(pi, at, q.Text[:m[0]]); by != nil {
				// "Minister Hrytsenko said to me, '…'": whom the
				// quotation names as saying them.
				if by != outer {
					by.quotes++
					outQ = append(outQ, Quote{Speaker: by.canonical(), Text: q.Text[m[2]:m[3]], Paragraph: q.Paragraph})
					outW = append(outW, who{p: by})
				}
				continue
			}
			if role := a.lx.innerRole(q.Text[:m[0]]); role != "" {
				// "The harbour master radioed and said, 'Morning Wren,
				// you are cleared to proceed,'": someone the quotation
				// names by a title alone, an unnamed source.
				outQ = append(outQ, Quote{Role: role, Text: q.Text[m[2]:m[3]], Paragraph: q.Paragraph})
				outW = append(outW, who{role: role})
				continue
			}
			pron, off, ok := a.innerSpeaker(q.Text[:m[0]])
			if !ok || a.unnamedBefore(pi, at) {
				// "She read from a letter sent by a constituent …: "He
				// writes, '…'"": someone the text does not name.
				continue
			}
			// "He told me: 'Not one metre more.'", said by Dorosh: "he"
			// is the colonel the paragraph named, not Dorosh himself.
			a.quoting = outer
			w := a.resolvePronoun(pi, at+off, pron)
			a.quoting = nil
			if w.p == nil || w.p == outer {
				continue
			}
			w.p.quotes++
			outQ = append(outQ, Quote{Speaker: w.p.canonical(), Text: q.Text[m[2]:m[3]], Paragraph: q.Paragraph})
			outW = append(outW, who{p: w.p})
		}
	}
	return outQ, outW
}

// innerRole reads the words before an inner quotation's comma for
// someone named by a title alone, as the sentence's subject, a speech
// verb a few words on: "The harbour master radioed and said" gives
// "harbour master"; "" for a name, a pronoun or anything else.
func (lx *Lexicon) innerRole(before string) string {
	if i := strings.LastIndexAny(before, ".!?;\"“"); i >= 0 {
		before = before[i+1:]
	}
	ws := strings.Fields(before)
	if len(ws) < 3 || ws[0] != "The" && ws[0] != "the" {
		return ""
	}
	end := 0 // the title's words are ws[1:end]
	for k := 1; k < len(ws) && k <= maxInnerRoleWords && isLowerWord(ws[k]); k++ {
		if f := Fold(ws[k]); lx.IsTitleNoun(f) || lx.IsPersonNoun(f) {
			end = k + 1
		}
	}
	if end == 0 {
		return ""
	}
	for k := end; k < len(ws) && k <= end+maxInnerVerbReach; k++ {
		if lx.verbForm(strings.Trim(ws[k], ",")) != nil {
			return strings.Join(ws[1:end], " ")
		}
	}
	return ""
}

// maxInnerRoleWords bounds the words of a title naming who speaks inside
// a quotation ("chief harbour master"), and maxInnerVerbReach how far
// after it the speech verb may stand ("radioed and said").
const (
	maxInnerRoleWords = 4
	maxInnerVerbReach = 3
)

// innerSpeaker reads the words before an inner quotation's comma for
// who says it: a pronoun for one person ("she", "he"), a speech verb
// and up to two words of whom to ("said to me", "asked me"). It returns
// the pronoun as resolvePronoun takes it and its offset in before; ok
// is false for anything else, for "I told him" (the one quoting) and
// after a word making it words someone might say (words.tsv class
// hypothetical: "if she says, 'Look at line 316,'").
func (a *analyser) innerSpeaker(before string) (pronoun string, off int, ok bool) {
	ws := splitWords(before)
	for k := len(ws) - 2; k >= 0 && k >= len(ws)-4; k-- {
		g, isPron := a.lx.Pronoun(Fold(ws[k].w))
		if !isPron || g == Unknown {
			continue
		}
		if _, verb := a.lx.SpeechVerb(Fold(ws[k+1].w)); !verb {
			continue
		}
		if k > 0 && a.lx.isFold("hypothetical", ws[k-1].w) {
			return "", 0, false
		}
		return g.pronoun(), ws[k].start, true
	}
	// "He looked at us and said, '…'": the pronoun opening the clause
	// whose second verb, after "and", is the speech verb ending it.
	if n := len(ws); n >= 4 {
		if _, verb := a.lx.SpeechVerb(Fold(ws[n-1].w)); verb && Fold(ws[n-2].w) == "and" {
			for k := n - 3; k >= 0 && k >= n-maxAndSaidBack; k-- {
				if k > 0 && !strings.ContainsAny(before[ws[k-1].end:ws[k].start], ".!?\"“”") {
					continue // not the first word of its clause
				}
				if g, isPron := a.lx.Pronoun(Fold(ws[k].w)); isPron && g != Unknown && !a.lx.isFold("hypothetical", ws[max(k-1, 0)].w) {
					return g.pronoun(), ws[k].start, true
				}
				break
			}
		}
	}
	return "", 0, false
}

// quotedSpeaker reads who says an inner quotation by the name the
// quotation holding it gives them, before, the words before the inner
// one's comma, opening at paragraph offset at: a name right before the
// speech verb ("Then Dr Bondar told me, '…'"), a pronoun for the last
// one it named ("I asked Capt Adjei for one sentence, and he said,
// '…'"), or a name opening the sentence whose last verb, after "and",
// is the speech verb ("Mrs Oberholzer from the Red Cross came up to me
// and said, '…'"). It returns nil when the quotation names no one there.
func (a *analyser) quotedSpeaker(pi, at int, before string) *member {
	p := &a.paras[pi]
	ws := splitWords(before)
	n := len(ws)
	verb := -1
	for k := n - 1; k >= 0 && k >= n-4; k-- {
		if _, ok := a.lx.SpeechVerb(Fold(ws[k].w)); ok {
			verb = k
			break
		}
	}
	if verb <= 0 || strings.ContainsAny(before[ws[verb].end:], ".!?\"“”") {
		return nil
	}
	k := verb - 1
	for k > 0 && a.lx.adverb(Fold(ws[k].w)) {
		k--
	}
	if strings.ContainsAny(before[ws[k].end:ws[verb].start], ",;:—–\"“”") {
		return nil // "…, they said"
	}
	if np := a.nounPhrase(ws[:k+1]); np != "" {
		// "The Qatari envoy told us, '…'": the one the text gives that
		// office.
		return a.quotedRole(pi, at, np)
	}
	ms := p.quotedIn(at, at+ws[verb].start)
	if len(ms) == 0 {
		return nil
	}
	last := &ms[len(ms)-1]
	switch g, isPron := a.lx.Pronoun(Fold(ws[k].w)); {
	case last.end == at+ws[k].end:
		if last.possessive {
			return nil
		}
		return last.p
	case isPron && g != Unknown:
		// The last one named in the sentence before, or in the one
		// before that, who fits the pronoun.
		from := a.quoteSentence(before, ws[k].start, 2)
		for i := len(ms) - 1; i >= 0; i-- {
			m := &ms[i]
			if m.off < at+from {
				break
			}
			if !m.possessive && (m.p.gender == Unknown || m.p.gender == g) {
				return m.p
			}
		}
	case Fold(ws[k].w) == "and" && verb-k == 1:
		from := a.quoteSentence(before, ws[k].start, 1)
		for _, m := range ms {
			if m.off < at+from {
				continue
			}
			if opens := strings.TrimSpace(before[from : m.off-at]); a.onlyTitleWords(opens) && !m.possessive {
				if others := p.quotedIn(m.end, at+ws[k].start); len(others) == 0 {
					return m.p
				}
			}
			break
		}
	}
	return nil
}

// quotedRole is the one a role noun phrase inside a quotation opening
// at paragraph offset at stands for ("the Qatari envoy"): whom the text
// gave that office before, as a role noun outside quotations is read
// (roleSubject); nil for anyone else ("an operator", "our engineers").
func (a *analyser) quotedRole(pi, at int, np string) *member {
	ws := strings.Fields(np)
	if !strings.EqualFold(ws[0], "the") || len(ws) < 2 {
		return nil
	}
	noun := singular(a.lx, ws[len(ws)-1])
	if noun != ws[len(ws)-1] {
		return nil // "the engineers"
	}
	mods := ws[1 : len(ws)-1]
	if m, mpi := a.byRole(pi, at, noun, mods); m != nil && !a.unnamedSince(mpi, m, pi, at, noun) && a.ownedBy(m, mods) {
		return m.p
	}
	return nil
}

// quoteSentence is where the sentence of text holding off starts, or
// the one n-1 sentences before it: after a full stop, question or
// exclamation mark and a space.
func (a *analyser) quoteSentence(text string, off, n int) int {
	for i := off - 1; i > 0; i-- {
		if strings.ContainsRune(".!?", rune(text[i-1])) && text[i] == ' ' {
			if ws := splitWords(text[:i]); len(ws) > 0 && a.lx.abbreviation(ws[len(ws)-1].w+".") {
				continue
			}
			if n--; n == 0 {
				return i + 1
			}
		}
	}
	return 0
}

// quotedIn returns the people named inside quotations in [from, to).
func (p *para) quotedIn(from, to int) []mention { return mentionsBetween(p.quoted, from, to) }

// maxAndSaidBack bounds the words between a pronoun opening a clause and
// its "and said" (innerSpeaker): "He looked at us and said".
const maxAndSaidBack = 9

// unnamedBefore reports paragraph pi, up to end, bringing in someone it
// does not name: a word for a person or a relative after "a", "an" or
// "whose" ("a constituent", "whose Ukrainian brother-in-law"), with no
// name right after it.
func (a *analyser) unnamedBefore(pi, end int) bool {
	p := &a.paras[pi]
	ws := splitWords(p.Text[:end])
	for i := 1; i < len(ws); i++ {
		w := Fold(ws[i].w)
		head, _, _ := strings.Cut(w, "-") // "brother-in-law"
		if !a.lx.IsPersonNoun(w) && !a.lx.IsKin(w) && !a.lx.IsKin(head) {
			continue
		}
		for j := i - 1; j >= 0 && j >= i-2; j-- {
			switch Fold(ws[j].w) {
			case "a", "an", "whose":
				// Unless the clause names them right after: "an officer
				// who introduced himself only as Colonel Drozd".
				if !a.namedRightAfter(p, ws[i].end, end) {
					return true
				}
			}
		}
	}
	return false
}

// namedRightAfter reports a name standing within maxNamedAfter words
// after off (and before end) in p, in the same clause.
func (a *analyser) namedRightAfter(p *para, off, end int) bool {
	ms := p.mentionsIn(off, end)
	if len(ms) == 0 || ms[0].possessive {
		return false
	}
	between := p.Text[off:ms[0].off]
	return !strings.ContainsAny(between, ".;:\"“”") && WordCount(between) <= maxNamedAfter
}

// maxNamedAfter bounds the words between an unnamed person's noun and
// the name the clause gives them.
const maxNamedAfter = 6

// creditPullQuotes gives a pull quote no credit names (a paragraph set
// aside, Paragraph.Aside) to whoever the article gives the words it
// repeats: the speaker of another quotation holding pullQuoteWords of
// them in a row ("A field remembers everything.", of Marchenko's
// "My grandmother used to say, 'A field remembers everything'").
func (a *analyser) creditPullQuotes(qs []Quote, said []who) {
	aside := make(map[int]bool, len(a.paras))
	for i := range a.paras {
		if a.paras[i].Aside {
			aside[a.paras[i].Num] = true
		}
	}
	if len(aside) == 0 {
		return
	}
	for i := range qs {
		if said[i].found() || !aside[qs[i].Paragraph] {
			continue
		}
		var by *member
		for j := range qs {
			if j == i || said[j].p == nil || aside[qs[j].Paragraph] || !sharesWords(qs[i].Text, qs[j].Text, min(pullQuoteWords, WordCount(qs[i].Text))) {
				continue
			}
			if by != nil && by != said[j].p {
				by = nil
				break
			}
			by = said[j].p
		}
		if by != nil {
			said[i] = who{p: by}
			qs[i].Speaker = by.canonical()
			by.quotes++
		}
	}
}

// sharesWords reports n words in a row of a standing in b, case and
// punctuation aside.
func sharesWords(a, b string, n int) bool {
	norm := func(s string) []string {
		return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
			return r == ' ' || strings.ContainsRune(".,;:!?\"“”'‘’—–", r)
		})
	}
	aw, bs := norm(a), " "+strings.Join(norm(b), " ")+" "
	for k := 0; n > 0 && k+n <= len(aw); k++ {
		if strings.Contains(bs, " "+strings.Join(aw[k:k+n], " ")+" ") {
			return true
		}
	}
	return false
}
