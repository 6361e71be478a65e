package people

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// creditLine is tail, the text after a name, with the dash of a line
// crediting the name with a title made a comma ("Prof Marieke van Doorn -
// President, ICC-U, The Hague", a call's list of participants): the name
// (after perhaps its title) opens the line, and a spaced dash and a
// capital follow it, in a line too short to be a sentence. Any other
// tail as it is.
func creditLine(text string, nameStart int, role, tail string) string {
	if len(text) > maxCreditLine || strings.ContainsAny(text, "\"“”") {
		return tail
	}
	if lead := strings.TrimSpace(text[:nameStart]); lead != "" && lead != role {
		return tail
	}
	for _, d := range []string{" - ", " – ", " — "} {
		if rest, ok := strings.CutPrefix(tail, d); ok && isCapitalised(rest) {
			return ", " + rest
		}
	}
	return tail
}

// quoteCreditBefore reports text ending in a closing quotation mark and
// a dash: what follows credits the quotation (`"…" — `, `"…"— `).
func quoteCreditBefore(before string) bool {
	b := strings.TrimRight(before, " ")
	cut := false
	for _, d := range []string{"—", "–", "―"} {
		if t, ok := strings.CutSuffix(b, d); ok {
			b, cut = strings.TrimRight(t, " "), true
			break
		}
	}
	return cut && (strings.HasSuffix(b, "\"") || strings.HasSuffix(b, "”"))
}

// creditedBefore reports a role read before a name that a line crediting
// an earlier name gives that name ("Martin Aebi — project engineer,
// Kessler …"): right before the role, a spaced dash after a full name
// that opens the text or a list's item.
func creditedBefore(before, role string) bool {
	i := strings.LastIndex(before, role)
	if i < 0 || len(before) > maxCreditLine {
		return false
	}
	pre := strings.TrimRight(before[:i], " ")
	if k := strings.LastIndexAny(pre, ";:"); k >= 0 {
		pre = pre[k+1:] // a list's item: "…, Warsaw; Martin Aebi — …"
	}
	for _, d := range []string{" -", " –", " —"} {
		if lead, ok := strings.CutSuffix(pre, d); ok {
			lead = strings.TrimSpace(strings.TrimLeft(lead, bulletMarks+" "))
			return fullNameOpens(lead) && len(strings.Fields(lead)) <= maxCreditedName
		}
	}
	return false
}

// maxCreditedName bounds the name a credit line opens with (creditedBefore).
const maxCreditedName = 5

// maxCreditLine bounds a line crediting a name with a title.
const maxCreditLine = 160

// reSignedPlace is a line closing a letter or crediting a quotation with
// the writer's name and town alone: "Olena Hrytsak, Vinnytsia".
var reSignedPlace = regexp.MustCompile(`^,\s*(\p{Lu}[\p{Ll}'’\-]+(?:-\p{Lu}[\p{Ll}'’\-]+)*)\s*$`)

// signedPlace is where someone signing a line with their name and one
// capitalised word is from ("Nadiia Kovalenko, Khmilnyk" → "from
// Khmilnyk"), when the line holds nothing else before the name but a
// dash, and the word is no title, word for a person or organisation. ""
// otherwise.
func (lx *Lexicon) signedPlace(text string, nameStart int, tail string) string {
	if strings.Trim(text[:nameStart], " *_—–-") != "" {
		return ""
	}
	m := reSignedPlace.FindStringSubmatch(tail)
	if m == nil {
		return ""
	}
	w := Fold(m[1])
	if lx.IsPersonNoun(w) || lx.IsModifier(w) {
		return ""
	}
	if _, ok := lx.Organisation(m[1]); ok {
		return ""
	}
	return "from " + m[1]
}

// creditedPart is the part on a show (words.tsv showpart) a credits
// line gives the name after it ("Presenter:", "Anchor:" opening the
// line or after "|" or a full stop), or "".
func (lx *Lexicon) creditedPart(before string) string {
	t, ok := strings.CutSuffix(strings.TrimRight(before, " "), ":")
	if !ok {
		return ""
	}
	f := strings.Fields(t[strings.LastIndexByte(t, '\n')+1:]) // its line
	n := len(f)
	if n == 0 || !isCapitalised(f[n-1]) || !lx.isFold("showpart", f[n-1]) || n > 1 && !opensAfter(f[n-2]) && f[n-2] != "|" {
		return ""
	}
	return Fold(f[n-1])
}

// reCreditedName is a full name a credits line gives, ending the line or
// followed by initials in brackets, a "|" or the next credit: "Marta
// Yurchenko (MY) |", "Natalia Voronova. Guest:".
var reCreditedName = regexp.MustCompile(`^\p{Lu}[\p{L}'’\-]+(?:\s+\p{Lu}[\p{L}'’\-]+){1,2}\s*(?:$|\(|\||\.\s+\p{Lu}[\p{L}\-]*:)`)

