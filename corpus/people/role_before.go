package people

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// reSubjectTitle is a sentence whose subject is someone by their title
// alone, then its verb: "… in Enerhodar, the town's mayor is more
// cautious.", "The village's head was waiting at the gate."
var reSubjectTitle = regexp.MustCompile(`(?:^|[,;]\s+|\.\s+)(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]er|[Hh]is)\s+((?:[\p{L}\-]+'s\s+)?(?:[\p{Ll}\-]+\s+){0,2}?[\p{Ll}\-]+)\s+(?:is|was|has|had|says|said|remains|sounds|seems|looks)\b[^.!?]*[.!?]["”]?\s*$`)

// titleOfSentenceBefore is the title the sentence right before a name
// gives someone it names no other way, when the name opens the next
// sentence: features introduce people so ("Eighteen kilometres down the
// road, the town's mayor is more cautious. Viktor Sahaidak, 58, …"). The
// title's noun must be a title or a word for a person; "" otherwise.
func (lx *Lexicon) titleOfSentenceBefore(before string) string {
	m := reSubjectTitle.FindStringSubmatch(before)
	if m == nil {
		return ""
	}
	ws := strings.Fields(m[1])
	head := ws[len(ws)-1]
	if !lx.IsTitleNoun(head) && !lx.IsPersonNoun(head) {
		return ""
	}
	// The possessive says whose title it is ("the town's"): the title is
	// the words after it.
	for i, w := range ws {
		if Possessive(w) {
			ws = ws[i+1:]
			break
		}
	}
	return strings.Join(ws, " ")
}

// reListTitle is a plural title opening a list of names it gives each
// ("by the two mayors together, Irena Halvik of Tarsk and "): "the" or
// "both", a number, the plural, then the list so far, up to the name
// being read. ("In addition to European leaders, …, and Jared Kushner"
// gives him no title.)
var reListTitle = regexp.MustCompile(`(?i:\bthe|\bboth)\s+(?:(?:two|three|four|five|six|[0-9]+)\s+)?([a-z]+)(?:\s+(?:together|jointly|alike|both))?,\s+(?:[^.;:!?,]{3,60},\s+)*(?:[^.;:!?,]{3,60},?\s+and\s+)?$`)

// listTitleBefore is the title a plural before a list of names gives the
// one whose name follows before ("the two mayors together, Irena Halvik
// of Tarsk and Tamar Ezdan of Hazran": each a mayor), with the body or
// place an "of" after the name gives ("mayor of Hazran"); "" when no such
// plural stands there.
func (lx *Lexicon) listTitleBefore(before, tail string) string {
	m := reListTitle.FindStringSubmatch(before)
	if m == nil {
		return ""
	}
	one := singularOf(m[1])
	if one == "" || !lx.IsTitleNoun(one) {
		return ""
	}
	if of := reOfPlace.FindStringSubmatch(tail); of != nil {
		return one + " of " + of[1]
	}
	return one
}

// reOfPlace is "of" and one capitalised word right after a name, before
// "and" or punctuation: " of Hazran,".
var reOfPlace = regexp.MustCompile(`^ of ([A-Z][\p{L}-]+)(?:[,.;:]|\s+and\s|$)`)

// roleBefore reads the role words right before a name: "Kremlin
// spokesman", "the UK's Prime Minister", "US special envoy".
// initialsOfNext reports ini, two or three capital letters, as the
// initials of the capitalised words opening rest: "IK" of "Irena Kovac,
// Head Veterinarian".
func initialsOfNext(ini, rest string) bool {
	if len(ini) < 2 || len(ini) > 3 || strings.IndexFunc(ini, func(r rune) bool { return r < 'A' || r > 'Z' }) >= 0 {
		return false
	}
	ws := strings.Fields(rest)
	if len(ws) < len(ini) {
		return false
	}
	for i := range len(ini) {
		if w := strings.TrimRight(ws[i], ",;:"); !isCapitalised(w) || w[0] != ini[i] {
			return false
		}
	}
	return true
}

