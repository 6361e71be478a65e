package index

import (
	"context"
	"iter"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"

	"github.com/talksbot/talksbot/corpus"
	"github.com/talksbot/talksbot/corpus/people"
	"github.com/talksbot/talksbot/index/english"
)

// Who a question means is the people model's (corpus/people): one
// matcher, with the lexicon the corpus was read with, serves ingestion's
// spellings and the question's names, titles and roles. This file turns
// the corpus's people into its candidates and answers the engine's
// questions about them.

// person is a corpus person prepared for answering about them.
type person struct {
	corpus.Person
	last string   // folded surname
	full []string // folded full name and aliases, whole
	// match are the index terms that find passages naming the person.
	match []string
	// shared: another person of the articles has the same surname.
	shared bool
	// titleList is titles(), read once ("Deputy Minister, Head of
	// Ukrainian Delegation" is two titles); nil for a person made up
	// while answering, whose titles are read as they stand.
	titleList []string
}

// titles are the person's titles: the one shown, then every one the
// articles give.
func (p *person) titles() []string {
	if p.titleList != nil {
		return slices.Clone(p.titleList)
	}
	return append([]string{p.Role}, p.Roles...)
}

// splitTitles is every title of the person's role and roles, a role
// joining two with a comma read as both (people.Lexicon.Titles).
func splitTitles(p corpus.Person, lx *people.Lexicon) []string {
	var out []string
	for _, r := range append([]string{p.Role}, p.Roles...) {
		out = append(out, lx.Titles(r)...)
	}
	return out
}

// titlesAndBodies are their titles and the organisations those name.
func (p *person) titlesAndBodies() []string { return append(p.titles(), p.Organisations...) }

// peopleIndex finds people in questions: the matcher over the engine's
// people (same order), and what the articles use as ordinary words.
type peopleIndex struct {
	m *people.Matcher
	// inVocab: the word is in the articles at all (as a name or not).
	inVocab func(word string) bool
	// lowerUse: name words the articles also write in lower case, as
	// ordinary words ("a major hurdle").
	lowerUse map[string]bool
	// nameWord: every word of every name and alias; nameTerm their
	// index terms ("kuwary", a typo of Al-Kuwari, is the term kuwari).
	nameWord map[string]bool
	nameTerm map[string]bool
}

func tokens(s string) []string {
	var out []string
	for _, sp := range wordSpans(s) {
		w := people.StripPossessive(s[sp.start:sp.end])
		out = append(out, fold(w))
	}
	return out
}

// peopleOf are the corpus's people and the directly quoted speakers the
// people list lacks (by their role at their first quotation), with the
// quotes counted from the quotes themselves: the quotes are the truth
// about who is quoted. In no particular order.
func peopleOf(ps []corpus.Person, speakers map[string]speakerMeta) []corpus.Person {
	byName := map[string]corpus.Person{}
	for _, p := range ps {
		byName[p.Name] = p
	}
	for name, s := range speakers {
		if s.Quotes == 0 {
			continue
		}
		p, ok := byName[name]
		if !ok {
			p = corpus.Person{Name: name, Role: s.First}
		}
		p.Quotes = s.Quotes
		byName[name] = p
	}
	out := make([]corpus.Person, 0, len(byName))
	for name, p := range byName {
		if speakers[name].Quotes == 0 {
			p.Quotes = 0
		}
		out = append(out, p)
	}
	return out
}

