package index

import (
	"context"
	"maps"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/talksbot/talksbot/corpus/people"
	"github.com/talksbot/talksbot/index/english"
)

// A "who did it" question ("who hosted bratislava", "who signed for
// russia") is answered by the passage saying it; the doer is the person
// that passage names doing it, when its words say so plainly enough to
// name them above the passage without a guess.

// deed is what a "who did it" question asks who did: the lemmas of its
// verb, and the question's other words ("for russia").
type deed struct {
	verbs []string // the verb's lemmas
	rest  []string
	// ofRest says the doer's noun must be "of" what rest names ("head
	// of the Russian delegation"), not merely stand by it.
	ofRest bool
	// prep is the preposition right after the question's verb ("for"
	// of "speaks for the ministry"), "" when none: a passage's verb
	// followed by another ("spoke to Rask") is another deed.
	prep string
}

// deedOf reads a "who" question's content that opens with what someone
// did ("hosted bratislava", "actually chairs the claims commission"),
// not a question about someone named ("did hrytsenko thank", "were
// witkoff and kushner meeting": the doer is in the question). ok is false
// for any other.
func deedOf(content string) (d deed, ok bool) {
	f := strings.Fields(strings.Trim(strings.ToLower(content), " ?!."))
	qw := loadQuestionWords()
	for len(f) > 0 && slices.Contains(qw.AgentOpenings, f[0]) {
		f = f[1:]
	}
	if nouns, rest, ok := agentPhrase(f); ok {
		// "was in charge of the checkpoint": whoever the articles say
		// commands or heads it ("the officer commanding the
		// checkpoint, Lieutenant Colonel Dariusz Korlan").
		d.verbs, d.rest = agentVerbs(nouns), deedRest(rest)
		return d, len(d.verbs) > 0
	}
	f, light := withoutLightVerb(f)
	lx := people.Default()
	if len(f) < 2 || !light && (!deedVerb(f[0]) || lx.IsAuxiliary(f[0])) {
		return deed{}, false
	}
	if v, speech := lx.SpeechVerb(f[0]); speech && v.Kind != "question" {
		// "who said …": whose words, another reading. A verb only
		// questions ask words by ("who blamed moskal", "who promised
		// the generator") is a deed the articles report of its doer
		// too ("Edvin Sarro … blames Moskal Reach").
		return deed{}, false
	}
	for _, l := range english.Lemmas(f[0]) {
		if l != f[0] && !slices.Contains(d.verbs, l) {
			d.verbs = append(d.verbs, l) // "hosted": host
		}
	}
	if len(d.verbs) == 0 {
		d.verbs = []string{f[0]} // "lead"
	}
	if lx.IsPreposition(f[1]) {
		d.prep = f[1]
	}
	d.rest = deedRest(f[1:])
	return d, true
}

// deedRest are the words after a deed's verb that say which deed: those
// rarer in English than commonZipf, punctuation trimmed.
func deedRest(words []string) []string {
	var out []string
	for _, w := range words {
		if w = strings.Trim(w, ",.;:?!'\""); w != "" && english.Lookup(w).Zipf < commonZipf {
			out = append(out, w)
		}
	}
	return out
}

// withoutLightVerb reads the words after "who" that open with a verb
// saying only that something was done and the noun for what
// (questions.yaml light_verbs: "did the operation on anton radek",
// "carried out the signing") as the verb the noun is made from
// ("operate on anton radek", "sign"), and reports whether it did; f as
// it is otherwise ("did hrytsenko thank": no noun after a determiner).
func withoutLightVerb(f []string) ([]string, bool) {
	qw := loadQuestionWords()
	if len(f) < 3 || !slices.ContainsFunc(english.Lemmas(f[0]), func(l string) bool { return slices.Contains(qw.LightVerbs, l) }) {
		return f, false
	}
	j := 1
	if slices.Contains(qw.LightParticles, f[j]) {
		j++
	}
	if j+1 >= len(f) || !slices.Contains(qw.LightDeterminers, f[j]) {
		return f, false
	}
	noun := f[j+1]
	for _, l := range english.Lemmas(noun) {
		if l != noun && strings.HasSuffix(noun, "ing") {
			return append([]string{l}, f[j+2:]...), true // "the signing": sign
		}
	}
	for _, r := range english.Related(noun) {
		// A derivation (weight 0.7) that is a verb: "operation" →
		// "operate", not "surgical".
		if r.Weight >= derivedWeight && !strings.Contains(r.Word, "_") && english.Lookup(r.Word).POS == 'v' {
			return append([]string{r.Word}, f[j+2:]...), true
		}
	}
	return f, false
}

// derivedWeight is the closeness related.tsv gives a word derived from
// another, and a synonym of a second sense or closer.
const derivedWeight = 0.7

// deedVerb reports whether w, right after "who", is a verb: one English
// uses mostly as a verb, or an inflected form of a word ("hosted",
// "chairs": in that place a verb, though "host" is mostly a noun).
func deedVerb(w string) bool {
	return isVerb(w) || slices.ContainsFunc(english.Lemmas(w), func(l string) bool { return l != w })
}

// commonZipf is how common in English a word of a question is, at
// least, to say nothing of which doer it means ("the", "for", "of").
const commonZipf = 6.0

