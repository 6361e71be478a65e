package people

import (
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"
)

// maxPronounSentences bounds how far back a pronoun looks.
const maxPronounSentences = 12

// resolvePronoun finds the person "he" or "she" at off stands for. It
// reads back sentence by sentence, in the paragraph and (in the same
// section) the two before, to the first sentence with someone who fits
// (gender from a given name, a known figure or a title): the one fitting
// speaker of that sentence, else the one fitting person it names. Two
// would be a guess, so none. In the pronoun's own sentence a name in a
// phrase opened by a preposition does not count ("Standing next to
// Merz, he said" is not Merz).
func (a *analyser) resolvePronoun(pi, off int, pronoun string) who {
	w := a.resolvePronounChained(pi, off, pronoun)
	if w.p != nil && w.p.gender == Unknown && (pronoun == "he" || pronoun == "she") && a.speaksAfter(pi, off) {
		// "Yevra Solnik … she said": the text says what the lexicon
		// could not, and a "he" later is someone else. Only a pronoun
		// that speaks: "she struck a mine" may be a ship.
		w.p.gender = Male
		if pronoun == "she" {
			w.p.gender = Female
		}
	}
	return w
}

// speaksAfter reports a speech verb right after the word at off of
// paragraph pi ("she said", "he told").
func (a *analyser) speaksAfter(pi, off int) bool {
	f := strings.Fields(a.paras[pi].Text[off:min(len(a.paras[pi].Text), off+40)])
	if len(f) < 2 {
		return false
	}
	_, ok := a.lx.SpeechVerb(strings.ToLower(strings.Trim(f[1], ",.:;")))
	return ok
}

// resolvePronounChained is resolvePronoun, reading a profile's chain of
// pronouns from where it was cut.
func (a *analyser) resolvePronounChained(pi, off int, pronoun string) who {
	if a.chainDepth > 0 {
		return a.resolvePronounOnce(pi, off, pronoun)
	}
	// A profile's "she … She … she" runs on for paragraphs: a chain cut
	// at maxPronounChain is read from where it was cut first, which is
	// remembered, and then again from here.
	for tries := 0; ; tries++ {
		w := a.resolvePronounOnce(pi, off, pronoun)
		if w.p != nil && a.commentsOn(w.p, pronoun) && !a.namedIn(w.p, pi) {
			// `Professor Marta Zielińska … is blunter: "She won the
			// metering and lost the money."`, paragraphs before "she
			// lives in Kyiv": one named once, to give their words on
			// someone else, is not the one the text goes on speaking
			// of; the one it speaks of most may be.
			if p := a.protagonist(w.p); p != nil {
				w = who{p: p}
			} else {
				w = blocked
			}
		}
		if !a.chainCut {
			return w
		}
		a.chainCut = false
		cut := a.cutAt
		if tries == maxChainRetries || cut == [2]int{pi, off} {
			return w
		}
		if _, ok := a.chained[cut]; ok {
			return w
		}
		a.rememberChain(cut, a.resolvePronoun(cut[0], cut[1], pronoun))
	}
}

// maxChainRetries bounds how many times one pronoun is read again after
// its chain was cut: each time reads maxPronounChain pronouns further.
const maxChainRetries = 16

func (a *analyser) rememberChain(key [2]int, w who) {
	if a.chained == nil {
		a.chained = map[[2]int]who{}
	}
	a.chained[key] = w
}

// reFirstPersonSubject finds "I" or "we" as a clause's subject.
var reFirstPersonSubject = regexp.MustCompile(`(?:^|[\s,;:—–"“])(?:I|[Ww]e)\s`)

// resolvePronounOnce is resolvePronoun, reading a chain of pronouns at
// most maxPronounChain deep. In a turn of a transcript the turn's
// speaker is "I", never "he" or "she", whatever the chain read back to
// ("SPOKESWOMAN VASYLENKO: She was exhausted. … But she told me …, and I
// quote her exactly: "…"" is the deputy minister the question before
// asked about, or no one, never the spokeswoman).
func (a *analyser) resolvePronounOnce(pi, off int, pronoun string) who {
	w := a.resolvePronounBack(pi, off, pronoun)
	if l := a.paras[pi].label; w.p != nil && l != nil && l.answer == w.p {
		return blocked
	}
	return w
}