// newPeople prepares the corpus's people, and the quoted speakers the
// people list lacks, for answering and for matching questions.
func newPeople(data *indexData, lx *people.Lexicon, t *terms) ([]person, *peopleIndex) {
	ps := peopleOf(data.People, data.Speakers)
	out := make([]person, 0, len(ps))
	for _, p := range ps {
		pp := person{Person: p, titleList: splitTitles(p, lx)}
		nt := tokens(p.Name)
		if len(nt) > 0 {
			pp.last = nt[len(nt)-1]
		}
		pp.full = append(pp.full, strings.Join(nt, " "))
		for _, a := range p.Aliases {
			pp.full = append(pp.full, strings.Join(tokens(a), " "))
		}
		seen := map[string]bool{}
		for _, w := range append([]string{pp.last}, aliasLasts(p.Aliases)...) {
			if term := t.of(w); term != "" && !seen[term] {
				seen[term] = true
				pp.match = append(pp.match, term)
			}
		}
		out = append(out, pp)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	lasts := map[string]int{}
	for i := range out {
		lasts[out[i].last]++
	}
	for i := range out {
		out[i].shared = lasts[out[i].last] > 1
	}

	cands := make([]people.Candidate, len(out))
	nameWord := map[string]bool{}
	for i, p := range out {
		// Roles: the people list's, and those given where they speak.
		roles := p.titles()
		for _, r := range data.Speakers[p.Name].Roles {
			if !slices.Contains(roles, r) {
				roles = append(roles, r)
			}
		}
		cands[i] = people.Candidate{Name: p.Name, Aliases: p.Aliases, Roles: roles, Organisations: p.Organisations, Gender: p.Gender}
		for _, f := range p.full {
			for _, w := range strings.Fields(f) {
				nameWord[w] = true
				// "Al-Kuwari" typed apart: "al" and "kuwari" are its words.
				for _, part := range strings.Split(w, "-") {
					nameWord[part] = true
				}
			}
		}
	}
	lowerUse := map[string]bool{}
	for _, w := range data.LowerUse {
		lowerUse[w] = true
	}
	nameTerm := map[string]bool{}
	for w := range nameWord {
		if term := t.of(w); term != "" {
			nameTerm[term] = true
		}
	}
	return out, &peopleIndex{m: lx.NewMatcher(cands), lowerUse: lowerUse, nameWord: nameWord, nameTerm: nameTerm}
}

// aliasLasts are the last words of the aliases: surnames and spellings.
func aliasLasts(aliases []string) []string {
	var out []string
	for _, a := range aliases {
		if t := tokens(a); len(t) > 0 {
			out = append(out, t[len(t)-1])
		}
	}
	return out
}

// inVocab reports whether the articles use a folded word at all.
func (e *Engine) inVocab(w string) bool { return e.vocab.df(e.terms.of(w)) > 0 }

// inUseElse reports a word the articles use, as inVocab does, but for a
// slip of a name that only shares the name's index term ("marthaller",
// stemmed as Marthaler is): that one may match the name as a typo.
func (e *Engine) inUseElse(w string) bool {
	t := e.terms.of(w)
	return e.vocab.df(t) > 0 && (!e.who.nameTerm[t] || e.who.nameWord[w] || e.who.lowerUse[w])
}

// resolve finds the person a question names: by full name or alias, by
// surname, spelling variant or typo, by title and surname ("General
// Marquardt"), by role ("the Kremlin spokesman") or by role and
// organisation ("the SWP expert"). It returns nil when no one fits; it
// never guesses between equally good strangers.
func (e *Engine) resolve(who string) *person {
	return e.bestPerson(who, people.MatchOptions{InUse: e.inUseElse})
}

// homonymOnSubject is, for a question naming by a surname (or its typo)
// two people or more of the articles alike — "what did hrytsenko say
// about the delay", "hrytsenco on when the text comes out" — the one of
// them whose words speak to the question's subject, when only one's do;
// nil otherwise (the name is then read as before: the more quoted of
// them), and for any other question. The subject is what the question
// asks after the name.
func (e *Engine) homonymOnSubject(ctx context.Context, in intent) (*person, string, error) {
	who, about := "", ""
	onSubject := in.kind == asksSaid // the question asks for someone's words
	switch in.kind {
	case asksSaid:
		who, about = in.who, in.about
	case asksSearch:
		f := strings.Fields(patternText(in.text))
		if len(f) < 3 {
			return nil, "", nil
		}
		rest := f[1:]
		if aboutLinks[strings.ToLower(rest[0])] {
			rest = rest[1:]
			onSubject = true // "hnatiuk on russia not admitting responsibility"
		}
		who, about = f[0], strings.Join(rest, " ")
	default:
		return nil, "", nil
	}
	name, from := originPhrase(who)
	if e.relativeOfNamed(name) {
		// "hnatiuk's mum": a relative of one of them, not either.
		return nil, "", nil
	}
	cands := e.namedAlike(withoutPersonNouns(name))
	if len(cands) < 2 {
		return nil, "", nil
	}
	// "the granny kovalenko from vovchansk", of Halyna and Andriy
	// Kovalenko: a word for a woman or a man says which.
	if fit := slices.DeleteFunc(slices.Clone(cands), func(p *person) bool { return p.Gender == "" || !ofNounGender(p, name) }); len(fit) == 1 && len(fit) < len(cands) && !slices.ContainsFunc(cands, func(p *person) bool { return p.Gender == "" }) {
		return fit[0], about, nil
	}
	if fit := e.ofBackRefGender(about, cands); len(fit) == 1 && len(fit) < len(cands) {
		// "what did halek say when he quit", of Radomir and Lidia
		// Halek: him.
		return fit[0], about, nil
	}
	if from != "" {
		// "kovalenko from khmilnyk": the one whose titles say so (the
		// letter's writer, not the medic from Mykolaiv); no one when
		// none or both do.
		cands = slices.DeleteFunc(cands, func(p *person) bool { return !e.placeQualifier(from, p) })
		if len(cands) == 1 {
			return cands[0], about, nil
		}
		return nil, "", nil
	}
	if quoted := slices.DeleteFunc(slices.Clone(cands), func(p *person) bool { return e.data.Speakers[p.Name].Quotes == 0 }); len(quoted) == 1 && (in.kind == asksSaid || asksAfter(about)) {
		// "what did kravets say", "kravets wat is the only deadline
		// she cares abt": the negotiator, not her husband the articles
		// name once and never quote.
		return quoted[0], about, nil
	}
	var p *person
	if qs := e.questionTerms(about); len(qs) > 0 {
		var err error
		if p, err = e.onlyOneOn(ctx, cands, qs); err != nil {
			return nil, "", err
		}
	}
	if own := slices.DeleteFunc(slices.Clone(cands), e.namedAsKin); p == nil && len(own) == 1 && onSubject {
		// "what did hnatiuk say", of the negotiator and "her mother,
		// Nadiia Hnatiuk", neither's words on the subject alone: the
		// one the other is named a relative of, as the article itself
		// calls her by the surname alone.
		p = own[0]
	}
	return p, about, nil
}

// ofBackRefGender are those of cands whose gender a pronoun in about
// that can only be the one asked about gives ("when he quit"); cands as
// they are when no such pronoun is there, or when it fits none of them or
// one whose gender is not known.
func (e *Engine) ofBackRefGender(about string, cands []*person) []*person {
	for _, sp := range wordSpans(about) {
		g, ok := e.lex.BackRef(strings.ToLower(about[sp.start:sp.end]))
		if !ok || g == people.Unknown {
			continue
		}
		if slices.ContainsFunc(cands, func(p *person) bool { return p.Gender == "" }) {
			return cands
		}
		fit := slices.DeleteFunc(slices.Clone(cands), func(p *person) bool { return p.Gender != g.String() })
		if len(fit) == 0 {
			return cands
		}
		return fit
	}
	return cands
}

// relativeOfNamed reports a phrase asking for a named person's relative:
// a word for one after a possessive ("hnatiuk's mum", "hnatiuks mum") or
// a full name ("denys kravets mum"), or before "of" ("the mother of
// hnatiuk"); not "shevchuk son" or "the granny kovalenko", who are the son
// and the granny.
func (e *Engine) relativeOfNamed(phrase string) bool {
	f := strings.Fields(strings.ToLower(phrase))
	for k, w := range f {
		if !e.lex.IsKin(w) && !e.lex.IsAssociate(w) {
			continue
		}
		if k+1 < len(f) && f[k+1] == "of" {
			return true
		}
		if k == 0 {
			continue
		}
		if prev := f[k-1]; people.Possessive(prev) || strings.HasSuffix(prev, "s") && len(e.namedAlike(strings.TrimSuffix(prev, "s"))) > 0 {
			return true
		}
		if k >= 2 && e.fullNameOfSomeone(f[k-2]+" "+f[k-1]) {
			// "denys kravets mum": a full name is whole before the word
			// for a relative, which is no part of it.
			return true
		}
	}
	return false
}

// fullNameOfSomeone reports two words that are the full name of someone
// the articles name, as written or as one of their spellings.
func (e *Engine) fullNameOfSomeone(name string) bool {
	p := e.resolveName(name)
	return p != nil && slices.Contains(p.full, people.Fold(name))
}

// namedAsKin reports someone a title of whose is a word for a relative
// alone ("mother", of "Her mother, Nadiia Hnatiuk").
func (e *Engine) namedAsKin(p *person) bool {
	return slices.ContainsFunc(p.titles(), func(t string) bool {
		t = strings.TrimSpace(t)
		return t != "" && !strings.Contains(t, " ") && e.lex.IsKin(t)
	})
}

// withoutPersonNouns is who without its words for a person
// (questions.yaml person_nouns and person_noun_gender): "granny
// kovalenko" names Kovalenko.
func withoutPersonNouns(who string) string {
	qw := loadQuestionWords()
	f := strings.Fields(who)
	out := f[:0:0]
	for _, w := range f {
		lw := strings.ToLower(w)
		if _, gendered := qw.nounGender[lw]; !gendered && !qw.personNoun[lw] {
			out = append(out, w)
		}
	}
	if len(out) == 0 {
		return who
	}
	return strings.Join(out, " ")
}

// originPhrase splits who at the first word that says where someone is
// from (questions.yaml origin_words): "kovalenko from khmilnyk" is
// "kovalenko" and "from khmilnyk"; from is "" when no word does.
func originPhrase(who string) (name, from string) {
	f := strings.Fields(who)
	for i, w := range f {
		if i > 0 && slices.Contains(loadQuestionWords().OriginWords, strings.ToLower(w)) {
			return strings.Join(f[:i], " "), strings.Join(f[i:], " ")
		}
	}
	return who, ""
}

// namedAlike are the people who's words name equally well by name, two
// or more of them sharing a surname ("Hrytsenko": Dmytro and Kateryna);
// nil when one or no one is named best.
func (e *Engine) namedAlike(who string) []*person {
	if e.who == nil || strings.TrimSpace(who) == "" {
		return nil
	}
	ms := e.who.m.Match(who, people.MatchOptions{NamesOnly: true, InUse: e.inUseElse})
	if len(ms) < 2 || ms[1].Score < ms[0].Score-1e-9 {
		return nil
	}
	var out []*person
	for _, m := range ms {
		if m.Score < ms[0].Score-1e-9 {
			break
		}
		out = append(out, &e.people[m.Index])
	}
	return out
}

// resolveName finds the person a "who is X" question names, by full name,
// surname, spelling variant, title and surname, or typo, never by role:
// "tell me about security" is not about the security expert. A word the
// articles use otherwise must be one of the person's names as spelt ("who
// is Major" is Claudia Major; "the major hurdle" is no one); only a word
// they never use may be a typo of a name ("who is peskof").
func (e *Engine) resolveName(who string) *person {
	opts := people.MatchOptions{NamesOnly: true, InUse: e.inUseElse}
	for _, w := range tokens(who) {
		// Every word of the question must be a name word, a familiar
		// form of one ("sasha") or unknown to the articles: "the major
		// hurdle" has "hurdle".
		if !roleFillerWord(w) && !e.who.nameWord[w] && !e.who.nameTerm[e.terms.of(w)] && e.inVocab(w) && !e.isTitleWord(w) && (e.who.lowerUse[w] || e.lex.FamiliarOf(w) == nil) {
			return nil
		}
	}
	return e.bestPerson(who, opts)
}

func roleFillerWord(w string) bool {
	switch w {
	case "the", "a", "an", "of", "at", "for", "in", "from", "and", "to", "on":
		return true
	}
	return false
}

// isTitleWord reports a title word of the people lexicon ("general").
func (e *Engine) isTitleWord(w string) bool { return e.lex.IsTitleNoun(w) }

// bestPerson returns the person matching who best, ties going to the
// more quoted, then the more mentioned; nil when no one matches.
func (e *Engine) bestPerson(who string, opts people.MatchOptions) *person {
	if e.who == nil {
		return nil
	}
	if e.absentKnown(who) {
		return nil
	}
	ms := e.who.m.Match(who, opts)
	if len(ms) == 0 {
		return e.givenOnly(who)
	}
	var best *person
	var bestVia people.Via
	bestScore := 0.0
	for _, m := range ms {
		p := &e.people[m.Index]
		if best == nil || m.Score > bestScore+1e-9 ||
			(m.Score > bestScore-1e-9 && (p.Quotes > best.Quotes || (p.Quotes == best.Quotes && p.Mentions > best.Mentions))) {
			best, bestScore, bestVia = p, m.Score, m.Via
		}
	}
	if bestVia == people.ViaRole {
		// "the fm": two people holding the title as well as each other
		// are two, and which one is meant is no guess to make; so are
		// two holding every word asked, one in a shorter title ("the
		// fcdo director": Legal Director, FCDO, and the Director for
		// Eastern Europe, FCDO), unless a word makes one title second
		// to the other's ("deputy foreign minister").
		asked := titleWordsOf(who)
		twoHold := len(asked) > 1 && !titled(best, asked, true) && titled(best, asked, false) && !e.rankedApart(best, asked)
		for _, m := range ms {
			p := &e.people[m.Index]
			if p == best || m.Via != people.ViaRole {
				continue
			}
			if m.Score > bestScore-1e-9 || twoHold && titled(p, asked, false) && !e.rankedApart(p, asked) {
				return nil
			}
		}
	}
	return best
}

// namesakes are the people other than p whom who names as well as it
// names p, by name ("bondar", of Halyna and Petro Bondar): which one is
// meant is no guess bestPerson's tie-break may make alone.
func (e *Engine) namesakes(who string, p *person) []*person {
	if e.who == nil || p == nil {
		return nil
	}
	ms := e.who.m.Match(who, people.MatchOptions{NamesOnly: true, InUse: e.inUseElse})
	top := -1.0
	for _, m := range ms {
		if &e.people[m.Index] == p {
			top = m.Score
		}
	}
	var out []*person
	for _, m := range ms {
		if q := &e.people[m.Index]; top >= 0 && q != p && m.Score > top-1e-9 && m.Via != people.ViaRole {
			out = append(out, q)
		}
	}
	return out
}

// titleWordsOf is the words of a title as asked, lower case, without
// the words between them ("the", "of").
func titleWordsOf(who string) []string {
	var out []string
	for _, w := range strings.Fields(strings.ToLower(who)) {
		if w = strings.Trim(w, ",;:()?!."); w != "" && !roleFillerWord(w) {
			out = append(out, w)
		}
	}
	return out
}

// titleWords is the words of p's titles, as titleWordsOf gives them, a
// title a set.
func titleWords(p *person) []map[string]bool {
	var out []map[string]bool
	for _, r := range append([]string{p.Role}, p.Roles...) {
		ws := map[string]bool{}
		for _, w := range titleWordsOf(r) {
			ws[w] = true
		}
		out = append(out, ws)
	}
	return out
}

// titled reports a title of p's holding every word asked, as written
// ("Director for Eastern Europe …, Foreign, Commonwealth and Development
// Office (FCDO)" for "fcdo director"); exactly, one that is those words
// and no others ("MINISTER" for "the minister").
func titled(p *person, asked []string, exactly bool) bool {
	return slices.ContainsFunc(titleWords(p), func(ws map[string]bool) bool {
		return (!exactly || len(ws) == len(asked)) && !slices.ContainsFunc(asked, func(w string) bool { return !ws[w] })
	})
}

// rankedApart reports a title of p's with a word making it second or
// former ("Deputy Foreign Minister", "former ambassador") that the
// question's title words (asked) do not hold: one they may match without
// meaning it. "the deputy minister" asks for a deputy.
func (e *Engine) rankedApart(p *person, asked []string) bool {
	for _, ws := range titleWords(p) {
		for w := range ws {
			if (e.lex.IsSecond(w) || e.lex.IsUnmaking(w)) && !slices.Contains(asked, w) {
				return true
			}
		}
	}
	return false
}

// givenOnly finds the one person a given name alone means ("what did
// nadiia say"): members call people by the first name the articles give
// them ("Nadiia Borysenko, 38, has operated a gantry crane"), or by its
// familiar form ("sasha" for Oleksandr, when no one is Sasha). No one
// when two people share it, or the articles also use the word in lower
// case.
func (e *Engine) givenOnly(who string) *person {
	f := strings.Fields(who)
	if len(f) != 1 {
		return nil
	}
	w := people.Fold(people.StripPossessive(f[0]))
	if w == "" || e.who.lowerUse[w] {
		return nil
	}
	if p, ok := e.onlyGiven([]string{w}); ok {
		return p
	}
	// "what did sasha say": the one Oleksandr, when no one is Sasha.
	p, _ := e.onlyGiven(e.lex.FamiliarOf(w))
	return p
}

// onlyGiven finds the one person whose given name is among names
// (folded); found is false when no one's is, and p nil too when two
// people's are.
func (e *Engine) onlyGiven(names []string) (p *person, found bool) {
	for i := range e.people {
		q := &e.people[i]
		if !givenAmong(q, names) {
			continue
		}
		if found {
			return nil, true
		}
		p, found = q, true
	}
	return p, found
}

// givenAmong reports whether p's given name is among names (folded): the
// one their name opens with, or one an alias of theirs gives them
// beside their surname, however spelt (the nickname "Kati" of "whom
// colleagues call Kati", filed as "kati fehervari"; the "Yaryna" of
// another article's "Yaryna Tkalets").
func givenAmong(p *person, names []string) bool {
	n := strings.Fields(p.Name)
	if len(n) < 2 {
		return false
	}
	if slices.Contains(names, people.Fold(n[0])) {
		return true
	}
	// Their surnames: the name's last word, and each other spelling of it
	// an alias of one word gives ("tkalets" of Jarina Tkalec): "yaryna
	// tkalets", another article's spelling, gives her "yaryna" too.
	sur := people.Fold(n[len(n)-1])
	for _, a := range p.Aliases {
		given, rest, two := strings.Cut(a, " ")
		if two && !strings.Contains(rest, " ") && (rest == sur || slices.Contains(p.Aliases, rest)) && slices.Contains(names, given) {
			return true
		}
	}
	return false
}

// absentKnown reports whether who is the full name of someone the people
// model knows and the articles never name: "viktor orban" is not the
// Viktor they quote.
func (e *Engine) absentKnown(who string) bool {
	who = strings.TrimSpace(who)
	k, ok := e.lex.LookupKnown(who)
	return ok && strings.Contains(who, " ") && e.resolveKnown(k.Name) == nil
}

// resolveKnown is the person of the articles named name in full, if any.
func (e *Engine) resolveKnown(name string) *person { return e.byKey[people.Key(name)] }

// resolveSpeaker finds whom a quote question means: as resolve does, or
// else by the head of the phrase — "Putin's spokesman" is the spokesman,
// and only one whose title names Putin ("the spokesman for Russian
// President Vladimir Putin"); never Putin, and never another spokesman.
func (e *Engine) resolveSpeaker(who string) *person {
	p := e.resolveSpeakerAs(who)
	if full := expandTitles(who); p == nil && full != "" {
		p = e.resolveSpeakerAs(full) // "the ukrainian mp": a member of parliament
	}
	if full := e.spellAllAcronyms(who); p == nil && full != who && !e.matchesTwo(who) {
		// "the easa boss": the agency's director; not "the fcdo
		// director" of two FCDO directors, whatever the longer name
		// holds of one of their titles.
		p = e.resolveSpeakerAs(full)
	}
	if p == nil && e.mediatorOwned(who) {
		// "the mediator's foreign minister": the foreign minister, when
		// the articles name one (the mediating country's, whichever
		// that is); two leave it open.
		_, title, _ := strings.Cut(strings.TrimSpace(who), " ")
		if p = e.resolveSpeakerAs(title); p != nil && !e.ofMediator(p) {
			p = nil // the one foreign minister named is a side's
		}
	}
	if p != nil && !ofNounGender(p, who) && (!e.anchoredBeyondTitle(who, p) || e.otherOfNounGender(who, p)) {
		// "the russian spokeswoman" is not the Kremlin's spokesman; "the
		// hydrovel spokeswoman" is Hydrovel's spokesman when no one else
		// fits: a body his title names says whom a member means who got
		// the gender wrong.
		return nil
	}
	return p
}

// mediatorOwned reports a description opened by a word for a third
// party's, owning what follows: "mediator's foreign minister",
// "mediators foreign minister".
func (e *Engine) mediatorOwned(who string) bool {
	f := strings.Fields(who)
	return len(f) >= 2 && (people.Possessive(f[0]) || strings.HasSuffix(f[0], "s")) && e.lex.IsThirdParty(strings.TrimSuffix(people.StripPossessive(f[0]), "s"))
}

// ofMediator reports p's titles naming a country or body ("Corvanne's
// Foreign Minister") that a passage names as playing a third party's
// part in talks: right before the word for it ("Corvanne, which is
// mediating", "Corvanne's mediators") or right after it ("the mediator,
// Corvanne"); not one it mediates between ("mediating between Dravenia
// and Ostrelia").
func (e *Engine) ofMediator(p *person) bool {
	third := map[string]bool{}
	var tqs []query.Query
	for _, w := range e.lex.ThirdPartyWords() {
		t := e.terms.of(w)
		third[t] = true
		tq := bleve.NewTermQuery(t)
		tq.SetField(fieldText)
		tqs = append(tqs, tq)
	}
	for _, title := range p.titles() {
		for _, w := range strings.Fields(title) {
			w = people.StripPossessive(strings.Trim(w, ",()"))
			if !capitalised(w) || e.isTitleWord(strings.ToLower(w)) {
				continue
			}
			pt := e.terms.of(w)
			place := bleve.NewTermQuery(pt)
			place.SetField(fieldText)
			hits, err := e.searchPassages(context.Background(), bleve.NewConjunctionQuery(place, bleve.NewDisjunctionQuery(tqs...)), maxMediatorPassages)
			if err != nil {
				continue
			}
			for k := range hits {
				r, err := e.passageOf(&hits[k])
				if err == nil && mediatorBeside(r.text, pt, third, e.terms.of) {
					return true
				}
			}
		}
	}
	return false
}

// maxMediatorPassages bounds the passages ofMediator reads.
const maxMediatorPassages = 10

// mediatorBeside reports text naming place (an index term) within
// mediatorReach words before a word for a third party (third, index
// terms), or right after one.
func mediatorBeside(text, place string, third map[string]bool, term func(string) string) bool {
	var ts []string
	for sp := range words(text) {
		ts = append(ts, term(text[sp.start:sp.end]))
	}
	for j, t := range ts {
		if !third[t] {
			continue
		}
		if j+1 < len(ts) && ts[j+1] == place {
			return true
		}
		for k := max(0, j-mediatorReach); k < j; k++ {
			if ts[k] == place {
				return true
			}
		}
	}
	return false
}

// mediatorReach is how many words before "mediating" its subject may
// stand ("Corvanne, which is mediating").
const mediatorReach = 4

// matchesTwo reports who matching two people or more, whom bestPerson
// did not choose between.
func (e *Engine) matchesTwo(who string) bool {
	return e.who != nil && len(e.who.m.Match(who, people.MatchOptions{InUse: e.inUseElse})) >= 2
}

// anchoredBeyondTitle reports a word of who, other than its words for
// a person and a title and a nation, that p's titles or bodies hold
// ("hydrovel" of "Hydrovel spokesman").
func (e *Engine) anchoredBeyondTitle(who string, p *person) bool {
	desc := p.describedBy()
	qw := loadQuestionWords()
	for _, w := range titleWordsOf(who) {
		if _, gendered := qw.nounGender[w]; gendered || qw.personNoun[w] || e.isTitleWord(w) {
			continue
		}
		if _, nation := e.lex.Nation(w); nation {
			continue
		}
		if desc[fold(w)] {
			return true
		}
	}
	return false
}

// otherOfNounGender reports someone other than p whom who matches and
// whose gender its words for a person allow.
func (e *Engine) otherOfNounGender(who string, p *person) bool {
	if e.who == nil {
		return false
	}
	for _, m := range e.who.m.Match(who, people.MatchOptions{InUse: e.inUseElse}) {
		if q := &e.people[m.Index]; q != p && ofNounGender(q, who) {
			return true
		}
	}
	return false
}

func (e *Engine) resolveSpeakerAs(who string) *person {
	if p := e.resolve(who); p != nil {
		return p
	}
	if p := e.possessiveTyped(who, false); p != nil {
		return p
	}
	if f := strings.Fields(who); len(f) >= 2 {
		// "the hotline volunteer lidia": words for what they are, then
		// their name, the one it names.
		for n := min(2, len(f)-1); n >= 1; n-- {
			name := strings.Join(f[len(f)-n:], " ")
			p := e.resolveName(name)
			if p == nil {
				continue
			}
			others := e.namesakes(name, p)
			if len(others) == 0 && e.personWordsBefore(strings.Join(f[:len(f)-n], " ")) {
				return p
			}
			if q := e.namesakeOfNation(append(others, p), f[:len(f)-n]); q != nil {
				// "the dravenian brask", of a captain and a Dravenian
				// deputy minister both called Brask.
				return q
			}
		}
	}
	spans := e.findPeople(who)
	if len(spans) == 0 {
		return nil
	}
	head := spans[len(spans)-1]
	if rest := strings.Trim(who[head.end:], " ?!.,"); rest != "" && !e.placeQualifier(rest, head.p) {
		return nil // the person is not what the phrase is about
	}
	// Whatever stands before the head is whose title it is ("Putin's",
	// "putins"): the title must name them. Nothing but an article may
	// stand there otherwise — an owner not recognised is no licence to
	// guess ("zelenskys spokesman" is not the Kremlin's).
	before := strings.TrimSpace(who[:head.start])
	if name, ok := strings.CutSuffix(strings.ToLower(before), " the"); ok && (head.via == people.ViaRole || head.via == people.ViaOrganisation) {
		// "hnatiuk the agronomist", "marchuk the village head": a
		// surname, then which of those bearing it.
		if p := e.resolveName(name); p != nil && (head.p == p || slices.Contains(e.namesakes(name, p), head.p)) {
			return head.p
		}
		return nil
	}
	var owner *person
	if len(spans) >= 2 {
		owner = spans[len(spans)-2].p
	} else if b := strings.ToLower(strings.Trim(before, " ,")); b != "" && b != "the" && b != "a" {
		owner = e.resolveName(b)
		if owner == nil && strings.HasSuffix(b, "s") {
			owner = e.resolveName(b[:len(b)-1]) // "putins": a possessive typed without its apostrophe
		}
		if owner == nil {
			return nil
		}
	}
	if owner != nil && (head.via != people.ViaRole && head.via != people.ViaOrganisation || !e.titleServes(head.p, owner)) {
		return nil
	}
	return head.p
}

// namesakeOfNation is the one of people bearing one name whose titles
// name a country the words before the name give, when those words are
// only countries or their peoples (and "the"); nil when they are not,
// or fit no one or several.
func (e *Engine) namesakeOfNation(ps []*person, before []string) *person {
	var ws []string
	for _, w := range before {
		if w = strings.ToLower(w); w != "the" {
			ws = append(ws, w)
		}
	}
	nations := e.nationsIn(ws)
	if len(ws) == 0 || len(nations) != len(ws) {
		return nil
	}
	var found *person
	for _, p := range ps {
		for c := range e.countriesKnown(p) {
			if nations[c] {
				if found != nil && found != p {
					return nil
				}
				found = p
			}
		}
	}
	return found
}

// personWordsBefore reports words before a name, lower case, at least
// one of them a word for a person or a title ("hotline volunteer",
// "the old granny"), none a possessive (whose title it is: "putins") or
// a word mostly a verb in English.
func (e *Engine) personWordsBefore(before string) bool {
	person := false
	for _, w := range strings.Fields(before) {
		named := e.lex.IsPersonNoun(w) || e.lex.IsTitleNoun(w)
		if w != strings.ToLower(w) || people.Possessive(w) || !named && english.Lookup(w).POS == 'v' {
			// Not "has the dad read danils letter": a clause, not
			// words for what Danil is.
			return false
		}
		person = person || named
	}
	return person
}

// possessiveTyped is the person a name with its possessive typed
// without the apostrophe names ("kovalchuks take on …", "ines carvalhos
// job"); with fullOnly, only a name of two words or more ("who is
// jonas" is no Jona).
func (e *Engine) possessiveTyped(who string, fullOnly bool) *person {
	w, ok := strings.CutSuffix(strings.TrimSpace(who), "s")
	if !ok || fullOnly && !strings.Contains(w, " ") {
		return nil
	}
	return e.resolveName(w)
}

// titleServes reports whether p's titles make p someone owner has: a
// title naming owner ("spokesman for Russian President Vladimir Putin"),
// or titles of the same country ("Kremlin spokesman" and "Russian
// President" are both Russia's).
func (e *Engine) titleServes(p, owner *person) bool {
	if owner == nil || owner.last == "" {
		return false
	}
	for _, r := range p.titles() {
		for _, w := range tokens(r) {
			if w == owner.last {
				return true
			}
		}
	}
	theirs := e.countriesOf(owner)
	for c := range e.countriesOf(p) {
		if theirs[c] {
			return true
		}
	}
	return false
}

// lexicon is the people lexicon the corpus was read with.
func (e *Engine) lexicon() *people.Lexicon { return e.lex }

// countriesOf are the countries a person's titles and organisations name
// (the people model's nationalities: Kremlin, Russian, Moscow → Russia).
func (e *Engine) countriesOf(p *person) map[string]bool {
	out := map[string]bool{}
	for _, r := range p.titlesAndBodies() {
		e.addCountries(out, r)
	}
	if len(out) == 0 && slices.ContainsFunc(p.titles(), e.lex.HoldsNationalOffice) {
		// "Foreign Ministry Spokeswoman", at a briefing filed from
		// Moscow: the office is the country's the articles naming her
		// were filed from, when they all are one country's.
		home := map[string]bool{}
		for _, pl := range p.Places {
			e.addCountries(home, pl)
		}
		if len(home) == 1 {
			return home
		}
	}
	return out
}

// addCountries adds the countries the words of s name to out.
// inferredNation is the country a word names that the people model does
// not know, when the articles use both the country's name and its
// people's adjective (the lexicon's DemonymEndings: "tarskan" and
// "tarsk", "aldoria's" and "aldorian"): the country's name in lower case
// with a mark no known country's has; "" for any other word, a word of
// everyday English or a name someone in the articles bears.
func (e *Engine) inferredNation(w string) string {
	if c, ok := e.nations.Load(w); ok {
		return c.(string)
	}
	c := e.inferNation(w)
	e.nations.Store(w, c)
	return c
}

// inferNation is inferredNation, worked out.
func (e *Engine) inferNation(w string) string {
	w = strings.ToLower(strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s"))
	if len(w) < minNationLen || !isLetters(w) {
		return ""
	}
	if _, ok := e.lex.Nation(w); ok {
		return ""
	}
	country := func(c string) bool {
		l := english.Lookup(c)
		return len(c) >= minNationLen && !(l.Known && !l.Name) && !e.personNamed(c)
	}
	for _, suf := range e.lex.DemonymEndings() {
		if base, ok := strings.CutSuffix(w, suf); ok && country(base) && country(w) && e.inVocab(base) {
			return inferredMark + base
		}
		if country(w) && country(w+suf) && e.inVocab(w+suf) {
			return inferredMark + w
		}
	}
	return ""
}

// inferredMark opens the name of a country inferredNation finds, apart
// from the people model's countries.
const inferredMark = "~"

// minNationLen is the fewest letters a country or its adjective inferred
// from the articles has.
const minNationLen = 4

// isLetters reports a word of letters only.
func isLetters(w string) bool {
	for _, r := range w {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

// personNamed reports a word that is a word of someone's full name in
// the articles (a name of one word may be a country's, read as a
// surname: "Tarsk said").
func (e *Engine) personNamed(w string) bool {
	e.nameWordsOnce.Do(func() {
		e.nameWords = map[string]bool{}
		for i := range e.people {
			if fs := strings.Fields(e.people[i].Name); len(fs) >= 2 {
				for _, f := range fs {
					e.nameWords[strings.ToLower(f)] = true
				}
			}
		}
	})
	return e.nameWords[strings.ToLower(w)]
}

func (e *Engine) addCountries(out map[string]bool, s string) {
	for _, f := range strings.Fields(s) {
		// "U.S. Special Envoy": a form with its dots, which words split.
		if f = strings.Trim(f, ",;:()"); strings.Contains(f, ".") {
			if n, ok := e.lexicon().Nation(f); ok {
				out[n.Country] = true
			}
		}
	}
	spans := wordSpans(s)
	for i, sp := range spans {
		if n, ok := e.lexicon().Nation(s[sp.start:sp.end]); ok {
			out[n.Country] = true
		} else if capitalised(s[sp.start:sp.end]) {
			// "Aldoria's deputy foreign minister": a country the articles
			// name with its people's adjective.
			if c := e.inferredNation(s[sp.start:sp.end]); c != "" {
				out[c] = true
			}
		}
		// "representative of the United Kingdom", "the White House",
		// "the United Arab Emirates' envoy": a country's form of two or
		// three words.
		for j := i + 1; j < len(spans) && j <= i+2; j++ {
			if n, ok := e.lexicon().Nation(s[sp.start:spans[j].end]); ok {
				out[n.Country] = true
			}
		}
	}
}

// personSpan is a person a question names, at bytes [start, end) of the
// question, and how it names them: "name", "surname", "variant",
// "typo", "title", "role" or "organisation" (people.Via).
type personSpan struct {
	start, end int
	p          *person
	via        people.Via
}

// findPeople returns the people a free-form question names, left to
// right: "peskov on the security guarantees?", "Zelensky NATO", "Merz
// about Minsk", "the SWP expert", "Ukraine's security council
// secretary", "General Marquardt". A lower-case word the articles use as
// an ordinary word names no one ("a major hurdle"), and words without a
// title are no role ("tell me about security"). A stretch two people fit
// equally well names no one.
func (e *Engine) findPeople(question string) []personSpan {
	if e.who == nil {
		return nil
	}
	var inUse func(w string) bool
	inUse = func(w string) bool {
		if a, b, ok := strings.Cut(w, "-"); ok && a != "" && b != "" {
			// "okafor-reyes": a name when none of its parts is an
			// ordinary word of the articles.
			return inUse(a) || inUse(b)
		}
		if e.lexicon().IsSurnameParticle(w) && e.who.nameWord[w] {
			// "van aalst": the articles write the particle in lower
			// case only inside the name.
			return false
		}
		if e.who.nameTerm[e.terms.of(w)] && !e.who.nameWord[strings.TrimSuffix(w, "s")] {
			// "vassel on thirsty kids": a word whose stem is a name's
			// (Vassell) is that name misspelt, as resolveName reads it;
			// not a possessive typed without its apostrophe ("maksyms
			// mum", "putins adviser"), whose owner is no speaker.
			return e.who.lowerUse[w]
		}
		return e.who.lowerUse[w] || !e.who.nameWord[w] && e.inVocab(w)
	}
	var out []personSpan
	for _, sp := range e.who.m.Find(question, people.MatchOptions{InUse: inUse}) {
		out = append(out, personSpan{start: sp.Start, end: sp.End, p: &e.people[sp.Index], via: sp.Via})
	}
	return out
}

// closestPeople returns up to n people whose names are nearest who, most
// alike first, for "no one of that name in the articles; did you mean
// …?". Nil when no one is even half alike.
func (e *Engine) closestPeople(who string, n int) []*person {
	if e.who == nil {
		return nil
	}
	var out []*person
	for _, m := range e.who.m.Closest(who, n) {
		out = append(out, &e.people[m.Index])
	}
	return out
}

// namesSomethingKnown reports whether every content word of who is a word
// the articles use: "European leaders" is, "Boris Johnson" is not.
func (e *Engine) namesSomethingKnown(who string) bool {
	ts := e.terms.analyze(who)
	if len(ts) == 0 {
		return false
	}
	for _, t := range ts {
		if e.vocab.df(t) == 0 {
			return false
		}
	}
	return true
}

// mentionedName finds a full name (two words or more, each capitalised in
// the text) that the corpus's people list lacks but a passage spells out,
// such as someone named once in passing. It returns nil when there is none.
func (e *Engine) mentionedName(ctx context.Context, who string) (*person, error) {
	words := strings.Fields(who)
	if len(words) < 2 || strings.EqualFold(words[0], "the") {
		// "the izmir accord": what "the" names is a thing, as the people
		// model reads the articles.
		return nil, nil
	}
	ts := e.terms.analyze(who)
	var must []query.Query
	for _, t := range ts {
		tq := bleve.NewTermQuery(t)
		tq.SetField(fieldText)
		must = append(must, tq)
	}
	if len(must) == 0 {
		return nil, nil
	}
	hits, err := e.searchPassages(ctx, bleve.NewConjunctionQuery(must...), 20)
	if err != nil {
		return nil, err
	}
	want := fold(strings.Join(words, " "))
	for _, h := range hits {
		r, err := e.passageOf(&h)
		if err != nil {
			return nil, err
		}
		text := r.text
		for _, sp := range wordSpans(text) {
			end := sp.start + len(want)
			if end > len(text) || fold(text[sp.start:end]) != want {
				continue
			}
			name := text[sp.start:end]
			if !capitalised(name) || strings.ContainsAny(name, "'’") || e.titleWordsOnly(name) || e.lex.IsTitleNoun(strings.ToLower(words[len(words)-1])) {
				// Not "the Mud Queen", a nickname, nor "Presiding
				// Arbitrator": what a title's noun closes is an epithet
				// or a title, whoever holds it, never a name.
				continue
			}
			if quotedAlone(text, sp.start, end) {
				// `your old staff called you "Red Pen"`: a name set in
				// quotation marks is what someone is called, or a work's.
				continue
			}
			// "the Polish General Staff": a capitalised word after it
			// makes it part of a longer name, a body's.
			if next := strings.TrimLeft(text[end:], " "); len(next) > 0 && end < len(text) && text[end] == ' ' {
				if r, _ := utf8.DecodeRuneInString(next); unicode.IsUpper(r) {
					continue
				}
			}
			p := &person{Person: corpus.Person{Name: name}, last: fold(words[len(words)-1])}
			p.match = append(p.match, ts...)
			return p, nil
		}
	}
	return nil, nil
}

// quotedAlone reports text[start:end] set in quotation marks of its own
// ("\"Red Pen\"", "“the Valve”"), perhaps after "the".
func quotedAlone(text string, start, end int) bool {
	before := strings.TrimRight(text[:start], " ")
	for _, the := range []string{"\"the", "“the", "\"The", "“The"} {
		if b, ok := strings.CutSuffix(before, the); ok {
			before = b + the[:len(the)-3]
		}
	}
	open := strings.HasSuffix(before, "\"") || strings.HasSuffix(before, "“")
	after := text[end:]
	return open && (strings.HasPrefix(after, "\"") || strings.HasPrefix(after, "”"))
}

// titleWordsOnly reports a phrase made only of titles, modifiers and
// nationalities ("Polish General"): a role, never someone's name.
func (e *Engine) titleWordsOnly(s string) bool {
	for _, w := range strings.Fields(s) {
		f := strings.ToLower(w)
		if _, nation := e.lex.Nation(f); !e.lex.IsTitleNoun(f) && !e.lex.IsModifier(f) && !nation {
			return false
		}
	}
	return true
}

// capitalised reports whether every word of s starts with a capital.
func capitalised(s string) bool {
	for _, sp := range wordSpans(s) {
		r, _ := utf8.DecodeRuneInString(s[sp.start:])
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// fullNameIn reports whether text gives the person's full name (or an
// alias of two words or more), as an article does where it introduces
// them; a name in capitals (a transcript's label) does not. Like
// namedIn, it reads the words once and looks only at capitalised ones.
func (p *person) fullNameIn(text string) bool {
	var fulls [][]string
	for _, f := range append([]string{strings.Join(tokens(p.Name), " ")}, p.full...) {
		if ft := strings.Fields(f); len(ft) >= 2 {
			fulls = append(fulls, ft)
		}
	}
	if len(fulls) == 0 {
		return false
	}
	spans := wordSpans(text)
	for i, sp := range spans {
		if r, _ := utf8.DecodeRuneInString(text[sp.start:]); !unicode.IsUpper(r) {
			continue
		}
		// "ZOTOV:", "DR. PAVEL KRUK:": a transcript's label names who
		// speaks next; it introduces no one, unless it says what they
		// are ("GENNADY ZOTOV, RETIRED COLONEL, …:").
		if w := text[sp.start:sp.end]; len(w) > 1 && strings.ToUpper(w) == w && !(i == 0 && labelWithRole(text)) {
			continue
		}
	full:
		for _, ft := range fulls {
			if i+len(ft) > len(spans) {
				continue
			}
			for k, w := range ft {
				if fold(text[spans[i+k].start:spans[i+k].end]) != w {
					continue full
				}
			}
			return true
		}
	}
	return false
}

// labelWithRole reports text opening with a transcript's label in
// capitals that gives a title after the name ("GENNADY ZOTOV, RETIRED
// COLONEL, MOSCOW CENTRE FOR STRATEGIC ASSESSMENTS: …").
func labelWithRole(text string) bool {
	colon := strings.IndexByte(text[:min(len(text), maxLabelRole)], ':')
	if colon < 0 {
		return false
	}
	label := text[:colon]
	return strings.ToUpper(label) == label && strings.Contains(label, ", ")
}

// maxLabelRole bounds the bytes of a label with its title.
const maxLabelRole = 160

// namedIn reports whether text names the person: their full name or an
// alias of two words or more, or their surname (or an alias's last word),
// capitalised. So "a major hurdle" does not name Claudia Major, while
// "Major said" and "CLAUDIA MAJOR" do.
func (p *person) namedIn(text string) bool {
	for range p.namedAt(text, wordSpans(text)) {
		return true
	}
	return false
}

// namedAt yields where text names the person, as namedIn reads it: the
// first and one past the last of its words (spans are text's words).
func (p *person) namedAt(text string, spans []span) iter.Seq2[int, int] {
	return func(yield func(int, int) bool) {
		lasts := append([]string{p.last}, aliasLasts(p.Aliases)...)
		var fulls [][]string
		for _, f := range append([]string{strings.Join(tokens(p.Name), " ")}, p.full...) {
			if ft := strings.Fields(f); len(ft) >= 2 {
				fulls = append(fulls, ft)
			}
		}
		word := func(sp span) string {
			return fold(people.StripPossessive(text[sp.start:sp.end]))
		}
		for i := 0; i < len(spans); i++ {
			sp := spans[i]
			// Names start with a capital in running text; skipping the
			// other words keeps this cheap on the thousands of passages a
			// frequently named person may have.
			if r, _ := utf8.DecodeRuneInString(text[sp.start:]); !unicode.IsUpper(r) {
				continue
			}
			w := word(sp)
			end := 0
		full:
			for _, ft := range fulls {
				if ft[0] != w || i+len(ft) > len(spans) {
					continue
				}
				for k := 1; k < len(ft); k++ {
					if word(spans[i+k]) != ft[k] {
						continue full
					}
				}
				end = max(end, i+len(ft))
			}
			if end == 0 && slices.Contains(lasts, w) && !p.othersGiven(text, spans, i) {
				end = i + 1
			}
			if end == 0 {
				continue
			}
			if !yield(i, end) {
				return
			}
			i = end - 1
		}
	}
}

// othersGiven reports whether the surname at spans[i] follows, right
// before it, a given name or an initial that is not p's: "Kateryna
// Hrytsenko" names Kateryna, not Dmytro Hrytsenko; "R. Malling" is not
// Josef Malling.
func (p *person) othersGiven(text string, spans []span, i int) bool {
	if i == 0 {
		return false
	}
	prev := text[spans[i-1].start:spans[i-1].end]
	initial := utf8.RuneCountInString(prev) == 1 && strings.TrimSpace(text[spans[i-1].end:spans[i].start]) == "."
	if strings.TrimSpace(text[spans[i-1].end:spans[i].start]) != "" && !initial {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(prev); !unicode.IsUpper(r) {
		return false
	}
	if p.shared && !p.titledBy(prev) {
		// "Ms Gallagher", "Deputy Gallagher", of an envoy and an MP
		// sharing a surname: an honorific of the other gender, or a
		// title that is not theirs, names the other one.
		if g, ok := people.Default().HonorificGender(prev); ok && g != people.Unknown && p.Gender != "" && g.String() != p.Gender {
			return true
		}
		if people.Default().IsTitleNoun(fold(prev)) {
			return true
		}
	}
	own := tokens(p.Name)
	if len(own) < 2 || fold(prev) == own[0] {
		return false
	}
	if initial {
		// "R. Malling", of Josef Malling: another's initial.
		return !strings.HasPrefix(own[0], fold(prev))
	}
	_, given := people.Default().GivenName(prev)
	return given
}

// titledBy reports whether one of p's titles holds the word w.
func (p *person) titledBy(w string) bool {
	w = fold(w)
	return slices.ContainsFunc(p.titles(), func(t string) bool { return slices.Contains(tokens(t), w) })
}

// describedBy are the folded words of what the articles call p: their
// titles and organisations ("former State Department official who now
// teaches at Georgetown").
func (p *person) describedBy() map[string]bool {
	out := map[string]bool{}
	for _, r := range p.titlesAndBodies() {
		for _, w := range tokens(r) {
			out[w] = true
		}
	}
	return out
}

// placeQualifier reports words after a role that only say where ("in
// odessa", "from lviv") or what of, as p's title does ("of prybrezhne"):
// a preposition of place and words the articles use (or a typo of one).
func (e *Engine) placeQualifier(rest string, p *person) bool {
	f := strings.Fields(strings.ToLower(rest))
	if len(f) < 2 || len(f) > 4 {
		return false
	}
	switch f[0] {
	case "in", "from", "at", "of":
	default:
		return false
	}
	// "the mayor of prybrezhne" is what the mayor's title says; "the head
	// of the monitoring mission" is not the head of a Duma committee.
	// Where someone is from is theirs too: "kovalenko from khmilnyk" is
	// not the naval medic Kovalenko, whose titles never name the town
	// (the woman who signs a letter from there shares his surname).
	var titled map[string]bool
	if f[0] == "of" || f[0] == "from" {
		if f[0] == "from" {
			if ns := e.nationsIn(f[1:]); len(ns) > 0 && e.ofNations(p, ns) {
				return true
			}
		}
		titled = map[string]bool{}
		for _, r := range p.titles() {
			for _, sp := range wordSpans(r) {
				titled[e.terms.of(r[sp.start:sp.end])] = true
			}
		}
	}
	for _, w := range f[1:] {
		if roleFillerWord(w) {
			continue
		}
		if titled != nil && !titled[e.terms.of(w)] {
			if c, _, ok := e.vocab.correct(e.terms.of(w)); !ok || !titled[c] {
				return false
			}
		}
		if !e.inVocab(w) {
			if _, _, ok := e.vocab.correct(e.terms.of(w)); !ok {
				return false
			}
		}
	}
	if titled == nil && !e.placedWith(p, f[1:]) {
		// "the mp in hospital": not the MP no passage places there,
		// whatever other passages say of a hospital.
		return false
	}
	return true
}

// placedElse reports a place a question puts someone ("in hospital":
// place, its preposition first) that the articles write, word for word,
// in a passage naming others, while none naming the person named name
// holds it: the one MP is not "the mp in hospital" when the articles say
// another man "is in hospital" and never put the MP there. A place
// English writes with a capital ("in kherson") or a medium ("in the press
// release") never says so.
func (e *Engine) placedElse(name string, place []string) bool {
	p := e.resolveKnown(name)
	if p == nil || len(place) < 2 {
		return false
	}
	var must []query.Query
	for _, w := range place[1:] {
		lw := strings.ToLower(w)
		if roleFillerWord(lw) {
			continue
		}
		if x := english.Lookup(lw); !x.Known || x.Name || slices.Contains(loadQuestionWords().ArticleNouns, lw) || e.vocab.df(e.terms.of(lw)) == 0 {
			return false
		}
		tq := bleve.NewTermQuery(e.terms.of(lw))
		tq.SetField(fieldText)
		must = append(must, tq)
	}
	if len(must) == 0 || e.placedWith(p, place[1:]) {
		return false
	}
	phrase := strings.ToLower(strings.Join(place, " "))
	hits, err := e.searchPassages(context.Background(), bleve.NewConjunctionQuery(must...), maxPlacedPassages)
	if err != nil {
		return false
	}
	for k := range hits {
		r, err := e.passageOf(&hits[k])
		if err != nil || !strings.Contains(strings.ToLower(r.text), phrase) {
			continue
		}
		for i := range e.people {
			if q := &e.people[i]; q != p && q.namedIn(r.text) {
				return true
			}
		}
	}
	return false
}

// maxPlacedPassages bounds the passages placedElse reads.
const maxPlacedPassages = 10

// placedWith reports a passage naming p that holds a word of ws other
// than its filler ("hospital" of "in hospital", "water" or "line" of "in
// the water line"), as the articles write it.
func (e *Engine) placedWith(p *person, ws []string) bool {
	if len(p.match) == 0 {
		return false
	}
	var names []query.Query
	for _, t := range p.match {
		tq := bleve.NewTermQuery(t)
		tq.SetField(fieldText)
		names = append(names, tq)
	}
	var place []query.Query
	for _, w := range ws {
		if roleFillerWord(w) {
			continue
		}
		t := e.terms.of(w)
		if e.vocab.df(t) == 0 {
			if c, _, ok := e.vocab.correct(t); ok {
				t = c
			}
		}
		tq := bleve.NewTermQuery(t)
		tq.SetField(fieldText)
		place = append(place, tq)
	}
	if len(place) == 0 {
		return true
	}
	hits, err := e.searchPassages(context.Background(), bleve.NewConjunctionQuery(anyOf(names...), anyOf(place...)), 1)
	return err == nil && len(hits) > 0
}