// does reports how w stands for the deed: as a form of its verb
// ("hosted", "hosts", "signing"; the bare verb when English uses it
// mostly as one: "lead") or as the noun for its doer ("host",
// "moderator", "leader"); neither when it is neither ("fund" of "who
// funds", "the fund can cover").
func (d deed) does(w string) (verb, noun bool) {
	w = strings.ToLower(w)
	for _, v := range d.verbs {
		if agentOf(w, v) || slices.Contains(loadQuestionWords().AgentNouns[v], w) {
			return false, true
		}
	}
	for _, l := range english.Lemmas(w) {
		if l != w && slices.Contains(d.verbs, l) {
			return true, false // inflected: a verb
		}
	}
	return slices.Contains(d.verbs, w) && isVerb(w), false
}

// doerIn is the one person text names doing the deed: in a sentence
// holding its verb or its doer's noun, the person the verb's "by" names
// ("hosted by the Slovak foreign minister, Zuzana Kováčová"), the one
// whose name stands right before it, with at most a title or an aside
// between ("Viktor Lapin, Russia's deputy energy minister, signed"), or
// the one whose name stands by the doer's noun ("Zuzana Kováčová, 58 -
// Slovak foreign minister, host of the Bratislava round"). Where the
// sentence names several so, the one nearest the question's other words
// ("for russia": "Viktor Lapin, Russia's …") when clearly nearer. Nil
// when no sentence says it so, or it leaves the choice open: the passage
// is still shown, no one is named above it on a guess. skip are people
// the question names itself.
func (e *Engine) doerIn(text string, d deed, skip []*person) *person {
	_, pick := e.doers(text, d, skip)
	return pick()
}

// doers are the people text names doing the deed, as doerIn reads it,
// and pick, which chooses the one doerIn names (nil when it leaves the
// choice open).
func (e *Engine) doers(text string, d deed, skip []*person) (_ []*person, pick func() *person) {
	none := func() *person { return nil }
	spans := wordSpans(text)
	ms := e.namesIn(text, spans, skip...)
	// "THE CHAIR: Mr Sandahl, the committee would like to hear …", for
	// "who chaired the hearing": a speaker's label names who speaks, by
	// name or title, not a deed the turn tells of; the chair is not the
	// witness the turn addresses.
	// A record's field ("Host: Daniel Okafor") says who holds the
	// title it is labelled with; only a turn of speech is excluded.
	labelEnd := 0
	if label, body, ok := turnLabel(text); ok && strings.ContainsAny(body, ".?!") {
		labelEnd = strings.Index(text, label+": ") + len(label)
		ms = slices.DeleteFunc(ms, func(m named) bool { return spans[m.start].start < labelEnd })
	}
	if len(ms) == 0 {
		return nil, none
	}
	sents := sentenceRanges(text, spans, true)
	low := func(i int) string { return strings.ToLower(text[spans[i].start:spans[i].end]) }
	// "Ambassador Lukas Brunner is Switzerland's envoy. He chaired the
	// Geneva round.": a "he" or "she" opening a sentence is the one
	// person the sentence before names, when the pronoun fits them.
	for k := 1; k < len(sents); k++ {
		s, prev := sents[k], sents[k-1]
		at := s[0]
		// "On the night of 9 March, when shells hit the grounds, she
		// walked …": after a phrase set before the subject, naming no
		// one, the pronoun right after its comma opens the clause.
		for j := s[0] + 1; j < s[1] && j-s[0] <= maxAsideWords+maxTitleWords; j++ {
			if _, ok := e.lex.Pronoun(low(j)); ok && strings.HasSuffix(strings.TrimSpace(text[spans[j-1].end:spans[j].start]), ",") {
				if !slices.ContainsFunc(ms, func(m named) bool { return m.start >= s[0] && m.start < j }) {
					at = j
				}
				break
			}
		}
		w := low(at)
		g, ok := e.lex.Pronoun(w)
		if !ok || g == people.Unknown || loadQuestionWords().PossessivePron[w] != "" {
			continue // not "they", not "her father"
		}
		var only *person
		many := false
		for _, m := range ms {
			if m.start >= prev[0] && m.end <= prev[1] {
				many = many || only != nil && only != m.p
				only = m.p
			}
		}
		if only != nil && !many && (only.Gender == "" || only.Gender == g.String()) {
			ms = append(ms, named{p: only, start: at, end: at + 1})
		}
	}
	var found []named
	for _, s := range sents {
		var doers []named
		for v := s[0]; v < s[1]; v++ {
			if spans[v].start < labelEnd {
				continue
			}
			verb, noun := d.does(low(v))
			if !verb && !noun {
				continue
			}
			if verb && v+1 < s[1] && pluralBeforeVerb(low(v), low(v+1)) {
				// "…, and brokers expect the first wave to clear":
				// people who broker, not a deed of the name before.
				continue
			}
			for _, m := range ms {
				if m.start < s[0] || m.end > s[1] || slices.ContainsFunc(doers, func(x named) bool { return x.p == m.p }) {
					continue
				}
				if e.doesIt(text, spans, m.p, m.start, m.end, v, verb, s[0], d.rest, d.ofRest, d.prep, func(i int) bool {
					return slices.ContainsFunc(ms, func(o named) bool { return o.p != m.p && i >= o.start && i < o.end })
				}) {
					m.verb, m.from, m.to = v, s[0], s[1]
					doers = append(doers, m)
				}
			}
		}
		// "signed by Hrytsenko, Ukraine's …, and Lapin, Russia's …",
		// "led by Hrytsenko …, and the Russian delegation by Lapin": whoever
		// an "and" joins to a doer did it too.
		for k := 0; k < len(doers); k++ {
			for _, m := range ms {
				if m.start >= doers[k].end && m.end <= s[1] && !slices.ContainsFunc(doers, func(x named) bool { return x.p == m.p }) && e.joined(text, spans, doers[k].end, m.start) {
					m.verb, m.from, m.to = doers[k].verb, s[0], s[1]
					doers = append(doers, m)
				}
			}
		}
		found = append(found, doers...)
	}
	// "who signed for ukraine": not whoever signed for the Russian side,
	// the only signatory the passage names.
	var nations []string
	for _, r := range d.rest {
		if e.countryWord(r) {
			nations = append(nations, r) // "russia", "ukrainian"; not "berlin"
		}
	}
	found = slices.DeleteFunc(found, func(m named) bool {
		for _, n := range nations {
			if !slices.ContainsFunc(spans[m.from:m.to], func(sp span) bool { return e.sameThing(strings.ToLower(text[sp.start:sp.end]), n) }) {
				return true
			}
		}
		return false
	})
	var people []*person
	for _, m := range found {
		if !slices.Contains(people, m.p) {
			people = append(people, m.p)
		}
	}
	switch {
	case len(people) == 1:
		return people, func() *person { return people[0] }
	case len(people) == 0 || len(d.rest) == 0:
		return people, none
	}
	return people, func() *person { return e.nearestDoer(text, spans, d, ms, found, people) }
}