func (lx *Lexicon) roleBefore(text string, nameStart int) string {
	if r := lx.titleBeforeBracket(text, nameStart); r != "" {
		return r
	}
	if r := lx.labelRole(text[:nameStart]); r != "" && fullNameOpens(text[nameStart:]) && !lx.honorificOpens(text[nameStart:]) {
		// Not "THE CHAIR: Mr Horbach, you have had your question" nor
		// "THE CHAIR: Thank you.": the chair's turn.
		return r
	}
	if r := lx.creditedPart(text[:nameStart]); r != "" && reCreditedName.MatchString(text[nameStart:]) {
		// "Presenter: Marta Yurchenko (MY) | Reporter: …" heading a
		// transcript: the part she plays on the show. Not "HOST: Jared
		// Kushner joined the US team", the host's turn naming him.
		return r
	}
	r := lx.roleRightBefore(text, nameStart)
	if f := strings.Fields(r); len(f) > 0 && initialsOfNext(f[0], text[nameStart:]) {
		// "IK Dr Irena Kovac, Head Veterinarian" in minutes' list of
		// those present: the initials the record calls her by, no
		// part of her title.
		r = strings.Join(f[1:], " ")
	}
	if r != "" && lineCreditsAnother(text[:nameStart], r) {
		// "Bram Ostel, Town Engineer" / "Miroslava Tenning, Head of …",
		// a list of those present: the title closing the line before is
		// the name's there, not the next line's.
		return ""
	}
	if r != "" && creditedBefore(text[:nameStart], r) {
		// "Martin Aebi — project engineer, Kessler Brückenbau, Bern": the
		// title is the one the line credits, and what follows it is
		// where they work, no one it names.
		return ""
	}
	if r != "" && lx.relativesTitle(tailOf(text[:nameStart], maxRelativeTail), r) {
		// "the daughter of a miner and a schoolteacher, Hnatiuk": her
		// mother's title, not hers.
		return ""
	}
	if f := strings.Fields(r); len(f) > 0 && strings.HasSuffix(strings.TrimRight(text[:nameStart], " "), ",") && lx.afterCopula(text[:nameStart], f[0]) {
		// "Peter Horváth is the mayor of Veľké Kapušany, Ágnes Horváth
		// speaks …": what the sentence says the one before is.
		return ""
	}
	if f := strings.Fields(r); len(f) > 0 && strings.HasSuffix(strings.TrimRight(text[:nameStart], " "), ",") && lx.afterNamedApposition(text[:nameStart], f[0]) {
		// "Emmanuel Macron, the French president, Keir Starmer",
		// "Ruslan Abdullaev, Head of Mission, Joint Water Monitors": the
		// title set between commas is the name's before it.
		return ""
	}
	if f := strings.Fields(r); len(f) > 0 && strings.HasSuffix(strings.TrimRight(text[:nameStart], " "), ",") && lx.sourceBefore(text[:nameStart], f[0], text[nameStart:]) {
		// "According to his lawyer, Mr Aeschlimann bought …", "According
		// to the mayor, Bogdan told him …": whom the sentence cites, then
		// its subject; not his title.
		return ""
	}
	if body := lx.itsBody(text[:nameStart], r); body != "" {
		// "The Kremlin, through its spokesman Gleb Anisimov": the
		// Kremlin's spokesman.
		return body + " " + r
	}
	if body := lx.bodyOfGenericRole(text[:nameStart], r); body != "" {
		return body + " " + r
	}
	return r
}

// bodyOfGenericRole is the body a role opened by a word for any body in
// lower case ("company spokeswoman", "ministry spokesman") is of: the one
// the sentence before opens with, however it is named ("Tarvex rejected
// the accusations. Speaking on behalf of chief executive Viktor Stral,
// company spokeswoman Mila Daskova said"); "" when the role names its
// body or none opens the sentence before.
func (lx *Lexicon) bodyOfGenericRole(before, role string) string {
	f := strings.Fields(role)
	if len(f) < 2 || !isLowerWord(f[0]) || !lx.IsOrganisationWord(f[0]) || !lx.IsTitleNoun(Fold(f[len(f)-1])) {
		return ""
	}
	i := strings.LastIndexAny(before, ".!?")
	if i < 0 {
		return ""
	}
	return lx.subjectBodyNamed(before[:i], true)
}

// determinedAt reports the word before fields[j] an article or a
// possessive: fields[j] is a noun.
func (lx *Lexicon) determinedAt(fields []string, j int) bool {
	if j == 0 {
		return false
	}
	prev := fields[j-1]
	return lx.isFold("article", prev) || lx.isFold("whose", prev) || Possessive(prev)
}

