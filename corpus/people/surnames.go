package people

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// speakingSurnames registers people known only by a surname next to a
// speech verb, which is how an article names someone it introduced in a
// paragraph that did not survive ("said Reisner").
func (c *cast) speakingSurnames(text string, verbs []verbAt) {
	if len(verbs) == 0 {
		return
	}
	lx := c.lx
	// A lone capitalised word right after or before a speech verb:
	// "said Reisner", "Jilge told".
	for _, after := range []bool{true, false} {
		var names [][2]int
		if after {
			names = verbThenName(text, verbs)
		} else {
			names = nameThenVerb(text, verbs)
		}
		for _, m := range names {
			w := text[m[0]:m[1]]
			if !lx.loneSurname(w) {
				continue
			}
			// "the Gulf said": a place or body, not a person.
			if b := text[max(0, m[0]-4):m[0]]; strings.EqualFold(b, "the ") || strings.EqualFold(b[max(0, len(b)-2):], "a ") {
				continue
			}
			// "The honourable Gentleman asks": after an article and a word
			// in lower case, a capitalised word is a noun, no surname.
			if ws := wordsBefore(text, max(0, m[0]-40), m[0], 2); len(ws) == 2 && isLowerWord(ws[1].w) && isDeterminer(ws[0].w) {
				continue
			}
			// "called Varna "a neutral table"", "told Izvestia that": what
			// a naming verb gives words to, or whom a speaker tells,
			// stands after the verb; it is no speaker.
			if after {
				if ws := wordsBefore(text, max(0, m[0]-16), m[0], 1); len(ws) == 1 {
					if v := lx.verbForm(ws[0].w); v != nil && (v.Kind == "name" || v.has("object")) {
						continue
					}
				}
			}
			// "a sergeant near Orikhiv told": a place after a preposition;
			// "families in Sumy and Chernihiv told": and the place joined
			// to one.
			if ws := wordsBefore(text, max(0, m[0]-48), m[0], 3); len(ws) >= 1 && lx.isFold("preposition", ws[len(ws)-1].w) ||
				len(ws) == 3 && lx.isFold("conjunction", ws[2].w) && unicode.IsUpper([]rune(ws[1].w)[0]) && lx.isFold("preposition", ws[0].w) {
				continue
			}
			// "she says Izmir is a floor", "said Kyiv would wait": the
			// subject of the clause reported, no speaker.
			if after {
				if ws := wordsAfter(text, m[1], min(len(text), m[1]+24), 1); len(ws) == 1 && lx.IsAuxiliary(Fold(ws[0].w)) {
					continue
				}
			}
			// "said Drastenergo's 32 staff would": whose the clause's
			// subject is, no speaker after the verb.
			if rest, _, _ := strings.Cut(text[m[1]:], " "); after && Possessive(w+rest) {
				continue
			}
			// "said Kestrian workers had", "said Drovan engineers could",
			// "said Morraskan forces had": a capitalised word before a
			// word for people or a body qualifies them (a country's
			// adjective the lexicon does not know); it is no one's name.
			if after {
				if ws := wordsAfter(text, m[1], min(len(text), m[1]+24), 1); len(ws) == 1 && isLowerWord(ws[0].w) && (lx.IsPersonNoun(singular(lx, Fold(ws[0].w))) || lx.IsOrganisationWord(Fold(ws[0].w))) {
					continue
				}
			}
			// "said Danish prime minister Henrik Larsen": a word opening a
			// role phrase describes the speaker; it is not a name.
			if after && lx.opensRole(text[m[1]:min(len(text), m[1]+64)]) {
				continue
			}
			// Not the first word of a longer capitalised run.
			if after && m[1]+1 < len(text) && text[m[1]] == ' ' {
				if r, _ := utf8.DecodeRuneInString(text[m[1]+1:]); unicode.IsUpper(r) {
					continue
				}
			}
			// A capitalised word opening a sentence could be anything;
			// one after another capitalised word ends a longer run ("the
			// State Department said", "Downing Street said"), which is
			// read as a whole.
			if !after && sentenceStart(text, m[0]) && c.byKey[c.key(w)] == nil && lx.lookupKnown(w) == nil {
				continue
			}
			if !after {
				if ws := lastFields(text[max(0, m[0]-40):m[0]], 1); len(ws) == 1 {
					if r, _ := utf8.DecodeRuneInString(ws[0]); unicode.IsUpper(r) && !strings.ContainsAny(ws[0], ".,;:\"”") {
						continue
					}
					if ws[0] == "&" {
						// "the brokers Calder & Moss said": a firm's
						// name, not a person's.
						continue
					}
				}
			}
			if c.byKey[c.key(w)] == nil && !c.notPersonWord(w) && c.familyGiven(w) == nil {
				// Not "Matvi said", after "Matvi Sorel": his given name.
				c.add(w, "")
			}
		}
	}
}

