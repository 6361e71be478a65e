package people

import (
	"regexp"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// An interview gives its speakers by labels opening paragraphs, bold in
// the original: "Claudia Major: The guarantees…", "Q: What…", "A: …",
// "PESKOV: …". An answer is its speaker's words; a question is nobody's.

// label is a speaker label opening a paragraph.
type label struct {
	end    int     // offset just after the label and its colon
	answer *member // who answers; nil for a question or an unknown label
	asks   bool    // a question ("Q:", "DW:", "Interviewer:")
	// a marks "A:", the interviewee named elsewhere in the article.
	a bool
}

// namesNoOne reports a label that is neither a question's nor anyone's
// ("Proof:", "Sources:").
func (l *label) namesNoOne() bool { return l.answer == nil && !l.asks && !l.a }

// maxLabelWords bounds a label: a name and perhaps a title.
const maxLabelWords = 4

// readLabel finds a label opening text: up to four words, each starting
// with a capital (or "Q"/"A"), then a colon and a space. Markdown bold
// marks around it are allowed. A bracket after the name is a note on how
// they spoke ("PESKOV (in Russian):"), dropped; their role, as a
// committee's record gives it ("Ms. Catherine Lindqvist (Deputy Minister
// of Foreign Affairs, Global Affairs Canada):"), returned as role; or,
// after a title, their name ("The Chair (Mr. Marc Ouellette):").
func readLabel(text string) (name, role string, end int, ok bool) {
	clean, cut := dropSpeechNotes(text)
	clean, party, n := dropParty(clean)
	name, role, end, ok = readBareLabel(clean)
	if ok {
		end += cut + n
		if role == "" {
			role = party
		}
	}
	return name, role, end, ok
}

// reParty matches a parliament's record's party in square brackets just
// before a label's colon ("Mr Pavel Dremmer [Homeland Front]:", "The
// Prime Minister (Tomas Halvik) [Civic Alliance]:"): capitalised words.
var reParty = regexp.MustCompile(`^[^\[\]:]{2,120}?(\s*\[((?:[A-Z][\p{L}'’.-]*|and|of|the|for)(?: (?:[A-Z][\p{L}'’.-]*|and|of|the|for)){0,5})\]):`)

// reSecondBracket matches a parliament's record's second round bracket
// before a label's colon: the constituency after the office holder's
// name ("The Minister of Agriculture (Dalia Morvane) (Velmora East):"),
// or the party after the member's constituency ("Gregor Fenwick
// (Kastrel and Vale) (Opp):"): capitalised words, as reParty's.
var reSecondBracket = regexp.MustCompile(`^[^\[\]():]{2,120}?\([^()\[\]:]{1,80}\)(\s*\(((?:[A-Z][\p{L}'’.-]*|and|of|the|for)(?: (?:[A-Z][\p{L}'’.-]*|and|of|the|for)){0,5})\)):`)

// dropParty is text without the party a member's label gives in square
// brackets before its colon (or a second round bracket:
// reSecondBracket), that party, and how many bytes went.
func dropParty(text string) (string, string, int) {
	m := partyMatch(text)
	if m == nil {
		return text, "", 0
	}
	if r, _ := utf8.DecodeRuneInString(text[m[4]:m[5]]); !unicode.IsUpper(r) {
		return text, "", 0
	}
	return text[:m[2]] + text[m[3]:], text[m[4]:m[5]], m[3] - m[2]
}

// partyMatch is reParty's submatches in text, or else reSecondBracket's.
// Each pattern opens with a run of characters that are none of its
// brackets nor a colon, so it can match only where the first of those is
// the bracket it opens with: that is looked for first, as most paragraphs
// readLabel is asked about have none, and running both regexps on each
// was 4% of a build's CPU.
func partyMatch(text string) []int {
	if i := strings.IndexAny(text, "[]:"); i >= 0 && text[i] == '[' {
		if m := reParty.FindStringSubmatchIndex(text); m != nil {
			return m
		}
	}
	if i := strings.IndexAny(text, "[]():"); i >= 0 && text[i] == '(' {
		return reSecondBracket.FindStringSubmatchIndex(text)
	}
	return nil
}

// speechNotes matches a verbatim record's note on the language someone
// spoke in or was heard through, before their label's colon ("(in
// Slovenian)", "(continued in Ukrainian)", "[interpretation from
// Russian]"), opening with a phrase of words.tsv class speechnote.
var speechNotes = sync.OnceValue(func() *regexp.Regexp {
	var ps []string
	for w := range Default().words["speechnote"] {
		ps = append(ps, regexp.QuoteMeta(w))
	}
	slices.SortFunc(ps, func(a, b string) int { return len(b) - len(a) })
	alt := strings.Join(ps, "|")
	return regexp.MustCompile(`(?i)\s*(?:\((?:` + alt + `)\b[^()\[\]:]{0,30}\)|\[(?:` + alt + `)\b[^()\[\]:]{0,30}\])`)
})

// dropSpeechNotes is text without the notes on how someone spoke that
// stand before its first colon (speechNotes), and how many bytes went.
func dropSpeechNotes(text string) (string, int) {
	colon := strings.IndexByte(text[:min(len(text), maxBracketLabel+100)], ':')
	if colon < 0 || !strings.ContainsAny(text[:colon], "([") {
		return text, 0
	}
	head := speechNotes().ReplaceAllString(text[:colon], "")
	return head + text[colon:], colon - len(head)
}

// readBareLabel is readLabel on text without notes on how its speaker
// spoke.
func readBareLabel(text string) (name, role string, end int, ok bool) {
	t := strings.TrimLeft(skipStageNote(skipQuestionNumber(SkipTimestamp(text))), "*_ ")
	lead := len(text) - len(t)
	bracketed := 0 // "[CLIP - IRYNA KOVALENKO, DEPUTY FINANCE MINISTER]:": a label in square brackets
	if i := strings.Index(t[:min(len(t), maxBracketLabel)], "]:"); strings.HasPrefix(t, "[") && i > 1 && !strings.ContainsAny(t[1:i], "[]") {
		t, lead, bracketed = t[1:i]+t[i+1:], lead+1, 1
	}
	colon := strings.IndexByte(t[:min(len(t), 64)], ':')
	if colon < 0 {
		// "OKSANA MELNYCHUK, UKRAINIAN PARLIAMENTARY COMMISSIONER FOR
		// HUMAN RIGHTS:": a transcript's label in capitals, a name and
		// a long title after a comma.
		if c := strings.IndexByte(t[:min(len(t), maxBracketLabel)], ':'); c > 0 && strings.Contains(t[:c], ", ") && strings.ToUpper(t[:c]) == t[:c] {
			colon = c
		}
	}
	if i := strings.Index(t[:min(len(t), maxBracketLabel)], "):"); i > 0 && (colon < 0 || colon > i) && strings.IndexByte(t[:i], '(') > 0 {
		colon = i + 1
	}
	if colon <= 0 || colon+1 >= len(t) {
		return "", "", 0, false
	}
	name = strings.Trim(t[:colon], "*_ ")
	part := "" // "Caller — Olena (Kharkiv):": the part, then the name
	asker := false
	if l, r, ok := cutDash(name); ok && Default().IsPersonNoun(Fold(l)) {
		part, name = Fold(l), r
	} else if ok && Default().isFold("stagecue", l) {
		name = r // "CLIP — VIKTOR LEBEDEV (via interpreter):": how it is shown, then who speaks
	} else if ok && Default().isFold("questioncue", l) {
		// "Question - Dmytro Pavlenko, Kyiv Business Review:": who asks,
		// and the outlet they ask for, no title of theirs.
		name, _, _ = strings.Cut(r, ", ")
		asker = true
	}
	if open := strings.IndexByte(name, '('); open > 0 && strings.HasSuffix(name, ")") {
		inner := strings.TrimSpace(name[open+1 : len(name)-1])
		outer := strings.Trim(name[:open], "*_ ")
		r, _ := utf8.DecodeRuneInString(inner)
		noun, place, _ := strings.Cut(inner, ", ")
		switch n := len(strings.Fields(inner)); {
		case strings.ContainsAny(inner, "():"):
			return "", "", 0, false
		case Default().isFold("stagecue", inner):
			// "VIK (LIVE):", "HOLM (V/O):": how they are on air, no
			// title nor place.
			name = outer
		case !unicode.IsUpper(r) && !strings.Contains(noun, " ") && Default().IsPersonNoun(noun) && (place == "" || isPlaceName(place)):
			// "SERHIY (caller, Zaporizhzhia):": who they are on the
			// show, and where they call from.
			name, role = outer, fromPlace(noun, place)
		case !unicode.IsUpper(r) && n <= maxLabelWords:
			name = outer // a note
		case isPlaceName(inner) && isGivenName(outer):
			// "VASYL (Chernihiv):", "Olena (Kharkiv)": a caller known
			// by a given name and a town, no MP for it.
			name, role = outer, fromPlace(part, inner)
		case len(strings.Fields(outer)) == 1 && strings.ToUpper(outer) == outer && withoutTitles(noun) != noun && givenNameFirst(withoutTitles(noun)):
			// "CHAIR (Minister Tina Kralj, Minister of Education of the
			// Republic of Slovenia):": the part, then who plays it with
			// their title, then their office.
			name, role = withoutTitles(noun), Default().UnshoutRole(strings.TrimSpace(place))
			if role == "" {
				role = strings.TrimSpace(strings.TrimSuffix(noun, name))
			}
		case !unicode.IsUpper(r) || n > maxRoleWords:
			return "", "", 0, false
		case startsWithHonorific(inner):
			name, role = inner, outer
		case givenNameFirst(inner) && len(strings.Fields(outer)) == 1 && strings.ToUpper(outer) == outer:
			// "ANCHOR (LARYSA BONDAR):", "SOT (TARAS HRYTSENKO,
			// DIRECTOR, KHERSON REGIONAL ART MUSEUM):": a broadcast's
			// label gives the part, then who plays it.
			n, r, _ := strings.Cut(inner, ", ")
			name = strings.TrimSpace(n)
			if r = strings.TrimSpace(r); strings.Contains(r, " ") || roleWords(r) {
				// Not "REPORTER (Taras Melnyk, RFE/RL)", "(Maja Horvat,
				// Delo)": an outlet in a word is no title, nor a
				// constituency.
				role = Default().UnshoutRole(r)
			}
			if Default().isFold("questioncue", outer) {
				// "QUESTION (Nadia Bernet, Radio Lac):": who asks, and
				// the outlet they ask for, no title of theirs.
				role = ""
			}
			if role == "" && !Default().isFold("stagecue", outer) && roleWords(outer) {
				role = Default().UnshoutRole(outer)
			}
			if r = strings.TrimSpace(r); isPlaceName(r) && !strings.Contains(n, " ") {
				// "CALLER (Lyudmyla, Kremenchuk):": a given name and
				// the town they call from.
				if f := Fold(outer); !Default().is("stagecue", f) && Default().IsPersonNoun(f) {
					part = f
				}
				role = fromPlace(part, r)
			}
		case givenNameFirst(inner) && !strings.Contains(inner, ",") && len(strings.Fields(outer)) >= 2 && !givenNameFirst(outer) && roleWords(outer):
			// "The Minister for Europe (Rebecca Thornbury):": a record's
			// office, then who holds it.
			name, role = inner, strings.TrimPrefix(outer, "The ")
		case Default().isFold("stagecue", inner):
			// "VASHCHENKO (INTERPRETED):": how the clip is given, no part.
			name, role = outer, ""
		case givenNameFirst(inner) && strings.Contains(inner, ", ") && reTheTitle.MatchString(outer) && roleWords(outer[4:]):
			// "THE CHAIR (Oksana Lytvyn, Democratic Alliance):": a
			// record's office, then who holds it and their party (or
			// their own title: "The Chair (Ms Lytvyn, Chair of the
			// Committee)").
			n, r, _ := strings.Cut(inner, ", ")
			name, role = strings.TrimSpace(n), Default().UnshoutRole(strings.TrimSpace(outer[4:]))
			if roleWords(r) {
				role = Default().UnshoutRole(strings.TrimSpace(r))
			}
		case n <= 3 && !strings.Contains(outer, " ") && Default().IsTitleNoun(Fold(outer)) && !Default().IsTitleNoun(Fold(lastWord(inner))):
			// "CHAIR (Marchuk):", a committee record's office and, in
			// brackets, the surname of who holds it.
			name, role = inner, Default().UnshoutRole(outer)
		default:
			name, role = outer, inner
		}
	}
	if role == "" {
		role = part
	}
	if n, r, ok := strings.Cut(name, ", "); ok && role == "" && !asker && roleWords(r) {
		// "MYKOLA DUBAS, CORRESPONDENT:", "Taras Bilyk, father:": the
		// name, then what they are.
		name, role = strings.TrimSpace(n), Default().UnshoutRole(strings.TrimSpace(r))
	} else if ok && role == "" && !asker && isInitials(strings.TrimSpace(r)) && WordCount(n) >= 2 && WordCount(n) <= 3 {
		// "Margrit Oberholzer, ICRC:": the name, then the body they
		// speak for, in its initials.
		name, role = strings.TrimSpace(n), strings.TrimSpace(r)
	}
	rest := t[colon+1:]
	rest = strings.TrimLeft(rest, "*_")
	if !strings.HasPrefix(rest, " ") {
		return "", "", 0, false
	}
	ws := strings.Fields(name)
	office := officeLabel(ws)
	if len(ws) == 0 || len(ws) > maxLabelWords && !office {
		return "", "", 0, false
	}
	for i, w := range ws {
		r, _ := utf8.DecodeRuneInString(w)
		// "Marieke van Doorn:": a surname's particle is the one word
		// of a name in lower case.
		if !unicode.IsUpper(r) && (i == 0 || !unnamedLabel(ws)) && (i == 0 || i == len(ws)-1 || !Default().IsSurnameParticle(w)) && !office {
			return "", "", 0, false
		}
	}
	end = lead + bracketed + colon + 1
	for end < len(text) && (text[end] == '*' || text[end] == '_' || text[end] == ' ') {
		end++
	}
	return name, role, end, true
}

// clipCue reports a label that is a broadcast script's cue under a
// clip's credit ("IN", "OUT", "DUR", "TEXT"; words.tsv classes clipcue and
// cliptext), in capitals: no one speaks there.
func (l *Lexicon) clipCue(name string) bool {
	return strings.ToUpper(name) == name && (l.isFold("clipcue", name) || l.isFold("cliptext", name))
}

// renderedFor is whose words an interpreter's turn at paragraph pi
// gives, and whether they ask: the label of the paragraph right before
// it, in its section, even one with nothing after its colon (the words
// were said in another language: "Q (Viktor Salo, Ostrelian Public
// Radio) [in Ostrelian]:"); no one when none stands there.
func (a *analyser) renderedFor(pi int) (*member, bool) {
	if pi == 0 || a.paras[pi-1].Section != a.paras[pi].Section {
		return nil, false
	}
	if l := a.paras[pi-1].label; l != nil {
		return l.answer, l.asks
	}
	t := strings.TrimSpace(a.paras[pi-1].Text)
	if !strings.HasSuffix(t, ":") {
		return nil, false
	}
	name, _, _, ok := readLabel(t + " …")
	if !ok {
		return nil, false
	}
	if f := Fold(name); a.lx.is("question", f) || a.lx.is("interviewer", f) {
		return nil, true
	}
	return a.labelSpeaker(name), false
}

// officeLabel reports a label's words that are a record's office with
// its article, a title and what it is of or for ("The Minister of
// Agriculture", "The Secretary of State for Defence"), up to
// maxOfficeLabelWords: capitalised words, and "for" or a word that may
// stand inside a body's name (words.tsv rolejoin: of, and, the) joining
// them.
func officeLabel(ws []string) bool {
	if len(ws) < 3 || len(ws) > maxOfficeLabelWords || !reTheTitle.MatchString(strings.Join(ws[:2], " ")) || !Default().IsTitleNoun(Fold(ws[1])) {
		return false
	}
	for _, w := range ws[2:] {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) && !Default().isFold("rolejoin", w) && w != "for" {
			return false
		}
	}
	return unicode.IsUpper(firstRune(ws[len(ws)-1]))
}

