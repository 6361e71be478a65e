package index

import (
	"maps"
	"slices"
	"strings"
	"unicode"

	"github.com/talksbot/talksbot/corpus/people"
	"github.com/talksbot/talksbot/index/english"
)

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

// titleHolder is the one person who holds one of the titles (titledOf);
// nil when no one or several do.
func (e *Engine) titleHolder(hs []holder) *person {
	var found *person
	for i := range e.people {
		p := &e.people[i]
		if !slices.ContainsFunc(hs, func(h holder) bool {
			return e.titledOf(p, h) || mediumOnly(h.of) && p.titledAs(e, []string{h.noun}, nil)
		}) {
			continue
		}
		if found != nil {
			return nil
		}
		found = p
	}
	return found
}

// mediumOnly reports what a title is of that only names a broadcast
// ("the radio show", "the radio interview": questions.yaml medium_words):
// who hosted it is whoever the articles call its host or presenter, of
// nothing said.
func mediumOnly(of []string) bool {
	return len(of) > 0 && !slices.ContainsFunc(of, func(w string) bool { return !mediumWord(w) })
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
	if c := e.inferredNation(w); c != "" {
		// "the kaldor delegation", of a country the articles name with
		// its people's adjective ("Kaldorian"): a nation, which a title
		// of another's team does not leave out as it may a place.
		return "nation:" + c
	}
	return e.terms.of(people.StripPossessive(w))
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

// closedCompoundOf reports a title word written as one with w before a
// noun for a person: "beekeeper" holds "bee" ("the bee lady"),
// "fishmonger" "fish", "firefighter" "fire".
func closedCompoundOf(r, w string) bool {
	w = strings.ToLower(w)
	if len(w) < 3 {
		return false
	}
	for _, sp := range wordSpans(r) {
		x := strings.ToLower(r[sp.start:sp.end])
		if len(x) >= len(w)+3 && strings.HasPrefix(x, w) && people.Default().IsPersonNoun(x[len(w):]) {
			return true
		}
	}
	return false
}

// roleWordHolds reports whether title r has word w, or names the body w
// names by an acronym or another name ("icrc" in "Red Cross delegate").
func (e *Engine) roleWordHolds(r, w string) bool {
	if e.hasTerm(r, e.terms.of(w)) || e.inCompoundName(r, e.terms.of(w)) || closedCompoundOf(r, w) {
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

// titledAs reports whether one of p's titles holds one of the title words
// or a word of the same class ("analyst" for "expert"), as its own title,
// not as a deputy's: "the ukrainian fm" is not the First Deputy Foreign
// Minister, unless the description says deputy (rest holds the words
// beside the title words).
func (p *person) titledAs(e *Engine, heads, rest []string) bool {
	return p.titled(e, heads, rest, false)
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

// nameWord reports a capitalised word that is a name, not a word of
// everyday English capitalised in one ("Regional", "Art").
func nameWord(w string) bool {
	x := english.Lookup(strings.ToLower(strings.Trim(w, ",.;()")))
	return x.Name || !x.Known
}