// sentenceRanges are text's sentences as ranges of its words (spans):
// [first, past the last); a semicolon ends one too when clauses says so
// ("…, who chaired it; the Russian side was led by …").
func sentenceRanges(text string, spans []span, clauses bool) [][2]int {
	var out [][2]int
	from := 0
	for i, sp := range spans {
		if sentenceEndsAfter(text, sp) || i == len(spans)-1 || clauses && i+1 < len(spans) && strings.Contains(text[sp.end:spans[i+1].start], ";") {
			out = append(out, [2]int{from, i + 1})
			from = i + 1
		}
	}
	return out
}

// nearestDoer is the one of several doers (found, as people) the
// question's other words point to, when clearly nearer than the rest.
func (e *Engine) nearestDoer(text string, spans []span, d deed, ms, found []named, people []*person) *person {
	low := func(i int) string { return strings.ToLower(text[spans[i].start:spans[i].end]) }
	// Several did it ("signed by Hrytsenko … and Lapin …"): the one the
	// question's other words stand by, when clearly nearer than the rest.
	// How near the question's other words stand to the doer's name or
	// the verb saying they did it (when it says so of them alone), in
	// that sentence.
	ownPhrase := func(a, b int) bool {
		for k := a; k < b; k++ {
			if low(k) == "and" || slices.ContainsFunc(ms, func(o named) bool { return k >= o.start && k < o.end }) {
				return false
			}
		}
		return true
	}
	dist := func(m named, byVerb bool) int {
		best := len(spans)
		for i := m.from; i < m.to; i++ {
			if !slices.ContainsFunc(d.rest, func(r string) bool { return e.sameThing(low(i), r) }) {
				continue
			}
			if byVerb {
				best = min(best, max(i-m.verb, m.verb-i))
			}
			// Only words of the name's own phrase: not past an "and" or
			// another name ("by Ukraine's … Dovzhenko and Russia's …
			// Veretennikov": "Russia's" is his).
			switch {
			case i < m.start && ownPhrase(i+1, m.start):
				best = min(best, m.start-i)
			case i >= m.end && ownPhrase(m.end, i):
				best = min(best, i-m.end+1)
			}
		}
		return best
	}
	shared := func(m named) bool {
		return slices.ContainsFunc(found, func(o named) bool { return o.p != m.p && o.verb == m.verb })
	}
	near := map[*person]int{}
	for _, m := range found {
		dm := dist(m, !shared(m))
		if d, ok := near[m.p]; !ok || dm < d {
			near[m.p] = dm
		}
	}
	slices.SortFunc(people, func(a, b *person) int { return near[a] - near[b] })
	if best, next := near[people[0]], near[people[1]]; best <= maxDoerReach && 2*best < next {
		return people[0]
	}
	return nil
}

// named is where a text names someone (words [start, end)) and, for a
// doer, the verb or noun saying so and its sentence's words.
type named struct {
	p              *person
	start, end     int
	verb, from, to int
}

// maxDoerReach is how many words the question's other words may stand
// from the doer's name that they pick out among several.
const maxDoerReach = 6

// pluralBeforeVerb reports a word that is a noun's plural as well as a
// verb's third person ("brokers", "hosts") standing before a verb in its
// plain form ("expect"): the noun, subject of that verb.
func pluralBeforeVerb(w, next string) bool {
	base, ok := strings.CutSuffix(w, "s")
	if !ok || english.Lookup(base).POS != 'n' || strings.HasSuffix(next, "s") {
		return false
	}
	return english.Lookup(next).POS == 'v'
}

// ownerOfTitle reports a word that says whose title follows it: a
// name in the possessive ("Corvanne's" of "Corvanne's President Aurel
// Montbrey"), a person's being another's title (doesIt's other).
func ownerOfTitle(w string) bool {
	base, ok := strings.CutSuffix(strings.ReplaceAll(w, "’", "'"), "'s")
	return ok && base != "" && unicode.IsUpper([]rune(base)[0])
}