// notPersonWord reports a lone capitalised word the document shows to be
// a country or a body, not a surname: it is the people's adjective of a
// country the document names ("Dravenian", beside Dravenia); its
// people's adjective is written too ("Tarsk", beside "the Tarskan
// side"); it follows "of" after a title ("Chief Executive of Aldgrid");
// or it stands before a word for people ("Aldgrid spokeswoman Hanna
// Kirrow", "Aldgrid crews").
func (c *cast) notPersonWord(w string) bool {
	// "said Dravenian submarines": the people's adjective of a country
	// the document names, no surname.
	if c.nationOfText(w) {
		return true
	}
	for _, t := range c.texts {
		for off := 0; ; {
			i := strings.Index(t[off:], w)
			if i < 0 {
				break
			}
			at, end := off+i, off+i+len(w)
			off = end
			if at > 0 && inWord(t[at-1]) {
				continue
			}
			rest := t[end:]
			for _, suf := range c.lx.DemonymEndings() {
				// "the Tarskan side", "Tarskans", "it was Tarskan.".
				for _, adj := range []string{suf, suf + "s"} {
					if strings.HasPrefix(rest, adj) && (len(rest) == len(adj) || !inWord(rest[len(adj)])) {
						return true
					}
				}
			}
			if len(rest) > 0 && inWord(rest[0]) {
				continue
			}
			if ws := wordsBefore(t, max(0, at-40), at, 2); len(ws) == 2 && Fold(ws[1].w) == "of" && c.lx.IsTitleNoun(Fold(strings.Trim(ws[0].w, ","))) {
				return true
			}
			if ws := wordsAfter(t, end, min(len(t), end+32), 1); len(ws) == 1 && strings.HasPrefix(rest, " ") && isLowerWord(ws[0].w) &&
				c.lx.IsPersonNoun(singular(c.lx, Fold(ws[0].w))) {
				return true
			}
			if c.opensFirmName(t, end) {
				return true
			}
			if c.afterBodyNoun(t, at) {
				return true
			}
		}
	}
	return false
}

// speaksAlone reports sur as a transcript's label in capitals somewhere
// in the document ("MANTELL:", "MANTELL (THROUGH INTERPRETER):"): the
// surname alone takes a turn, as only a person does.
func (c *cast) speaksAlone(sur string) bool {
	if len(sur) < 3 || !isCapitalised(sur) {
		return false
	}
	return c.opensTurn(strings.ToUpper(sur), false, 40)
}

// opensTurn reports label, in capitals, opening a transcript's turn in
// some paragraph (after its time, and after a hearing's question number
// when numbered): a colon right after it, or a note in brackets and the
// colon within reach bytes ("MANTELL (THROUGH INTERPRETER): …").
func (c *cast) opensTurn(label string, numbered bool, reach int) bool {
	for _, t := range c.texts {
		t = SkipTimestamp(t)
		if numbered {
			t = skipQuestionNumber(t)
		}
		if rest, ok := strings.CutPrefix(strings.TrimLeft(t, "*_ "), label); ok && (strings.HasPrefix(rest, ": ") || strings.HasPrefix(rest, " (") && strings.Contains(rest[:min(len(rest), reach)], "): ")) {
			return true
		}
	}
	return false
}

