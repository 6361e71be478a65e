package index

import (
	_ "embed"
	"fmt"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"

	"github.com/talksbot/talksbot/corpus/people"
	"github.com/talksbot/talksbot/index/english"
)

// Members shorten the names the articles spell out: "jmm" for the Joint
// Monitoring Mission, "sc" for the Security Council, "znpp" for the
// Zaporizhzhia Nuclear Power Plant. The articles' own capitalised names
// say what such a shortening stands for: each spells its initials.

// acronymKey is how an acronym and the name it stands for are counted
// among the lower-case words (lowerCounts): "=jmm joint monitoring
// mission". No lower-case word starts with "=".
const acronymMark = "="

func acronymKey(acr, name string) string { return acronymMark + acr + " " + name }

//go:embed data/names.yaml
var namesYAML []byte

// acronymWords are data/names.yaml: the words joining a name's capitalised
// ones (connectors) and those opening a sentence, not a name (openers).
var acronymWords = sync.OnceValue(func() (w struct{ connectors, openers map[string]bool }) {
	var f struct {
		Connectors []string `yaml:"connectors"`
		Openers    []string `yaml:"openers"`
	}
	if err := yaml.Unmarshal(namesYAML, &f); err != nil {
		panic(fmt.Sprintf("index: data/names.yaml: %v", err)) // embedded data, checked by tests
	}
	w.connectors, w.openers = map[string]bool{}, map[string]bool{}
	for _, c := range f.Connectors {
		w.connectors[c] = true
	}
	for _, o := range f.Openers {
		w.openers[o] = true
	}
	return w
})

// acronymsOf calls yield with each acronym the capitalised names of text
// spell and the name, in lower case: "The Joint Monitoring Mission said"
// → ("jmm", "joint monitoring mission"). A name is a run of capitalised
// words, the first of any kind (a place: "Zaporizhzhia Nuclear Power
// Plant"), the others words of everyday English ("Security Council"), so
// that people's names ("Keir Starmer") spell nothing. A name led by a
// place is also counted without it ("npp").
func acronymsOf(text string, yield func(acr, name string)) {
	var run []string // the name's words as written
	prevEnd := 0
	flush := func() {
		if len(run) > 1 {
			// "the European Union Aviation Safety Agency (EASA)",
			// "Ukrainian Air Navigation Services (UkrANS)": the acronym
			// the text itself gives the name, its capitals the name's
			// initials in order.
			if acr, ok := definedAcronym(text[prevEnd:], run); ok {
				yield(acr, strings.ToLower(strings.Join(run, " ")))
			}
		}
		name(run, yield)
		// "the Nuclear Power Plant and the Ministry of Foreign Affairs":
		// two names joined.
		start := 0
		for i, w := range run {
			if w == "and" || w == "the" {
				name(run[start:i], yield)
				start = i + 1
			}
		}
		if start > 0 {
			name(run[start:], yield)
		}
		run = run[:0]
	}
	for sp := range words(text) {
		w := text[sp.start:sp.end]
		if len(run) > 0 && strings.TrimSpace(text[prevEnd:sp.start]) != "" {
			flush() // punctuation ends a name
		}
		prevEnd = sp.end
		low := strings.ToLower(w)
		switch {
		case upperFirst(w) && !allUpper(w):
			if len(run) == 0 && acronymWords().openers[low] {
				continue
			}
			if len(run) > 0 && !everyday(w) {
				flush()
			}
			run = append(run, w)
		case len(run) > 0 && acronymWords().connectors[w]:
			run = append(run, w)
		default:
			flush()
		}
	}
	flush()
	bracketedAcronyms(text, yield)
}

