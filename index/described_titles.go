package index

import (
	"context"
	"slices"
	"strings"
	"unicode"

	"github.com/talksbot/talksbot/corpus"
	"github.com/talksbot/talksbot/corpus/people"
)

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
	if len(placed) > 0 && len(placed) < len(rest) {
		// "the red cross woman in kolvash": of the ICRC's people, the
		// one whose title places her there ("spokeswoman in Kolvash");
		// and "the red cross guy in kolvash" is no man in Geneva while
		// someone else is the body's there.
		there := func(p *person) bool { return e.holdsAll(p, body) && e.holdsAll(p, placed) }
		if q, _ := e.onlyPerson(func(p *person) bool { return may(p) && there(p) }); q != nil {
			return q
		}
		if q, _ := e.onlyPerson(there); found != nil && q != nil && q != found {
			return q // the place says whom; describedFits weighs the gender
		}
	}
	return found
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

// describesMany reports a description with no title of its own ("the
// foreign affairs official", "the ministry guy") whose other words two or
// more people's titles hold: Finland's Minister for Foreign Affairs and
// Canada's Assistant Deputy Minister of Foreign Affairs are both "the
// foreign affairs official", and which one is no guess to make. Only
// those fits allows count: "the who guy", of a man and a woman at the
// WHO, is the man.
func (e *Engine) describesMany(heads, rest []string, fits func(*person) bool) bool {
	if len(heads) != 1 || heads[0] != "" || len(rest) < 2 {
		return false
	}
	n := 0
	for i := range e.people {
		if p := &e.people[i]; fits(p) && e.holdsAll(p, rest) {
			if n++; n > 1 {
				return true
			}
		}
	}
	return false
}

// studies reports whether a description's head is an expert's word
// ("analyst", "expert") or an academic's ("professor", "lecturer";
// words.tsv academic) and p works at a body that studies: "the bergen
// institute analyst" is the Bergen Institute's programme director, "the
// forestry prof" a forestry scientist at a university.
func (e *Engine) studies(p *person, heads []string) bool {
	if !slices.ContainsFunc(heads, func(h string) bool { return h != "" && (e.lex.SameTitle(h, "expert") || e.lex.IsAcademic(h)) }) {
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
