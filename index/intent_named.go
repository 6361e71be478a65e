package index

import (
	"regexp"
	"slices"
	"strings"
	"sync"

	"github.com/talksbot/talksbot/corpus/people"
	"github.com/talksbot/talksbot/index/english"
)

// reAccordingTo reads "X according to Y" and "according to Y, X".
var (
	reAccordingAfter  = regexp.MustCompile(`(?i)^(.+?),? according to (.+)$`)
	reAccordingBefore = regexp.MustCompile(`(?i)^according to ([^,]+), (.+)$`)
)

// accordingTo reads a question asking what someone says of a subject by
// "according to" ("is the deal dead according to peskov", "according to
// the turkish envoy, when is the handover"): who, when the words name or
// describe a person, and what about.
func (e *Engine) accordingTo(s string) (who, about string, ok bool) {
	if m := reAccordingAfter.FindStringSubmatch(s); m != nil {
		who, about = m[2], m[1]
	} else if m := reAccordingBefore.FindStringSubmatch(s); m != nil {
		who, about = m[1], m[2]
	} else if rest, ok := cutPrefixFold(s, "according to "); ok {
		// "according to amb imhof whats the real test", "according to
		// the swiss mediator what …": no comma; the person named first,
		// then what is asked.
		sp := e.findPeople(rest)
		if len(sp) == 0 || !slices.Contains([]string{"", "the"}, strings.ToLower(strings.TrimSpace(rest[:sp[0].start]))) || sp[0].p == nil || sp[0].end == len(rest) {
			return "", "", false
		}
		who, about = rest[:sp[0].end], strings.TrimSpace(rest[sp[0].end:])
	} else {
		return "", "", false
	}
	if len(e.findPeople(who)) > 0 {
		return who, about, true
	}
	heads, _ := e.descriptionWords(who)
	if slices.ContainsFunc(heads, func(h string) bool { return h != "" }) {
		return who, about, true
	}
	if e.spokesperson(who) != nil {
		// "… acc to customs": the body, as its one spokesperson the
		// articles title so speaks for it.
		return who, about, true
	}
	return "", "", false
}

// sourceLast moves a source opening a question after what is asked
// ("according to the clerk what did hollmann say" → "what did hollmann
// say according to the clerk"): the words asked for are the ones the
// question goes on to name, as the source tells them; asking nothing of
// anyone else, the source's own ("according to the clerk, when did it
// start").
func sourceLast(q string) string {
	rest, ok := cutPrefixFold(q, "according to ")
	if !ok {
		return frontedLast(q)
	}
	words := strings.Fields(rest)
	if i := askedFrom(words, 0, 1, 1); i > 0 {
		return strings.Join(words[i:], " ") + " according to " + strings.TrimRight(strings.Join(words[:i], " "), ",")
	}
	return q
}

// frontedLast moves a phrase opening with a preposition, fronted with no
// comma before what is asked, after it: "and after the vote what did the
// colonel say" → "what did the colonel say after the vote". Not a phrase
// naming an article ("in the numbers article what did melnyk say"),
// which says where, read as it stands.
func frontedLast(q string) string {
	qw := loadQuestionWords()
	words := strings.Fields(q)
	lead := 0
	for lead < len(words) && slices.Contains(qw.FrontedJoins, strings.ToLower(words[lead])) {
		lead++
	}
	if lead >= len(words) || !people.Default().IsPreposition(strings.ToLower(words[lead])) {
		return q
	}
	i := askedFrom(words, lead, 2, minFrontedTail)
	if i < 0 || slices.ContainsFunc(words[lead:i], func(w string) bool { return slices.Contains(qw.ArticleNouns, strings.ToLower(strings.Trim(w, ",."))) }) {
		return q
	}
	return strings.Join(words[i:], " ") + " " + strings.TrimRight(strings.Join(words[lead:i], " "), ",")
}

