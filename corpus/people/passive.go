package people

import (
	"strings"
	"unicode"
)

// maxPassiveBack is how far before a name passiveRole looks for "by"
// and the body before it: a title of a dozen words and a body's name.
const maxPassiveBack = 240

// passiveRole reads a title a passive sentence gives the name after it:
// "Ukraine's delegation was led by First Deputy Prime Minister Oksana
// Hrytsenko" makes her leader of Ukraine's delegation, "The Russian
// delegation, which was headed by Deputy Foreign Minister Gennady
// Ryabov" him head of the Russian delegation, and "Russia was
// represented by presidential aide Viktor Malyshev" him representative
// of Russia. The verb is one of predicate_roles.tsv's, the body before it
// one a title can be of: a part of one ("team", "delegation"), a body
// ("commission") or a capitalised name. "" when the text says no such
// thing ("monitors from 14 countries, led by …" names no body).
func (lx *Lexicon) passiveRole(text string, nameStart int) string {
	before := text[max(0, nameStart-maxPassiveBack):nameStart]
	by := strings.LastIndex(before, " by ")
	if by < 0 {
		return ""
	}
	// Between "by" and the name, only the title the name carries:
	// "First Deputy Prime Minister", "the Secretary of the National
	// Security and Defence Council of Ukraine,".
	if gap := before[by+4:]; strings.ContainsAny(gap, ".;:!?\"“”()") || WordCount(gap) > 12 {
		return ""
	}
	ws := strings.Fields(before[:by])
	if len(ws) < 2 {
		return ""
	}
	verb := strings.ToLower(ws[len(ws)-1])
	title, ok := lx.predicates[verb]
	if !ok || !strings.HasSuffix(verb, "ed") { // "led", "headed": a participle
		return ""
	}
	ws = ws[:len(ws)-1]
	// "was", "has been", ", which was": what joins the body to the verb.
	for len(ws) > 0 {
		if lx.is("passivejoin", strings.ToLower(ws[len(ws)-1])) {
			ws = ws[:len(ws)-1]
			continue
		}
		break
	}
	if len(ws) == 0 {
		return ""
	}
	if strings.EqualFold(ws[len(ws)-1], "it") {
		// "The International Ceasefire Monitoring Mission (ICMM),
		// created in Vienna. It is headed by …": the body the sentence
		// before opens with.
		if body := lx.bodyOpening(before, by); body != "" {
			return title + " of " + body
		}
		return ""
	}
	ws[len(ws)-1] = strings.TrimSuffix(ws[len(ws)-1], ",")
	if n := len(ws); n >= 4 && strings.EqualFold(ws[n-3], "of") && lx.countWord(ws[n-2]) && isLowerWord(ws[n-1]) {
		// "a rotation team of five inspectors led by Dr. Anneliese
		// Hartwig": the team, however many it counts, is what she
		// leads.
		ws = ws[:n-3]
	}
	body := lx.bodyPhraseEnding(ws)
	if body == "" {
		return ""
	}
	if i := len(ws) - len(strings.Fields(body)) - 1; i >= 1 && strings.EqualFold(ws[i], "whose") && strings.HasSuffix(ws[i-1], ",") && isCapitalised(ws[i-1]) {
		// "Ukraine, whose delegation was led by …": Ukraine's.
		body = strings.TrimSuffix(ws[i-1], ",") + "'s " + body
	}
	return title + " of " + body
}

// countWord reports a number written in figures or a word for one
// (words.tsv manyword: "five", "several").
func (lx *Lexicon) countWord(w string) bool {
	if w != "" && strings.Trim(w, "0123456789,") == "" {
		return true
	}
	return lx.is("manyword", strings.ToLower(w))
}

