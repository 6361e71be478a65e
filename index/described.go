package index

import (
	"cmp"
	"context"
	"maps"
	"slices"
	"strings"
	"unicode"

	"github.com/talksbot/talksbot/corpus"
	"github.com/talksbot/talksbot/corpus/people"
	"github.com/talksbot/talksbot/index/english"
)

// personAsked finds whom a "who is X" question asks about: by name (not
// by a word the articles use otherwise), as the people model read the
// question, by a title ("who is the kremlin spokesman") or by what the
// articles say of them ("who's the mayor of prybrezhne"), or by a name
// the articles give someone they list no title for. byRole says the
// person was found by what they are, not by name.
func (e *Engine) personAsked(ctx context.Context, in intent) (p *person, byRole bool, err error) {
	// "the lawyer for hollmann", "the judge in the hollmann case": the
	// one described, whom the name only qualifies.
	qualified := e.nameQualifies(in.who)
	if p = e.resolveName(in.who); p != nil && !qualified {
		return p, false, nil
	}
	if p = e.possessiveTyped(in.who, true); p != nil && !qualified {
		return p, false, nil // "whats ines carvalhos job"
	}
	p = nil
	if before, _, ok := strings.Cut(in.who, ","); ok {
		// "who is viktoria lysenko, related to the governor?": the name,
		// then more asked of them.
		if p = e.resolveName(before); p != nil {
			return p, false, nil
		}
	}
	if in.found != nil {
		return in.found, false, nil
	}
	if e.titled(in.who) || e.calledPerson(in.who) || ageIn(in.who) > 0 {
		if p = e.resolve(in.who); p != nil && (!e.describedFits(p, in.who) || qualified && p == e.resolveName(in.who)) {
			p = nil // "who is the russian spokeswoman" is not Peskov
		}
		if p == nil {
			if p, err = e.describedPerson(ctx, in.who); err != nil {
				return nil, false, err
			}
		}
		if head := qualifiedHead(in.who); p == nil && qualified && head != "" {
			// "the lawyer for hollmann", where the articles say "his
			// lawyer, Anna Berg": the one the description's head fits.
			if p = e.resolve(head); p == nil {
				if p, err = e.describedPerson(ctx, head); err != nil {
					return nil, false, err
				}
			}
		}
		if p != nil {
			return p, true, nil
		}
	}
	if len(strings.Fields(in.who)) >= 2 {
		p, err = e.mentionedName(ctx, in.who)
	}
	return p, false, err
}

// describedHits is how many of the best passages for a description are
// read for the person they name: the introduction of someone is rarely
// below the first few.
const describedHits = 5

// describedPerson finds the person a question describes instead of
// naming — "the polish fm", "the former osce monitor", "the deputy mayor
// for energy in kharkiv" — when no title the articles give anyone matches
// the words as asked. The description is searched as a question is
// (related words, typos, the section headings), and the person is the one
// named in the best passage holding most of it, if that passage names
// exactly one person who fits: one whose titles share the description's
// title word, else the only one named there. A description without a word
// for a person (a title or "guy", "mom") describes no one, and nil is
// returned when no passage holds most of the description or the best one
// leaves the choice open.
func (e *Engine) describedPerson(ctx context.Context, who string) (*person, error) {
	p, err := e.describedAnyone(ctx, who)
	if full := expandTitles(who); p == nil && err == nil && full != "" {
		// "the trust's md": its managing director, as the articles
		// write it (questions.yaml title_shorthand).
		p, err = e.describedAnyone(ctx, full)
	}
	if p != nil && !e.describedFits(p, who) {
		// "the lady from vinnytsia" is no governor named Bohdan, "the
		// romanian defence minister" no foreign minister.
		return nil, err
	}
	if head, ok := e.beforeRelative(who); p == nil && err == nil && ok {
		// "the mp who hates the deal": the one MP, whatever the clause
		// says of them in other words than the articles'.
		return e.describedPerson(ctx, head)
	}
	return p, err
}

// kindOfTitle reports a word of a title that general English makes a
// kind of what the description's word h names, in its first sense (a
// broader word: "biologist" is a scientist, "envoy" a diplomat), so that
// "the wildlife scientist" is the wildlife biologist. A word that calls
// anyone ("guy", "official": questions.yaml person_nouns) is no kind.
func kindOfTitle(w, h string) bool {
	return w != h && english.Closeness(w, h) == broaderWeight && !loadQuestionWords().personNoun[h]
}

// broaderKind reports a title word w that WordNet makes a kind of the
// description's word h ("the forest scientist" of a "forest ecologist",
// "the doctor" of a paediatrician; people.Lexicon.IsKindOf), h no word
// for anyone at all ("guy", "official": questions.yaml person_nouns).
func (e *Engine) broaderKind(w, h string) bool {
	return w != h && !loadQuestionWords().personNoun[h] && e.lex.IsKindOf(w, h)
}

// doneAs reports a verb's form in a title, the description's word being
// that verb as a noun: "the volunteer" is the "retired schoolteacher who
// volunteered at the zoo".
func doneAs(w, h string) bool {
	return w != h && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing")) && slices.Contains(english.Lemmas(w), h)
}

// broaderWeight is the closeness related.tsv gives a broader word.
const broaderWeight = 0.5

// beforeRelative is a description cut before a relative clause it ends
// with ("the mp who hates the deal": "the mp"), when it has one (a
// relative pronoun of the people lexicon, not its first word).
func (e *Engine) beforeRelative(who string) (string, bool) {
	f := strings.Fields(who)
	for i := 1; i+1 < len(f); i++ {
		if w := strings.ToLower(f[i]); w != "whose" && e.lex.IsRelative(w) {
			return strings.Join(f[:i], " "), true
		}
	}
	return "", false
}

// asksParent reports a description by a word for a parent (questions.yaml
// parent_kin: "the dad from pishchane").
func asksParent(who string) bool {
	return slices.ContainsFunc(strings.Fields(strings.ToLower(who)), func(w string) bool {
		return slices.Contains(loadQuestionWords().ParentKin, w)
	})
}

// mentionsChild reports text naming a child by a word for one
// (questions.yaml child_kin and child_words: "whose son Denys", "a hot
// bath for the children").
func mentionsChild(text string) bool {
	qw := loadQuestionWords()
	for _, w := range strings.Fields(strings.ToLower(text)) {
		w = strings.Trim(w, ",.;:!?\"“”'’()")
		if slices.Contains(qw.ChildKin, w) || slices.Contains(qw.ChildWords, w) {
			return true
		}
	}
	return false
}

// describedThenSubject splits a phrase read as whom a question asks for
// that runs on past the word for them ("ukrainian negotiator red line"):
// the description up to its last word for a person, when it finds
// someone (describedPerson) whose own words speak to the rest ("red
// line"); nil when no split does. The words must speak to it: a
// description is never cut short on a guess.
func (e *Engine) describedThenSubject(ctx context.Context, who string) (*person, string, error) {
	f := strings.Fields(who)
	for k := len(f) - 1; k >= 2; k-- {
		head := strings.ToLower(strings.Trim(f[k-1], ",.;:?!"))
		if !e.wordForSomeone(head) {
			continue
		}
		desc, rest := strings.Join(f[:k], " "), strings.Join(f[k:], " ")
		p, err := e.describedPerson(ctx, desc)
		if err != nil || p == nil {
			return nil, "", err
		}
		on, err := e.speaksTo(ctx, p, rest)
		if err != nil || !on {
			return nil, "", err
		}
		return p, rest, nil
	}
	return nil, "", nil
}

// describedFits reports whether p, found by what they are, may be whom
// a description means, by whatever reading found them: not a man for
// "the spokeswoman", not the
// minister for "the deputy agriculture minister", not the mayor of
// Bilhorod-Dnistrovskyi for "the mayor of odesa", not the foreign
// minister for "the romanian defence minister", not someone of another
// country, nor the president of a body for "the russian president".
func (e *Engine) describedFits(p *person, who string) bool {
	if !ofNounGender(p, who) {
		return false
	}
	heads, rest := e.descriptionWords(who)
	if e.notSecond(p, heads, rest) || e.placedElsewhere(p, heads, rest) || e.lacksOffice(p, who) {
		return false
	}
	if !e.holdsBodiesNamed(p, who) {
		// "the icmp head" is no head of a laboratory whom a passage on
		// the ICMP happens to name.
		return false
	}
	if nations := e.nationsIn(rest); len(nations) > 0 {
		cs := e.countriesKnown(p)
		if len(cs) == 0 && e.ofInternationalBody(p) {
			return false // "ICRC President", no country's
		}
		if len(cs) > 0 && !e.ofNations(p, nations) {
			return false
		}
	}
	return true
}

// holdsBodiesNamed reports whether p's titles and bodies hold every
// body the description names by an acronym only the articles spell out
// ("icmp": the International Commission on Missing Persons), by the
// acronym or the name; a country's or a body the people model knows is
// read by it.
func (e *Engine) holdsBodiesNamed(p *person, who string) bool {
	for _, w := range strings.Fields(strings.ToLower(who)) {
		w = strings.TrimSuffix(strings.Trim(w, ",.;:?!"), "'s")
		name, ok := e.data.Acronyms[w]
		if !ok {
			continue
		}
		if everydayWord(w) {
			continue // "at", "it": words, whatever initials spell them
		}
		if _, nation := e.lex.Nation(w); nation {
			continue // "the uk europe minister": a country, read as such
		}
		if _, known := e.lex.Organisation(w); known {
			continue // "the icrc official": the people model reads it
		}
		if !slices.ContainsFunc(p.titlesAndBodies(), func(t string) bool {
			t = strings.ToLower(t)
			return strings.Contains(t, name) || slices.Contains(strings.FieldsFunc(t, func(r rune) bool { return !unicode.IsLetter(r) }), w)
		}) {
			return false
		}
	}
	return true
}

// titleHolder is the one person who holds one of the titles (titledOf);
// nil when no one or several do.
func (e *Engine) titleHolder(hs []holder) *person {
	var found *person
	for i := range e.people {
		p := &e.people[i]
		if !slices.ContainsFunc(hs, func(h holder) bool { return e.titledOf(p, h) }) {
			continue
		}
		if found != nil {
			return nil
		}
		found = p
	}
	return found
}

// titledOf reports whether one of p's titles is h's: its noun (or one
// of its class) and what it is of, as the words after "of" ("leader of
// the Russian delegation", "head of Moscow's delegation") or before the
// noun ("Russian delegation head"), nothing more or less, a country as
// any of its names.
func (e *Engine) titledOf(p *person, h holder) bool {
	want := map[string]bool{}
	place := map[string]bool{} // names of places: where, which a title may leave out
	for _, w := range h.of {
		k := e.ofKey(w)
		want[k] = true
		if x := english.Lookup(strings.ToLower(w)); !strings.HasPrefix(k, "nation:") && (x.Name || !x.Known) && !e.lex.IsOrganisationWord(strings.ToLower(w)) {
			place[k] = true
		}
	}
	// Every word asked for, and no other name: "chair of the joint
	// coordination cell" is the coordination cell's; "head of the ICRC
	// delegation in Ukraine" is not the Ukrainian delegation's. A word
	// of everyday English capitalised in a body's name ("the Kherson
	// Regional Art Museum") is no other name.
	same := func(ws []string) bool {
		got := map[string]bool{}
		namesNation := false
		nested := false // past an "of" inside what the title is of
		// "who runs kessgard", of "Kessgard Pelagic chief executive":
		// a capitalised word beside one asked for is the same name's.
		sameName := func(i int) bool {
			for _, j := range []int{i - 1, i + 1} {
				if j >= 0 && j < len(ws) && unicode.IsUpper([]rune(ws[j])[0]) && want[e.ofKey(ws[j])] {
					return true
				}
			}
			return false
		}
		for i, w := range ws {
			if strings.EqualFold(w, "of") {
				nested = true
				continue
			}
			k := e.ofKey(w)
			if k == "" || k == "the" || !want[k] && unicode.IsUpper([]rune(w)[0]) && sameName(i) {
				continue
			}
			if nested && !want[k] {
				// "leader of the Russian side of the sub-committee" leads
				// a part of the sub-committee, not the Russian side of
				// the talks.
				return false
			}
			got[k] = true
			namesNation = namesNation || strings.HasPrefix(k, "nation:")
			if !want[k] && (strings.HasPrefix(k, "nation:") || unicode.IsUpper([]rune(w)[0]) && !e.lex.IsOrganisationWord(strings.ToLower(w)) && nameWord(w)) {
				return false
			}
		}
		for k := range want {
			// A country the title does not name may be theirs ("head of
			// the mission", a Finnish general, for "the finnish mission").
			if c, ok := strings.CutPrefix(k, "nation:"); ok && !namesNation && e.countriesKnown(p)[c] {
				continue
			}
			// "who chaired the istanbul session": the chair of the
			// session, wherever the title leaves it.
			if !got[k] && !place[k] {
				return false
			}
		}
		// "who runs kessgard": a title of nothing asked for ("head of
		// emergency medicine") is no answer, though it leaves out a
		// place, as every title does.
		return slices.ContainsFunc(slices.Collect(maps.Keys(want)), func(k string) bool { return got[k] })
	}
	for _, r := range p.titles() {
		f := strings.Fields(r)
		low := strings.Fields(strings.ToLower(r))
		for i, w := range f {
			// Not a deputy's ("deputy head of the Russian delegation").
			if !e.lex.SameTitle(strings.ToLower(strings.Trim(w, ",")), h.noun) || e.lex.UnderSecond(low, i) {
				continue
			}
			if i+1 < len(f) && strings.EqualFold(f[i+1], "of") {
				var of []string
				for _, x := range f[i+2:] {
					lx := strings.ToLower(strings.Trim(x, ",.;()"))
					if lx != "of" && e.lex.IsPreposition(lx) || lx == "and" {
						break
					}
					of = append(of, x)
					if strings.ContainsAny(x, ",;") {
						break
					}
				}
				if same(of) {
					return true
				}
			}
			if i > 0 && i == len(f)-1 && same(f[:i]) {
				return true
			}
		}
		// "who led the russian delegation": "Russia's chief negotiator",
		// a title whose office the holder's words write out
		// (title_phrases.tsv), of the same country.
		if nations := e.nationsIn(low); len(nations) > 0 && maps.Equal(nations, e.nationsIn(h.of)) {
			for i, w := range low {
				if e.lex.IsTitleNoun(w) && !e.lex.UnderSecond(low, i) && e.lex.WrittenOut(w, h.String()) {
					return true
				}
			}
		}
	}
	return false
}