// resolvePronounBack reads back from the pronoun at off of paragraph pi
// for the one it stands for (resolvePronoun).
func (a *analyser) resolvePronounBack(pi, off int, pronoun string) who {
	want := Male
	if pronoun == "she" {
		want = Female
	}
	fits := func(p *member) bool { return p.gender == Unknown || p.gender == want }
	// "GUSEV: I have known Vadim … and he said": in their own turn of an
	// interview the speaker is "I", never "he".
	turnSpeaker := func(m *member) bool {
		l := a.paras[pi].label
		return m == a.quoting || l != nil && l.answer == m
	}
	sentences := 0
	// The paragraph and the one before; one further back when those
	// name no one who fits ("Oksana, a pharmacist, …" / "Her nephew
	// Maksym …" / `"…," she said`).
	stay := func(i int) bool { return a.paras[i].Section == a.paras[pi].Section || a.carriesOn(pi, off, i) }
	for i, s := range a.sentencesBack(pi, off, 2, maxPronounSentences, stay) {
		p := &a.paras[i]
		start, end := s[0], s[1]
		if i < pi-1 {
			// Two paragraphs back, only someone the text gives the
			// pronoun's gender: a forum's "She told us" is not the
			// minister named by surname in a post before the question
			// it answers.
			fits = func(p *member) bool { return p.gender == want }
		}
		own := i == pi && sentences == 0
		sentences++
		var speakers, named []*member
		for _, e := range p.eventsIn(start, end) {
			if e.w.p != nil && fits(e.w.p) && !turnSpeaker(e.w.p) {
				speakers = addMember(speakers, e.w.p)
				named = addMember(named, e.w.p)
			}
		}
		ms := p.mentionsIn(start, end)
		for k := 0; k < len(ms) && k < 40; k++ {
			m := &ms[k]
			// "I worked with Kati Fehérvári for six years, and she
			// once told me": in a turn whose speaker is the sentence's
			// subject, one after a preposition is whom "she" can be.
			if m.possessive || !fits(m.p) || own && a.prepositional(i, start, m) && !(p.label != nil && p.label.answer != nil && reFirstPersonSubject.MatchString(p.Text[start:m.off])) {
				continue
			}
			if turnSpeaker(m.p) {
				continue
			}
			if g := a.kinBefore(p, m.off); g != Unknown && g != want {
				// "for her son Aurel": a son is no "she", whatever
				// else the text has yet said of him.
				continue
			}
			named = addMember(named, m.p)
		}
		subject := a.subjectFrom(i, start, end, false)
		if w := subject; w.p != nil && fits(w.p) && !own && !turnSpeaker(w.p) {
			named = addMember(named, w.p)
		}
		if !own && len(named) == 0 && len(speakers) == 0 {
			switch m, someone := a.ownerOpens(p, start, end, fits); {
			case someone:
				// "Eberl's deputy was blunter. "…," he said": the
				// sentence is about someone it does not name.
				return blocked
			case m != nil && !turnSpeaker(m):
				// "Eberl's way out was to drop attribution. "…," he
				// told me": a sentence about what is someone's is
				// about them.
				named = addMember(named, m)
			}
		}
		if !own && len(speakers) == 0 {
			// "She has not seen her sister Tamara …. She put it
			// simply: "…"": the sentence's subject is the same
			// pronoun, whoever else it names; both stand for one
			// person.
			if at, ok := a.opensWithPronoun(p, start, end, want); ok {
				return a.chainedPronoun(i, at, pronoun)
			}
		}
		if len(named) == 0 && len(speakers) == 0 && !own && a.unknownNameOpens(p, start, end) {
			return blocked
		}
		if len(named) == 0 && !own {
			// "A senior diplomat was less upbeat.", "…," the official
			// said: someone unnamed was the last to speak or act, and
			// the pronoun may be them; so may the same pronoun in the
			// sentence ("a nurse who did not give her name said …").
			// When it was someone the text calls by an office ("the
			// agency's executive director stressed …. "…," she said"),
			// the words are that office's, still no one's by name.
			unnamed := subject.found() && subject.p == nil
			if unnamed && a.ownsBeforeVerb(p, start, end, want) {
				return a.unnamedAs(subject, want, sentences)
			}
			// "She describes the talks as a long shift at the docks.":
			// the sentence names no one but speaks of someone by the
			// same pronoun, and both stand for one person, whoever
			// the earlier one stands for.
			if at, ok := a.samePronounIn(p, start, end, want); ok {
				return a.chainedPronoun(i, at, pronoun)
			}
			if unnamed {
				return a.unnamedAs(subject, want, sentences)
			}
			for _, e := range p.eventsIn(start, end) {
				if e.w.found() && e.w.p == nil && e.w.role != "" {
					return a.unnamedAs(e.w, want, sentences)
				}
			}
			// "the captain and I share a name … She said, "…"": the
			// sentence speaks of someone by an office, and the pronoun
			// is theirs: whom the text gave that office before, else no
			// one it names; never someone named further back.
			if w, ok := a.definiteRoleIn(i, start, end, want); ok {
				return w
			}
		}
		if !own && len(speakers) == 0 && len(named) > 0 && !slices.ContainsFunc(named, func(p *member) bool { return p.gender == want }) {
			// "…, she flew to Jakarta to meet the Indonesian
			// ambassador, Rizal Setiawan": the sentence speaks of
			// someone by the same pronoun, and names only people
			// whose gender no one gave; the pronoun is hers.
			if at, ok := a.pronounIn(p, start, end, pronoun); ok {
				return a.chainedPronoun(i, at, pronoun)
			}
		}
		if !own && len(named) > 1 {
			// "Minister Kostenko thanked the mediators, while
			// ombudswoman Yelena Dobrovolskaya praised the hosts.
			// "…," she said": the subject of the sentence's last
			// clause, set against the first, is who speaks next.
			if m := a.contrastSubject(p, start, end, fits); m != nil {
				return who{p: m}
			}
		}
		switch {
		case len(speakers) == 1:
			return who{p: speakers[0]}
		case len(named) == 1 && len(speakers) == 0:
			return who{p: named[0]}
		case len(named) > 0:
			return blocked
		}
	}
	return blocked
}

// kinBefore is the gender the word for a relative right before a name
// at off in p gives it ("her son Aurel", "his wife, Halyna": words.tsv
// femalekin, malekin); Unknown when no such word stands there.
func (a *analyser) kinBefore(p *para, off int) Gender {
	ws := splitWords(p.Text[max(0, off-40):off])
	if len(ws) == 0 {
		return Unknown
	}
	return a.lx.kinGender(Fold(ws[len(ws)-1].w))
}

// definiteRoleIn finds a person the sentence at [start, end) of
// paragraph pi speaks of by an office after "the" ("the captain", "the
// deputy minister"), whose gender may be want: whom the text gave that
// office before (byRole), or blocked when it gave it no one; ok is false
// when the sentence speaks of no one so.
func (a *analyser) definiteRoleIn(pi, start, end int, want Gender) (who, bool) {
	p := &a.paras[pi]
	ws := splitWords(p.Text[start:end])
	for k := 1; k < len(ws); k++ {
		if !strings.EqualFold(ws[k-1].w, "the") || !a.lx.IsTitleNoun(ws[k].w) || k > 1 && a.lx.isFold("preposition", ws[k-2].w) {
			// Not "fine in the body, not in the lead": a place or a
			// thing after a preposition, whatever its word.
			continue
		}
		// The office's last word: "the deputy minister".
		j := k
		for j+1 < len(ws) && a.lx.IsTitleNoun(ws[j+1].w) && ws[j+1].start == ws[j].end+1 {
			j++
		}
		noun := strings.ToLower(ws[j].w)
		if singular(a.lx, noun) != noun || j+1 < len(ws) && (strings.EqualFold(ws[j+1].w, "of") || isCapitalised(ws[j+1].w)) {
			// "the captains", "the head of the delegation", "the
			// captain Ines Halvard": a group, or an office the next
			// words say more of or name.
			continue
		}
		if g := a.lx.titleGender(noun); g != Unknown && g != want {
			continue
		}
		var mods []string
		for _, w := range ws[k:j] {
			mods = append(mods, w.w)
		}
		at := start + ws[k-1].start
		if m, _ := a.byRole(pi, at, noun, mods); m != nil && (m.p.gender == Unknown || m.p.gender == want) {
			return who{p: m.p}, true
		}
		return blocked, true
	}
	return who{}, false
}