// askedFrom is where what a question asks opens among words, after a
// phrase of minPhrase to maxSourceWords words fronted at start
// (sourceLast, frontedLast): the first word that opens with an asking
// word and leaves at least minTail words; -1 when none does.
func askedFrom(words []string, start, minPhrase, minTail int) int {
	asking := loadQuestionWords().asking
	for i := start + minPhrase; i <= start+maxSourceWords && len(words)-i >= minTail; i++ {
		if _, ok := startsWithPhrase(strings.ToLower(strings.Join(words[i:], " ")), asking); ok {
			return i
		}
	}
	return -1
}

// minFrontedTail is the fewest words of a question a fronted phrase is
// moved after: "what did the colonel say", not "when/where" of "next
// jtc meeting when/where".
const minFrontedTail = 3

// maxSourceWords is the most words of a source opening a question ("the
// deputy head of the registry").
const maxSourceWords = 6

// toldBy reads the subject of a said question that opens with someone
// named telling the one asked about something ("korolyov told him last
// week", of "what did gusev say korolyov told him last week"): that
// person, whose words are asked for, and what follows. "what did
// zakharova say lavrov said" asks for her words, which quote him, and
// "rutte's comments" is what about.
func (e *Engine) toldBy(about string) (who, rest string, p *person, ok bool) {
	spans := e.findPeople(about)
	if len(spans) == 0 || spans[0].start != 0 || spans[0].p == nil {
		return "", "", nil, false
	}
	name := about[:spans[0].end]
	after := strings.Fields(about[spans[0].end:])
	if len(after) < 2 || people.Possessive(name) || strings.HasPrefix(after[0], "'") || strings.HasPrefix(after[0], "’") {
		return "", "", nil, false
	}
	v, ok := e.lex.SpeechVerb(strings.ToLower(after[0]))
	if !ok || !slices.Contains(v.Flags, "object") || !slices.Contains(loadQuestionWords().ListenerPronouns, strings.ToLower(after[1])) {
		return "", "", nil, false
	}
	return name, strings.Join(after[2:], " "), spans[0].p, true
}

// askedOfNamed reads a question that opens by asking (speaker_openings:
// "what does", "why did") and goes on with a person named, then a verb:
// their reasons ("why did hrytsenko quit teaching") or, with a verb of
// view, their view ("what does hrytsenko expect from …").
func (e *Engine) askedOfNamed(s string) (who, about string, p *person, ok bool) {
	qw := loadQuestionWords()
	t := trimOpenings(s, qw.SpeakerOpen)
	if t == s {
		return "", "", nil, false
	}
	who, about, p, ok = e.leadingPerson(t)
	if !ok || p == nil || about == "" || e.data.Speakers[p.Name].Quotes == 0 && !e.writes(p) {
		return "", "", nil, false
	}
	if !asksStance(about) && !asksWhyTheyDid(s) {
		return "", "", nil, false
	}
	return who, about, p, true
}

// asksWhyTheyDid reports a "why" question about what someone did or
// does ("why did hrytsenko quit teaching"): their reasons, in their
// words. "why is maksym a grade behind" asks a fact about them instead.
func asksWhyTheyDid(s string) bool {
	f := strings.Fields(strings.ToLower(s))
	return len(f) > 1 && f[0] == "why" && slices.Contains(loadQuestionWords().WhyOfActs, f[1])
}

// asksStance reports what a yes-no question asks of someone it names
// when it is their view or word: "agree the text is done", "sure russia
// hands back the children".
func asksStance(about string) bool {
	f := strings.Fields(strings.ToLower(about))
	// "did the swiss ambassador ever think …": an adverb before it.
	for len(f) > 2 && slices.Contains(loadQuestionWords().StanceAdverbs, f[0]) {
		f = f[1:]
	}
	if len(f) < 2 {
		return false
	}
	// "did aebischer declare victory": a speech verb asks their words.
	return slices.Contains(loadQuestionWords().StanceWords, f[0]) || speechWords()[f[0]]
}

