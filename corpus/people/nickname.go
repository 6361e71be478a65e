package people

import (
	"regexp"
	"slices"
	"strings"
)

// reCallsPronoun finds a sentence giving the name others call someone
// the text speaks of by a pronoun: "Her friends call her Sasha",
// "everyone else in the ministry calls her "the Hydrant"", "colleagues
// call her "the metronome"". Group 1 is the pronoun, group 2 the name in
// quotation marks (three words at most: "Dido Mykola"), group 3 a name
// without.
var reCallsPronoun = regexp.MustCompile(`\bcall(?:s|ed)?\s+(him|her)\s+(?:["“]((?:the\s+)?\p{L}[\p{L}'’\-]{1,20}(?:\s\p{L}[\p{L}'’\-]{1,20}){0,2})["”]|((?:the\s+)?\p{Lu}[\p{L}'’\-]{1,20}))`)

// findNicknames reads the names a text says others call someone it
// speaks of by a pronoun, resolved as "he" or "she" would be there: the
// name is theirs too ("what did the hydrant say" is the negotiator
// everyone in the ministry calls so). A quotation's words are someone's
// speech, not the text's: a name given inside one is not read.
func (a *analyser) findNicknames() {
	for i := range a.paras {
		p := &a.paras[i]
		// "To the crews at Selmitz depot he is simply the Badger": the
		// name he is to some, resolved as "he" is there.
		for _, m := range reIsToSomeIn(p.Text) {
			a.nickOfPronoun(i, m, false)
		}
		// "Among the crews he is known simply as Old Valve": the name
		// he goes by, resolved as "he" is there, else a profile's.
		for _, m := range reKnownAsIn(p.Text) {
			a.nickOfPronoun(i, m, true)
		}
		// "The driver, Jonas Pellar, known to everyone at the Kessel
		// depot as "Pepper"", "Driver Jonas Pellar, "Pepper" to his
		// colleagues": the name set after theirs.
		for _, m := range p.ments {
			if m.possessive || p.inside(m.off) || m.p.surname == "" || !strings.HasPrefix(p.Text[m.end:], ",") {
				continue
			}
			if loc := reNickAppositionIn(p.Text[m.end:]); loc != nil {
				g := 2
				if loc[2] < 0 {
					g = 4
				}
				m.p.calledNick(p.Text[m.end+loc[g] : m.end+loc[g+1]])
			}
		}
		if !strings.Contains(p.Text, "call") && !strings.Contains(p.Text, "nicknamed") && !strings.Contains(p.Text, "dubbed") {
			continue
		}
		for _, m := range reCallsPronoun.FindAllStringSubmatchIndex(p.Text, -1) {
			if p.inside(m[2]) || a.asideAfterName(p, m[2]) {
				continue
			}
			pron := "he"
			if strings.EqualFold(p.Text[m[2]:m[3]], "her") {
				pron = "she"
			}
			w := a.resolvePronoun(i, m[2], pron)
			if w.p == nil || w.p.surname == "" {
				continue
			}
			nick := m[4:6]
			if nick[0] < 0 {
				nick = m[6:8]
			}
			w.p.calledNick(p.Text[nick[0]:nick[1]])
		}
		// "Reporter: Mr Moriarty, your old staff called you "Red Pen"":
		// the one the turn opens by addressing.
		for _, m := range reCallsYou.FindAllStringSubmatchIndex(p.Text, -1) {
			if p.inside(m[0]) {
				continue
			}
			who := a.addressed(i, m[0])
			if who == nil {
				// "**The staff call you "Sova". Where does that come
				// from?**": an interviewer's question, to the one who
				// answers it.
				who = a.askedOf(i)
			}
			if who != nil && who.surname != "" {
				who.calledNick(p.Text[m[2]:m[3]])
			}
		}
		// "Brigadier General Claudia Imhof … — Head of the mission. A
		// former commander …, nicknamed "the Metronome" by her
		// monitors": the one person the paragraph names before it.
		for _, m := range reNicknamed.FindAllStringSubmatchIndex(p.Text, -1) {
			if p.inside(m[0]) {
				continue
			}
			var who *member
			for _, mt := range p.ments {
				if mt.off >= m[0] {
					break
				}
				if who != nil && mt.p != who {
					who = nil
					break
				}
				who = mt.p
			}
			if who != nil && who.surname != "" {
				who.calledNick(p.Text[m[2]:m[3]])
			}
		}
		// "Colleagues in the foreign ministry call Maryna Ostapchuk
		// "the Archivist"": the name after the one it is given.
		for _, m := range p.ments {
			if m.possessive || p.inside(m.off) || !reCallsBefore.MatchString(p.Text[max(0, m.off-8):m.off]) {
				continue
			}
			if loc := reNickAfter.FindStringSubmatchIndex(p.Text[m.end:]); loc != nil && m.p.surname != "" {
				m.p.calledNick(p.Text[m.end+loc[2] : m.end+loc[3]])
			}
		}
	}
}