// sameThing reports whether two words are one index term ("Russia's"
// and "russia") or name one country ("Russian" and "russia").
func (e *Engine) sameThing(a, b string) bool {
	if e.terms.of(a) == e.terms.of(b) {
		return true
	}
	na, nb := e.nationsIn([]string{a}), e.nationsIn([]string{b})
	return len(na) == 1 && maps.Equal(na, nb)
}

// doesIt reports whether the name at words [start, end) of text is the
// doer of the verb (or doer's noun) at word v, in a sentence opening at
// word from: the "by" after the verb leads to it through a title at
// most ("hosted by the Slovak foreign minister, Zuzana Kováčová"); it
// opens the clause of the verb, with only an aside set off by commas, a
// "who" or auxiliaries between ("Viktor Lapin, Russia's deputy energy
// minister, has signed"; not "the son-in-law of Donald Trump took part",
// nor "according to X, India's envoy, the pull-back would be checked");
// or, for a noun, it stands by it with no verb nor another name (other)
// between.
func (e *Engine) doesIt(text string, spans []span, p *person, start, end, v int, verb bool, from int, rest []string, ofRest bool, prep string, other func(int) bool) bool {
	low := func(i int) string { return strings.ToLower(text[spans[i].start:spans[i].end]) }
	titleWord := func(i int) bool {
		w := text[spans[i].start:spans[i].end]
		return e.titleWord(w) || p.titledBy(w) // "Brigadier General", "Education Minister"
	}
	if verb && start > v {
		// "hosted by [the Slovak foreign minister,] Zuzana Kováčová",
		// "signed on Tuesday in Lugano by …"
		by := v + 1
		for by < start && by-v <= maxAsideWords && low(by) != "by" {
			if other(by) || isVerb(low(by)) && !titleWord(by) {
				return false
			}
			by++
		}
		if by >= start || low(by) != "by" {
			return false
		}
		owner := 0 // "by Corvanne's President Aurel Montbrey": whose title it is
		for i := by + 1; i < start; i++ {
			if other(i) || !titleWord(i) && !(i == by+1 && ownerOfTitle(text[spans[i].start:spans[i].end])) {
				return false
			}
			if !titleWord(i) {
				owner = 1
			}
		}
		return start-(by+1)-owner <= maxTitleWords
	}
	if verb && start < v && e.onlyOneTo(text, spans, end, v, other) {
		// "Oleg Vantsa, the chief engineer of Morrenergo and the only
		// Morraskan member to abstain": what the apposition says he
		// alone did.
		return true
	}
	if verb && !e.samePreposition(text, spans, v, prep) {
		// "who speaks for the ministry": not "Sofia Lindahl spoke to
		// Rask", another deed by the same verb.
		return false
	}
	if verb {
		// "…, and Solveig Brekke Haugland, Norway's ombudswoman, who
		// chairs": a "who" says whose deed it is, wherever the name stands.
		return (low(v-1) == "who" || e.opensClause(text, spans, start, from, other)) && e.subjectOf(text, spans, end, v, other)
	}
	// The doer's noun: "X, host of the round", "the host, Slovak Foreign
	// Minister X"; of what the question asks ("Kjersti Lunde, head of
	// press, Norwegian Ministry" does not run the ministry).
	if !e.nounOfAsked(text, spans, v, rest, ofRest) {
		return false
	}
	a, b := end, v
	reach := maxAsideWords
	if start > v {
		a, b = v+1, start
	} else if a < b && e.lex.IsAuxiliary(low(a)) {
		// "Leyla Hasanova is Deputy Minister of Foreign Affairs of … and
		// host of the Baku round", "X is the host": what the sentence
		// says she is, right after "is" or after an "and"; not "X is a
		// critic of the host".
		k := b - 1
		qw := loadQuestionWords()
		for k > a && (slices.Contains(qw.SpeakerDet, low(k)) || slices.Contains(qw.GenericDet, low(k))) {
			k--
		}
		if k != a && low(k) != "and" {
			return false
		}
		a, reach = a+1, 2*maxAsideWords
	}
	if b-a > reach {
		return false
	}
	for i := a; i < b; i++ {
		if other(i) || isVerb(low(i)) && !titleWord(i) {
			return false
		}
	}
	return true
}

// onlyOneTo reports the verb at word v standing in an apposition set
// after a name (ending at word end) as what that one alone, first or
// last did: ", … the only Morraskan member to abstain" (questions.yaml
// one_to_words), with no one else named between.
func (e *Engine) onlyOneTo(text string, spans []span, end, v int, other func(int) bool) bool {
	if v-1 <= end || !strings.EqualFold(text[spans[v-1].start:spans[v-1].end], "to") || !strings.HasPrefix(strings.TrimSpace(text[spans[end-1].end:spans[end].start]), ",") {
		return false
	}
	for i := v - 2; i >= end && v-i <= maxOneToWords; i-- {
		if other(i) || strings.ContainsAny(text[spans[i].end:spans[i+1].start], ";:.") {
			return false
		}
		if slices.Contains(loadQuestionWords().OneToWords, strings.ToLower(text[spans[i].start:spans[i].end])) {
			return i > end && strings.EqualFold(text[spans[i-1].start:spans[i-1].end], "the")
		}
	}
	return false
}

