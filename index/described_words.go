package index

import (
	"slices"
	"strings"

	"github.com/talksbot/talksbot/index/english"
)

// descriptionWords splits a description into the words that say it is a
// person (title nouns, "guy", "mom": heads) and the others, without
// articles and question syntax.
func (e *Engine) descriptionWords(who string) (heads, rest []string) {
	qw := loadQuestionWords()
	// The words after "of" describe the head, not be it: in "the mom of
	// the captured soldier" the soldier is not who is meant.
	complement := false
	var unused []int // heads the articles never use
	for _, sp := range wordSpans(who) {
		w := strings.ToLower(who[sp.start:sp.end])
		switch {
		case who[sp.start:sp.end] == "US":
			// The country, as the intent step wrote it ("the us
			// foreign minister"), never the pronoun.
			rest = append(rest, "US")
		case w == "of" || w == "whose":
			complement = len(heads) > 0
		case slices.Contains(qw.FormerJoins, w) && len(heads) > 0:
			// "the deminer turned researcher": what they were is a word
			// their titles hold; what they are now is the head.
			if h := heads[len(heads)-1]; h != "" {
				rest = append(rest, h)
			}
			heads = heads[:len(heads)-1]
		case roleFillerWord(w) || qw.filler[w] || slices.Contains(qw.MediumWords, w) && sp.end < len(who):
			// "the podcast guest": the show is not what they are.
		case e.lex.IsUnmaking(w) && e.vocab.df(e.terms.of(w)) == 0:
			// "the ex un mine guy" of "a former United Nations
			// mine-clearance adviser": a word the articles never use
			// cannot say which one is meant.
		case complement:
			rest = append(rest, who[sp.start:sp.end])
		case e.lex.IsKin(w) && e.kinTitled(w):
			// "the grandma waiting at the bridge": a relative, as the
			// articles title someone ("Vera Lunik, whose grandson …" is
			// a grandmother).
			heads = append(heads, e.lex.KinWord(w))
		case qw.personNoun[w]:
			// "guy", "mom": a person, but not a word to search for.
			heads = append(heads, "")
		case e.personNoun(w) && (!e.lex.IsTitleNoun(w) || e.lex.SuffixedPerson(w)) && e.vocab.df(e.terms.of(w)) == 0:
			// "the vektor sociologist" of "Tatiana Gromova, who heads
			// research at the centre": a word for what someone does
			// that the articles never use may say only that a person
			// is meant, when other words say which (below).
			unused = append(unused, len(heads))
			heads = append(heads, w)
		case e.personNoun(w):
			// A title, or any word English uses for one person: "the
			// pharmacist", "the ferry mechanic" (not "leaders": a group
			// is no one person).
			heads = append(heads, w)
		default:
			rest = append(rest, who[sp.start:sp.end])
		}
	}
	if which := slices.DeleteFunc(slices.Clone(rest), func(w string) bool { return e.lex.IsGenericBody(strings.ToLower(w)) }); len(which) < len(rest) && (len(which) > 0 || slices.ContainsFunc(heads, e.lex.IsTitleNoun)) {
		// "the mothers group leader", of the Mothers of Selvary's chair:
		// "group" says only that they are with a body; the other words
		// say which. Alone before a title ("the ngo director"), it
		// says no more than the title.
		rest = which
	}
	if len(unused) > 0 && e.namesBody(rest, placedWords(who)) {
		for _, i := range unused {
			heads[i] = ""
		}
	}
	var hs []string
	for _, h := range heads {
		if h != "" {
			hs = append(hs, h)
		}
	}
	if spans := wordSpans(who); len(spans) > 1 && len(hs) > 0 {
		// "the deminer boss": whoever leads the deminers, not one of
		// them; the leader word closing the description is its head.
		if last := strings.ToLower(who[spans[len(spans)-1].start:]); e.lex.IsLeaderWord(last) && !slices.Contains(hs, last) {
			return []string{last}, append(rest, hs...)
		}
	}
	if len(heads) > 0 && len(hs) == 0 || len(heads) == 0 && len(rest) == 1 && e.nationalNoun(rest[0]) {
		// "the ministry guy"; "the brazilian", a nationality for one
		// person of it.
		return []string{""}, rest
	}
	return hs, rest
}

// kinTitled reports someone of the articles titled as the relative w
// names ("grandma": a grandmother).
func (e *Engine) kinTitled(w string) bool {
	for i := range e.people {
		if slices.ContainsFunc(e.people[i].titles(), func(t string) bool { return e.lex.SameKin(lastWordOf(t), w) }) {
			return true
		}
	}
	return false
}