// ownerOpens is the person whose possessive opens the sentence at
// [start, end) of p, owning a thing ("Eberl's way out was …"), when
// they fit; nil when the sentence opens otherwise. someone says what
// they own may be a person or a body that speaks for itself ("Eberl's
// deputy", "Zelensky's office"): a title or its modifier, a person
// noun, kin or an organisation word among the next words.
func (a *analyser) ownerOpens(p *para, start, end int, fits func(*member) bool) (owner *member, someone bool) {
	ms := p.mentionsIn(start, end)
	if len(ms) == 0 {
		return nil, false
	}
	m := ms[0]
	if !m.possessive || !fits(m.p) || strings.TrimLeft(p.Text[start:m.off], " \"“‘'([") != "" {
		return nil, false
	}
	rest := strings.Fields(p.Text[m.end:end])
	if len(rest) > 0 && (rest[0] == "'s" || rest[0] == "’s") {
		rest = rest[1:]
	}
	if len(rest) == 0 {
		return nil, false
	}
	for _, w := range rest[:min(len(rest), maxOwnedWords)] {
		f := Fold(StripPossessive(strings.Trim(w, ",.;:")))
		if a.lx.IsTitleNoun(f) || a.lx.IsModifier(f) || a.lx.IsPersonNoun(f) || a.lx.IsKin(f) || a.lx.IsOrganisationWord(f) {
			return nil, true
		}
	}
	return m.p, false
}

// maxOwnedWords is how many words after an owner ownerOpens reads for
// what they own.
const maxOwnedWords = 3

// contrastSubject is the subject of the last clause of the sentence at
// [start, end) of p when a word setting it against the clause before
// (words.tsv contrast: "while", "whereas") opens it after a comma and a
// named person who fits comes first in it, no verb before them; else
// nil.
func (a *analyser) contrastSubject(p *para, start, end int, fits func(*member) bool) *member {
	low := strings.ToLower(p.Text[start:end])
	at := -1
	for w := range a.lx.words["contrast"] {
		if i := strings.LastIndex(low, ", "+w+" "); i > at {
			at = i + len(w) + 3
		}
	}
	if at < 0 {
		return nil
	}
	for _, m := range p.mentionsIn(start+at, end) {
		if m.possessive || !fits(m.p) || len(p.verbsIn(start+at, m.off)) > 0 {
			return nil
		}
		return m.p
	}
	return nil
}

// unnamedAs is w, someone unnamed a pronoun of gender want may stand
// for, read sentences back: their role, when it calls a person ("the
// agency's executive director", not "Russia's defence ministry"), in the
// pronoun's sentence or the one before, and its title's gender does not
// say otherwise; else no one.
func (a *analyser) unnamedAs(w who, want Gender, sentences int) who {
	if w.role == "" || sentences > 2 {
		return blocked
	}
	ws := headPart(a.lx, strings.Fields(w.role))
	head := singular(a.lx, Fold(strings.Trim(ws[len(ws)-1], ",()")))
	if !a.lx.IsTitleNoun(head) && !a.lx.IsPersonNoun(head) {
		return blocked
	}
	if g := a.lx.titleGender(head); g != Unknown && g != want {
		return blocked
	}
	return who{role: w.role, blocked: true}
}

// referents are the people paragraphs naming no one speak of by a
// pronoun ("Friends describe her as stubborn. She still lives …"), by
// paragraph number: whom the first "he" or "she" there stands for, if
// anyone (Document.Refers).
func (a *analyser) referents() map[int]string {
	var out map[int]string
	for i := range a.paras {
		p := &a.paras[i]
		if len(p.ments) > 0 || p.label != nil {
			continue
		}
		for w := range wordsIn(p.Text) {
			pronoun := foldedPronoun(w.w)
			if pronoun != "he" && pronoun != "she" {
				// "him", "her": whom the sentence is about is its
				// subject, not who is done to ("did not follow him").
				continue
			}
			r, ok := a.chained[[2]int{i, w.start}]
			if !ok {
				r = a.resolvePronoun(i, w.start, pronoun)
				a.rememberChain([2]int{i, w.start}, r)
			}
			if r.p != nil {
				if out == nil {
					out = map[int]string{}
				}
				out[p.Num] = r.p.canonical()
			}
			break
		}
		if _, ok := out[p.Num]; !ok {
			// "The mayor, 58, said the level was falling": the one the
			// role stands for speaks, and the paragraph is about them.
			for _, ev := range p.events {
				if ev.w.p != nil {
					if out == nil {
						out = map[int]string{}
					}
					out[p.Num] = ev.w.p.canonical()
					break
				}
			}
		}
		if !a.tick(1) {
			return out
		}
	}
	return out
}

// foldedPronoun is Fold(w) when that may be "he" or "she", else "":
// referents asks it of every word of a paragraph naming no one, and
// folding each (an allocation for every capitalised word) was a tenth of
// what reading an article allocated.
func foldedPronoun(w string) string {
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			if f := Fold(w); f == "he" || f == "she" {
				return f
			}
			return ""
		}
	}
	switch {
	case strings.EqualFold(w, "he"):
		return "he"
	case strings.EqualFold(w, "she"):
		return "she"
	}
	return ""
}

// maxPronounChain bounds how many pronouns back one pronoun may be read
// through ("she … She … she").
const maxPronounChain = 8

// ownsBeforeVerb reports a possessive of gender want ("her name") in
// text[start:end) of p before its first speech verb, not after a
// preposition: in "a nurse who did not give her name said …" it is the
// unnamed subject's own, where "an official who has sat across from her"
// speaks of someone else. So is the pronoun opening what that verb
// reports ("Her husband said he had driven …").
func (a *analyser) ownsBeforeVerb(p *para, start, end int, want Gender) bool {
	es := p.eventsIn(start, end)
	if len(es) == 0 {
		return false
	}
	if e := es[0]; e.w.found() && e.w.p == nil {
		after := splitWords(p.Text[e.off:end])
		if len(after) > 2 && Fold(after[1].w) == "that" {
			after = after[1:]
		}
		if len(after) > 1 {
			if f := Fold(after[1].w); (f == "he" || f == "she") && a.lx.markedGender(f) == want {
				return true
			}
		}
	}
	ws := splitWords(p.Text[start:es[0].off])
	for i, w := range ws {
		f := Fold(w.w)
		if g, ok := a.lx.Pronoun(f); !ok || g != want || f == "he" || f == "she" || i+1 == len(ws) {
			continue
		}
		if i > 0 && a.lx.isFold("preposition", ws[i-1].w) {
			continue
		}
		next := Fold(ws[i+1].w)
		if isCapitalised(ws[i+1].w) || a.lx.is("adverb", next) || a.lx.is("preposition", next) || a.lx.is("stop", next) {
			continue
		}
		return true
	}
	return false
}

// samePronounIn finds the last pronoun of gender want in text[start:end)
// of p: its offset.
func (a *analyser) samePronounIn(p *para, start, end int, want Gender) (int, bool) {
	at, found := 0, false
	for _, w := range splitWords(p.Text[start:end]) {
		if g, ok := a.lx.Pronoun(Fold(w.w)); ok && g == want {
			at, found = start+w.start, true
		}
	}
	return at, found
}

