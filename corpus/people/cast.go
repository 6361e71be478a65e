package people

import (
	"math"
	"regexp"
	"slices"
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
	// byGiven says gender is only what the given name usually marks, a
	// guess the text's own pronouns may overrule (genderFromText).
	byGiven bool
	known   *Known // the lexicon's entry, if any
	roles   tally  // titles seen next to the name, with counts
	// fullRoles are the titles seen next to the full name, on either
	// pass (roles are counted again on the second): whose a titled
	// surname is before the full name with that title comes ("Captain
	// Halvard" early in a mail is the Captain Ines Halvard it names
	// further down, not the Jonas Halvard who sent it).
	fullRoles tally
	// bareRoles are the titles given to the surname alone before the
	// full name was ("The monitor, Brekke, grabbed my sleeve", paragraphs
	// before "paediatric nurse Ilona Brekke"): another's, when the full
	// name's titles say otherwise (dropBareRoles).
	bareRoles tally
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
	// familySurnames remembers familyNamed's answer for each surname
	// asked: each answer reads every paragraph.
	familySurnames map[string]bool
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

// reNickname is what an article says a person is called, right after
// the name or one apposition: "Fehérvári, a former railway lawyer whom
// colleagues call Kati,", "Oleksandr Pidhirnyi, the head of
// Ukrzaliznytsia, whom the minister calls Sasha", "…, known as Kati",
// "Emil Sandor, 67, a fisherman whom everyone along this stretch of river
// calls the Heron", "…, known to everyone on the river as the Heron".
var reNickname = regexp.MustCompile(`^,\s+(?:\d{1,3},\s+)?(?:[^,.;:"“”()]{1,80}?[,\s]\s*)?(?:whom\s+(?:[\p{L}'’]+\s+){0,7}call(?:s|ed)?|(?:also\s+|better\s+|widely\s+)?known\s+(?:to\s+(?:[\p{L}'’]+\s+){1,5})?as|nicknamed|dubbed)\s+["“']?((?:the\s+)?[\p{Lu}][\p{Ll}'’\-]{1,15}(?:\s[\p{Lu}][\p{Ll}'’\-]{1,15})?)\b`)

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

// titledNamesake is, for a surname alone (full) with a role, the one of
// two or more people sharing it whose roles have the role's head; nil
// when the name is not a shared surname alone, or none or several are.
func (c *cast) titledNamesake(key, full, role string) *member {
	if role == "" || strings.Contains(full, " ") || !c.homonym[key] {
		return nil
	}
	head := Fold(c.lx.roleHead(role))
	if head == "" {
		return nil
	}
	var found *member
	for _, k := range c.order {
		if k != key && !strings.HasPrefix(k, key+"|") {
			continue
		}
		if m := c.byKey[k]; m != nil && m != found && (m.hasRoleHead(c.lx, head) || m.fullRolesHead(c.lx, head)) {
			if found != nil {
				return nil
			}
			found = m
		}
	}
	return found
}

// fullRolesHead reports a title given next to p's full name whose head
// is noun.
func (p *member) fullRolesHead(lx *Lexicon, noun string) bool {
	return slices.ContainsFunc(p.fullRoles.order, func(r string) bool { return lx.roleHeadIs(r, noun) })
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
	if q := c.titledNamesake(key, full, role); q != nil {
		// "the release of Lieutenant Aster", after Bogdan Aster and
		// "his son Emil, a lieutenant": the namesake the title is of.
		p = q
	}
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
			p.gender, p.byGiven = g, g != Unknown
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
	if strings.Contains(full, " ") {
		p.fullRoles.add(role)
	} else if p.fullAt == 0 || c.para+1 < p.fullAt {
		p.bareRoles.add(role)
	}
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

// generation reports a word after a name telling a father from a son
// of one name ("Senior", "Jr."; words.tsv generation), capitalised.
func (lx *Lexicon) generation(w string) bool {
	w = StripPossessive(w)
	return isCapitalised(w) && lx.isFold("generation", strings.TrimRight(w, "."))
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

// dropBareRoles takes from each person the titles the surname alone was
// given before the full name was, when the full name's own titles are of
// another kind: "The monitor, Brekke, grabbed my sleeve", in a quotation
// paragraphs before "paediatric nurse Ilona Brekke" of a story naming a
// monitor Jonas Brekke elsewhere, is no title of hers. A title that
// agrees with one of the full name's ("Minister Koval", then "Oleksandr
// Koval, the foreign minister") stays, and so does any when the full
// name was given none.
func (c *cast) dropBareRoles() {
	for _, p := range c.byKey {
		if p.bareRoles.empty() || p.fullRoles.empty() {
			continue
		}
		var heads []string
		for _, f := range p.fullRoles.order {
			if h := c.lx.roleNoun(f); h != "" {
				heads = append(heads, h)
			}
		}
		if len(heads) == 0 {
			continue
		}
		for _, r := range p.bareRoles.order {
			h := c.lx.roleNoun(r)
			if h == "" || slices.Contains(p.fullRoles.order, r) || slices.ContainsFunc(heads, func(f string) bool { return c.lx.sameKind(h, f) }) {
				continue
			}
			p.roles.drop(r)
		}
		p.bareRoles = tally{}
	}
}