// namedThenSubject splits a phrase read as a speaker that opens with
// someone the people model finds (a name, or a title it resolves) and
// goes on with words that are no part of who they are: "erdogan
// corridor" is Erdogan, on the corridor. Not "putins spokesman" (a title
// after an owner) nor "the kharkiv baker" (a description).
func (e *Engine) namedThenSubject(who string) (string, string, bool) {
	if e.resolveSpeaker(who) != nil {
		return "", "", false
	}
	f := strings.Fields(who)
	for k := len(f) - 1; k >= 1; k-- {
		first := strings.ToLower(strings.Trim(f[k], "'’"))
		last := strings.ToLower(f[k-1])
		switch {
		case slices.Contains(loadQuestionWords().OriginWords, first), slices.Contains(loadQuestionWords().OriginWords, last):
			// "kovalenko from khmilnyk": which Kovalenko, not what about
			// (the town too, a word the articles use or not).
			continue
		case slices.Contains(loadQuestionWords().FormerJoins, first):
			// "the deminer turned researcher": one person, both.
			continue
		case first == "the" && slices.ContainsFunc(f[k+1:min(len(f), k+4)], func(w string) bool { w = strings.ToLower(w); return e.wordForSomeone(w) || e.isTitleWord(w) }):
			// "hnatiuk the agronomist", "marchuk the village head":
			// which Hnatiuk, not what about.
			continue
		case first == "s" || strings.HasPrefix(f[k], "'") || strings.HasPrefix(f[k], "’"),
			// "zelensky's office", "putins spokesman", "the ministers'
			// view": whose, not who (with its apostrophe or without).
			strings.HasSuffix(last, "s") || strings.HasSuffix(last, "s'"),
			e.wordForSomeone(first),
			// "viktor orban": a word the articles never use may be a
			// surname, part of who, not what about.
			!e.inVocab(first):
			continue
		}
		// By name; by a title only when the title is whole (it ends in
		// its noun: not "head of the monitoring" before "mission") and
		// what follows cannot qualify it ("the deputy mayor for
		// energy", "the envoy in ankara"): no preposition opens it and it
		// names no country or body.
		name := strings.Join(f[:k], " ")
		if e.nationBeforeTitle(who, 0, len(name)) {
			// "moldovan foreign minister": Moldova's, not Ana Moldovan
			// on foreign ministers.
			continue
		}
		if p := e.resolveSpeaker(name); p != nil && (e.resolveName(name) == p || e.personNoun(last) && e.cannotQualify(f[k:])) {
			return name, strings.Join(f[k:], " "), true
		}
	}
	return "", "", false
}

// cannotQualify reports words after a title that say what about, not
// which one: "root causes" after "kremlin spokesperson", where "for
// energy", "in ankara" or "russian" would say which.
func (e *Engine) cannotQualify(rest []string) bool {
	if len(rest) == 0 || e.lex.IsPreposition(strings.ToLower(rest[0])) {
		return false
	}
	for _, w := range rest {
		w = strings.ToLower(strings.Trim(w, "?!.,;:"))
		if _, ok := e.lex.Nation(w); ok {
			return false
		}
		if _, ok := e.lex.Organisation(w); ok {
			return false
		}
	}
	return true
}