// ofKey is a word of what a title is of, as titledOf compares it: a
// country for any of its names ("Russian", "Moscow's"), one key for any
// word for a side's party (questions.yaml party_nouns: side, delegation,
// team), else its index term.
func (e *Engine) ofKey(w string) string {
	w = strings.Trim(w, ",.;()")
	if slices.Contains(loadQuestionWords().PartyNouns, strings.ToLower(w)) {
		// "the russian side", "the Russian delegation": one party.
		return "party:"
	}
	if n, ok := e.lex.Nation(people.StripPossessive(w)); ok {
		return "nation:" + n.Country
	}
	if n, ok := e.lex.Nation(w); ok {
		return "nation:" + n.Country
	}
	return e.terms.of(people.StripPossessive(w))
}

// ofInternationalBody reports someone whose bodies are all ones the
// people model knows as no country's (organisations.yaml without a
// country: the ICRC, the OSCE, UNICEF).
func (e *Engine) ofInternationalBody(p *person) bool {
	if len(p.Organisations) == 0 {
		return false
	}
	for _, name := range p.Organisations {
		if o, ok := e.lex.Organisation(name); !ok || o.Country != "" {
			return false
		}
	}
	return true
}

// lacksOffice reports a description saying which office its title is
// ("defence", "prime", "foreign": words.tsv class office, right before
// the title noun) of a person
// none of whose titles holds that office, as written or as another
// country names the portfolio ("Minister for Foreign Affairs").
func (e *Engine) lacksOffice(p *person, who string) bool {
	f := strings.Fields(strings.ToLower(who))
	for i, w := range f {
		// The office of a title right after it ("defence minister"),
		// not of a body ("foreign ministry spokeswoman").
		if !e.lex.IsOffice(w) || i+1 >= len(f) || !e.lex.IsTitleNoun(strings.Trim(f[i+1], ",.?!")) {
			continue
		}
		if !slices.ContainsFunc(p.titles(), func(r string) bool { return e.roleWordHolds(r, w) }) {
			return true
		}
	}
	return false
}

// placedElsewhere reports a description naming a place for its title
// ("the mayor of odesa", "the nova kakhovka mayor") of a person whose
// title of that kind places it somewhere else ("Mayor of Beryslav").
func (e *Engine) placedElsewhere(p *person, heads, rest []string) bool {
	var places []string
	for _, w := range rest {
		w = people.StripPossessive(w)
		lw := strings.ToLower(w)
		x := english.Lookup(lw)
		if (x.Name || !x.Known) && len(e.nationsIn([]string{w})) == 0 && !e.lex.IsTitleNoun(lw) && !e.lex.IsModifier(lw) && !e.lex.IsOrganisationWord(lw) && !e.researchWord(w) {
			places = append(places, fold(w))
		}
	}
	if len(places) == 0 {
		return false
	}
	for _, r := range p.titles() {
		f := strings.Fields(r)
		for i := 0; i+2 < len(f); i++ {
			if !slices.ContainsFunc(heads, func(h string) bool { return h != "" && e.lex.SameTitle(strings.ToLower(f[i]), h) }) || !strings.EqualFold(f[i+1], "of") {
				continue
			}
			// The place the title is of: its capitalised words.
			var at []string
			for _, w := range f[i+2:] {
				w = strings.Trim(w, ",.;()")
				if w == "" || !unicode.IsUpper([]rune(w)[0]) || e.lex.IsOrganisationWord(strings.ToLower(w)) || e.lex.IsTitleNoun(strings.ToLower(w)) {
					break
				}
				at = append(at, strings.FieldsFunc(fold(people.StripPossessive(w)), func(r rune) bool { return r == '-' })...)
			}
			if len(at) > 0 && !slices.ContainsFunc(places, func(pl string) bool { return slices.Contains(at, pl) }) {
				return true
			}
		}
	}
	return false
}

// ofNounGender reports whether p may be whom who's words for a person
// call: no woman for "the guy", no man for "the lady" (person_noun_gender
// in questions.yaml); anyone when the words or p's gender do not say.
func ofNounGender(p *person, who string) bool {
	if p.Gender == "" {
		return true
	}
	for _, w := range strings.Fields(strings.ToLower(who)) {
		if g, ok := loadQuestionWords().nounGender[w]; ok && g != p.Gender {
			return false
		}
	}
	return true
}

// describedAnyone is describedPerson before the words' gender is checked.
func (e *Engine) describedAnyone(ctx context.Context, who string) (*person, error) {
	p, err := e.describedAnyoneAs(ctx, who)
	if owner := ownerNoun(e, who); p != nil && owner != "" && !e.titleOwnedBy(p, owner) && !e.headedBy(p, who) {
		// "the ukrainian negotiator's deputy": someone's deputy, whose
		// title says whose or is a deputy's; not a deputy head of
		// something else whom a passage on the negotiators names.
		return nil, err
	}
	return p, err
}

// headedBy reports a title of p's headed by the word a description ends
// in ("deputy" of "deputy on the delegation", for "the negotiator's
// deputy"; not "deputy head of the regional administration").
func (e *Engine) headedBy(p *person, who string) bool {
	f := strings.Fields(strings.ToLower(who))
	if len(f) == 0 {
		return false
	}
	head := f[len(f)-1]
	return slices.ContainsFunc(p.titles(), func(t string) bool { return strings.EqualFold(e.lex.RoleHead(t), head) })
}

// titleOwnedBy reports a title of p's that holds owner, a word for a
// person, or names someone whose own title holds it ("Kovalchuk's
// spokesman", of the minister's spokesman).
func (e *Engine) titleOwnedBy(p *person, owner string) bool {
	t := e.terms.of(owner)
	holds := func(q *person) bool {
		return slices.ContainsFunc(q.titles(), func(r string) bool { return e.hasTerm(r, t) })
	}
	if holds(p) {
		return true
	}
	for i := range e.people {
		q := &e.people[i]
		if q != p && holds(q) && slices.ContainsFunc(p.titles(), q.namedIn) {
			return true
		}
	}
	return false
}

// ownerNoun is the word for a person a description names as the owner of
// the title it asks for ("negotiator" of "the ukrainian negotiator's
// deputy"), or "": not a name's ("hnatiuk's mum"), a country's or a
// body's ("ukraine's negotiator", "the agency's chief").
func ownerNoun(e *Engine, who string) string {
	for _, w := range strings.Fields(strings.ToLower(who)) {
		if !people.Possessive(w) {
			continue
		}
		if n := people.StripPossessive(w); e.lex.IsPersonNoun(n) && !e.lex.IsOrganisationWord(n) {
			return n
		}
	}
	return ""
}

func (e *Engine) describedAnyoneAs(ctx context.Context, who string) (*person, error) {
	if age := ageIn(who); age > 0 {
		// "the 54-year-old": whom the articles give that age.
		return e.ofAge(age, who), nil
	}
	if p, err := e.describedOld(ctx, who); p != nil || err != nil {
		// "the old lady in the water queue": whom the articles make old.
		return p, err
	}
	if p, ok := e.kinOfNamed(ctx, who); ok {
		return p, nil
	}
	if p, ok, err := e.parentDescribed(ctx, who); ok || err != nil {
		return p, err
	}
	heads, rest := e.descriptionWords(who)
	if len(heads) == 0 || e.who == nil {
		return nil, nil
	}
	if l := e.leaderWord(who); l != "" && !e.lex.HasSecond(append(heads, rest...)) {
		// "the agency chief", "the inoa boss": the one who heads the body
		// the rest names (its director general), not a deputy's or a
		// team's leader; whatever other chiefs the articles name.
		hs := []string{l}
		nations := e.nationsIn(rest)
		if p, _ := e.onlyPerson(func(p *person) bool {
			// "the russian delegation head" is not the Ukrainian one's.
			return e.leadsFirst(p, hs, rest) && (len(nations) == 0 || e.ofNations(p, nations))
		}); p != nil {
			return p, nil
		}
	}
	if len(rest) == 0 && !slices.ContainsFunc(heads, func(h string) bool { return h != "" && !e.lex.IsTitleNoun(h) }) {
		// "the minister" alone describes no one in particular, unless
		// one person holds that title and no one else ("the captain",
		// of the one ship's captain the articles name); "the
		// grandmother" may, in a corpus with one.
		if p, many := e.describedByTitles(heads, nil, nil, func(p *person) bool { return ofNounGender(p, who) }); p != nil && !many && !e.titleHeldByMany(heads, nil) {
			return e.notCalledElsewhere(ctx, heads, p)
		}
		return nil, nil
	}
	if len(heads) == 1 && heads[0] == "" && len(rest) == 1 {
		// "the snp guy", "the duma guy": one word of a name says who; one
		// everyday word ("the tank lady") says too little to pin anyone,
		// unless it names a body ("the think tank lady").
		if w := english.Lookup(strings.ToLower(rest[0])); w.Known && !w.Name && !e.researchWord(rest[0]) && !(e.lex.IsOrganisationWord(rest[0]) && e.leaderWord(who) == "") {
			// A word that heads bodies' names ("the bank lady", "the
			// union guy") names the body someone is at; with a word for
			// its head ("the agency boss"), one word is still too
			// little — but for the one person whose title holds it
			// ("the bakery lady", of the "head of the bakery"; not of
			// a passage that merely says "bakery").
			if e.leaderWord(who) != "" || slices.ContainsFunc(strings.Fields(strings.ToLower(who)), e.lex.IsKin) {
				return nil, nil // "the agency boss", "the mother in the letter"
			}
			if p, many := e.describedByTitles(heads, rest, nil, func(p *person) bool { return ofNounGender(p, who) }); p != nil && !many {
				return p, nil
			}
			return nil, nil
		}
	}
	// "the grandma waiting at the bridge": of two grandmothers, the one
	// the passage holding the rest of the description names; a relative
	// is told apart by what the question says of them, not by a title.
	// (Not "his wife": nothing else says which.)
	kin := !slices.ContainsFunc(heads, func(h string) bool { return !e.lex.IsKin(h) }) &&
		slices.ContainsFunc(e.questionTerms(strings.Join(rest, " ")), qterm.known)
	if !kin && (e.titleHeldByMany(heads, rest) || e.describesMany(heads, rest)) {
		// "the fm" with two foreign ministers in the articles: which one
		// is no guess to make from a passage naming one.
		return nil, nil
	}
	qual := e.qualifiers(who)
	// "the iaea woman", of a man and a woman at the agency: the woman.
	gendered := func(p *person) bool { return ofNounGender(p, who) }
	p, many := e.describedByTitles(heads, rest, placedWords(who), gendered)
	if l := e.leaderWord(who); p == nil && !many && l != "" && slices.Equal(heads, []string{""}) {
		// "the iaea boss": a word for anyone ("boss", like "guy"), that
		// also says they head what the rest names.
		p, many = e.describedByTitles([]string{l}, rest, placedWords(who), gendered)
	}
	if p == nil && !many && len(heads) == 1 && len(rest) > 0 && e.lex.StandsForHead(heads[0]) {
		// "the upu director", of no one titled so: the one who heads
		// what the rest names ("runs the UPU's postal operations").
		p, many = e.describedByTitles([]string{"head"}, rest, placedWords(who), gendered)
	}
	if p == nil && !many {
		// "the donetsk military admin head", of the "head of the
		// regional military administration": a place's name the title
		// leaves to "regional" (words.tsv areanoun), when the articles
		// name the place.
		named := func(w string) bool { return e.placeName(w) && e.vocab.df(e.terms.of(strings.ToLower(w))) > 0 }
		if unplaced := slices.DeleteFunc(slices.Clone(rest), named); len(unplaced) < len(rest) && len(unplaced) > 0 {
			p, many = e.describedByTitles(heads, unplaced, placedWords(who), func(p *person) bool { return gendered(p) && e.titleOfArea(p) })
		}
	}
	if p != nil && len(rest) == 0 {
		return e.notCalledElsewhere(ctx, heads, p)
	}
	if p != nil {
		return p, nil
	}
	if many && !kin {
		// "the ministry spokeswoman", of a Qatari and a Ukrainian
		// ministry's: the passage holding the words best says nothing
		// of which one.
		return nil, nil
	}
	if p := e.describedByPlace(heads, rest, who); p != nil {
		return p, nil
	}
	words := append(rest, heads...)
	if kin {
		// A relative is seldom called so where they are named ("Vera
		// Lunik, whose grandson …"): the rest of the description finds
		// the passage, the title whom in it.
		words = rest
	}
	qs := e.questionTerms(strings.Join(words, " "))
	hits, _, _, err := e.searchBest(ctx, qs, typeNone, describedHits, false)
	// The passages holding most of the description, whatever their rank:
	// a short one that only shares a common word may rank above the
	// introduction ("Q: How bad is the grid this week?" above "Olena
	// Marchuk has been chief executive of UkrTransGrid").
	slices.SortStableFunc(hits, func(a, b hit) int { return cmp.Compare(b.coverage, a.coverage) })
	if err != nil || len(hits) == 0 || hits[0].coverage < confidentCoverage {
		return nil, err
	}
	// Only the passages that hold the description best; or, while those
	// name no one ("The Ministry for Reintegration today published a
	// plan"), the next best that hold most of it.
	top, namedAny := hits[0].coverage, false
	var found *person
	foundStrong := false // found holds the description's title as theirs
	level := top         // how much of the description found's passage holds
	pron, title := e.relation(who)
	leader := e.leaderWord(who)
	parent := asksParent(who)
	for i := range hits {
		h := &hits[i]
		if h.coverage < top && (namedAny || h.coverage < minCoverage) && (found == nil || h.coverage < level) {
			break
		}
		r, err := e.passageOf(h)
		if err != nil {
			return nil, err
		}
		if pron != "" && !pronounBefore(r.text, pron, title) {
			// "her deputy": someone's deputy, named so ("Bohdan
			// Yaremchuk, her deputy on the delegation"; "his commander,
			// Captain Hordiienko"), not whoever holds a deputy's title.
			continue
		}
		// "the mother of the captured marine": not her son, named in
		// the same words.
		p, names := e.fitting(r.text, heads, rest, qual, func(p *person) bool { return ofNounGender(p, who) })
		if p != nil && parent && !mentionsChild(r.text) {
			// "the dad from pishchane": not the mediator who gave the
			// families of Pishchane his word, in a passage on no child.
			p = nil
		}
		called := false
		if p == nil {
			// "The head of the Russian delegation, Deputy Minister of
			// Culture Viktor Leskov, did not speak": the one the passage
			// calls so, though the people model read another title.
			if q := e.calledSo(r.text, heads, rest); q != nil && ofNounGender(q, who) {
				p, names, called = q, true, true
			}
		}
		strong := p != nil && (called || p.titledAsNoun(e, heads, rest) || e.leads(p, heads, rest) || e.describedNear(r.text, p, heads, false))
		if p != nil {
			// "the tarskan delegation head": not the other side's, in a
			// passage on a Tarskan drone.
			if ns := e.nationsIn(qual); len(ns) > 0 && !e.ofNations(p, ns) {
				p = nil
			}
		}
		if p != nil {
			// "the odesa airport director": not the one of the airport in
			// Lviv the passage names, where nothing places them in Odesa.
			if placed, err := e.placedAsAsked(ctx, r, p, qual); err != nil || !placed {
				if err != nil {
					return nil, err
				}
				p = nil
			}
		}
		if p != nil && !e.bodiesHeld(r.text, p, rest) {
			// "the chair of the commission": not the chair of talks a
			// passage without the commission names.
			p = nil
		}
		if p != nil && e.notSecond(p, heads, rest) {
			// "the deputy agriculture minister" is not the minister the
			// passage names on the ministry's behalf; another it names
			// may be.
			p = nil
		}
		if p != nil && !strong && leader != "" && !slices.ContainsFunc(p.titles(), e.lex.HeadsBody) {
			// "the rostov lab boss": not a columnist the passage names
			// beside "the Rostov laboratory", whom no title makes the
			// head of anything.
			p = nil
		}
		if p != nil && !p.titledAsNoun(e, heads, rest) && e.headOnlyOwned(r.text, heads) {
			// "According to his lawyer, Mr Aeschlimann bought …", for
			// "ukraine's lawyer": the passage's lawyer is someone's, not
			// the one it names.
			p = nil
		}
		if p != nil && !strong && onlyAsOwner(r.text, p) {
			// The one person a passage names, but only as someone's
			// ("Sorokin's deputy … the ministry", for "her old boss at
			// the justice ministry"): the one it is about is the other.
			p = nil
		}
		switch {
		case p != nil && found == nil:
			found, foundStrong, level = p, strong, h.coverage
		case p != nil && p != found && h.coverage == level && (strong || !foundStrong):
			// "the iaea boss": the leader of the team at the plant in
			// one passage, the agency's director general in another,
			// both holding the whole description as well (or as much
			// of it, below passages naming no one). Which one is no
			// guess to make.
			return nil, nil
		}
		if found != nil && h.coverage < level {
			break
		}
		namedAny = namedAny || names
	}
	return found, nil
}

