package people

import (
	"fmt"
	"maps"
	"math"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// reAgeAfter reads an age set after a name: "Serhiy Lytvyn, 54, has …".
var reAgeAfter = regexp.MustCompile(`^,\s*(\d{1,3}),`)

// member is someone a document names.
type member struct {
	name    string // fullest form seen ("Volodymyr Zelenskyy"), or the surname
	surname string // as written
	gender  Gender //
	known   *Known // the lexicon's entry, if any
	roles   tally  // titles seen next to the name, with counts
	// fullAt is the paragraph the full name is first given in (0 while
	// only the surname has been, or none).
	fullAt int
	// quoteRoles are the titles given where the person is quoted ("said
	// Kremlin spokesman Dmitry Peskov"): the best evidence of a role.
	quoteRoles tally
	// deeds are titles a sentence gives by what the person does
	// ("Ukraine's delegation was led by …": leader of Ukraine's
	// delegation): theirs when asked for, never shown as their title.
	deeds     tally
	spellings []string // lower-case forms seen (full names and surnames)
	quotes    int
	// age is the age the text gives next to the name ("Serhiy Lytvyn,
	// 54, …"), for "the 54-year-old said"; 0 if none.
	age int
	// first is the paragraph naming them first (-1: the heading).
	first int
	// nicknames are the keys of what the article says they are called
	// ("whom colleagues call Kati"): their given name, familiarly.
	nicknames []string
	// nickForms are the nicknames that are epithets or names of several
	// words, capitalised ("the Badger", "Old Valve"), as written: the
	// text may go on to call them so (nicknameMentions).
	nickForms []string
	// bareTitle is the title or address set right before the surname
	// alone when someone is first named so ("dr" of "Dr Bondar",
	// "captain" of "Captain Bondar"), before any full name: a later full
	// name given with another kind of title, or none after an address,
	// is someone else's (splitBare).
	bareTitle string
	// asideAt is the first paragraph naming them only to set them apart
	// from a namesake ("Petro Bondar, … no relation of Halyna Bondar"),
	// plainAt the first naming them otherwise (math.MaxInt: none): until
	// plainAt, the surname alone is not theirs (apartAt).
	asideAt, plainAt int
	// kinAt is the last paragraph (1-based) naming them in full as
	// someone's relative ("Her husband, Danil Sorokan"), 0 for none.
	kinAt int
}

// apartAt reports whether, at paragraph para, p has been named only to
// be set apart from a namesake.
func (p *member) apartAt(para int) bool { return p.asideAt <= para && p.plainAt > para }

// cast is the people of one document, by surname key. Two people of
// one surname with different given names (a mother and her son) are
// two members, the second under the surname key and the given name's;
// the surname alone then names neither.
type cast struct {
	lx      *Lexicon
	byKey   map[string]*member
	order   []string
	homonym map[string]bool   // surname keys shared by two people
	keys    map[string]string // Key of words already seen
	// para is the paragraph being read (-1: the heading), for the order
	// in which people are introduced.
	para int
	// texts are the document's paragraphs, for what the document says a
	// lone word is elsewhere (notPersonWord), set once the first pass
	// has read the full names (paraTexts, the same slice).
	texts []string
	// paraTexts are the document's paragraphs from the first pass on,
	// for a name written before the one being read (earlierFullName).
	paraTexts []string
}

func newCast(lx *Lexicon) *cast {
	return &cast{lx: lx, byKey: map[string]*member{}, homonym: map[string]bool{}, keys: map[string]string{}}
}

// key is Key, remembered: an article names the same few people again and
// again.
func (c *cast) key(w string) string {
	if k, ok := c.keys[w]; ok {
		return k
	}
	k := Key(w)
	if len(c.keys) < 1<<14 {
		c.keys[w] = k
	}
	return k
}

// namedInFull reports someone of the cast named exactly full.
func (c *cast) namedInFull(full string) bool {
	f := Fold(full)
	return slices.ContainsFunc(c.order, func(k string) bool { m := c.byKey[k]; return m != nil && Fold(m.name) == f })
}

// another reports whether full names someone other than p, who shares
// the surname: both have given names, and they differ (beyond
// transliteration, and not as spellings of one known figure).
func (c *cast) another(p *member, full string) bool {
	if c.lx.Surname(full) == full || c.lx.Surname(p.name) == p.name {
		return false // a surname alone ("Vardakis Senior"), no given name to differ
	}
	if c.lx.particleFirst(full) || c.lx.particleFirst(p.name) {
		// "Deputy Ó Briain" after "Pádraig Ó Briain": a surname with
		// its particle, no given name to differ.
		return false
	}
	a, b := strings.Fields(full)[0], strings.Fields(p.name)[0]
	if initials(a) || initials(b) {
		// "A.V. Lebedev" is Arkady Lebedev, not Boris.
		return !strings.EqualFold(string(firstRune(a)), string(firstRune(b)))
	}
	if Key(a) == Key(b) || strings.HasPrefix(Fold(a), Fold(strings.TrimSuffix(b, "."))) || strings.HasPrefix(Fold(b), Fold(strings.TrimSuffix(a, "."))) {
		return false
	}
	if p.known != nil {
		if k := c.lx.lookupKnown(full); k == p.known {
			return false
		}
	}
	// "Sasha Pidhirnyi" is Oleksandr Pidhirnyi: a familiar form of the
	// given name, as diminutives.tsv or the article ("whom colleagues
	// call Kati") gives it.
	return !c.lx.familiarPair(a, b) && !p.calledBy(a)
}

// familiarPair reports two given names one of which is a familiar form
// of the other ("Sasha", "Oleksandr").
func (l *Lexicon) familiarPair(a, b string) bool { return l.shortFor(a, b) || l.shortFor(b, a) }

// shortFor reports whether the given name short is a familiar form of
// formal (diminutives.tsv).
func (l *Lexicon) shortFor(short, formal string) bool {
	return slices.ContainsFunc(l.FamiliarOf(short), func(n string) bool { return Key(n) == Key(formal) })
}

// formalOver reports whether full's given name is the formal one of
// which p's is a familiar form: the name to file them under.
func (c *cast) formalOver(p *member, full string) bool {
	if !strings.Contains(full, " ") || !strings.Contains(p.name, " ") {
		return false
	}
	short, formal := strings.Fields(p.name)[0], strings.Fields(full)[0]
	return Key(short) != Key(formal) && (c.lx.shortFor(short, formal) || p.calledBy(short))
}

// reNickname is what an article says a person is called, right after
// the name or one apposition: "Fehérvári, a former railway lawyer whom
// colleagues call Kati,", "Oleksandr Pidhirnyi, the head of
// Ukrzaliznytsia, whom the minister calls Sasha", "…, known as Kati".
var reNickname = regexp.MustCompile(`^,\s+(?:[^,.;:"“”()]{1,80}?[,\s]\s*)?(?:whom\s+(?:[\p{L}'’]+\s+){0,3}call(?:s|ed)?|(?:also\s+|better\s+|widely\s+)?known\s+(?:to\s+(?:[\p{L}'’]+\s+){1,3})?as|nicknamed|dubbed)\s+["“']?([\p{Lu}][\p{Ll}'’\-]{1,15})\b`)

// reCalledBy reads a nickname others give the one just named, in an
// aside after a dash or a comma: "— everyone in the corridors calls him
// Kostya —"; group 1 is who calls them so, group 2 the nickname.
var reCalledBy = regexp.MustCompile(`^(?:,|\s*[—–-])\s+((?:[\p{L}'’]+\s+){1,6}?)call(?:s|ed)?\s+(?:him|her)\s+["“']?([\p{Lu}][\p{Ll}'’\-]{1,15})\b`)

// calledNick records a nickname of p's: their given name, familiarly,
// and the name it makes with the surname as one of their spellings.
// An epithet with "the" ("the Hydrant"), or a name of several words
// ("Dido Mykola"), is a spelling of its own.
func (p *member) calledNick(nick string) {
	if k := Key(nick); !contains(p.nicknames, k) {
		p.nicknames = append(p.nicknames, k)
	}
	spelling := nick + " " + p.surname
	if len(nick) > 4 && strings.EqualFold(nick[:4], "the ") || strings.Contains(nick, " ") {
		spelling = nick
		form := nick
		if len(nick) > 4 && strings.EqualFold(nick[:4], "the ") {
			form = "the " + nick[4:]
		}
		if isCapitalised(lastWord(form)) && !contains(p.nickForms, form) {
			p.nickForms = append(p.nickForms, form)
		}
	}
	if f := Fold(spelling); !contains(p.spellings, f) {
		p.spellings = append(p.spellings, f)
	}
}

// calledBy reports a nickname the article gives p ("whom colleagues
// call Kati").
func (p *member) calledBy(given string) bool { return contains(p.nicknames, Key(given)) }

// homonymBy is the one person of those sharing the surname key whose
// gender is g (Unknown: any) and whose titles hold title's head (""
// any); nil when none or several are.
func (c *cast) homonymBy(key string, g Gender, title string) *member {
	if g == Unknown && title == "" {
		return nil
	}
	pick := func(fits func(p *member) bool) (found *member, many bool) {
		for _, p := range c.sharing(key) {
			if p == found || !fits(p) || title != "" && !p.hasRoleHead(c.lx, Fold(lastWord(title))) {
				continue
			}
			if found != nil {
				return nil, true
			}
			found = p
		}
		return found, false
	}
	found, many := pick(func(p *member) bool { return g == Unknown || p.gender == g })
	if found == nil && !many && g != Unknown {
		// "Mrs Dalvo told the Herald", of Irja Dalvo (a given name no
		// list knows) and her husband, Captain Henrik Dalvo: a Mrs is
		// not the man, so the one whose gender is not known.
		found, _ = pick(func(p *member) bool { return p.gender == Unknown })
	}
	return found
}

// allOfOtherGender reports that someone has the surname key and all who
// have it are known to be of the gender other than g.
func (c *cast) allOfOtherGender(key string, g Gender) bool {
	ps := c.sharing(key)
	return len(ps) > 0 && !slices.ContainsFunc(ps, func(p *member) bool { return p.gender == Unknown || p.gender == g })
}

// earlierFullName is the one full name the paragraphs read so far give
// surname with a capitalised word before it that no one of the cast has
// as a given name, is no title and no word the lexicon knows is no name
// ("Irja Dalvo kept a notebook"), or "" when there is none or more.
func (c *cast) earlierFullName(surname string) string {
	found := ""
	for _, t := range c.paraTexts[:min(max(c.para+1, 0), len(c.paraTexts))] {
		for off := 0; ; {
			j := strings.Index(t[off:], " "+surname)
			if j < 0 {
				break
			}
			at := off + j
			off = at + 1 + len(surname)
			if r, _ := utf8.DecodeRuneInString(t[off:]); unicode.IsLetter(r) {
				continue
			}
			w := wordEndingAt(t, at)
			if w == "" || !isCapitalised(w) || strings.ToUpper(w) == w || c.lx.NotName(w) || c.lx.IsTitleNoun(Fold(w)) || c.byGiven(w) != nil || c.lx.is("givenhonorific", Fold(w)) {
				continue
			}
			if _, ok := c.lx.HonorificGender(w); ok {
				continue
			}
			if full := w + " " + surname; found == "" {
				found = full
			} else if found != full {
				return ""
			}
		}
	}
	return found
}

// sharing is the people filed under the surname key, or under it with
// a suffix telling namesakes apart ("bondar|2"), in order of first
// mention.
func (c *cast) sharing(key string) []*member {
	var out []*member
	for _, k := range c.order {
		if p := c.byKey[k]; p != nil && (k == key || strings.HasPrefix(k, key+"|")) {
			out = append(out, p)
		}
	}
	return out
}

// lastInFull is, of the people sharing the surname key, the one whose
// full name stands last in before (the paragraph up to a surname alone);
// nil when before names none of them in full.
func (c *cast) lastInFull(key string, before string) *member {
	var found *member
	at := -1
	for _, p := range c.sharing(key) {
		if i := strings.LastIndex(before, p.canonical()); i > at {
			found, at = p, i
		}
	}
	return found
}

// particleFirst reports a name opening with a surname's particle ("Ó
// Briain", "van Aalst"): a surname alone, with no given name to differ.
func (l *Lexicon) particleFirst(name string) bool {
	first, _, _ := strings.Cut(name, " ")
	f := Fold(first)
	return l.is("particle", f) || l.is("capparticle", f) && unicode.IsUpper(firstRune(first))
}

// lookup finds surname among the document's people, then among the
// lexicon's known people (who join the cast).
func (c *cast) lookup(surname string) *member {
	if p := c.byKey[c.key(surname)]; p != nil {
		return p
	}
	if k := c.lx.lookupKnown(surname); k != nil {
		return c.add(k.Name, "")
	}
	return nil
}

// add records a mention of full (a full name or a surname) with a role.
func (c *cast) add(full, role string) *member {
	full = c.lx.unshout(full)
	if p := c.kinCalled(full); p != nil {
		// "Baba says", after "my grandmother, Emilia Sarkany": the
		// relative the word calls, as her family does.
		c.byKey[c.key(full)] = p
	}
	sur := c.lx.Surname(full)
	key := c.key(sur)
	p := c.byKey[key]
	if p != nil && (c.another(p, full) || c.otherGender(p, full) || c.splitBare(p, full, role)) {
		c.homonym[key] = true
		key += "|" + Key(strings.Fields(full)[0])
		p = c.byKey[key]
	}
	if p == nil {
		p = &member{name: full, surname: sur, first: c.para, asideAt: math.MaxInt, plainAt: math.MaxInt}
		if k := c.lx.lookupKnown(full); k != nil {
			p.known, p.gender = k, k.gender
		}
		c.byKey[key] = p
		c.order = append(c.order, key)
		// "Pieter van Aalst" is "van Aalst" and, where the particle is
		// left lower case before a capitalised word, "Aalst".
		if f := strings.Fields(sur); len(f) > 1 && !c.lx.generation(f[len(f)-1]) {
			if k := c.key(f[len(f)-1]); c.byKey[k] == nil {
				c.byKey[k] = p
			}
		}
		// "Halina Rusek-Andar" is "Andar" or "Rusek": a hyphened
		// surname is called by either half (sortedAliases).
		if halves := strings.Split(sur, "-"); len(halves) == 2 && strings.Contains(full, " ") && len(halves[0]) > 2 && len(halves[1]) > 2 {
			for _, h := range halves {
				if k := c.key(h); c.byKey[k] == nil {
					c.byKey[k] = p
				}
			}
		}
		// "Mariela Quiroga Benitez" is "Quiroga": of two surnames, the
		// first is the one used alone. A middle word no given name,
		// initial or particle is one.
		if f := strings.Fields(full); len(f) == 3 && c.doubleSurname(f) {
			if k := c.key(f[1]); c.byKey[k] == nil {
				c.byKey[k] = p
			}
		}
	}
	if strings.Contains(full, " ") && p.fullAt == 0 {
		p.fullAt = c.para + 1
		if !strings.Contains(p.name, " ") {
			// "of Dr Koval", paragraphs before "The governor, Oleksandr
			// Koval": how the surname alone was addressed may be someone
			// else's (the corpus's Dr Marta Koval), no title of his.
			p.roles.dropAddress(c.lx)
		}
	}
	if strings.Contains(full, " ") && (!strings.Contains(p.name, " ") || initials(strings.Fields(p.name)[0]) && !initials(strings.Fields(full)[0]) || c.formalOver(p, full)) {
		// The fullest name given: "Arkady Lebedev" over "A.V. Lebedev".
		p.name = full
		if p.known == nil {
			if k := c.lx.lookupKnown(full); k != nil {
				p.known, p.gender = k, k.gender
			}
		}
	}
	if p.gender == Unknown && strings.Contains(full, " ") {
		if g, ok := get(c.lx.given, strings.Fields(full)[0]); ok {
			p.gender = g
		}
	}
	for _, s := range []string{Fold(full), Fold(sur)} {
		if !contains(p.spellings, s) {
			p.spellings = append(p.spellings, s)
		}
	}
	if c.addressBeforeFull(p, full, role) {
		role = ""
	}
	role = c.lx.withoutUnrelated(role)
	p.roles.add(role)
	if p.gender == Unknown {
		// "spokeswoman Zakharova": a title can say.
		for _, w := range strings.Fields(role) {
			if g := c.lx.titleGender(strings.Trim(w, ",()")); g != Unknown {
				p.gender = g
			}
		}
	}
	return p
}

// doubleSurname reports a three-word name whose middle word is a second
// surname: capitalised, no given name, initial, particle or title.
func (c *cast) doubleSurname(f []string) bool {
	m := f[1]
	if !isCapitalised(m) || initials(m) || len(m) < 3 {
		return false
	}
	if _, given := get(c.lx.given, m); given {
		return false
	}
	fm := Fold(m)
	return !c.lx.is("particle", fm) && !c.lx.IsTitleNoun(fm) && !c.lx.generation(m)
}

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

// splitBare reports a full name, in a paragraph after the one where p
// was named by the surname alone with a title or an address, that is
// someone else's: given with no title after p was addressed as a doctor
// or a professor ("he rang the district vet, Dr Bondar", paragraphs
// before "In Sosnivka, Petro Bondar lost eleven cows": articles that
// address someone so keep doing it), or given a title of another kind
// ("Captain Bondar", then "Halyna Bondar, the nurse").
func (c *cast) splitBare(p *member, full, role string) bool {
	if p.bareTitle == "" || strings.Contains(p.name, " ") || !strings.Contains(full, " ") || c.para <= p.first {
		return false
	}
	if role == "" {
		return c.lx.is("addressonly", p.bareTitle)
	}
	// "Captain Bondar told us …", paragraphs before "Halyna Bondar, the
	// nurse running the medical tent": a title of another kind.
	// Not "General Marquardt", then "the commander".
	h := Fold(c.lx.roleHead(role))
	return h != "" && c.lx.otherKind(h, p.bareTitle)
}

// otherGender reports a full name whose given name says a gender other
// than the one p, so far named by the surname alone, was given ("Chief
// Bondar says her crews …", paragraphs before "Yurii Bondar, deputy
// interior minister"): two people sharing a surname.
func (c *cast) otherGender(p *member, full string) bool {
	if strings.Contains(p.name, " ") || !strings.Contains(full, " ") || p.gender == Unknown {
		return false
	}
	g, ok := get(c.lx.given, strings.Fields(full)[0])
	return ok && g != Unknown && g != p.gender
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

// withoutUnrelated is role without an aside setting its holder apart
// from a namesake ("head nurse at Zhuravka District Hospital and no
// relation to the ferry captain"): the namesake's title is no part of
// theirs.
func (lx *Lexicon) withoutUnrelated(role string) string {
	low := strings.ToLower(role)
	for cue := range lx.words["unrelated"] {
		if i := strings.Index(low, " "+cue); i > 0 {
			role = strings.TrimRight(strings.TrimSuffix(strings.TrimSpace(role[:i]), " and"), ", ")
			low = strings.ToLower(role)
		}
	}
	return role
}

// addressBeforeFull reports a form of address (words.tsv addressonly:
// "Dr") given a surname alone paragraphs before p's full name ("of Dr
// Koval", before "The governor, Oleksandr Koval"): it may be someone
// else's (the corpus's Dr Marta Koval), so it is no title of p's.
func (c *cast) addressBeforeFull(p *member, full, role string) bool {
	return !strings.Contains(full, " ") && p.fullAt > 0 && c.para+1 < p.fullAt && c.lx.is("addressonly", Fold(role))
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// canonical is the name a person is filed under: a known figure's usual
// spelling, else the fullest form the document uses.
func (p *member) canonical() string {
	if p.known != nil {
		return p.known.Name
	}
	return p.name
}

// mention is a person named at a byte offset of a paragraph, with the
// role the text gives right there.
type mention struct {
	p    *member
	off  int
	end  int
	role string
	// possessive: "Merz's idea" names Merz but he is not the subject.
	possessive bool
	// named: a naming word stands between role and name ("a crane
	// operator named Halyna").
	named bool
}

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

// generation reports a word after a name telling a father from a son
// of one name ("Senior", "Jr."; words.tsv generation), capitalised.
func (lx *Lexicon) generation(w string) bool {
	w = StripPossessive(w)
	return isCapitalised(w) && lx.is("generation", Fold(strings.TrimRight(w, ".")))
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
		// "For Mykola, 58, who …": a preposition opening the sentence.
		if lx.IsTitleNoun(w) || lx.IsModifier(w) || lx.NotName(w) || i == 0 && lx.is("preposition", Fold(w)) && sentenceStart(text, base+toks[0][0]) {
			i++
			continue
		}
		if i == 0 && lx.is("givenhonorific", Fold(w)) && isCapitalised(w) && (len(words) > 2 || len(words) == 2 && (c.byGiven(StripPossessive(words[1])) != nil || !lx.givenName(StripPossessive(words[1])))) {
			// "Father Mykhailo, 58, says", after "Father Mykhailo
			// Tkach": a title set before a name, no part of it. A priest
			// the text names no other way is "Father Vasyl".
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
			if lx.is("patronymic", Fold(words[k])) {
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
	for len(toks)-i > 1 && lx.is("postnominal", Fold(words[len(toks)-1])) && strings.ToUpper(words[len(toks)-1]) == words[len(toks)-1] {
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
	role := lx.roleBefore(text, nameStart)
	if lx.is("craft", Fold(lastWord(role))) {
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
	if len(name) == 1 && !possessive && honour != "" && lx.is("givenhonorific", Fold(honour)) && isCapitalised(honour) {
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
	if slices.ContainsFunc(name, func(w string) bool { return lx.is("patronymic", Fold(w)) }) {
		longest = 5
	}
	isPerson := false
	switch {
	case lx.is("preposition", Fold(first)) || lx.is("rolefor", Fold(first)) || lx.is("stop", Fold(first)):
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
	case len(name) >= 2 && lx.is("areanoun", Fold(name[len(name)-1])):
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
	case len(name) >= 2 && len(name) <= longest && i > 0 && lx.is("givenhonorific", Fold(words[i-1])) && isCapitalised(words[i-1]) && !lx.NotName(first):
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
	case len(name) == 1 && !possessive && (given || i > 0) && givenOnlyAt(text[:base+toks[0][0]]) >= 0:
		// "The driver of bus 9, who gave only his first name, Yuri,
		// said", "who gave his name only as Lieutenant Ostrov": the
		// text says it is a name, all the name it gives.
		isPerson = true
		if role == "" {
			role = lx.roleBeforeGivenOnly(text[:givenOnlyAt(text[:base+toks[0][0]])])
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
	case lx.lookupKnown(full) != nil:
		isPerson = true
	case len(name) == 1 && role != "" && lx.IsTitleNoun(lastWord(role)) && !lx.is("firmrole", Fold(lastWord(role))) && !lx.NotName(first) && strings.ToUpper(first) != first && !titleInApposition(text, base+toks[0][0], tail) && !strings.HasSuffix(strings.TrimRight(text[:nameStart], " "), ","):
		// "spokeswoman Zakharova", "General Marquardt": a title and a
		// surname; not "Chief Executive, Ukrhydroenergo", a title and
		// the body it is held at.
		isPerson = true
	case len(name) == 1 && role != "" && lx.IsTitleNoun(Fold(lastWord(role))) && isLowerWord(lastWord(role)) && !lx.is("firmrole", Fold(lastWord(role))) && !lx.NotName(first) && strings.ToUpper(first) != first && strings.HasSuffix(strings.TrimRight(text[:nameStart], " "), ",") && strings.HasPrefix(tail, ","):
		// "Met the Norwegian admiral, Vågen, in the bar": a title in
		// running text, then the surname set apart by commas; not a
		// label's capitalised title and the body it is held at.
		isPerson = true
	case len(name) == 1 && !given && !possessive && i > 0 && honour != "" && lx.is("surnamehonorific", Fold(honour)) && isCapitalised(honour) && !lx.NotName(first) && !lx.IsTitleNoun(Fold(first)) && strings.ToUpper(first) != first:
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
		}
	case len(name) == 1 && given && !possessive && c.byGiven(first) != nil:
		// "Halyna said", after "Halyna Kovalenko": features call people
		// by the given name the article gave them in full.
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
	if !possessive && lx.is("addressonly", Fold(role)) {
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
	if len(name) == 1 && given && !possessive && c.byKey[c.key(full)] == nil {
		// "Halyna, 44, is a nurse", after "Halyna Kovalenko sets the
		// table": the one person named in full with that given name, as
		// a feature about a family sharing a surname calls them.
		if g := c.byGiven(first); g != nil {
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
	} else if m := reCalledBy.FindStringSubmatch(tail); m != nil && !possessive && p.surname != "" && Key(m[2]) != Key(p.surname) && !lx.is("relpronoun", Fold(strings.Fields(m[1])[0])) {
		// "Konstantin Belyaev — everyone in the corridors calls him
		// Kostya —"; not "…, who calls him Volodya": whom he calls so.
		p.calledNick(m[2])
	}
	if m := reAgeAfter.FindStringSubmatch(tail); m != nil && !possessive {
		if n, err := strconv.Atoi(m[1]); err == nil && n > 0 && n < 120 {
			p.age = n
		}
	}
	if p.gender == Unknown && honGender != Unknown {
		p.gender = honGender
	}
	if p.gender == Unknown && len(name) == 1 && i > 0 && lx.is("surnamehonorific", Fold(words[i-1])) {
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
		p.gender = g
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
	if before != role && !lx.is("givenhonorific", Fold(before)) && !c.addressBeforeFull(p, full, before) {
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
// writes:", "from Brisk said").
func (lx *Lexicon) speaksNext(tail string) bool { return lx.speaksFrom(tail) != "" }

// speaksFrom is the place speaksNext finds ("Dol" of "in Dol writes:"),
// or "".
func (lx *Lexicon) speaksFrom(tail string) string {
	ws := strings.Fields(tail[:min(len(tail), maxRoleAfter)])
	if len(ws) < 3 || !lx.is("speakerfrom", ws[0]) {
		return ""
	}
	i := 1
	for i < len(ws) && i <= maxPlaceWords && isCapitalised(strings.TrimRight(ws[i], ",")) {
		i++
	}
	if i == 1 || i >= len(ws) {
		return ""
	}
	if v, ok := lx.SpeechVerb(Fold(strings.TrimRight(ws[i], ":,."))); !ok || v.Kind != "say" && v.Kind != "write" {
		return ""
	}
	return strings.TrimRight(strings.Join(ws[1:i], " "), ",")
}

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
	case wordCount(rest[:end]) > maxAddressWords:
		return false // "Mykola, a fisherman who …, said …. Is it?"
	}
	rest = rest[end+1:]
	end = strings.IndexAny(rest, ".?!")
	return end >= 0 && rest[end] == '?'
}

// maxAddressWords bounds the words after a name addressed before the
// question put to them: "Mariana, the grid operator, Ukrenergo."
const maxAddressWords = 6

// isInitials reports a word of two to six capital letters: a body's
// initials ("INSA", "IAEA").
func isInitials(w string) bool {
	if len(w) < 2 || len(w) > 6 {
		return false
	}
	for _, r := range w {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return true
}

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

// wordEndingAt is the word of text right before the spaces before end
// ("ICRC's" of "the ICRC's Toresk"), without reading the rest.
func wordEndingAt(text string, end int) string {
	t := strings.TrimRight(text[:end], " ")
	return t[strings.LastIndexAny(t, " \n")+1:]
}

// titleInApposition reports a capitalised run that is a title set after
// someone's name, not a title and a surname: "Serhiy Marchenko, Chief
// Dispatcher of Energonet Ukraine, said" (the run opening at start, tail
// what follows it).
func titleInApposition(text string, start int, tail string) bool {
	return strings.HasSuffix(text[:start], ", ") && strings.HasPrefix(tail, " of ")
}

// introducedBefore is how many people of the surname key the paragraph
// being read or those before it have named in full.
func (c *cast) introducedBefore(key string) int {
	n := 0
	for _, k := range c.order {
		if (k == key || strings.HasPrefix(k, key+"|")) && c.byKey[k].first <= c.para {
			n++
		}
	}
	return n
}

// onlyNotApart is, of the people introduced so far under the surname
// key, the one left when those named only to be set apart from a
// namesake are not counted; nil when none was so named, or none or
// several are left.
func (c *cast) onlyNotApart(key string) *member {
	of := func(p *member) bool { return c.key(p.surname) == key && p.first <= c.para }
	if c.only(func(p *member) bool { return of(p) && p.apartAt(c.para) }) == nil {
		return nil
	}
	return c.only(func(p *member) bool { return of(p) && !p.apartAt(c.para) })
}

// unrelatedGap bounds the words between "no relation of" and the name
// it sets apart ("no relation to Ukraine's chief negotiator, Taras
// Melnyk").
const unrelatedGap = 5

// setApart reports whether the words before a name (before, to the name)
// set the one it names apart from a namesake: they end, in the same
// sentence, in a phrase of words.tsv class unrelated and at most
// unrelatedGap words.
func (l *Lexicon) setApart(before string) bool {
	if i := strings.LastIndexAny(before, ".;!?()"); i >= 0 {
		before = before[i+1:]
	}
	low := strings.ToLower(before)
	for cue := range l.words["unrelated"] {
		i := strings.LastIndex(low, cue)
		if i >= 0 && (i == 0 || !isNameRune(rune(low[i-1]))) && wordCount(low[i+len(cue):]) <= unrelatedGap {
			return true
		}
	}
	return false
}

// kinBefore reports whether the words before a name (before, to the
// name) introduce its holder as someone's relative: a possessive and a
// word of class kin right before it ("Her mother, ", "Hnatiuk's son ").
// A relative sharing the surname is then named as the relative, and the
// surname alone stays with the one whose relative they are.
func (l *Lexicon) kinBefore(before string) bool {
	f := lastFields(strings.TrimRight(before, " ,"), 2)
	if len(f) < 2 {
		return false
	}
	owner := Fold(f[0])
	return l.IsKin(f[1]) && (l.is("whose", owner) || StripPossessive(owner) != owner)
}

// kinCalled is the one member named in full whom a word for a relative,
// written as a name ("Baba", "Gran", "Mum"), calls: the one the text
// gives that relation as a title ("my grandmother, Emilia Sarkany").
// nil when the word is no such word, is someone's name already, or calls
// none or several.
func (c *cast) kinCalled(w string) *member {
	if strings.Contains(w, " ") || !isCapitalised(w) || !c.lx.IsKin(w) || c.byKey[c.key(w)] != nil {
		return nil
	}
	rel := c.lx.KinWord(w)
	return c.only(func(p *member) bool {
		return strings.Contains(p.name, " ") && slices.ContainsFunc(p.roles.order, func(r string) bool {
			return c.lx.KinWord(lastWord(r)) == rel
		})
	})
}

// byGiven is the one member named in full with the given name first,
// or nil when none or several are.
func (c *cast) byGiven(first string) *member {
	return c.only(func(p *member) bool {
		f := strings.Fields(p.name)
		return len(f) >= 2 && strings.EqualFold(f[0], first)
	})
}

// only is the one member of the cast who fits, in the order they were
// met; nil when none or two or more do.
func (c *cast) only(fits func(*member) bool) *member {
	var found *member
	for _, k := range c.order {
		p := c.byKey[k]
		if p == found || !fits(p) {
			continue
		}
		if found != nil {
			return nil
		}
		found = p
	}
	return found
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

// titledAfter reports an apposition right after a name that is a role
// holding a title noun (", Estonia's foreign minister,"): what makes an
// unknown pair of capitalised words a person.
func (lx *Lexicon) titledAfter(after string) bool {
	if !strings.HasPrefix(after, ",") {
		return false
	}
	for _, w := range strings.Fields(lx.roleAfter(after)) {
		// "senior vice-president of …": a title written with a hyphen.
		if w = StripPossessive(strings.Trim(w, ",.")); lx.IsTitleNoun(strings.ToLower(w)) || lx.hyphenTitle(w) {
			return true
		}
	}
	return lx.appositionHead(after) != "" || lx.personApposition(after) != "" || agedAfter(after)
}

// agedAfter reports an age set after a name: "Iryna, 41, whose son …".
func agedAfter(after string) bool {
	rest, ok := strings.CutPrefix(after, ", ")
	if !ok {
		return false
	}
	i := 0
	for i < len(rest) && i < 3 && rest[i] >= '0' && rest[i] <= '9' {
		i++
	}
	return i > 0 && i < len(rest) && rest[i] == ',' && rest[:i] != "0"
}

// whoseKinRole is what a "whose" clause right after a name (an age
// between allowed) makes the person to the relative it names: ", 58,
// whose grandson was on the second bus" → "grandmother" of a woman's name
// (g), "grandfather" of a man's, "grandparent" otherwise; "" when no
// such clause follows.
func (lx *Lexicon) whoseKinRole(tail string, g Gender) string {
	rest, ok := strings.CutPrefix(tail, ", ")
	if !ok {
		return ""
	}
	if agedAfter(tail) {
		_, rest, _ = strings.Cut(rest, ", ")
	}
	f := strings.Fields(rest)
	if len(f) < 2 || Fold(f[0]) != "whose" {
		return ""
	}
	k := Fold(strings.Trim(f[1], ",.;:"))
	if kk, ok := lx.kin[k]; ok {
		k = kk
	}
	row, ok := lx.whoseKin[k]
	switch {
	case !ok:
		return ""
	case g == Female:
		return row[0]
	case g == Male:
		return row[1]
	}
	return row[2]
}

// appositionHead is the title an apposition opens with when a relative
// clause goes on about it: ", a fisherman who has taken his boat out …"
// → "fisherman"; "" otherwise.
func (lx *Lexicon) appositionHead(after string) string {
	if !strings.HasPrefix(after, ",") {
		return ""
	}
	ws := wordsAfter(after, 1, min(len(after), 80), 5)
	if len(ws) < 2 || !isDeterminer(ws[0].w) {
		return ""
	}
	for k, w := range ws[1:] {
		lw := strings.ToLower(strings.Trim(w.w, ",.;"))
		if lx.IsTitleNoun(lw) {
			// Only a title a relative clause goes on about: "the
			// son-in-law of US President Donald Trump" is read as
			// roles are, with whose it is.
			if k+2 >= len(ws) || strings.ContainsAny(w.w, ",.;") {
				return ""
			}
			if next := strings.ToLower(ws[k+2].w); next != "who" && next != "that" && next != "which" {
				return ""
			}
			var parts []string
			for _, x := range ws[1 : k+2] {
				parts = append(parts, strings.Trim(x.w, ",.;"))
			}
			return strings.Join(parts, " ")
		}
		if lw == "who" || lw == "that" || lw == "which" || strings.ContainsAny(w.w, ",.;") {
			break
		}
	}
	return ""
}

// personApposition is what an apposition right after a name says the
// person is when no title does, in a word English uses for a person:
// ", a 52-year-old pharmacist, rolls up …" → "52-year-old pharmacist",
// ", 61, a mechanic who …" → "mechanic". "" when it says no such thing.
func (lx *Lexicon) personApposition(after string) string {
	if !strings.HasPrefix(after, ",") {
		return ""
	}
	ws := wordsAfter(after, 1, min(len(after), 100), 8)
	// An age first: ", 61, a mechanic".
	aged := false
	if len(ws) > 0 && strings.HasSuffix(ws[0].w, ",") && strings.Trim(ws[0].w, "0123456789,") == "" {
		ws, aged = ws[1:], true
		// "Liudmyla Shapoval, 58, from Sumy,": where someone is from.
		if from := placeFrom(ws); from != "" {
			return from
		}
	}
	if len(ws) < 2 || !isDeterminer(ws[0].w) || strings.ContainsAny(ws[0].w, ",.;") {
		return ""
	}
	for k := 1; k < len(ws) && k <= 3; k++ {
		w := strings.Trim(ws[k].w, ",.;")
		if lx.IsPersonNoun(strings.ToLower(w)) {
			// "the chief psychologist at …": the words for a person run
			// on to the last of them.
			for k+1 < len(ws) && !strings.ContainsAny(ws[k].w, ",.;") && lx.IsPersonNoun(strings.ToLower(strings.Trim(ws[k+1].w, ",.;"))) {
				k++
			}
			// "the son-in-law of US President Donald Trump" says whose
			// relative someone is, which roles read with the name.
			if k+2 < len(ws) && ws[k+1].w == "of" && isCapitalised(ws[k+2].w) {
				return ""
			}
			var parts []string
			for _, x := range ws[1 : k+1] {
				parts = append(parts, strings.Trim(x.w, ",.;"))
			}
			if !strings.ContainsAny(ws[k].w, ",.;") {
				// "a school cook from Nizhyn": where they are from too;
				// "the chief psychologist at the Svitanok centre": where
				// they work.
				if from := placeFrom(ws[k+1:]); from != "" {
					parts = append(parts, from)
				} else if at := bodyAt(ws[k+1:]); at != "" {
					parts = append(parts, at)
				}
			}
			return strings.Join(parts, " ")
		}
		if strings.ContainsAny(ws[k].w, ",.;") || isCapitalised(w) {
			break
		}
	}
	// "Dmytro, 34, a deminer with the service": a name, an age and a noun
	// are someone, whatever the noun.
	if w := strings.Trim(ws[1].w, ",.;"); aged && !isCapitalised(w) && !lx.is("preposition", w) {
		return w
	}
	return ""
}

// bodyAt reads "at" or "with", perhaps "the", then capitalised words and
// the lower-case noun closing them, opening ws ("at the Svitanok centre,")
// as where someone works; "" otherwise.
func bodyAt(ws []word) string {
	if len(ws) < 2 || ws[0].w != "at" && ws[0].w != "with" {
		return ""
	}
	i := 1
	if ws[i].w == "the" {
		i++
	}
	start := i
	for ; i < len(ws); i++ {
		w := strings.TrimRight(ws[i].w, ",.;")
		if !isCapitalised(w) {
			if i > start && isLowerWord(w) && w != ws[i].w {
				i++ // "centre," closing "the Svitanok centre"
			}
			break
		}
		if w != ws[i].w {
			i++
			break
		}
	}
	if i == start || !isCapitalised(ws[start].w) {
		return ""
	}
	var parts []string
	for _, x := range ws[:i] {
		parts = append(parts, strings.TrimRight(x.w, ",.;"))
	}
	return strings.Join(parts, " ")
}

// placeFrom reads "from" and a capitalised word opening ws ("from Sumy,")
// as where someone is from: "from Sumy"; "" otherwise.
func placeFrom(ws []word) string {
	if len(ws) < 2 || ws[0].w != "from" {
		return ""
	}
	place := strings.TrimRight(ws[1].w, ",.;")
	if !isCapitalised(place) || strings.ToUpper(place) == place {
		return ""
	}
	return "from " + place
}

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

// reCopulaRole reads what a sentence says its subject is, right after
// the name and an age: "Mariela Castellanos, 56, is a Chilean diplomat
// and UN assistant secretary-general who runs …".
var reCopulaRole = regexp.MustCompile(`^(?:,\s*\d{1,3},)?\s+(?:is|was|has\s+been)\s+(?:(?:an?|the)\s+|(\p{Lu}[\p{L}\-]*['’]s\s+))?([^,.;:"“”()]{3,100}?)\s*(?:[.,;:(]|\s(?:who|which|that|since|from|with|in|based)\s)`)

// reForYears closes a title with how long it has been held: "for nine
// years", "for 12 months".
var reForYears = regexp.MustCompile(`\s+for\s+(?:\S+\s+){0,2}(?:years?|months?|weeks?|decades?)$`)

// reHeldUntil opens the years a title was held to, after it: "from 2041
// to 2045", "until 2043", "between 2038 and 2041".
var reHeldUntil = regexp.MustCompile(`\s(?:from\s+\d{4}\s*(?:to|until|[-–])\s*\d{4}|until\s+\d{4}|between\s+\d{4}\s+and\s+\d{4})\b`)

// maxHeldSpan bounds how far after a title the years it was held may
// come: "from 2041 to 2045".
const maxHeldSpan = 30

// copulaRole is the title a sentence gives its subject with "is a": the
// words up to the clause that goes on about them, when the noun they
// open with is a title or a word for a person ("a Chilean diplomat", not
// "a surprise").
func (lx *Lexicon) copulaRole(after string) string {
	at := reCopulaRole.FindStringSubmatchIndex(after)
	if at == nil {
		return ""
	}
	m := []string{after[at[0]:at[1]], "", after[at[4]:at[5]]}
	if at[2] >= 0 {
		m[1] = after[at[2]:at[3]]
	}
	if wordCount(m[2]) > 10 {
		return ""
	}
	if at := reForYears.FindStringIndex(m[2]); at != nil {
		m[2] = m[2][:at[0]] // "has been headteacher for nine years"
	}
	former := ""
	if lead := strings.TrimLeft(after, " ,0123456789"); m[1] != "" && !strings.HasPrefix(lead, "is ") && !strings.HasPrefix(lead, "has been ") {
		// "Wielgosz was Poland's deputy foreign minister from 2019": a
		// title she held, perhaps hers still; "from 2019 to 2023", one
		// she holds no longer.
		until := reHeldUntil.FindStringIndex(after[at[4]:min(len(after), at[1]+maxHeldSpan)])
		if until == nil {
			return ""
		}
		if until[0] < len(m[2]) {
			// "was Poland's minister until 2043.": the years are no
			// part of the title.
			m[2] = strings.TrimSpace(m[2][:until[0]])
		}
		former = "former "
	}
	// "Marchenko, 47, is Ukraine's First Deputy Foreign Minister and,
	// since …": whose title it is, and no "and" left hanging.
	role := strings.TrimSuffix(m[1]+former+m[2], " and")
	// The noun ending its first part, before "and" or a preposition:
	// "diplomat" of "Chilean diplomat and UN …", not "nobody" of "a
	// surprise to nobody".
	head := ""
	for _, w := range strings.Fields(strings.ToLower(m[2])) {
		if w == "and" || lx.is("preposition", w) {
			break
		}
		head = w
	}
	if lx.IsTitleNoun(head) || lx.IsPersonNoun(head) {
		return role
	}
	return ""
}

// reWhoWasFor cuts what a relative clause says someone was at how long
// they were: "mayor of Harskova for thirteen years until the village
// fell".
var reWhoWasFor = regexp.MustCompile(`\s+for\s+(?:\S+\s+){0,2}(?:years?|months?|decades?)\b`)

// whoWasRole is the title a relative clause right after a name says its
// holder has or had: ", who was mayor of Harskova for thirteen years
// until the village fell," is the former mayor of Harskova (how long
// says it is over); ", who is deputy head of the mission," the deputy
// head. "" when the clause says no title (copulaRole's rule for what it
// says).
func (lx *Lexicon) whoWasRole(after string) string {
	rest, ok := strings.CutPrefix(after, ", who ")
	if !ok {
		return ""
	}
	past := strings.HasPrefix(rest, "was ") || strings.HasPrefix(rest, "had been ")
	if !past && !strings.HasPrefix(rest, "is ") && !strings.HasPrefix(rest, "has been ") {
		return ""
	}
	rest = strings.TrimPrefix(rest, "had ")
	former := false
	if at := reWhoWasFor.FindStringIndex(rest); at != nil && !strings.ContainsAny(rest[:at[0]], ",;.") {
		rest, former = rest[:at[0]]+",", past
	}
	r := lx.copulaRole(" " + rest)
	if r == "" || !former || strings.HasPrefix(r, "former ") {
		return r
	}
	return "former " + r
}

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

// maxApposWords bounds the words of a role in apposition after a name:
// two titles joined by "and" run long (", Deputy Minister of Foreign
// Affairs of Ukraine and head of the Ukrainian delegation at the Vienna
// talks,": seventeen); a clause is not a role whatever its length.
const maxApposWords = 20

// maxRoleAfter bounds the text read for a role after a name: an
// apposition is a few words, and reading on would make every name pay
// for the length of its paragraph.
const maxRoleAfter = 240

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
	if n == 0 || !isCapitalised(f[n-1]) || !lx.is("showpart", Fold(f[n-1])) || n > 1 && !opensAfter(f[n-2]) && f[n-2] != "|" {
		return ""
	}
	return Fold(f[n-1])
}

// reCreditedName is a full name a credits line gives, ending the line or
// followed by initials in brackets, a "|" or the next credit: "Marta
// Yurchenko (MY) |", "Natalia Voronova. Guest:".
var reCreditedName = regexp.MustCompile(`^\p{Lu}[\p{L}'’\-]+(?:\s+\p{Lu}[\p{L}'’\-]+){1,2}\s*(?:$|\(|\||\.\s+\p{Lu}[\p{L}\-]*:)`)

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
	if f := strings.Fields(r); len(f) > 0 && strings.HasSuffix(strings.TrimRight(text[:nameStart], " "), ",") && lx.sourceBefore(text[:nameStart], f[0]) {
		// "According to his lawyer, Mr Aeschlimann bought …": whom the
		// sentence cites, then its subject; not his title.
		return ""
	}
	if body := lx.itsBody(text[:nameStart], r); body != "" {
		// "The Kremlin, through its spokesman Gleb Anisimov": the
		// Kremlin's spokesman.
		return body + " " + r
	}
	return r
}

// sourceBefore reports the role opening at its first word (first) in
// before as someone's, the object of "according to" ("According to his
// lawyer, "): a source the sentence cites before its subject.
func (lx *Lexicon) sourceBefore(before, first string) bool {
	i := strings.LastIndex(before, first)
	if i < 0 {
		return false
	}
	lead := strings.Fields(strings.ToLower(before[:i]))
	n := len(lead)
	// "his lawyer": someone's, so not the name after the comma, which
	// opens the sentence's own clause ("according to the bank's
	// treasurer, Matthias Berg." is his title).
	return n >= 3 && lead[n-3] == "according" && lead[n-2] == "to" && lx.is("whose", lead[n-1])
}

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
	if f := lastFieldsTo(before, 2, nil); len(f) > 1 && (lx.is("honorific", Fold(f[len(f)-1])) || lx.is("givenhonorific", Fold(f[len(f)-1])) || lx.is("addressonly", Fold(f[len(f)-1]))) {
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
		switch {
		case lx.IsTitleNoun(lw):
			hasNoun = true
		case len(role) == 0 && isCapitalised(w) && lx.hyphenTitle(lw):
			// "the Spokesperson for Secretary-General Aurelio Paz": a
			// title of two joined words, right before the name, is
			// theirs; the spokesperson is someone else.
			hasNoun = true
		case len(role) == 0 && lw == w && lx.IsPersonNoun(lw):
			// "the Greek shipowner Costas Andreou", "crane operator
			// Dmytro Borysenko": a word for what someone is, right
			// before their name.
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
	if n := len(role); n >= 2 && lx.Covers(rankKind, role[n-1]) && lx.IsTitleNoun(Fold(role[n-2])) && !lx.Covers(rankKind, role[n-2]) && !lx.IsTitleNoun(Fold(role[n-2]+"-"+role[n-1])) {
		// "the navy spokesman Captain Taras Kovalchuk": a rank right
		// before the name is how they are addressed; the office is
		// the title before it ("Lieutenant General" stays one rank,
		// "Secretary General" one title).
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
		!strings.ContainsAny(given, ",.;:") && !lx.is("preposition", Fold(given)) && !lx.is("opener", Fold(given))
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
	return n > 1 && lx.is("copula", Fold(f[n-1])) && isCapitalised(f[n-2]) && !lx.is("notname", Fold(f[n-2])) && !lx.is("pronoun", Fold(f[n-2]))
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
	i := strings.LastIndex(t, " of ")
	if i < 0 || strings.ContainsAny(t[i:], ",;:") {
		return ""
	}
	at := len(before) - len(t) + i
	if r := lx.roleRightBefore(before[:at]+" X", at+1); r != "" {
		return r + before[at:]
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

// ofTitleBefore reads a title of a body set before a name with a comma:
// "The head of the IAEA, Hanne Lindqvist", "the deputy chair of the
// Committee on Foreign Affairs, …": a title noun, the words qualifying
// it, "of" or "for" (rolejoin, rolefor) and a body whose words are
// capitalised or join them. before is the text up to the name.
func (lx *Lexicon) ofTitleBefore(before string) string {
	t := strings.TrimRight(before, " ")
	if !strings.HasSuffix(t, ",") || len(t) == len(before) {
		return ""
	}
	fields := lastFieldsTo(t[:len(t)-1], maxForBody+6, func(w string) bool { return strings.ContainsAny(w, ",;:()\"“”.") })
	if len(fields) == 0 {
		return ""
	}
	// The body is a name's ("of the IAEA"), or a few plain words after
	// "the" ("Norway's special envoy for the talks, Torbjørn Lysne", "the
	// head of the delegation, …").
	plain := !unicode.IsUpper(firstRune(fields[len(fields)-1]))
	// A title word, or a capitalised word for a person ("the Registrar of
	// the Court").
	titled := func(w string) bool {
		return lx.IsTitleNoun(Fold(w)) || isCapitalised(w) && lx.IsPersonNoun(Fold(w))
	}
	j := len(fields) - 1
	for ; j >= 0 && len(fields)-1-j <= maxForBody; j-- {
		w := fields[j]
		if strings.ContainsAny(w, ",;:()\"“”.") {
			return ""
		}
		lw := Fold(w)
		if (lw == "of" || lx.is("rolefor", lw)) && j > 0 && titled(fields[j-1]) {
			break
		}
		if lx.is("rolefor", lw) && j >= 3 && fields[j-2] == "of" && isCapitalised(fields[j-1]) && titled(fields[j-3]) {
			// "Qatar's Minister of State for International
			// Cooperation, …": the title's own "of" before its "for".
			j -= 2
			break
		}
		if plain && len(fields)-1-j >= maxPlainBody {
			return ""
		}
		if !plain && !unicode.IsUpper(firstRune(w)) && !lx.is("rolejoin", lw) {
			return ""
		}
	}
	if j < 1 || len(fields)-1-j > maxForBody || plain && (j+1 >= len(fields) || Fold(fields[j+1]) != "the") {
		return ""
	}
	k := j - 1
	for k > 0 && (lx.IsModifier(Fold(fields[k-1])) || Possessive(fields[k-1]) && isCapitalised(fields[k-1])) {
		k-- // "Japan's ambassador to Ukraine": whose it is too
	}
	return strings.Join(fields[k:], " ")
}

// maxOwnerWords bounds the capitalised words of a body that owns a
// title set before a name: "The European Union Aviation Safety Agency's".
const maxOwnerWords = 6

// titleAppositionBefore reads a title set before a name's own with a
// comma, opening its sentence: "The mediator, OSCE special envoy Henrik
// Vaaler" (off is where "OSCE" starts) gives "mediator". A determiner or a
// possessive, modifiers, then a title noun; nothing else.
func (lx *Lexicon) titleAppositionBefore(text string, off int) string {
	if off <= 0 || off > len(text) {
		return ""
	}
	before := strings.TrimRight(text[:off], " ")
	if !strings.HasSuffix(before, ",") {
		return ""
	}
	before = before[:len(before)-1]
	start := strings.LastIndexAny(before, ".!?:;\"“”,(") + 1
	ws := strings.Fields(before[start:])
	if len(ws) > 1 && lx.verbForm(ws[0]) != nil && (isDeterminer(ws[1]) || Possessive(ws[1])) {
		ws = ws[1:] // `"…," said Russia's chief negotiator, Deputy Foreign Minister …`
	}
	if len(ws) > 0 && (ws[0] == "and" || ws[0] == "but") {
		ws = ws[1:] // "…, and the Holy See's special envoy, Cardinal …"
	} else if start > 0 && before[start-1] == ',' && isCapitalised(lastWord(strings.TrimRight(before[:start-1], " "))) {
		// "Emmanuel Macron, the French president, Keir Starmer, …": the
		// title set after a name between commas is that name's.
		return ""
	}
	for i := 1; i+1 < len(ws) && i <= 3 && !isDeterminer(ws[0]); i++ {
		if isDeterminer(ws[i]) && lx.is("preposition", Fold(ws[i-1])) {
			ws = ws[i:] // "Statement by the official representative of …, "
			break
		}
	}
	if len(ws) < 2 || len(ws) > 12 || !isDeterminer(ws[0]) && !Possessive(ws[0]) {
		return ""
	}
	if n := len(ws); n > 2 && lx.is("whereadverb", Fold(ws[n-1])) {
		// "the chief vet there, Dr Yelena Voronova": where they serve.
		ws = ws[:n-1]
	}
	// "the official representative of the Ministry of Defence, Major
	// General Igor Belyakov": a title of a body named after it.
	all := ws
	// "Director-General": a title written with a hyphen.
	titleWord := func(w string) bool { return lx.IsTitleNoun(Fold(w)) || lx.hyphenTitle(w) }
	if k := slices.IndexFunc(ws, func(w string) bool { return lx.is("whereprep", Fold(w)) }); k > 1 && len(ws)-k-1 <= maxWhereWords && titleWord(ws[k-1]) && everyWord(strings.Join(ws[k+1:], " "), isLowerWord) {
		// "the chief vet on the other bank, Dr Voronova": the title,
		// then where its holder serves, in a few lower-case words.
		ws = ws[:k]
	}
	if k := slices.IndexFunc(ws, func(w string) bool { return w == "of" || w == "for" }); k > 1 && k < len(ws)-1 && (lx.namesBody(strings.TrimPrefix(strings.Join(ws[k+1:], " "), "the ")) || titleWord(ws[k-1]) && (lx.IsOrganisationWord(ws[len(ws)-1]) || portfolio(ws[k+1:]) || ws[k] == "for" && len(ws)-k-1 <= 2)) {
		// Or "the head of the Sumy regional military administration":
		// a title of a body written in lower case, ending in a word for
		// one; or "special envoy for humanitarian mediation", "Assistant
		// Director-General for Culture": a title for a field, in a few
		// lower-case words or one or two after "for".
		ws = ws[:k]
	}
	if !titleWord(ws[len(ws)-1]) {
		return ""
	}
	// "the Holy See's special envoy", "The European Union Aviation Safety
	// Agency's executive director": whose, in capitalised words ending in
	// a possessive, then what.
	owner := 1
	for k := 1; k < len(ws)-1 && k <= maxOwnerWords; k++ {
		if !isCapitalised(ws[k]) {
			break
		}
		if Possessive(ws[k]) {
			owner = k + 1
			break
		}
	}
	if len(ws)-owner > 5 {
		return ""
	}
	for _, w := range ws[owner : len(ws)-1] {
		// "Russia's delegation head": the part of a body whose it says;
		// "Russia's foreign ministry spokeswoman": the body, in lower
		// case, whose it says.
		// "The UN special envoy for water": a body's initials own it.
		if f := Fold(StripPossessive(w)); !lx.IsModifier(f) && !lx.IsTitleNoun(f) && !((owner > 1 || Possessive(ws[0])) && lx.is("part", f)) && !lx.is("orgword", f) && !lx.IsOffice(f) && !isInitials(w) {
			return ""
		}
	}
	if isDeterminer(all[0]) {
		all = all[1:]
	}
	return strings.Join(all, " ")
}

// maxWhereWords is the most words after a title's "on" or "at" that say
// where its holder serves ("on the other bank").
const maxWhereWords = 4

// portfolio reports a field a title is for, in a few lower-case words
// ("humanitarian mediation", "nuclear safety").
func portfolio(ws []string) bool {
	if len(ws) == 0 || len(ws) > 3 {
		return false
	}
	for _, w := range ws {
		if !isLowerWord(w) {
			return false
		}
	}
	return true
}

// maxForBody is the most words the body a title is for may take before
// a name ("Defence and Space", "Foreign Affairs"); maxForReach the bytes
// before a name within which its "for" must stand.
const (
	maxForBody   = 6
	maxPlainBody = 4 // "the talks", "the Nova Maiachka community"
	maxForReach  = 120
)

// forTitleBefore reports whether the words right before off are a title
// for or of a body, or its start ("Commissioner for Enlargement ",
// "Deputy Minister for Foreign Affairs ", "Deputy Minister of
// Infrastructure ", "Commissioner for Defence and "): a title word,
// "for" or "of", then capitalised words and the words that join them. start is where the title begins, with the words that qualify it
// ("Deputy").
func (lx *Lexicon) forTitleBefore(text string, off int) (start int, ok bool) {
	before := text[:off]
	if len(before) == 0 || !unicode.IsSpace(lastRune(before)) || !strings.Contains(before[max(0, len(before)-maxForReach):], " for ") && !strings.Contains(before[max(0, len(before)-maxForReach):], " of ") {
		// Most names have no title for a body before them: say so
		// without reading the words.
		return 0, false
	}
	// In text order; the last is the word right before off.
	fields := lastFieldsTo(before, maxForBody+6, func(w string) bool { return strings.ContainsAny(w, ",;:()\"“”.") })

	// "for", or "of" right after a capitalised title ("Deputy Minister
	// of Infrastructure "): inside a body's name "of" only joins its
	// words ("Trade of the Realm").
	opens := func(j int) bool {
		return lx.is("rolefor", fields[j]) || fields[j] == "of" && j > 0 && lx.IsTitleNoun(Fold(fields[j-1])) && unicode.IsUpper(firstRune(fields[j-1]))
	}
	j := len(fields) - 1
	for ; j >= 0 && len(fields)-1-j < maxForBody; j-- {
		w := fields[j]
		if opens(j) || !unicode.IsUpper(firstRune(w)) && !lx.is("rolejoin", w) || strings.ContainsAny(w, ",;:()\"“”.") {
			break
		}
	}
	if j < 1 || j == len(fields)-1 || !opens(j) {
		return 0, false
	}
	// The title before "for": its noun, and the words qualifying it.
	k := j - 1
	if k >= 2 && fields[k-1] == "of" && unicode.IsUpper(firstRune(fields[k])) && !lx.IsTitleNoun(Fold(fields[k])) {
		// "Minister of State for Foreign Affairs": the title's own "of".
		k -= 2
	}
	if !lx.IsTitleNoun(Fold(fields[k])) || !unicode.IsUpper(firstRune(fields[k])) {
		return 0, false
	}
	for k > 0 && lx.IsModifier(Fold(fields[k-1])) && unicode.IsUpper(firstRune(fields[k-1])) {
		k--
	}
	// Where the k-th field starts: count back over the fields after it.
	start = len(before)
	for n := len(fields) - 1; n >= k; n-- {
		start = strings.LastIndex(before[:start], fields[n])
	}
	return start, true
}

// forBodyBefore reports whether the words right before off are a title
// word and "for" ("member for ", "Minister for "), in any case.
func (lx *Lexicon) forBodyBefore(text string, off int) bool {
	f := strings.Fields(text[max(0, off-40):off])
	if len(f) < 2 || off == 0 || !unicode.IsSpace(lastRune(text[:off])) {
		return false
	}
	if !lx.is("rolefor", strings.ToLower(f[len(f)-1])) {
		return false
	}
	// "the Kharkiv Institute for Mine Action Studies": a body's name
	// going on after its word for what it is (whatever given name "Mine"
	// may be).
	prev := f[len(f)-2]
	return lx.IsTitleNoun(Fold(prev)) || isCapitalised(prev) && lx.IsOrganisationWord(Fold(prev))
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

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// countryInBrackets reads a country in brackets right after a name, as
// meetings coverage names a speaker ("Mike Waltz (United States) said"):
// the country's representative ("US representative").
func (lx *Lexicon) countryInBrackets(after string) string {
	adj := lx.nationInBrackets(after)
	if adj == "" || len(lx.words["countryrole"]) == 0 {
		return ""
	}
	return adj + " " + slices.Sorted(maps.Keys(lx.words["countryrole"]))[0]
}

// nationInBrackets is the adjective of the country in brackets right
// after a name ("Dutch" of " (Netherlands)"); "" when none is.
func (lx *Lexicon) nationInBrackets(after string) string {
	in, ok := bracketsAfter(after, 40)
	if !ok {
		return ""
	}
	n, ok := lx.Nation(strings.TrimSpace(in))
	if !ok {
		return ""
	}
	return n.Adjective
}

// bracketsAfter is what brackets right after a name hold (" (Chair)"),
// when they close within most bytes.
func bracketsAfter(after string, most int) (string, bool) {
	if !strings.HasPrefix(after, " (") {
		return "", false
	}
	end := strings.IndexByte(after, ')')
	if end < 0 || end > most {
		return "", false
	}
	return after[2:end], true
}

// partyInBrackets is the party whose abbreviation (parties.tsv) stands in
// brackets right after a name ("Deputy Aoife Kearney (SF)"), or "".
func (lx *Lexicon) partyInBrackets(after string) string {
	in, ok := bracketsAfter(after, 12)
	if !ok {
		return ""
	}
	return lx.parties[in]
}

// titleInBrackets is a title in brackets right after a name, as a
// committee's list of members gives its chair ("Dame Caroline Ashby
// (Chair);"): a few words ending in a title noun, nothing else.
func (lx *Lexicon) titleInBrackets(after string) string {
	in, ok := bracketsAfter(after, 60)
	if !ok {
		return ""
	}
	if lx.parties[in] != "" {
		// "Deputy Fionnuala Brennan (Lab) (Chair)": the party, then
		// the title.
		return lx.titleInBrackets(after[len(in)+3:])
	}
	ws := strings.Fields(in)
	if k := slices.Index(ws, "of"); k > 0 && k < len(ws)-1 && len(ws) <= 8 && lx.IsTitleNoun(Fold(ws[k-1])) && capitalisedBody(ws[k+1:]) {
		// "Ambassador Gennady Vorontsov (Head of the Russian
		// Delegation)": a title of a body, as minutes list those present.
		ws = ws[:k]
		for _, w := range ws {
			if f := Fold(w); !lx.IsModifier(f) && !lx.IsTitleNoun(f) {
				return ""
			}
		}
		return in
	}
	if len(ws) == 0 || len(ws) > 4 || !lx.IsTitleNoun(Fold(ws[len(ws)-1])) {
		return ""
	}
	for _, w := range ws[:len(ws)-1] {
		if f := Fold(w); !lx.IsModifier(f) && !lx.IsTitleNoun(f) {
			return ""
		}
	}
	return strings.Join(ws, " ")
}

// capitalisedBody reports words naming a body as a title's "of" names it:
// capitalised words, "the" first perhaps ("the Russian Delegation").
func capitalisedBody(ws []string) bool {
	if len(ws) > 0 && ws[0] == "the" {
		ws = ws[1:]
	}
	if len(ws) == 0 {
		return false
	}
	for _, w := range ws {
		if !isCapitalised(w) {
			return false
		}
	}
	return true
}

// compoundWord reports whether a lower-case word can stand before a title
// word as part of it ("port" director), as no verb, adverb or function
// word can.
func (lx *Lexicon) compoundWord(w string) bool {
	if len(w) < 3 || lx.is("stop", w) || lx.is("preposition", w) || lx.is("opener", w) || lx.NotName(w) || reVerbish.MatchString(w) {
		return false
	}
	if Possessive(w) {
		return false
	}
	for _, suf := range []string{"ed", "ing", "ly"} {
		if strings.HasSuffix(w, suf) {
			return false
		}
	}
	for _, r := range w {
		if !unicode.IsLower(r) {
			return false
		}
	}
	return true
}

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

var (
	reVerbish   = regexp.MustCompile(`\b(?:took|takes|was|were|is|are|has|had|have|said|says|will|would|could|did|does)\b`)
	reApposRole = regexp.MustCompile(`^,\s+((?:a|an|the)\s+)?([^,.;:"“”\]]{3,140}?)\s*(?:[,.;\]]|\n|$)`)
	reApposAnd  = regexp.MustCompile(`^,\s+((?:a|an|the)\s+)?([^,.;:"“”]{3,140}?)\s+and\s+`)
	reOrgRole   = regexp.MustCompile(`^\s+(?:from|of|at)\s+the\s+((?:\p{Lu}[\p{L}\-]*|for|and|of|on|the|&)(?:\s+(?:\p{Lu}[\p{L}\-]*|for|and|of|on|the|&))*(?:\s+\([\p{Lu}\p{L}]+\))?)`)
)

// reRelativeAfterComma is a relative clause right after a comma: ",
// whose husband …".
var reRelativeAfterComma = regexp.MustCompile(`^,\s*(?:who|whose|which)\s`)

// reRelativeOpens is a relative clause opening inside an apposition:
// " who has patrolled …", " which builds …".
var reRelativeOpens = regexp.MustCompile(`\s+(?:who|whose|which)\s`)

// reBracketThenComma is a few words in brackets right after a name, then
// a comma: " (European Choice),".
var reBracketThenComma = regexp.MustCompile(`^\s*\([^()]{1,50}\)\s*,`)

// oneOfMany rewrites an apposition naming its holder as one of several
// ("Irena Stojan, one of two nurses in the medical carriage,") as one
// naming a single holder (", a nurse in the medical carriage,"), which
// roleAfter reads: the plural title noun, up to three words after "one
// of" and its article or number, made singular. after is returned as it
// is when it opens otherwise.
func (lx *Lexicon) oneOfMany(after string) string {
	rest, ok := strings.CutPrefix(after, ", one of ")
	if !ok {
		return after
	}
	fs := strings.SplitN(rest, " ", 6)
	i := 0
	if f := Fold(fs[0]); len(fs) > 1 && (lx.is("stop", f) || lx.is("manyword", f) || isNumeral(f)) {
		i = 1 // "the", "two", "12"
	}
	for k := i; k < min(i+3, len(fs)); k++ {
		w := strings.TrimRight(fs[k], ",.;")
		one := singularOf(w)
		if one == "" || !lx.IsTitleNoun(one) && !lx.IsPersonNoun(one) {
			continue
		}
		head := strings.Join(append(slices.Clone(fs[i:k]), one+fs[k][len(w):]), " ")
		if StripPossessive(fs[i]) == fs[i] {
			head = "a " + head // "NorthLine's senior driver" needs none
		}
		return ", " + head + rest[len(strings.Join(fs[:k+1], " ")):]
	}
	return after
}

// singularOf is a plural noun made singular ("nurses" → "nurse",
// "witnesses" → "witness"), "" for a word that is not plural so.
func singularOf(w string) string {
	switch {
	case strings.HasSuffix(w, "men") && len(w) > 3:
		return w[:len(w)-3] + "man" // "spokesmen", "firemen"
	case strings.HasSuffix(w, "sses"), strings.HasSuffix(w, "ches"), strings.HasSuffix(w, "shes"):
		return w[:len(w)-2]
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && len(w) > 3:
		return w[:len(w)-1]
	}
	return ""
}

// roleAfter reads a role in apposition after a name: ", a security expert
// at the German Marshall Fund," or " of the German Council on Foreign
// Relations (DGAP)".
func (lx *Lexicon) roleAfter(after string) string {
	if rest, ok := strings.CutPrefix(strings.TrimLeft(after, " "), "|"); ok {
		// "Forwarded from Taras Kovalchuk | Foreign Minister of
		// Ukraine": a channel's or a byline's title, set apart by a bar.
		after = "," + rest
	} else if rest, ok := strings.CutPrefix(after, " / "); ok {
		// "L3: RAUF MAMMADLI / DEPUTY FOREIGN MINISTER OF AZERBAIJAN",
		// a caption's name and title, set apart by a slash, shouted as
		// a caption is.
		line, more, _ := strings.Cut(rest, "\n")
		if strings.ToUpper(line) == line {
			line = lx.UnshoutRole(line)
		}
		after = ", " + line + "\n" + more
	}
	for _, dash := range []string{" — ", " – ", " - "} {
		if rest, ok := strings.CutPrefix(after, dash); ok {
			// "Dr Adwoa Mensah — head of the IASO team at the plant", "*
			// Taras Dovhal - chief executive of Naftogaz", a who's-who
			// line: a dash sets the title apart as a comma.
			after = ", " + rest
			break
		}
	}
	after = lx.oneOfMany(after)
	if r := lx.countryInBrackets(after); r != "" {
		return r
	}
	if r := lx.titleInBrackets(after); r != "" {
		return r
	}
	if b := reBracketThenComma.FindStringIndex(after); b != nil {
		// "Oleksiy Marchuk (European Choice), Chair": a party or a body
		// in brackets, then the title.
		return lx.roleAfter(after[b[1]-1:])
	}
	aged := false
	if loc := reAgeAfter.FindStringIndex(after); loc != nil {
		// "Marja-Liisa Koskinen, 71, the OSCE's special envoy": the
		// age first, then the role, which a relative clause after it
		// ("…, a retired teacher who lives two doors down") is not
		// part of.
		after, aged = after[loc[1]-1:], true
		if reRelativeAfterComma.MatchString(after) {
			return "" // ", 64, whose husband …": no role
		}
	}
	var m []string
	if strings.HasPrefix(after, ",") { // as reApposRole opens
		m = reApposRole.FindStringSubmatch(after)
	}
	if m != nil && (aged || reVerbish.MatchString(m[2])) {
		// ", a former Irish army officer who has patrolled Sector E
		// since April,": the role ends where a clause about them
		// opens, which the role could not hold.
		if i := reRelativeOpens.FindStringIndex(m[2]); i != nil && i[0] > 0 && !reVerbish.MatchString(m[2][:i[0]]) {
			m = []string{m[0][:strings.Index(m[0], m[2])+i[0]], m[1], m[2][:i[0]]}
		}
	}
	if strings.HasPrefix(after, ",") && (m == nil || wordCount(m[2]) > maxApposWords) {
		// ", head of the inventory working group at Ukraine's Ministry
		// of Culture and one of Ukraine's four members on …": two titles
		// joined, too long for one; the first is one on its own.
		if a := reApposAnd.FindStringSubmatch(after); a != nil && wordCount(a[2]) <= maxApposWords {
			m = a
		}
	}
	if m != nil && !strings.HasSuffix(m[0], ";") && lx.nameOpensClause(after[len(m[0]):]) {
		// "Oleksiy, the Russian deputy negotiator, Mr. Shubin, said …":
		// the role is the next name's, the subject of what follows; the
		// name before is someone addressed. Not after a semicolon, which
		// closes an item of a list ("Judge Renata Figueira Lobo (Brazil),
		// Presiding Arbitrator; Professor Hannu Virtanen …").
		m = nil
	}
	if m != nil {
		// ", president of the Ukrainian Grain Exporters Union - and, he
		// tells me, no relation to …": a dash closes the title.
		for _, dash := range []string{" - ", " – ", " — "} {
			if i := strings.Index(m[2], dash); i > 0 {
				m = []string{m[0][:strings.Index(m[0], m[2])+i], m[1], m[2][:i]}
			}
		}
	}
	if m != nil && strings.Count(m[2], "(") > strings.Count(m[2], ")") {
		// ", head of the IASO team at the plant (observer, without the
		// right to speak)": a bracket the role does not close opens a
		// remark on it, no part of it.
		i := strings.LastIndex(m[2], "(")
		m = []string{m[0][:strings.Index(m[0], m[2])+i], m[1], strings.TrimRight(m[2][:i], " ")}
	}
	if m != nil && m[1] == "" {
		// ", her deputy on the delegation": whose they are, then the
		// title; the title is theirs.
		if w, rest, ok := strings.Cut(m[2], " "); ok && lx.is("whose", Fold(w)) {
			m = []string{m[0], w + " ", rest}
		}
	}
	if m != nil && wordCount(m[2]) <= maxApposWords && !reVerbish.MatchString(m[2]) && strings.Count(m[2], "(") == strings.Count(m[2], ")") {
		words := strings.Fields(m[2])
		// Without an article the role must open with its noun or a
		// modifier: ", head of the coordination headquarters,".
		first := words[0]
		// ", Ukraine's chief negotiator,": a country or body's title.
		r, _ := utf8.DecodeRuneInString(first)
		owner := unicode.IsUpper(r) && Possessive(first)
		// ", Chief Dispatcher of Energonet Ukraine,": a capitalised word
		// between a title and "of" is part of the title, not a name.
		ofBody := len(words) >= 3 && words[2] == "of"
		// ", research director of …", ", Geneva correspondent for …": a
		// word that makes the title a kind of it, then the title.
		kind := len(words) > 1 && lx.IsTitleNoun(Fold(words[1])) && (lx.compoundWord(first) || isCapitalised(first) && !lx.IsTitleNoun(Fold(first)))
		if (m[1] != "" || owner || kind || lx.IsTitleNoun(first) || lx.IsModifier(first)) && (ofBody || !lx.titleThenName(words)) {
			for _, w := range words {
				if lx.IsTitleNoun(w) || lx.hyphenTitle(w) {
					return m[2] + lx.bodiesAfter(after, m[0])
				}
			}
		}
		if r := lx.bareApposition(after, m); r != "" {
			return r
		}
	}
	if !orgRoleMayFollow(after) {
		return ""
	}
	if m = reOrgRole.FindStringSubmatch(after); m != nil {
		return orgName(m[1])
	}
	return ""
}

// nameOpensClause reports text opening with a person's name — an
// honorific and a capitalised word ("Mr. Shubin"), or two capitalised
// words — then a comma or not, and a lower-case word other than a
// joining one: the name is the subject of a clause ("Mr. Shubin, said in
// Vienna", "Arkady Shubin told"), not the next item of a list
// ("Emmanuel Macron, the French president, and …").
func (lx *Lexicon) nameOpensClause(text string) bool {
	if i := strings.IndexFunc(text, func(r rune) bool { return !unicode.IsSpace(r) }); i < 0 || strings.Contains(text[:i], "\n") {
		return false // the next line: a list of guests, one a line
	}
	ws := strings.Fields(text)
	n := 0
	if len(ws) > 0 {
		if _, ok := lx.HonorificGender(strings.TrimSuffix(ws[0], ".")); ok {
			n = 1
		}
	}
	caps := 0
	for n < len(ws) && caps < 3 && isCapitalised(ws[n]) && !strings.ContainsAny(ws[n][:len(ws[n])-1], ",.;:") {
		last := strings.HasSuffix(ws[n], ",")
		n++
		caps++
		if last {
			break
		}
	}
	if caps == 0 || caps == 1 && n == 1 || n >= len(ws) {
		return false
	}
	next := strings.Trim(ws[n], ",.;:")
	return isLowerWord(next) && !lx.is("conjunction", next) && !lx.is("preposition", next) && !isDeterminer(next) &&
		!lx.IsTitleNoun(next) && !lx.IsPersonNoun(next) && !lx.IsModifier(next) // "Adaeze Okafor, deputy head"
}

// maxBareRole is the most words a role in apposition without an article
// may take: ", team leader,", ", technical field manager,".
const maxBareRole = 4

// hyphenTitle reports a title joined by a hyphen, in a role after a
// name (", UNESCO's Assistant Director-General for Culture,", ", the JICA
// senior vice-president") or capitalised right before it
// ("Secretary-General Aurelio Paz"). Read there only: elsewhere such a
// word may be a body's title standing for the body ("the
// Secretary-General's report").
func (lx *Lexicon) hyphenTitle(w string) bool {
	a, b, ok := strings.Cut(Fold(w), "-")
	if ok && a != "" && strings.Contains(b, "-") && !strings.HasSuffix(b, "-") {
		// "ambassador-at-large": a title, then what qualifies it.
		return lx.IsTitleNoun(a)
	}
	return ok && a != "" && b != "" && (lx.IsTitleNoun(a) || lx.IsTitleNoun(b))
}

// bareApposition reads a role in apposition written without an article,
// as credits under pull quotes and captions write them: ", team leader,
// Safe Fields Initiative" → "team leader, Safe Fields Initiative". Lower
// case words ending in a word for a person (m is reApposRole's match on
// after), and the body they work for when capitalised words follow up
// to the end of the line or clause.
func (lx *Lexicon) bareApposition(after string, m []string) string {
	role := m[2]
	if i := reRelativeOpens.FindStringIndex(role); i != nil && i[0] > 0 && m[1] != "" {
		// ", the Ghanaian physicist who leads the team,": what they
		// are, then a clause about them. Only after an article: ",
		// remembers a junior lawyer who …" is a clause itself.
		role = role[:i[0]]
	}
	words := strings.Fields(role)
	if len(words) > maxBareRole {
		return ""
	}
	for _, w := range words {
		// ", the Ghanaian physicist,": a nation's word may stand before
		// the noun, as in a title.
		if !isLowerWord(w) && (m[1] == "" || !lx.IsModifier(w)) {
			return ""
		}
	}
	if last := words[len(words)-1]; !lx.IsPersonNoun(last) || lx.is("stop", last) || lx.is("preposition", words[0]) {
		return ""
	}
	if role != m[2] {
		return role
	}
	return role + lx.bodiesAfter(after, m[0])
}

// bodiesAfter is what a credit line sets after a title, each after a
// comma: the unit, the body, the city ("Senior Fellow, Nuclear Security
// Programme, Kahlenberg Institute for Security Policy, Vienna"), as long
// as each is capitalised words (and the words joining them) and the
// last closes the line or its clause. matched is the apposition read so
// far, ending in its comma; "" when nothing follows it so.
func (lx *Lexicon) bodiesAfter(after, matched string) string {
	if !strings.HasSuffix(matched, ",") {
		return ""
	}
	rest := after[len(matched):]
	var out strings.Builder
	for k := 0; k < maxBodies; k++ {
		end := strings.IndexAny(rest, ",.;:\n\"“”()")
		if end < 0 {
			end = len(rest)
		}
		seg := strings.Fields(rest[:end])
		if len(seg) == 0 || len(seg) > maxForBody || !isCapitalised(seg[0]) || !isCapitalised(seg[len(seg)-1]) {
			break
		}
		if slices.ContainsFunc(seg, func(w string) bool {
			return !isCapitalised(w) && !lx.is("rolejoin", w) && !lx.is("rolefor", w)
		}) {
			break
		}
		if _, given := get(lx.given, seg[0]); given && len(seg) <= 3 {
			break // "…, the French president, Keir Starmer, …": the next person, not a body
		}
		out.WriteString(", " + strings.Join(seg, " "))
		if end < len(rest) && rest[end] == '(' {
			// "…, Foreign, Commonwealth and Development Office (FCDO)":
			// the body's short name is the role's too.
			if acr, _, ok := strings.Cut(rest[end+1:], ")"); ok && isInitials(acr) {
				out.WriteString(" (" + acr + ")")
			}
		}
		if end == len(rest) || rest[end] != ',' {
			break
		}
		rest = rest[end+1:]
	}
	return out.String()
}

// maxBodies is the most parts a credit line sets after a title.
const maxBodies = 4

// isLowerWord reports a word of lower-case letters (and hyphens).
func isLowerWord(w string) bool {
	for _, r := range w {
		if !unicode.IsLower(r) && r != '-' {
			return false
		}
	}
	return w != ""
}

var (
	// "… has been chief executive of UkrTransGrid, …"
	rePredicateIs = regexp.MustCompile(`^\s+(?:is|was|has been|had been)\s+(?:(?:the|a|an)\s+)?([\p{L}\-]+(?:\s+[\p{L}\-]+){0,3}?)\s+(of|at)\s+((?:the\s+)?\p{Lu}[\p{L}\-]*(?:\s+(?:\p{Lu}[\p{L}\-]*|for|of|and))*)`)
	// "Olha Saranska, is a vet nurse riding in lorry 7": what someone
	// is, a noun for a person after "is a", ending its clause or going
	// on with a participle or a preposition.
	rePredicateIsA = regexp.MustCompile(`^,?\s+(?:is|was)\s+(?:a|an)\s+([\p{L}\-]+(?:\s+[\p{L}\-]+){0,2}?)(?:\s*[.,;:]|\s+(?:\p{Ll}+ing|in|at|on|with|for|from|who)\b|\s*$)`)
	// "…, spent four years as a ceasefire monitor in …"
	rePredicateAs = regexp.MustCompile(`^(?:,[^,.;:"“”]{1,160},|,)?\s+[\p{L}\- ]{0,60}?\bas\s+(?:an?|the)\s+([\p{L}\-]+(?:\s+[\p{L}\-]+){0,3}?)(?:[.,;:]|\s(?:in|from|at|after|on|for|until|since|between|and)\s)`)
)

// predicateHead is the expression of a title given by a verb
// (predicate_roles.tsv) after a name: "…, is to head the planned
// ceasefire monitoring mission.", "… directs the Eastern Europe
// programme at …"; %s is the verbs' forms.
const predicateHead = `^(?:,[^,.;:"“”]{1,160},)?` + predicateDirect

// predicateDirect is predicateHead without an apposition before the verb:
// the verb of the clause right after the name. Its object is a noun
// phrase after a determiner, a possessive, a capitalised name, perhaps
// numbered ("flew Kestrel 14"), or a noun and its number ("drives truck
// 9", "runs ward 3B").
const predicateDirect = `(?:,\s+who)?\s+(?:(?:is|was|will|would|has been|had been|has|had)\s+)?(?:(?:set|due|expected|appointed|named|chosen)\s+)?(?:to\s+|be\s+)*(%s)\s+((?:the|a|an)\s+[\p{L}\-'’ ]{3,80}?|\p{Lu}[\p{L}\-]*['’]s\s+[\p{L}\-'’ ]{3,80}?|\p{Lu}[\p{L}\-]+(?:\s+(?:of\s+|for\s+)?\p{Lu}[\p{L}\-]+){0,5}(?:\s+\d+[A-Z]?)?|\p{Ll}+\s+\d+[A-Z]?)\s*(?:[.,;:]|\s(?:in|from|at|after|on|for|until|since|which|that|and|together|alongside|jointly)\s)`

// mayGiveTitle reports whether a word of after opens with one of the
// verbs' forms: one pass over the text, looking up only the forms that
// start with each word's first letter.
func (lx *Lexicon) mayGiveTitle(after string) bool {
	for i := 0; i+1 < len(after); i++ {
		if after[i] != ' ' {
			continue
		}
		rest := after[i+1:]
		for _, st := range lx.predicateByFirst[rest[0]] {
			if strings.HasPrefix(rest, st) {
				return true
			}
		}
	}
	return false
}

// predicateExpr compiles predicateHead over the verbs' forms, longest
// first so that "heads" is read before "head".
func predicateExpr(head string, forms map[string]string) *regexp.Regexp {
	var fs []string
	for f := range forms {
		fs = append(fs, regexp.QuoteMeta(f))
	}
	sort.Slice(fs, func(i, j int) bool { return len(fs[i]) > len(fs[j]) || len(fs[i]) == len(fs[j]) && fs[i] < fs[j] })
	return regexp.MustCompile(fmt.Sprintf(head, strings.Join(fs, "|")))
}

// reBodyAfter is the body a title's object belongs to, right after it:
// " programme at the Bergen Institute for Conflict Studies".
var reBodyAfter = regexp.MustCompile(`^((?:\s+\p{Ll}+){0,2}?)\s+(?:at|of)\s+the\s+(\p{Lu}[\p{L}\-]*(?:\s+(?:\p{Lu}[\p{L}\-]*|for|and|of|on))*)`)

// bodyContinues is what a title read up to its object goes on with when
// the object is part of a named body ("the Eastern Europe programme at
// the Hamburg Institute …"): that part of the text, or "".
func bodyContinues(tail string) string {
	m := reBodyAfter.FindStringSubmatchIndex(tail)
	if m == nil {
		return ""
	}
	org := orgName(tail[m[4]:m[5]])
	if org == "" {
		return ""
	}
	return tail[:m[4]] + org
}

// orgName is a body's name as a capitalised run gives it, without the
// joining words it may end on ("the Hamburg Institute for Security
// and"): "" when under two words are left.
func orgName(run string) string {
	org := strings.TrimSpace(run)
	for _, tail := range []string{" and", " of", " on", " the", " for", " &"} {
		org = strings.TrimSuffix(org, tail)
	}
	if wordCount(org) < 2 {
		return ""
	}
	return org
}

// predicateRole reads a title the sentence gives a name as its subject:
// "X is to head the monitoring mission" (head of the monitoring mission),
// "X spent four years as a ceasefire monitor" (ceasefire monitor).
func (lx *Lexicon) predicateRole(after string) string {
	if m := reAgeAfter.FindStringIndex(after); m != nil && strings.HasPrefix(after[m[1]:], " who ") {
		// "Serhiy Lytvyn, 54, who has commanded the ship": past the age.
		after = after[m[1]-1:]
	}
	if r := lx.whoWasRole(after); r != "" {
		return r
	}
	// The expressions run only where their verb or "as" stands.
	head := lx.mayGiveTitle(after)
	been := strings.Contains(after, " been ") || strings.HasPrefix(after, " is ") || strings.HasPrefix(after, " was ")
	if !head && !been && !strings.Contains(after, " as ") {
		return lx.isARole(after)
	}
	if head {
		if m := lx.predicateRe.FindStringSubmatchIndex(after); m != nil {
			if r := lx.predicateTitle(after, m); r != "" {
				if as := lx.asRole(after); as != "" && !strings.Contains(after[:m[2]], " who ") {
					// "Ruslan Vakulenko, 27, drove a tractor … before he
					// retrained as a deminer": what he did, and what the
					// sentence says he is; not a relative clause saying
					// who he is ("Goran Lisak, who drove the bus").
					return as
				}
				return r
			}
			// "…, who heads the railway's transport unit, has run the
			// train": past the apposition, no title; in it, one.
			if m := lx.predicateDirectRe.FindStringSubmatchIndex(after); m != nil {
				return lx.predicateTitle(after, m)
			}
		}
	}
	// "X has been chief executive of UkrTransGrid": a title of a body.
	if m := rePredicateIs.FindStringSubmatchIndex(after); been && m != nil {
		ws := strings.Fields(after[m[2]:m[3]])
		if lx.IsTitleNoun(strings.ToLower(ws[len(ws)-1])) {
			return after[m[2]:m[3]] + " " + after[m[4]:m[5]] + " " + after[m[6]:m[7]] + bodyContinues(after[m[7]:])
		}
	}
	if as := lx.asRole(after); as != "" {
		return as
	}
	return lx.isARole(after)
}

// isARole is what "is a" after a name says someone is ("Olha Saranska,
// is a vet nurse riding in lorry 7", "Petrenko was a teacher."): the
// words, when the last is a title or a word for a person.
func (lx *Lexicon) isARole(after string) string {
	if !strings.HasPrefix(after, " is a") && !strings.HasPrefix(after, " was a") && !strings.HasPrefix(after, ", is a") && !strings.HasPrefix(after, ", was a") {
		return ""
	}
	m := rePredicateIsA.FindStringSubmatch(after)
	if m == nil {
		return ""
	}
	ws := strings.Fields(m[1])
	last := Fold(ws[len(ws)-1])
	for _, w := range ws {
		if lx.is("stop", Fold(w)) || lx.is("preposition", Fold(w)) {
			return ""
		}
	}
	if lx.IsTitleNoun(singular(lx, last)) || lx.IsPersonNoun(last) {
		return m[1]
	}
	return ""
}

// asRole is the title an "as" phrase after a name gives ("who spent nine
// years as a deminer", "as a ceasefire monitor"), or "".
func (lx *Lexicon) asRole(after string) string {
	m := rePredicateAs.FindStringSubmatch(after)
	if m == nil {
		return ""
	}
	if lead := strings.TrimLeft(after, ", "); strings.HasPrefix(lead, "and ") || strings.HasPrefix(lead, "or ") {
		// "Ms Anca Dorovei, and Lieutenant Colonel Andrei Kavel, who
		// appeared … as the Velmarian liaison officer": the next one
		// named is, not she.
		return ""
	}
	ws := strings.Fields(m[1])
	if n := len(ws); n > 1 && lx.is("reflexive", Fold(ws[n-1])) {
		ws = ws[:n-1] // "who spent nine years as a deminer herself"
		m[1] = strings.Join(ws, " ")
	}
	for _, w := range ws {
		if lx.is("stop", w) || lx.is("preposition", w) {
			return "" // "as a guest of the mayor"
		}
	}
	if last := ws[len(ws)-1]; lx.IsTitleNoun(last) || lx.IsPersonNoun(Fold(last)) {
		// "as a ceasefire monitor", "as a deminer"
		return m[1]
	}
	return ""
}

// andPredicateRole reads the title a second verb gives after "and", in
// the clause predicateRole reads the first from: "…, who heads the
// restitution department of the State Archival Service and led the
// Ukrainian expert group at the talks" (leader of the Ukrainian expert
// group).
func (lx *Lexicon) andPredicateRole(after string) string {
	if !lx.mayGiveTitle(after) {
		return ""
	}
	m := lx.predicateRe.FindStringSubmatchIndex(after)
	if m == nil || !strings.HasSuffix(after[m[5]:m[1]], " and ") {
		return ""
	}
	rest := " " + after[m[1]:]
	n := lx.predicateRe.FindStringSubmatchIndex(rest)
	if n == nil {
		return ""
	}
	return lx.predicateTitle(rest, n)
}

// namedBody reports whether object (a verb's, as written) names a body:
// a capitalised word after its first ("the UPU's humanitarian postal
// operations", "the Dunai cafe"), or an organisation's head word last.
func (lx *Lexicon) namedBody(object string) bool {
	f := strings.Fields(strings.TrimRight(object, " -–—,.;"))
	if len(f) == 0 {
		return false
	}
	return slices.ContainsFunc(f[1:], isCapitalised) || lx.IsOrganisationWord(Fold(f[len(f)-1]))
}

// predicateTitle is the title predicateRe's match m gives in after: its
// verb's title of its object ("head of the monitoring mission"), and the
// named body the object is part of ("… directs the Eastern Europe
// programme at the Hamburg Institute for Security and Strategy").
func (lx *Lexicon) predicateTitle(after string, m []int) string {
	if lx.is("bodyverb", after[m[2]:m[3]]) && !lx.namedBody(after[m[4]:m[5]]) && !lx.runPlace(after[m[4]:m[5]]) {
		// "runs the UPU's postal operations" makes a head of them, as
		// "runs the bakery on the square" does of the bakery; "runs the
		// machinery and the accounts" no one.
		return ""
	}
	if obj := after[m[4]:m[5]]; unicode.IsUpper(firstRune(obj)) && !Possessive(strings.Fields(obj)[0]) && (lx.NotName(obj) || len(strings.Fields(obj)) == 1 && !isInitials(obj)) {
		// "leads Eastern Compass, a volunteer search group" heads a
		// body named bare (or by its initials: "heads UNESCO"); "led
		// Monday", "heads Kyiv" heads nothing.
		return ""
	}
	// "who heads the company's special transport unit - and who is …":
	// a dash closes the object.
	obj := strings.TrimSpace(strings.TrimRight(after[m[4]:m[5]], " -–—"))
	if i := strings.LastIndexByte(obj, ' '); i > 0 && lx.is("whereadverb", Fold(obj[i+1:])) {
		// "who has taught the first grade there": where, not what.
		obj = obj[:i]
	}
	return lx.predicates[after[m[2]:m[3]]] + " of " + obj + bodyContinues(after[m[5]:])
}

// runPlace reports an object that is a place someone runs (words.tsv
// runplace) after its determiner and any modifiers: "the bakery on the
// square", "a small cafe", "the village's only shop".
func (lx *Lexicon) runPlace(obj string) bool {
	for _, w := range strings.Fields(obj) {
		w = Fold(strings.Trim(w, ",.;:"))
		if lx.is("runplace", w) {
			return true
		}
		if lx.IsPreposition(w) || lx.is("conjunction", w) {
			return false // "the accounts of the bakery": not the bakery
		}
	}
	return false
}

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
			if ws := wordsBefore(text, max(0, m[0]-48), m[0], 3); len(ws) >= 1 && lx.is("preposition", Fold(ws[len(ws)-1].w)) ||
				len(ws) == 3 && lx.is("conjunction", Fold(ws[2].w)) && unicode.IsUpper([]rune(ws[1].w)[0]) && lx.is("preposition", Fold(ws[0].w)) {
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
			// "said Kestrian workers had", "said Drovan engineers could":
			// a capitalised word before a word for people qualifies them
			// (a country's adjective the lexicon does not know); it is
			// no one's name.
			if after {
				if ws := wordsAfter(text, m[1], min(len(text), m[1]+24), 1); len(ws) == 1 && isLowerWord(ws[0].w) && lx.IsPersonNoun(singular(lx, Fold(ws[0].w))) {
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
				}
			}
			if c.byKey[c.key(w)] == nil && !c.notPersonWord(w) {
				c.add(w, "")
			}
		}
	}
}

// notPersonWord reports a lone capitalised word the document shows to be
// a country or a body, not a surname: its people's adjective is written
// too ("Tarsk", beside "the Tarskan side"); it follows "of" after a title
// ("Chief Executive of Aldgrid"); or it stands before a word for people
// ("Aldgrid spokeswoman Hanna Kirrow", "Aldgrid crews").
func (c *cast) notPersonWord(w string) bool {
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
				if strings.HasPrefix(rest, suf+" ") || strings.HasPrefix(rest, suf+"s ") {
					return true
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

func sentenceStart(text string, off int) bool {
	before := strings.TrimRight(text[max(0, off-8):off], " \"“")
	return off < 8 && before == "" || strings.ContainsRune(".!?", lastRune(before))
}

// unshout writes a name a transcript's label gives in capitals ("DMYTRO
// PASKO") as names are written ("Dmytro Pasko"), a surname's particles
// lower case ("URSULA VON DER LEYEN": "Ursula von der Leyen"), and a
// surname a parliament's record writes in capitals after a given name
// ("Serhiy HNATIUK": "Serhiy Hnatiuk"); any other name as it is.
func (lx *Lexicon) unshout(name string) string {
	if strings.ToUpper(name) != name {
		// "Serhiy HNATIUK", as a parliament's record writes a member:
		// a given name, then the surname in capitals.
		f := strings.Fields(name)
		if len(f) < 2 {
			return name
		}
		last := f[len(f)-1]
		if _, given := lx.GivenName(f[0]); given && !strings.Contains(name, ",") && utf8.RuneCountInString(last) > 3 && strings.ToUpper(last) == last && strings.ToLower(last) != last {
			f[len(f)-1] = titleWord(strings.ToLower(last))
			return strings.Join(f, " ")
		}
		return name
	}
	if strings.ToLower(name) == name {
		return name
	}
	f := strings.Fields(name)
	if len(f) < 2 {
		return name // "NATO", "OSCE": an acronym, not a shouted name
	}
	for i, w := range f {
		low := strings.ToLower(w)
		if i > 0 && i < len(f)-1 && lx.is("particle", low) {
			f[i] = low
			continue
		}
		f[i] = titleWord(low)
	}
	return strings.Join(f, " ")
}

// titleWord capitalises a lower-case word and each part after a hyphen or
// an apostrophe ("lvova-belova": "Lvova-Belova", "o'brien": "O'Brien").
func titleWord(w string) string {
	rs := []rune(w)
	up := true
	for i, r := range rs {
		if up {
			rs[i] = unicode.ToUpper(r)
		}
		up = r == '-' || r == '\'' || r == '’'
	}
	return string(rs)
}

// list returns the document's people, in order of first mention.
func (c *cast) list() []*member {
	out := make([]*member, 0, len(c.order))
	for _, k := range c.order {
		out = append(out, c.byKey[k])
	}
	return out
}

// sortedAliases returns the folded spellings other than name.
func (lx *Lexicon) sortedAliases(name string, spellings []string) []string {
	low := Fold(name)
	sur := Fold(lx.Surname(name))
	out := []string{sur}
	if halves := strings.Split(sur, "-"); len(halves) == 2 && strings.Contains(name, " ") && len(halves[0]) > 2 && len(halves[1]) > 2 {
		// "who's wyss": a double surname ("Claudia Wyss-Morandi") is
		// called by either half.
		out = append(out, halves[0], halves[1])
	}
	for _, s := range spellings {
		if s != low && s != "" && !contains(out, s) {
			out = append(out, s)
		}
	}
	sort.Strings(out)
	return out
}

// Person is someone a document or corpus names, as the people model sees
// them.
type Person struct {
	Name          string
	Role          string   // the title to show: see tally.best
	Gender        Gender   // from a given name, a known figure or a title
	Roles         []string // every title the text gives, most used first
	Organisations []string // organisations named in those titles
	Aliases       []string // other spellings and the surname, folded
	Quotes        int
	Mentions      int
	// Age is the age the articles give them ("Petro Lysenko, 61";
	// "the 61-year-old"), 0 when none or when two articles disagree.
	Age int
}

// Credited is a person an article credits but its text does not name (a
// reporter, an editor), with role: no quotes, no mentions, found by the
// full name and the surname.
func (lx *Lexicon) Credited(name, role string) Person {
	p := Person{Name: name, Role: role, Roles: []string{role}, Aliases: lx.sortedAliases(name, nil)}
	if g, ok := lx.GivenName(strings.Fields(name)[0]); ok {
		p.Gender = g
	}
	return p
}

// persons lists the document's people with their counts in passages.
func (c *cast) persons(passages []string) []Person {
	lows := make([]string, len(passages))
	for i, p := range passages {
		lows[i] = lowerSameLength(p)
	}
	var out []Person
	for _, p := range c.list() {
		name := p.canonical()
		spell := append([]string{}, p.spellings...)
		if p.known != nil {
			spell = append(spell, Fold(c.lx.Surname(p.known.Name)))
			for _, a := range p.known.Aliases {
				spell = append(spell, Fold(a))
			}
		}
		spell = append(spell, Fold(c.lx.Surname(name)))
		// The text is searched lower case, not folded: "Aydın" is
		// "aydın" there, though its folded spelling is "aydin".
		for _, w := range []string{name, c.lx.Surname(name)} {
			if l := strings.ToLower(w); l != Fold(w) && !contains(spell, l) {
				spell = append(spell, l)
			}
		}
		roles := p.allRoles()
		g := p.gender
		for _, r := range roles {
			if g != Unknown {
				break
			}
			// "the veteran's younger brother, Luka Brodar": the relative
			// a title ends in says.
			g = c.lx.kinGender(Fold(lastWord(r)))
		}
		out = append(out, Person{
			Name:          name,
			Role:          p.role(c.lx),
			Gender:        g,
			Roles:         roles,
			Organisations: c.lx.organisationsIn(roles, p.known),
			Aliases:       c.lx.sortedAliases(name, spell),
			Quotes:        p.quotes,
			Mentions:      countMentions(passages, lows, append(spell, Fold(name))),
			Age:           p.age,
		})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}

// organisationsIn names the organisations a person's titles hold ("SWP",
// "German Marshall Fund"), by their full names, and a known figure's.
func (lx *Lexicon) organisationsIn(roles []string, k *Known) []string {
	var out []string
	addOrg := func(o *Organisation) {
		if !contains(out, o.Name) {
			out = append(out, o.Name)
		}
	}
	if k != nil && k.Organisation != "" {
		if o := lx.orgNamed(k.Organisation); o != nil {
			addOrg(o)
		} else if !contains(out, k.Organisation) {
			out = append(out, k.Organisation)
		}
	}
	for _, r := range roles {
		for _, o := range lx.orgsIn(r) {
			addOrg(o)
		}
	}
	return out
}

// orgsIn finds the organisations a text names, by name, alias or
// abbreviation, as whole words.
func (lx *Lexicon) orgsIn(text string) []*Organisation {
	var out []*Organisation
	words := wordToks(text)
	for i := range words {
		if i > 0 {
			// "Central Election Commission" is not the Commission: a
			// phrase ending a longer capitalised name is no body's
			// name, unless what stands before it is a nation's word
			// or someone's ("Russian Foreign Ministry", "Ukraine's").
			// A comma between ends the name before: "Deputy Director
			// General for Nuclear Safety, International Atomic Energy
			// Agency".
			prev := text[words[i-1][0]:words[i-1][1]]
			if _, nation := lx.Nation(prev); unicode.IsUpper(firstRune(prev)) && !Possessive(prev) && !nation && !strings.ContainsAny(text[words[i-1][1]:words[i][0]], ",;:(") {
				continue
			}
		}
		// The longest phrase starting at word i that names one.
		for j := min(len(words), i+8); j > i; j-- {
			phrase := strings.Trim(text[words[i][0]:words[j-1][1]], "()")
			if o := lx.orgNamed(StripPossessive(phrase)); o != nil {
				if !containsOrg(out, o) {
					out = append(out, o)
				}
				break
			}
		}
	}
	return out
}

func containsOrg(list []*Organisation, o *Organisation) bool {
	for _, x := range list {
		if x == o {
			return true
		}
	}
	return false
}

// countMentions counts the passages naming any of the spellings; lows
// are the passages' texts as lowerSameLength gives them.
func countMentions(passages []string, lows []string, spellings []string) int {
	n := 0
	for i, p := range passages {
		if namesAny(p, lows[i], spellings) {
			n++
		}
	}
	return n
}

// lowerSameLength lower-cases text unless that would move byte offsets,
// in which case the text is compared as written.
func lowerSameLength(text string) string {
	low := strings.ToLower(text)
	if len(low) != len(text) {
		return text
	}
	return low
}

// namesAny reports whether text names one of the folded spellings as a
// whole word written with a capital letter, so that "a major hurdle"
// does not mention Claudia Major.
func namesAny(text, low string, spellings []string) bool {
	for _, sp := range spellings {
		if sp == "" {
			continue
		}
		for from := 0; ; {
			i := strings.Index(low[from:], sp)
			if i < 0 {
				break
			}
			i += from
			end := i + len(sp)
			from = i + 1
			if !wordBoundary(text, i, end) {
				continue
			}
			if strings.IndexFunc(text[i:end], unicode.IsUpper) >= 0 {
				return true
			}
		}
	}
	return false
}

func wordBoundary(text string, i, end int) bool {
	if i > 0 {
		r, _ := utf8.DecodeLastRuneInString(text[:i])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	if end < len(text) {
		r, _ := utf8.DecodeRuneInString(text[end:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// IsAbbreviation reports whether text ends in an abbreviation or an
// initial whose full stop ends no sentence ("Dr.", "J.", "U.S."), by the
// lexicon's abbreviation words: for anything that cuts sentences.
func (lx *Lexicon) IsAbbreviation(text string) bool { return lx.abbreviation(text) }

// abbreviation reports whether s ends in an abbreviation or an initial
// whose full stop does not end a sentence ("Dr.", "J.", "U.S."). Only the
// last word is read, however long s is.
func (lx *Lexicon) abbreviation(s string) bool {
	s = strings.TrimSuffix(s[max(0, len(s)-16):], ".")
	i := strings.LastIndexAny(s, " (\"“")
	w := s[i+1:]
	// An initial ("J. Smith"), not a digit ("on January 6. US envoy …").
	if r, n := utf8.DecodeRuneInString(w); n > 0 && n == len(w) {
		return unicode.IsLetter(r)
	}
	return lx.is("abbreviation", w) || initials(w+".")
}

// initials reports a word of capital initials, each with its full stop
// ("A.V.", "P.N."), as Russian and some official styles write the
// given names before a surname.
func initials(w string) bool {
	if !strings.HasSuffix(w, ".") || len(w) > 12 {
		return false
	}
	parts := strings.Split(strings.TrimSuffix(w, "."), ".")
	if len(parts) > 3 {
		return false
	}
	for _, p := range parts {
		r, n := utf8.DecodeRuneInString(p)
		if n == 0 || n != len(p) || !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// givenInitials reports initials standing for given names ("A.V." of
// "A.V. Lebedev"), not an abbreviation the lexicon knows ("U.S.").
func (lx *Lexicon) givenInitials(w string) bool {
	return initials(w) && !lx.is("abbreviation", strings.TrimSuffix(w, "."))
}

func wordCount(s string) int { return len(strings.Fields(s)) }

func lastWord(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

// tailOf is the last n bytes of s, or s; cut where a word starts, so the
// first word read is whole.
func tailOf(s string, n int) string {
	if len(s) <= n {
		return s
	}
	t := s[len(s)-n:]
	if i := strings.IndexByte(t, ' '); i >= 0 {
		return t[i+1:]
	}
	return t
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
