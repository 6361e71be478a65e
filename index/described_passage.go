package index

import (
	"slices"
	"strings"
	"unicode"

	"github.com/talksbot/talksbot/corpus"
	"github.com/talksbot/talksbot/corpus/people"
	"github.com/talksbot/talksbot/index/english"
)

// asks reports a passage that is p's question ("Kivelä: What does the
// Red Cross do?"): p's label, then words ending in a question mark.
func (p *person) asks(text string) bool {
	label, _, ok := strings.Cut(text, ":")
	return ok && asksItself(text) && len(strings.Fields(label)) <= 4 && p.namedIn(label)
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
		if people.Possessive(w) || strings.HasPrefix(text[ws[j].end:], "'") || strings.HasPrefix(text[ws[j].end:], "’") {
			// "chair of the Deminers' Union" is no deminer: the word
			// says whose, not what they are.
			return false
		}
		if j > 0 && strings.EqualFold(w, "general") && e.lex.GeneralAfter(text[ws[j-1].start:ws[j-1].end]) {
			return false // "director general of the IAEA" is no general
		}
		if low := strings.ToLower(w); slices.ContainsFunc(heads, func(h string) bool { return h != "" && low != h && singular(low) == h }) {
			// "who told reporters": a group of them, whom the person
			// speaks to, not what the person is.
			return false
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
		if e.frontedApposition(text, ws, i, isHead) {
			// "the officer commanding the checkpoint, Lieutenant Colonel
			// Dariusz Korlan": what they are, set before the name.
			return true
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
					if e.beforeAnotherName(text, ws, j) {
						// "According to Sand, the officer commanding the
						// checkpoint, Lieutenant Colonel Dariusz Korlan":
						// the words are the next name's, not Sand's.
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

// foldedWords are the words of text at ws, folded.
func foldedWords(text string, ws []span) []string {
	out := make([]string, len(ws))
	for i, sp := range ws {
		out[i] = fold(text[sp.start:sp.end])
	}
	return out
}

// maxApposition is the most words an apposition set off by commas beside
// a name is read over.
const maxApposition = 7

// frontedApposition reports a phrase opened by an article and closed by
// a comma right before the name at word i, or before the titles and
// given names opening it, that holds a head (isHead): "the officer
// commanding the checkpoint, Lieutenant Colonel Dariusz Korlan". The
// phrase runs back to the punctuation before it, within maxApposition
// words.
func (e *Engine) frontedApposition(text string, ws []span, i int, isHead func(int) bool) bool {
	b := i
	for b > 0 && text[ws[b-1].end:ws[b].start] == " " && unicode.IsUpper([]rune(text[ws[b-1].start:ws[b-1].end])[0]) {
		b--
	}
	if b == 0 || strings.TrimSpace(text[ws[b-1].end:ws[b].start]) != "," {
		return false
	}
	head, start := false, -1
	for j := b - 1; j >= 0 && j >= b-maxApposition; j-- {
		if j < b-1 && strings.TrimSpace(text[ws[j].end:ws[j+1].start]) != "" {
			break // where the phrase opens: "According to Sand, the …"
		}
		head, start = head || isHead(j), j
	}
	return start >= 0 && head && e.lex.IsArticle(strings.ToLower(text[ws[start].start:ws[start].end]))
}

// beforeAnotherName reports the apposition word j is in closed by a comma
// and the titles and name of someone else ("…, the officer commanding the
// checkpoint, Lieutenant Colonel Dariusz Korlan").
func (e *Engine) beforeAnotherName(text string, ws []span, j int) bool {
	for k := j; k < len(ws)-1 && k <= j+maxApposition; k++ {
		gap := strings.TrimSpace(text[ws[k].end:ws[k+1].start])
		if gap == "" {
			continue
		}
		if gap != "," {
			return false
		}
		w := text[ws[k+1].start:ws[k+1].end]
		return e.opensName(w) || e.lex.IsTitleNoun(strings.ToLower(w)) && unicode.IsUpper([]rune(w)[0])
	}
	return false
}