// notCalledElsewhere is p, found by a title alone ("the host"), unless
// the articles say another does what the title is for ("Leyla Hasanova
// is … host of the Baku round", in a bio the title was not read from):
// then nil, no one in particular.
func (e *Engine) notCalledElsewhere(ctx context.Context, heads []string, p *person) (*person, error) {
	for _, h := range heads {
		if other, err := e.calledElsewhere(ctx, h, p); err != nil || other {
			return nil, err
		}
	}
	return p, nil
}

// notSecond reports a description asking for someone second to a head
// ("deputy", "vice") of a person whose titles say they are not: the
// minister, for "the deputy minister". A person with no title may be.
func (e *Engine) notSecond(p *person, heads, rest []string) bool {
	if !e.lex.HasSecond(append(slices.Clone(heads), rest...)) {
		return false
	}
	ts := slices.DeleteFunc(p.titles(), func(t string) bool { return strings.TrimSpace(t) == "" })
	return len(ts) > 0 && !slices.ContainsFunc(ts, func(t string) bool { return e.lex.HasSecond(strings.Fields(strings.ReplaceAll(t, "-", " "))) })
}

// leaderWord is the leader word ("boss", "chief") closing a description,
// in lower case; "" if it ends in another word.
func (e *Engine) leaderWord(who string) string {
	f := strings.Fields(strings.ToLower(who))
	if len(f) < 2 || !e.lex.IsLeaderWord(f[len(f)-1]) {
		return ""
	}
	return f[len(f)-1]
}

// asks reports a passage that is p's question ("Kivelä: What does the
// Red Cross do?"): p's label, then words ending in a question mark.
func (p *person) asks(text string) bool {
	label, _, ok := strings.Cut(text, ":")
	return ok && asksItself(text) && len(strings.Fields(label)) <= 4 && p.namedIn(label)
}

// relation reads a description that says whose someone is with a
// pronoun before a title ("her deputy", "his captain"): the pronoun and
// the title, in lower case; "" for any other description.
func (e *Engine) relation(who string) (pron, title string) {
	f := strings.Fields(strings.ToLower(who))
	if len(f) < 2 || !e.lex.IsTitleNoun(f[1]) {
		return "", ""
	}
	switch f[0] {
	case "her", "his", "their":
		return f[0], f[1]
	}
	return "", ""
}

// pronounBefore reports whether text holds the pronoun at most three
// words before a word of the title ("his commander, Captain …").
func pronounBefore(text, pron, title string) bool {
	ws := strings.Fields(strings.ToLower(text))
	for i, w := range ws {
		if strings.Trim(w, ",.;:\"“”'’") != title {
			continue
		}
		for j := max(0, i-3); j < i; j++ {
			if strings.Trim(ws[j], ",.;:\"“”") == pron {
				return true
			}
		}
	}
	return false
}

// titleHeldByMany reports a description that is a title alone ("foreign
// minister": its other words all words of titles) that more than one
// person's titles hold.
func (e *Engine) titleHeldByMany(heads, rest []string) bool {
	return len(e.titleHolders(heads, rest)) > 1
}

// titleHolders are the people whose titles hold a description that is a
// title alone; nil for any other description.
func (e *Engine) titleHolders(heads, rest []string) []*person {
	if len(rest) == 0 || slices.Contains(heads, "") {
		return nil
	}
	for _, w := range rest {
		if f := strings.ToLower(w); !e.lex.IsModifier(f) && !e.lex.IsTitleNoun(f) {
			return nil
		}
	}
	var out []*person
	for i := range e.people {
		p := &e.people[i]
		if !p.titledAs(e, heads, rest) {
			continue
		}
		all := true
		for _, w := range rest {
			if !e.roleHolds(p, w) {
				all = false
				break
			}
		}
		if all {
			out = append(out, p)
		}
	}
	return out
}

// onlyOnSubject is, of the people a title-alone description fits ("the
// fm" with two foreign ministers), the one whose words speak to the
// question's subject ("… abt snapback"), when only one's do.
func (e *Engine) onlyOnSubject(ctx context.Context, who, about string) (*person, error) {
	qs := e.questionTerms(about)
	if len(qs) == 0 {
		return nil, nil
	}
	return e.onlyOneOn(ctx, e.titleHolders(e.descriptionWords(who)), qs)
}

// sharedTitleOn is, when the title a description was resolved by (p's)
// is held by others too, the one of them whose words speak to the
// question's subject, when only one's do: "what did the truck driver say
// abt seeing his daughter", of three drivers, is the one whose words are
// on his daughter, whichever driver's title happens to name a truck. Nil
// when the title is p's alone, or the subject leaves the choice open.
func (e *Engine) sharedTitleOn(ctx context.Context, who string, p *person, about string) (*person, error) {
	heads, rest := e.descriptionWords(who)
	if p == nil || about == "" || len(heads) == 0 || slices.Contains(heads, "") {
		return nil, nil
	}
	// The words that say which title it is stay ("russian", "deputy",
	// "icrc"); a plain noun of everyday English ("truck") may name what
	// the title holder drives without saying which one is meant.
	kept := rest[:0:0]
	for _, w := range rest {
		f := strings.ToLower(w)
		if l := english.Lookup(f); !l.Known || l.Name || l.POS != 'n' || e.lex.IsModifier(f) || e.lex.IsTitleNoun(f) || e.ofOneNation(f) != "" {
			kept = append(kept, w)
		}
	}
	if len(kept) == len(rest) {
		return nil, nil
	}
	var holders []*person
	for i := range e.people {
		if h := &e.people[i]; h.titledAsNoun(e, heads, kept) && !slices.ContainsFunc(kept, func(w string) bool { return !e.roleHolds(h, w) }) {
			holders = append(holders, h)
		}
	}
	if len(holders) < 2 || !slices.Contains(holders, p) {
		return nil, nil
	}
	qs := e.questionTerms(about)
	if len(qs) == 0 {
		return nil, nil
	}
	return e.onlyOneOn(ctx, holders, qs)
}

// onlyOneOn is, of the candidates, the one whose words speak to the
// subject qs, when only one's do; nil otherwise.
func (e *Engine) onlyOneOn(ctx context.Context, candidates []*person, qs []qterm) (*person, error) {
	// Their direct words first; only when no one's are on it, what
	// they are reported to have said ("Melnyk told Reuters that …").
	m := e.newMatcher(qs)
	for _, reported := range []bool{false, true} {
		var on, own []*person
		for _, p := range candidates {
			info := e.data.Speakers[p.Name]
			n := info.Quotes
			if reported {
				n = info.Reports
			}
			got, k, err := e.onSubject(ctx, p.Name, reported, n, qs, 1)
			if err != nil {
				return nil, err
			}
			if k == 0 {
				continue
			}
			on = append(on, p)
			if slices.ContainsFunc(got[:k], func(r *quoteRec) bool {
				cov, _, _, _ := m.scan(r.quote.Text)
				return cov >= minCoverage
			}) {
				own = append(own, p)
			}
		}
		// One whose words are on it, or of several, the one whose
		// words say it themselves, not only the passage around them
		// ("We drive it slower than a freight train", beside a
		// namesake reported meeting the train).
		switch {
		case len(on) == 1:
			return on[0], nil
		case len(own) == 1:
			return own[0], nil
		case len(on) > 1:
			return nil, nil
		}
	}
	return nil, nil
}

// countrySpeaks is who a capital stands for when asked what it said
// ("moscows reaction to the final text", "what did warsaw say about
// soldiers"): of the people quoted whose titles name that
// country, the one whose words speak to the subject, when only one's do.
// Nil without a subject, or when several or none of them speak to it.
func (e *Engine) countrySpeaks(ctx context.Context, who, about string) (*person, error) {
	if country := e.ofOneNation(who); country != "" {
		// "the russian official", "the turkish guy": one of that
		// country's people, the one whose words are on the subject.
		qs := e.questionTerms(about)
		if len(qs) == 0 {
			return nil, nil
		}
		return e.onlyOneOn(ctx, e.quotedOf(country, nil), qs)
	}
	f := strings.Fields(strings.ToLower(who))
	nationals := false // "the dutch", "the french": a nation's people, speaking by its government
	if len(f) > 0 && f[0] == "the" {
		f = f[1:]
		nationals = len(f) == 1
	}
	side := len(f) == 2 && slices.Contains(loadQuestionWords().SideNouns, f[1])
	if side {
		// "the russian side", "kyivs delegation": a party to the talks
		// speaks by its people, whatever word names its country.
		f = f[:1]
	}
	if len(f) != 1 {
		return nil, nil
	}
	// A capital or a seat of government stands for its government
	// ("Moscow", "Ottawa", "the Kremlin"); the country itself ("what
	// does russia want") is its position, which passages report.
	w := strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(f[0], "'s"), "’s"), "s")
	n, ok := e.lex.Nation(w)
	if !ok {
		n, ok = e.lex.Nation(f[0])
	}
	if !ok || !side && !(nationals && strings.EqualFold(f[0], n.Adjective)) && slices.ContainsFunc([]string{n.Country, n.Adjective}, func(c string) bool { return strings.HasPrefix(f[0], strings.ToLower(c)) }) {
		return nil, nil
	}
	nations := e.nationsIn(f)
	qs := e.questionTerms(about)
	if len(nations) != 1 || len(qs) == 0 {
		return nil, nil
	}
	var nation string
	for n := range nations {
		nation = n
	}
	var theirs []*person
	for i := range e.people {
		p := &e.people[i]
		if e.data.Speakers[p.Name].Quotes == 0 {
			continue
		}
		if e.countriesKnown(p)[nation] && !e.onlyPlaceOfBody(p, nation) {
			theirs = append(theirs, p)
		}
	}
	if side {
		// "the russian side on the prisoner lists": the side speaks by
		// the one who leads its delegation, whoever else of it is quoted
		// on the subject.
		speaker := loadQuestionWords().SideSpeaker
		leading := func(r string) bool {
			if e.lex.WrittenOut(speaker, r) {
				return true // "leader of Moscow's team"
			}
			return slices.ContainsFunc(strings.Fields(strings.ToLower(r)), func(w string) bool { return e.lex.SameTitle(strings.Trim(w, ",()"), speaker) })
		}
		var leads []*person
		for _, p := range theirs {
			if slices.ContainsFunc(p.titles(), leading) {
				leads = append(leads, p)
			}
		}
		if len(leads) == 1 {
			return leads[0], nil
		}
	}
	return e.onlyOneOn(ctx, theirs, qs)
}