// labelRole is the role a factbox or who's-who list gives the name after
// it as a label in capitals, "THE" and a title, then a colon ("* THE
// DRIVER: Vasyl Tkachenko, 58, …", "THE MEDIATOR: Regula Imhof"): the
// label's words in lower case, without "the"; "" otherwise.
func (lx *Lexicon) labelRole(before string) string {
	t, ok := strings.CutSuffix(strings.TrimRight(before, " "), ":")
	if !ok {
		return ""
	}
	f := strings.Fields(t)
	var label []string
	for k := len(f) - 1; k >= 0 && len(label) < maxLabelRoleWords; k-- {
		w := f[k]
		if !isAllCapsWord(w) {
			break
		}
		label = append([]string{strings.ToLower(w)}, label...)
	}
	// "THE DRIVER:", as a factbox writes it; a transcript's speaker
	// label ("SECRETARY GENERAL: Turkiye has …") has no article.
	if len(label) < 2 || label[0] != "the" || !lx.IsTitleNoun(label[len(label)-1]) {
		return ""
	}
	if k := len(f) - len(label); k > 0 && !opensAfter(f[k-1]) {
		return "" // a label opens its line, its sentence or its item
	}
	return strings.Join(label[1:], " ")
}

// fullNameOpens reports text opening with two capitalised words, as a
// full name does ("Vasyl Tkachenko, 58"; not "Thank you").
func fullNameOpens(text string) bool {
	f := strings.Fields(text)
	if len(f) < 2 {
		return false
	}
	return isCapitalised(f[0]) && isCapitalised(f[1])
}

// honorificOpens reports text opening with an honorific ("Mr", "Ms.").
func (lx *Lexicon) honorificOpens(text string) bool {
	f := strings.Fields(text)
	if len(f) == 0 {
		return false
	}
	_, ok := lx.HonorificGender(f[0])
	return ok
}

// maxLabelRoleWords bounds a label's words (labelRole), "THE" with them.
const maxLabelRoleWords = 4

// isAllCapsWord reports a word written in capitals, two letters or more.
func isAllCapsWord(w string) bool {
	letters := 0
	for _, r := range w {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			letters++
		}
	}
	return letters >= 2
}

// bulletMarks are the characters a pasted list's items open with.
const bulletMarks = "-*•"

// opensAfter reports a word after which a label may open: one closing a
// sentence or a clause (". ! ? : ;"), or a list item's bullet.
func opensAfter(w string) bool {
	return strings.ContainsAny(w[len(w)-1:], ".!?:;") || utf8.RuneCountInString(w) == 1 && strings.ContainsAny(w, bulletMarks)
}

// creditAffiliation reports a name set after the one a line or a
// quotation credits with a dash and a comma ("— Fiona Bramwell, Harcourt
// Wyndham"): the body the credited person speaks for, not a second
// person.
func creditAffiliation(text string, nameStart int) bool {
	// Only the last maxCreditLine bytes (and a quotation mark's) can
	// hold the credit: a longer lead is none, and is not scanned.
	from := max(0, nameStart-maxCreditLine-utf8.UTFMax)
	lead := text[from:nameStart]
	if i := strings.LastIndexAny(lead, "\"“”"); i >= 0 {
		// `"The premium is …" — Fiona Bramwell, Harcourt Wyndham`: the
		// credit after the quotation it credits.
		_, n := utf8.DecodeRuneInString(lead[i:])
		lead = lead[i+n:]
	} else if from > 0 {
		return false
	}
	if len(lead) > maxCreditLine {
		return false
	}
	lead = strings.TrimLeft(lead, "> *_\t ")
	for _, d := range []string{"—", "–", "-", "―"} {
		if rest, ok := strings.CutPrefix(lead, d); ok {
			rest = strings.TrimRight(rest, " ")
			return strings.HasSuffix(rest, ",") && strings.Count(rest, ",") == 1 && isCapitalised(strings.TrimSpace(rest))
		}
	}
	return false
}

// creditedBefore is whom a line of its own crediting what follows names
// (words.tsv class creditbefore: "Forwarded from Halyna Tkachuk"): the
// one person it names, and nothing else (a channel's name is no one).
func (a *analyser) creditedBefore(p *para) who {
	low := strings.ToLower(strings.Trim(p.Text, "*_ "))
	if i := strings.Index(low, " - "); i > 0 && i < maxStampBytes && strings.ContainsAny(low[:i], "0123456789") {
		// "13 Mar 2050, 16:05 - ↪️ Forwarded from …": a digest's time
		// and its mark before the line.
		low = low[i+3:]
	}
	if who := a.handleCredit(p); who.p != nil {
		return who
	}
	low = strings.TrimLeftFunc(low, func(r rune) bool { return !unicode.IsLetter(r) })
	if _, rest, ok := a.lx.creditCue(low); ok {
		// "Forwarded from Yelena Dorofeyeva | Spokeswoman, MFA of
		// Russia", "SUPER: Iryna Melnyk, Shift Engineer": the name,
		// then what they are.
		if strings.HasPrefix(rest, "(") {
			// "SOUNDBITE (Ukrainian) HALYNA TKACHENKO": the language
			// spoken.
			if _, after, ok := strings.Cut(rest, ")"); ok {
				rest = strings.TrimSpace(after)
			}
		}
		named, _, _ := strings.Cut(rest, "|")
		named, _, _ = strings.Cut(named, ",")
		if m := p.ments; len(m) == 1 && !m[0].possessive && WordCount(named)-WordCount(p.Text[m[0].off:m[0].end]) <= maxLabelWords-2 {
			// The name and perhaps a title before it ("Sheikh Khalid bin
			// Saif Al-Harthy").
			return who{p: p.ments[0].p}
		}
	}
	return who{}
}