// bracketedAcronyms yields each acronym text defines in brackets after a
// name whose words, read back from the bracket, give its capitals as
// initials in order, the words joining them (names.yaml connectors) and
// an abbreviation's full stop between: "the church charity Church Aid of
// St. Ilan (CASI)" → ("casi", "church aid of st ilan"). A name with a
// person's or place's name in it, which acronymsOf's runs stop at, is
// read so too.
func bracketedAcronyms(text string, yield func(acr, name string)) {
	for rest := text; ; {
		open := strings.Index(rest, "(")
		if open < 0 {
			return
		}
		before := rest[:open]
		acr, _, ok := strings.Cut(rest[open+1:], ")")
		rest = rest[open+1:]
		if !ok || len(acr) < 2 || len(acr) > 8 || !allUpper(acr) || strings.ContainsFunc(acr, func(r rune) bool { return r < 'A' || r > 'Z' }) {
			continue
		}
		ws := strings.Fields(before)
		letters := acr
		k := len(ws)
		for k > 0 && letters != "" {
			w := strings.Trim(ws[k-1], ".,;:\"“”")
			switch {
			case w != "" && w[0] == letters[len(letters)-1] && upperFirst(w):
				letters = letters[:len(letters)-1]
			case acronymWords().connectors[w]:
			default:
				k = -1
			}
			if k < 0 {
				break
			}
			k--
		}
		if letters != "" || k < 0 {
			continue
		}
		var name []string
		for _, w := range ws[k:] {
			name = append(name, strings.ToLower(strings.Trim(w, ".,;:\"“”")))
		}
		yield(strings.ToLower(acr), strings.Join(name, " "))
	}
}

// definedAcronym reads the acronym in brackets right after a name
// (after, the text following its last word): " (EASA)". Its capital
// letters must be the name's initials, some perhaps left out, in order.
func definedAcronym(after string, run []string) (string, bool) {
	rest, ok := strings.CutPrefix(after, " (")
	if !ok {
		return "", false
	}
	acr, _, ok := strings.Cut(rest, ")")
	if !ok || len(acr) < 2 || len(acr) > 8 || !upperFirst(acr) || strings.ContainsFunc(acr, func(r rune) bool { return !unicode.IsLetter(r) || r >= utf8.RuneSelf }) {
		return "", false
	}
	i := 0
	for _, r := range acr {
		if !unicode.IsUpper(r) {
			continue
		}
		for i < len(run) && !strings.HasPrefix(run[i], string(r)) {
			i++
		}
		if i == len(run) {
			return "", false
		}
		i++
	}
	return strings.ToLower(acr), true
}

// name yields the acronyms of a run of words: the whole, less the
// connectors it ends with, and the whole less a place it opens with.
func name(run []string, yield func(acr, name string)) {
	for len(run) > 0 && acronymWords().connectors[run[len(run)-1]] {
		run = run[:len(run)-1]
	}
	for len(run) > 0 && acronymWords().connectors[run[0]] {
		run = run[1:]
	}
	// "Mick in Port Tessaly says …", a texter named with his town: a
	// person's given name leads no body's name, and "MP" is not what the
	// articles call him (asked only of a run that spells something).
	spell(run, func(acr, name string) {
		if !everyday(run[0]) && givenName(run[0]) {
			return
		}
		yield(acr, name)
	})
	if len(run) > 2 && !everyday(run[0]) && upperFirst(run[1]) {
		spell(run[1:], yield)
	}
}

// spell yields the acronym of a name's words (two to six capitalised).
func spell(run []string, yield func(acr, name string)) {
	var acr []byte
	for _, w := range run {
		if upperFirst(w) {
			r, _ := utf8.DecodeRuneInString(w)
			if r >= utf8.RuneSelf {
				return // an acronym is typed in ASCII
			}
			acr = append(acr, byte(unicode.ToLower(r)))
		}
	}
	if len(acr) < 2 || len(acr) > 6 {
		return
	}
	yield(string(acr), strings.ToLower(strings.Join(run, " ")))
}

// everyday reports a capitalised word that is an everyday English word
// in lower case ("Monitoring", "Council"), not a name ("Keir", "Europe").
func everyday(w string) bool {
	ew := english.Lookup(strings.ToLower(w))
	return ew.Known && !ew.Name
}