// onlyNamed is the one person a phrase names by name ("kovalchuk
// interview": Kovalchuk), nil when it names none, several, or someone
// only by a role.
func (e *Engine) onlyNamed(phrase string) *person {
	var p *person
	for _, sp := range e.findPeople(phrase) {
		if sp.via == people.ViaRole || sp.via == people.ViaOrganisation || p != nil && sp.p != p {
			return nil
		}
		p = sp.p
		// "putin's spokesman", "merz's deputy": someone of theirs, not
		// them.
		if e.ownerOfSomeone(phrase, sp.end) || e.nationBeforeTitle(phrase, sp.start, sp.end) || e.bodyBeforeSomeone(phrase, sp) {
			return nil
		}
		// "kovalenko from khmilnyk": where they are from must be theirs.
		if rest := strings.Fields(strings.ToLower(phrase[sp.end:])); len(rest) > 0 && slices.Contains(loadQuestionWords().OriginWords, rest[0]) && !e.placeQualifier(phrase[sp.end:], p) {
			return nil
		}
		before := strings.Fields(strings.ToLower(phrase[:sp.start]))
		// "the judge in the hollmann case", "the lawyer for hollmann":
		// someone described by what the name qualifies.
		if len(before) > 1 && e.describedBeforeLink(before) {
			return nil
		}
		// "the radio host that interviewed virec": someone a clause of
		// the phrase names, not whom it describes.
		if len(before) > 1 && slices.ContainsFunc(before[1:], func(w string) bool { return slices.Contains(loadQuestionWords().ClauseOpeners, w) }) {
			return nil
		}
	}
	return p
}

// nameQualifies reports a phrase describing someone by what the first
// name in it qualifies ("the lawyer for hollmann").
func (e *Engine) nameQualifies(phrase string) bool {
	for _, sp := range e.findPeople(phrase) {
		if sp.via == people.ViaRole || sp.via == people.ViaOrganisation {
			continue // "the lawyer" itself
		}
		before := strings.Fields(strings.ToLower(phrase[:sp.start]))
		if r := e.relativeAt(before); r > 0 {
			// "the officer who told selvaag the gates were not her
			// business": a name in the clause saying what the one
			// described did, not theirs.
			heads, _ := e.descriptionWords(strings.Join(before[:r], " "))
			return len(heads) > 0
		}
		return len(before) > 1 && e.describedBeforeLink(before)
	}
	// "the host on the radio show with marenko", of Ilse and Pavel
	// Marenko: a surname two people share, which names no one alone.
	f := strings.Fields(strings.ToLower(phrase))
	for i := 2; i+1 < len(f); i++ {
		if slices.Contains(loadQuestionWords().QualifierLinks, f[i]) && len(e.namedAlike(strings.Join(f[i+1:], " "))) > 1 {
			return e.describedBeforeLink(f[:i+1])
		}
	}
	return false
}

// relativeAt is the index of the first relative pronoun of words (the
// people lexicon's: "who", "that"), after its first word; 0 when none.
func (e *Engine) relativeAt(words []string) int {
	for i := 1; i < len(words); i++ {
		if e.lex.IsRelative(words[i]) {
			return i
		}
	}
	return 0
}

// relativeRest is the words of a description after its first relative
// pronoun ("told selvaag the gates …" of "the officer who told selvaag
// the gates …"), or "".
func (e *Engine) relativeRest(phrase string) string {
	ws := strings.Fields(phrase)
	if r := e.relativeAt(strings.Fields(strings.ToLower(phrase))); r > 0 {
		return strings.Join(ws[r+1:], " ")
	}
	return ""
}

// qualifiedHead is a description's words before its first qualifier
// link ("the lawyer" of "the lawyer for hollmann"), or "".
func qualifiedHead(phrase string) string {
	ws := strings.Fields(phrase)
	for i, w := range ws {
		if i > 0 && slices.Contains(loadQuestionWords().QualifierLinks, strings.ToLower(w)) {
			return strings.Join(ws[:i], " ")
		}
	}
	return ""
}

// qualifiedRest is what a description's first qualifier link qualifies
// it by ("hollmann" of "the lawyer for hollmann"), or "".
func qualifiedRest(phrase string) string {
	head := qualifiedHead(phrase)
	if head == "" {
		return ""
	}
	_, rest, _ := strings.Cut(strings.TrimSpace(phrase)[len(head):], " ")
	_, rest, _ = strings.Cut(strings.TrimSpace(rest), " ")
	return rest
}