// reNickApposition is a nickname in apposition after a name: ", known
// to everyone at the depot as "Pepper"" (group 1), ", "Pepper" to his
// colleagues" (group 2). Quoted and capitalised, as a name is.
var reNickApposition = regexp.MustCompile(`^,\s+(?:(?:widely\s+|simply\s+)?known\s+(?:[^,.;:!?"“”]{1,40}\s+)?as\s+["“]((?:the\s+)?\p{Lu}[\p{L}'’\-]{1,20}(?:\s\p{Lu}[\p{L}'’\-]{1,20})?)["”]|["“]((?:the\s+)?\p{Lu}[\p{L}'’\-]{1,20}(?:\s\p{Lu}[\p{L}'’\-]{1,20})?)["”]\s+to\s+(?:his|her|their)\s+\p{L}+)`)

// reNickAppositionIn is reNickApposition's match in text, tried only
// where a quotation mark stands.
func reNickAppositionIn(text string) []int {
	if !strings.ContainsAny(text, "\"“") {
		return nil
	}
	return reNickApposition.FindStringSubmatchIndex(text)
}

// reIsToSome is the name someone is to some people, a sentence opening
// with them: "To the crews at Selmitz depot he is simply the Badger",
// "To her students she was always "Mrs K"". Group 1 is the pronoun, group
// 2 the name, capitalised (a description in lower case, "the best driver
// on the line", is none).
var reIsToSome = regexp.MustCompile(`(?:^|[.!?]\s+)To\s+[^.,;:!?"“”]{2,60}?,?\s+(he|she)\s+(?:is|was|has always been)\s+(?:simply\s+|just\s+|always\s+|still\s+|only\s+|known as\s+)?["“]?((?:the\s+)?\p{Lu}[\p{L}'’\-]{1,20})["”]?`)

// nickOfPronoun gives the name of match m in paragraph i (group 1 a
// pronoun, group 2 the name) to the one the pronoun is. With profile,
// a pronoun that finds no one named near it is the one the article
// names in most paragraphs, when it names them in several: a profile's
// "he", paragraphs after its subject was last named.
func (a *analyser) nickOfPronoun(i int, m []int, profile bool) {
	p := &a.paras[i]
	if p.inside(m[2]) {
		return
	}
	pron, g := "he", Male
	if strings.EqualFold(p.Text[m[2]:m[3]], "she") {
		pron, g = "she", Female
	}
	w := a.resolvePronoun(i, m[2], pron)
	if w.p == nil && profile {
		if pr := a.protagonist(&member{gender: g}); pr != nil && a.namedParas[pr] >= minProfileParas {
			w.p = pr
		}
	}
	if w.p != nil && w.p.surname != "" {
		w.p.calledNick(p.Text[m[4]:m[5]])
	}
}

// minProfileParas is how many paragraphs must name someone for an
// article to be about them, a profile's "he" theirs however far back.
const minProfileParas = 3

// reKnownAs is the name someone goes by, after a pronoun: "he is known
// simply as Old Valve", "she has long been known as "the Archivist"".
// Group 1 is the pronoun, group 2 the name, capitalised, of one or two
// words.
var reKnownAs = regexp.MustCompile(`\b(he|she|He|She)\s+(?:is|was|has\s+(?:long\s+|always\s+)?been)\s+(?:widely\s+|simply\s+|still\s+|only\s+|just\s+)?known\s+(?:simply\s+|only\s+|just\s+)?as\s+["“]?((?:the\s+)?\p{Lu}[\p{L}'’\-]{1,20}(?:\s\p{Lu}[\p{L}'’\-]{1,20})?)["”]?`)

// reKnownAsIn is reKnownAs's matches in text, run only where "known as"
// stands.
func reKnownAsIn(text string) [][]int {
	if !strings.Contains(text, "known") {
		return nil
	}
	return reKnownAs.FindAllStringSubmatchIndex(text, -1)
}

// reIsToSomeIn is reIsToSome's matches in text, run only where "To"
// stands: most paragraphs have none, and the expression, opening with
// no word to look for first, would read every byte of them.
func reIsToSomeIn(text string) [][]int {
	if !strings.Contains(text, "To") {
		return nil
	}
	return reIsToSome.FindAllStringSubmatchIndex(text, -1)
}

// reCallsYou is a nickname given to the one spoken to: "your old staff
// called you "Red Pen"". Group 1 is the name.
var reCallsYou = regexp.MustCompile(`\bcall(?:s|ed)?\s+you\s+["“]((?:the\s+)?\p{L}[\p{L}'’\-]{1,20}(?:\s\p{L}[\p{L}'’\-]{1,20}){0,2})["”]`)