// maxOneToWords bounds the words from "only" to the verb: "the only
// Morraskan member to".
const maxOneToWords = 6

// samePreposition reports whether the verb at word v of text is not
// followed by a preposition other than prep, the question's ("spoke to",
// asked "speaks for"); any verb is, when the question has none.
func (e *Engine) samePreposition(text string, spans []span, v int, prep string) bool {
	if prep == "" || v+1 >= len(spans) {
		return true
	}
	next := strings.ToLower(text[spans[v+1].start:spans[v+1].end])
	if next == prep || !e.lex.IsPreposition(next) {
		return true
	}
	// "speaks on behalf of the Minister", asked "speaks for": a short
	// phrase, read in the few words after the verb.
	after := strings.ToLower(text[spans[v+1].start:min(len(text), spans[v+1].start+maxAlikeLen)])
	return slices.ContainsFunc(loadQuestionWords().PrepositionAlike[prep], func(alike string) bool { return strings.HasPrefix(after, alike+" ") })
}

// maxAlikeLen bounds the bytes read after a verb for a phrase standing
// for its preposition (questions.yaml preposition_alike).
const maxAlikeLen = 40

// nounOfAsked reports whether the doer's noun at word v of text is of
// what the question asks: when "of" follows it, what it is of (up to a
// comma, the sentence's end or another preposition) holds one of the
// question's other words (rest), and every country it names ("Kjersti
// Lunde, head of press, Norwegian Ministry" does not run the ministry;
// the "head of the ICRC delegation in Ukraine" did not lead the
// Ukrainian delegation).
func (e *Engine) nounOfAsked(text string, spans []span, v int, rest []string, ofRest bool) bool {
	if len(rest) == 0 || v+1 >= len(spans) || !strings.EqualFold(text[spans[v+1].start:spans[v+1].end], "of") || strings.TrimSpace(text[spans[v].end:spans[v+1].start]) != "" {
		return !ofRest
	}
	var of []string
	for i := v + 2; i < len(spans); i++ {
		w := strings.ToLower(text[spans[i].start:spans[i].end])
		if e.lex.IsPreposition(w) && w != "of" {
			break
		}
		of = append(of, w)
		if strings.ContainsAny(text[spans[i].end:min(spans[i].end+2, len(text))], ",.;:()") {
			break
		}
	}
	holds := func(r string) bool { return slices.ContainsFunc(of, func(w string) bool { return e.sameThing(w, r) }) }
	for _, r := range rest {
		if e.countryWord(r) && !holds(r) {
			return false
		}
	}
	return slices.ContainsFunc(rest, holds)
}

// opensClause reports whether the name at word start opens its sentence
// (which opens at word from) or a clause of it, its title before it: no
// other name earlier in the sentence ("Zelenskyy, Witkoff and Kushner,
// the son-in-law of Donald Trump, took part"), no preposition right
// before it ("according to", "of").
func (e *Engine) opensClause(text string, spans []span, start, from int, other func(int) bool) bool {
	for i := from; i < start; i++ {
		if other(i) {
			return false
		}
	}
	i := start - 1
	for i >= from && e.titleWord(text[spans[i].start:spans[i].end]) && !e.lex.IsPreposition(strings.ToLower(text[spans[i].start:spans[i].end])) && strings.TrimSpace(text[spans[i].end:spans[i+1].start]) == "" {
		i--
	}
	return i < from || !e.lex.IsPreposition(strings.ToLower(text[spans[i].start:spans[i].end]))
}

// subjectOf reports whether the name ending before word end is the
// subject of the verb at word v: right before it, or with an aside set
// off by commas, then only a "who" or auxiliaries ("has", "will")
// before the verb.
func (e *Engine) subjectOf(text string, spans []span, end, v int, other func(int) bool) bool {
	if v < end {
		return false
	}
	low := func(i int) string { return strings.ToLower(text[spans[i].start:spans[i].end]) }
	k := v // the first of the words right before the verb that may stand there
	for k > end && (low(k-1) == "who" || e.lex.IsAuxiliary(low(k-1))) && !strings.Contains(text[spans[k-1].end:spans[k].start], ",") {
		k--
	}
	if k == end {
		// "Al-Marri mediated", "Sheikh Jassim …, Al-Marri, mediated",
		// "Okonjo-Feld, who chairs"
		gap := strings.TrimSpace(text[spans[end-1].end:spans[k].start])
		return gap == "" || gap == ","
	}
	if e.firstOfTwoDeeds(text, spans, end, k, other) {
		return true
	}
	// An aside: a comma right after the name, one right before word k.
	if !strings.HasPrefix(strings.TrimSpace(text[spans[end-1].end:spans[end].start]), ",") || strings.TrimSpace(text[spans[k-1].end:spans[k].start]) != "," {
		return false
	}
	if k-end > maxAsideWords {
		return false
	}
	for i := end; i < k; i++ {
		if other(i) || isVerb(low(i)) && !e.titleWord(text[spans[i].start:spans[i].end]) {
			return false
		}
	}
	return true
}

