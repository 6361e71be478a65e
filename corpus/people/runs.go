package people

import (
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// acronymOfBody reports a word in capitals that is a body's initials
// the lexicon knows ("ICRC", organisations.yaml): never a surname.
func acronymOfBody(lx *Lexicon, w string) bool {
	if len(w) < 2 || strings.ToUpper(w) != w {
		return false
	}
	_, ok := lx.Organisation(w)
	return ok
}

// withoutNamingBracket is role without a closing bracket that names
// someone ("head of the Fire and Rescue Service (no relation to deputy
// interior minister Yurii Bondar)"): an aside about another person, no
// part of the title.
func (c *cast) withoutNamingBracket(role string) string {
	if i := strings.LastIndex(role, " ("); i > 0 && strings.HasSuffix(role, ")") && c.holdsName(role[i:]) {
		return role[:i]
	}
	return role
}

// pronounAfterSpeech is the gender of the first pronoun in the opening
// words of what a name right before tail is said to say ("says her
// crews", "said that she would", "told us it was his fourteenth
// trip"): the speaker's. A listener the verb takes first ("told him")
// is not the speaker; a name or a stop in between ends the search.
// Unknown when no pronoun comes first.
func (lx *Lexicon) pronounAfterSpeech(tail string) Gender {
	ws := strings.Fields(tail[:min(len(tail), maxRoleAfter)])
	if len(ws) < 2 {
		return Unknown
	}
	v, ok := lx.SpeechVerb(Fold(ws[0]))
	if !ok {
		return Unknown
	}
	i := 1
	if v.has("object") {
		i++
	}
	if i < len(ws) && Fold(ws[i]) == "that" {
		i++
	}
	for j := i; j < len(ws) && j < i+maxPronounAfterSpeech; j++ {
		w := strings.Trim(ws[j], ",.;:")
		if g := lx.markedGender(Fold(w)); g != Unknown {
			return g
		}
		if w != ws[j] || unicode.IsUpper(firstRune(w)) {
			break
		}
	}
	return Unknown
}

// maxPronounAfterSpeech is how many words into what is said
// pronounAfterSpeech looks for the speaker's pronoun.
const maxPronounAfterSpeech = 4

// namesIn returns the people named in text (full names, or surnames of
// people already known), given its capitalised runs, and records them.
// With fullOnly, runs of one word are left out: the first pass only
// learns the full names that surnames stand for.
func (c *cast) namesIn(text string, runs [][2]int, fullOnly bool) []mention {
	var out []mention
	if !fullOnly {
		out = make([]mention, 0, len(runs))
	}
	for _, loc := range runs {
		if fullOnly && strings.IndexAny(text[loc[0]:loc[1]], " \t\n") < 0 {
			continue
		}
		out = c.interpretRun(text, loc[0], loc[1], out)
	}
	return out
}

// maxRunWords bounds the words of a capitalised run read as names: a
// name and its title are a handful of words, and a run of thousands is
// no name at all.
const maxRunWords = 12

// interpretRun reads one run of capitalised words: leading titles and
// adjectives are a role ("German Chancellor"), what follows a first name
// or a role is a name, and a lone word is a name only if already known.
func (c *cast) interpretRun(text string, start, end int, out []mention) []mention {
	run := text[start:end]
	toks := wordToks(run)
	segStart := 0
	for i, t := range toks {
		w := run[t[0]:t[1]]
		last := i == len(toks)-1
		// "... said minister Kaja Mets. She argued": a full stop that is
		// not an initial or an abbreviation ends the name.
		stop := strings.HasSuffix(w, ".") && !c.lx.abbreviation(w)
		// Split the run after a possessive: "Germany's Chancellor Friedrich Merz".
		if Possessive(w) || stop || last {
			if !last && c.lx.pluralOwnerOfBody(w, run[toks[i+1][0]:toks[i+1][1]]) {
				// "the Ukrainian Airline Pilots' Association": a body's
				// name, no person called Airline Pilots.
				segStart = i + 1
				continue
			}
			if i+1-segStart <= maxRunWords {
				if m, ok := c.interpretSegment(text, start, toks[segStart:i+1], run); ok {
					out = append(out, m)
				}
			}
			segStart = i + 1
		}
	}
	return out
}

// lettersOnly reports a word of letters and hyphens only: a given name
// may be "Jurek" or "Anna-Lea", never "I'm".
func lettersOnly(w string) bool {
	return w != "" && strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' }) < 0
}

// placeAsGiven reports a given name that is a place's too ("Sofia",
// Bulgaria's capital), right before a surname that is no word of a title,
// a body or a place: "Foreign Minister Sofia Lindahl" is a woman, where
// "Sofia Airport" is no one.
func (lx *Lexicon) placeAsGiven(w, next string) bool {
	if _, given := get(lx.given, w); !given || !isCapitalised(next) {
		return false
	}
	if _, place := lx.Nation(w); !place {
		return false
	}
	f := Fold(next)
	return !lx.NotName(next) && !lx.IsTitleNoun(f) && !lx.IsModifier(next) && !lx.IsOrganisationWord(f) && !lx.is("stop", f)
}

// clauseGender is the one gender the words of a clause mark (words.tsv
// female and male: "her", "woman"), Unknown when none or both.
func (lx *Lexicon) clauseGender(clause string) Gender {
	g := Unknown
	for _, w := range strings.Fields(clause) {
		switch m := lx.markedGender(Fold(strings.Trim(w, ",.;:"))); {
		case m == Unknown:
		case g != Unknown && m != g:
			return Unknown
		default:
			g = m
		}
	}
	return g
}

// pluralOwnerOfBody reports a plural possessive ("Pilots'", "Workers’")
// before a word for a body ("Association", "Union"): the two are words
// of the body's name.
func (lx *Lexicon) pluralOwnerOfBody(w, next string) bool {
	return (strings.HasSuffix(w, "s'") || strings.HasSuffix(w, "s’")) && isCapitalised(next) && lx.IsOrganisationWord(Fold(StripPossessive(strings.TrimRight(next, ".,;:"))))
}

func (c *cast) interpretSegment(text string, base int, toks [][]int, run string) (mention, bool) {
	lx := c.lx
	words := make([]string, len(toks))
	for i, t := range toks {
		words[i] = strings.TrimRight(run[t[0]:t[1]], ".")
	}
	// Peel the role words off the front.
	i := 0
	for i < len(words)-1 {
		w := StripPossessive(words[i])
		if i == len(words)-2 && lx.placeAsGiven(w, StripPossessive(words[i+1])) {
			break
		}
		// "For Mykola, 58, who …": a preposition opening the sentence.
		if lx.IsTitleNoun(w) || lx.IsModifier(w) || lx.NotName(w) || i == 0 && lx.isFold("preposition", w) && sentenceStart(text, base+toks[0][0]) {
			i++
			continue
		}
		if i == 0 && lx.isFold("givenhonorific", w) && isCapitalised(w) && (len(words) > 2 || len(words) == 2 && (c.byGiven(StripPossessive(words[1])) != nil || !lx.givenName(StripPossessive(words[1])))) {
			// "Father Mykhailo, 58, says", after "Father Mykhailo
			// Tkach": a title set before a name, no part of it. A priest
			// the text names no other way is "Father Vasyl".
			i++
			continue
		}
		if i == 0 && i+2 < len(words) && c.nationOfText(w) {
			// "Ostrelian Energy Minister Darel Montanek": the people's
			// adjective of a country the document names opens the title,
			// as "German" does; no part of the name.
			i++
			continue
		}
		if i == 0 && isInitials(w) && i+2 < len(words) && lx.IsTitleNoun(StripPossessive(words[i+1])) {
			// "INSA Director General Mariela Sandoval": a body's initials
			// open the title before the name.
			i++
			continue
		}
		break
	}
	// "Deputy Minister of Foreign Affairs A.V. Lebedev": initials before
	// the last word start the name, written with their stops.
	byInitials := false
	if k := len(words) - 2; k >= i && lx.givenInitials(run[toks[k][0]:toks[k][1]]) && wordBoundary(text, base+toks[k][0], base+toks[k][1]) {
		from := i
		i, byInitials = k, true
		words[k] = run[toks[k][0]:toks[k][1]]
		if j := k - 1; j >= from && lx.givenInitials(run[toks[j][0]:toks[j][1]]) && wordBoundary(text, base+toks[j][0], base+toks[j][1]) {
			// "O. V. Bondar": a given name's and a patronymic's
			// initials, spaced.
			i = j
			words[j] = run[toks[j][0]:toks[j][1]]
		}
	}
	// "Ombudsman Dmytro Lubinets": a given name inside the run starts the
	// name, unless the run opens with one ("Recep Tayyip Erdogan").
	if _, ok := get(lx.given, words[i]); !ok && !byInitials {
		for k := i + 1; k < len(words)-1; k++ {
			if lx.isFold("patronymic", words[k]) {
				// "Sheikh Nawaf bin Rashid Al-Sulaiti": "bin" joins a
				// given name to a father's; the name starts before it.
				break
			}
			if _, ok := get(lx.given, words[k]); ok {
				if lx.lookupKnown(StripPossessive(strings.Join(words[i:], " "))) == nil {
					i = k
				}
				break
			}
		}
	}
	// "Commissioner for Defence and Space Andrius Kubilius": after a
	// title for a body, the body's words run into the name, which is the
	// run's last two words when no given name the lexicon knows says
	// where it starts.
	for k := i; k < len(words)-1; k++ {
		if _, ok := lx.Nation(StripPossessive(strings.Join(words[k:], " "))); ok {
			// "the President of the United Arab Emirates": the run ends
			// in a country's name, no one's.
			return mention{}, false
		}
	}
	if len(words)-i >= 3 {
		if _, ok := lx.forTitleBefore(text, base+toks[i][0]); ok {
			i = len(words) - 2
			if f := Fold(words[i]); i > 0 && (lx.is("particle", f) || lx.is("capparticle", f)) && !lx.IsTitleNoun(words[i-1]) {
				// "Minister of State Hamad Al Suwaidi": a surname with
				// its particle, and the given name before it.
				i--
			}
		}
	}
	// "Deputy Agriculture Minister SEMYONOV": a portfolio's field and the
	// title's noun before the name (a cable's surname in capitals, no
	// given name to say where the name starts) are no part of it.
	if len(words)-i >= 3 && lx.PortfolioNames(StripPossessive(words[i])) != nil && lx.IsTitleNoun(StripPossessive(words[i+1])) {
		i += 2
	}
	// "Rachel Okafor MP", "Sir Richard Fenwick KC": letters after a name
	// are no part of it.
	runEnd := base + toks[len(toks)-1][1]
	for len(toks)-i > 1 && lx.isFold("postnominal", words[len(toks)-1]) && strings.ToUpper(words[len(toks)-1]) == words[len(toks)-1] {
		toks, words = toks[:len(toks)-1], words[:len(words)-1]
	}
	name := words[i:]
	if len(name) > 4 {
		return mention{}, false
	}
	nameStart := base + toks[i][0]
	nameEnd := base + toks[len(toks)-1][1]
	lastTok := run[toks[len(toks)-1][0]:toks[len(toks)-1][1]]
	full := StripPossessive(strings.Join(name, " "))
	possessive := Possessive(lastTok)
	if possessive {
		nameEnd -= len(lastTok) - len(StripPossessive(lastTok))
	}
	for nameEnd > nameStart && text[nameEnd-1] == '.' {
		nameEnd--
	}
	// What follows the name and its letters: "Rachel Okafor MP, Minister
	// for Europe".
	tail := text[max(nameEnd, runEnd):min(len(text), max(nameEnd, runEnd)+maxRoleAfter)]
	// "**Dr Tobias Brandauer**, Senior Fellow, …": the emphasis closing
	// round a name is no part of what follows it.
	tail = strings.TrimLeft(tail, "*_")
	first := name[0]
	if lx.NotName(full) || lx.NotName(first) && len(name) == 1 {
		return mention{}, false
	}
	if possessive && len(name) > 1 && lx.bodyAfterPossessive(first, text[runEnd:min(len(text), runEnd+maxRoleAfter)]) {
		// "Orlin Ford Children's Hospital": a body's name with a
		// possessive inside it, no person's.
		return mention{}, false
	}
	if len(name) > 1 && lx.isFold("placeword", StripPossessive(name[len(name)-1])) {
		// "Chief Engineer, Vell Reservoir Dam": a name ending in a
		// place's head word is where the title is held, no one.
		return mention{}, false
	}
	if lx.dwellersOf(text[:nameStart]) {
		// "two residents of Grell Mill, a boy and his grandfather": the
		// name is where they live.
		return mention{}, false
	}
	role := lx.roleBefore(text, nameStart)
	if lx.isFold("craft", lastWord(role)) {
		// "the bulk carrier Kherson Star": a ship.
		return mention{}, false
	}
	if before := strings.TrimRight(text[:nameStart], " "); role == "" && len(before) < nameStart && strings.EqualFold(before[strings.LastIndexAny(before, " \t\n")+1:], "the") {
		// "The first ship, the Aurelia Dawn, …": what "the" names is a
		// thing, whatever its first word; a person is named bare.
		return mention{}, false
	}
	if c.holdsName(role) {
		role = c.ownerNameCut(role)
	}
	_, given := get(lx.given, first)
	// The honorific: the role's last word; before a given name the
	// lexicon lacks, the word right before it ("Sheikh Nawaf").
	honour := lastWord(role)
	if !given {
		honour = ""
		if i > 0 {
			honour = words[i-1]
		}
	}
	if len(name) == 1 && !possessive && honour != "" && lx.isFold("givenhonorific", honour) && isCapitalised(honour) {
		// "Sir Richard told MPs": the knight the text named in full;
		// "Sheikh Nawaf", whatever the lexicon knows of the given name.
		if p := c.byGiven(first); p != nil {
			return mention{p: p, off: nameStart, end: nameEnd}, true
		}
	}
	// "Ms. Ilze Ozola (Latvia) said": an honorific makes a person of a
	// name, given name known or not, and says whether "she" is them.
	honorific, honGender := false, Unknown
	if i > 0 {
		honGender, honorific = lx.HonorificGender(words[i-1])
	}
	// A name of three words at most, but for one a patronymic joins
	// ("Nawaf bin Rashid Al-Sulaiti").
	longest := 3
	if slices.ContainsFunc(name, func(w string) bool { return lx.isFold("patronymic", w) }) {
		longest = 5
	}
	isPerson := false
	switch {
	case lx.isFold("preposition", first) || lx.isFold("rolefor", first) || lx.isFold("stop", first):
		// "… SPECIAL ENVOY FOR CULTURAL HERITAGE:" in a shouted label: a
		// name never opens with "for", "of" or "the".
	case len(name) >= 2 && !given && lx.NotName(StripPossessive(name[len(name)-1])) && !lx.generation(name[len(name)-1]):
		// "Last June, the minister stood here": a capitalised word
		// before a month, a day or a place is no given name.
	case len(name) == 1 && i == 0 && !possessive && lx.partAfter(tail) && Possessive(wordEndingAt(text, nameStart)):
		// "head of the ICRC's Toresk sub-delegation": a body's, then a
		// word saying which part of it, then the part: where it is.
	case i == 0 && lx.forBodyBefore(text, nameStart):
		// "the member for Calgary Ridge", "the minister for Veterans
		// Affairs": what a title is for is a place or a body, not its
		// holder.
	case i == 0 && creditAffiliation(text, nameStart):
		// "— Fiona Bramwell, Harcourt Wyndham" under a pull quote: after
		// the credited name, where they work.
	case i == 0 && atRoleBefore(text[:nameStart], role):
		// "head of aviation war risk at the London broker Harcourt
		// Wyndham", "… at Harcourt Wyndham": someone works at a body,
		// not at a person.
	case len(name) >= 2 && acronymOfBody(lx, StripPossessive(name[len(name)-1])):
		// "Per ICRC, the two convoys never met": a body's initials after
		// a capitalised word (here the preposition, also a given name),
		// no surname.
	case lx.bodyName(name[len(name)-1]):
		// "UkrTransGrid", "UkrEnergo": a capital inside a word is a
		// company's, unless the name opens so ("McDonald", "DeSantis").
	case lx.IsOrganisationWord(name[len(name)-1]):
		// "NATO's Allied Land Command", "the German Marshall Fund": a
		// body, whatever title stands before it.
	case len(name) >= 2 && !given && lx.isFold("areanoun", first):
		// "the Mayor of Lysse, City Hall": a building of a city, a
		// town's square, no one's name.
	case len(name) >= 2 && lx.isFold("areanoun", name[len(name)-1]):
		// "Office of the Governor, Brana Region": a place named with
		// the word for its kind of area, no person called Region.
	case lx.orgWordAfter(tail):
		// "the Dar Al Amal family centre": a body named before the word
		// saying what it is.
	case len(name) >= 2 && !given && !honorific && lx.IsPersonNoun(Fold(name[len(name)-1])):
		// "Chief Tracing Delegate": a title's words, capitalised.
	case len(name) >= 3 && lx.IsTitleNoun(Fold(name[len(name)-1])) && everyWord(strings.Join(name[1:], " "), func(w string) bool { return lx.IsTitleNoun(w) || lx.IsModifier(w) }):
		// "INSA CHIEF INSPECTOR" in a transcript's label: a body's
		// initials (that happen to be a given name) and a title of two
		// words or more, no person.
	case len(name) >= 2 && i == 0 && lx.pluralMembersOfBody(text, nameStart, name[len(name)-1]):
		// "the Union of Orla Veterans": a body of people named by what
		// they are, whatever given name opens it.
	case len(name) >= 2 && given:
		isPerson = true
	case len(name) >= 2 && len(name) <= longest && !possessive && c.namedInFull(full):
		// "Marguerite Aebischer has not slept much", after "Marguerite
		// Aebischer, who heads …": someone the text has named in full,
		// whatever the lexicon knows of the given name.
		isPerson = true
	case len(name) == 2 && byInitials && !lx.NotName(name[1]) && (role != "" || len(name[0]) > 2 || c.byKey[c.key(name[1])] != nil):
		// "P.N. Zorin", "Minister J. Berg": initials and a surname.
		isPerson = true
	case len(name) >= 2 && len(name) <= longest && honorific && !lx.NotName(first):
		isPerson = true
	case len(name) >= 2 && len(name) <= longest && i > 0 && lx.isFold("givenhonorific", words[i-1]) && isCapitalised(words[i-1]) && !lx.NotName(first):
		// "Father Yosyp Melnyk told reporters", "Sheikh Nawaf Al-Thani":
		// a title set before names makes a person of what follows, as
		// an honorific does, whatever the lexicon knows of the given name.
		isPerson = true
	case len(name) >= 2 && role != "" && len(name) <= longest && !lx.NotName(first) && !lx.is("rolejoin", lastWord(role)):
		// Not "Director for Eastern Europe and Central Asia": words after
		// "and" go on with the body.
		isPerson = true
	case len(name) == 1 && given && !possessive && role != "" && isLowerWord(lastWord(role)) && lx.IsPersonNoun(lastWord(role)) && !lx.IsTitleNoun(lastWord(role)):
		// "Her son Maksym, now fifteen, walked in": a given name after a
		// word for a relative or what someone is, as features name
		// people they give no surname.
		isPerson = true
	case len(name) == 1 && !possessive && (given || i > 0 || !lx.NotName(first)) && givenOnlyAt(text[:base+toks[0][0]]) >= 0:
		// "The driver of bus 9, who gave only his first name, Yuri,
		// said", "who gave his name only as Lieutenant Ostrov": the
		// text says it is a name, all the name it gives.
		isPerson = true
		if role == "" {
			role = lx.roleBeforeGivenOnly(text[:givenOnlyAt(text[:base+toks[0][0]])])
		}
		if honGender == Unknown {
			// "A woman who gave only her first name, Dana": the clause
			// says whose name it is, as an honorific would.
			honGender = lx.clauseGender(text[givenOnlyAt(text[:base+toks[0][0]]) : base+toks[0][0]])
		}
	case len(name) == 1 && given && !possessive && role != "" && lx.roleBeforeNaming(text, text[:nameStart]) != "":
		// "a crane operator named Halyna": a given name the text says is
		// a name, after what its holder is.
		isPerson = true
	case len(name) == 1 && given && !possessive && lx.titledAfter(tail):
		// "Mykola, a fisherman who …": a given name alone, as reports
		// name people who give no surname, in apposition with what
		// they are.
		isPerson = true
	case len(name) >= 2 && len(name) <= longest && !possessive && !lx.NotName(first) && lx.titledAfter(tail):
		// "Kadri Tamm, Estonia's foreign minister,", "Marguerite Lanz,
		// the ICRC's regional director": a given name the lexicon does
		// not know, in apposition with a title.
		isPerson = true
	case len(name) >= 2 && len(name) <= longest && !possessive && !lx.NotName(first) && strings.HasPrefix(tail, ", who "):
		// "Marguerite Aebischer, who heads the ICRC's tracing work": a
		// name the lexicon's given names miss, which "who" says is a
		// person's (a body is "which").
		isPerson = true
	case len(name) >= 2 && len(name) <= longest && !possessive && !lx.NotName(first) && quoteCreditBefore(text[:nameStart]) && (strings.TrimSpace(tail) == "" || strings.HasPrefix(tail, ",")):
		// `"…" — Sigrun Haugland` under a pull quote: the credit names a
		// person, whatever the lexicon knows of the given name.
		isPerson = true
	case len(name) == 2 && !given && !possessive && lettersOnly(first) && !lx.NotName(first) && !lx.NotName(name[1]) && (c.speaksAlone(name[1]) || !lx.titleWord(first) && !c.familyNamed(name[1]) && (c.speaksAlone(first) || c.agedAlone(name[1]) || c.speaksByInitials(name) || c.speaksInFull(name))):
		// "Jurek Mantell has driven buses for thirty-one years", where
		// the transcript goes on "MANTELL (THROUGH INTERPRETER): …" or
		// "JUREK: …": the surname or the given name alone takes a turn;
		// "Yaryna Tkalets has walked …", where the interview goes on
		// "Tkalets, 57, spoke to the Courier" and "YT: …": the surname
		// alone is given an age, the initials take turns. So the two
		// words are a name the lexicon's given names miss (unless the
		// first is a title, or the surname is one the document gives
		// someone with a given name it knows: "Major Tesic" is Major
		// Lazar Tesic).
		isPerson = true
	case len(name) == 2 && !given && !possessive && lettersOnly(first) && !lx.NotName(first) && !lx.NotName(name[1]) && !lx.IsTitleNoun(Fold(first)) && strings.ToUpper(first) != first && lx.introducedAfter(tail) && c.familyNamed(name[1]):
		// "Matvi Sorel was 13 when …", where the text also names "Lidia
		// Sorel", his mother: a surname the text gives someone with a
		// given name the lexicon knows, after a word no list knows and
		// before what a sentence says of someone, is a relative's name.
		isPerson = true
	case lx.lookupKnown(full) != nil:
		isPerson = true
	case len(name) == 1 && role != "" && lx.IsPersonNoun(Fold(first)) && lx.determinedTitle(text[:nameStart], role):
		// "the Fund's Chief Auditor", "the Chief Auditor": a title of
		// two capitalised words after "the" or an owner, no person
		// called Auditor.
	case len(name) == 1 && role != "" && lx.IsTitleNoun(lastWord(role)) && !lx.isFold("firmrole", lastWord(role)) && !lx.NotName(first) && strings.ToUpper(first) != first && !titleInApposition(text, base+toks[0][0], tail) && !strings.HasSuffix(strings.TrimRight(text[:nameStart], " "), ","):
		// "spokeswoman Zakharova", "General Marquardt": a title and a
		// surname; not "Chief Executive, Ukrhydroenergo", a title and
		// the body it is held at.
		isPerson = true
	case len(name) == 1 && role != "" && lx.IsTitleNoun(Fold(lastWord(role))) && isLowerWord(lastWord(role)) && !lx.isFold("firmrole", lastWord(role)) && !lx.NotName(first) && strings.ToUpper(first) != first && strings.HasSuffix(strings.TrimRight(text[:nameStart], " "), ",") && strings.HasPrefix(tail, ","):
		// "Met the Norwegian admiral, Vågen, in the bar": a title in
		// running text, then the surname set apart by commas; not a
		// label's capitalised title and the body it is held at.
		isPerson = true
	case len(name) == 1 && !given && !possessive && i > 0 && honour != "" && lx.isFold("surnamehonorific", honour) && isCapitalised(honour) && !lx.NotName(first) && !lx.IsTitleNoun(Fold(first)) && strings.ToUpper(first) != first:
		// "Father Savchuk, a Kalynivsk priest,", "Sister Bondar": a
		// title set before given names and surnames, here before a word
		// no given name, a surname; the priest another article names in
		// full. Not "Sheikh Nawaf": a sheikh is named by his given name.
		isPerson = true
	case len(name) == 1 && honorific && !possessive && !lx.NotName(first) && !lx.IsTitleNoun(Fold(first)) && strings.ToUpper(first) != first && c.byKey[c.key(full)] == nil:
		// "QUESTION (TASS): Mr Sorokin, has Russia given up …?": an
		// honorific makes a person of a surname alone, as it does of a
		// full name; not "Mr President", a title.
		isPerson = true
	case len(name) == 1 && honorific && honGender != Unknown && !possessive && c.allOfOtherGender(c.key(full), honGender):
		// "Her husband, Captain Henrik Dalvo, … "…," Mrs Dalvo told the
		// Herald": a Mrs is not the man who has the surname, so someone
		// else; the one the text named before with a given name no list
		// knows ("Irja Dalvo kept a notebook"), or else as addressed.
		if f := c.earlierFullName(full); f != "" {
			full = f
		} else {
			full = words[i-1] + " " + full
		}
		isPerson = true
	case len(name) == 1 && c.byKey[c.key(full)] != nil:
		// A surname two people share names neither, once both are
		// introduced; before the second is, it names the first
		// ("Kravets takes both as compliments", paragraphs before "is
		// married to a cardiologist, Andrii Kravets").
		isPerson = !c.homonym[c.key(full)] || c.introducedBefore(c.key(full)) == 1
		if !isPerson && !possessive {
			// "Ms Gallagher", "Deputy Gallagher (FF)", of an envoy and
			// an MP sharing a surname: the honorific's gender or the
			// title says which one.
			title := role
			if honorific && Fold(title) == Fold(words[i-1]) {
				title = "" // "Mr Bondar": how he is addressed, no title
			}
			if p := c.homonymBy(c.key(full), honGender, title); p != nil {
				return mention{p: p, off: nameStart, end: nameEnd, role: role}, true
			}
			// "The museum's Dorn was blunter", of the museum's head of
			// security and a collector abroad sharing his surname: the
			// one whose title is of what owns him here.
			if w := wordEndingAt(text, nameStart); StripPossessive(w) != w {
				if p := c.ownedHomonym(c.key(full), StripPossessive(w)); p != nil {
					return mention{p: p, off: nameStart, end: nameEnd, role: role}, true
				}
			}
			// "Her husband, Danil Sorokan, went to find the nurse. "…,"
			// Sorokan said": the relative this paragraph has just named
			// in full, no one named after him.
			if p := c.lastInFull(c.key(full), text[:nameStart]); p != nil && p.kinAt == c.para+1 {
				return mention{p: p, off: nameStart, end: nameEnd, role: role}, true
			}
			// "Bondar told Eastern Review", where Halyna Bondar was
			// named only as no relation of Petro: his.
			if p := c.onlyNotApart(c.key(full)); p != nil {
				return mention{p: p, off: nameStart, end: nameEnd, role: role}, true
			}
			// "In Ternivka, village head Vasyl Marchuk spent two days at
			// the gate. "…," Marchuk said": the one the paragraph last
			// named in full.
			if p := c.lastInFull(c.key(full), text[:nameStart]); p != nil {
				return mention{p: p, off: nameStart, end: nameEnd, role: role}, true
			}
			// "Koval admitted it. "I lied then," he said.", of Damir and
			// Vesna Koval: the one of the gender the next pronoun gives,
			// when no other name stands before it.
			if g := lx.nextPronounGender(text[nameEnd:]); g != Unknown {
				if p := c.homonymBy(c.key(full), g, ""); p != nil {
					return mention{p: p, off: nameStart, end: nameEnd, role: role}, true
				}
			}
		}
	case len(name) == 1 && given && !possessive && c.byGiven(first) != nil:
		// "Halyna said", after "Halyna Kovalenko": features call people
		// by the given name the article gave them in full.
		isPerson = true
	case len(name) == 1 && !given && !possessive && !lx.NotName(first) && c.byKey[c.key(full)] == nil && c.familyGiven(first) != nil:
		// "Matvi said", after "Matvi Sorel was 13 when …": the given
		// name the text gave someone in full, though no list knows it.
		isPerson = true
	case len(name) == 1 && given && !possessive && role == "" && lx.speaksNext(tail):
		// "Viktor in Brisk writes: …", "Oleg from Haldo said": a
		// phone-in's texts, a vox pop, people the text names by the
		// given name and the place alone as they speak. Not "Kaz
		// shouted": the given name alone may be someone another article
		// names in full, whom people of one surname (MergeGroup) cannot
		// meet.
		isPerson = true
	}
	if !isPerson {
		return mention{}, false
	}
	if len(name) == 1 && given && role == "" && strings.HasPrefix(tail, ",") && sentenceStart(text, nameStart) && asksAfter(text, nameEnd) {
		// "Mariana, the grid operator, Ukrenergo. What are they
		// saying?": someone addressed, and what they are asked about.
		p := c.byKey[c.key(full)]
		if p == nil {
			p = c.byGiven(first)
		}
		if p == nil {
			p = c.add(full, "")
		}
		return mention{p: p, off: nameStart, end: nameEnd}, true
	}
	before := role
	if party := lx.partyInBrackets(tail); party != "" && role != "" && !possessive {
		// "Deputy Aoife Kearney (SF)": a member of that party, as
		// members ask for them ("the sinn fein deputy").
		role = party + " " + role
	}
	if !possessive {
		// "Judge Thomas Whitcombe (United Kingdom)": the country in
		// brackets says where a judge is from, not that they represent
		// it, as it does of a delegate named alone ("Ms. Ilze Ozola
		// (Latvia)").
		if adj := lx.nationInBrackets(tail); role != "" && adj != "" {
			role = adj + " " + role // "Dutch Judge"
			if b := reBracketThenComma.FindStringIndex(tail); b != nil {
				// "Judge Renata Figueira Lobo (Brazil), Presiding
				// Arbitrator;": and the title after the bracket.
				if t := lx.roleAfter(tail[b[1]-1:]); t != "" {
					role += ", " + lx.UnshoutRole(t)
				}
			}
		} else if a := c.ownerNameCutIfNamed(c.withoutNamingBracket(lx.roleAfter(creditLine(text, nameStart, role, tail)))); a != "" && len(a) > len(role) && !c.holdsName(a) {
			role = lx.UnshoutRole(a) // "…, SENIOR FELLOW, …" in a transcript's label
		}
	}
	if !possessive {
		role = lx.bodyNamedBefore(text[:nameStart], role)
	}
	pr := lx.predicateRole(tail)
	if role == "" {
		role = pr
	} else if pr == "" {
		// ", the deputy culture minister who led Ukraine's delegation in
		// Montevideo,": the relative clause inside the role gives a title
		// of its own ("leader of Ukraine's delegation").
		if i := strings.Index(role, " who "); i > 0 {
			pr = lx.predicateRole(", " + role[i+1:] + ".")
		}
	}
	address := ""
	if !possessive && lx.isFold("addressonly", role) {
		// "Dr Iryna Kovalchuk, 54, has been Director General of …": how
		// she is addressed is no title; what the sentence says she is,
		// is (and "Dr" stays hers).
		address, role = role, ""
	}
	if role == "" && !possessive {
		role = lx.appositionHead(tail)
	}
	if role == "" && !possessive {
		role = lx.personApposition(tail)
	}
	if role != "" && lx.clauseAfterSource(text[:nameStart], tail, role) {
		role = "" // "According to Ndour, the injured fitter was back"
	}
	if role == "" && !possessive {
		role = lx.copulaRole(tail)
	}
	if role == "" && !possessive {
		g, _ := get(lx.given, first)
		role = lx.whoseKinRole(tail, g)
	}
	if role == "" {
		role = address
	}
	if role == "" && !possessive && len(name) >= 2 {
		role = lx.signedPlace(text, nameStart, tail)
	}
	if role == "" && !possessive && len(name) >= 2 && sentenceStart(text, nameStart) {
		role = lx.titleOfSentenceBefore(text[:nameStart])
	}
	if role == "" && !possessive && len(name) >= 2 {
		role = lx.listTitleBefore(text[:nameStart], tail)
	}
	if role == "" && !possessive && len(name) == 1 && given {
		if place := lx.speaksFrom(tail); place != "" {
			role = "from " + place // "Lena in Dol writes": from Dol
		}
	}
	var p *member
	if len(name) == 1 && !possessive && c.byKey[c.key(full)] == nil {
		// "Halyna, 44, is a nurse", after "Halyna Kovalenko sets the
		// table": the one person named in full with that given name, as
		// a feature about a family sharing a surname calls them.
		g := c.familyGiven // a given name no list knows: "Matvi" of "Matvi Sorel"
		if given {
			g = c.byGiven
		}
		if g := g(first); g != nil {
			p = g
			p.roles.add(role)
			if f := Fold(full); !contains(p.spellings, f) {
				p.spellings = append(p.spellings, f)
			}
		}
	}
	if p == nil {
		p = c.add(full, role)
	}
	if len(name) == 1 && i > 0 && !strings.Contains(p.name, " ") && p.bareTitle == "" {
		// "the district vet, Dr Bondar", "Captain Bondar told us": a
		// surname alone, with the title or address right before it
		// (splitBare).
		if w := Fold(strings.TrimSuffix(words[i-1], ".")); lx.IsTitleNoun(w) || lx.is("addressonly", w) {
			p.bareTitle = w
		}
	}
	if !possessive && role != "" && !strings.Contains(role, " ") && lx.IsTitleNoun(Fold(role)) {
		// "Captain Henrik Dalvo, the Brenna Dawn's skipper,", "Captain
		// Henrik Dalvo, 56, skipper of the trawler": a rank before the
		// name, and what the apposition after it says they are.
		if ap := lx.roleAfter(tail); ap != "" && Fold(ap) != Fold(role) && !c.holdsName(ap) {
			c.add(full, ap)
		}
	}
	if !possessive {
		// "The mediator, OSCE special envoy Henrik Vaaler,": a title set
		// before the one the name carries, a comma between.
		if extra := lx.titleAppositionBefore(text, strings.LastIndex(text[:nameStart], role)); role != "" && extra != "" && extra != role {
			c.add(full, extra)
		}
		// "Her aunt, Agnes Jastrow, is the village head of Brenna": the
		// name set apart as the subject's, what the sentence says the
		// subject is, beside what the words before the name call her.
		if rest, ok := strings.CutPrefix(tail, ","); ok && role != "" {
			if extra := lx.copulaRole(rest); extra != "" && extra != role {
				c.add(full, extra)
			}
		}
		// "Deputy Fionnuala Brennan (Lab) (Chair)": a title in brackets
		// beside the one before the name.
		if extra := lx.titleInBrackets(tail); role != "" && extra != "" && !strings.Contains(role, extra) {
			c.add(full, extra)
		}
		// "UNEP's Ingrid Solheim": a body's initials owning the name
		// say whom they are with.
		if body := acronymOwnerBefore(text[:nameStart]); role == "" && body != "" {
			p.roles.add(body)
		}
	}
	if m := reNickname.FindStringSubmatch(tail); m != nil && !possessive && p.surname != "" && Key(m[1]) != Key(p.surname) {
		p.calledNick(m[1])
	} else if m := reCalledBy.FindStringSubmatch(tail); m != nil && !possessive && p.surname != "" && Key(m[2]) != Key(p.surname) && !lx.isFold("relpronoun", strings.Fields(m[1])[0]) {
		// "Konstantin Belyaev — everyone in the corridors calls him
		// Kostya —"; not "…, who calls him Volodya": whom he calls so.
		p.calledNick(m[2])
	}
	if m := reAgeGiven.FindStringSubmatch(tail); m != nil && !possessive {
		// "Petro Lysenko, 61,", "Father Emil Sarov, a 61-year-old
		// priest", "Ilse Varga, aged 58".
		if n, err := strconv.Atoi(m[1] + m[2] + m[3]); err == nil && n > 0 && n < 120 {
			p.age = n
		}
	}
	if p.gender == Unknown && honGender != Unknown {
		p.gender = honGender
	}
	if p.gender == Unknown && len(name) == 1 && i > 0 && lx.isFold("surnamehonorific", words[i-1]) {
		p.gender = lx.kinGender(Fold(words[i-1])) // "Father Savchuk", "Sister Bondar"
	}
	if p.gender == Unknown && len(name) == 1 && !possessive {
		// "Chief Bondar says her crews …": the pronoun opening what the
		// surname alone is said to say is theirs.
		p.gender = lx.pronounAfterSpeech(tail)
	}
	if g, ok := get(lx.given, first); ok && len(name) == 1 && p.gender == Unknown && !strings.Contains(p.name, " ") {
		// "Her nephew Maksym, a border guard": a given name alone says
		// as much as a full name does.
		p.gender, p.byGiven = g, g != Unknown
	}
	if pr != "" && pr != role {
		p.roles.add(pr)
	}
	if pr2 := lx.andPredicateRole(tail); pr2 != "" && pr2 != pr && pr2 != role {
		p.roles.add(pr2)
	}
	if !possessive {
		// "Ukraine's delegation was led by … Oksana Hrytsenko": leader of
		// Ukraine's delegation.
		titleStart := nameStart
		if before != "" {
			if i := strings.LastIndex(text[:nameStart], before); i >= 0 && nameStart-i-len(before) < 4 {
				titleStart = i
			}
		}
		if r := lx.passiveRole(text, titleStart); r != "" && r != role {
			p.deeds.add(r)
		}
	}
	if i > 0 && isCapitalised(words[i-1]) {
		if r := lx.HonorificRole(words[i-1]); r != "" {
			// "Father Ilija Dorn climbed the tower": a priest.
			p.roles.add(r)
		}
	}
	if before != role && !lx.isFold("givenhonorific", before) && !c.addressBeforeFull(p, full, before) {
		// "General Jonas Marquardt, a former commander of …": both are
		// his titles ("the general said" finds him).
		p.roles.add(before)
	}
	if kin := lx.kinBefore(text[:nameStart]); kin || lx.setApart(text[:nameStart]) {
		if kin && len(name) > 1 {
			p.kinAt = c.para + 1
		}
		p.asideAt = min(p.asideAt, c.para)
	} else {
		p.plainAt = min(p.plainAt, c.para)
	}
	named := role != "" && role == before && lx.roleBeforeNaming(text, text[:nameStart]) == role
	return mention{p: p, off: nameStart, end: nameEnd, role: role, possessive: possessive, named: named}, true
}

// speaksNext reports whether what follows a given name alone (tail) is
// where its holder is from, then a verb of saying or writing ("in Dol
// writes:", "from Brisk said", "in Kessling. She writes:").
func (lx *Lexicon) speaksNext(tail string) bool { return lx.speaksFrom(tail) != "" }

// speaksFrom is the place speaksNext finds ("Dol" of "in Dol writes:"),
// or "".
func (lx *Lexicon) speaksFrom(tail string) string {
	ws := strings.Fields(tail[:min(len(tail), maxRoleAfter)])
	if len(ws) < 3 || !lx.is("speakerfrom", ws[0]) {
		return ""
	}
	i, ended := 1, false
	for i < len(ws) && i <= maxPlaceWords && isCapitalised(strings.TrimRight(ws[i], ",.")) {
		ended = strings.HasSuffix(ws[i], ".")
		i++
		if ended {
			break // "from Tereza in Kessling. She writes:": the place ends the sentence
		}
	}
	if i == 1 || i >= len(ws) {
		return ""
	}
	verb := i
	if f := Fold(ws[verb]); ended && (f == "she" || f == "he") && verb+1 < len(ws) {
		verb++
	}
	if v, ok := lx.SpeechVerb(Fold(strings.TrimRight(ws[verb], ":,."))); !ok || v.Kind != "say" && v.Kind != "write" {
		return ""
	}
	return strings.TrimRight(strings.Join(ws[1:i], " "), ",.")
}

// clauseAfterSource reports the words after "According to Ndour," as
// the subject of the sentence's clause ("the injured fitter was back at
// work"), not who Ndour is: after a speech verb of the "according" kind
// (speech_verbs.tsv) a role is read after the name only when a comma or
// the sentence's end closes it, and not before a comma and the name of
// whom the role is.
func (lx *Lexicon) clauseAfterSource(before, tail, role string) bool {
	t := strings.TrimRight(before, " ")
	t = tailOf(t, maxSourceBack)
	source := false
	lx.scanSpeechVerbs(t, true, func(v verbAt) bool {
		source = source || v.end == len(t) && v.v.Kind == "according"
		return true
	})
	if !source {
		return false
	}
	i := strings.Index(tail, role)
	if i < 0 {
		return false
	}
	rest := strings.TrimLeft(tail[i+len(role):], " ")
	if after, ok := strings.CutPrefix(rest, ", "); ok {
		// "According to Tabor, the commander, General Arkady Selin,
		// had …": the role and the name of whom it is, the clause's
		// subject.
		next, _, _ := strings.Cut(after, " ")
		_, titled := lx.TitleOf(next)
		_, given := lx.GivenName(next)
		return isCapitalised(next) && (titled || given)
	}
	return rest != "" && !strings.ContainsAny(rest[:1], ",;.)—–-")
}

// maxSourceBack bounds the text read back from a name for the words
// crediting a source ("according to", "in the view of").
const maxSourceBack = 40

// bodyNamedBefore completes a role whose body is a bare word ("A
// ministry spokeswoman, Petra Sol,") with the words the sentence before
// gave it ("Pannoria's interior ministry disputed that account."): the
// interior ministry's spokeswoman. role is returned as it is when it
// opens otherwise or nothing before names such a body.
func (lx *Lexicon) bodyNamedBefore(before, role string) string {
	body, _, ok := strings.Cut(role, " ")
	if !ok || !isLowerWord(body) || !lx.IsOrganisationWord(body) {
		return role
	}
	t := tailOf(before, maxBodyBack)
	best := ""
	for i := strings.Index(t, " "+body); i >= 0; {
		if end := i + 1 + len(body); end == len(t) || !unicode.IsLetter(rune(t[end])) {
			// The word before the body, and a capitalised owner before
			// that: "Pannoria's interior ministry".
			ws := lastFieldsTo(t[:i], 2, nil)
			if n := len(ws); n > 0 {
				q := ws[n-1]
				if isLowerWord(q) && !lx.is("stop", q) && !lx.is("preposition", q) && !isDeterminer(q) && !lx.IsTitleNoun(q) {
					best = q
					if n > 1 && Possessive(ws[0]) && isCapitalised(ws[0]) {
						best = ws[0] + " " + q
					}
				}
			}
		}
		j := strings.Index(t[i+1:], " "+body)
		if j < 0 {
			break
		}
		i += 1 + j
	}
	if best == "" {
		return role
	}
	return best + " " + role
}

// maxBodyBack bounds how far back bodyNamedBefore reads for the body a
// bare word stands for: the sentence or two before.
const maxBodyBack = 300

// maxPlaceWords is the most words of a place named after a given name
// ("Lena in Nova Dolyna writes").
const maxPlaceWords = 2

// asksAfter reports a question closing the sentence that opens at off or
// the one after it: a name opening it is someone addressed ("Mariana,
// the grid operator, Ukrenergo. What are they saying?").
func asksAfter(text string, off int) bool {
	rest := text[off:]
	end := strings.IndexAny(rest, ".?!")
	switch {
	case end < 0:
		return false
	case rest[end] == '?':
		return true
	case WordCount(rest[:end]) > maxAddressWords:
		return false // "Mykola, a fisherman who …, said …. Is it?"
	}
	rest = rest[end+1:]
	end = strings.IndexAny(rest, ".?!")
	return end >= 0 && rest[end] == '?'
}

// maxAddressWords bounds the words after a name addressed before the
// question put to them: "Mariana, the grid operator, Ukrenergo."
const maxAddressWords = 6

// orgWordAfter reports a word for a body (orgword) among the first two
// lower-case words after a name: "… family centre", "… foundation".
func (lx *Lexicon) orgWordAfter(tail string) bool {
	ws := strings.Fields(tail[:min(len(tail), 40)])
	for i, w := range ws {
		w = strings.TrimRight(w, ",.;:")
		if i == 2 || !isLowerWord(w) {
			return false
		}
		if _, verb := lx.SpeechVerb(w); verb || strings.HasSuffix(w, "ed") {
			return false // "Zelensky told parliament": a verb, then its object
		}
		if lx.IsOrganisationWord(w) {
			return true
		}
	}
	return false
}

// partAfter reports tail opening with a word for a part of a body
// (words.tsv part), whole or after a hyphen: "sub-delegation", "team".
func (lx *Lexicon) partAfter(tail string) bool {
	w := strings.TrimLeft(tail[:min(len(tail), 40)], " ")
	if i := strings.IndexAny(w, " \n"); i >= 0 {
		w = w[:i]
	}
	w = strings.TrimRight(w, ",.;:")
	if _, last, ok := strings.Cut(w, "-"); ok {
		w = last
	}
	return isLowerWord(w) && lx.is("part", w)
}

// titleInApposition reports a capitalised run that is a title set after
// someone's name, not a title and a surname: "Serhiy Marchenko, Chief
// Dispatcher of Energonet Ukraine, said" (the run opening at start, tail
// what follows it).
func titleInApposition(text string, start int, tail string) bool {
	return strings.HasSuffix(text[:start], ", ") && strings.HasPrefix(tail, " of ")
}

// bodyName reports a word with a capital inside it that no name prefix
// explains ("UkrTransGrid"; not "McDonald", "O'Brien", "DeSantis").
func (lx *Lexicon) bodyName(w string) bool {
	w = StripPossessive(w)
	for i, r := range w {
		if i == 0 || !unicode.IsUpper(r) {
			continue
		}
		prev, _ := utf8.DecodeLastRuneInString(w[:i])
		if prev == '\'' || prev == '’' || prev == '-' {
			continue
		}
		if !lx.is("capprefix", strings.ToLower(w[:i])) {
			return strings.ToUpper(w) != w // "NATO" is an abbreviation
		}
	}
	return false
}

// atRoleBefore reports role (perhaps none) standing right before the
// name, after "at" or "at the": "at the London broker Harcourt Wyndham",
// "at Harcourt Wyndham".
func atRoleBefore(before, role string) bool {
	before = strings.TrimRight(before, " ")
	if !strings.HasSuffix(before, role) {
		return false
	}
	f := lastFieldsTo(before[:len(before)-len(role)], 2, nil)
	if n := len(f); n > 0 && strings.EqualFold(f[n-1], "the") {
		f = f[:n-1]
	}
	return len(f) > 0 && f[len(f)-1] == "at"
}

// acronymOwnerBefore is the body whose initials own the name right after
// before ("UNEP's "), or "".
func acronymOwnerBefore(before string) string {
	f := lastFields(before, 1)
	if len(f) == 0 || !Possessive(f[0]) {
		return ""
	}
	if body := StripPossessive(f[0]); isInitials(body) {
		return body
	}
	return ""
}

// introducedAfter reports tail, what follows a name, as going on to say
// something of them: an auxiliary ("was 13", "had travelled") or an
// apposition's comma. Not a heading's end ("== Pasting Zorin ==").
func (lx *Lexicon) introducedAfter(tail string) bool {
	if strings.HasPrefix(tail, ", ") {
		return true
	}
	rest, ok := strings.CutPrefix(tail, " ")
	if !ok {
		return false
	}
	first, _, _ := strings.Cut(rest, " ")
	return lx.IsAuxiliary(first)
}

// maxPronounAhead is how far after a surname two people share a pronoun
// is looked for to say which of them it is.
const maxPronounAhead = 200

// nextPronounGender is the gender of the first gendered pronoun in text
// (what follows a name), within maxPronounAhead bytes and before any
// other capitalised word inside a sentence, which may be someone else;
// Unknown when there is none.
func (lx *Lexicon) nextPronounGender(text string) Gender {
	text = text[:min(len(text), maxPronounAhead)]
	quoted := false // inside a quotation: "Now she is standing …" is the speaker's, about someone else
	for _, w := range strings.Fields(text) {
		opens := strings.HasPrefix(w, "\"") || strings.HasPrefix(w, "“")
		if opens && !quoted {
			quoted = true
		}
		if quoted {
			if c := strings.TrimRight(w, ".,;:!?"); (len(c) > 1 || !opens) && (strings.HasSuffix(c, "\"") || strings.HasSuffix(c, "”")) {
				quoted = false
			}
			continue
		}
		core := strings.Trim(w, ".,;:!?\"“”'’()")
		if core == "" {
			continue
		}
		low := strings.ToLower(core)
		if g, ok := lx.Pronoun(low); ok && g != Unknown {
			return g
		}
		if g := lx.markedGender(low); g != Unknown && low == core {
			return g // "his", "her"
		}
		if isCapitalised(core) && core != "I" && !strings.HasPrefix(w, "\"") && !strings.HasPrefix(w, "“") && !lx.NotName(core) {
			return Unknown // "Koval told Brandt he …": Brandt may be "he"
		}
	}
	return Unknown
}

// determinedTitle reports a title standing right before a name's place
// (before, the text up to it) after a word marking a noun or an owner
// ("the Chief ", "the Fund's Chief ", "its own Chief "; words.tsv
// nounmark): a title used as a common noun, which the next word
// completes, not one set before a surname ("Chief Bondar").
func (lx *Lexicon) determinedTitle(before, role string) bool {
	f := strings.Fields(before)
	n := len(strings.Fields(role))
	if len(f) <= n {
		return false
	}
	for _, w := range f[len(f)-n:] {
		if Possessive(w) {
			return true
		}
	}
	k := len(f) - n - 1
	if k > 0 && Fold(f[k]) == "own" {
		k-- // "its own Chief Auditor"
	}
	return lx.isFold("nounmark", f[k]) || Possessive(f[k])
}

// pluralMembersOfBody reports a run ending in the plural of a word for a
// person ("Veterans", "Mothers"), right after a word for a body and "of"
// ("Union of", "Association of"): the body's name, not a person's, though
// its first word is a given name ("the Union of Orla Veterans").
func (lx *Lexicon) pluralMembersOfBody(text string, nameStart int, last string) bool {
	f := Fold(StripPossessive(last))
	if one := singularOf(f); one == f || !lx.IsPersonNoun(one) {
		return false
	}
	ws := strings.Fields(text[max(0, nameStart-40):nameStart])
	if len(ws) < 2 || Fold(ws[len(ws)-1]) != "of" {
		return false
	}
	body := ws[len(ws)-2]
	return isCapitalised(body) && lx.IsOrganisationWord(Fold(body))
}

// dwellersOf reports text ending in a noun for people by where they live
// and "of" (words.tsv dwellers: "residents of "), before a place's name.
func (lx *Lexicon) dwellersOf(before string) bool {
	before = strings.TrimRight(before, " ")
	of, ok := strings.CutSuffix(before, " of")
	if !ok {
		of, ok = strings.CutSuffix(before, " Of")
	}
	if !ok {
		return false
	}
	noun := of[strings.LastIndexAny(of, " \t\n")+1:]
	return lx.isFold("dwellers", noun)
}

// bodyAfterPossessive reports the word after a possessive name heading a
// body's name, capitalised ("Children's Hospital", "St Mary's College"),
// when the name opens with no given name the lexicon knows: the whole is
// the body's name ("Orlin Ford Children's Hospital"). "Anna Berg's
// Office" is still Anna Berg's.
func (lx *Lexicon) bodyAfterPossessive(first, after string) bool {
	if _, given := get(lx.given, first); given {
		return false
	}
	after = strings.TrimLeftFunc(after, unicode.IsSpace)
	if i := strings.IndexFunc(after, unicode.IsSpace); i >= 0 {
		after = after[:i] // its first word alone
	}
	w := strings.Trim(after, ".,;:()")
	return isCapitalised(w) && lx.IsOrganisationWord(w)
}