// pronounIn finds the last "he" or "she" (pronoun itself, a subject's
// form) in text[start:end) of p, outside quotations: its offset.
func (a *analyser) pronounIn(p *para, start, end int, pronoun string) (int, bool) {
	at, found := 0, false
	t := p.Text[start:end]
	for i := 0; i+len(pronoun) <= len(t); {
		k := indexFold(t[i:], pronoun)
		if k < 0 {
			break
		}
		k += i
		j := k + len(pronoun)
		if boundary(t, k) && boundary(t, j) && !p.inside(start+k) {
			at, found = start+k, true
		}
		i = j
	}
	return at, found
}

// indexFold is strings.Index of an ASCII lower-case word in s, either
// case, without allocating.
func indexFold(s, word string) int {
	for i := 0; i+len(word) <= len(s); i++ {
		if strings.EqualFold(s[i:i+len(word)], word) {
			return i
		}
	}
	return -1
}

// opensWithPronoun finds a pronoun of gender want opening the sentence
// text[start:end) of p as its subject ("She has not seen …"): its
// offset. "Her" opening a sentence is whose ("Her mother, Nadiia, …"),
// never its subject.
func (a *analyser) opensWithPronoun(p *para, start, end int, want Gender) (int, bool) {
	ws := splitWords(p.Text[start:end])
	if len(ws) == 0 || !isCapitalised(ws[0].w) {
		return 0, false
	}
	if w := Fold(ws[0].w); (w == "he" || w == "she") && a.lx.markedGender(w) == want {
		return start + ws[0].start, true
	}
	return 0, false
}

// chainedPronoun resolves the pronoun at off of paragraph pi as another
// pronoun's antecedent, remembered per place and bounded in depth.
func (a *analyser) chainedPronoun(pi, off int, pronoun string) who {
	key := [2]int{pi, off}
	if w, ok := a.chained[key]; ok {
		return w
	}
	if a.chainDepth >= maxPronounChain {
		a.chainCut, a.cutAt = true, key
		return blocked
	}
	a.chainDepth++
	w := a.resolvePronoun(pi, off, pronoun)
	a.chainDepth--
	if a.chainCut {
		// The chain was cut short, not read to its end: what it found
		// is no answer to remember.
		return w
	}
	a.rememberChain(key, w)
	return w
}

// carriesOn reports whether a pronoun at off in paragraph pi may look
// back into paragraph i, the last of the section before: a live blog's
// entry that goes on with the last one ("More from that call. Asked about
// Kaja Kallas's comments, he said"), opening its section and naming no
// one before the pronoun but as someone's ("Kallas's comments").
func (a *analyser) carriesOn(pi, off, i int) bool {
	p := &a.paras[pi]
	if i != pi-1 {
		return false
	}
	for _, m := range p.mentionsIn(0, off) {
		if !m.possessive {
			return false
		}
	}
	// "18:40 The skipper speaks / We have just heard from the skipper
	// … "…," he said": an entry bringing in someone by their title
	// speaks of them, not of the last entry's speaker.
	det := false // the word before was a determiner
	for w := range eachWord(p.Text, 0, off) {
		if det && !p.inside(w.start) && a.lx.IsTitleNoun(singular(a.lx, Fold(strings.Trim(w.w, ",.;:")))) {
			return false
		}
		det = isDeterminer(w.w)
	}
	return true
}

func addMember(list []*member, p *member) []*member {
	for _, x := range list {
		if x == p {
			return list
		}
	}
	return append(list, p)
}

func containsMember(list []*member, p *member) bool {
	for _, x := range list {
		if x == p {
			return true
		}
	}
	return false
}