// onlyPlaceOfBody reports whether p's titles name the country only by a
// city opening the name of a body ("head of the Russia programme at the
// Warsaw Centre for Eastern Policy"): a think tank in Warsaw does not
// speak for Warsaw.
func (e *Engine) onlyPlaceOfBody(p *person, country string) bool {
	if _, known := e.lex.LookupKnown(p.Name); known {
		return false
	}
	for _, r := range p.titlesAndBodies() {
		ws := wordSpans(r)
		for i, sp := range ws {
			w := r[sp.start:sp.end]
			n, ok := e.lex.Nation(w)
			if !ok || n.Country != country {
				continue
			}
			city := !strings.EqualFold(w, n.Country) && !strings.EqualFold(w, n.Adjective)
			if !city || i+1 >= len(ws) {
				return false
			}
			if next := r[ws[i+1].start:ws[i+1].end]; !capitalised(next) || e.lex.IsModifier(next) || e.lex.IsTitleNoun(strings.ToLower(next)) {
				return false
			}
		}
	}
	return true
}

// roleHolds reports whether one of p's titles has the word.
func (e *Engine) roleHolds(p *person, w string) bool {
	t := e.terms.of(w)
	return slices.ContainsFunc(p.titles(), func(r string) bool { return e.hasTerm(r, t) })
}

// hasTerm reports whether one of the words of s is the index term t.
func (e *Engine) hasTerm(s, t string) bool {
	for _, sp := range wordSpans(s) {
		if e.terms.of(s[sp.start:sp.end]) == t {
			return true
		}
	}
	return false
}

// inCompoundName reports whether a word of s written with capitals inside
// ("UkrTransGrid", "EnergoAtom") has a part that is term t: "the grid
// ceo" is the chief executive of UkrTransGrid.
func (e *Engine) inCompoundName(s, t string) bool {
	for _, sp := range wordSpans(s) {
		w := s[sp.start:sp.end]
		var parts []string
		start := 0
		for i, r := range w {
			if i > 0 && unicode.IsUpper(r) {
				parts, start = append(parts, w[start:i]), i
			}
		}
		if len(parts) == 0 {
			continue
		}
		if slices.ContainsFunc(append(parts, w[start:]), func(p string) bool { return e.terms.of(p) == t }) {
			return true
		}
	}
	return false
}

// descriptionWords splits a description into the words that say it is a
// person (title nouns, "guy", "mom": heads) and the others, without
// articles and question syntax.
func (e *Engine) descriptionWords(who string) (heads, rest []string) {
	qw := loadQuestionWords()
	// The words after "of" describe the head, not be it: in "the mom of
	// the captured soldier" the soldier is not who is meant.
	complement := false
	var unused []int // heads the articles never use
	for _, sp := range wordSpans(who) {
		w := strings.ToLower(who[sp.start:sp.end])
		switch {
		case who[sp.start:sp.end] == "US":
			// The country, as the intent step wrote it ("the us
			// foreign minister"), never the pronoun.
			rest = append(rest, "US")
		case w == "of" || w == "whose":
			complement = len(heads) > 0
		case slices.Contains(qw.FormerJoins, w) && len(heads) > 0:
			// "the deminer turned researcher": what they were is a word
			// their titles hold; what they are now is the head.
			if h := heads[len(heads)-1]; h != "" {
				rest = append(rest, h)
			}
			heads = heads[:len(heads)-1]
		case roleFillerWord(w) || qw.filler[w] || slices.Contains(qw.MediumWords, w) && sp.end < len(who):
			// "the podcast guest": the show is not what they are.
		case e.lex.IsUnmaking(w) && e.vocab.df(e.terms.of(w)) == 0:
			// "the ex un mine guy" of "a former United Nations
			// mine-clearance adviser": a word the articles never use
			// cannot say which one is meant.
		case complement:
			rest = append(rest, who[sp.start:sp.end])
		case e.lex.IsKin(w) && e.kinTitled(w):
			// "the grandma waiting at the bridge": a relative, as the
			// articles title someone ("Vera Lunik, whose grandson …" is
			// a grandmother).
			heads = append(heads, e.lex.KinWord(w))
		case qw.personNoun[w]:
			// "guy", "mom": a person, but not a word to search for.
			heads = append(heads, "")
		case e.personNoun(w) && (!e.lex.IsTitleNoun(w) || e.lex.SuffixedPerson(w)) && e.vocab.df(e.terms.of(w)) == 0:
			// "the vektor sociologist" of "Tatiana Gromova, who heads
			// research at the centre": a word for what someone does
			// that the articles never use may say only that a person
			// is meant, when other words say which (below).
			unused = append(unused, len(heads))
			heads = append(heads, w)
		case e.personNoun(w):
			// A title, or any word English uses for one person: "the
			// pharmacist", "the ferry mechanic" (not "leaders": a group
			// is no one person).
			heads = append(heads, w)
		default:
			rest = append(rest, who[sp.start:sp.end])
		}
	}
	if len(unused) > 0 && e.namesBody(rest, placedWords(who)) {
		for _, i := range unused {
			heads[i] = ""
		}
	}
	var hs []string
	for _, h := range heads {
		if h != "" {
			hs = append(hs, h)
		}
	}
	if spans := wordSpans(who); len(spans) > 1 && len(hs) > 0 {
		// "the deminer boss": whoever leads the deminers, not one of
		// them; the leader word closing the description is its head.
		if last := strings.ToLower(who[spans[len(spans)-1].start:]); e.lex.IsLeaderWord(last) && !slices.Contains(hs, last) {
			return []string{last}, append(rest, hs...)
		}
	}
	if len(heads) > 0 && len(hs) == 0 || len(heads) == 0 && len(rest) == 1 && e.nationalNoun(rest[0]) {
		// "the ministry guy"; "the brazilian", a nationality for one
		// person of it.
		return []string{""}, rest
	}
	return hs, rest
}

// kinTitled reports someone of the articles titled as the relative w
// names ("grandma": a grandmother).
func (e *Engine) kinTitled(w string) bool {
	for i := range e.people {
		if slices.ContainsFunc(e.people[i].titles(), func(t string) bool { return e.lex.SameKin(lastWordOf(t), w) }) {
			return true
		}
	}
	return false
}

// nationalNoun reports a nationality's adjective, which alone stands for
// one person of it ("what did the brazilian say"): not the country
// ("brazil" is its government), nor a plural ("the brazilians").
func (e *Engine) nationalNoun(w string) bool {
	n, ok := e.lex.Nation(w)
	return ok && strings.EqualFold(n.Adjective, w)
}

// fitting is the one person text names who fits a description's title
// words: one whose titles hold one of them. A description with no title
// ("the ministry guy") fits the one person text names, if it names one.
// Nil when the choice is open: a passage naming one person may be
// quoting someone it does not name ("a senior official said").
// namesSomeone says whether text names anyone the articles know at all;
// only those may allows are candidates (the description's words for a
// person may say which gender).
func (e *Engine) fitting(text string, heads, rest, qual []string, may func(*person) bool) (_ *person, namesSomeone bool) {
	nations := e.nationsIn(rest)
	var named []*person
	for i := range e.people {
		p := &e.people[i]
		if !p.namedIn(text) {
			continue
		}
		namesSomeone = true
		if e.ofNations(p, nations) && may(p) {
			named = append(named, p)
		}
	}
	var titled []*person
	for _, p := range named {
		if (p.titledAsNoun(e, heads, rest) || e.leads(p, heads, rest)) && e.restHeld(text, p, qual) {
			titled = append(titled, p)
		}
	}
	// "Oleksandr, a medic from Mykolaiv" in a letter and "Oleksandr
	// Kovalenko, a 34-year-old naval medic" in the news, both medics:
	// one person, named in full in one of the articles.
	titled = slices.DeleteFunc(titled, func(p *person) bool {
		return !strings.Contains(p.Name, " ") && slices.ContainsFunc(titled, func(q *person) bool {
			given, _, _ := strings.Cut(q.Name, " ")
			return q != p && strings.EqualFold(given, p.Name)
		})
	})
	if len(titled) == 0 {
		// "Lieutenant General (retired) Sir Richard Fenwick, former
		// commander …": the title stands by the name, though the people
		// model read another as their role.
		// With no title to look for ("the snp guy"), the words saying
		// which one: "Callum Reid, the SNP member for Dundee Central".
		by := heads
		if !slices.ContainsFunc(heads, func(h string) bool { return h != "" }) {
			by = rest
		}
		var near []*person
		for _, p := range named {
			if e.describedNear(text, p, by, e.lex.HasSecond(rest)) && e.restHeld(text, p, qual) {
				near = append(near, p)
			}
		}
		if len(near) == 1 {
			return near[0], true
		}
	}
	switch {
	case len(titled) == 1:
		return titled[0], true
	case len(titled) == 0 && len(named) == 1 && len(heads) == 1 && heads[0] == "" && !named[0].asks(text) && !e.describesAnother(text, named[0], rest) && e.qualifiedNear(text, named[0], qual) && e.restNear(text, named[0], rest):
		// "the reintegration ministry guy": no title to check, but not
		// a question they ask ("the red cross lady" is not the
		// interviewer asking "What does the Red Cross do?").
		return named[0], true
	case len(titled) == 0 && len(named) == 1 && e.saysWhat(text, heads):
		// "Oksana Levchenko, 52, a pharmacist on Ushakova Avenue": what
		// the one person named is, said in words that are no title.
		return named[0], true
	}
	return nil, namesSomeone
}

// ofAge is the one person the articles give the age ("Serhiy Lytvyn,
// 54,"; "the 54-year-old"), of those several are given, the one whose
// titles hold the description's other words ("the 61-year-old
// fisherman"); nil when none or several fit.
func (e *Engine) ofAge(age int, who string) *person {
	var of []*person
	for i := range e.people {
		if e.people[i].Age == age {
			of = append(of, &e.people[i])
		}
	}
	if len(of) > 1 {
		heads, rest := e.descriptionWords(who)
		var words []string
		for _, w := range append(heads, rest...) {
			if w != "" && ageIn(w) == 0 {
				words = append(words, w)
			}
		}
		of = slices.DeleteFunc(of, func(p *person) bool { return len(words) == 0 || !e.holdsAll(p, words) })
	}
	if len(of) != 1 {
		return nil
	}
	return of[0]
}

// describedByTitles is the one person the articles quote whose titles
// (or, when none of those, the one person whose titles) hold the whole
// description: a title of its head's class (or, for
// "chief" or "boss", one heading the body), and every other word in
// one of their titles or bodies, or their country ("the nato chief":
// NATO Secretary General Mark Rutte; "the ukrainian deputy prime
// minister"). Nil when no one or several do, or a word of the
// description is in none of anyone's titles ("the freed medic"): the
// passages decide then. Only those may allows are looked at (a woman, for
// "the iaea woman").
func (e *Engine) describedByTitles(heads, rest, placed []string, may func(*person) bool) (_ *person, many bool) {
	if !slices.ContainsFunc(heads, func(h string) bool { return h != "" }) {
		return e.describedByBody(rest, placed, may), false
	}
	// "the agency chief": whoever heads the agency (its Director General),
	// when one person does, before anyone titled "chief" of something
	// ("Chief Inspector").
	if e.lex.IsLeaderWord(heads[len(heads)-1]) {
		if found, _ := e.onlyPerson(func(p *person) bool {
			return may(p) && e.data.Speakers[p.Name].Quotes > 0 && e.leads(p, heads, rest) && e.holdsAll(p, rest)
		}); found != nil {
			return found, false
		}
	}
	// The one quoted person who fits; else, with no one quoted fitting,
	// the one person who does ("the podcast host", who only asks).
	for _, quoted := range []bool{true, false} {
		fits := func(p *person) bool {
			return may(p) && (e.data.Speakers[p.Name].Quotes > 0) == quoted && e.titledFits(p, heads, rest)
		}
		found, many := e.onlyPerson(fits)
		if many {
			// "the think tank analyst": the one titled so, before a
			// hydrologist at a university, who only studies.
			if titled, _ := e.onlyPerson(func(p *person) bool { return fits(p) && p.titledAs(e, heads, rest) }); titled != nil {
				return titled, false
			}
			// "the ombudsman lady": the Ombudsman, before the
			// spokeswoman for the ombudsman's office, whose title only
			// names it.
			if titled, _ := e.onlyPerson(func(p *person) bool { return fits(p) && p.titledAsNoun(e, heads, rest) }); titled != nil {
				return titled, false
			}
			// "the skipper": the one whose title says "skipper", before a
			// captain the word only means.
			if titled, _ := e.onlyPerson(func(p *person) bool { return fits(p) && p.titleSays(e, heads) }); titled != nil {
				return titled, false
			}
		}
		if found != nil || many {
			return found, many
		}
	}
	if p := e.onlyTitledUnplaced(heads, rest); p != nil {
		return p, false
	}
	return e.playsPart(heads, rest), false
}