// sourceBefore reports the role opening at its first word (first) in
// before as the object of "according to" ("According to his lawyer, "):
// a source the sentence cites before its subject, the name opening after
// (what follows before). Someone's ("his lawyer") is never the name's
// title; "the mayor" is not when the name goes on into a clause of its
// own ("According to the mayor, Bogdan told him"), but is when the name
// stands alone ("according to the bank's treasurer, Matthias Berg.").
func (lx *Lexicon) sourceBefore(before, first, after string) bool {
	i := strings.LastIndex(before, first)
	if i < 0 {
		return false
	}
	lead := strings.Fields(strings.ToLower(before[:i]))
	n := len(lead)
	if n < 3 || lead[n-3] != "according" || lead[n-2] != "to" {
		return false
	}
	return lx.is("whose", lead[n-1]) || lx.is("article", lead[n-1]) && clauseAfterName(after)
}

// clauseAfterName reports text, opening with a name, going on after its
// capitalised words with a lower-case word ("Bogdan told him"): the name
// is a clause's subject, not a title's holder set apart by commas.
func clauseAfterName(text string) bool {
	for _, w := range strings.Fields(text) {
		if isCapitalised(w) {
			if strings.ContainsAny(w, ",.;:()") {
				return false
			}
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		return unicode.IsLower(r)
	}
	return false
}

// itsBody is the body "its" stands for right before a role read before
// a name: the one named just before it, past a comma and a joining word
// ("The Kremlin, through its spokesman", "Gazprom and its chief
// executive", or "through spokesman" alone), when the people lexicon
// knows it as a body or its name ends in an organisation's word; ""
// otherwise.
func (lx *Lexicon) itsBody(before, role string) string {
	i := strings.LastIndex(before, role)
	if i < 0 {
		return ""
	}
	pre, its := cutWordSuffix(strings.TrimRight(before[:i], " "), "its")
	pre = strings.TrimRight(pre, " ")
	joined := false
	if i := strings.LastIndexByte(pre, ' '); i >= 0 {
		switch j := Fold(pre[i+1:]); {
		case lx.is("throughbody", j):
			pre, joined = strings.TrimRight(pre[:i], " "), true
		case lx.is("itsjoin", j):
			pre = strings.TrimRight(pre[:i], " ")
		}
	}
	if !its && !joined {
		// "The Kremlin, through spokesman Gleb Arsenyev": "its" may go
		// unsaid after "through"; not after "and" ("Gazprom and
		// spokesman X" are two).
		return ""
	}
	if its && strings.HasSuffix(pre, ".") {
		// "The Ministry of Energy said on Saturday that …. Its
		// spokesman, Dario Feln,": the body the sentence before opens
		// with.
		return lx.subjectBody(pre[:len(pre)-1])
	}
	pre = strings.TrimRight(strings.TrimSuffix(pre, ","), " ")
	ws := strings.Fields(pre)
	k := len(ws)
	for k > 0 && len(ws)-k < 4 && isCapitalised(ws[k-1]) {
		k--
	}
	if k == len(ws) {
		return ""
	}
	name := strings.Join(ws[k:], " ")
	if strings.EqualFold(ws[k], "the") {
		name = strings.Join(ws[k+1:], " ")
	}
	if o, ok := lx.Organisation(name); ok {
		return o.Name
	}
	if lx.IsOrganisationWord(ws[len(ws)-1]) && name != "" {
		return name
	}
	return ""
}

// subjectBody is the body the last sentence of text opens with, in
// capitalised words (joined by "of", "for" or "and"), perhaps after "The",
// when the people lexicon knows it or a word for an organisation begins
// or ends it ("The Ministry of Energy said"); "" otherwise.
func (lx *Lexicon) subjectBody(text string) string { return lx.subjectBodyNamed(text, false) }

// subjectBodyNamed is subjectBody; with anyName, the capitalised words
// opening the sentence before a verb in lower case name the body
// whatever words they are (the role after says it is one).
func (lx *Lexicon) subjectBodyNamed(text string, anyName bool) string {
	start := strings.LastIndexAny(text, ".!?") + 1
	if i := strings.LastIndex(text, ": "); i >= start {
		// "PRESENTER (DORA LIND): The Ministry of Justice has been
		// fairly quiet.": the sentence after a speaker's label.
		start = i + 2
	}
	if insideQuotation(text[:start]) {
		// ""…landing. We saw no deviation," said the spokeswoman": a
		// quotation's sentence, which opens with no body.
		return ""
	}
	ws := strings.Fields(text[start:])
	if len(ws) > 0 && strings.EqualFold(ws[0], "the") {
		ws = ws[1:]
	}
	if len(ws) > 0 && lx.isFold("stop", ws[0]) {
		return "" // "We", "It": no body's name
	}
	k := 0
	for k < len(ws) && k < 6 && (isCapitalised(ws[k]) && !strings.ContainsAny(ws[k], ",;:") || k > 0 && k+1 < len(ws) && isCapitalised(ws[k+1]) && lx.isFold("bodyjoin", ws[k])) {
		k++
	}
	if k == 0 || k < len(ws) && isCapitalised(ws[k]) {
		return ""
	}
	for k > 0 && lx.isFold("bodyjoin", ws[k-1]) {
		k--
	}
	name := strings.Join(ws[:k], " ")
	if o, ok := lx.Organisation(name); ok {
		return o.Name
	}
	if k > 0 && (lx.IsOrganisationWord(ws[0]) || lx.IsOrganisationWord(ws[k-1])) {
		return name
	}
	if anyName && k > 0 && k < len(ws) && isLowerWord(ws[k]) && !Possessive(ws[k-1]) {
		return name
	}
	return ""
}

// cutWordSuffix cuts the word w off the end of s (case aside), when it
// ends s as a word of its own.
func cutWordSuffix(s, w string) (string, bool) {
	if len(s) < len(w) || !strings.EqualFold(s[len(s)-len(w):], w) {
		return s, false
	}
	rest := s[:len(s)-len(w)]
	if rest != "" && !unicode.IsSpace(lastRune(rest)) {
		return s, false
	}
	return rest, true
}

// maxRelativeTail is how much of the text before a name is read for a
// relative whose title stands there ("the daughter of a miner and a
// schoolteacher, ").
const maxRelativeTail = 160

// relativesTitle reports a role read before a name that belongs to the
// name's relative: in its clause, a word for a relative and "of" stand
// before it ("the daughter of a miner and a schoolteacher,", "the widow
// of a soldier,").
func (lx *Lexicon) relativesTitle(before, role string) bool {
	i := strings.LastIndex(before, role)
	if i < 0 {
		return false
	}
	clause := before[strings.LastIndexAny(before[:i], ".!?;:,(")+1 : i]
	ws := strings.Fields(clause)
	for k := 0; k+1 < len(ws); k++ {
		if Fold(ws[k+1]) == "of" && lx.IsKin(ws[k]) {
			return true
		}
	}
	return false
}

// roleRightBefore is roleBefore before a title between commas is given
// to the name before it.
func (lx *Lexicon) roleRightBefore(text string, nameStart int) string {
	before := text[:nameStart]
	if len(before) > 0 && !unicode.IsSpace(lastRune(before)) {
		return ""
	}
	if r := lx.ofTitleBefore(before); r != "" {
		return r
	}
	if r := lx.roleBeforeNaming(text, before); r != "" {
		return r
	}
	if m := speakingFor(before); m != nil {
		// "Speaking for the Russian Federation, Dmitry Osokin said": a
		// delegate, as "The representative of Poland, …" is.
		return "representative of " + m[1]
	}
	// "The representative of the United Kingdom, Dame Fiona Ashcombe,",
	// "The ICRC's chief tracing delegate, Dr Annika Lindqvist": an
	// honorific between the comma and the name.
	if f := lastFieldsTo(before, 2, nil); len(f) > 1 && (lx.isFold("honorific", f[len(f)-1]) || lx.isFold("givenhonorific", f[len(f)-1]) || lx.isFold("addressonly", f[len(f)-1])) {
		cut := strings.LastIndex(before, f[len(f)-1])
		if r := lx.ofTitleBefore(before[:cut]); r != "" {
			return r
		}
		if strings.HasSuffix(strings.TrimRight(before[:cut], " "), ",") {
			if r := lx.roleBefore(text, cut); r != "" {
				return r
			}
		}
	}
	if strings.HasSuffix(strings.TrimRight(before, " "), ",") {
		// "The head of the Sumy regional military administration, Vadym
		// Horbenko, said": the title set before the name, a comma between.
		if r := lx.titleAppositionBefore(text, nameStart); r != "" {
			return r
		}
	}
	// The loop below reads at most seven words back (six role words and
	// the one that stops it), and looks one further.
	fields := lastFieldsTo(before, 10, func(w string) bool {
		return strings.ContainsAny(w, ",;:()\"“”?!") && !(len(w) > 1 && strings.HasSuffix(w, ",") && lx.IsPersonNoun(Fold(w[:len(w)-1]))) || strings.HasSuffix(w, ".") && !lx.abbreviation(w)
	})
	var role []string
	hasNoun := false
	for j := len(fields) - 1; j >= 0 && len(role) < 6; j-- {
		w := fields[j]
		// "The Kremlin's top foreign policy aide, Yuri Ushakov": a role
		// noun and a comma right before the name.
		if j == len(fields)-1 && strings.HasSuffix(w, ",") && lx.IsPersonNoun(Fold(strings.TrimSuffix(w, ","))) {
			w = strings.TrimSuffix(w, ",")
		}
		if strings.ContainsAny(w, ",;:()\"“”?!") || strings.HasSuffix(w, ".") && !lx.abbreviation(w) {
			// "And Turkey? President Erdogan's office": a sentence's end
			// is no part of a title.
			break
		}
		if questionNumber(w) {
			// "Q19 Dr Asante:", a committee record's question number.
			break
		}
		lw := Fold(StripPossessive(w))
		if strings.HasSuffix(lw, ".") && lx.abbreviation(w) && !lx.AddressedBy(lw) {
			// "Col. Yegor Lapshin": a title cut short.
			lw = strings.TrimSuffix(lw, ".")
		} else if strings.HasSuffix(lw, ".") && len(role) == 0 && lx.is("addressonly", strings.TrimSuffix(lw, ".")) {
			// "Dr. Halyna Petrenko": how she is addressed, as "Dr
			// Halyna Petrenko" writes it (kept only while no title
			// says what she is).
			lw, w = strings.TrimSuffix(lw, "."), strings.TrimSuffix(w, ".")
		}
		// "Secretary of State", "Head of the Presidential Office".
		// A title already complete after "of" is this person's own:
		// "the son-in-law of US President Donald Trump" makes Trump "US
		// President"; the son-in-law is someone else.
		if (lw == "of" || lw == "the") && j > 0 && len(role) > 0 && !(lw == "of" && hasNoun) {
			prev := Fold(fields[j-1])
			if lx.IsTitleNoun(prev) || (lw == "the" && prev == "of") {
				role = append([]string{w}, role...)
				continue
			}
		}
		if lw == "of" && j > 0 && len(role) > 0 && Possessive(role[0]) && isCapitalised(role[0]) && isCapitalised(fields[j-1]) {
			// "The Bank of Russia's governor": a body's name, "of" and
			// all, owns the title.
			role = append([]string{w}, role...)
			continue
		}
		if len(role) == 0 && lw == w && lx.verbAfterModal(fields, j) {
			// "Ostrelia would judge Corvanne by …": a verb, no title.
			break
		}
		switch {
		case lx.IsTitleNoun(lw):
			hasNoun = true
		case len(role) == 0 && isCapitalised(w) && lx.hyphenTitle(lw):
			// "the Spokesperson for Secretary-General Aurelio Paz": a
			// title of two joined words, right before the name, is
			// theirs; the spokesperson is someone else.
			hasNoun = true
		case len(role) == 0 && lw == w && lx.IsPersonNoun(lw) && !(strings.HasSuffix(lw, "ed") && !lx.determinedAt(fields, j)):
			// "the Greek shipowner Costas Andreou", "crane operator
			// Dmytro Borysenko": a word for what someone is, right
			// before their name. One in "-ed" is a verb's but after
			// "the" or a possessive ("the accused Ivanov"), not in
			// "who on Monday accused Halek".
			hasNoun = true
		case lx.IsModifier(lw):
		case Possessive(w):
			r, _ := utf8.DecodeRuneInString(w)
			if !unicode.IsUpper(r) {
				// "the central bank's governor", "the grid operator's
				// chief": a body in common nouns after "the" owns the
				// title; any other lower-case owner ("his", "Merz's
				// son's") ends it.
				if k := lx.commonOwnerStart(fields, j); hasNoun && k >= 0 {
					role = append(append([]string(nil), fields[k:j+1]...), role...)
				}
				j = -1
				continue
			}
		case len(role) == 1 && hasNoun && lx.compoundWord(lw) && !isCapitalised(role[0]):
			// "port director", "infrastructure minister": a plain noun
			// right before the title word belongs to it; before a
			// capitalised one, a lower-case word is the sentence's ("to
			// thank Ambassador Favre", "met Minister Berg").
		default:
			r, _ := utf8.DecodeRuneInString(w)
			_, speech := lx.SpeechVerb(lw)
			// "Writes Le Temps's correspondent Mathilde Favre:": the
			// verb of an inverted attribution opens no title.
			// "WHO country representative Claire Obenga": a body's
			// initials before a lower-case title word are no "who".
			initials := len(role) > 0 && isInitials(w) && strings.ToUpper(role[0]) != role[0]
			if !unicode.IsUpper(r) || len(role) == 0 || !initials && (lx.is("stop", lw) || lx.is("preposition", lw) || lx.adverb(lw) || speech) {
				j = -1
				continue
			}
		}
		role = append([]string{w}, role...)
	}
	if !hasNoun {
		if start, ok := lx.forTitleBefore(text, nameStart); ok {
			return strings.TrimSpace(text[start:nameStart])
		}
		if r := lx.lowerOfTitle(fields); r != "" {
			return r
		}
		return ""
	}
	// The role must end in its noun: "Kremlin spokesman", not "spokesman Kremlin".
	for len(role) > 0 {
		lw := strings.TrimSuffix(role[len(role)-1], ".") // "Col."
		if lx.IsTitleNoun(lw) || lx.IsModifier(lw) || strings.ToLower(lw) == lw && lx.IsPersonNoun(lw) || len(role) == 1 && lx.hyphenTitle(lw) {
			break
		}
		role = role[:len(role)-1]
	}
	if n := len(role); n >= 2 && lx.Covers(rankKind, role[n-1]) && lx.IsTitleNoun(Fold(role[n-2])) && (!lx.Covers(rankKind, role[n-2]) || isLowerWord(role[n-2])) && !lx.IsTitleNoun(Fold(role[n-2]+"-"+role[n-1])) {
		// "the navy spokesman Captain Taras Kovalchuk": a rank right
		// before the name is how they are addressed; the office is
		// the title before it ("Lieutenant General" stays one rank,
		// "Secretary General" one title; "sector commander Colonel
		// Teodor Vash" holds a commander's office, written in lower
		// case, and a colonel's rank).
		if r := lx.roleRightBefore(text, strings.LastIndex(before, role[n-1])); r != "" {
			return r
		}
	}
	return strings.Join(role, " ")
}

// rankKind is the kind of office holder whose titles are ranks
// (title_kinds.tsv): a captain, a colonel.
const rankKind = "officer"

// commonOwnerStart is where a body named in common nouns after "the"
// begins, its possessive last at fields[j] ("the central bank's",
// "the grid operator's": at "central", "grid"); -1 when the words before
// it are no such body: a pronoun's ("his"), a person's ("the
// minister's"), or more than two words.
func (lx *Lexicon) commonOwnerStart(fields []string, j int) int {
	for k := j; k >= 0 && j-k < 2; k-- {
		w := fields[k]
		lw := Fold(StripPossessive(w))
		if w != strings.ToLower(w) || !isWordOnly(lw) || lx.is("stop", lw) || lx.is("preposition", lw) || lx.IsPersonNoun(lw) || lx.IsTitleNoun(lw) {
			return -1
		}
		if k > 0 && Fold(fields[k-1]) == "the" {
			return k
		}
	}
	return -1
}

// isWordOnly reports a word of letters alone (a hyphen inside allowed).
func isWordOnly(w string) bool {
	return w != "" && strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' }) < 0
}

// afterNamedApposition reports a role (opening with first, the last
// time it stands in before) set right after a determiner (or, written
// with a capital, nothing), a comma and a full name: two capitalised
// words, the first no preposition ("Emmanuel Macron, the French
// president,", "Iryna Melnyk, Shift Engineer,"), not "In Vienna, the
// envoy,".
func (lx *Lexicon) afterNamedApposition(before, first string) bool {
	i := strings.LastIndex(before, first)
	if i <= 0 {
		return false
	}
	f := strings.Fields(before[:i])
	if len(f) >= 2 && !isDeterminer(f[len(f)-1]) && strings.HasSuffix(strings.TrimRight(before, " "), ",") {
		// "SUPER: Iryna Melnyk, Shift Engineer, Lozova Substation",
		// "Taras Dovhal, chief executive, Naftogaz, interview with the
		// authors", as a caption, a label or a footnote gives someone's
		// title and where they work: no determiner before the title.
		f = append(f, "")
	}
	if len(f) < 3 || f[len(f)-1] != "" && !isDeterminer(f[len(f)-1]) {
		return false
	}
	name, given := f[len(f)-2], f[len(f)-3]
	return strings.HasSuffix(name, ",") && isCapitalised(name) && isCapitalised(given) &&
		!strings.ContainsAny(given, ",.;:") && !lx.isFold("preposition", given) && !lx.isFold("opener", given)
}

// afterCopula reports a role, opening with first, that stands right
// after a copula and perhaps its article in before ("… is the mayor of
// Veľké Kapušany,"): the complement of the clause before, not a title
// set before the next name.
func (lx *Lexicon) afterCopula(before, first string) bool {
	i := strings.LastIndex(before, first)
	if i <= 0 {
		return false
	}
	f := strings.Fields(before[:i])
	if n := len(f); n > 0 && isDeterminer(f[n-1]) {
		f = f[:n-1]
	}
	// The subject is a name: "This is the Russian chief negotiator,
	// Viktor Lebedev" introduces him.
	n := len(f)
	return n > 1 && lx.isFold("copula", f[n-1]) && isCapitalised(f[n-2]) && !lx.isFold("notname", f[n-2]) && !lx.isFold("pronoun", f[n-2])
}

// roleBeforeNaming reads the role of a name set after a naming word
// (class naming in words.tsv): "a crane operator named Halyna", "a
// retired ship's mechanic called Petro". Only after "a" or "an": "the
// president named Umerov" is someone naming another.
func (lx *Lexicon) roleBeforeNaming(text, before string) string {
	// The naming word closes before (looked at first: before every name
	// of every article comes here); the role and its article stand a
	// few words further back.
	t := strings.TrimRight(before, " ")
	if !lx.is("naming", t[strings.LastIndexByte(t, ' ')+1:]) {
		return ""
	}
	f := strings.Fields(before[max(0, len(before)-maxNamingBack):])
	if len(f) < 3 || !lx.is("naming", f[len(f)-1]) {
		return ""
	}
	cut := strings.LastIndex(before, f[len(f)-1])
	r := lx.roleBefore(text, cut)
	if r == "" {
		return ""
	}
	// "a retired ship's mechanic called Petro": a few lower-case words
	// may stand between the article and the role.
	hf := strings.Fields(strings.TrimSuffix(strings.TrimRight(before[:cut], " "), r))
	for k := len(hf) - 1; k >= 0 && k >= len(hf)-4; k-- {
		switch w := hf[k]; {
		case w == "a" || w == "an" || w == "A" || w == "An":
			return r
		case !isLowerWord(StripPossessive(w)):
			return ""
		}
	}
	return ""
}

// reGivenOnly is what a text says before a name that is all it gives of
// it: "…, who gave only his first name, ", "…, a Sulanese man who gave
// only his first name, ", "who gave his name only as ", "identified only
// as ". Group 1 starts where the clause does, after the one it is about.
var reGivenOnly = regexp.MustCompile(`(?i)(,?\s+(?:(?:a|an)\s+(?:[\p{L}'’-]+\s+){0,3}(?:man|woman|person|boy|girl)\s+)?(?:who\s+)?(?:gave|gives|give|giving|asked to be identified by|identified|identifying (?:himself|herself)|known)\s+(?:(?:only\s+)?(?:his|her|their)\s+(?:first\s+|given\s+)?name(?:\s+only)?(?:\s*,\s*|\s+as\s+)|only\s+as\s+|as\s+only\s+))$`)

// givenOnlyAt is where, in before (a paragraph up to a name), a clause
// closing it says the name is all the text gives of someone (reGivenOnly),
// so that what stands before that offset is who they are; -1 when none.
func givenOnlyAt(before string) int {
	t := tailOf(before, maxNamingBack)
	if !strings.Contains(t, "nly") {
		return -1
	}
	m := reGivenOnly.FindStringSubmatchIndex(t)
	if m == nil {
		return -1
	}
	return len(before) - len(t) + m[2]
}

// roleBeforeGivenOnly is who before says someone is, right before a
// clause saying the name after it is all the text gives (givenOnlyAt):
// "the ship's cook", "A Kordanian engineer officer", and with what
// follows "of" ("The driver of bus 9"); "" when before ends in no role.
func (lx *Lexicon) roleBeforeGivenOnly(before string) string {
	if r := lx.roleRightBefore(before+" X", len(before)+1); r != "" {
		return r
	}
	t := tailOf(before, maxNamingBack)
	if k := strings.LastIndex(strings.ToLower(t), "one of "); k >= 0 && (k == 0 || t[k-1] == ' ') && !strings.ContainsAny(t[k:], ",;:") {
		// "One of the drivers, who gave only his first name, Milan":
		// a driver.
		if r, ok := strings.CutPrefix(lx.oneOfMany(", one of "+t[k+len("one of "):]), ", a "); ok {
			return strings.TrimSpace(r)
		}
	}
	// "The driver of bus 9", "The driver of one of the city's 23
	// tankers": the title before the first "of" that ends one.
	for i := strings.Index(t, " of "); i >= 0; {
		if strings.ContainsAny(t[i:], ",;:") {
			return ""
		}
		at := len(before) - len(t) + i
		if r := lx.roleRightBefore(before[:at]+" X", at+1); r != "" {
			return r + before[at:]
		}
		j := strings.Index(t[i+1:], " of ")
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return ""
}

// maxNamingBack bounds the text read back from a name for a naming word,
// the role before it and its article: "a retired ship's mechanic called".
const maxNamingBack = 120

// reSpeakingFor is a delegate's country or body before their name, as
// meetings coverage writes it: "Speaking for the Russian Federation, ",
// "Speaking on behalf of the European Union, ".
var reSpeakingFor = regexp.MustCompile(`(?i)(?:^|[.;:]\s+|\s)speaking (?:for|on behalf of) ((?:the )?\p{Lu}[\p{L}\-]*(?:\s+(?:\p{Lu}[\p{L}\-]*|of|and|for))*),\s*$`)

// speakingFor matches reSpeakingFor at the end of before, reading only
// as far back as the phrase can reach: a name late in a long paragraph
// must not cost a scan of all of it.
func speakingFor(before string) []string {
	t := tailOf(before, maxSpeakingFor)
	if !strings.Contains(t, "peaking ") && !strings.Contains(t, "PEAKING ") {
		return nil
	}
	return reSpeakingFor.FindStringSubmatch(t)
}

// maxSpeakingFor bounds the bytes of "Speaking on behalf of the …, "
// before a name.
const maxSpeakingFor = 200

// reBracketedName is a full name closed by a bracket: "Irena Vosk)".
var reBracketedName = regexp.MustCompile(`^\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){1,3}\)`)

// titleBeforeBracket is the title a verbatim record gives someone whose
// name it sets in brackets after the title ("[The Speaker (Irena Vosk)
// in the Chair.]", "The Deputy Speaker (Rolf Hennig) took the Chair"):
// the words before the bracket, when they are a title; "" otherwise.
func (lx *Lexicon) titleBeforeBracket(text string, nameStart int) string {
	before := strings.TrimRight(text[:nameStart], " ")
	if !strings.HasSuffix(before, "(") || !reBracketedName.MatchString(text[nameStart:]) {
		return ""
	}
	before = strings.TrimRight(before[:len(before)-1], " ")
	r := lx.roleRightBefore(before+" ", len(before)+1)
	f := strings.Fields(r)
	if len(f) == 0 || !lx.IsTitleNoun(Fold(f[len(f)-1])) {
		return ""
	}
	return r
}

// lowerOfTitle reads a title of a body written in lower case with no
// determiner right before a name, after a speech verb or opening its
// sentence (`"…," said head of delegation Pieter Almqvist`): the title
// noun, "of" and one or two plain words; fields are the words before
// the name, in text order. "" when they end otherwise.
func (lx *Lexicon) lowerOfTitle(fields []string) string {
	n := len(fields)
	for body := 1; body <= 2; body++ {
		k := n - body - 2 // the title noun
		if k < 0 || fields[k+1] != "of" || !lx.IsTitleNoun(Fold(fields[k])) || !isLowerWord(fields[k]) {
			continue
		}
		plain := true
		for _, w := range fields[k+2:] {
			plain = plain && isLowerWord(w) && !lx.isFold("stop", w) && !isDeterminer(w) && !lx.isFold("preposition", w)
		}
		if !plain {
			continue
		}
		if k > 0 {
			if _, speech := lx.SpeechVerb(Fold(fields[k-1])); !speech {
				continue
			}
		}
		return strings.Join(fields[k:], " ")
	}
	return ""
}

// verbAfterModal reports fields[j], a lower-case word, as a verb after a
// modal or "to" (words.tsv beforeverb: "would judge Corvanne by what
// sails", "to guide Halvard in"): no title of the name after it. Not
// after a form of "be" or "have" ("was guide Petro's"): those may stand
// before a noun.
func (lx *Lexicon) verbAfterModal(fields []string, j int) bool {
	return j > 0 && lx.isFold("beforeverb", fields[j-1])
}

// lineCreditsAnother reports role r closing the line before a name that
// opens its own line (before is the text up to the name), after a comma
// on that line: "Bram Ostel, Town Engineer", the title of the name the
// line opens with.
func lineCreditsAnother(before, r string) bool {
	nl := strings.LastIndexByte(before, '\n')
	if nl < 0 || strings.TrimSpace(before[nl+1:]) != "" {
		return false
	}
	line := strings.TrimSpace(before[:nl])
	if i := strings.LastIndexByte(line, '\n'); i >= 0 {
		line = line[i+1:]
	}
	head, ok := strings.CutSuffix(line, r)
	return ok && strings.Contains(head, ", ") && strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(head), ",")) != ""
}