// reHandleCredit is a digest's line over a post (or a section's heading
// past its time), its last part the writer's handle and, in brackets,
// who they are: "07:12 | Telegram |
// @zhuravlev_va (Viktor Zhuravlev, Russian deputy foreign minister)",
// "08:03 | X | @UkrEnergyMin (Ministry of Energy of Ukraine; post signed
// by spokesman Taras Bondar)". Group 1 is what the brackets hold.
var reHandleCredit = regexp.MustCompile(`(?:^|\|)\s*@[\w.]{2,40}\s*\(([^()]{3,200})\)\s*$`)

// handleCredit is the one person a digest's line over a post names in
// the brackets after the handle; no one when the brackets name a body
// alone ("@rosatom_news (Rosatom press service)"), someone's, or two
// people.
func (a *analyser) handleCredit(p *para) who {
	if m, _ := a.handleMention(p); m != nil {
		return who{p: m.p}
	}
	return who{}
}

// handleMention is handleCredit's mention of the one person, and the
// body the brackets name before a semicolon ("Ministry of Energy of
// Ukraine; post signed by spokesman Taras Bondar"), "" when none.
func (a *analyser) handleMention(p *para) (*mention, string) {
	// The pattern needs a handle's "@": most paragraphs have none, and
	// the regexp would try it at every "|" and at the start.
	if !strings.Contains(p.Text, "@") {
		return nil, ""
	}
	m := reHandleCredit.FindStringSubmatchIndex(p.Text)
	if m == nil {
		return nil, ""
	}
	var found *mention
	for k := range p.ments {
		mt := &p.ments[k]
		if mt.off < m[2] || mt.off >= m[3] {
			continue
		}
		if mt.possessive || found != nil && mt.p != found.p {
			return nil, ""
		}
		found = mt
	}
	if found == nil {
		return nil, ""
	}
	body, _, ok := strings.Cut(p.Text[m[2]:m[3]], ";")
	if body = strings.TrimSpace(body); !ok || !a.lx.namesBody(body) {
		body = ""
	}
	return found, body
}

// signerRole gives the one person a digest's handle line names the
// body's title the line gives them ("(Ministry of Energy of Ukraine;
// post signed by spokesman Taras Bondar)": the ministry's spokesman),
// once, as the names are read.
func (a *analyser) signerRole(p *para) {
	if m, body := a.handleMention(p); m != nil && body != "" && m.role != "" {
		m.p.roles.add(m.role + ", " + body)
	}
}

// maxStampBytes bounds a digest's time stamp before a line: "13 Mar
// 2050, 16:05".
const maxStampBytes = 40

// forwardedFrom is whom a paragraph opening with a credit's cue (words.tsv
// creditbefore) credits the quotation right after the name with: a
// channel's message saved as one paragraph, "Forwarded from Benedikt
// Arlo "Symmetry on paper is easy …"" (the one person named there), or
// "Forwarded from Dravenian Defence Ministry - official "The leak is
// …"" (a body named alone, an unnamed source). No one when the
// quotation does not follow the credit (a forwarded news item quoting
// someone of its own), or no one or two people are named in it.
func (lx *Lexicon) forwardedFrom(p *para) who {
	if len(p.spans) == 0 || len(p.verbs) > 0 && p.verbs[0].start < p.spans[0].open {
		return who{}
	}
	head := p.Text[:p.spans[0].open]
	lead := strings.TrimLeftFunc(head, func(r rune) bool { return !unicode.IsLetter(r) })
	_, rest, ok := lx.creditCue(lead)
	if !ok {
		return who{}
	}
	name := strings.Trim(rest, "*_ ")
	for _, sep := range []string{" - ", " – ", " — ", " | ", " · ", ", "} {
		name, _, _ = strings.Cut(name, sep) // "- official", "| Spokeswoman, MFA"
	}
	if name == "" || WordCount(name) > maxForwardedName {
		return who{}
	}
	var one *member
	for _, m := range p.ments {
		if m.off >= len(head) {
			break
		}
		if m.possessive || one != nil && one != m.p {
			return who{}
		}
		one = m.p
	}
	switch {
	case one != nil:
		return who{p: one}
	case lx.namesBody(name):
		return who{role: name}
	}
	return who{}
}

// maxForwardedName bounds the name a forwarded message's credit gives:
// a person's with a title, or a body's ("Ministry of Energy of
// Ukraine").
const maxForwardedName = 8
