package index

import (
	"context"
	"slices"
	"strings"
	"unicode"

	"github.com/talksbot/talksbot/corpus/people"
	"github.com/talksbot/talksbot/index/english"
)

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

// titleOfArea reports a title of p for an area it does not name: a word
// for one, or an adjective made of it ("regional", "district").
func (e *Engine) titleOfArea(p *person) bool {
	return slices.ContainsFunc(p.titles(), func(r string) bool {
		return slices.ContainsFunc(tokens(r), func(w string) bool {
			return e.lex.IsAreaNoun(w) || len(w) > 6 && e.lex.IsAreaNoun(strings.TrimSuffix(w, "al"))
		})
	})
}