// titledFits reports a person a description's titles and other words
// fit, as describedByTitles reads them: holding the title (or leading,
// or studying, what it names) and every other word.
func (e *Engine) titledFits(p *person, heads, rest []string) bool {
	return (p.titledAs(e, heads, rest) || e.leads(p, heads, rest) || e.studies(p, heads)) && e.holdsAll(p, rest)
}

// onlyTitledUnplaced is the one quoted person holding the description's
// title, when no one else holds it at all and the words it lacks are only
// what the articles leave unsaid of them: a country, for someone in a
// national office whose titles name none ("the russian foreign ministry
// spokeswoman" of the "Foreign Ministry Spokeswoman" a Moscow briefing
// names; not "the russian mayor" of a mayor of nowhere said), or a body,
// for someone whose title names none ("the committee chair" of a
// hearing's "The Chair"). Nil when a word is anything else, or says what
// their titles contradict.
func (e *Engine) onlyTitledUnplaced(heads, rest []string) *person {
	p, _ := e.onlyPerson(func(p *person) bool { return p.titledAsNoun(e, heads, rest) })
	if p == nil || e.data.Speakers[p.Name].Quotes == 0 || len(rest) == 0 {
		return nil
	}
	for _, w := range rest {
		switch {
		case e.holdsAll(p, []string{w}):
		case len(e.nationsIn([]string{w})) > 0:
			// "the ukrainian president" is no one of another country,
			// nor the president of a body ("ICRC President"); nor one
			// holding no national office, whose country the question
			// would only be guessing ("the russian mayor", of Izmail).
			if len(e.countriesKnown(p)) > 0 || e.titleNamesBody(p) || !slices.ContainsFunc(p.titles(), e.lex.HoldsNationalOffice) {
				return nil
			}
		case e.lex.IsOrganisationWord(w):
			if e.titleNamesBody(p) || e.titleSaysOf(p, heads, rest) {
				return nil
			}
		default:
			return nil
		}
	}
	return p
}

// bodiesHeld reports whether every body a description's other words
// name by its head word ("commission" of "the chair of the commission";
// "ministry", not "energy", of "the energy ministry spokesman") is in
// text, the passage that names p, or among p's titles and bodies.
func (e *Engine) bodiesHeld(text string, p *person, rest []string) bool {
	for i, w := range rest {
		if !e.lex.IsOrganisationWord(w) || i+1 < len(rest) && e.lex.IsOrganisationWord(rest[i+1]) {
			continue
		}
		if !e.holdsAll(p, []string{w}) && !e.hasTerm(text, e.terms.of(w)) {
			return false
		}
	}
	return true
}

// headOnlyOwned reports a description's title word (heads) standing in
// text, each time, right after a possessive pronoun ("his lawyer", "her
// deputy"): someone the text speaks of, not the one it names.
func (e *Engine) headOnlyOwned(text string, heads []string) bool {
	found := false
	prev := ""
	for _, sp := range wordSpans(text) {
		w := strings.ToLower(text[sp.start:sp.end])
		for _, h := range heads {
			if h == "" || e.terms.of(w) != e.terms.of(h) {
				continue
			}
			if !e.lex.IsOwnerPronoun(prev) {
				return false
			}
			found = true
		}
		prev = w
	}
	return found
}

// titleSaysOf reports a title of p's, held as the description's title
// word, that says what it is of ("chair of Astana", of talks she
// chaired): whatever else a description names ("the chairman of the
// commission") is not hers.
func (e *Engine) titleSaysOf(p *person, heads, rest []string) bool {
	for _, t := range p.titles() {
		f := strings.Fields(strings.ToLower(t))
		if !slices.ContainsFunc(f[:max(len(f)-1, 0)], func(w string) bool { return w == "of" || w == "for" }) {
			continue
		}
		one := &person{titleList: []string{t}}
		if one.titledAsNoun(e, heads, rest) {
			return true
		}
	}
	return false
}

// titleNamesBody reports whether one of p's titles names a body they
// belong to ("spokesperson for the monitoring mission", "Energoatom Chief
// Executive"): a word for a body, or a capitalised word that is no title
// word.
func (e *Engine) titleNamesBody(p *person) bool {
	if len(p.Organisations) > 0 {
		return true
	}
	for _, r := range p.titles() {
		for i, w := range strings.Fields(r) {
			f := strings.ToLower(people.StripPossessive(strings.Trim(w, ",.()")))
			if e.lex.IsOrganisationWord(f) || i > 0 && unicode.IsUpper([]rune(w)[0]) && !e.lex.IsTitleNoun(f) && !e.lex.IsModifier(f) {
				return true
			}
		}
	}
	return false
}

// playsPart is whom a description of a part played in talks by neither
// side and a country means ("the swiss mediator", "the saudi mediator"):
// the one quoted office holder of that country, when no one holds the
// part as a title. Nil when the description says more, names a side in
// the talks ("the russian mediator"), or two or none fit.
func (e *Engine) playsPart(heads, rest []string) *person {
	for _, h := range heads {
		if h == "" || !e.lex.IsThirdParty(h) {
			return nil
		}
	}
	nations := e.nationsIn(rest)
	if len(rest) == 1 && len(nations) == 0 {
		// "the gulf mediator": one of the region's countries.
		for _, c := range e.lex.Region(rest[0]) {
			nations[c] = true
		}
	}
	if len(nations) == 0 || len(rest) != 1 {
		return nil
	}
	for c := range nations {
		if e.lex.IsTalksParty(c) {
			return nil
		}
	}
	if p := e.onlyOfficeHolderOf(nations); p != nil {
		return p
	}
	// Of a Swiss envoy and a Swiss engineer, the one with a title sent to
	// carry talks (words.tsv thirdpartytitle).
	return e.onlyHolderOf(nations, func(t string) bool { return e.lex.IsThirdPartyTitle(lastWordOf(t)) })
}

// lastWordOf is the last word of s, in lower case.
func lastWordOf(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return strings.ToLower(f[len(f)-1])
}

// onlyOfficeHolderOf is the one quoted person with a title whose country
// the articles say is one of nations; nil when two or none are.
func (e *Engine) onlyOfficeHolderOf(nations map[string]bool) *person {
	return e.onlyHolderOf(nations, func(string) bool { return true })
}

// onlyHolderOf is the one quoted person of one of nations with a title
// (their role, "" when they have none, or another) that title accepts;
// nil when two or none are.
func (e *Engine) onlyHolderOf(nations map[string]bool, title func(string) bool) *person {
	found, _ := e.onlyPerson(func(p *person) bool {
		if e.data.Speakers[p.Name].Quotes == 0 || !slices.ContainsFunc(p.titles(), title) {
			return false
		}
		for c := range e.countriesKnown(p) {
			if nations[c] {
				return true
			}
		}
		return false
	})
	return found
}

// onlyPerson is the one person of the articles who fits; nil, and many
// set, when two or more do.
func (e *Engine) onlyPerson(fits func(*person) bool) (found *person, many bool) {
	for i := range e.people {
		p := &e.people[i]
		if !fits(p) {
			continue
		}
		if found != nil {
			return nil, true
		}
		found = p
	}
	return found, false
}

// describedByBody is the one person whose titles or bodies hold every
// word of a description with no title ("the rosatom guy" of "deputy
// director at Rosatom", "the nuclear safety commission person"), quoted
// or not: a member asking what they said is told they are named but not
// quoted. Nil when the words are only countries ("the russian guy" is
// any Russian) or only where someone is from ("the lady from vinnytsia"
// is no one whose title names Vinnytsia), or when two people or none
// (of those may allows) hold them.
func (e *Engine) describedByBody(rest, placed []string, may func(*person) bool) *person {
	body := slices.DeleteFunc(slices.Clone(rest), func(w string) bool {
		return slices.Contains(placed, strings.ToLower(w))
	})
	nations := e.nationsIn(body)
	if len(body) == 1 && len(nations) == 1 {
		// "the swiss guy": the one quoted office holder of the country.
		return e.onlyOfficeHolderOf(nations)
	}
	if len(body) == 0 || len(nations) == len(body) {
		return nil
	}
	found, _ := e.onlyPerson(func(p *person) bool { return may(p) && e.holdsAll(p, body) })
	return found
}

// describedByPlace is the one person a description naming where someone
// is from fits ("the lady from vinnytsia" of a letter signed "Olena
// Hrytsak, Vinnytsia", "the mum from sumy" of "Liudmyla Shapoval, 58,
// from Sumy"): whose titles hold the place and the description's other
// words, whose title is the description's (when it gives one) and whose
// gender its words for a person allow. Nil when two or none fit.
func (e *Engine) describedByPlace(heads, rest []string, who string) *person {
	placed := placedWords(who)
	if len(placed) == 0 {
		return nil
	}
	// A title must be theirs ("the mayor from sumy"); a word anyone may
	// be called ("the pensioner from haisyn", of a letter signed from
	// there) need not be written beside them.
	titled := slices.ContainsFunc(heads, func(h string) bool { return h != "" && e.lex.IsTitleNoun(h) })
	// The words saying what they are, not where: "the mum from sumy at
	// the border" is from Sumy; the border is where the report met her.
	others := slices.DeleteFunc(slices.Clone(rest), func(w string) bool { return slices.Contains(placed, strings.ToLower(w)) })
	found, _ := e.onlyPerson(func(p *person) bool {
		return isFrom(p, placed) && e.holdsAll(p, others) && (!titled || p.titledAs(e, heads, rest)) && ofNounGender(p, who)
	})
	return found
}

// isFrom reports whether one of p's titles says they are from one of
// places ("from Sumy", "school cook from Nizhyn").
func isFrom(p *person, places []string) bool {
	for _, t := range p.titles() {
		low := strings.ToLower(t)
		for _, w := range places {
			if i := strings.Index(low, "from "+w); i >= 0 && (i+5+len(w) == len(low) || !unicode.IsLetter(rune(low[i+5+len(w)]))) {
				return true
			}
		}
	}
	return false
}

// holdsAll reports whether every word of ws stands in one of p's titles
// or bodies, or is a country p is of.
func (e *Engine) holdsAll(p *person, ws []string) bool {
	titles := p.titlesAndBodies()
	for _, w := range ws {
		if e.researchWord(w) && slices.ContainsFunc(titles, e.lex.AtResearchBody) {
			// "the think tank guy": anyone at a body that studies.
			continue
		}
		if ns := e.nationsIn([]string{w}); len(ns) > 0 {
			if !e.ofNations(p, ns) || len(e.countriesKnown(p)) == 0 {
				return false
			}
			continue
		}
		if !slices.ContainsFunc(titles, func(r string) bool { return e.roleWordHolds(r, w) }) {
			return false
		}
	}
	return true
}

// researchWord reports a description's word saying someone is at a body
// that studies: "tank" of "think tank" ("think" is a speech verb the
// question has already set aside), "think-tank". A body's own name
// ("the hallam institute analyst") is a word of their title instead.
func (e *Engine) researchWord(w string) bool {
	w = strings.ToLower(w)
	return e.lex.AtResearchBody("think "+w) || strings.HasPrefix(w, "think") && e.lex.AtResearchBody(w)
}

// placedWords are the words of a description after a word a place
// follows ("from", "in", "near"; answertypes.yaml): where someone is, not
// what they are ("the lady from vinnytsia").
func placedWords(who string) []string {
	var out []string
	placing := false
	for _, w := range strings.Fields(strings.ToLower(who)) {
		switch {
		case loadTypeWords().placeBefore[w]:
			// answertypes.yaml place.before: "from", "in", "at", "near" …
			placing = true
		case placing:
			out = append(out, strings.Trim(w, "?!.,"))
		}
	}
	return out
}

// describesMany reports a description with no title of its own ("the
// foreign affairs official", "the ministry guy") whose other words two or
// more people's titles hold: Finland's Minister for Foreign Affairs and
// Canada's Assistant Deputy Minister of Foreign Affairs are both "the
// foreign affairs official", and which one is no guess to make.
func (e *Engine) describesMany(heads, rest []string) bool {
	if len(heads) != 1 || heads[0] != "" || len(rest) < 2 {
		return false
	}
	n := 0
	for i := range e.people {
		if e.holdsAll(&e.people[i], rest) {
			if n++; n > 1 {
				return true
			}
		}
	}
	return false
}

// studies reports whether a description's head is an expert's word
// ("analyst", "expert") and p works at a body that studies: "the bergen
// institute analyst" is the Bergen Institute's programme director.
func (e *Engine) studies(p *person, heads []string) bool {
	if !slices.ContainsFunc(heads, func(h string) bool { return h != "" && e.lex.SameTitle(h, "expert") }) {
		return false
	}
	return slices.ContainsFunc(p.titlesAndBodies(), e.lex.AtResearchBody)
}

// leads reports whether p heads the body a description names with a
// word for its leader: "the iaea chief" is the IAEA's Director General,
// "the nato boss" its Secretary General. The title heading the body
// and a word of the body's name must stand in one of p's titles.
func (e *Engine) leads(p *person, heads, rest []string) bool {
	return e.leadsBy(p.titles(), heads, rest)
}

// leadsFirst is leads, by a title no word makes second ("Deputy
// Director General" leads no body first).
func (e *Engine) leadsFirst(p *person, heads, rest []string) bool {
	return e.leadsBy(slices.DeleteFunc(p.titles(), func(t string) bool { return e.lex.HasSecond(strings.Fields(t)) }), heads, rest)
}

// partLeaders are the people other than p who head a part of what a
// description with a leader word names ("head of the OSCE monitoring
// mission", for "the osce head"): not whom it means by itself (leads
// leaves them out), but whom a question's subject may mean instead.
func (e *Engine) partLeaders(who string, p *person) []*person {
	heads, rest := e.descriptionWords(who)
	var out []*person
	for i := range e.people {
		q := &e.people[i]
		if q != p && e.data.Speakers[q.Name].Quotes > 0 && e.leadsPartBy(q.titles(), heads, rest) {
			out = append(out, q)
		}
	}
	return out
}