// byRole finds the one person named before off (in this paragraph or the
// three before it) whose title has noun as its head and fits the
// modifiers' nationality ("the Russian representative"), with the
// paragraph it was named in; nil when none, or when two different people
// would fit.
func (a *analyser) byRole(pi, off int, noun string, mods []string) (*mention, int) {
	// "the collector said" after "Konrad Aeschlimann, a private
	// collector based in Zurich": a word for a person that is no title
	// finds the one whose role holds it.
	worded := !a.lx.IsTitleNoun(noun) && a.lx.IsPersonNoun(noun) && len(mods) == 0
	if !a.lx.IsTitleNoun(noun) && !worded {
		return nil, 0
	}
	want := a.lx.titleGender(noun)
	var nation *Nation
	for _, m := range mods {
		if n, ok := a.lx.Nation(m); ok {
			nation = &n
		}
	}
	// "the Red Cross official": any title of someone whose title names
	// the Red Cross; with no body or country named, no one.
	anyTitle := a.lx.is("anytitle", noun)
	var org *Organisation
	if anyTitle {
		org = a.lx.organisationIn(mods)
		if org == nil && nation == nil {
			return nil, 0
		}
	}
	// fits reports a mention of someone whose title the role phrase
	// names; take keeps the first who fits, false once a second person
	// does.
	fits := func(m *mention) bool {
		if want != Unknown && m.p.gender != Unknown && m.p.gender != want {
			return false
		}
		if worded {
			return m.p.roleHoldsWord(m.role, noun)
		}
		if anyTitle {
			if org != nil && !m.p.roleNames(m.role, *org) {
				return false
			}
		} else if !a.lx.roleHeadIs(m.role, noun) && !m.p.hasRoleHead(a.lx, noun) && !a.lx.twoWordHead(m.role, mods, noun) &&
			!slices.ContainsFunc(m.p.roles.order, func(r string) bool { return a.lx.twoWordHead(r, mods, noun) }) &&
			!a.lx.unmadeTitle(m.role, mods, noun) && !slices.ContainsFunc(m.p.roles.order, func(r string) bool { return a.lx.unmadeTitle(r, mods, noun) }) {
			// "Dr Solvang said" after "IASO Director General Dr Ingrid
			// Solvang": the title is one of hers, if not this mention's.
			return false
		}
		if len(mods) > 0 && a.secondOnly(m, mods) {
			return false
		}
		k := slices.IndexFunc(mods, func(x string) bool { return a.lx.isFold("second", x) })
		if k < 0 && !worded && a.secondOnly(m, []string{noun}) {
			// "The Mayor said", after "Mayor Anton Kervan (Chair)" and
			// "Cllr Hanne Sorvik (Deputy Mayor)": not the deputy, whose
			// every title of that noun is a deputy's.
			return false
		}
		if k >= 0 && !m.p.titledWith(m.role, mods[k:k+1]) {
			// "The deputy minister wrote", after "Deputy Minister Hedda
			// Vrana … paid tribute to her boss, Minister Oskar Lindahl":
			// not the minister, whom no title makes a deputy.
			return false
		}
		// "The mediator, OSCE special envoy Henrik Vaaler, … The
		// Norwegian diplomat described …": a country the text gave them
		// no other, said with the title the second time.
		return nation == nil || a.lx.roleOfNation(m, *nation) || !a.lx.ofAnyNation(m)
	}
	var found *mention
	foundPi := 0
	take := func(m *mention, i int) bool {
		if found != nil && found.p != m.p {
			return false
		}
		if found == nil {
			found, foundPi = m, i
		}
		return true
	}
	// seen are the mentions of paragraph i a reader has met by off of pi.
	seen := func(i int) []mention {
		if i == pi {
			return a.paras[i].mentionsIn(0, off)
		}
		return a.paras[i].ments
	}
	for i := pi; i >= 0 && i >= pi-3; i-- {
		ms := seen(i)
		for k := len(ms) - 1; k >= 0 && k >= len(ms)-40; k-- {
			if m := &ms[k]; fits(m) && !take(m, i) {
				return nil, 0
			}
		}
		for k := 0; i < pi && k < len(a.paras[i].captioned); k++ {
			// "The head nurse … says", under a photo of "Head nurse
			// Brigitte Zumstein on the south terrace": a caption before
			// the role noun's paragraph.
			if m := &a.paras[i].captioned[k]; fits(m) && !take(m, i) {
				return nil, 0
			}
		}
		if found != nil && i == pi {
			// One who fits in the paragraph itself, before the role
			// noun, is who it means: those of the paragraphs before are
			// further back than the reader looks.
			return found, foundPi
		}
	}
	if found == nil {
		// "Starmer: UK "ready to play its part"" / "A Downing Street
		// spokesperson said the prime minister told …": the one person
		// the heading of the paragraph's section names who fits.
		j := pi
		for j > 0 && a.paras[j-1].Section == a.paras[pi].Section {
			j--
		}
		for k := range a.paras[j].headed {
			if m := &a.paras[j].headed[k]; !m.possessive && fits(m) && !take(m, j) {
				return nil, 0
			}
		}
		if found != nil {
			return found, foundPi
		}
	}
	if found != nil && !anyTitle && nation == nil && foundPi < pi-1 && a.lx.byKindOnly(found, noun, mods) {
		// "The officer was kind. He said to me …", three paragraphs
		// after "my son Andrii", a sergeant: a bare word for a kind of
		// office holder reaches back one paragraph, no further (with
		// a body or a country to say whose, as far as a title does).
		found = nil
	}

	if found == nil && nation != nil && a.lx.is("acttitle", noun) {
		// "the Saudi mediator said", a paragraph after "Saudi Minister
		// of State … Abdulaziz Al-Mutairi, who chaired the final
		// session": the one Saudi named there, if one is, and no other
		// in the paragraphs a reader still has in mind.
		for i := pi; i >= 0 && i >= pi-3; i-- {
			ms := seen(i)
			for k := len(ms) - 1; k >= 0; k-- {
				m := &ms[k]
				if (want == Unknown || m.p.gender == Unknown || m.p.gender == want) && a.lx.roleOfNation(m, *nation) && !take(m, i) {
					return nil, 0
				}
			}
		}
		if found != nil && foundPi < pi-1 {
			return nil, 0
		}
	}
	if found != nil || anyTitle || nation != nil || len(mods) > 0 && !capitalisedTitleWords(mods) && !a.titleWords(mods) {
		return found, foundPi
	}
	// Further back, "the mayor" is the one person the article has given
	// that title, if it has given it to one ("We have just spoken again
	// to the mayor", hours after the live blog introduced her): two
	// mayors leave it open. So is "the Presiding Judge", of five judges
	// listed with their titles, when one title holds those words.
	for i := pi - 4; i >= 0; i-- {
		for k := len(a.paras[i].ments) - 1; k >= 0; k-- {
			// Not by a word for the kind of office held ("The officer
			// was kind. He said to me …" in a letter whose note calls
			// the writer's missing son a sergeant): that far back, only
			// the title itself.
			if m := &a.paras[i].ments[k]; fits(m) && m.p.titledWith(m.role, mods) && !a.lx.byKindOnly(m, noun, mods) && !take(m, i) {
				return nil, 0
			}
		}
	}
	return found, foundPi
}

// secondOnly reports whether every title of m's person holding the role
// phrase's words (mods) has a word making its holder second before them:
// "the Chief Monitor stated" is not the Deputy Chief Monitor.
func (a *analyser) secondOnly(m *mention, mods []string) bool {
	held := false
	for _, r := range append([]string{m.role}, m.p.roles.order...) {
		ws := strings.Fields(r)
		for i, w := range ws {
			if !slices.ContainsFunc(mods, func(x string) bool { return strings.EqualFold(x, w) }) {
				continue
			}
			if _, nation := a.lx.Nation(w); nation {
				continue // "Russia's": whose office, not which ("leader of Russia's delegation")
			}
			if i == 0 || !a.lx.isFold("second", ws[i-1]) {
				return false
			}
			held = true
		}
	}
	return held
}

// titleWords reports modifiers that are words of titles themselves
// ("chief" of "the chief engineer", "deputy" of "the deputy mayor"), as
// titles.tsv lists them: the title said again in lower case, which finds
// its holder as far back as the capitalised one does.
func (a *analyser) titleWords(mods []string) bool {
	for _, w := range mods {
		f := Fold(w)
		if !a.lx.IsTitleNoun(f) && !a.lx.IsModifier(f) {
			return false
		}
	}
	return true
}

// capitalisedTitleWords reports words that may stand in a title as written
// ("Presiding" of "the Presiding Judge"): capitalised, no possessive.
func capitalisedTitleWords(ws []string) bool {
	for _, w := range ws {
		if !isCapitalised(w) || Possessive(w) {
			return false
		}
	}
	return true
}

// titledWith reports whether every word of mods stands in role, or in
// one of p's titles, as a whole word.
func (p *member) titledWith(role string, mods []string) bool {
	for _, w := range mods {
		in := func(r string) bool { return slices.Contains(strings.Fields(Fold(r)), Fold(w)) }
		if !in(role) && !slices.ContainsFunc(p.roles.order, in) {
			return false
		}
	}
	return true
}

// roleHeadIs reports whether role's head noun is noun, or of its class
// ("spokesperson" for a spokesman). A head is the last title noun, with
// the noun before it when that is one too: "Secretary General" is not a
// general.
func (lx *Lexicon) roleHeadIs(role, noun string) bool {
	if lx.WrittenOut(noun, role) {
		return true
	}
	w := lx.roleHead(role)
	return w != "" && (lx.SameTitle(w, noun) || lx.Covers(noun, w)) || lx.leadsTitle(role, noun)
}

