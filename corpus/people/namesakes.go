package people

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

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

// ownedHomonym is the one person of those sharing the surname key one
// of whose titles names owner ("museum" of "the museum's head of
// security"); nil when none or several do.
func (c *cast) ownedHomonym(key, owner string) *member {
	o, shared := Fold(owner), c.sharing(key)
	return c.only(func(p *member) bool { return slices.Contains(shared, p) && p.titleNames(o) })
}

// titleNames reports a title of p's, as the text gave it beside the
// name or the quotes, holding the folded word w (possessive or not).
func (p *member) titleNames(w string) bool {
	return titlesHoldWord(p.roles.order, w, StripPossessive) || titlesHoldWord(p.quoteRoles.order, w, StripPossessive)
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
			if w == "" || !isCapitalised(w) || strings.ToUpper(w) == w || c.lx.NotName(w) || c.lx.IsTitleNoun(Fold(w)) || c.byGiven(w) != nil || c.lx.isFold("givenhonorific", w) {
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
	return !strings.Contains(full, " ") && p.fullAt > 0 && c.para+1 < p.fullAt && c.lx.isFold("addressonly", role)
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
		if i >= 0 && (i == 0 || !isNameRune(rune(low[i-1]))) && WordCount(low[i+len(cue):]) <= unrelatedGap {
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
	n := len(first)
	return c.only(func(p *member) bool {
		// The name's first word, of two or more: names are words one
		// space apart. (No Fields: this runs for every lone word read.)
		return n > 0 && len(p.name) > n+1 && p.name[n] == ' ' && strings.EqualFold(p.name[:n], first)
	})
}