// firstOfTwoDeeds reports the second of two verbs an "and" joins, the
// first right after the name ending at word end, the "and" right before
// word k: "Bishop Anselm Vitt came down from the cathedral on Saturday
// morning and blessed each bus". Nothing between may name anyone else,
// open a clause of its own (questions.yaml clause_openers) or run past
// a semicolon, and the two stand at most maxConjoinedWords apart.
func (e *Engine) firstOfTwoDeeds(text string, spans []span, end, k int, other func(int) bool) bool {
	low := func(i int) string { return strings.ToLower(text[spans[i].start:spans[i].end]) }
	if k-1 <= end || low(k-1) != "and" || k-1-end > maxConjoinedWords {
		return false
	}
	j := end
	for j < k-1 && e.lex.IsAuxiliary(low(j)) {
		j++
	}
	if j >= k-1 || strings.TrimSpace(text[spans[end-1].end:spans[end].start]) != "" || !deedVerb(low(j)) {
		return false
	}
	openers := loadQuestionWords().ClauseOpeners
	for i := end; i < k-1; i++ {
		if other(i) || slices.Contains(openers, low(i)) || strings.Contains(text[spans[i].end:spans[i+1].start], ";") {
			return false
		}
	}
	return true
}

// maxConjoinedWords is the most words between a doer's name and the
// "and" before their second deed.
const maxConjoinedWords = 20

// The words a title or an aside may take between a name and its deed.
const (
	maxTitleWords = 7
	maxAsideWords = 10
)

// titleWord reports a word of a title before a name: lower case ("the",
// "foreign", "minister"), a title, a nationality ("Slovak") or an
// organisation's word; not another proper noun ("Turkey" of "hosted by
// Turkey, Peskov said").
func (e *Engine) titleWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) {
		return true
	}
	low := strings.ToLower(w)
	return e.lex.IsTitleNoun(low) || e.lex.IsAnyTitle(low) || len(e.nationsIn([]string{low})) > 0 || e.lex.IsOrganisationWord(low) || english.Lookup(low).Known && english.Lookup(low).POS != 'n'
}

// doer is the person the best passage of a "who did it" question's
// answer names doing it (doerIn), of the first doerPassages that names
// one, lifted to the top ("who mediated the pause": "The pause was
// mediated by the Norwegian special envoy, Eirik Haugland" below a
// passage on what the envoy later did); else the one whose title ends
// in the doer's noun (titledDoer); else the one person the articles title
// as a passage describes the doer without naming them (describedDoer).
// Nil when the answer is only the closest passages, the question asks no
// deed, or no one is named so.
func (e *Engine) doer(ctx context.Context, in intent, a *Answer) (*person, error) {
	if a.Closest || len(a.Passages) == 0 {
		return nil, nil
	}
	d, ok := deedOf(in.content)
	if !ok {
		return nil, nil
	}
	var asked []*person
	qw := strings.Fields(fold(in.text))
	for i := range e.people {
		if p := &e.people[i]; slices.ContainsFunc(qw, func(w string) bool { return strings.Trim(w, ",.;:?!'") == p.last }) {
			asked = append(asked, p) // "who told kovalenko": not her
		}
	}
	for i := range min(len(a.Passages), doerPassages) {
		if i > 0 && (a.Passages[i].Related || !d.verbIn(a.Passages[i].Text) || !e.holdsRest(a.Passages[i].Text, d)) {
			// Below the first, only a passage that answers, says it
			// with the deed's verb, not a doer's noun alone ("the host
			// of a forum in Vienna" for "who hosted the vienna round"),
			// and holds every name the question gives (not the Valletta
			// round's host for "who hosted the montreal round").
			continue
		}
		if p := e.doerIn(a.Passages[i].Text, d, asked); p != nil {
			liftPassage(a.Passages, i)
			return p, nil
		}
	}
	if p := e.titledDoer(a.Passages[0].Text, d, asked); p != nil {
		return p, nil
	}
	for i := range min(len(a.Passages), doerPassages) {
		if a.Passages[i].Related || !e.holdsRest(a.Passages[i].Text, d) {
			// Only a passage that answers and holds every name the
			// question gives ("montreal" of "who hosted the montreal
			// round").
			continue
		}
		// "freed in a deal brokered by an envoy of Valmont's church":
		// the one person the articles title so.
		if p, err := e.describedDoer(ctx, a.Passages[i].Text, d, asked); err != nil || p != nil {
			liftPassage(a.Passages, i)
			return p, err
		}
	}
	return nil, nil
}

// liftPassage moves ps[i] to the top, the others before it one down.
func liftPassage(ps []Passage, i int) {
	p := ps[i]
	copy(ps[1:i+1], ps[:i])
	ps[0] = p
}