// describedBeforeLink reports the words before a name (lower case) as a
// word for a person, then a qualifier link and perhaps "the" ("the judge
// in the", "the lawyer for").
func (e *Engine) describedBeforeLink(before []string) bool {
	n := len(before)
	if before[n-1] == "the" {
		n--
	}
	if n < 2 || !slices.Contains(loadQuestionWords().QualifierLinks, before[n-1]) {
		return false
	}
	heads, _ := e.descriptionWords(strings.Join(before[:n-1], " "))
	return len(heads) > 0
}

// nationBeforeTitle reports a one-word name at [start, end) of phrase
// that is a nationality before a word for a person: "the moldovan
// president" asks for Moldova's, not for Ana Moldovan.
func (e *Engine) nationBeforeTitle(phrase string, start, end int) bool {
	name := strings.TrimSpace(phrase[start:end])
	if strings.Contains(name, " ") {
		return false
	}
	if _, ok := e.lex.Nation(name); !ok {
		return false
	}
	// The person's word, after any saying which office ("the moldovan
	// foreign minister", "the moldovan deputy pm").
	for _, w := range strings.Fields(strings.ToLower(phrase[end:])) {
		w = strings.Trim(w, ",.?!")
		switch {
		case e.personNoun(w):
			return true
		case e.lex.IsOffice(w) || e.lex.IsModifier(w) || e.lex.IsSecond(w):
		default:
			return false
		}
	}
	return false
}

// ownerOfSomeone reports a name ending at end in phrase that is someone's
// owner: written as a possessive ("putin's", "putins") and followed by a
// word for a person ("spokesman", "deputy", "guy").
func (e *Engine) ownerOfSomeone(phrase string, end int) bool {
	rest := strings.Fields(strings.ToLower(phrase[end:]))
	f := strings.Fields(phrase[:end])
	if len(rest) == 0 || len(f) == 0 || !e.personNoun(strings.Trim(rest[0], ",.?!")) {
		return false
	}
	last := f[len(f)-1]
	return people.Possessive(last) || strings.HasSuffix(strings.ToLower(last), "s") && e.byKey[people.Key(strings.TrimSuffix(strings.ToLower(last), "s"))] != nil
}

// bodyBeforeSomeone reports a name that is one word, of no one whose
// gender or given name the articles tell, followed by a word for a person:
// "the kestrenergo spokesman" is the grid company's spokesman, whatever
// the people model made of the company's name.
func (e *Engine) bodyBeforeSomeone(phrase string, sp personSpan) bool {
	rest := strings.Fields(strings.ToLower(phrase[sp.end:]))
	return len(rest) > 0 && !strings.Contains(sp.p.Name, " ") && sp.p.Gender == "" && e.personNoun(strings.Trim(rest[0], ",.?!"))
}

// followUp reports a question that is a follow-up naming someone and
// nothing else: "and the fisherman?", "what about the harbour master".
func followUp(s string, end int) bool {
	low := strings.ToLower(s)
	if strings.Trim(s[end:], " ?!.") != "" {
		return false
	}
	_, ok := startsWithPhrase(low, loadQuestionWords().FollowUp)
	return ok
}

// asksForWords reports whether what follows a person in a question asks
// for their words: a speech verb, a word for quotes, or "on"/"about" and a
// subject.
func asksForWords(rest string) bool {
	f := strings.Fields(strings.ToLower(rest))
	if len(f) == 0 {
		return false
	}
	if len(f) > 1 && isDash(f[0]) {
		// "europe minister - will russia block …": their word on it.
		return true
	}
	if aboutLinks[strings.Trim(f[0], ",:;-")] && f[0] != "and" && len(f) > 1 {
		return true
	}
	verbs := speechWords()
	qw := loadQuestionWords()
	for _, w := range f {
		w = strings.Trim(w, "?!.,;:'")
		if verbs[w] || slices.Contains(qw.QuoteNouns, w) {
			return true
		}
	}
	return false
}

// speechWords are the one-word forms of the speech verbs questions use.
var speechWords = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, v := range people.Default().SpeechVerbs("ask") {
		m[v.Form] = true
	}
	return m
})