// maxOfficeLabelWords bounds a record's office as a label ("The
// Secretary of State for Foreign Affairs").
const maxOfficeLabelWords = 8

// reTheTitle opens a record's office with its article: "THE CHAIR",
// "The Chair".
var reTheTitle = regexp.MustCompile(`^(?:THE|The) \S`)

// skipStageNote is text after a broadcast transcript's note in
// brackets opening a line ("(ON CAMERA) SOLVEIG BREKKE, …:"): a few words
// in capitals.
func skipStageNote(text string) string {
	t := strings.TrimLeft(text, " ")
	if !strings.HasPrefix(t, "(") {
		return text
	}
	end := strings.IndexByte(t, ')')
	if end < 0 || end > maxStageNote {
		return text
	}
	note := t[1:end]
	if strings.ToUpper(note) != note || strings.ContainsAny(note, "0123456789:") {
		return text
	}
	return strings.TrimLeft(t[end+1:], " ")
}

// maxStageNote bounds a stage note's bytes ("(ON CAMERA)", "(VOICE-OVER)").
const maxStageNote = 24

// withoutTitles is s without the title words opening it ("Minister
// Tina Kralj" → "Tina Kralj").
func withoutTitles(s string) string {
	f := strings.Fields(s)
	i := 0
	for i < len(f)-1 && (Default().IsTitleNoun(Fold(f[i])) || Default().IsModifier(Fold(f[i]))) {
		i++
	}
	return strings.Join(f[i:], " ")
}

