package people

import (
	"regexp"
	"strings"
)

// reInnerQuote finds, inside a quotation, the words of someone else it
// quotes: a pronoun, a speech verb and perhaps whom to, a comma or a
// colon, then the words in single quotation marks, closed after their
// last punctuation ("She said to me, 'Your Excellency, I am not asking
// Moscow to say sorry.'"). Group 1 is the pronoun, 2 the verb, 3 the
// words.
var reInnerQuote = regexp.MustCompile(`\b(She|she|He|he)\s+(\p{Ll}+)(?:\s+(?:to\s+)?(?:me|us|him|her|them))?\s*[,:]\s+['‘](\S.{6,}?[.!?,])['’](?:\s|$)`)

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
			if _, ok := a.lx.SpeechVerb(q.Text[m[4]:m[5]]); !ok {
				continue
			}
			if b := splitWords(q.Text[:m[2]]); len(b) > 0 && a.lx.is("hypothetical", Fold(b[len(b)-1].w)) {
				// "if she says, 'Look at line 316,' then …": words
				// she might say, no quotation.
				continue
			}
			if a.unnamedBefore(a.paras[pi].Text[:at]) {
				// "She read from a letter sent by a constituent …: "He
				// writes, '…'"": someone the text does not name.
				continue
			}
			w := a.resolvePronoun(pi, at+m[2], strings.ToLower(q.Text[m[2]:m[3]]))
			if w.p == nil || w.p == outer {
				continue
			}
			w.p.quotes++
			outQ = append(outQ, Quote{Speaker: w.p.canonical(), Text: q.Text[m[6]:m[7]], Paragraph: q.Paragraph})
			outW = append(outW, who{p: w.p})
		}
	}
	return outQ, outW
}

// unnamedBefore reports text bringing in someone it does not name: a
// word for a person or a relative after "a", "an" or "whose" ("a
// constituent", "whose Ukrainian brother-in-law").
func (a *analyser) unnamedBefore(text string) bool {
	ws := splitWords(text)
	for i := 1; i < len(ws); i++ {
		w := Fold(ws[i].w)
		head, _, _ := strings.Cut(w, "-") // "brother-in-law"
		if !a.lx.IsPersonNoun(w) && !a.lx.IsKin(w) && !a.lx.IsKin(head) {
			continue
		}
		for j := i - 1; j >= 0 && j >= i-2; j-- {
			switch Fold(ws[j].w) {
			case "a", "an", "whose":
				return true
			}
		}
	}
	return false
}
