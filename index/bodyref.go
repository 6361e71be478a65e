package index

import (
	"slices"
	"strings"

	"github.com/talksbot/talksbot/index/english"
)

// Official and legal texts name a body in full once, then call it by its
// head noun: "the International Criminal Court ("ICC" or "the Court")",
// "a survey by the Vektor Centre for Social Research … who heads research
// at the centre". A description naming the body ("the icc registrar",
// "the vektor sociologist") holds for a title or a sentence that only
// says "the Court".

// namedByHead reports whether a title calls a body by the last word of
// its name, capitalised after "the" or opening the title, as legal and
// official texts do once they have named it ("Registrar of the Court" of
// the International Criminal Court; "the Mission"; "Agency spokeswoman"
// of the International Atomic Energy Agency), while no other name the
// articles shorten ends in that word.
func (e *Engine) namedByHead(title, name string) bool {
	head := name[strings.LastIndexByte(name, ' ')+1:]
	if head == name || head == "" {
		return false
	}
	cased := strings.ToUpper(head[:1]) + head[1:]
	if !strings.Contains(title, "the "+cased) && !strings.HasPrefix(title, "The "+cased) && !strings.HasPrefix(title, cased+" ") {
		return false
	}
	for _, other := range e.data.Acronyms {
		// Another body ending in the head noun ("the Supreme Court")
		// leaves "the Court" open; a name holding this one ("Trial
		// Chamber I of the International Criminal Court") or calling
		// it by its head ("Registrar of the Court") is no other body.
		if strings.HasSuffix(other, " "+head) && !strings.Contains(other, name) && !strings.Contains(other, "the "+head) {
			return false
		}
	}
	return true
}

// bodyHead is the head noun, lower case, of the capitalised name in text
// that holds the word w ("centre" of "the Vektor Centre for Social
// Research", for "vektor"): its last word before "for" or "of", or its
// last word. Empty when no such name holds w or its head is not an
// everyday noun, or is w itself.
func bodyHead(text, w string) string {
	ws := wordSpans(text)
	for i := 0; i < len(ws); i++ {
		if !strings.EqualFold(text[ws[i].start:ws[i].end], w) || !upperFirst(text[ws[i].start:ws[i].end]) {
			continue
		}
		head := ""
		for j := i; j < len(ws); j++ {
			word := text[ws[j].start:ws[j].end]
			if j > i && strings.TrimSpace(text[ws[j-1].end:ws[j].start]) != "" {
				break // punctuation ends the name
			}
			if word == "for" || word == "of" || !upperFirst(word) {
				break
			}
			head = word
		}
		head = strings.ToLower(head)
		if head == "" || strings.EqualFold(head, w) {
			return ""
		}
		if l := english.Lookup(head); !l.Known || l.Name {
			return ""
		}
		return head
	}
	return ""
}

// namesBody reports whether a description's words other than its title
// name a body or a name of the articles ("vektor" of "the vektor
// sociologist"), not only a country or where someone is from ("the
// podcast guest from kyiv" says too little without "guest").
func (e *Engine) namesBody(rest, placed []string) bool {
	for _, w := range rest {
		if slices.Contains(placed, strings.ToLower(w)) || len(e.nationsIn([]string{w})) > 0 {
			continue
		}
		if l := english.Lookup(strings.ToLower(w)); !l.Known || l.Name || e.data.Acronyms[strings.ToLower(w)] != "" {
			return true
		}
	}
	return false
}