// nationalNoun reports a nationality's adjective, which alone stands for
// one person of it ("what did the brazilian say"): not the country
// ("brazil" is its government), nor a plural ("the brazilians").
func (e *Engine) nationalNoun(w string) bool {
	n, ok := e.lex.Nation(w)
	return ok && strings.EqualFold(n.Adjective, w)
}

// titled reports whether a phrase holds a title word ("the mayor of
// prybrezhne"): a role, not a subject ("tell me about security").
func (e *Engine) titled(phrase string) bool {
	for _, sp := range wordSpans(phrase) {
		if w := strings.ToLower(phrase[sp.start:sp.end]); e.personNoun(w) && !loadQuestionWords().personNoun[w] {
			return true
		}
	}
	return false
}

// calledPerson reports a phrase that calls someone by a word for any
// person and says which in other words: "the grid company boss", "the
// icrc official at the istanbul talks" (not "the guy" alone).
func (e *Engine) calledPerson(phrase string) bool {
	heads, rest := e.descriptionWords(phrase)
	return len(heads) == 1 && heads[0] == "" && len(rest) > 0
}

// vaguelyDescribed reports a description whose words say only that a
// person is meant, and where ("the odesa reader", "the kherson guy"),
// which p's titles do not hold: p was found by the passages around them.
// Asked what such a person said, someone who said and wrote nothing is
// no answer, only a guess; "the rosatom guy" is whoever's title names
// Rosatom.
func (e *Engine) vaguelyDescribed(who string, p *person) bool {
	if age := ageIn(who); age > 0 && p.Age == age {
		// "the 12-year-old boy": an age the articles give one person
		// (ofAge) pins them, however few other words there are.
		return false
	}
	heads, rest := e.descriptionWords(who)
	return !slices.ContainsFunc(heads, func(h string) bool { return h != "" }) && (len(rest) == 0 || !e.holdsAll(p, rest))
}

// describesSomethingKnown reports a description of someone ("the icrc
// guy in istanbul") whose words, but for those calling a person ("guy"),
// are all words the articles use.
func (e *Engine) describesSomethingKnown(who string) bool {
	heads, rest := e.descriptionWords(who)
	if len(heads) == 0 {
		return false
	}
	// "the unnamed ulessian official": words saying a source is not
	// named say nothing the articles must use.
	unnamed := loadQuestionWords().UnnamedWords
	words := slices.DeleteFunc(append(rest, heads...), func(w string) bool { return w == "" || slices.Contains(unnamed, strings.ToLower(w)) })
	if len(words) == 0 {
		return false
	}
	for i, w := range words {
		// "the agriculture minister", where the articles say "agrarian";
		// "the rostov lab boss", where they say "laboratory".
		if !e.namesSomethingKnown(w) {
			if j := slices.IndexFunc(e.lex.PortfolioNames(w), e.namesSomethingKnown); j >= 0 {
				words[i] = e.lex.PortfolioNames(w)[j]
			} else if syn := e.synonymUsed(w); syn != "" {
				words[i] = syn
			}
		}
	}
	if e.namesSomethingKnown(strings.Join(words, " ")) {
		return true
	}
	// "the dad holding the photo outside the venue": a description
	// most of whose words the articles use ("photograph" where the
	// member wrote "photo") is searched for too, if the others are
	// everyday words: "the polish foreign minister", in articles with
	// no Pole, is no one they name.
	known := 0
	for _, w := range words {
		if e.namesSomethingKnown(w) {
			known++
			continue
		}
		lw := strings.ToLower(w)
		if _, nation := e.lex.Nation(lw); nation {
			return false
		}
		// An everyday word, though English writes it capitalised too
		// ("marine"); not a rarer name ("Orban").
		if x := english.Lookup(lw); !x.Known || x.Name && x.Zipf < functionZipf {
			return false
		}
	}
	// "the old engineer", where the articles say "former": a title of
	// theirs with one everyday word they do not use is searched too.
	return len(words) >= 2 && 2*known >= len(words)
}

// synonymUsed is a word the articles use for what w names: one the
// shorthand members write stands for, or one general English gives as
// another name for w in its first sense ("laboratory" for "lab"); "".
func (e *Engine) synonymUsed(w string) string {
	// "the defence dept", "the defence department", where the articles
	// say "ministry" (questions.yaml absent_shorthand).
	for _, full := range loadQuestionWords().AbsentShorthand[strings.ToLower(w)] {
		if e.namesSomethingKnown(full) {
			return full
		}
	}
	for _, l := range english.Lemmas(strings.ToLower(w)) {
		for _, r := range english.Related(l) {
			if r.Weight >= synonymWeight && !strings.Contains(r.Word, "_") && e.namesSomethingKnown(r.Word) {
				return r.Word
			}
		}
	}
	return ""
}

// synonymWeight is the closeness english.Related gives a synonym in a
// word's first sense.
const synonymWeight = 0.8
