package index

import (
	"context"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/talksbot/talksbot/corpus/people"
	"github.com/talksbot/talksbot/index/english"
)

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
	// "icrc", a portfolio's "environment"); a plain noun of everyday English ("truck") may name what
	// the title holder drives without saying which one is meant.
	kept := rest[:0:0]
	for _, w := range rest {
		f := strings.ToLower(w)
		if l := english.Lookup(f); !l.Known || l.Name || l.POS != 'n' || e.lex.IsModifier(f) || e.lex.IsTitleNoun(f) || e.ofOneNation(f) != "" || e.lex.IsOffice(f) {
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
			if !slices.ContainsFunc(ws, e.isSpokes) && !e.lex.WrittenOut("spokesman", r) || !e.containsAllWords(ws, want) {
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
		if e.data.Speakers[p.Name].Quotes == 0 || !slices.ContainsFunc(p.Organisations, func(o string) bool { return strings.EqualFold(o, name) || e.sameBody(tokens(o), body) }) && !slices.ContainsFunc(p.titles(), func(t string) bool { return e.titleHoldsBodyName(t, want) }) {
			continue
		}
		if found != nil {
			return nil
		}
		found = p
	}
	return found
}

// sameBody reports an organisation's name (as tokens) that body names:
// all of it, or all but the word for what kind of body it is ("open
// ledger" of the Open Ledger Initiative, as members shorten it).
func (e *Engine) sameBody(name []string, body string) bool {
	if strings.Join(name, " ") == body {
		return true
	}
	n := len(name)
	return n >= 3 && e.lex.IsOrganisationWord(name[n-1]) && strings.Join(name[:n-1], " ") == body
}

// titleHoldsBodyName reports a title naming the body want's words name
// by its capitalised name of two words or more, whole or less the word
// for its kind ("director of the Open Ledger Initiative", for "open
// ledger"), a body the people model does not list as the person's.
func (e *Engine) titleHoldsBodyName(title string, want []string) bool {
	if len(want) < 2 {
		return false // "the monitors": a word, not a body's name
	}
	f := strings.Fields(title)
	for i := 0; i+len(want) <= len(f); i++ {
		run := true
		for k, w := range want {
			x := f[i+k]
			if r, _ := utf8.DecodeRuneInString(x); !unicode.IsUpper(r) || strings.ToLower(people.StripPossessive(strings.Trim(x, ",.;:()"))) != w {
				run = false
				break
			}
		}
		if !run {
			continue
		}
		if j := i + len(want); j == len(f) || people.Possessive(f[j-1]) || e.lex.IsOrganisationWord(strings.Trim(f[j], ",.;:()")) {
			return true
		}
	}
	return false
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

func (e *Engine) containsAllWords(ws, want []string) bool {
	for _, w := range want {
		// "the dravenian navy" is "Dravenia's navy spokesman"'s: the
		// country of a body, written either way. A country alone speaks
		// through its government, not through whoever speaks for it.
		if !slices.Contains(ws, w) && (len(want) < 2 || !slices.ContainsFunc(ws, func(x string) bool { return e.sameCountry(w, x) })) {
			return false
		}
	}
	return true
}

// sameCountry reports two words naming one country: a country the people
// model knows ("russian", "russia"), or one the articles name both ways
// ("dravenian", "dravenia": inferredNation).
func (e *Engine) sameCountry(a, b string) bool {
	if n, ok := e.lex.Nation(a); ok {
		m, ok := e.lex.Nation(b)
		return ok && m.Country == n.Country
	}
	c := e.inferredNation(a)
	return c != "" && c == e.inferredNation(b)
}