// ofOneNation is the one country a description gives, with nothing but
// a word for anyone besides ("the russian official", "the turkish
// guy"); "" for any other description.
func (e *Engine) ofOneNation(who string) string {
	heads, rest := e.descriptionWords(who)
	if len(heads) == 0 || slices.ContainsFunc(heads, func(h string) bool { return h != "" }) || len(rest) != 1 {
		return ""
	}
	for n := range e.nationsIn(rest) {
		return n
	}
	return ""
}

// quotedOf are the quoted people other than p whose titles name the
// country.
func (e *Engine) quotedOf(country string, p *person) []*person {
	var out []*person
	for i := range e.people {
		q := &e.people[i]
		if q != p && e.data.Speakers[q.Name].Quotes > 0 && e.countriesKnown(q)[country] && !e.onlyPlaceOfBody(q, country) {
			out = append(out, q)
		}
	}
	return out
}

// leadsPartBy is leadsBy for a title heading a part of the body the
// description names, a part it does not name.
func (e *Engine) leadsPartBy(titles, heads, rest []string) bool {
	var parts []string
	for _, t := range titles {
		if len(e.lex.PartsLed(t)) > 0 && !e.saysParts(t, append(heads, rest...)) {
			parts = append(parts, t)
		}
	}
	return len(parts) > 0 && e.leadsByParts(parts, heads, rest, false)
}

// leadsBy is leads, by one of titles.
func (e *Engine) leadsBy(titles, heads, rest []string) bool {
	return e.leadsByParts(titles, heads, rest, true)
}

// leadsByParts is leadsBy, checking that the description names each
// part a title heads only when parts is set.
func (e *Engine) leadsByParts(titles, heads, rest []string, parts bool) bool {
	// The leader word must be what the description calls them: "the
	// iaea chief", not "russia's chief negotiator", a negotiator.
	if len(heads) == 0 || !e.lex.IsLeaderWord(heads[len(heads)-1]) || len(rest) == 0 {
		return false
	}
	for _, r := range titles {
		if !e.lex.HeadsBody(r) || parts && !e.saysParts(r, append(heads, rest...)) {
			continue
		}
		// Every word of what they lead, but a country: "the ses team
		// leader" leads a team of the SES, not the SES itself.
		held, all := false, true
		for _, w := range rest {
			nation := len(e.nationsIn([]string{w})) > 0
			switch {
			case e.roleWordHolds(r, w):
				// A country alone names no body they head: "the
				// ukraine chief" is not Ukraine's ombudsman.
				held = held || !nation
			case !nation:
				all = false
			}
		}
		if held && all {
			return true
		}
	}
	return false
}

// saysParts reports whether the description's words name each part of a
// body that title r heads ("team" of "leader of the IAEA team"): "the iaea
// boss" is not who leads its team at a plant; "the iaea team leader" is.
func (e *Engine) saysParts(r string, words []string) bool {
	for _, part := range e.lex.PartsLed(r) {
		if !slices.ContainsFunc(words, func(w string) bool { return e.terms.of(w) == e.terms.of(part) }) {
			return false
		}
	}
	return true
}

// roleWordHolds reports whether title r has word w, or names the body w
// names by an acronym or another name ("icrc" in "Red Cross delegate").
func (e *Engine) roleWordHolds(r, w string) bool {
	if e.hasTerm(r, e.terms.of(w)) || e.inCompoundName(r, e.terms.of(w)) {
		return true
	}
	// "the agriculture minister" of "Minister of Agrarian Policy and
	// Food": the portfolio's field as that country's title names it.
	for _, alt := range e.lex.PortfolioNames(w) {
		if e.hasTerm(r, e.terms.of(alt)) {
			return true
		}
	}
	// "the health ministry spokesman" of "spokesman for the Minister of
	// Health": a title naming the one whose office the body is.
	for _, head := range e.lex.BodyHeads(w) {
		if e.hasTerm(r, e.terms.of(head)) {
			return true
		}
	}
	if o, ok := e.lex.Organisation(w); ok && o.NamedIn(r) {
		return true
	}
	// "the agency chief" of "INSA Director General": a word of the name
	// the title's initials stand for, as the articles spell it out.
	for _, sp := range wordSpans(r) {
		if name, ok := e.data.Acronyms[strings.ToLower(r[sp.start:sp.end])]; ok && e.hasTerm(name, e.terms.of(w)) {
			return true
		}
	}
	// "the sfi team leader" of "team leader, Safe Fields Initiative": a
	// body's initials, as the articles spell them.
	name, ok := e.data.Acronyms[strings.ToLower(w)]
	if !ok {
		return false
	}
	return strings.Contains(strings.ToLower(r), name) || e.namedByHead(r, name)
}

// describesAnother reports whether the description's words stand in
// text by a title that is not p's: "the opposition guy from calgary" is
// not the minister whose answer thanks "the member for Calgary Ridge,
// the opposition critic", someone the passage describes but does not
// name.
func (e *Engine) describesAnother(text string, p *person, rest []string) bool {
	want := map[string]bool{}
	for _, w := range rest {
		if t := e.terms.of(w); t != "" {
			want[t] = true
		}
	}
	ws := wordSpans(text)
	near := func(i, reach int, ok func(string) bool) bool {
		for j := max(0, i-reach); j < min(len(ws), i+reach+1); j++ {
			if j != i && ok(text[ws[j].start:ws[j].end]) {
				return true
			}
		}
		return false
	}
	for i, sp := range ws {
		if !want[e.terms.of(text[sp.start:sp.end])] {
			continue
		}
		titled := near(i, 3, func(w string) bool { return e.lex.IsTitleNoun(strings.ToLower(w)) })
		if titled && !e.afterNameInSentence(text, ws, i, p) && !e.titleBeforeName(text, ws, i, p) {
			return true
		}
	}
	return false
}

// afterNameInSentence reports whether p's surname stands before word i
// of text in its sentence, with no colon between: "Taras Bondar, chief
// dispatcher at Ukraine's grid operator Ukrenergo" describes Bondar;
// "(Ms Claire Beaumont): I thank the member for Calgary Ridge" does not
// describe her.
func (e *Engine) afterNameInSentence(text string, ws []span, i int, p *person) bool {
	for j := i - 1; j >= 0; j-- {
		if strings.ContainsAny(text[ws[j].end:ws[j+1].start], ".:;?!") {
			return false
		}
		if fold(text[ws[j].start:ws[j].end]) == p.last {
			return true
		}
	}
	return false
}

// titleBeforeName reports whether word i of text stands in a title set
// before p's name, a comma between: "The UN's under-secretary-general for
// humanitarian affairs, Miguel Arráez, said" describes Arráez.
func (e *Engine) titleBeforeName(text string, ws []span, i int, p *person) bool {
	for j := i; j < len(ws)-1 && j <= i+8; j++ {
		gap := text[ws[j].end:ws[j+1].start]
		if strings.ContainsAny(gap, ".:;?!\"“”") {
			return false
		}
		if !strings.Contains(gap, ",") {
			continue
		}
		for k := j + 1; k < len(ws) && k <= j+3; k++ {
			if fold(text[ws[k].start:ws[k].end]) == p.last {
				return true
			}
		}
		return false
	}
	return false
}

// qualifiedNear reports whether the words qualifying a description that
// name a body or a country ("un" in "the un guy") are p's, in a title
// or their nationality, or stand in a sentence naming p: a passage where
// the UN and someone else stand apart describes no one of the UN.
func (e *Engine) qualifiedNear(text string, p *person, qual []string) bool {
	for _, w := range qual {
		ns := e.nationsIn([]string{w})
		if _, org := e.lex.Organisation(w); !org && len(ns) == 0 {
			continue
		}
		if e.roleHolds(p, w) || len(ns) > 0 && e.ofNations(p, ns) {
			continue
		}
		t := e.terms.of(w)
		held := false
		for _, sent := range corpus.Sentences(text) {
			if e.hasTerm(sent, t) && p.namedIn(sent) {
				held = true
				break
			}
		}
		if !held {
			return false
		}
	}
	return true
}

// restNear reports whether a word of a description without a title
// ("the grid company boss") is one of p's titles or bodies (or a part of a
// body's run-together name: "UkrTransGrid"), or stands in a sentence of
// text naming p or the one after it ("For Halyna Tkachuk, … Her son
// Maksym, a marine, was captured"): not only elsewhere in the passage
// ("His book \"The Grid War\"", two sentences after an analyst's name).
func (e *Engine) restNear(text string, p *person, rest []string) bool {
	sents := corpus.Sentences(text)
	if label, body, ok := turnLabel(text); ok && p.namedIn(label) && !p.namedIn(body) {
		// "MARIANA BOYKO: - they also feed hospitals … in Lozova": what
		// someone says in their turn is not what they are; their label
		// may say it ("DR. PAVEL KRUK (Institute for East European
		// Studies):").
		sents = []string{label}
	}
	for _, w := range rest {
		if e.roleHolds(p, w) || slices.ContainsFunc(p.titles(), func(r string) bool { return inRunTogether(r, w) }) {
			return true
		}
		t := e.terms.of(w)
		head := bodyHead(text, w)
		for i, s := range sents {
			if !p.namedIn(s) {
				continue
			}
			if e.hasTerm(s, t) || i+1 < len(sents) && e.hasTerm(sents[i+1], t) {
				return true
			}
			if _, _, ok := holdsPhrase(strings.ToLower(s), []string{"the " + head}); head != "" && ok {
				// "A survey by the Vektor Centre … said Tatiana
				// Gromova, who heads research at the centre."
				return true
			}
		}
	}
	return false
}

// inRunTogether reports whether w is a part of a name in s written as one
// word with capitals inside it ("grid" of "UkrTransGrid").
func inRunTogether(s, w string) bool {
	for _, f := range strings.Fields(s) {
		start := 0
		for i, r := range f {
			if i > 0 && unicode.IsUpper(r) {
				if start > 0 && strings.EqualFold(f[start:i], w) {
					return true
				}
				start = i
			}
		}
		if start > 0 && strings.EqualFold(strings.TrimRight(f[start:], ",.;:'’s"), w) {
			return true
		}
	}
	return false
}

// restHeld reports whether the words qualifying a description's title
// that name a body or a country ("un" in "the un envoy", "polish") are
// p's, in one of their
// titles or their nationality, or stand in the passage's own text: not
// only in its headline, which speaks of the whole article ("U.S. special
// envoy Steve Witkoff" under a headline on the UN is no UN envoy).
func (e *Engine) restHeld(text string, p *person, qual []string) bool {
	if len(qual) == 0 {
		return true
	}
	in := map[string]bool{}
	for sp := range words(text) {
		in[e.terms.of(text[sp.start:sp.end])] = true
	}
	for _, w := range qual {
		ns := e.nationsIn([]string{w})
		if _, org := e.lex.Organisation(w); !org && len(ns) == 0 {
			continue // "the old tractor driver", "the deputy mayor in kharkiv"
		}
		if t := e.terms.of(w); t == "" || e.roleHolds(p, w) {
			continue
		} else if in[t] && (len(ns) > 0 || !saysWhose(p)) {
			continue
		}
		if len(ns) > 0 && e.ofNations(p, ns) {
			continue
		}
		return false
	}
	return true
}

// qualifiers are the words of a description before its first word for a
// person: those qualifying it ("un" in "un envoy on the memo"), not the
// subject after it.
// modifiesNext reports a title word that stands before the noun it
// qualifies ("Chief" of "Chief Tracing Delegate"): "the pow chief" is no
// chief tracing delegate. A word ending its title, or before "of" ("Chief
// of Staff"), is the title's noun.
func modifiesNext(e *Engine, ws []string, i int) bool {
	if i+1 >= len(ws) || !e.lex.IsModifier(ws[i]) {
		return false
	}
	next := ws[i+1]
	return next != "of" && next != "and" && !e.lex.IsPreposition(next)
}

// saysWhose reports a title of p's saying whose or what body's it is
// ("spokeswoman for Qatar's foreign ministry"): a body a description asks
// for ("the icrc spokeswoman") must then be that one, not any the
// passage names.
func saysWhose(p *person) bool {
	for _, t := range p.titles() {
		for _, sep := range []string{" for ", " of ", " at ", "'s "} {
			if strings.Contains(t, sep) {
				return true
			}
		}
	}
	return false
}

// placeName reports a word of a description that is a name English
// does not use as a word ("odesa" of "the odesa airport director"), nor
// a nation's (nationsIn reads those).
func (e *Engine) placeName(w string) bool {
	w = people.StripPossessive(w)
	if x := english.Lookup(w); x.Known && !x.Name {
		return false
	}
	_, org := e.lex.Organisation(w)
	return !org && len(e.nationsIn([]string{w})) == 0
}

// placedAsAsked reports whether the articles place p where a
// description's qualifiers say (placeName): the passage naming p holds
// the place, or p's title does, or the dateline of an article naming
// them ("KHARKIV, Ukraine —"), or some passage names them with it in
// their own phrase (within placedReach words, no other name between:
// not "Roman Sydorenko (Lviv International Airport); Viktoriia Marchenko
// (Odesa International Airport)").
func (e *Engine) placedAsAsked(ctx context.Context, named *passageRec, p *person, qual []string) (bool, error) {
	for _, w := range qual {
		if !e.placeName(w) || e.roleHolds(p, w) || e.hasTerm(named.text, e.terms.of(w)) || e.hasTerm(named.place, e.terms.of(w)) {
			continue
		}
		hits, _, _, err := e.searchBest(ctx, e.questionTerms(w+" "+p.Name), typeNone, placedHits, false)
		if err != nil {
			return false, err
		}
		placed := false
		for i := range hits {
			r, err := e.passageOf(&hits[i])
			if err != nil {
				return false, err
			}
			if e.placedNear(r.text, p, w) || e.hasTerm(r.place, e.terms.of(w)) && p.namedIn(r.text) {
				placed = true
				break
			}
		}
		if !placed {
			return false, nil
		}
	}
	return true, nil
}