// describedDoer is the one person text's "by" after the deed's verb
// describes without naming ("brokered by an envoy of Valmont's church",
// "led by the head of the ICRC delegation"), as describedPerson reads
// the description: nil when text names someone there, or the
// description fits no one or several. skip are people the question
// names itself.
func (e *Engine) describedDoer(ctx context.Context, text string, d deed, skip []*person) (*person, error) {
	if !strings.Contains(text, " by ") {
		return nil, nil // no "by" to read: no words split
	}
	spans := wordSpans(text)
	low := func(i int) string { return strings.ToLower(text[spans[i].start:spans[i].end]) }
	for v := 0; v+3 < len(spans); v++ {
		if verb, _ := d.does(low(v)); !verb || low(v+1) != "by" || !e.lex.IsArticle(low(v+2)) {
			continue
		}
		end := v + 3
		for end < len(spans) && end-(v+3) < maxDescribedDoer && !strings.ContainsAny(text[spans[end-1].end:spans[end].start], ",.;:()\"“”") {
			end++
		}
		if end-(v+3) >= maxDescribedDoer {
			continue // a clause, not a description
		}
		if len(e.namesIn(text[spans[v+2].start:spans[end-1].end], wordSpans(text[spans[v+2].start:spans[end-1].end]))) > 0 {
			continue // named: doerIn's
		}
		// Its head, the word before what it is of or a clause: a title
		// the one it fits holds ("an envoy of Valmont's church" is the
		// special envoy), never a word for anyone ("a visitor who
		// noticed a tripwire" is someone the articles do not name).
		head := end - 1
		for k := v + 3; k < end; k++ {
			if w := low(k); w == "of" || w == "for" || e.lex.IsRelative(w) || e.lex.IsPreposition(w) {
				head = k - 1
				break
			}
		}
		h := singular(low(head))
		if head < v+3 || !e.lex.IsTitleNoun(h) {
			continue
		}
		p, err := e.describedPerson(ctx, text[spans[v+2].start:spans[end-1].end])
		if err != nil {
			return nil, err
		}
		if p != nil && !slices.Contains(skip, p) && slices.ContainsFunc(p.titles(), func(t string) bool {
			return slices.ContainsFunc(tokens(t), func(w string) bool { return w == h || e.lex.SameTitle(w, h) })
		}) {
			return p, nil
		}
	}
	return nil, nil
}

// maxDescribedDoer bounds the words of a description after "by".
const maxDescribedDoer = 8

// titledDoer is the one person text names whose title ends in the
// deed's doer's noun and is of nothing ("Host: Hello and welcome to The
// Front Line Brief. I'm Emil Darek", of the podcast's host, for "who
// hosts the front line brief podcast"; not "host of the Bratislava
// round"): where no sentence says who did it, the best passage naming
// the one who holds that title says it. Nil when it names none or
// several so ("radio host Mara Lind and radio host Petr Olsen").
func (e *Engine) titledDoer(text string, d deed, skip []*person) *person {
	var only *person
	for _, m := range e.namesIn(text, wordSpans(text), skip...) {
		if m.p == only {
			continue
		}
		if slices.ContainsFunc(m.p.titles(), func(t string) bool {
			f := strings.Fields(t)
			if len(f) == 0 || slices.ContainsFunc(f, func(w string) bool { return strings.EqualFold(w, "of") || strings.EqualFold(w, "for") }) {
				return false // "host of the Bratislava round": of what it says
			}
			_, noun := d.does(f[len(f)-1])
			return noun
		}) {
			if only != nil {
				return nil
			}
			only = m.p
		}
	}
	return only
}

// verbIn reports a form of the deed's verb in text ("mediated").
func (d deed) verbIn(text string) bool {
	for sp := range words(text) {
		if verb, _ := d.does(strings.ToLower(text[sp.start:sp.end])); verb {
			return true
		}
	}
	return false
}