// bodyPhraseEnding is the noun phrase naming a body that ws ends with,
// read backwards: its head a part of a body ("delegation", "teams"), a
// body's word ("commission") or a capitalised name ("Russia", "the
// Zaporizhzhia Monitoring Mission"), then its modifiers, possessors and
// article: "Ukraine's delegation", "the delegation of Ukraine", "a State
// Emergency Service (SES) team". "" when the head is none of these.
func (lx *Lexicon) bodyPhraseEnding(ws []string) string {
	head := ws[len(ws)-1]
	if head == "" || strings.ContainsAny(head, ".;:!?,\"“”") {
		return ""
	}
	low := Fold(head)
	capital := unicode.IsUpper(firstRune(head))
	if !capital && !lx.is("part", low) && !lx.is("part", strings.TrimSuffix(low, "s")) && !lx.IsOrganisationWord(low) && !lx.is("meeting", low) {
		return ""
	}
	if capital && !lx.isNation(head) && !lx.IsOrganisationWord(low) && !lx.is("part", low) && (len(ws) < 2 || !strings.EqualFold(ws[len(ws)-2], "the")) {
		// "Russia", "the Commission", "the Monitoring Team", not
		// "Kovalenko was led by" (a person) or "Monday".
		return ""
	}
	start := len(ws) - 1
	for i := len(ws) - 2; i >= 0 && len(ws)-i <= 8; i-- {
		w := ws[i]
		if strings.ContainsAny(w, ".;:!?,\"“”") {
			break
		}
		lw := Fold(w)
		if unicode.IsUpper(firstRune(w)) && lw != "the" && lx.NotName(w) && lx.isNation(ws[i+1]) {
			break // "On Monday Russia was represented by …"
		}
		switch {
		case lx.is("bodydet", lw):
			start = i
		case lw == "of" || unicode.IsUpper(firstRune(w)) || strings.HasPrefix(w, "(") || lx.IsModifier(lw) || lx.isNation(w) || lx.is("part", lw) || lx.IsOrganisationWord(lw):
			start = i
			continue
		case lx.bodyModifier(w):
			// "a technical working group", "Ukraine's ombudsman's
			// office": what kind of body, in lower case.
			start = i
			continue
		}
		break
	}
	if Fold(ws[start]) == "of" {
		start++
	}
	phrase := ws[start:]
	if strings.EqualFold(phrase[0], "the") {
		phrase[0] = "the"
	}
	return strings.Join(phrase, " ")
}

// isNation reports whether w names a country: "Ukraine's", "Russian".
func (lx *Lexicon) isNation(w string) bool {
	_, ok := lx.Nation(w)
	return ok
}

// bodyOpening is the named body opening the sentence before the one
// holding at ("The International Ceasefire Monitoring Mission (ICMM),
// created in Vienna. It is headed by …"): "the" and capitalised words
// ending in a body's word or a part of one; "" when it opens otherwise.
func (lx *Lexicon) bodyOpening(text string, at int) string {
	end := strings.LastIndexAny(text[:at], ".!?")
	if end < 0 {
		return ""
	}
	start := strings.LastIndexAny(text[:end], ".!?\n") + 1
	ws := strings.Fields(text[start:end])
	var name []string
	for i, w := range ws {
		core := strings.TrimRight(w, ",;:")
		if i == 0 && strings.EqualFold(core, "the") {
			name = append(name, "the")
			continue
		}
		if !unicode.IsUpper(firstRune(core)) && core != "of" && core != "for" && core != "and" {
			break
		}
		name = append(name, core)
		if core != w {
			break // the comma closing its name
		}
	}
	for len(name) > 0 && (name[len(name)-1] == "of" || name[len(name)-1] == "for" || name[len(name)-1] == "and") {
		name = name[:len(name)-1]
	}
	if len(name) < 2 {
		return ""
	}
	last := Fold(name[len(name)-1])
	if !lx.IsOrganisationWord(last) && !lx.is("part", last) {
		return ""
	}
	return strings.Join(name, " ")
}

// bodyModifier reports a lower-case word that may say what kind of body
// the noun after it is ("technical", "working", "ombudsman's"): not a
// word of grammar, a preposition, an adverb or a verb joining a clause.
func (lx *Lexicon) bodyModifier(w string) bool {
	lw := Fold(StripPossessive(w))
	if lw == "" || unicode.IsUpper(firstRune(w)) || strings.HasSuffix(lw, "ly") || len(lw) < 3 {
		return false
	}
	return lw != "whose" && !lx.is("relpronoun", lw) && !lx.is("stop", lw) && !lx.is("preposition", lw) && !lx.is("passivejoin", lw) && !lx.is("notname", lw) && !lx.is("bodydet", lw) && lx.verbForm(lw) == nil
}