// agedAlone reports sur standing alone, capitalised, with an age set
// after it somewhere in the document ("Tkalets, 57, spoke to the
// Courier"): what is given an age is a person.
func (c *cast) agedAlone(sur string) bool {
	if len(sur) < 3 || !isCapitalised(sur) {
		return false
	}
	for _, t := range c.paraTexts {
		for at := 0; ; {
			i := strings.Index(t[at:], sur)
			if i < 0 {
				break
			}
			i += at
			at = i + len(sur)
			if (i == 0 || t[i-1] == ' ') && reAgeAfter.MatchString(t[at:]) {
				return true
			}
		}
	}
	return false
}

// speaksByInitials reports the initials of name (two words) opening a
// turn somewhere in the document ("YT: …", "**YT:** …"), as an
// interview's labels are: the words are someone's name.
func (c *cast) speaksByInitials(name []string) bool {
	ini := ""
	for _, w := range name {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			return false
		}
		ini += string(r)
	}
	for _, t := range c.texts {
		if rest, ok := strings.CutPrefix(strings.TrimLeft(SkipTimestamp(t), "*_ "), ini); ok && strings.HasPrefix(strings.TrimLeft(rest, "*_"), ": ") {
			return true
		}
	}
	return false
}

// speaksInFull reports name (two words) in capitals opening a turn
// somewhere in the document ("SIGRUN MAAL: …", "Q3 SIGRUN MAAL (National
// Party): …", a hearing's numbered question first), as a transcript's
// labels are: the words are someone's name, when the text writes them
// as one too ("Sigrun Maal (National Party)").
func (c *cast) speaksInFull(name []string) bool {
	written := strings.Join(name, " ")
	shout := strings.ToUpper(written)
	if written == shout || !slices.ContainsFunc(c.paraTexts, func(t string) bool { return strings.Contains(t, written) }) {
		// "NEWS DESK:", a label the text never writes as a name.
		return false
	}
	return c.opensTurn(shout, true, 60)
}

// familyNamed reports sur as a surname the document gives someone with a
// given name the lexicon knows ("Lidia Sorel"): a word beside it that
// no list knows is then a relative's given name ("Matvi Sorel").
func (c *cast) familyNamed(sur string) bool {
	if len(sur) < 3 || !isCapitalised(sur) {
		return false
	}
	named, ok := c.familySurnames[sur]
	if !ok {
		named = c.familyNamedIn(sur)
		if c.familySurnames == nil {
			c.familySurnames = map[string]bool{}
		}
		c.familySurnames[sur] = named
	}
	return named
}

// familyNamedIn is familyNamed, read from the paragraphs.
func (c *cast) familyNamedIn(sur string) bool {
	for _, t := range c.paraTexts {
		for at := 0; ; {
			i := strings.Index(t[at:], " "+sur)
			if i < 0 {
				break
			}
			i += at
			at = i + 1 + len(sur)
			if r, _ := utf8.DecodeRuneInString(t[at:]); at < len(t) && unicode.IsLetter(r) {
				continue // "Sorelli"
			}
			prev := wordEndingAt(t, i)
			if _, ok := get(c.lx.given, prev); ok && isCapitalised(prev) {
				return true
			}
		}
	}
	return false
}

// familyGiven is the one person named in full whose given name, no list
// knows, is first, and whose surname the document gives someone with a
// given name the lexicon knows (familyNamed): "Matvi" of "Matvi Sorel",
// beside "Lidia Sorel". Nil for any other word.
func (c *cast) familyGiven(first string) *member {
	p := c.byGiven(first)
	if p == nil {
		return nil
	}
	given, _, _ := strings.Cut(p.name, " ")
	if _, listed := get(c.lx.given, given); listed || !c.familyNamed(p.name[strings.LastIndexByte(p.name, ' ')+1:]) {
		return nil
	}
	return p
}

// nationOfText reports w as the people's adjective of a country the
// document names ("Dravenian", beside Dravenia).
func (c *cast) nationOfText(w string) bool {
	return adjectiveOfWritten(c.lx, w, func(base string) bool {
		return slices.ContainsFunc(c.texts, func(t string) bool { return holdsWord(t, base) })
	})
}