// givenNameFirst reports words opening with a given name the lexicon
// knows, in any case ("LARYSA BONDAR", "Taras Hrytsenko, director").
func givenNameFirst(s string) bool {
	f := strings.Fields(s)
	return len(f) >= 2 && isGivenName(strings.TrimRight(f[0], ","))
}

// skipQuestionNumber is text after the number a committee's record
// gives each question ("Q1 The Chair: …", "Q12 Ms Okafor: …").
func skipQuestionNumber(text string) string {
	t := strings.TrimLeft(text, " ")
	n, rest, ok := strings.Cut(t, " ")
	if !ok || !questionNumber(n) {
		return text
	}
	return rest
}

// questionNumber reports a committee record's number of a question:
// "Q" and digits ("Q19").
func questionNumber(w string) bool {
	if len(w) < 2 || w[0] != 'Q' {
		return false
	}
	for _, r := range w[1:] {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// SkipTimestamp is text after a recording's time opening it, as a
// podcast's or a broadcast's transcript writes its turns: "[00:31]
// GUEST: …", "(1:02:45) HOST: …", "12:40 - HOST: …".
func SkipTimestamp(text string) string {
	t := strings.TrimLeft(text, " ")
	closer := byte(0)
	switch {
	case strings.HasPrefix(t, "["):
		closer, t = ']', t[1:]
	case strings.HasPrefix(t, "("):
		closer, t = ')', t[1:]
	}
	i, colons := 0, 0
	for i < len(t) && (t[i] >= '0' && t[i] <= '9' || t[i] == ':' && i > 0) {
		if t[i] == ':' {
			colons++
		}
		i++
	}
	if colons == 0 || t[i-1] == ':' || colons > 2 {
		return text
	}
	if closer != 0 {
		if i >= len(t) || t[i] != closer {
			return text
		}
		i++
	}
	rest := strings.TrimLeft(t[i:], " -–—")
	if len(rest) == len(t[i:]) {
		return text // "12:40pm" or "10:36CLIP": no gap after it
	}
	return rest
}

// UnshoutRole writes a title a transcript's label gives in capitals
// ("HEAD OF OSCE MONITORING TEAM AT HOPTIVKA"), or a body's name a page's
// head shouts ("MINISTRY OF FOREIGN AFFAIRS OF UKRAINE"), as titles are
// written: "Head of OSCE Monitoring Team at Hoptivka", a body's
// abbreviation kept in capitals and the words joining a title's parts in
// lower case. Any other title is returned as it is.
func (l *Lexicon) UnshoutRole(role string) string {
	if strings.ToUpper(role) != role || strings.ToLower(role) == role {
		return role
	}
	ws := strings.Fields(strings.ToLower(role))
	for i, w := range ws {
		switch {
		case i > 0 && (l.is("rolejoin", w) || l.is("rolefor", w) || l.is("preposition", w)):
		case len(w) <= 5 && l.isAcronymOrg(w) || len(w) <= 3 && l.isNationInitials(w) || !strings.ContainsAny(w, "aeiouy"):
			// "OSCE", "UAE", and a word no vowel can be read in: "MP".
			ws[i] = strings.ToUpper(w)
		default:
			r, n := utf8.DecodeRuneInString(w)
			ws[i] = string(unicode.ToUpper(r)) + w[n:]
		}
	}
	return strings.Join(ws, " ")
}

// isNationInitials reports whether w (lower case) is a country's
// initials the lexicon knows ("uae", "uk"), not its name.
func (l *Lexicon) isNationInitials(w string) bool {
	n, ok := l.Nation(w)
	return ok && !strings.EqualFold(n.Country, w) && !strings.EqualFold(n.Adjective, w)
}

// isAcronymOrg reports whether w (lower case) is an organisation's
// abbreviation the lexicon knows ("osce", "icrc").
func (l *Lexicon) isAcronymOrg(w string) bool {
	o, ok := l.Organisation(w)
	return ok && !strings.EqualFold(o.Name, w)
}

// labelLike reports a paragraph opening with what reads as a speaker's
// label that readLabel could not read ("Caller — Olena (Kharkiv):"):
// a few words from a capital to a colon, with no sentence's punctuation.
// Its words are someone's, but not the last speaker's.
func labelLike(text string) bool {
	t := strings.TrimLeft(SkipTimestamp(text), "*_ ")
	colon := strings.IndexByte(t[:min(len(t), 64)], ':')
	if colon <= 0 {
		return false
	}
	head := t[:colon]
	if chatHandle(head) {
		return true
	}
	return unicode.IsUpper(firstRune(t)) && len(strings.Fields(head)) <= maxLabelWords+2 && !strings.ContainsAny(head, ".?!\"“”,;")
}

// chatHandle reports a label that is a live chat's user handle, after
// the chat's mark ("💬 petro.k", "📌 Pinned by mod_tbilisi_talks"): a
// symbol opening it, or one word joined by dots, underscores or digits.
func chatHandle(head string) bool {
	r := firstRune(head)
	if !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.IsSpace(r) && !unicode.IsPunct(r) {
		return true // "💬", "📌"
	}
	return !strings.ContainsAny(head, " \t") && strings.ContainsAny(head, "._0123456789") && strings.IndexFunc(head, unicode.IsLetter) >= 0
}

// cutDash cuts a label at a dash between words ("Caller — Olena").
func cutDash(s string) (before, after string, ok bool) {
	for _, d := range []string{" — ", " – ", " - "} {
		if b, a, ok := strings.Cut(s, d); ok {
			return strings.TrimSpace(b), strings.TrimSpace(a), b != "" && a != ""
		}
	}
	return "", "", false
}

// isPlaceName reports a town's name as a label's bracket gives it: one to
// three capitalised words, none a title, a word for a person or a body's.
func isPlaceName(s string) bool {
	ws := strings.Fields(s)
	if len(ws) == 0 || len(ws) > 3 {
		return false
	}
	lx := Default()
	for _, w := range ws {
		f := Fold(w)
		if !unicode.IsUpper(firstRune(w)) || lx.IsTitleNoun(f) || lx.IsPersonNoun(f) || lx.IsOrganisationWord(w) || lx.isAcronymOrg(f) {
			return false
		}
		if _, ok := lx.GivenName(titleCase(w)); ok && len(ws) == 1 {
			return false
		}
	}
	return true
}

// isGivenName reports one word that is a given name the lexicon knows.
func isGivenName(s string) bool {
	if strings.Contains(s, " ") {
		return false
	}
	_, ok := Default().GivenName(titleCase(s))
	return ok
}

// fromPlace is the role of someone a show knows by their part and town:
// "caller from Kharkiv", or "from Kharkiv" with no part.
func fromPlace(part, place string) string {
	if place == "" {
		return part
	}
	return strings.TrimSpace(part + " from " + titleCase(place))
}

// roleWords reports whether s, after a comma in a label, says what the
// speaker is: a title ("CORRESPONDENT", "HEAD OF OSCE MONITORING TEAM AT
// HOPTIVKA") or a word for a person ("Father"), in at most maxRoleWords.
func roleWords(s string) bool {
	// "Sarah Whitcombe KC, counsel for Ukraine, said:" is a sentence
	// crediting the words after it, no label.
	if slices.ContainsFunc(strings.Fields(s), func(w string) bool {
		_, ok := Default().SpeechVerb(Fold(strings.Trim(w, ",;")))
		return ok
	}) {
		return false
	}
	// "RETIRED COLONEL, MOSCOW CENTRE FOR STRATEGIC ASSESSMENTS": the
	// title, then the body it is held at.
	s, _, _ = strings.Cut(s, ",")
	ws := strings.Fields(strings.ToLower(s))
	if len(ws) == 0 || len(ws) > maxRoleWords {
		return false
	}
	return slices.ContainsFunc(ws, Default().IsTitleNoun) || Default().IsPersonNoun(ws[len(ws)-1])
}

// unnamedLabel reports a label a record gives people it does not name,
// opening with a capital and ending in a word for a person: "Some hon.
// members:", "An hon. member:". Their words are theirs, not the turn
// before's.
func unnamedLabel(ws []string) bool {
	last := strings.ToLower(ws[len(ws)-1])
	lx := Default()
	return lx.IsPersonNoun(last) || lx.IsPersonNoun(strings.TrimSuffix(last, "s"))
}

// memberRole is the role a parliament's record gives in a label's
// bracket, as members ask for it: a constituency and a party
// (parties.tsv) are that party's MP for the constituency ("Bras d'Or
// Lakes, CPC" → "Conservative MP for Bras d'Or Lakes, CPC"); a
// constituency alone, capitalised words without a title, is its MP
// ("Calgary Ridge" → "MP for Calgary Ridge"), unless the record is a
// briefing whose labels name reporters' outlets (outlets): "TOM BRIGGS
// (Eurowire)" beside "NINA KOVAL (Radio Darnow)" asks for a wire. Any
// other role is kept as written.
func (l *Lexicon) memberRole(role string, outlets bool) string {
	place, abbr, found := strings.Cut(role, ",")
	party := ""
	if found {
		abbr = strings.TrimSuffix(strings.TrimSpace(abbr), ".")
		party = l.parties[abbr]
		if party == "" {
			return role
		}
	}
	place = strings.TrimSpace(place)
	if strings.ToUpper(place) == place {
		// "(ANCHOR)", "(VOICE-OVER)": a broadcast's part in capitals,
		// never a constituency, which a record writes as its name.
		return role
	}
	for _, w := range strings.Fields(place) {
		// "Bras d'Or Lakes": an elided particle before a capital is
		// part of the name.
		elided := strings.ContainsAny(w, "'’") && strings.IndexFunc(w, unicode.IsUpper) > 0
		if f := Fold(w); !unicode.IsUpper(firstRune(w)) && !elided && !l.is("rolejoin", f) || l.IsTitleNoun(f) || l.IsPersonNoun(f) || l.IsOrganisationWord(w) || l.is("outletword", f) {
			return role
		}
	}
	if _, nation := l.Nation(place); nation || place == "" {
		return role
	}
	if party == "" {
		if outlets {
			return role
		}
		return "MP for " + place
	}
	return party + " MP for " + place + ", " + abbr
}

// namesOutlet reports a label's bracket that is a news outlet's name:
// capitalised words ending in an outlet's word, or a broadcaster's opening
// with it (words.tsv outletword: "Corvanne Public Radio", "Halvane
// Courier", "Radio Darnow").
func (l *Lexicon) namesOutlet(role string) bool {
	ws := strings.Fields(role)
	if len(ws) == 0 || strings.ToUpper(role) == role || slices.ContainsFunc(ws, func(w string) bool { return !isCapitalised(w) }) {
		return false
	}
	return l.isFold("outletword", ws[len(ws)-1]) || l.isFold("outletword", ws[0])
}

// maxBracketLabel bounds a label with a bracket, and maxRoleWords the
// role in it.
const (
	maxBracketLabel = 200
	maxRoleWords    = 16
)

// startsWithHonorific reports a name written after "Mr.", "Ms.", "Dr." ….
func startsWithHonorific(s string) bool {
	f := strings.Fields(s)
	return len(f) > 1 && Default().isFold("honorific", strings.TrimSuffix(f[0], "."))
}

// findLabels marks the paragraphs opening with a speaker label. Labels
// count only in an interview: two paragraphs or more labelled, one of
// them a question or a known person.
func (a *analyser) findLabels() {
	type found struct {
		pi         int
		name, role string
		end        int
	}
	var labels []found
	ends := map[int]int{} // where each labelled paragraph's words start
	for i := range a.paras {
		name, role, end, ok := readLabel(a.paras[i].Text)
		if ok {
			ends[i] = end
		}
		switch {
		case ok && a.lx.clipCue(name):
			a.paras[i].cue = true
		case ok:
			labels = append(labels, found{i, name, role, end})
		}
	}
	if len(labels) < 2 {
		a.findUnlabelledInterview()
		return
	}
	var interviewee *member
	first := labels[0].pi
	if interviewee = a.headingInterviewee(); interviewee == nil {
		interviewee = a.interviewee(first)
	}
	if r := a.lx.headlineDescription(a.opts.Heading); interviewee != nil && r != "" {
		// "…: the Swiss banker holding the pension money", over an
		// interview with Reto Brunner: what the headline calls him.
		interviewee.roles.add(r)
	}
	// A label most of whose paragraphs are questions is the one asking
	// ("Observer:", "DW:"), whatever its name.
	asks, total := map[string]int{}, map[string]int{}
	for _, l := range labels {
		f := Fold(l.name)
		total[f]++
		if lastMeaningful(a.paras[l.pi].Text) == '?' {
			asks[f]++
		}
	}
	// A label's bracket naming a news outlet ("NADIA HOLM (Corvanne
	// Public Radio)") says the record is a briefing, reporters asking
	// for outlets: no bracket of it names a constituency.
	outlets := slices.ContainsFunc(labels, func(l found) bool { return a.lx.namesOutlet(l.role) })
	initials := map[string]*member{}
	unknown := map[string]bool{} // unknownNameLabel's answer, once a label
	// holders are the offices labels gave with who holds them ("The
	// Minister of Agriculture (Dalia Morvane)"), by the office folded:
	// a later "The Minister of Agriculture:" is hers.
	holders := map[string]*member{}
	for _, l := range labels {
		lb := &label{end: l.end}
		f := Fold(l.name)
		initialled, seen := initials[l.name]
		if !seen {
			initialled = a.declaredInitials(l.name) // once a label
			initials[l.name] = initialled
		}
		switch {
		case initialled != nil:
			// "MY:", under "Presenter: Marta Yurchenko (MY)": hers,
			// though "my" is a word.
			lb.answer = initialled
		case f == "a" || f == "answer":
			lb.a, lb.answer = true, interviewee
		case a.lx.is("question", f) || 2*asks[f] > total[f] && !a.namesPerson(l.name) && !isGivenName(l.name) && !a.cast.namedInFull(titleCase(l.name)) || a.lx.is("notname", f) && a.cast.byKey[Key(f)] == nil:
			// "Q:", "DW:", "Interviewer:": the outlet or the one asking;
			// not a member the record names in full ("SIGRUN MAAL:",
			// "Sigrun Maal (National Party)"), whose turns are questions.
			// A show's "HOST:" asks; who hosts is still known ("I'm
			// Daniel Okafor"), for "the podcast host".
			lb.asks = true
			a.introducedLabel(l.name, l.pi)
		case a.lx.is("interpreter", f):
			// "COORDINATOR (Lucien Dorval) [in Corvannish]:" /
			// "INTERPRETER (rendering the coordinator's answer): …":
			// the words of the one labelled right before, as the
			// interpreter gives them; a question rendered still asks.
			lb.answer, lb.asks = a.renderedFor(l.pi)
		default:
			if office, ok := strings.CutPrefix(Fold(l.name), "the "); ok {
				lb.answer = holders[office]
			}
			if lb.answer == nil {
				lb.answer = a.labelSpeaker(l.name)
			}
			if lb.answer == nil {
				// "HOST:", "GUEST:": whom the show introduces so.
				lb.answer = a.introducedLabel(l.name, l.pi)
			}
			if given := titleCase(l.name); lb.answer == nil && !strings.Contains(given, " ") {
				// "JAAN KUUSK: Glad to be here.", then "JAAN: Through a
				// kind of airlock.": the one person named in full with
				// that given name, whether the lexicon knows it or not.
				lb.answer = a.cast.only(func(p *member) bool { return strings.HasPrefix(p.name, given+" ") })
				if lb.answer == nil && isGivenName(l.name) {
					// "CALLER (Lyudmyla, Kremenchuk):", then "LYUDMYLA:":
					// a caller the show knows by a given name alone.
					lb.answer = a.cast.add(given, "")
				}
			}
			is, seen := unknown[l.name]
			if !seen && lb.answer == nil {
				is = a.unknownNameLabel(l.name, ends)
				unknown[l.name] = is
			}
			if lb.answer == nil && is {
				// "JONAH PRATT:", a name the lexicon does not know, that
				// the text writes as a name too ("And I'm Jonah Pratt").
				lb.answer = a.cast.add(titleCase(l.name), "")
			}
			if lb.answer != nil && l.role != "" {
				// The role the record gives beside their label.
				role := a.lx.memberRole(l.role, outlets)
				lb.answer.roles.add(role)
				lb.answer.quoteRoles.add(role)
				if _, taken := holders[Fold(l.role)]; !taken {
					holders[Fold(l.role)] = lb.answer
				} else if holders[Fold(l.role)] != lb.answer {
					holders[Fold(l.role)] = nil // two holders: which is no guess
				}
			}
		}
		a.paras[l.pi].label = lb
	}
	if interviewee == nil {
		a.answersByName(labels[0].pi)
	}
	// "**CPA: How much grain is waiting?**" over an answer with no
	// label: when only the questions are labelled, the paragraphs under
	// each are the interviewee's answers.
	answerer := a.unlabelledAnswers(labels[0].pi, interviewee)
	// Paragraphs between two labels go on with the speaker before them.
	var cur *label
	// quoted is the label of a turn that was one quotation, while the
	// paragraphs after it are quotations too: `GEN. SZUBA: "…"` then
	// `"Let nobody … mistake our patience …"`, his statement's next
	// paragraph.
	var quoted *label
	for i := range a.paras {
		if quoted != nil && a.paras[i].label == nil && a.paras[i].Section == a.paras[i-1].Section && quotedWhole(a.paras[i].Text) {
			a.paras[i].label = &label{answer: quoted.answer, a: quoted.a}
			continue
		}
		quoted = nil
		if answerer != nil && i > 0 && a.paras[i].label == nil && a.paras[i-1].label != nil && a.paras[i-1].label.asks && a.answersUnder(i) {
			a.paras[i].label = &label{answer: answerer, a: true}
		}
		if a.paras[i].label != nil {
			cur = a.paras[i].label
			if cur.end > 0 && quotedWhole(a.paras[i].Text[cur.end:]) {
				// `Vetrov: "The children were never hidden."` in a
				// timeline's cell: a quotation credited to a name, no
				// turn that goes on into the cells after it.
				if cur.answer != nil && !cur.asks {
					quoted = cur
				}
				cur = nil
			}
			continue
		}
		if t := strings.TrimSpace(a.paras[i].Text); shoutedLine(t) {
			// "ITEM 6 — CRITICS", a running order's next item: a heading
			// in capitals ends the turn before it.
			cur = nil
			continue
		}
		if recordNote(strings.TrimSpace(a.paras[i].Text)) {
			continue // the record's note, no one's words
		}
		if cur == nil || cur.answer == nil && !cur.asks && !cur.a || !labelAfter(a.paras, i) || a.paras[i].Section != a.paras[i-1].Section || labelLike(a.paras[i].Text) || a.introducesNext(i) {
			// A label naming no one ("Sources: talks are stuck …" in a
			// digest) is no speaker whose turn goes on.
			cur = nil
			continue
		}
		a.paras[i].label = &label{answer: cur.answer, asks: cur.asks, a: cur.a}
	}
}

// unlabelledAnswers is who answers an interview whose labels all ask
// ("CPA:", "Q:" with no "A:"), each question a paragraph of its own: the
// interviewee, or the one person the paragraphs before the first label
// name (intervieweeNotCredited). Nil when a label answers, or a
// labelled paragraph is not a whole question.
func (a *analyser) unlabelledAnswers(first int, interviewee *member) *member {
	for i := range a.paras {
		if lb := a.paras[i].label; lb != nil && (!lb.asks || !questionTurn(a.paras[i].Text)) {
			return nil
		}
	}
	if interviewee != nil {
		return interviewee
	}
	return a.introducedInterviewee(first)
}

// introducedInterviewee is who answers an interview whose answers carry
// no label: the one person the paragraphs before the first question
// name (intervieweeNotCredited), else the one its pull quotes credit.
func (a *analyser) introducedInterviewee(first int) *member {
	if who := a.intervieweeNotCredited(first); who != nil {
		return who
	}
	return a.pullQuoteCredit(first)
}

// answersUnder reports the i-th paragraph, right under a question in an
// interview whose answers have no label, as its answer: not a note of
// the record's, a heading in capitals, nor a line that reads as a label.
func (a *analyser) answersUnder(i int) bool {
	t := strings.TrimSpace(a.paras[i].Text)
	return a.paras[i].Section == a.paras[i-1].Section && !shoutedLine(t) && !labelLike(t) && !questionTurn(t) && !recordNote(t)
}

// recordNote reports a paragraph that is a record's note in brackets,
// no one's words: "[Interruption from the public gallery.]", "(The
// hearing was suspended at 11:20 and resumed at 11:31.)".
func recordNote(t string) bool {
	return strings.HasPrefix(t, "[") && strings.HasSuffix(t, "]") || strings.HasPrefix(t, "(") && strings.HasSuffix(t, ")") && strings.Count(t, "(") == 1
}

// quotedWhole reports text that is one quotation in marks and nothing
// else but the punctuation closing it.
func quotedWhole(text string) bool {
	t := strings.TrimSpace(text)
	spans := findQuoteSpans(t)
	if len(spans) != 1 || spans[0].open != 0 || spans[0].close == len(t) {
		return false
	}
	return strings.Trim(t[spans[0].close:], "\"”.,;!? ") == ""
}

// introducesNext reports a line of its own that brings in the words
// under it: it names someone and closes in a colon ("SOUNDBITE
// (Ukrainian) HALYNA TKACHENKO, PASSENGER, 71:"). The turn before it has
// ended.
func (a *analyser) introducesNext(i int) bool {
	p := &a.paras[i]
	return len(p.ments) > 0 && len(p.spans) == 0 && strings.HasSuffix(strings.TrimSpace(p.Text), ":")
}

// minUnlabelledTurns is how many questions, each followed by an answer,
// make an interview of an article with no labels.
const minUnlabelledTurns = 3

// findUnlabelledInterview reads a print interview that sets its
// questions apart (in bold, in the original) with no label: paragraphs
// that end in a question mark, each followed by answers in the first
// person ("**What did you see?**" / "I saw a building full of
// children …"). The answers are the one person the introduction names
// (not the interviewer or translator it credits, "by Mihai Stoica");
// the questions nobody's. An explainer asking its own questions answers
// them in the third person, and stays nobody's.
func (a *analyser) findUnlabelledInterview() {
	first, turns, firstPerson := -1, 0, 0
	for i := 0; i+1 < len(a.paras); i++ {
		if !questionTurn(a.paras[i].Text) || questionTurn(a.paras[i+1].Text) {
			continue
		}
		if first < 0 {
			first = i
		}
		turns++
		if a.lx.SpeaksInFirstPerson(a.paras[i+1].Text) {
			firstPerson++
		}
	}
	if turns < minUnlabelledTurns || 2*firstPerson < turns {
		return
	}
	who := a.introducedInterviewee(first)
	if who == nil {
		return
	}
	asked := false
	for i := first; i < len(a.paras); i++ {
		p := &a.paras[i]
		switch {
		case questionTurn(p.Text):
			p.label, asked = &label{asks: true}, true
		case asked && i > first && a.paras[i-1].label != nil && a.paras[i-1].label.a && a.remarkTurn(p.Text):
			// "Then came the shelling on 11 March.": the interviewer
			// leads on with a remark, in bold in the original.
			p.label = &label{asks: true}
		case asked && (i == 0 || a.paras[i-1].label != nil && a.paras[i-1].label.asks || a.lx.SpeaksInFirstPerson(p.Text)):
			// An answer, and any paragraph going on with it in the
			// first person; not the line under the last answer that
			// speaks of the interviewer ("Mira Tolland is Vantage
			// Weekly's correspondent").
			p.label = &label{answer: who, a: true}
		default:
			asked = false
		}
	}
}

// maxRemarkWords bounds an interviewer's remark that asks nothing ("You
// finished a day late."): a short sentence, where answers run on.
const maxRemarkWords = 10

// remarkTurn reports a paragraph after an answer that is an
// interviewer's remark rather than more of the answer: one short
// sentence, not in the first person; not a box's heading in capitals
// ("IN NUMBERS"), which brings in no more answers.
func (a *analyser) remarkTurn(text string) bool {
	t := strings.TrimSpace(text)
	return WordCount(t) <= maxRemarkWords && !shoutedLine(t) && strings.Count(t, ". ") == 0 && !a.lx.SpeaksInFirstPerson(t) && !strings.ContainsAny(t, "\"“”")
}

// pullQuoteCredit is the one person the article's pull quotes credit
// (`"…" — Sigrun Haugland`) with words of its paragraphs from first on:
// an interview sets its interviewee's answers apart so. Nil when none or
// two people are credited so.
func (a *analyser) pullQuoteCredit(first int) *member {
	var found *member
	for i := first; i < len(a.paras); i++ {
		p := &a.paras[i]
		for k := range p.ments {
			m := &p.ments[k]
			if m.possessive || !quoteCreditBefore(p.Text[:m.off]) || !a.repeatsParagraph(i, first, p.Text[:m.off]) {
				continue
			}
			if found != nil && found != m.p {
				return nil
			}
			found = m.p
		}
	}
	return found
}

// pullQuoteWords is how many words in a row a pull quote must share with
// a paragraph to repeat it: pull quotes shorten and join sentences.
const pullQuoteWords = 5

// repeatsParagraph reports whether quote shares pullQuoteWords words in
// a row with a paragraph from first on other than the i-th.
func (a *analyser) repeatsParagraph(i, first int, quote string) bool {
	for j := first; j < len(a.paras); j++ {
		if j != i && sharesWords(quote, a.paras[j].Text, pullQuoteWords) {
			return true
		}
	}
	return false
}

// questionTurn reports an interviewer's turn: a short paragraph ending in
// a question mark, or asking one and going on with a remark ("What is
// the role of the Council of Europe here? Russia is no longer a
// member.").
func questionTurn(text string) bool {
	if WordCount(text) > 60 {
		return false
	}
	q := strings.LastIndexByte(text, '?')
	return q >= 0 && (lastMeaningful(text) == '?' || WordCount(text[q+1:]) <= 12 && !strings.Contains(text[q+1:], "?"))
}

// SpeaksInFirstPerson reports whether text speaks in the first person
// (words.tsv class firstperson: "I", "my", "we" …): an interview's
// answers, an opinion piece's words, not a report's.
func (l *Lexicon) SpeaksInFirstPerson(text string) bool {
	for _, w := range strings.Fields(text) {
		w = strings.ReplaceAll(strings.Trim(w, ".,;:!?\"'“”’"), "’", "'")
		if len(w) > 1 && strings.ToUpper(w) == w {
			continue // "US", an abbreviation, is not "us"
		}
		if l.is("firstperson", strings.ToLower(w)) {
			return true
		}
	}
	return false
}

// intervieweeNotCredited is the one person the paragraphs before the
// first question name, leaving out those an article credits ("Interview
// by Mihai Stoica", "translated … by Elena Munteanu") and whoever runs
// the show ("Presenter Clara Bühler spoke to …"); nil when that does not
// settle it.
func (a *analyser) intervieweeNotCredited(first int) *member {
	// Whoever the introduction or the byline credits ("By Jonas
	// Ekberg") is not the one interviewed, wherever else it names them
	// ("Halina Vesk … tells Jonas Ekberg how …").
	credited := map[*member]bool{}
	writer := Fold(a.opts.Writer)
	for i := 0; i < first; i++ {
		p := &a.paras[i]
		for k := range p.ments {
			m := &p.ments[k]
			byline := writer != "" && strings.Contains(m.p.name, " ") && holdsWord(writer, Fold(m.p.name))
			if byline || creditedAt(p.Text, m.off) || a.runsTheShow(lastWord(p.Text[:m.off])) || a.askerAfterPronoun(p.Text, m) {
				credited[m.p] = true
			}
		}
	}
	var found *member
	for i := 0; i < first; i++ {
		p := &a.paras[i]
		for k := range p.ments {
			m := &p.ments[k]
			if m.possessive || m.p == found {
				continue
			}
			if credited[m.p] || a.namedInPassing(p.Text, m) {
				// "Interview by …", "Presenter Clara Bühler spoke to …";
				// "a caretaker called Old Bo", someone she talks of.
				continue
			}
			if found != nil || a.cuedAtEither(p.Text, m) {
				// Two people; or one the introduction leaves on either
				// side ("the chief engineer talks to Tomas Lindgren").
				return nil
			}
			found = m.p
		}
	}
	return found
}

// askerAfterPronoun reports a name after "he" or "she" and a cue that
// leaves either side open (words.tsv class eithercue): "She talked to
// Oona Berglund about drills", where she is the one the introduction is
// about, and the name is who asks.
func (a *analyser) askerAfterPronoun(text string, m *mention) bool {
	before := strings.ToLower(strings.TrimRight(text[max(0, m.off-24):m.off], " "))
	for cue := range a.lx.words["eithercue"] {
		rest, ok := strings.CutSuffix(before, " "+cue)
		if !ok {
			continue
		}
		w := lastWord(rest)
		return a.lx.is("pronoun", w) && (a.lx.is("male", w) || a.lx.is("female", w))
	}
	return false
}

// namedInPassing reports a name an introduction gives someone it brings
// in with an indefinite article and a naming word (words.tsv classes
// indefinite and namingword): "drills, doubt and a caretaker called Old
// Bo" is someone the interviewee talks of, not who answers.
func (a *analyser) namedInPassing(text string, m *mention) bool {
	ws := strings.Fields(strings.ToLower(text[max(0, m.off-40):m.off]))
	for n := 1; n <= 2 && n <= len(ws); n++ {
		if !a.lx.is("namingword", strings.Join(ws[len(ws)-n:], " ")) {
			continue
		}
		for _, w := range ws[max(0, len(ws)-n-3) : len(ws)-n] {
			if a.lx.is("indefinite", w) {
				return true
			}
		}
	}
	return false
}

// runsTheShow reports a word for whoever asks the questions on a show
// (words.tsv classes interviewer and showpart both: "presenter",
// "anchor"); not "reporter", which an interviewee may be.
func (a *analyser) runsTheShow(w string) bool {
	f := Fold(w)
	return a.lx.is("interviewer", f) && a.lx.is("showpart", f)
}

// creditedAt reports a name at off that an article credits rather than
// talks of: after "by" ("Interview by Mihai Stoica", "translated … by
// Elena Munteanu") or after the dash of a sign-off ("… lightly
// shortened. — Pavlo Hrebeniuk, editor").
func creditedAt(text string, off int) bool {
	before := strings.TrimRight(text[:off], " ")
	if strings.HasSuffix(before, "—") || strings.HasSuffix(before, "–") {
		return true
	}
	return strings.HasSuffix(before, " by") || before == "by" || strings.HasSuffix(before, " By") || before == "By"
}

// labelAfter reports whether a labelled paragraph follows paragraph i.
func labelAfter(paras []para, i int) bool {
	for j := i + 1; j < len(paras); j++ {
		if paras[j].label != nil && paras[j].label.end > 0 {
			return true
		}
	}
	return false
}

// labelSpeaker is the person a name label gives: someone the article
// names, a known figure, or a full name with a given name.
// namesPerson reports a label that names someone in full, a given name
// and a surname, or a name after an honorific ("Naomi Tesfaye", "Ms
// Naomi Tesfaye", "MR FERRAND"): a member of a committee who asks is still someone
// whose words members ask for ("what did the ndp mp ask").
func (a *analyser) namesPerson(name string) bool {
	all := strings.Fields(name)
	ws := a.withoutHonorifics(all) // "Ms Naomi Tesfaye"
	honorific := len(ws) < len(all)
	if honorific && len(ws) == 1 {
		// "MR FERRAND:", a member asking a witness in a hearing's
		// record: a surname after an honorific is someone's.
		return true
	}
	if len(ws) < 2 {
		return false
	}
	// An honorific makes a person of a name, its given name known or not.
	_, given := a.lx.given[Fold(ws[0])]
	return given || honorific
}

// withoutHonorifics is a name's words after its honorifics ("Ms", "Dr.").
func (a *analyser) withoutHonorifics(ws []string) []string {
	for len(ws) > 0 && a.lx.isFold("honorific", strings.TrimSuffix(ws[0], ".")) {
		ws = ws[1:]
	}
	return ws
}

func (a *analyser) labelSpeaker(name string) *member {
	if ws := strings.Fields(name); len(ws) >= 2 && a.namesPerson(name) {
		// "SOT (TARAS HRYTSENKO, …):" with Oksana Hrytsenko named
		// before: the full name says which Hrytsenko.
		full := Fold(strings.Join(a.withoutHonorifics(ws), " "))
		if p := a.cast.only(func(p *member) bool { return Fold(p.name) == full }); p != nil {
			return p
		}
	}
	if p := a.cast.byKey[Key(a.lx.Surname(name))]; p != nil {
		return p
	}
	if k := a.lx.lookupKnown(name); k != nil {
		return a.cast.add(k.Name, "")
	}
	ws := strings.Fields(name)
	if a.namesPerson(name) {
		// "Naomi Tesfaye", "Ms Naomi Tesfaye": a given name and a
		// surname, after any honorific.
		return a.cast.add(titleCase(strings.Join(a.withoutHonorifics(ws), " ")), "")
	}
	if len(ws) == 1 {
		// "Aebischer:", after "Marguerite Aebischer has not slept much":
		// the article named in full the one its label calls by surname.
		if full := a.fullNameOf(ws[0]); full != "" {
			return a.cast.add(full, "")
		}
		// "MF:", after "Nora Whitcombe talked to Cardinal Matteo
		// Fiorani": the one person named whose initials the label is.
		if p := a.byInitials(ws[0]); p != nil {
			return p
		}
	}
	return a.titleLabel(ws)
}

// declaredInitials is the one person whose initials label is when the
// article gives them so, in brackets after the name, in a paragraph or a
// heading ("Marta Yurchenko (MY)"); nil otherwise.
func (a *analyser) declaredInitials(label string) *member {
	p := a.byInitials(label)
	if p == nil {
		return nil
	}
	in := p.name + " (" + label + ")"
	if strings.Contains(a.opts.Heading, in) {
		return p
	}
	for line := range strings.SplitSeq(a.opts.Heading, "\n") {
		if initialsOpen(line, label, p.name) {
			return p
		}
	}
	for i := range a.paras {
		if strings.Contains(a.paras[i].Text, in) || strings.Contains(a.paras[i].Section, in) || initialsOpen(a.paras[i].Text, label, p.name) {
			return p
		}
	}
	return nil
}

// initialsOpen reports a line of a list of those present that opens
// with label, the initials the record calls name by, then name, a title
// before it at most ("IK Dr Irena Kovac, Head Veterinarian, …").
func initialsOpen(text, label, name string) bool {
	rest, ok := strings.CutPrefix(text, label+" ")
	if !ok {
		return false
	}
	at := strings.Index(rest, name)
	return at >= 0 && at <= maxTitleLen && !strings.Contains(rest[:at], ",")
}

// maxTitleLen bounds a title before a name in a list of those present.
const maxTitleLen = 16

// reDeclaredInitials is a name and its initials in brackets after it:
// "Yelena Shatrova (YS)".
var reDeclaredInitials = regexp.MustCompile(`\p{Lu}[\p{L}'’\-]+(?: \p{Lu}[\p{L}'’\-]+){1,3} \((\p{Lu}{2,3})\)$`)

// declaredInitialsAll are the initials the article declares for people
// (declaredInitials), each with its person.
func (a *analyser) declaredInitialsAll() map[string]*member {
	var out map[string]*member
	texts := strings.Split(a.opts.Heading, "\n")
	for i := range a.paras {
		texts = append(texts, a.paras[i].Text)
	}
	for _, t := range texts {
		if ini, _, ok := strings.Cut(t, " "); ok && len(ini) <= 3 && out[ini] == nil {
			// "IK Dr Irena Kovac, …": initials opening the line, read
			// once (minutes open many lines with them).
			if p := a.declaredInitials(ini); p != nil {
				if out == nil {
					out = map[string]*member{}
				}
				out[ini] = p
			}
		}
		for _, end := range initialsBrackets(t) {
			// The regexp only over the few words before a bracket that
			// may hold initials: most paragraphs hold none.
			m := reDeclaredInitials.FindStringSubmatch(t[max(0, end-maxDeclaredLen):end])
			if m == nil {
				continue
			}
			if p := a.declaredInitials(m[1]); p != nil {
				if out == nil {
					out = map[string]*member{}
				}
				out[m[1]] = p
			}
		}
	}
	return out
}

// maxDeclaredLen bounds a name and its bracketed initials.
const maxDeclaredLen = 120

// initialsBrackets are where the brackets of t that hold two or three
// capitals from A to Z ("(YS)") end.
func initialsBrackets(t string) []int {
	var out []int
	for i := 0; i < len(t); {
		j := strings.IndexByte(t[i:], '(')
		if j < 0 {
			break
		}
		k := i + j + 1
		n := 0
		for k < len(t) && t[k] >= 'A' && t[k] <= 'Z' && n < 4 {
			k++
			n++
		}
		if n >= 2 && n <= 3 && k < len(t) && t[k] == ')' {
			out = append(out, k+1)
		}
		i = i + j + 1
	}
	return out
}

// initialsMentioned is p's mentions with one more for each sentence that
// opens with initials the article declared ("YS stated that …", in
// minutes that list "Yelena Shatrova (YS)"), in order of where they
// stand.
func (a *analyser) initialsMentioned(p *para, initials map[string]*member) []mention {
	if len(initials) == 0 {
		return p.ments
	}
	ms := p.ments
	added := false
	for _, w := range splitWords(p.Text) {
		t := strings.TrimRight(w.w, ".,;:")
		who := initials[t]
		if who == nil || p.inside(w.start) {
			continue
		}
		if before := strings.TrimRight(p.Text[:w.start], " *_\"”’"); before != "" && !strings.ContainsAny(before[len(before)-1:], ".!?:;") && !reItemNumber.MatchString(before) {
			// Only opening a sentence, as minutes write who did what
			// (after an item's number: "7.2 VL: "…""): "OK" is a word
			// too.
			continue
		}
		ms = append(ms, mention{p: who, off: w.start, end: w.start + len(t)})
		added = true
	}
	if added {
		slices.SortStableFunc(ms, func(x, y mention) int { return x.off - y.off })
	}
	return ms
}

// reItemNumber is an item's number opening a paragraph of minutes
// ("7.2", "3)", "4.").
var reItemNumber = regexp.MustCompile(`^\d{1,2}(?:\.\d{1,2})*[.)]?$`)

// byInitials is the one person of the article named so far whose name's
// initials are label ("MF" of Matteo Fiorani), two or three capitals;
// nil when none or several are.
func (a *analyser) byInitials(label string) *member {
	if n := utf8.RuneCountInString(label); n < 2 || n > 3 || strings.ToUpper(label) != label {
		return nil
	}
	return a.cast.only(func(p *member) bool {
		ini := ""
		for _, w := range strings.Fields(p.name) {
			r, _ := utf8.DecodeRuneInString(w)
			ini += string(r)
		}
		return ini == label
	})
}

// fullNameOf is the one name of two capitalised words ending in surname
// that the article's paragraphs print ("Marguerite Aebischer"), or "".
func (a *analyser) fullNameOf(surname string) string {
	if full, ok := a.fullNames[surname]; ok {
		return full
	}
	full := a.findFullName(surname)
	if a.fullNames == nil {
		a.fullNames = map[string]string{}
	}
	a.fullNames[surname] = full
	return full
}

// findFullName is fullNameOf's pass over the article.
func (a *analyser) findFullName(surname string) string {
	found := ""
	for i := range a.paras {
		text := a.paras[i].Text
		for off := 0; ; {
			j := strings.Index(text[off:], " "+surname)
			if j < 0 {
				break
			}
			j += off
			off = j + 1
			if end := j + 1 + len(surname); end < len(text) && isNameRune(rune(text[end])) {
				continue
			}
			k := strings.LastIndexAny(text[:j], " \"“(") + 1
			given := text[k:j]
			r, _ := utf8.DecodeRuneInString(given)
			// "Okafor, Spokesperson": a comma ends a name.
			if given == "" || strings.ContainsAny(given, ",;:.") || !unicode.IsUpper(r) || strings.ToUpper(given) == given || a.lx.NotName(given) || a.lx.IsTitleNoun(Fold(given)) || sentenceStart(text, k) && a.lx.isFold("stop", given) {
				continue
			}
			full := given + " " + surname
			if found != "" && found != full {
				return "" // two of that surname
			}
			found = full
		}
	}
	return found
}

// introducedLabel is whom a label that is a word for a part in a show
// ("HOST:", "GUEST:", "PRESENTER:") stands for: the one person its own
// turn introduces as themselves ("I'm Tom Ashworth"), else the one the
// paragraphs up to that label introduce in that part ("My guest today
// is Dr Rhiannon Pryce", "our guest: …"). The part is kept as a role of
// theirs ("what did the podcast guest say"). Nil when no one or several
// are introduced so.
func (a *analyser) introducedLabel(name string, pi int) *member {
	ws := strings.Fields(strings.ToLower(name))
	if len(ws) != 1 || !a.lx.IsPersonNoun(ws[0]) {
		return nil
	}
	part := ws[0]
	var found *member
	for i := 0; i <= pi && i < len(a.paras); i++ {
		p := &a.paras[i]
		own := i == pi
		for k := range p.ments {
			m := &p.ments[k]
			before := strings.ToLower(p.Text[max(0, p.roleStart(m)-60):p.roleStart(m)])
			// "This is Nina Kovalenk" is the reporter; "This is nurse
			// Danica Orlek", a title before the name, someone shown.
			self := a.lx.introducesSelf(before) && !(m.role != "" && a.lx.endsWithCue(before, "showintro"))
			if !(own && self) && !a.lx.introducesAs(before, part) && !(part == "guest" && a.lx.endsWithCue(before, "guestintro")) {
				continue
			}
			if found != nil && found != m.p {
				return nil
			}
			found = m.p
		}
	}
	if found != nil {
		found.roles.add(part)
	}
	return found
}

// introducesAs reports whether the words before a name introduce them in
// a part: "my guest today is", "our guests are", "with me is my guest,".
func (l *Lexicon) introducesAs(before, part string) bool {
	f := strings.Fields(strings.NewReplacer(",", " ", ":", " : ").Replace(before))
	// "my guest today is Dr Rhiannon Pryce": the honorific or title is
	// the name's.
	for len(f) > 0 && (l.is("honorific", strings.TrimSuffix(f[len(f)-1], ".")) || l.IsTitleNoun(f[len(f)-1])) {
		f = f[:len(f)-1]
	}
	// The part, then at most three words, the last of them "is", "are"
	// or a colon.
	for n := len(f) - 1; n >= 0 && n >= len(f)-4; n-- {
		w := f[n]
		if w != part && w != part+"s" {
			continue
		}
		last := f[len(f)-1]
		return n < len(f)-1 && (last == "is" || last == "are" || last == ":") && n > 0 && (f[n-1] == "my" || f[n-1] == "our")
	}
	return false
}

// introducesSelf reports whether the words before a name are a speaker
// saying who they are: "I'm", "I am", "my name is" (words.tsv class
// selfintro).
func (l *Lexicon) introducesSelf(before string) bool { return l.endsWithCue(before, "selfintro") }

// endsWithCue reports whether before ends with a phrase of a words.tsv
// class, as whole words: "I'm" (selfintro), "I'm joined by" (guestintro,
// a show's host bringing in its guest).
func (l *Lexicon) endsWithCue(before, class string) bool {
	b := strings.TrimSpace(strings.ReplaceAll(before, "’", "'"))
	for cue := range l.words[class] {
		if strings.HasSuffix(b, cue) && (len(b) == len(cue) || !isNameRune(rune(b[len(b)-len(cue)-1]))) {
			return true
		}
	}
	return false
}

// titleLabel is who a label that is a title stands for ("SECRETARY
// GENERAL:", "THE PRESIDENT:", "PRIME MINISTER:", as transcripts write
// the one whose press conference it is): the one person of the article
// holding that title, its words in one of their roles; nil when no one
// or several do.
func (a *analyser) titleLabel(ws []string) *member {
	var title []string
	for _, w := range ws {
		f := Fold(w)
		switch {
		case a.lx.is("stop", f) && len(title) == 0:
			// "THE PRESIDENT"
		case a.lx.IsTitleNoun(f) || a.lx.IsModifier(f):
			title = append(title, f)
		default:
			return nil
		}
	}
	if len(title) == 0 {
		return nil
	}
	var found *member
	for _, p := range a.cast.list() {
		for _, r := range p.allRoles() {
			if !holdsWords(r, title) || a.secondTo(r, title) {
				continue
			}
			if found != nil && found != p {
				return nil
			}
			found = p
		}
	}
	return found
}

// secondTo reports a role second to the title a label gives ("Deputy
// Minister" for "MINISTER:"): it has a word of words.tsv class second
// the title lacks. The minister thanking "Deputy Minister Levchuk" is
// not the deputy.
func (a *analyser) secondTo(role string, title []string) bool {
	for _, w := range strings.Fields(Fold(role)) {
		w = strings.Trim(w, ",.;:()")
		if a.lx.is("second", w) && !slices.Contains(title, w) {
			return true
		}
	}
	return false
}

// holdsWords reports whether role has each of the words (folded), in
// order, as words.
func holdsWords(role string, words []string) bool {
	rs := strings.Fields(Fold(role))
	i := 0
	for _, r := range rs {
		if i < len(words) && strings.Trim(r, ",.;:()") == words[i] {
			i++
		}
	}
	return i == len(words)
}

// titleCase writes an upper-case transcript label as a name: "CLAUDIA
// MAJOR" → "Claudia Major".
func titleCase(name string) string {
	if strings.ToUpper(name) != name {
		return name
	}
	ws := strings.Fields(strings.ToLower(name))
	for i, w := range ws {
		r, n := utf8.DecodeRuneInString(w)
		ws[i] = string(unicode.ToUpper(r)) + w[n:]
	}
	return strings.Join(ws, " ")
}

// answersByName gives the "A:" turns from paragraph first on to the one
// person who answers under their name in the same record ("LUKAS
// BRUNNER: Good morning …", then "Q: … A: …" at a briefing), when the
// paragraphs before the labels named no interviewee. Two who answer by
// name leave the "A:" turns no one's.
func (a *analyser) answersByName(first int) {
	var named *member
	for i := first; i < len(a.paras); i++ {
		lb := a.paras[i].label
		if lb == nil || lb.a || lb.asks || lb.answer == nil {
			continue
		}
		if named != nil && named != lb.answer {
			return
		}
		named = lb.answer
	}
	if named == nil {
		return
	}
	for i := first; i < len(a.paras); i++ {
		if lb := a.paras[i].label; lb != nil && lb.a {
			lb.answer = named
		}
	}
}

// interviewee is who "A:" stands for: the one person the paragraphs
// before the first label name, or, of several, the one person not a
// known public figure (an interview is with the expert; the politicians
// are what it is about). Nil when that does not settle it.
func (a *analyser) interviewee(first int) *member {
	var all, unknown []*member
	for i := 0; i < first; i++ {
		for k := range a.paras[i].ments {
			m := &a.paras[i].ments[k]
			if m.possessive || containsMember(all, m.p) || a.asksForAPaper(m.p) {
				continue
			}
			all = append(all, m.p)
			if m.p.known == nil {
				unknown = append(unknown, m.p)
			}
		}
	}
	switch {
	case len(unknown) == 1:
		return unknown[0]
	case len(unknown) == 0 && len(all) == 1 && a.interviewCue(first, all[0]):
		// A public figure is the interviewee only when the introduction
		// says so ("spoke to Zelensky"); otherwise the introduction is
		// about them, and the answers are someone else's.
		return all[0]
	}
	return nil
}

// headlineDescription is what an interview's headline calls the one it
// is with, after a colon: "the Swiss banker" of "…: the Swiss banker
// holding the pension money". The words after "the" or "a" up to a word
// for a person, capitalised words and modifiers before it; "" when the
// headline has no such part.
func (l *Lexicon) headlineDescription(heading string) string {
	i := strings.LastIndex(heading, ": ")
	if i < 0 {
		return ""
	}
	ws := strings.Fields(heading[i+2:])
	if len(ws) < 2 || !isDeterminer(ws[0]) {
		return ""
	}
	for k := 1; k < len(ws) && k <= 4; k++ {
		w := Fold(strings.Trim(ws[k], ",.;"))
		if l.IsPersonNoun(w) {
			return strings.Join(ws[1:k+1], " ")
		}
		if !isCapitalised(ws[k]) && !l.IsModifier(w) {
			return ""
		}
	}
	return ""
}

// asksForAPaper reports whether one of p's titles is a word for someone
// who asks for a paper or a show (words.tsv class interviewer: "She
// spoke to the institute's editor, Tom Berger"): the one interviewing,
// not the one answering.
func (a *analyser) asksForAPaper(p *member) bool {
	return slices.ContainsFunc(p.allRoles(), func(r string) bool {
		return a.lx.isFold("interviewer", lastWord(r))
	})
}

// cuedAt reports whether an interview cue (words.tsv class interviewcue:
// "spoke to", "briefing by") stands right before m and its title in text.
func (a *analyser) cuedAt(text string, m *mention) bool {
	start := roleStartIn(text, m)
	before := strings.ToLower(strings.TrimRight(text[max(0, start-24):start], " ,"))
	return a.endsInCue(strings.TrimSuffix(before, " the"), "interviewcue")
}

// cuedAtEither reports whether a cue that leaves open who asks and who
// answers (words.tsv class eithercue: "talks to") stands right before m.
func (a *analyser) cuedAtEither(text string, m *mention) bool {
	return a.endsInCue(strings.ToLower(strings.TrimRight(text[max(0, m.off-16):m.off], " ")), "eithercue")
}

// endsInCue reports before, lower case, ending in a whole phrase of the
// words.tsv class.
func (a *analyser) endsInCue(before, class string) bool {
	for cue := range a.lx.words[class] {
		if strings.HasSuffix(before, cue) && (len(before) == len(cue) || before[len(before)-len(cue)-1] == ' ') {
			return true
		}
	}
	return false
}

// headingInterviewee is the one person a heading names, right after an
// interview cue ("Briefing by Foreign Ministry Spokeswoman Alevtina
// Sorokina"): a briefing's "Answer:" turns are hers, whoever else the
// paragraphs before them name. A heading naming two ("joint press
// conference of … and …") says of neither that the answers are theirs.
func (a *analyser) headingInterviewee() *member {
	var found *member
	for k := range a.headingMents {
		m := &a.headingMents[k]
		if found != nil && found != m.p {
			return nil
		}
		found = m.p
	}
	if found == nil || a.headingMents[0].possessive || !a.cuedAt(a.opts.Heading, &a.headingMents[0]) {
		return nil
	}
	return found
}

// interviewCue reports whether a sentence of the paragraphs before the
// first label names p as the one interviewed ("spoke to", "interview").
func (a *analyser) interviewCue(first int, who *member) bool {
	for i := 0; i < first; i++ {
		p := &a.paras[i]
		for _, m := range p.ments {
			if m.p != who {
				continue
			}
			// The cue stands right before the name and its title:
			// "spoke to Zelensky", "an interview with President Zelensky".
			if a.cuedAt(p.Text, &m) {
				return true
			}
		}
	}
	return false
}

// shoutedLine reports a paragraph of letters in capitals only, with no
// quotation: a script's heading or slug ("ITEM 6 — CRITICS").
func shoutedLine(t string) bool {
	letters := false
	for _, r := range t {
		switch {
		case unicode.IsLower(r):
			return false
		case r == '"' || r == '“' || r == '”':
			return false
		case unicode.IsLetter(r):
			letters = true
		}
	}
	return letters
}

// unknownNameLabel reports a label that is a full name the lexicon does
// not know ("JONAH PRATT", "Jonah Pratt"): two or three capitalised
// words (or one its holder introduces themselves by: "And I'm Jonah"),
// none of them a title, a word for a person, a cue or a stop word, that
// the text also writes as a name in its own case outside the labels
// ("Hosts: Mika Sorel and Jonah Pratt", "And I'm Jonah Pratt"). ends
// are where each labelled paragraph's words start after its label.
func (a *analyser) unknownNameLabel(name string, ends map[int]int) bool {
	ws := strings.Fields(name)
	if len(ws) > 3 {
		return false
	}
	for _, w := range ws {
		f := Fold(w)
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) || a.lx.IsTitleNoun(f) || a.lx.IsPersonNoun(f) || a.lx.IsModifier(f) || a.lx.is("stagecue", f) || a.lx.is("stop", f) || a.lx.is("notname", f) || a.lx.is("honorific", f) {
			return false
		}
	}
	written := titleCase(name)
	for i := range a.paras {
		p := &a.paras[i]
		from := ends[i] // past a paragraph's label, if it has one
		at := strings.Index(p.Text[from:], written)
		if at < 0 {
			continue
		}
		// A name of one word only as its holder gives it: "And I'm
		// Jonah."
		if len(ws) >= 2 || a.lx.introducesSelf(strings.ToLower(p.Text[max(from, from+at-20):from+at])) {
			return true
		}
	}
	return false
}