// holdsRest reports whether text holds every name among the other
// words of the deed's question ("montreal" of "who hosted the montreal
// round"; a word English does not know is a name too).
func (e *Engine) holdsRest(text string, d deed) bool {
	for _, r := range d.rest {
		if x := english.Lookup(r); x.Known && !x.Name {
			continue
		}
		found := false
		for sp := range words(text) {
			if e.sameThing(strings.ToLower(text[sp.start:sp.end]), r) {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// doerPassages is how many of the best passages a "who did it"
// question's doer is looked for in.
const doerPassages = 3

// doerAnswer answers a "who did it" question with the doer found: who
// they are and their words, above the passages that answered it, the
// one saying they did it first.
func (e *Engine) doerAnswer(ctx context.Context, question string, p *person, found *Answer, opts AskOptions) (*Answer, error) {
	a, err := e.quoteAnswer(ctx, question, p, "", opts)
	if err != nil {
		return nil, err
	}
	a.Kind = KindPerson
	a.Passages, a.doer = found.Passages, true
	for i := range a.Passages {
		// Their name in bold too, where the passages say what they did.
		ps := &a.Passages[i]
		spans := wordSpans(ps.Text)
		var names []Mark
		for s, end := range p.namedAt(ps.Text, spans) {
			names = append(names, Mark{spans[s].start, spans[end-1].end})
		}
		if len(names) > 0 {
			ps.Marks = unionMarks(ps.Marks, names)
			ps.Highlight = highlight(ps.Text, ps.Marks)
		}
	}
	return a, nil
}

// unionMarks are the ranges of a and b together, in order, overlapping
// ones joined.
func unionMarks(a, b []Mark) []Mark {
	all := slices.Concat(a, b)
	slices.SortFunc(all, func(x, y Mark) int { return x.Start - y.Start })
	var out []Mark
	for _, m := range all {
		if n := len(out); n > 0 && m.Start <= out[n-1].End {
			out[n-1].End = max(out[n-1].End, m.End)
			continue
		}
		out = append(out, m)
	}
	return out
}

// joined reports whether the words [from, to) of text join two names as
// doers of one deed: an "and" among them, no verb but in a title ("and
// Russia's Deputy Transport Minister").
func (e *Engine) joined(text string, spans []span, from, to int) bool {
	and := false
	for i := from; i < to; i++ {
		w := text[spans[i].start:spans[i].end]
		low := strings.ToLower(w)
		and = and || low == "and"
		if isVerb(low) && !e.lex.IsTitleNoun(low) && !(e.titleWord(w) && w != low) {
			return false
		}
	}
	return and && to-from <= 2*maxAsideWords
}

// calledElsewhere reports whether the articles say someone other than p
// does what a title's noun is for ("host": "Leyla Hasanova is … host
// of the Baku round", "the round was hosted by …"; questions.yaml
// agent_nouns), in the passages holding the noun most: a bare "the
// host" then means no one in particular, whoever alone holds the title.
func (e *Engine) calledElsewhere(ctx context.Context, noun string, p *person) (bool, error) {
	verbs := agentVerbs([]string{noun})
	if len(verbs) == 0 {
		return false, nil
	}
	hits, _, _, err := e.searchBest(ctx, e.questionTerms(noun), typeNone, calledHits, false)
	if err != nil {
		return false, err
	}
	for i := range hits {
		r, err := e.passageOf(&hits[i])
		if err != nil {
			return false, err
		}
		doers, _ := e.doers(r.text, deed{verbs: verbs}, []*person{p})
		if len(doers) > 0 {
			return true, nil
		}
	}
	return false, nil
}

// calledHits is how many passages holding a title's noun are read for
// whom else they call so.
const calledHits = 10

// calledSo is the one person text calls by a title's noun that is for
// doing something ("head", "host", "moderator": questions.yaml
// agent_nouns), of what rest names ("The head of the Russian
// delegation, Deputy Minister of Culture Viktor Leskov"), as the
// who-did-it step reads the noun; nil when none or the choice is open.
func (e *Engine) calledSo(text string, heads, rest []string) *person {
	verbs := agentVerbs(heads)
	if len(verbs) == 0 || len(rest) == 0 {
		return nil
	}
	return e.doerIn(text, deed{verbs: verbs, rest: rest, ofRest: true}, nil)
}

// agentVerbs are the verbs (lemmas, sorted) whose doer one of nouns
// calls someone ("host", "leader": host, lead; questions.yaml
// agent_nouns); nil when none is such a noun.
func agentVerbs(nouns []string) []string {
	var verbs []string
	for v, ns := range loadQuestionWords().AgentNouns {
		if slices.ContainsFunc(nouns, func(n string) bool { return n != "" && slices.Contains(ns, n) }) {
			verbs = append(verbs, v)
		}
	}
	slices.Sort(verbs)
	return verbs
}

// countryWord reports a word naming a country itself or as its
// adjective ("russia", "ukrainian"), not a city standing for it
// ("berlin", "moscow").
func (e *Engine) countryWord(w string) bool {
	n, ok := e.lex.Nation(w)
	return ok && (strings.EqualFold(n.Adjective, w) || strings.EqualFold(n.Country, w))
}

// namesSomeone reports whether any of the first doerPassages of ps
// names a person of the articles.
func (e *Engine) namesSomeone(ps []Passage) bool {
	return e.namesOneWho(ps, func(*person) bool { return true })
}

// namesOneWho reports whether the first few of ps name someone fits
// takes.
func (e *Engine) namesOneWho(ps []Passage, fits func(*person) bool) bool {
	for _, p := range ps[:min(len(ps), doerPassages)] {
		if slices.ContainsFunc(e.namesIn(p.Text, wordSpans(p.Text)), func(m named) bool { return fits(m.p) }) {
			return true
		}
	}
	return false
}

// namesIn are where text (its words, spans) names each person the
// articles know but those in skip.
func (e *Engine) namesIn(text string, spans []span, skip ...*person) []named {
	var ms []named
	for i := range e.people {
		p := &e.people[i]
		if slices.Contains(skip, p) {
			continue
		}
		for s, end := range p.namedAt(text, spans) {
			ms = append(ms, named{p: p, start: s, end: end})
		}
	}
	return ms
}

// clauseDeed is the verb of the relative clause a description ends in
// ("found" of "the guy who found the shell"), as an index term; "" when
// it has none, or the clause opens with no verb of a deed ("who is",
// "who was at the meeting").
func (e *Engine) clauseDeed(who string) string {
	f := strings.Fields(strings.ToLower(who))
	for i := 1; i+1 < len(f); i++ {
		if f[i] == "whose" || !e.lex.IsRelative(f[i]) {
			continue
		}
		v := strings.Trim(f[i+1], ",.?!")
		if e.lex.IsAuxiliary(v) || !deedVerb(v) {
			return ""
		}
		return e.terms.of(v)
	}
	return ""
}

// doerReach is how many words before the verb of a deed its doer's name
// may stand in one sentence ("Mr Jaro Bilek (Cooper Street) described
// finding the shell").
const doerReach = 8

// namedDoing reports a passage naming p as the doer of the deed (verb,
// an index term): p's surname in a sentence, at most doerReach words
// before a form of the verb. "Deminers examine the shell found in Jaro
// Bilek's garden … Aurel Castaine said" names no one finding it.
func (e *Engine) namedDoing(text string, p *person, verb string) bool {
	if p.last == "" {
		return false
	}
	lastAt := -1 // the word p's surname was last seen at, in this sentence
	i := -1
	for sp := range words(text) {
		i++
		w := text[sp.start:sp.end]
		switch {
		case people.Fold(people.StripPossessive(w)) == p.last && !people.Possessive(w):
			lastAt = i
		case lastAt >= 0 && i-lastAt <= doerReach && e.terms.of(w) == verb:
			return true
		}
		if sentenceEndsAfter(text, sp) {
			lastAt = -1
		}
	}
	return false
}