// afterBodyNoun reports a word for a body, or a part a firm plays, in
// lower case right before at, after an article and perhaps one more word:
// "the company Tarvex", "the contractor Tarvex Clearance", "the private
// company Tarvex Clearance": what the body is, then its name.
func (c *cast) afterBodyNoun(t string, at int) bool {
	ws := wordsBefore(t, max(0, at-48), at, 3)
	n := len(ws)
	if n < 2 || !strings.HasSuffix(t[:at], ws[n-1].w+" ") || !isLowerWord(ws[n-1].w) {
		return false
	}
	if f := Fold(ws[n-1].w); !c.lx.IsOrganisationWord(f) && !c.lx.is("firmrole", f) {
		return false
	}
	if isDeterminer(ws[n-2].w) {
		return true
	}
	return n == 3 && isDeterminer(ws[0].w) && isLowerWord(ws[1].w)
}

// maxFirmRun is the most capitalised words after the first that a
// company's registered name runs to before its suffix.
const maxFirmRun = 3

// opensFirmName reports a company's registered name going on at end of
// t, right after a capitalised word: more capitalised words, the last a
// suffix of a firm's name ("Tarvex Clearance Ltd"; words.tsv firmsuffix)
// or a word heading a body's name ("Velmar Grain Trading").
func (c *cast) opensFirmName(t string, end int) bool {
	if !strings.HasPrefix(t[end:], " ") {
		return false
	}
	ws := wordsAfter(t, end, min(len(t), end+64), maxFirmRun)
	for i, w := range ws {
		word := strings.TrimRight(w.w, ".,;:")
		if !unicode.IsUpper(firstRune(word)) || i > 0 && strings.TrimSpace(t[ws[i-1].end:w.start]) != "" {
			return false
		}
		if f := Fold(word); c.lx.is("firmsuffix", f) || c.lx.IsOrganisationWord(f) {
			return true
		}
		if word != w.w {
			return false // the name ends at the comma
		}
	}
	return false
}

// inWord reports a byte that continues a word: \b's word bytes, a
// letter of another script (by its UTF-8 bytes) or a hyphen.
func inWord(b byte) bool { return isWordByte(b) || b >= 0x80 || b == '-' }

// loneSurname reports whether a capitalised word standing alone may be a
// surname: no word a name never is, not in capitals, no given name of a
// known gender, no body's name.
func (lx *Lexicon) loneSurname(w string) bool {
	g, given := get(lx.given, w)
	return !lx.NotName(w) && strings.ToUpper(w) != w && !(given && g != Unknown) && !lx.bodyName(w)
}

// rePostingLine is a line's last sentence naming someone by one word on
// a platform, closing in a colon: "Voronina on Telegram this morning:".
var rePostingLine = regexp.MustCompile(`(?:^|[.!?]["”]?\s+)(\p{Lu}[\p{L}'’\-]+) on (\p{L}+)\b[^.!?:"“”]{0,40}:\s*$`)

// postingSurname makes a cast member of the one word naming someone on a
// platform (words.tsv platform) in a line closing in a colon over a
// quotation set alone (quoteNext): "Kremlin's spin already out. Voronina
// on Telegram this morning:", over what she posted. The word must read as
// a surname, not a word, a given name or a body's.
func (c *cast) postingSurname(text string, quoteNext bool) {
	if !quoteNext {
		return
	}
	m := rePostingLine.FindStringSubmatch(text)
	if m == nil || !c.lx.is("platform", strings.ToLower(m[2])) {
		return
	}
	w := m[1]
	if !c.lx.loneSurname(w) || Possessive(w) {
		return
	}
	if c.byKey[c.key(w)] == nil {
		c.add(w, "")
	}
}

// titleWord reports a word that says what someone is, not who: a title
// ("Major"), an honorific ("Mrs") or a title set before names ("Father").
func (lx *Lexicon) titleWord(w string) bool {
	f := Fold(w)
	_, honorific := lx.HonorificGender(w)
	return lx.IsTitleNoun(f) || honorific || lx.is("givenhonorific", f) || lx.IsModifier(f)
}