// leadsTitle reports a title noun of words.tsv's leadtitle class opening
// a title of more words (role), not after a second's word: "the chief"
// is the Chief Fire Officer, not the Deputy Chief Constable.
func (lx *Lexicon) leadsTitle(role, noun string) bool {
	if !lx.is("leadtitle", noun) {
		return false
	}
	ws := titleWords(role)
	for i, w := range ws {
		if w == noun {
			return i+1 < len(ws) && lx.IsTitleNoun(ws[len(ws)-1]) && (i == 0 || !lx.is("second", ws[i-1]))
		}
	}
	return false
}

// roleHead is the title noun heading role, "" when it has none or a word
// unmakes it ("shadow Foreign Office minister", "former president").
func (lx *Lexicon) roleHead(role string) string {
	ws := headPart(lx, strings.Fields(role))
	for i := len(ws) - 1; i >= 0; i-- {
		w := strings.Trim(ws[i], ",()")
		if !lx.IsTitleNoun(w) {
			continue
		}
		if i > 0 && lx.IsTitleNoun(ws[i-1]) && !lx.IsModifier(ws[i-1]) {
			return ""
		}
		// "shadow Foreign Office minister", "former president": not
		// who "the minister", "the president" is.
		for k := i - 1; k >= 0 && k >= i-4; k-- {
			f := strings.Trim(ws[k], ",()")
			if strings.EqualFold(f, "and") || strings.EqualFold(f, "of") || strings.HasSuffix(ws[k], ",") {
				break
			}
			if lx.unmaking(f) {
				return ""
			}
		}
		return w
	}
	return ""
}

// unmadeTitle reports a role that the role phrase names with the word
// that unmakes its title ("the former mayor" of "former mayor of
// Harskova"): roleHead gives such a role no head, so that "the mayor" is
// not the former one; "the former mayor" is.
func (lx *Lexicon) unmadeTitle(role string, mods []string, noun string) bool {
	ws := headPart(lx, strings.Fields(role))
	for i := 0; i+1 < len(ws); i++ {
		f := Fold(strings.Trim(ws[i], ",()"))
		if !lx.unmaking(f) || !slices.ContainsFunc(mods, func(m string) bool { return Fold(m) == f }) {
			continue
		}
		for _, w := range ws[i+1 : min(len(ws), i+3)] {
			if w := strings.Trim(w, ",()"); lx.IsTitleNoun(w) && (Fold(w) == noun || lx.SameTitle(Fold(w), noun)) {
				return true
			}
		}
	}
	return false
}

// twoWordHead reports a role headed by a title of two title nouns that
// the role phrase gives whole, its last modifier and its noun ("the
// Director General" of "INOA Director General", of "Director General of
// the agency" and of a signature's "Director General, Civil Aviation
// Authority"): such a title has no one word for its head (roleHead), so
// it is matched as written, before the body it heads.
func (lx *Lexicon) twoWordHead(role string, mods []string, noun string) bool {
	if len(mods) == 0 || !lx.IsTitleNoun(Fold(mods[len(mods)-1])) {
		return false
	}
	ws := headPart(lx, strings.Fields(role))
	if i := slices.IndexFunc(ws, func(w string) bool { return strings.HasSuffix(w, ",") }); i >= 0 {
		ws = ws[:i+1]
	}
	for len(ws) > 0 && lx.AddressedBy(ws[len(ws)-1]) {
		ws = ws[:len(ws)-1] // "IASO Director General Dr": how the name after it is addressed
	}
	if len(ws) < 2 {
		return false
	}
	n := len(ws)
	return strings.EqualFold(ws[n-2], mods[len(mods)-1]) && strings.EqualFold(strings.TrimRight(ws[n-1], ",. "), noun)
}

// byKindOnly reports a mention whom noun fits only as the kind of
// office holder their title is ("the officer" for a sergeant, "the
// diplomat" for an envoy), not as their title. A title of two nouns
// the role phrase gives whole (mods' last and noun: "the Director
// General") is their title.
func (lx *Lexicon) byKindOnly(m *mention, noun string, mods []string) bool {
	for _, r := range append([]string{m.role}, m.p.roles.order...) {
		if w := lx.roleHead(r); w != "" && lx.SameTitle(w, noun) || lx.WrittenOut(noun, r) || lx.twoWordHead(r, mods, noun) {
			return false
		}
	}
	return true
}

// headPart is the words of a title up to the preposition opening its
// complement, when a title noun stands before it: the head of "Special
// Envoy of the Secretary-General" is the envoy, not the Secretary-General.
func headPart(lx *Lexicon, ws []string) []string {
	for k, w := range ws {
		switch w {
		case "of", "for", "to", "at":
			if slices.ContainsFunc(ws[:k], func(w string) bool { return lx.IsTitleNoun(strings.Trim(w, ",()")) }) {
				return ws[:k]
			}
			return ws
		}
	}
	return ws
}

// unmaking reports a word that makes a title not what the bare title
// names ("shadow", "former"), in any case, without allocating: roleHeadIs
// runs for every mention a pronoun or role noun looks back at.
func (lx *Lexicon) unmaking(w string) bool {
	for _, u := range lx.unmakers {
		if len(w) == len(u) && strings.EqualFold(w, u) {
			return true
		}
	}
	return false
}

// SameTitle reports whether two title nouns name one title: the same
// word, or words of one class ("analyst" and "expert").
func (lx *Lexicon) SameTitle(a, b string) bool {
	a, b = Fold(a), Fold(b)
	if a == b {
		return true
	}
	ta, tb := lx.titles[a], lx.titles[b]
	return ta != nil && tb != nil && ta.Class != "" && ta.Class == tb.Class
}

// NarrowerTitle reports a title noun asked for whose class is broader
// than role's (titles.tsv "head" and "head/school"): "the head" asked
// for is the headteacher, the headteacher asked for no head of anything.
func (lx *Lexicon) NarrowerTitle(asked, role string) bool {
	ta, tr := lx.titles[Fold(asked)], lx.titles[Fold(role)]
	return ta != nil && tr != nil && ta.Class != "" && strings.HasPrefix(tr.Class, ta.Class+"/")
}

// GenderedForm reports two words for one title that differ only in whose
// gender they say ("spokeswoman", "spokesperson"): of one class
// (titles.tsv), their genders differing. "captain" and "skipper", of one
// class and neither gendered, are two words for it.
func (lx *Lexicon) GenderedForm(a, b string) bool {
	a, b = Fold(a), Fold(b)
	if a == b {
		return true
	}
	ta, tb := lx.titles[a], lx.titles[b]
	return ta != nil && tb != nil && ta.Class != "" && ta.Class == tb.Class && ta.gender != tb.gender
}

