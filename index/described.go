package index

import (
	"cmp"
	"context"
	"slices"
	"strings"
	"unicode"

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
			if p != nil && qualified && (e.wordNames(qualifiedRest(in.who), p) || e.wordNames(e.relativeRest(in.who), p)) {
				// "the host on the radio show with marenko": not
				// Marenko, whom the passages describing the host name.
				p = nil
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

// wordNames reports a word of phrase, as a question writes it, naming p
// (alone, or as one of the namesakes it names).
func (e *Engine) wordNames(phrase string, p *person) bool {
	for _, w := range strings.Fields(phrase) {
		if e.resolveName(w) == p || slices.Contains(e.namedAlike(w), p) {
			return true
		}
	}
	return false
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
	if turned := e.leaderOfTurned(who); p == nil && err == nil && turned != "" {
		// "the boss of the mine authority": "the mine authority boss",
		// as the leader word reads after what they head.
		return e.describedPerson(ctx, turned)
	}
	return p, err
}

// leaderOfTurned is a description opened by a leader word and "of" ("the
// boss of the mine authority") written with the leader word last ("the
// mine authority boss"); "" for any other.
func (e *Engine) leaderOfTurned(who string) string {
	f := strings.Fields(strings.ToLower(who))
	if len(f) > 0 && f[0] == "the" {
		f = f[1:]
	}
	if len(f) < 3 || f[1] != "of" || !e.lex.IsLeaderWord(f[0]) {
		return ""
	}
	return strings.Join(append(slices.Clone(f[2:]), f[0]), " ")
}

// speakerDescribed is describedPerson for whose words a question asks:
// "what did the who guy say", of the WHO's one officer quoted, a woman,
// is hers when no man fits; the body says whom, the word for them only
// guessed the gender. (Asked who the guy is, a woman is no answer: a man
// the people model missed may be meant.)
func (e *Engine) speakerDescribed(ctx context.Context, who string) (*person, error) {
	p, err := e.describedPerson(ctx, who)
	if neutral := genderedAnyone(who); p == nil && err == nil && neutral != who {
		if q, qerr := e.describedPerson(ctx, neutral); qerr != nil || q != nil && e.anchoredBeyondTitle(who, q) && !e.otherOfNounGender(who, q) {
			return q, qerr
		}
	}
	return p, err
}

// genderedAnyone is who with its everyday word for anyone that says a
// gender ("guy", "lady"; questions.yaml gender_guessed) made "person";
// who when it has none.
func genderedAnyone(who string) string {
	f := strings.Fields(who)
	changed := false
	for i, w := range f {
		if slices.Contains(loadQuestionWords().GenderGuessed, strings.ToLower(w)) {
			f[i], changed = "person", true
		}
	}
	if !changed {
		return who
	}
	return strings.Join(f, " ")
}

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
		if strings.EqualFold(f[k], "of") {
			// "the old chief engineer of the dam": what the title is of,
			// part of the description, no subject after it.
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
	if !ofNounGender(p, who) && (!e.anchoredBeyondTitle(who, p) || e.otherOfNounGender(who, p)) {
		// "the who guy" is the WHO's one officer quoted, a woman, when
		// no man fits: the body says whom, the gender was guessed.
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
	if e.mediatorOwned(who) && !e.ofMediator(p) {
		// "the mediator's foreign minister" is no side's, whom a
		// passage on the mediation happens to name.
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
	if p, ok, err := e.associateOfNamed(ctx, who); ok || err != nil {
		// "the old physicist's colleague": never the physicist, and
		// whose colleague no title of theirs need say.
		return p, err
	}
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
	if p, err := e.mediatorOf(ctx, heads, rest, func(p *person) bool { return ofNounGender(p, who) }); p != nil || err != nil {
		// "the mediator guy": the one person quoted of the body the
		// articles call the mediator, titled no mediator themselves.
		return p, err
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
			// Or, for a rarer word few passages hold ("the dialysis
			// woman"), the one person the sentences holding it name.
			return e.describedInSentence(ctx, rest[0], who)
		}
	}
	// "the grandma waiting at the bridge": of two grandmothers, the one
	// the passage holding the rest of the description names; a relative
	// is told apart by what the question says of them, not by a title.
	// (Not "his wife": nothing else says which.)
	kin := !slices.ContainsFunc(heads, func(h string) bool { return !e.lex.IsKin(h) }) &&
		slices.ContainsFunc(e.questionTerms(strings.Join(rest, " ")), qterm.known)
	if !kin && (e.titleHeldByMany(heads, rest) || e.describesMany(heads, rest, func(p *person) bool { return ofNounGender(p, who) })) {
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
	deed := e.clauseDeed(who)
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
		if p != nil && deed != "" && !strong && !e.namedDoing(r.text, p, deed) {
			// "the guy who found the shell": the one the passage names
			// finding it, not the deminer it quotes on the shell found
			// in someone's garden.
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

// describedInSentence is the one person the sentences of the articles
// holding word name, each alone, of the description's gender ("the
// dialysis woman": "A woman who gave only her first name, Dana, 58, needs
// dialysis"; not "Dr Emil Varga … says the dialysis unit will stay
// open"), for a word rarer than everyday English's (not "the bread guy")
// that at most describedHits passages hold; nil when no one or several
// are, or a sentence names two.
func (e *Engine) describedInSentence(ctx context.Context, word, who string) (*person, error) {
	if english.Lookup(strings.ToLower(word)).Zipf >= everydayZipf {
		return nil, nil // "the bread guy": an everyday word says too little
	}
	qs := e.questionTerms(word)
	if len(qs) != 1 || qs[0].credit == 0 || e.vocab.df(qs[0].term) > describedHits {
		// Only a word few passages hold, every one of them read.
		return nil, nil
	}
	hits, _, _, err := e.searchBest(ctx, qs, typeNone, describedHits, false)
	if err != nil {
		return nil, err
	}
	var found *person
	for i := range hits {
		r, err := e.passageOf(&hits[i])
		if err != nil {
			return nil, err
		}
		spans := wordSpans(r.text)
		ms := e.namesIn(r.text, spans)
		for _, sent := range sentenceRanges(r.text, spans, false) {
			if !slices.ContainsFunc(spans[sent[0]:sent[1]], func(sp span) bool { return e.terms.of(r.text[sp.start:sp.end]) == qs[0].term }) {
				continue
			}
			var one *person
			for _, m := range ms {
				if m.start < sent[0] || m.end > sent[1] {
					continue
				}
				if one != nil && m.p != one {
					return nil, nil // a sentence naming two: no one
				}
				one = m.p
			}
			if one == nil {
				continue
			}
			if !ofNounGender(one, who) {
				continue // "Dr Emil Varga … says the dialysis unit": no woman
			}
			if found != nil && found != one {
				return nil, nil
			}
			found = one
		}
	}
	return found, nil
}