// placedHits is how many passages naming someone with a place are read
// for whether they place them there.
const placedHits = 10

// placedReach is how many words a place may stand from a name it places.
const placedReach = 12

// placedNear reports whether text names p with the place w in their own
// phrase: within placedReach words of one sentence, no other person's
// name between.
func (e *Engine) placedNear(text string, p *person, w string) bool {
	spans := wordSpans(text)
	t := e.terms.of(w)
	others := e.namesIn(text, spans, p)
	between := func(a, b int) bool {
		for i := max(a-1, 0); i < b; i++ {
			if sentenceEndsAfter(text, spans[i]) {
				return true // "Roman's numbers hold up. Odesa cannot …"
			}
		}
		return slices.ContainsFunc(others, func(n named) bool { return n.start >= a && n.end <= b })
	}
	for s, end := range p.namedAt(text, spans) {
		for i, sp := range spans {
			if e.terms.of(text[sp.start:sp.end]) != t {
				continue
			}
			if i >= end && i-end < placedReach && !between(end, i) || i < s && s-i <= placedReach && !between(i+1, s) {
				return true
			}
		}
	}
	return false
}

func (e *Engine) qualifiers(who string) []string {
	qw := loadQuestionWords()
	var out []string
	for _, sp := range wordSpans(who) {
		w := strings.ToLower(who[sp.start:sp.end])
		if qw.personNoun[w] || e.personNoun(w) {
			break
		}
		if !roleFillerWord(w) && !qw.filler[w] {
			out = append(out, w)
		}
	}
	return out
}