// addressed is who paragraph i opens by addressing, before off: the
// first name in it (past its label and a title or honorific), set
// apart by a comma ("Reporter: Mr Moriarty, your old staff …"); nil
// when it opens otherwise.
func (a *analyser) addressed(i, off int) *member {
	p := &a.paras[i]
	start := 0
	if p.label != nil {
		start = p.label.end
	}
	for _, m := range p.ments {
		if m.off < start {
			continue
		}
		if m.end >= off || m.possessive || !strings.HasPrefix(p.Text[m.end:], ",") {
			return nil
		}
		for _, w := range strings.Fields(p.Text[start:m.off]) {
			if f := Fold(strings.Trim(w, ".")); !a.lx.is("honorific", f) && !a.lx.is("givenhonorific", f) && !a.lx.IsTitleNoun(f) && !a.lx.IsModifier(f) {
				return nil
			}
		}
		return m.p
	}
	return nil
}

// askedOf is who answers paragraph i when it is an interviewer's turn:
// the next paragraph's speaker, its answer's label's; nil otherwise.
func (a *analyser) askedOf(i int) *member {
	p := &a.paras[i]
	if p.label == nil || !p.label.asks || i+1 >= len(a.paras) {
		return nil
	}
	if next := a.paras[i+1].label; next != nil && next.answer != nil {
		return next.answer
	}
	return nil
}

// reNicknamed is a nickname given without saying who gives it to whom:
// "nicknamed "the Metronome"", "dubbed "the Archivist"".
var reNicknamed = regexp.MustCompile(`\b(?:nicknamed|dubbed)\s+["“]((?:the\s+)?\p{L}[\p{L}'’\-]{1,20})["”]`)

// reCallsBefore is "call" right before a name: "colleagues call Maryna
// Ostapchuk …".
var reCallsBefore = regexp.MustCompile(`\bcall(?:s|ed)?\s+$`)

// reNickAfter is the name in quotation marks right after the name of the
// one it is given to: "… Maryna Ostapchuk "the Archivist"".
var reNickAfter = regexp.MustCompile(`^\s+["“]((?:the\s+)?\p{L}[\p{L}'’\-]{1,20})["”]`)

// asideAfterName reports a "calls him" at off in an aside right after a
// name ("Konstantin Belyaev — everyone in the corridors calls him Kostya
// —"), which the mention's reading already gave the one it names.
func (a *analyser) asideAfterName(p *para, off int) bool {
	for _, m := range p.ments {
		if m.end > off {
			break
		}
		if loc := reCalledBy.FindStringSubmatchIndex(p.Text[m.end:]); loc != nil && m.end+loc[2] <= off && off < m.end+loc[1] {
			return true
		}
	}
	return false
}

// nicknameMentions adds to each paragraph the places where it calls
// someone by a nickname the text gave them (findNicknames) that is an
// epithet or a name of several words, capitalised ("the Badger", "Old
// Valve"), outside quotations; then reads again the speech verbs of
// every paragraph from the first that gained one: "For the Badger, that
// cannot come soon enough. "…," he said" is the chief his crews call
// so, and so is "the Badger said".
func (a *analyser) nicknameMentions() {
	first := -1
	for _, k := range a.cast.order {
		m := a.cast.byKey[k]
		for _, form := range m.nickForms {
			for i := range a.paras {
				if a.nickMentionsIn(i, m, form) && first < 0 {
					first = i
				}
			}
		}
	}
	if first < 0 {
		return
	}
	a.chained = nil // pronouns read before may read otherwise now
	for i := first; i < len(a.paras); i++ {
		a.findEvents(i)
	}
}

// nickMentionsIn adds to paragraph pi a mention of m at each place its
// text writes form ("the" opening it in either case), as a word of its
// own, outside quotations and any name already read there. It reports
// whether it added any.
func (a *analyser) nickMentionsIn(pi int, m *member, form string) bool {
	p := &a.paras[pi]
	rest, the := strings.CutPrefix(form, "the ")
	added := false
	for off := 0; off < len(p.Text); {
		i := strings.Index(p.Text[off:], rest)
		if i < 0 {
			break
		}
		start, end := off+i, off+i+len(rest)
		off = end
		if start > 0 && inWord(p.Text[start-1]) || end < len(p.Text) && inWord(p.Text[end]) {
			continue
		}
		if the {
			ws := wordsBefore(p.Text, max(0, start-8), start, 1)
			if len(ws) != 1 || Fold(ws[0].w) != "the" || ws[0].end+1 != start {
				continue
			}
			start = ws[0].start
		}
		if p.inside(start) || len(p.mentionsIn(start, end)) > 0 {
			continue
		}
		at, _ := slices.BinarySearchFunc(p.ments, start, func(x mention, off int) int { return x.off - off })
		p.ments = slices.Insert(p.ments, at, mention{p: m, off: start, end: end})
		added = true
	}
	return added
}