// WrittenOut reports whether role writes out the office a one-word title
// stands for (title_phrases.tsv): "the ombudswoman" is Ukraine's
// "parliamentary commissioner for human rights". A second's role writes
// out no office: the "deputy head of the Russian delegation" is second
// to its negotiator (SecondWrittenOut).
func (lx *Lexicon) WrittenOut(title, role string) bool {
	written, second := lx.writtenOut(title, role)
	return written && !second
}

// SecondWrittenOut reports whether role is a second's to the office
// title stands for: "deputy head of the Russian delegation" is the
// Russian deputy negotiator.
func (lx *Lexicon) SecondWrittenOut(title, role string) bool {
	written, second := lx.writtenOut(title, role)
	return written && second
}

// writesOutATitle reports role holding a phrase a one-word title stands
// for (title_phrases.tsv): "Member of Parliament for Brenna Vale".
func (lx *Lexicon) writesOutATitle(role string) bool {
	low := strings.ToLower(role)
	for _, ps := range lx.phrases {
		for _, p := range ps {
			if at, _ := lx.phraseAt(low, p); at >= 0 {
				return true
			}
		}
	}
	return false
}

// writtenOut reports whether role writes out the office title stands
// for, and whether a word making its holder second stands right before
// the phrase, in the same title ("deputy head of …", not "Deputy
// Minister … and head of …").
func (lx *Lexicon) writtenOut(title, role string) (written, second bool) {
	t := Fold(title)
	if c := lx.titles[t]; c != nil && c.Class != "" {
		t = c.Class
	}
	low := strings.ToLower(role)
	for _, p := range lx.phrases[t] {
		at, end := lx.phraseAt(low, p)
		if at < 0 {
			continue
		}
		// "Russia's deputy delegation head": a second's word inside
		// the phrase's gaps, or right before it.
		sec := false
		for _, w := range strings.Fields(low[at:end]) {
			sec = sec || lx.IsSecond(strings.Trim(w, ",-"))
		}
		f := strings.Fields(low[:at])
		for k := len(f) - 1; k >= 0; k-- {
			w := strings.TrimSuffix(f[k], ",")
			if lx.IsSecond(strings.TrimSuffix(w, "-")) {
				sec = true
			}
			if w != f[k] || w == "and" || w == "of" {
				break
			}
		}
		if !sec {
			return true, false
		}
		written, second = true, true
	}
	return written, second
}

// holdsPhrase reports whether s (lower case) holds phrase, whose " * "
// stands for up to three words and " {nation} " for up to three words
// naming a country ("head of the {nation} delegation" is in "head of the
// ukrainian delegation at the talks", not in "head of the icrc delegation
// in ukraine"), before it when the phrase opens with it ("{nation}
// delegation head" is in "russia's delegation head").
func (lx *Lexicon) holdsPhrase(s, phrase string) bool {
	at, _ := lx.phraseAt(s, phrase)
	return at >= 0
}

// phraseAt is where in s phrase starts and ends, as holdsPhrase reads
// it; -1 when s does not hold it.
func (lx *Lexicon) phraseAt(s, phrase string) (int, int) {
	parts, ok := lx.phraseParts[phrase]
	if !ok {
		parts = phraseParts(phrase)
	}
	i := strings.Index(s, parts[0])
	if i < 0 || i > 0 && s[i-1] != ' ' {
		return -1, -1
	}
	at := i
	rest := s[i+len(parts[0]):]
	for k, part := range parts[1:] {
		if part == "{nation}" {
			// "leader of the delegation of {nation}": the country ends
			// the phrase, in the next three words.
			f := strings.Fields(rest)
			if !lx.namesNation(strings.Join(f[:min(3, len(f))], " ")) {
				return -1, -1
			}
			return at, len(s)
		}
		nation := strings.HasPrefix(part, "{nation} ")
		part = strings.TrimPrefix(part, "{nation} ")
		j := strings.Index(rest, part)
		if j < 0 || WordCount(rest[:j]) > 3 || nation && !lx.namesNation(rest[:j]) {
			return -1, -1
		}
		if k == 0 && parts[0] == "" {
			// The phrase opens at the words naming the country.
			at = len(s) - len(rest) + len(rest[:j]) - len(strings.TrimLeft(rest[:j], " "))
		}
		rest = rest[j+len(part):]
	}
	return at, len(s) - len(rest)
}

// phraseParts are a title phrase's words between its gaps, as phraseAt
// reads them: "head of the {nation} delegation" is "head of the" and
// "{nation} delegation"; a phrase opening with the country opens with "".
func phraseParts(phrase string) []string {
	// A phrase may open with the country ("{nation} delegation head").
	parts := strings.Split(strings.ReplaceAll(" "+phrase+" ", " {nation} ", " * {nation} "), " * ")
	parts[0] = strings.TrimPrefix(parts[0], " ")
	parts[len(parts)-1] = strings.TrimSuffix(parts[len(parts)-1], " ")
	return parts
}

// namesNation reports whether one of the words of s names a country
// ("ukrainian", "ukraine's").
func (lx *Lexicon) namesNation(s string) bool {
	for _, w := range strings.Fields(s) {
		if _, ok := lx.Nation(w); ok {
			return true
		}
	}
	return false
}

// Covers reports whether kind, a word for a kind of office holder
// (title_kinds.tsv), covers title or one of its class: "diplomat" an
// envoy, "soldier" a sergeant, "officer" a general. Not the other way.
func (lx *Lexicon) Covers(kind, title string) bool {
	ts := lx.kinds[Fold(kind)]
	if ts == nil {
		return false
	}
	t := Fold(title)
	if ts[t] {
		return true
	}
	for c := range ts {
		if lx.SameTitle(c, t) {
			return true
		}
	}
	return false
}

// roleHoldsWord reports a role of p (the one at a mention, or any the
// text gave them) holding w as a word of its own, folded.
func (p *member) roleHoldsWord(at, w string) bool {
	return titlesHoldWord(append([]string{at}, p.roles.order...), w, func(s string) string { return s })
}

// titlesHoldWord reports a word of one of titles, its punctuation
// trimmed and read by form, that is the folded w.
func titlesHoldWord(titles []string, w string, form func(string) string) bool {
	for _, r := range titles {
		for _, x := range strings.Fields(r) {
			if Fold(form(strings.Trim(x, ",.;:()"))) == w {
				return true
			}
		}
	}
	return false
}

// hasRoleHead reports whether a title the document gives the person, or
// a known figure's usual title when it gives none, has noun as its head.
func (p *member) hasRoleHead(lx *Lexicon, noun string) bool {
	for _, r := range p.roles.order {
		if lx.roleHeadIs(r, noun) {
			return true
		}
	}
	for _, r := range p.quoteRoles.order {
		if lx.roleHeadIs(r, noun) {
			return true
		}
	}
	// "The Russian delegate" after "Moscow's delegation is headed by
	// …": an office a deed writes out.
	for _, r := range p.deeds.order {
		if lx.WrittenOut(noun, r) || lx.roleHeadIs(r, noun) {
			// "the union's chairman" after "the union, chaired by …".
			return true
		}
	}
	// "the German chancellor" after "Merz met Macron": a well-known
	// figure's usual title counts when the article gives none.
	return p.known != nil && p.roles.empty() && lx.roleHeadIs(p.known.Role, noun)
}