// unshouted is a title with its everyday words in capitals written as a
// name's ("JOINT TECHNICAL WORKING GROUP - OSTREL-VRANA LINE" → "Joint
// Technical Working Group - OSTREL-VRANA Line"), so that the names it
// shouts spell their acronyms; acronyms and names stay as written.
func unshouted(title string) string {
	var b strings.Builder
	last := 0
	for sp := range words(title) {
		w := title[sp.start:sp.end]
		if !allUpper(w) || utf8.RuneCountInString(w) < 3 || !everyday(w) {
			continue
		}
		r, n := utf8.DecodeRuneInString(w)
		b.WriteString(title[last:sp.start])
		b.WriteRune(r)
		b.WriteString(strings.ToLower(w[n:]))
		last = sp.end
	}
	b.WriteString(title[last:])
	return b.String()
}

func upperFirst(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

func allUpper(w string) bool {
	return utf8.RuneCountInString(w) > 1 && strings.ToUpper(w) == w
}

// acronymsFrom picks, for each acronym counted in l, the name most
// documents spell it with (ties: the first in order).
func acronymsFrom(l lowerCounts) map[string]string {
	best := map[string]string{}
	n := map[string]int{}
	for k, c := range l {
		rest, ok := strings.CutPrefix(k, acronymMark)
		if !ok {
			continue
		}
		acr, name, _ := strings.Cut(rest, " ")
		if c > n[acr] || c == n[acr] && name < best[acr] {
			best[acr], n[acr] = name, c
		}
	}
	if len(best) == 0 {
		return nil
	}
	return best
}

// acronymExpansion is the most a word may be used in everyday English
// (Zipf) and still be read as an acronym of the articles: "sc", "eu" and
// "jmm" are, "ed" and "ok" are words.
const acronymExpansion = 4

// everydayWord reports a word too common in English to be read as an
// acronym (acronymExpansion): "ok", "at", "it".
func everydayWord(w string) bool {
	ew := english.Lookup(w)
	return ew.Known && ew.Zipf >= acronymExpansion
}

// whoseTitle reports a word saying whose a title is: a nationality or a
// party ("ukrainian", "conservative").
func (e *Engine) whoseTitle(w string) bool {
	w = strings.ToLower(strings.Trim(w, ",;:"))
	_, nation := e.lex.Nation(w)
	return nation || e.lex.IsPartyName(w)
}

// spellAcronyms writes out the acronyms of a question that the articles
// never use but spell out as a name: "how many monitors does the jmm
// have" → "… does the joint monitoring mission have".
func (e *Engine) spellAcronyms(s string) string { return e.writtenOut(s, false) }

// spellAllAcronyms writes out every acronym of a description of someone
// that the articles spell out, used in them or not: "the easa boss" is
// the European Union Aviation Safety Agency's executive director, as
// their title says.
func (e *Engine) spellAllAcronyms(s string) string { return e.writtenOut(s, true) }

// writtenOut is spellAcronyms, also writing out the acronyms the articles
// use when all is true.
func (e *Engine) writtenOut(s string, all bool) string {
	names := e.data.Acronyms
	f := strings.Fields(s)
	changed := false
	lower := strings.ContainsFunc(s, unicode.IsLower)
	for i, w := range f {
		core := strings.TrimRight(w, "?!.,;:")
		low := strings.ToLower(core)
		low, poss := strings.CutSuffix(low, "'s")
		// "the WHO official", "the who guy": a word of everyday English
		// written in capitals in a question that is not, or a question
		// word after "the", is the acronym.
		everyday := everydayWord(low)
		named := everyday && (lower && isAcronym(strings.TrimSuffix(core, "'s")) || i > 0 && strings.EqualFold(f[i-1], "the") && loadQuestionWords().filler[low])
		if !all && !named && e.vocab.df(e.terms.of(low)) > 0 {
			continue
		}
		name, ok := names[low]
		if !ok {
			// "bundeswehr" where the articles say "the German armed
			// forces": another name the people lexicon gives the body.
			if name, ok = e.otherName(low); !ok {
				// "vdh's team", of Cornelis van der Hoeven: the one
				// person whose name it is the initials of.
				if name, ok = e.initialled(low); !ok {
					continue
				}
			}
		}
		if everyday && !named {
			continue
		}
		if _, title := loadQuestionWords().TitleShorthand[low]; title && i > 0 && e.whoseTitle(f[i-1]) {
			// "the tory mp", "the ukrainian mp": a member of parliament,
			// whatever else the articles' initials MP stand for.
			continue
		}
		if n, ok := e.lex.Nation(low); ok {
			// "the uk rep": a country, which the people model reads as
			// written; the articles may call it by the word for its
			// people ("British"), then so does the question.
			if e.vocab.df(e.terms.of(n.Adjective)) == 0 {
				continue
			}
			name = strings.ToLower(n.Adjective)
		}
		if poss {
			name += "'s"
		}
		f[i], changed = name+w[len(core):], true
	}
	if !changed {
		return s
	}
	return strings.Join(f, " ")
}

// definedAcronymAsked is a question asking what an acronym of the
// articles is, one word after a definition ask (questions.yaml
// definition_asks: "what is casi"), with the name the articles spell it
// with written after it: "what is casi church aid of st ilan". The
// passage defining it holds both; one using it in passing, only the
// acronym. Any other question is as it is.
func (e *Engine) definedAcronymAsked(s string) string {
	if len(e.data.Acronyms) == 0 {
		return s
	}
	low := strings.ToLower(strings.TrimSpace(s))
	for _, ask := range loadQuestionWords().DefinitionAsks {
		if len(low) <= len(ask) || low[len(ask)] != ' ' || !strings.HasPrefix(low, ask) {
			continue
		}
		acr := strings.TrimRight(strings.TrimSpace(low[len(ask)+1:]), "?!. ")
		if strings.ContainsAny(acr, " \t") {
			return s
		}
		if name := e.data.Acronyms[acr]; name != "" {
			return strings.TrimRight(strings.TrimSpace(s), "?!. ") + " " + name
		}
		return s
	}
	return s
}

// initialled is the one person whose name a word is the initials of,
// the name lower case: of all its words ("mbs", "cvdh") or, for a name
// of three words or more, of the surname's ("vdh" of Cornelis van der
// Hoeven). A word of fewer than three letters is too short to say
// whose; false when no one's or two people's initials it is.
func (e *Engine) initialled(w string) (string, bool) {
	if n := utf8.RuneCountInString(w); n < 3 || n > 5 {
		return "", false
	}
	found := ""
	for i := range e.people {
		f := strings.Fields(e.people[i].Name)
		if len(f) < 2 {
			continue
		}
		if w == initialsOf(f) || len(f) >= 3 && w == initialsOf(f[1:]) {
			if found != "" && found != e.people[i].Name {
				return "", false
			}
			found = e.people[i].Name
		}
	}
	return strings.ToLower(found), found != ""
}

// initialsOf is the first letters of words, lower case.
func initialsOf(words []string) string {
	var b strings.Builder
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// otherName is, for a word naming an organisation the people lexicon
// knows (organisations.yaml: name, abbreviations, aliases), another of
// its names whose every word the articles use, lower case.
func (e *Engine) otherName(word string) (string, bool) {
	o, ok := e.lex.Organisation(word)
	if !ok {
		return "", false
	}
	for _, n := range o.Names() {
		n = strings.TrimPrefix(n, "the ")
		if strings.EqualFold(n, word) {
			continue
		}
		ts := e.terms.analyze(n)
		if len(ts) > 0 && !slices.ContainsFunc(ts, func(t string) bool { return e.vocab.df(t) == 0 }) {
			return strings.ToLower(n), true
		}
	}
	return "", false
}

// givenName reports a word the people model knows as a given name
// ("Mick", "Oksana").
func givenName(w string) bool {
	_, ok := people.Default().GivenName(w)
	return ok
}