// nationsIn are the countries a description's words name: "polish",
// "ukraine's", "ukraines" (a possessive typed without its apostrophe),
// and a region's ("nordic": any of Denmark, Finland, …).
func (e *Engine) nationsIn(ws []string) map[string]bool {
	out := map[string]bool{}
	for _, w := range ws {
		w = strings.ToLower(strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s"))
		n, ok := e.lex.Nation(w)
		if !ok && strings.HasSuffix(w, "s") {
			n, ok = e.lex.Nation(w[:len(w)-1])
		}
		if ok {
			out[n.Country] = true
			continue
		}
		if c := e.inferredNation(w); c != "" {
			// "the tarskan delegation head", of a country the articles
			// name with its people's adjective.
			out[c] = true
			continue
		}
		// "the nordic envoy", "the gulf mediator": any of the region's
		// countries (regions.tsv).
		for _, c := range e.lex.Region(w) {
			out[c] = true
		}
	}
	return out
}

// countriesKnown are the countries p's titles name, or the people
// lexicon's title for them when they are a known figure.
func (e *Engine) countriesKnown(p *person) map[string]bool {
	theirs := e.countriesOf(p)
	if k, ok := e.lex.LookupKnown(p.Name); ok {
		e.addCountries(theirs, k.Role)
	}
	return theirs
}

// ofNations reports whether p may be of one of the countries: their
// titles (or the people lexicon's, for a known figure) name one of them,
// or no country at all. "The ukrainian fm" is not Russia's.
func (e *Engine) ofNations(p *person, nations map[string]bool) bool {
	if len(nations) == 0 {
		return true
	}
	theirs := e.countriesKnown(p)
	if len(theirs) == 0 {
		return true
	}
	for c := range theirs {
		if nations[c] {
			return true
		}
	}
	return false
}

// describedNear reports whether one of the description's words is set
// by p's surname in text as a title or an apposition: before it with
// nothing but names and asides between ("General (retired) Sir Richard
// Fenwick"), or after it, past a comma, in the apposition ("Oksana, a
// 52-year-old pharmacist", "Dmytro, 34, a deminer"). "A senior official
// said Chancellor Friedrich Merz …" does not make Merz the official.
//
// A title of p's that is a deputy's ("First Deputy Foreign Minister
// Larysa Demchuk") is not the title itself, unless second says the
// description asks for a deputy.
func (e *Engine) describedNear(text string, p *person, heads []string, second bool) bool {
	want := map[string]bool{}
	for _, h := range heads {
		if h != "" {
			want[e.terms.of(h)] = true
		}
	}
	if len(want) == 0 || p.last == "" {
		return false
	}
	var ws []span
	for sp := range words(text) {
		ws = append(ws, sp)
	}
	isTitle := func(j int) bool { return e.lex.IsTitleNoun(strings.ToLower(text[ws[j].start:ws[j].end])) }
	isHead := func(j int) bool {
		w := text[ws[j].start:ws[j].end]
		if j > 0 && strings.EqualFold(w, "general") && e.lex.GeneralAfter(text[ws[j-1].start:ws[j-1].end]) {
			return false // "director general of the IAEA" is no general
		}
		if want[e.terms.of(w)] {
			return true
		}
		for _, h := range heads {
			if h != "" && agentOf(h, strings.ToLower(w)) {
				return true
			}
		}
		return false
	}
	for i, sp := range ws {
		if fold(text[sp.start:sp.end]) != p.last || p.othersGiven(text, ws, i) {
			continue
		}
		deputy := false
		for j := i - 1; j >= 0 && j >= i-4; j-- {
			if strings.ContainsAny(text[ws[j].end:ws[j+1].start], ".;:?!") {
				break // "One last question, Chair. Dr Lindqvist": another sentence
			}
			if isHead(j) {
				if second || !e.lex.UnderSecond(foldedWords(text, ws[max(0, j-3):j+1]), min(j, 3)) {
					return true
				}
				deputy = true
				break
			}
			w := text[ws[j].start:ws[j].end]
			aside := ws[j].start > 0 && text[ws[j].start-1] == '(' || strings.HasPrefix(text[ws[j].end:], ")")
			if !aside && !unicode.IsUpper([]rune(w)[0]) || strings.ContainsAny(text[ws[j].end:ws[j+1].start], ",;.:") {
				break
			}
		}
		if i+1 < len(ws) && strings.HasPrefix(strings.TrimLeft(text[ws[i].end:ws[i+1].start], " "), ",") {
			commas := 0
			relative := false // "…, 44, who has been an engineer"
			for j := i + 1; j < len(ws) && j <= i+6; j++ {
				// Not a title they are for: "Kateryna Hrytsenko,
				// spokeswoman for the Ukrainian president" is no
				// president; nor the title of the next name in a list:
				// "Marco Rubio, Turkish President Tayyip Erdogan and …".
				if isHead(j) && !deputy && (second || !e.lex.UnderSecond(foldedWords(text, ws[i+1:j+1]), j-i-1)) && !(isTitle(j) && e.lex.InComplement(foldedWords(text, ws[i+1:j+1]), j-i-1)) {
					if j+1 < len(ws) && text[ws[j].end:ws[j+1].start] == " " && e.opensName(text[ws[j+1].start:ws[j+1].end]) {
						break
					}
					return true
				}
				w := text[ws[j].start:ws[j].end]
				relative = relative || strings.EqualFold(w, "who")
				if !relative && !e.lex.IsAuxiliary(w) && isVerb(w) {
					// "Andriy Lisovyi, remembers a junior lawyer": the
					// sentence goes on past the name; what follows is
					// someone else (but "X, 44, who has been an engineer"
					// is about X).
					break
				}
				if gap := text[ws[j].end:min(len(text), ws[j].end+1)]; strings.ContainsAny(gap, ";.:?!") {
					// "Jenna MacLeod, CBC News: Minister Brattli, …": the
					// one she asks, past the colon.
					break
				} else if gap == "," {
					if commas++; commas > 1 || strings.Trim(text[ws[j].start:ws[j].end], "0123456789") != "" {
						break // only an age may close before the title
					}
				}
			}
		}
	}
	return false
}

// opensName reports a word that opens someone's name: a given name
// the people model knows, capitalised.
func (e *Engine) opensName(w string) bool {
	r := []rune(w)
	if len(r) == 0 || !unicode.IsUpper(r[0]) {
		return false
	}
	_, ok := e.lex.GivenName(w)
	return ok
}

// onlyAsOwner reports whether text names p by surname only in the
// possessive ("Sorokin's deputy"), never as someone it is about.
func onlyAsOwner(text string, p *person) bool {
	owner := false
	for _, sp := range wordSpans(text) {
		w := text[sp.start:sp.end]
		if fold(people.StripPossessive(w)) != p.last {
			continue
		}
		if !people.Possessive(w) {
			return false
		}
		owner = true
	}
	return owner
}

// isVerb reports a word English uses mostly as a verb, in any of its
// forms ("remembers", "argued"), that is no title ("head", "leads").
func isVerb(w string) bool {
	low := strings.ToLower(w)
	if x := english.Lookup(low); x.POS != 'v' && x.POS != '-' {
		return false // "lawyer", "junior"
	}
	for _, l := range english.Lemmas(low) {
		if english.Lookup(l).POS == 'v' {
			return true
		}
	}
	return false
}

// saysWhat reports whether text holds one of the words calling a person
// that are no title the people model knows ("pharmacist", "mechanic").
func (e *Engine) saysWhat(text string, heads []string) bool {
	for _, h := range heads {
		if h == "" || e.lex.IsTitleNoun(h) {
			continue
		}
		// The noun itself: "demining" in a passage naming a minister
		// says nothing of what she is.
		for sp := range words(text) {
			if w := strings.ToLower(text[sp.start:sp.end]); w == h || singular(w) == h {
				return true
			}
		}
	}
	return false
}

// agentOf reports whether word names what the agent noun head does:
// "deminer" and "demining", "farmer" and "farm", "dispatcher" and
// "dispatch", "mediator" and "mediated", "broker" and "brokerage".
func agentOf(head, word string) bool {
	if head == word {
		return false
	}
	for _, suf := range []string{"age", "ing", "s"} {
		if word == head+suf {
			return true
		}
	}
	stem := ""
	for _, end := range []string{"er", "or"} {
		if s, ok := strings.CutSuffix(head, end); ok && len(s) >= 4 {
			stem = s
		}
	}
	if stem == "" {
		return false
	}
	for _, suf := range []string{"", "s", "e", "es", "ed", "ing", "ion", "ions"} {
		if word == stem+suf {
			return true
		}
	}
	return false
}

// titledAs reports whether one of p's titles holds one of the title words
// or a word of the same class ("analyst" for "expert"), as its own title,
// not as a deputy's: "the ukrainian fm" is not the First Deputy Foreign
// Minister, unless the description says deputy (rest holds the words
// beside the title words).
func (p *person) titledAs(e *Engine, heads, rest []string) bool {
	return p.titled(e, heads, rest, false)
}

// titleOfArea reports a title of p for an area it does not name: a word
// for one, or an adjective made of it ("regional", "district").
func (e *Engine) titleOfArea(p *person) bool {
	return slices.ContainsFunc(p.titles(), func(r string) bool {
		return slices.ContainsFunc(tokens(r), func(w string) bool {
			return e.lex.IsAreaNoun(w) || len(w) > 6 && e.lex.IsAreaNoun(strings.TrimSuffix(w, "al"))
		})
	})
}

// titleSays reports a title of p holding every head word of a
// description as written (or as the same title in another gender), no
// other word for it.
func (p *person) titleSays(e *Engine, heads []string) bool {
	return slices.ContainsFunc(p.titles(), func(r string) bool {
		ws := tokens(r)
		return !slices.ContainsFunc(heads, func(h string) bool {
			// "spokesperson" says "spokeswoman"; "captain" does not
			// say "skipper".
			return h != "" && !slices.ContainsFunc(ws, func(w string) bool { return e.lex.GenderedForm(w, h) })
		})
	})
}

// titledAsNoun is titledAs where the title word the description gives
// must be a title's noun, not the word qualifying it: "the pow chief"
// is no "Chief Tracing Delegate". A passage's fit is read so (fitting);
// whether anyone holds a title at all is not.
func (p *person) titledAsNoun(e *Engine, heads, rest []string) bool {
	return p.titled(e, heads, rest, true)
}

func (p *person) titled(e *Engine, heads, rest []string, asNoun bool) bool {
	askedSecond := e.lex.HasSecond(rest) || e.lex.HasSecond(heads)
	titleHeads := 0
	for _, h := range heads {
		if h != "" {
			titleHeads++
		}
	}
	for _, r := range p.titles() {
		if slices.ContainsFunc(heads, func(h string) bool {
			// "the deputy negotiator" is no head of the delegation.
			return h != "" && (!askedSecond && e.lex.WrittenOut(h, r) || askedSecond && e.lex.SecondWrittenOut(h, r))
		}) {
			// "the ombudsman": the "commissioner for human rights".
			return true
		}
		ws := tokens(r)
		for i, w := range ws {
			if i > 0 && w == "general" && e.lex.GeneralAfter(ws[i-1]) {
				continue // "Director General" is no general
			}
			for k, h := range heads {
				if h == "" || e.lex.IsSecond(h) && titleHeads > 1 {
					// "the deputy negotiator": a negotiator's deputy, not
					// any deputy ("Deputy Foreign Minister").
					continue
				}
				if k+1 < len(heads) && heads[k+1] != "" && e.personNoun(h) && e.personNoun(heads[k+1]) && !e.lex.TitleOfTwo(h, heads[k+1]) {
					// "the vet nurse": a nurse, whom "vet" says more of;
					// no head vet. Not "director general", one title.
					continue
				}
				if (e.lex.SameTitle(w, h) || e.lex.Covers(h, w) || kindOfTitle(w, h) || e.broaderKind(w, h) || doneAs(w, h)) && (askedSecond || !e.lex.UnderSecond(ws, i)) && !e.lex.InComplement(ws, i) && (!asNoun || !modifiesNext(e, ws, i) && !possessiveAt(r, i, len(ws))) {
					return true
				}
			}
		}
	}
	return false
}

// possessiveAt reports the i-th of n words of title, not its last, written
// as a possessive ("spokeswoman for the Norwegian ombudsman's office"):
// whose office it is, not what its holder is.
func possessiveAt(title string, i, n int) bool {
	if i+1 >= n {
		return false
	}
	k := 0
	for sp := range words(title) {
		if k == i {
			w := title[sp.start:sp.end]
			return people.StripPossessive(w) != w
		}
		k++
	}
	return false
}

// bodyQuoted reports a description naming a body or a country alone ("the
// kremlin", "moscow") that the articles quote as itself: "The Kremlin
// said …" with no person speaking.
func (e *Engine) bodyQuoted(who string) (body string, ok bool) {
	var ws []string
	for _, sp := range wordSpans(who) {
		w := strings.ToLower(who[sp.start:sp.end])
		if !roleFillerWord(w) {
			ws = append(ws, people.StripPossessive(w))
		}
	}
	if len(ws) == 0 || len(ws) > 4 {
		return "", false
	}
	body = strings.Join(ws, " ")
	if _, org := e.lex.Organisation(body); !org {
		if _, nation := e.lex.Nation(body); !nation {
			return "", false
		}
	}
	return body, termCount(e.idx, fieldSpeakerKey, sourceKey(body)) > 0
}

// speaksOnBefore reports whether p (a body's spokesman, say) has words on
// the subject about where the body itself, quoted as itself, has none in
// its own words.
func (e *Engine) speaksOnBefore(ctx context.Context, p *person, body, about string) (bool, error) {
	qs := e.questionTerms(about)
	if p == nil || len(qs) == 0 {
		return false, nil
	}
	_, theirs, err := e.rankQuotes(ctx, speakerKey(Quote{Speaker: p.Name}), p.Name, qs, 2*DefaultQuotes)
	if err != nil || theirs == 0 {
		return false, err
	}
	// The body's own words, not the paragraph around them: "a working
	// document, nothing more" is on the map, though its paragraph goes
	// on to European troops.
	recs, _, err := e.rankQuotes(ctx, sourceKey(body), "", qs, 2*DefaultQuotes)
	m := e.newMatcher(qs)
	for _, r := range recs {
		if cov, _, _, _ := m.scan(r.quote.Text); cov >= minCoverage {
			return false, err
		}
	}
	return true, err
}

// foldedWords are the words of text at ws, folded.
func foldedWords(text string, ws []span) []string {
	out := make([]string, len(ws))
	for i, sp := range ws {
		out[i] = fold(text[sp.start:sp.end])
	}
	return out
}

// titled reports whether a phrase holds a title word ("the mayor of
// prybrezhne"): a role, not a subject ("tell me about security").
func (e *Engine) titled(phrase string) bool {
	for _, sp := range wordSpans(phrase) {
		if w := strings.ToLower(phrase[sp.start:sp.end]); e.personNoun(w) && !loadQuestionWords().personNoun[w] {
			return true
		}
	}
	return false
}

// calledPerson reports a phrase that calls someone by a word for any
// person and says which in other words: "the grid company boss", "the
// icrc official at the istanbul talks" (not "the guy" alone).
func (e *Engine) calledPerson(phrase string) bool {
	heads, rest := e.descriptionWords(phrase)
	return len(heads) == 1 && heads[0] == "" && len(rest) > 0
}

// titleHeldByNone reports a description whose title, one heading a body
// (a president, a mayor, a director: words.tsv class headtitle), no one
// the articles name holds as their own — not as a deputy's, not as what their title
// is for ("spokeswoman for the president"), not leading or studying at a
// body it names: "the russian president", "the mayor of odesa" where the
// articles have neither. A description with no title ("the rosatom
// guy") or one a name of the articles holds is not.
func (e *Engine) titleHeldByNone(ctx context.Context, who string) (bool, error) {
	heads, rest := e.descriptionWords(who)
	var titles []string
	for _, h := range heads {
		if h != "" && e.lex.IsTitleNoun(h) && e.lex.HeadsBody(h) {
			titles = append(titles, h)
		}
	}
	if len(titles) == 0 || e.namesSomethingKnown(strings.Join(rest, " ")) && e.resolveName(strings.Join(rest, " ")) != nil {
		return false, nil
	}
	for i := range e.people {
		p := &e.people[i]
		if p.titledAs(e, titles, rest) || e.leads(p, titles, rest) || e.studies(p, titles) {
			return false, nil
		}
		for _, w := range tokens(p.Name) {
			// An unnamed speaker the articles quote by title ("a senior
			// Turkish official").
			if slices.ContainsFunc(titles, func(t string) bool { return e.lex.SameTitle(w, t) }) {
				return false, nil
			}
		}
	}
	// The people model may have missed a title the articles write out:
	// "head of the monitoring mission" beside someone's name.
	written, err := e.titleWritten(ctx, titles, rest)
	return !written, err
}

// titleWritten reports whether a passage among the best for a
// description writes its title with its other words, in the sentence
// holding a word of the title's class or the one before ("head of the
// monitoring mission", "It is headed by …", "the Nikopol mayor").
func (e *Engine) titleWritten(ctx context.Context, titles, rest []string) (bool, error) {
	qs := e.questionTerms(strings.Join(append(slices.Clone(rest), titles...), " "))
	hits, _, _, err := e.searchBest(ctx, qs, typeNone, describedHits, false)
	if err != nil {
		return false, err
	}
	want := map[string]bool{}
	for _, w := range rest {
		if t := e.terms.of(w); t != "" {
			want[t] = true
		}
	}
	for i := range hits {
		r, err := e.passageOf(&hits[i])
		if err != nil {
			return false, err
		}
		ss := corpus.Sentences(r.text)
		for j, sent := range ss {
			if !e.holdsTitleWord(sent, titles) {
				continue
			}
			// The sentence, with the one before it ("The … Monitoring
			// Mission was created in Vienna. It is headed by …").
			near := map[string]bool{}
			for k := max(0, j-1); k <= j; k++ {
				for _, w := range tokens(ss[k]) {
					if t := e.terms.of(w); want[t] {
						near[t] = true
					}
				}
			}
			if len(near) == len(want) {
				return true, nil
			}
		}
	}
	return false, nil
}

// holdsTitleWord reports whether text has a word of one of the titles'
// class, or a form of one ("headed" for "head").
func (e *Engine) holdsTitleWord(text string, titles []string) bool {
	for _, w := range tokens(text) {
		for _, t := range titles {
			if e.lex.SameTitle(w, t) || e.terms.of(w) == e.terms.of(t) {
				return true
			}
		}
	}
	return false
}

// vaguelyDescribed reports a description whose words say only that a
// person is meant, and where ("the odesa reader", "the kherson guy"),
// which p's titles do not hold: p was found by the passages around them.
// Asked what such a person said, someone who said and wrote nothing is
// no answer, only a guess; "the rosatom guy" is whoever's title names
// Rosatom.
func (e *Engine) vaguelyDescribed(who string, p *person) bool {
	heads, rest := e.descriptionWords(who)
	return !slices.ContainsFunc(heads, func(h string) bool { return h != "" }) && (len(rest) == 0 || !e.holdsAll(p, rest))
}

// describesSomethingKnown reports a description of someone ("the icrc
// guy in istanbul") whose words, but for those calling a person ("guy"),
// are all words the articles use.
func (e *Engine) describesSomethingKnown(who string) bool {
	heads, rest := e.descriptionWords(who)
	if len(heads) == 0 {
		return false
	}
	// "the unnamed ulessian official": words saying a source is not
	// named say nothing the articles must use.
	unnamed := loadQuestionWords().UnnamedWords
	words := slices.DeleteFunc(append(rest, heads...), func(w string) bool { return w == "" || slices.Contains(unnamed, strings.ToLower(w)) })
	if len(words) == 0 {
		return false
	}
	for i, w := range words {
		// "the agriculture minister", where the articles say "agrarian";
		// "the rostov lab boss", where they say "laboratory".
		if !e.namesSomethingKnown(w) {
			if j := slices.IndexFunc(e.lex.PortfolioNames(w), e.namesSomethingKnown); j >= 0 {
				words[i] = e.lex.PortfolioNames(w)[j]
			} else if syn := e.synonymUsed(w); syn != "" {
				words[i] = syn
			}
		}
	}
	if e.namesSomethingKnown(strings.Join(words, " ")) {
		return true
	}
	// "the dad holding the photo outside the venue": a description
	// most of whose words the articles use ("photograph" where the
	// member wrote "photo") is searched for too, if the others are
	// everyday words: "the polish foreign minister", in articles with
	// no Pole, is no one they name.
	known := 0
	for _, w := range words {
		if e.namesSomethingKnown(w) {
			known++
			continue
		}
		lw := strings.ToLower(w)
		if _, nation := e.lex.Nation(lw); nation {
			return false
		}
		// An everyday word, though English writes it capitalised too
		// ("marine"); not a rarer name ("Orban").
		if x := english.Lookup(lw); !x.Known || x.Name && x.Zipf < functionZipf {
			return false
		}
	}
	return len(words) >= 3 && 2*known >= len(words)
}

// synonymUsed is a word general English gives as another name for w in
// its first sense ("laboratory" for "lab") that the articles use, or "".
func (e *Engine) synonymUsed(w string) string {
	for _, l := range english.Lemmas(strings.ToLower(w)) {
		for _, r := range english.Related(l) {
			if r.Weight >= synonymWeight && !strings.Contains(r.Word, "_") && e.namesSomethingKnown(r.Word) {
				return r.Word
			}
		}
	}
	return ""
}

// synonymWeight is the closeness english.Related gives a synonym in a
// word's first sense.
const synonymWeight = 0.8

// spokesperson is who speaks for a body a question names instead of a
// person ("what did the kremlin say": the Kremlin's spokesman): the one
// person whose title is a spokesperson's (the people model's spokes
// class) and holds every word of the body's name. Nil when who has a
// title of its own, or when no one or several fit.
func (e *Engine) spokesperson(who string) *person {
	want := e.bodyWords(who)
	if want == nil {
		return nil
	}
	var found *person
	for i := range e.people {
		p := &e.people[i]
		for _, r := range p.titles() {
			ws := tokens(r)
			// "the Kremlin's press secretary" speaks for it as a
			// spokesman does (title_phrases.tsv).
			if !slices.ContainsFunc(ws, e.isSpokes) && !e.lex.WrittenOut("spokesman", r) || !containsAllWords(ws, want) {
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

// bodyVoice is who speaks for an organisation a question names instead
// of a person when it has no spokesperson ("what did unicef say", of
// "UNICEF's Ingrid Haavik"): the one person the articles quote whose
// organisation it is, by its whole name. Not a country or a city
// ("whats warsaw saying"), which speaks through its government, nor a
// body several people speak for. Nil when who has a title of its own,
// or when no one or several fit.
func (e *Engine) bodyVoice(who string) *person {
	want := e.bodyWords(who)
	if want == nil {
		return nil
	}
	body := strings.Join(want, " ")
	if _, nation := e.lex.Nation(body); nation {
		return nil
	}
	name := body
	if o, ok := e.lex.Organisation(body); ok {
		name = o.Name // "unicef": the United Nations Children's Fund
	}
	var found *person
	for i := range e.people {
		p := &e.people[i]
		if e.data.Speakers[p.Name].Quotes == 0 || !slices.ContainsFunc(p.Organisations, func(o string) bool { return strings.EqualFold(o, name) || strings.Join(tokens(o), " ") == body }) {
			continue
		}
		if found != nil {
			return nil
		}
		found = p
	}
	return found
}

// bodyWords are the words of a body a question names instead of a
// person ("the kremlin", "unicef"), as tokens; nil when who has a title
// of its own or names nothing.
func (e *Engine) bodyWords(who string) []string {
	heads, rest := e.descriptionWords(who)
	if len(heads) > 0 || len(rest) == 0 {
		return nil
	}
	var want []string
	for _, w := range rest {
		want = append(want, tokens(w)...)
	}
	return want
}

// isSpokes reports a spokesperson's title word.
func (e *Engine) isSpokes(w string) bool { return e.lex.SameTitle(w, "spokesperson") }

func containsAllWords(ws, want []string) bool {
	for _, w := range want {
		if !slices.Contains(ws, w) {
			return false
		}
	}
	return true
}

// nameWord reports a capitalised word that is a name, not a word of
// everyday English capitalised in one ("Regional", "Art").
func nameWord(w string) bool {
	x := english.Lookup(strings.ToLower(strings.Trim(w, ",.;()")))
	return x.Name || !x.Known
}

// describedCandidates are the people a description fits when more than
// one does, and no more than maxCandidates ("the chief conservator", of
// a museum's and a delegation's): those quoted, when two or more are,
// else all who fit (titledFits); nil when one person or none does.
func (e *Engine) describedCandidates(who string) []Candidate {
	heads, rest := e.descriptionWords(who)
	if !slices.ContainsFunc(heads, func(h string) bool { return h != "" }) {
		return nil
	}
	var quoted, all []Candidate
	for i := range e.people {
		p := &e.people[i]
		if !ofNounGender(p, who) || !e.titledFits(p, heads, rest) {
			continue
		}
		c := Candidate{Name: p.Name, Role: p.Role}
		all = append(all, c)
		if e.data.Speakers[p.Name].Quotes > 0 {
			quoted = append(quoted, c)
		}
	}
	out := all
	if len(quoted) >= 2 {
		out = quoted
	}
	if len(out) < 2 || len(out) > maxCandidates {
		return nil
	}
	return out
}

// maxCandidates bounds the people a reply names as what a description
// may mean: more says only that it is too vague.
const maxCandidates = 4