// organisationIn is the organisation words before a title name ("Red
// Cross" in "the Red Cross official"), the longest run ending at the
// title; nil when they name none.
func (lx *Lexicon) organisationIn(mods []string) *Organisation {
	for i := range mods {
		if o, ok := lx.Organisation(strings.Join(mods[i:], " ")); ok {
			return &o
		}
	}
	return nil
}

// roleNames reports whether one of p's titles (role, the one at a
// mention) names org, by name, abbreviation or alias.
func (p *member) roleNames(role string, org Organisation) bool {
	return slices.ContainsFunc(append([]string{role}, p.roles.order...), org.NamedIn)
}

// ofAnyNation reports whether any title of m's person names a country.
func (lx *Lexicon) ofAnyNation(m *mention) bool {
	return lx.titledNation(m, func(Nation) bool { return true })
}

// roleOfNation reports whether the person's titles name the nation.
func (lx *Lexicon) roleOfNation(m *mention, n Nation) bool {
	return lx.titledNation(m, func(x Nation) bool { return x.Country == n.Country })
}

// titledNation reports whether a title of m's person (the one at the
// mention, those seen, a known figure's usual one) names a country that
// fits.
func (lx *Lexicon) titledNation(m *mention, fits func(Nation) bool) bool {
	roles := append([]string{m.role}, m.p.roles.order...)
	if m.p.known != nil {
		roles = append(roles, m.p.known.Role)
	}
	for _, r := range roles {
		ws := strings.Fields(r)
		for i, w := range ws {
			if x, ok := lx.Nation(strings.Trim(w, ",()")); ok && fits(x) {
				return true
			}
			// "the Holy See's special envoy": a country of two words.
			if i+1 < len(ws) {
				if x, ok := lx.Nation(w + " " + strings.Trim(ws[i+1], ",()")); ok && fits(x) {
					return true
				}
			}
		}
	}
	return false
}

// commentsOn reports a person the text names in one paragraph only, in a
// sentence whose quotation speaks of someone else by the pronoun
// (`Professor Marta Zielińska … is blunter about the outcome: "She won
// the metering and lost the money."`): a commentator on that someone.
func (a *analyser) commentsOn(m *member, pronoun string) bool {
	at, ok := a.onlyPara[m]
	if !ok {
		return false
	}
	k := commentKey{m, pronoun}
	if got, ok := a.comments[k]; ok {
		return got
	}
	p := &a.paras[at]
	got := false
	for _, mt := range p.ments {
		if mt.p != m || got {
			continue
		}
		start, end := p.sentenceAt(mt.off), p.sentenceEnd(mt.off)
		// The quotations opening in the sentence, found by their
		// order: a long paragraph's others are not read.
		for i := sort.Search(len(p.spans), func(i int) bool { return p.spans[i].open >= start }); i < len(p.spans) && p.spans[i].open <= end && !got; i++ {
			for _, w := range strings.Fields(strings.ToLower(p.spans[i].inner)) {
				if strings.Trim(w, ",.;:!?'\"’‘“”") == pronoun {
					got = true
					break
				}
			}
		}
	}
	if a.comments == nil {
		a.comments = map[commentKey]bool{}
	}
	a.comments[k] = got
	return got
}

// commentKey is what commentsOn answers for: a person and a pronoun.
type commentKey struct {
	m       *member
	pronoun string
}

// namedIn reports whether paragraph pi names m outside its quotations.
func (a *analyser) namedIn(m *member, pi int) bool {
	return slices.ContainsFunc(a.paras[pi].ments, func(mt mention) bool { return mt.p == m })
}

// countNamedParas counts the paragraphs naming each person (namedParas,
// onlyPara), once every paragraph's names are found.
func (a *analyser) countNamedParas() {
	a.namedParas, a.onlyPara = map[*member]int{}, map[*member]int{}
	for i := range a.paras {
		seen := map[*member]bool{}
		for _, mt := range a.paras[i].ments {
			if !seen[mt.p] {
				seen[mt.p] = true
				a.namedParas[mt.p]++
				a.onlyPara[mt.p] = i
			}
		}
	}
	for m, n := range a.namedParas {
		if n != 1 {
			delete(a.onlyPara, m)
		}
	}
}

// protagonist is the person of other's gender the text names in the
// most paragraphs, at least two, other than other: whom a profile goes
// on calling "she" after naming others once. Nil on a tie.
func (a *analyser) protagonist(other *member) *member {
	var best *member
	most, tie := 1, false
	for m, n := range a.namedParas {
		if m == other || m.gender != other.gender {
			continue
		}
		switch {
		case n > most:
			best, most, tie = m, n, false
		case n == most && best != nil:
			tie = true
		}
	}
	if tie {
		return nil
	}
	return best
}

// unknownNameOpens reports a sentence at [start, end) of p opening with
// a name the lexicon cannot read, two capitalised words it knows as
// nothing else and a word in lower case after them ("Zorbo Qualm spoke
// about his grandmother."): someone the text brings in whom the cast
// lacks, so a pronoun reading back past them would reach the wrong one.
func (a *analyser) unknownNameOpens(p *para, start, end int) bool {
	var ws [3]word
	n := 0
	for w := range wordsIn(p.Text[start:end]) {
		ws[n] = w
		if n++; n == len(ws) {
			break
		}
	}
	if n < 3 || ws[0].start > 1 || !isCapitalised(ws[0].w) || !isCapitalised(ws[1].w) {
		return false
	}
	for _, w := range ws[:2] {
		f := Fold(w.w)
		if strings.ContainsAny(w.w, "0123456789") || a.lx.NotName(w.w) || a.lx.IsTitleNoun(f) || a.lx.IsOrganisationWord(f) ||
			a.lx.isFold("placeword", f) || a.lx.isFold("areanoun", f) || a.lx.isFold("stop", f) || a.lx.isFold("article", f) || a.lx.isFold("preposition", f) {
			return false
		}
	}
	if ws[1].start != ws[0].end+1 {
		return false
	}
	if ms := p.mentionsIn(start, end); len(ms) > 0 && ms[0].off <= start+ws[1].end {
		return false // someone the cast knows, whatever the pronoun
	}
	third := ws[2].w
	return !isCapitalised(third) && third == strings.ToLower(third)
}