// titleWords reports whether text holds nothing but words that may stand
// before a name in a question: articles, titles and their modifiers,
// nationalities, short abbreviations ("fm", "pm", "gen"), words that
// call someone ("the think tank guy ritter"), and words of what the
// articles say p is ("georgetown prof ellison": she teaches at
// Georgetown).
func (e *Engine) titleWords(text string, p *person) bool {
	lx := e.lexicon()
	var theirs map[string]bool
	qw := loadQuestionWords()
	ws := strings.Fields(strings.ToLower(text))
	for i := 0; i < len(ws); i++ {
		w := strings.Trim(ws[i], ",:;-.")
		if n := orgWordsAt(lx, ws, i); n > 0 {
			// "ukraine un ambassador dovzhenko" (the UN spelt out):
			// where they serve.
			i += n - 1
			continue
		}
		switch {
		case w == "" || w == "the" || w == "and" || w == "so" || w == "but" || qw.personNoun[w]:
		case lx.IsTitleNoun(w) || lx.IsModifier(w):
		case len(w) <= 3 && !english.Lookup(w).Known:
		default:
			if _, ok := lx.Nation(w); ok {
				continue
			}
			if theirs == nil {
				theirs = p.describedBy()
			}
			if !theirs[fold(people.StripPossessive(w))] {
				return false
			}
		}
	}
	return true
}

// asksAfter reports words opening with a question word ("what did
// ukraine get out of it", "why …") or a word joining a subject ("on
// whether the strike puts the next swap at risk"): what is asked of
// whoever stands before them.
func asksAfter(rest string) bool {
	f := strings.Fields(strings.ToLower(rest))
	if len(f) > 2 && isDash(f[0]) {
		// "ukr deputy fm - is this the end of the road": a question of
		// them, past the dash.
		return true
	}
	if len(f) < 2 {
		return false
	}
	w := strings.Trim(f[0], ",:;-")
	return slices.Contains(loadQuestionWords().AskingWords, w) || aboutLinks[w] && w != "and"
}

// orgWordsAt is how many of ws, from the i-th on, name an organisation
// the people model knows ("united nations", "un"); 0 when they name none.
func orgWordsAt(lx *people.Lexicon, ws []string, i int) int {
	for n := min(4, len(ws)-i); n > 0; n-- {
		if _, ok := lx.Organisation(strings.Join(ws[i:i+n], " ")); ok {
			return n
		}
	}
	return 0
}

// leadingPerson reads a question that opens with a person — by name,
// title and name, role or organisation, as the people model finds them
// (findPeople) — and goes on with a subject: "peskov on the security
// guarantees", "Zelensky NATO", "General Marquardt about violations", "the
// SWP expert on article 5". It asks what they said about it.
func (e *Engine) leadingPerson(s string) (who, about string, p *person, ok bool) {
	n := len(strings.Fields(s))
	long := n > 12
	if n > 20 {
		return "", "", nil, false
	}
	spans := e.findPeople(s)
	if len(spans) == 0 {
		return e.sharedLead(s)
	}
	sp := spans[0]
	// "foreign ministry spokeswoman voloshyna": a role and the name of
	// one person, read as two stretches, are one.
	for len(spans) > 1 && spans[1].p == sp.p && strings.TrimSpace(s[sp.end:spans[1].start]) == "" {
		sp.end, sp.via = spans[1].end, spans[1].via
		spans = spans[1:]
	}
	if long && !asksAfter(s[sp.end:]) {
		// A long question naming someone is a search that names them,
		// unless a question about them follows their name: "dr voss
		// what did ukraine get out of the truce for the grid", "first
		// deputy pm hrytsenko on why they signed with malta and brazil".
		return "", "", nil, false
	}
	// A role alone is too loose a reading of a few keywords ("kremlin
	// christmas truce" is about the Kremlin, not its spokesman's words),
	// unless the question asks for words ("finnish defence minister what
	// did he say", "the ombudsman on the swap").
	if (sp.via == people.ViaRole || sp.via == people.ViaOrganisation) && !asksForWords(s[sp.end:]) && !followUp(s, sp.end) {
		return "", "", nil, false
	}
	// Only a person named first — after perhaps a title or a country
	// the people model did not join to the name ("deputy fm kovalchuk",
	// "finnish defence minister aaltonen"): "sanctions and Merz" is a
	// search that names him, not a question about his words.
	if !e.titleWords(s[:sp.start], sp.p) {
		return "", "", nil, false
	}
	if e.ownerOfSomeone(s, sp.end) {
		// "putin's spokesman on the talks": the spokesman, whom the
		// question's other readings find.
		return "", "", nil, false
	}
	rest := strings.Fields(strings.TrimLeft(s[sp.end:], "'’s"))
	if len(rest) > 0 && aboutLinks[strings.ToLower(strings.Trim(rest[0], ",:;-"))] {
		rest = rest[1:]
	}
	// The person found is kept only when named: a role alone is resolved
	// from the words as asked (resolveSpeaker), which checks whose it is.
	start := sp.start
	if sp.via == people.ViaRole || sp.via == people.ViaOrganisation {
		// "ukraine's delegation head on the formula": the words before
		// the role say whose it is, and stay with it.
		p, start = nil, 0
	} else {
		p = sp.p
	}
	return strings.TrimSpace(s[start:sp.end]), strings.Trim(strings.Join(rest, " "), ",:;- "), p, true
}

// cutPrefixFold is strings.CutPrefix with case folded: "According to X"
// as "according to X".
func cutPrefixFold(s, prefix string) (string, bool) {
	if len(s) < len(prefix) || !strings.EqualFold(s[:len(prefix)], prefix) {
		return s, false
	}
	return s[len(prefix):], true
}

// sharedLead reads a question opening with a surname two or more people
// share, after perhaps a title or an honorific, then a word for what
// about ("mr orlik abt fixing windows?", "capt halvard on her crew?"):
// what one of them said, which the answer settles (by the honorific, or
// by whose words are on the subject); or with the given name of one
// person alone ("yaryna on the 2nd exchange"). The people model finds no
// one person in such a name.
func (e *Engine) sharedLead(s string) (who, about string, p *person, ok bool) {
	f := strings.Fields(s)
	k := 0
	for k < len(f) && k < 2 && (e.isTitleWord(strings.ToLower(f[k])) || e.lex.AddressedBy(f[k])) {
		k++
	}
	if k+2 >= len(f) || !aboutLinks[strings.ToLower(f[k+1])] || f[k+1] == "and" {
		return "", "", nil, false
	}
	about = strings.Trim(strings.Join(f[k+2:], " "), ",:;-? ")
	if len(e.namedAlike(f[k])) >= 2 {
		return strings.Join(f[:k+1], " "), about, nil, true
	}
	// "yaryna on the 2nd exchange": a given name alone, of the one
	// person the articles give it, and no everyday word.
	// So with a nickname the articles give someone, though a word of
	// English, when they never write it in lower case ("pepper on the
	// third run?", of "Jonas Pellar, "Pepper" to his colleagues").
	w := strings.ToLower(f[k])
	if ew := english.Lookup(w); k == 0 && (!ew.Known || ew.Name || !e.who.lowerUse[w]) {
		if p := e.resolveSpeaker(w); p != nil && (e.givenNameOf(w, p) || givenAmong(p, []string{people.Fold(w)})) {
			return f[k], about, p, true
		}
	}
	return "", "", nil, false
}

// givenNameOf reports w (lower case) as p's given name, as written or
// as a romanisation of it ("yaryna" of Jarina Tkalec).
func (e *Engine) givenNameOf(w string, p *person) bool {
	given := strings.ToLower(strings.Fields(p.Name)[0])
	return strings.Contains(p.Name, " ") && (given == w || e.lex.Romanised(given) == e.lex.Romanised(w))
}
