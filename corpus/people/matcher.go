package people

import (
	"iter"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Candidate is a person a question may name: a corpus person as the
// index knows them.
type Candidate struct {
	Name          string
	Aliases       []string // other spellings, the surname
	Roles         []string // every title the articles give
	Organisations []string
	Gender        string // "male", "female" or "" (Gender.String)
}

// Via says how a question named someone.
type Via string

const (
	ViaName         Via = "name"         // full name or an alias as spelt
	ViaSurname      Via = "surname"      // surname or an alias's last word
	ViaVariant      Via = "variant"      // a transliteration (Zelenskiy)
	ViaTypo         Via = "typo"         // a misspelling (peskof)
	ViaTitle        Via = "title"        // title and surname ("General Marquardt")
	ViaRole         Via = "role"         // a title alone ("the Kremlin spokesman")
	ViaOrganisation Via = "organisation" // a role by organisation ("the SWP expert")
)

// Match is a candidate a question's words may mean, with how well.
type Match struct {
	Index int // into the candidates given to NewMatcher
	Score float64
	Via   Via
	// Whole says a role holds every word asked (by role or organisation):
	// two such matches are two people the words fit, whatever the length
	// of their titles.
	Whole bool
}

// MatchOptions tune what counts as naming someone.
type MatchOptions struct {
	// NamesOnly matches names, never roles: "tell me about security" is
	// not about the security expert.
	NamesOnly bool
	// InUse reports whether the articles use a folded word as an
	// ordinary word ("major", "security"). Such a word names someone only
	// spelt as one of their names, never as a typo of another.
	InUse func(word string) bool
}

// titlesInUse makes title words words in use: "mayor" is a title, never
// a typo of the surname Major, though it names her if she is a Mayor.
func (m *Matcher) titlesInUse(opts MatchOptions) MatchOptions {
	inUse := opts.InUse
	opts.InUse = func(w string) bool {
		return m.lx.IsTitleNoun(w) || inUse != nil && inUse(w)
	}
	return opts
}

// Matcher finds the people a question means among candidates, with the
// lexicon's folding, transliteration keys, titles, nationalities and
// organisations. It is read-only once built.
type Matcher struct {
	lx     *Lexicon
	people []matchPerson
	// given counts the people each folded given name opens the name of.
	given map[string]int
}

type matchPerson struct {
	gender string   // as Candidate.Gender
	full   []string // folded full name and aliases, whole
	names  []string // folded name and alias words
	lasts  []string // folded surname and aliases' last words
	// romanised are names and lasts as Lexicon.Romanised folds them.
	romanised, romanLasts []string
	roles                 [][]string // folded role words, filler dropped, per role
	// seconds marks, per role word, one made second by a word before it
	// in its title ("minister" in "first deputy foreign minister").
	seconds [][]bool
	// comps marks, per role word, the head of what the title is for or
	// of ("president" in "spokeswoman for the president"): a word of
	// the role, but not its title.
	comps   [][]bool
	orgs    []*Organisation
	nations []string // countries the roles name
	expert  bool     // works at a think tank: an expert whatever the title
}

// roleFiller are words that do not tell one role from another.
var roleFiller = map[string]bool{
	"the": true, "a": true, "an": true, "of": true, "at": true, "for": true,
	"in": true, "from": true, "and": true, "to": true, "on": true, "s": true,
}

// NewMatcher prepares candidates for matching.
func (lx *Lexicon) NewMatcher(cands []Candidate) *Matcher {
	m := &Matcher{lx: lx, people: make([]matchPerson, len(cands))}
	for i, c := range cands {
		mp := &m.people[i]
		mp.gender = c.Gender
		nt := foldWords(c.Name)
		mp.full = append(mp.full, strings.Join(nt, " "))
		mp.names = append(mp.names, nt...)
		if sur := foldWords(lx.Surname(c.Name)); len(sur) > 0 {
			mp.lasts = append(mp.lasts, strings.Join(sur, " "))
			if n := len(sur); n > 1 && lx.is("generation", sur[n-1]) {
				// "vardakis jr": the surname anchors, the generation
				// says whose.
				mp.lasts = append(mp.lasts, strings.Join(sur[:n-1], " "))
			}
			// "Al-Kuwari", "Lvova-Belova": typed apart, each part is a
			// word of the name, the last a surname ("khalid al kuwary").
			if parts := strings.Split(sur[len(sur)-1], "-"); len(parts) > 1 {
				mp.names = append(mp.names, parts...)
				if last := parts[len(parts)-1]; utf8.RuneCountInString(last) >= 4 {
					mp.lasts = append(mp.lasts, last)
				}
			}
		}
		for _, a := range c.Aliases {
			at := foldWords(a)
			if len(at) == 0 {
				continue
			}
			mp.full = append(mp.full, strings.Join(at, " "))
			mp.names = append(mp.names, at...)
			mp.lasts = append(mp.lasts, at[len(at)-1])
		}
		for _, n := range mp.names {
			mp.romanised = append(mp.romanised, lx.Romanised(n))
		}
		for _, n := range mp.lasts {
			mp.romanLasts = append(mp.romanLasts, lx.Romanised(n))
		}
		var orgNames []string
		orgNames = append(orgNames, c.Organisations...)
		var roles []string
		for _, r := range c.Roles {
			roles = append(roles, lx.Titles(r)...)
		}
		for _, r := range roles {
			var rt []string
			var second, comp []bool
			all := foldWords(r)
			for i, w := range all {
				if !roleFiller[w] {
					rt = append(rt, w)
					second = append(second, lx.UnderSecond(all, i))
					comp = append(comp, lx.InComplement(all, i))
				}
			}
			if len(rt) > 0 {
				mp.roles = append(mp.roles, rt)
				mp.seconds = append(mp.seconds, second)
				mp.comps = append(mp.comps, comp)
			}
			if split, sec, cm, ok := unhyphenRole(rt, second, comp); ok {
				// "Secretary-General of the ICTW", asked for as "the
				// secretary general": the title written apart too.
				mp.roles = append(mp.roles, split)
				mp.seconds = append(mp.seconds, sec)
				mp.comps = append(mp.comps, cm)
			}
			for _, o := range lx.orgsIn(r) {
				orgNames = append(orgNames, o.Name)
			}
			for _, w := range strings.Fields(r) {
				if n, ok := lx.Nation(strings.Trim(w, ",()")); ok && !contains(mp.nations, n.Country) {
					mp.nations = append(mp.nations, n.Country)
				}
			}
		}
		for _, name := range orgNames {
			o, ok := lx.Organisation(name)
			if !ok {
				continue
			}
			if !containsOrg(mp.orgs, &o) {
				op := o
				mp.orgs = append(mp.orgs, &op)
			}
			if o.Kind == "think tank" {
				mp.expert = true
			}
			if n, ok := lx.Nation(o.Country); ok && !contains(mp.nations, n.Country) {
				mp.nations = append(mp.nations, n.Country)
			}
		}
	}
	m.given = map[string]int{}
	for i := range m.people {
		if g, _, ok := strings.Cut(m.people[i].full[0], " "); ok {
			m.given[g]++
		}
	}
	return m
}

// unhyphenRole is a role's words with each hyphenated word of letters
// written apart ("secretary-general" → "secretary", "general"), each
// part keeping its word's flags; ok is false when no word is.
func unhyphenRole(rt []string, second, comp []bool) (words []string, sec, cm []bool, ok bool) {
	for i, w := range rt {
		parts := strings.Split(w, "-")
		if len(parts) < 2 || slices.Contains(parts, "") {
			words, sec, cm = append(words, w), append(sec, second[i]), append(cm, comp[i])
			continue
		}
		ok = true
		for _, p := range parts {
			words, sec, cm = append(words, p), append(sec, second[i]), append(cm, comp[i])
		}
	}
	return words, sec, cm, ok
}

// foldWords splits s into folded words without possessives.
func foldWords(s string) []string {
	var out []string
	for _, w := range splitWords(s) {
		if f := Fold(StripPossessive(w.w)); f != "" {
			out = append(out, f)
		}
	}
	return out
}

// splitWords returns the words of s: letters and digits, with
// apostrophes, dots and hyphens inside a word kept ("Ukraine's", "U.S.").
func splitWords(s string) []word { return slices.Collect(wordsIn(s)) }

// wordsIn yields the words splitWords returns, one at a time, for a
// reader that wants only some of them.
func wordsIn(s string) iter.Seq[word] {
	return func(yield func(word) bool) {
		start := -1
		for i, r := range s {
			in := unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
			if !in && start >= 0 && (r == '\'' || r == '’' || r == '-' || r == '.') {
				next, _ := utf8.DecodeRuneInString(s[i+utf8.RuneLen(r):])
				in = unicode.IsLetter(next)
			}
			switch {
			case in && start < 0:
				start = i
			case !in && start >= 0:
				if !yield(word{w: s[start:i], start: start, end: i}) {
					return
				}
				start = -1
			}
		}
		if start >= 0 {
			yield(word{w: s[start:], start: start, end: len(s)})
		}
	}
}

// Match returns the candidates who's words may mean, best first; nil
// when none.
func (m *Matcher) Match(who string, opts MatchOptions) []Match {
	opts = m.titlesInUse(opts)
	words := foldWords(who)
	var kept []string
	for _, w := range words {
		if !roleFiller[w] {
			kept = append(kept, w)
		}
	}
	// "mrs bondar": an honorific before a name asks for someone of its
	// gender, and is no word of the name.
	asked := Unknown
	if len(kept) > 1 {
		if g, ok := m.lx.HonorificGender(kept[0]); ok {
			asked, kept, words = g, kept[1:], words[slices.Index(words, kept[0])+1:]
		}
	}
	if rest := slices.DeleteFunc(slices.Clone(kept), m.lx.IsGenericBody); len(rest) > 0 && len(rest) < len(kept) && slices.ContainsFunc(rest, m.lx.IsTitleNoun) {
		// "the ngo director": a word calling any body says only that
		// they are with one (words.tsv genericbody); the title says who.
		kept = rest
	}
	if len(kept) == 0 {
		return nil
	}
	whole := strings.Join(words, " ")
	roman := m.romanisedWords(kept, opts)
	var out []Match
	for i := range m.people {
		if g := m.people[i].gender; asked != Unknown && g != "" && g != asked.String() {
			continue
		}
		best := Match{Index: i}
		if s, via := m.nameScore(&m.people[i], whole, kept, roman, opts); s > best.Score {
			best.Score, best.Via = s, via
		}
		if s, via := m.titleScore(&m.people[i], kept, opts); s > best.Score {
			best.Score, best.Via = s, via
		}
		if !opts.NamesOnly {
			if s, via, whole := m.roleScore(&m.people[i], kept); s > best.Score {
				best.Score, best.Via, best.Whole = s, via, whole
			}
		}
		if best.Score < initialScore && givenAndInitial(m.people[i].full[0], kept) {
			// "vera k": a given name and the surname's initial, as a
			// chat shortens a name it does not spell.
			best.Score, best.Via = initialScore, ViaName
		}
		if len(kept) == 1 && m.given[kept[0]] > 1 && strings.HasPrefix(m.people[i].full[0], kept[0]+" ") {
			// "halyna", of Halyna Tkachuk and Halyna Savchenko: a given
			// name two people share names each as much, whichever of
			// them an article called by it.
			best.Score, best.Via = sharedGivenScore, ViaName
		}
		if best.Score > 0 {
			out = append(out, best)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Score > out[j].Score })
	return out
}

// romanisedWords are kept's words as Lexicon.Romanised folds them, for
// nameScore: "" for one shorter than minUndoubled or one the articles use
// otherwise (opts.InUse), which is no name in another spelling.
func (m *Matcher) romanisedWords(kept []string, opts MatchOptions) []string {
	var out []string
	for i, w := range kept {
		if len(w) < minUndoubled || opts.InUse != nil && opts.InUse(w) {
			continue
		}
		if out == nil {
			out = make([]string, len(kept))
		}
		out[i] = m.lx.Romanised(w)
	}
	return out
}

// givenAndInitial reports words that are a full name's given name and
// its surname's first letter ("vera k" of Vera Kostandin).
func givenAndInitial(full string, words []string) bool {
	if len(words) != 2 || len(words[1]) != 1 {
		return false
	}
	f := strings.Fields(full)
	return len(f) >= 2 && f[0] == words[0] && strings.HasPrefix(f[len(f)-1], words[1])
}

// initialScore is how well a given name and the surname's initial name
// someone: as well as the surname alone.
const initialScore = 2

// sharedGivenScore is how well a given name alone names each of the
// people who share it: as a surname alone does.
const sharedGivenScore = 2

// nameScore: 3 for a full name or alias as written; else every word one
// of the person's names (as spelt, by transliteration or by a typo) with
// the surname or an alias among them: 1 + how close they are.
// roman are kept's words as Lexicon.Romanised folds them ("" for a word
// too short or one the articles use otherwise), or nil.
func (m *Matcher) nameScore(p *matchPerson, whole string, kept, roman []string, opts MatchOptions) (float64, Via) {
	joined := strings.Join(kept, " ")
	// "lvova belova" is Lvova-Belova, typed without the hyphen.
	unhyphen := func(s string) string { return strings.ReplaceAll(s, "-", " ") }
	for _, f := range p.full {
		if f == whole || f == joined || unhyphen(f) == joined {
			return 3, ViaName
		}
	}
	for _, l := range p.lasts {
		if (l == joined || unhyphen(l) == joined) && strings.ContainsAny(l, " -") {
			return 2, ViaSurname
		}
	}
	total, anchored := 0.0, false
	via := ViaSurname
	for k, w := range kept {
		best, how := 0.0, ViaSurname
		for _, n := range p.names {
			s, v := similarName(w, n, opts)
			if s > best {
				best, how = s, v
			}
		}
		romanised := false
		if best == 0 && roman != nil && roman[k] != "" && slices.Contains(p.romanised, roman[k]) {
			// "korbani" for Qorbani: one name in another romanisation
			// (romanisations.tsv), the first letter too.
			best, how, romanised = romanisedScore, ViaVariant, true
		}
		if best == 0 && slices.ContainsFunc(m.lx.FamiliarOf(w), func(g string) bool { return slices.Contains(p.names, g) }) {
			// "max tkachenko": Maksym Tkachenko, by the familiar form of
			// his given name (diminutives.tsv); the surname still anchors.
			best, how = familiarScore, ViaVariant
		}
		if best == 0 && m.lx.is("generation", strings.TrimSuffix(w, ".")) && slices.ContainsFunc(p.names, func(n string) bool { return n[0] == w[0] && m.lx.is("generation", n) }) {
			// "vardakis jr": Konstantinos Vardakis Junior.
			best = 1
		}
		if best == 0 {
			return 0, ""
		}
		for _, l := range p.lasts {
			if s, _ := similarName(w, l, opts); s > 0 {
				anchored = true
			}
		}
		if romanised && slices.Contains(p.romanLasts, roman[k]) {
			anchored = true
		}
		if how == ViaTypo || how == ViaVariant && via != ViaTypo {
			via = how
		}
		total += best
	}
	if !anchored {
		return 0, ""
	}
	return 1 + total/float64(len(kept)), via
}

// romanisedScore is how close a name in another romanisation stands to
// it ("korbani" for Qorbani): as a transliteration Key finds.
const romanisedScore = 0.95

// familiarScore is how close a familiar form of a given name ("max" for
// "maksym") stands to it: below the name as spelt or transliterated.
const familiarScore = 0.9

// similarName reports whether a question word w stands for the name word
// n: as spelt, by transliteration (Key), or as a typo a reader makes
// (peskof, zelenski) when w is no word the articles use otherwise.
func similarName(w, n string, opts MatchOptions) (float64, Via) {
	if w == n {
		return 1, ViaSurname
	}
	kw, kn := Key(w), Key(n)
	if kw == kn && len(w) >= 4 {
		return 0.95, ViaVariant
	}
	if opts.InUse != nil && opts.InUse(w) {
		return 0, ""
	}
	if len(w) >= minUndoubled && sameUndoubled(kw, kn) {
		// "nasery" for Nasseri, "kastellan" for Kastelan: a letter
		// written once or twice is the same name, as transliterations
		// and readers spell it.
		return 0.9, ViaVariant
	}
	limit := maxEdits(utf8.RuneCountInString(n))
	if limit == 0 || w == "" || n == "" || w[0] != n[0] {
		return 0, ""
	}
	if d := distance(w, n, limit); d <= limit {
		return 1 - 0.15*float64(d), ViaTypo
	}
	if Transposed(w, n) {
		// "riener" for Reiner: two letters typed the wrong way round
		// are one slip, not the two edits Levenshtein counts.
		return 0.85, ViaTypo
	}
	return 0, ""
}

// Transposed reports whether a is b with two neighbouring letters typed
// the wrong way round ("riener" for Reiner, "recieve", "freind"): the
// commonest slip of all, one edit as typists make it, though Levenshtein
// counts two.
func Transposed(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	i := 0
	for i < len(a) && a[i] == b[i] {
		i++
	}
	return i+1 < len(a) && a[i] == b[i+1] && a[i+1] == b[i] && a[i+2:] == b[i+2:]
}

// sameUndoubled reports a and b equal once each run of one letter is
// written once ("naseri" of "nasery" and "nasseri", after Key).
func sameUndoubled(a, b string) bool {
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		if a[i] != b[j] {
			return false
		}
		c := a[i]
		for i < len(a) && a[i] == c {
			i++
		}
		for j < len(b) && b[j] == c {
			j++
		}
	}
	return i == len(a) && j == len(b)
}

// minUndoubled is the shortest question word read as a name with its
// letters doubled or not: "ana" is no "anna".
const minUndoubled = 5

// titleScore reads a title before a name: "President Zelensky",
// "General Marquardt", "Chancellor Merz", "gen marquart". The name must
// match; a title the person holds adds to the score.
func (m *Matcher) titleScore(p *matchPerson, kept []string, opts MatchOptions) (float64, Via) {
	if len(kept) == 2 && m.lx.is("givenhonorific", kept[0]) && len(p.full) > 0 {
		// "sheikh khalid", "sir richard": a title set before a given
		// name alone, as such titles are used.
		if given, _, _ := strings.Cut(p.full[0], " "); given == kept[1] {
			return 2.5, ViaTitle
		}
	}
	i := 0
	holds := true
	for i < len(kept)-1 {
		w := kept[i]
		// "the museum dorn": a word of the body their title is of, right
		// before the name, says which of two Dorns. Not a given name the
		// articles open someone's name with: "mira jastrow" is Mira, not
		// her aunt, titled "Mira's aunt".
		if !m.lx.IsTitleNoun(w) && !m.lx.IsModifier(w) && !(m.inRoles(p, w) && m.given[w] == 0 && (slices.ContainsFunc(kept[i+1:len(kept)-1], m.lx.IsTitleNoun) || i == len(kept)-2)) {
			break
		}
		// "fire chief bondar": a word of the body their title names
		// ("head of the … Fire and Rescue Service"), before the title.
		if m.lx.IsTitleNoun(w) && !m.holdsTitle(p, w) {
			holds = false
		}
		i++
	}
	if i == 0 {
		return 0, ""
	}
	s, _ := m.nameScore(p, strings.Join(kept[i:], " "), kept[i:], nil, opts)
	if s == 0 && holds && len(kept) == i+1 && cutSurname(p, kept[i], opts) {
		// "colonel lut": a surname cut short after a title they hold.
		s = cutScore
	}
	if s == 0 {
		return 0, ""
	}
	if holds {
		s += 0.5
	}
	return s, ViaTitle
}

// cutScore is how close a surname cut short stands to the whole one
// after a title the person holds ("colonel lut" of Colonel Lutsyk):
// below a surname spelt, a typo or a transliteration.
const cutScore = 1.5

// minCutLetters is the fewest letters of a surname cut short that may
// stand for it.
const minCutLetters = 3

// cutSurname reports w as the first letters of one of p's surnames, at
// least minCutLetters of them and not all, and no word the articles use
// otherwise.
func cutSurname(p *matchPerson, w string, opts MatchOptions) bool {
	if utf8.RuneCountInString(w) < minCutLetters || opts.InUse != nil && opts.InUse(w) {
		return false
	}
	return slices.ContainsFunc(p.lasts, func(l string) bool { return len(l) > len(w) && strings.HasPrefix(l, w) })
}

// inRoles reports whether a word of one of the person's roles is w.
func (m *Matcher) inRoles(p *matchPerson, w string) bool {
	for _, r := range p.roles {
		if slices.Contains(r, w) {
			return true
		}
	}
	return false
}

// holdsTitle reports whether one of the person's roles has the title
// word (or one of its class).
func (m *Matcher) holdsTitle(p *matchPerson, t string) bool {
	for _, r := range p.roles {
		for _, w := range r {
			if m.lx.SameTitle(w, t) {
				return true
			}
		}
	}
	return false
}

// roleScore matches a role: every word a word of one of the person's
// roles (or near it: "spokesperson" for "spokesman", "Ukraine's" for
// "Ukrainian"), a nationality the roles name, or an organisation the
// person belongs to by name or abbreviation; at least one a title noun.
// A think tank's people are experts whatever their title. A modifier or
// an organisation the person's roles do not contradict counts a little.
func (m *Matcher) roleScore(p *matchPerson, kept []string) (float64, Via, bool) {
	for _, w := range kept {
		if singularWord(m.lx, w) != w {
			// "monitors", "officials": a group, never one person.
			return 0, "", false
		}
	}
	kept, orgs := m.orgsOf(kept)
	via := ViaRole
	for _, o := range orgs {
		if !containsOrgName(p.orgs, o) {
			return 0, "", false
		}
		via = ViaOrganisation
	}
	if len(kept) == 0 || !slices.ContainsFunc(kept, func(w string) bool { return !m.lx.IsOrganisationWord(w) }) {
		// "NATO", "the SWP", "the ministry": a body, not one of its
		// people.
		return 0, "", false
	}
	best, whole := 0.0, false
	roles := p.roles
	if len(roles) == 0 {
		roles = [][]string{nil}
	}
	askedSecond := m.lx.HasSecond(kept)
	askedUnmade := slices.ContainsFunc(kept, m.lx.unmaking)
	for ri, role := range roles {
		// "the deputy minister" is Canada's Deputy Minister of Foreign
		// Affairs before Poland's former deputy foreign minister: a
		// title someone no longer holds counts for less, and never ties
		// with one held.
		former := !askedUnmade && slices.ContainsFunc(role, m.lx.unmaking)
		// "the ex president" is the former one, not the one in office:
		// a title held now counts for less when the question asks for
		// one held no longer.
		current := askedUnmade && !slices.ContainsFunc(role, m.lx.unmaking)
		var comp []bool
		if ri < len(p.comps) {
			comp = p.comps[ri]
		}
		if !askedSecond && ri < len(p.seconds) && m.deputyOnly(role, p.seconds[ri], comp, kept) {
			// "the ukrainian fm" is not the First Deputy Foreign
			// Minister: a deputy's title is not the title.
			continue
		}
		score, ok := 0.0, true
		nounFound := false
		if m.apartOnly(role, comp, kept) {
			// "the minister" is not the Prime Minister: his office is
			// another than a minister's.
			continue
		}
		for wi, w := range kept {
			switch {
			case m.roleHas(role, w):
				score += m.roleCredit(role, w)
				// The role's noun: a title word, or the word the role ends
				// in ("the farmer", "the port director"); not one in what
				// the title is for ("the ukrainian president" is not the
				// spokeswoman for the president of Ukraine), unless that
				// is a body she speaks for ("the foreign ministry").
				last := len(role) - 1
				if w == kept[len(kept)-1] && len(kept) > 1 && m.lx.IsLeaderWord(w) && m.modifiesTitle(role, w) {
					// "the agency chief" heads the agency; the agency's
					// chief inspector is an inspector.
					break
				}
				if m.lx.IsTitleNoun(singularWord(m.lx, w)) && m.inTitle(role, comp, w) || last >= 0 && roleSimilar(m.lx, w, role[last]) && !m.lx.IsTitleNoun(singularWord(m.lx, w)) && (last >= len(comp) || !comp[last] || m.lx.IsOrganisationWord(role[last])) {
					nounFound = true
				} else if m.lx.IsTitleNoun(w) && m.leadsWhatItDoes(role, comp, w) {
					// "the mediator": the leader of the mediation.
					nounFound = true
				}
			case m.isNation(w):
				n, _ := m.lx.Nation(w)
				if !contains(p.nations, n.Country) {
					ok = false
				}
				score++
			case p.expert && m.lx.SameTitle(w, "expert"):
				// Inferred from the think tank: less than a title the
				// articles give.
				score += 0.5
				nounFound = true
			case m.lx.is("office", w) || m.lx.is("rankbefore", w) && wi+1 < len(kept) && m.lx.IsTitleNoun(singularWord(m.lx, kept[wi+1])):
				// "prime" in "the ukrainian pm": which office, not how
				// it is held; a role without it is another office.
				ok = false
			case m.lx.IsModifier(w) && !m.lx.IsTitleNoun(w):
				score += 0.3
			default:
				ok = false
			}
			if !ok {
				break
			}
		}
		if !ok || !nounFound {
			continue
		}
		if m.leadsPartNotAsked(role, kept) {
			// "the iaso chief" is not the head of the IASO team: who
			// heads a part of a body heads that part only.
			continue
		}
		score += float64(len(orgs))
		n := float64(len(kept) + len(orgs))
		// A role named in full beats one named in part.
		s := 1 + score/n*float64(len(kept)+len(orgs))/float64(max(len(role), 1)+len(orgs))
		if score == n {
			// A role holding every word asked beats a shorter one that
			// lacks one: "the minister of state" is the Minister of State
			// at the Department of Foreign Affairs, not the Defence
			// Minister.
			s += wholeRoleBonus
		}
		if former || current {
			s -= formerCost
		}
		best = max(best, min(s, 2.9))
		whole = whole || !former && score == float64(len(kept)+len(orgs))
	}
	if best == 0 {
		return 0, "", false
	}
	return best, via, whole
}

// leadsWhatItDoes reports a role heading the work a title word names
// ("leader of the mediation" for "mediator", "head of the investigation"
// for "investigator"): a leader word as its noun, and what it leads, a
// word of the title's family, as the head of its complement.
func (m *Matcher) leadsWhatItDoes(role []string, comp []bool, w string) bool {
	lead := false
	for i, r := range role {
		inComp := i < len(comp) && comp[i]
		switch {
		case !inComp && m.lx.IsLeaderWord(r):
			lead = true
		case inComp && lead && r != w && roleSimilar(m.lx, w, r) && !m.lx.IsTitleNoun(r):
			return true
		}
	}
	return false
}

// leadsPartNotAsked reports a role heading a part of a body ("head of
// the IASO team") for a question asking for a head (kept holds a leader
// word: "chief", "head") without naming that part.
func (m *Matcher) leadsPartNotAsked(role, kept []string) bool {
	if !slices.ContainsFunc(kept, m.lx.IsLeaderWord) {
		return false
	}
	for _, part := range m.lx.PartsLed(strings.Join(role, " ")) {
		if !slices.ContainsFunc(kept, func(w string) bool { return singularWord(m.lx, w) == part }) {
			return true
		}
	}
	return false
}

// wholeRoleBonus is what a role holding every word a question asks
// gains over one holding some: more than the length of a role can
// take from it.
const wholeRoleBonus = 0.5

// formerCost is what a title held no longer ("former deputy foreign
// minister") loses against one held, when the question does not say
// "former".
const formerCost = 0.5

// modifiesTitle reports whether w stands in role only before another
// title noun ("chief" in "chief inspector"): a word of that title, not
// its head.
func (m *Matcher) modifiesTitle(role []string, w string) bool {
	found := false
	for i, r := range role {
		if !roleSimilar(m.lx, w, r) {
			continue
		}
		if i+1 >= len(role) || !m.lx.IsTitleNoun(singularWord(m.lx, role[i+1])) {
			return false
		}
		found = true
	}
	return found
}

// inTitle reports whether w stands in role as a word of the title
// itself, not only in what the title is for or of (comp marks those).
func (m *Matcher) inTitle(role []string, comp []bool, w string) bool {
	for i, r := range role {
		if roleSimilar(m.lx, w, r) && (i >= len(comp) || !comp[i]) {
			return true
		}
	}
	return false
}

// deputyOnly reports whether the title words of kept stand in role only
// as a deputy's: after "deputy" or "vice" in the same title ("first
// deputy foreign minister"), not in another joined to it ("first deputy
// foreign minister and chief negotiator") or in what it is of ("deputy
// chief of the general staff" is no deputy general). The word a role
// ends in, outside what it is of (comp), counts as its title noun: "the
// head" is no deputy head.
func (m *Matcher) deputyOnly(role []string, second, comp []bool, kept []string) bool {
	if !slices.Contains(second, true) {
		return false // no word of the role is a deputy's: most roles
	}
	last := len(role) - 1
	noun := func(w string) bool {
		return m.lx.IsTitleNoun(singularWord(m.lx, w)) || last >= 0 && (last >= len(comp) || !comp[last]) && roleSimilar(m.lx, w, role[last])
	}
	return m.titleOnly(role, kept, noun, func(int) bool { return false }, func(i int) bool { return second[i] })
}

// apartOnly reports a role in whose title every word the question asks
// for as a title noun follows an office word setting it apart (words.tsv
// class apart: "prime" of "Prime Minister") that the question does not
// ask for; what the title is for or of (comp) does not count.
func (m *Matcher) apartOnly(role []string, comp []bool, kept []string) bool {
	noun := func(w string) bool { return m.lx.IsTitleNoun(singularWord(m.lx, w)) }
	return m.titleOnly(role, kept, noun, func(i int) bool { return i < len(comp) && comp[i] }, func(i int) bool {
		return i > 0 && m.lx.is("apart", role[i-1]) && !slices.Contains(kept, role[i-1])
	})
}

// titleOnly reports whether every word of role standing for a title noun
// of kept (a word noun holds; but those skip leaves out) is qualified,
// and one at least is.
func (m *Matcher) titleOnly(role, kept []string, noun func(w string) bool, skip, qualified func(i int) bool) bool {
	found := false
	for _, w := range kept {
		if !noun(w) {
			continue
		}
		for i, r := range role {
			if !roleSimilar(m.lx, w, r) || skip(i) {
				continue
			}
			if !qualified(i) {
				return false
			}
			found = true
		}
	}
	return found
}

// orgsOf takes the organisations out of role words: "german marshall
// fund analyst" is the German Marshall Fund and "analyst".
func (m *Matcher) orgsOf(kept []string) ([]string, []string) {
	var rest, orgs []string
	for i := 0; i < len(kept); {
		found := false
		for j := min(len(kept), i+8); j > i; j-- {
			phrase := strings.Join(kept[i:j], " ")
			if o, ok := m.lx.Organisation(phrase); ok && !(j == i+1 && m.isNation(phrase)) {
				orgs = append(orgs, o.Name)
				i, found = j, true
				break
			}
		}
		if !found {
			rest = append(rest, kept[i])
			i++
		}
	}
	return rest, orgs
}

func (m *Matcher) isNation(w string) bool {
	_, ok := m.lx.Nation(w)
	return ok
}

func containsOrgName(list []*Organisation, name string) bool {
	for _, o := range list {
		if o.Name == name {
			return true
		}
	}
	return false
}

// roleHas reports whether a role holds w, or a word near it: the same
// stem region ("spokesman"/"spokesperson", "ukraine"/"ukrainian"), but
// never a plural for a singular ("officials" is a group).
// roleCredit is what a word of a question held by role counts: 1 for
// the word itself, a typo of it or the same title; half for a word
// sharing only its start ("hydrologist" of "Zhovta Hydro"), so that the
// one whose role holds the word itself is the one meant.
func (m *Matcher) roleCredit(role []string, w string) float64 {
	for _, r := range role {
		if closeWord(w, r) || m.lx.SameTitle(w, r) || m.lx.NarrowerTitle(w, r) {
			return 1
		}
	}
	return 0.5
}

func (m *Matcher) roleHas(role []string, w string) bool {
	for _, r := range role {
		if roleSimilar(m.lx, w, r) {
			return true
		}
	}
	return false
}

func roleSimilar(lx *Lexicon, w, r string) bool {
	if w != r && lx.IsOrganisationWord(w) != lx.IsOrganisationWord(r) {
		// "ministry" is a body, "minister" one of its people: "the
		// foreign ministry" is not the foreign minister.
		return false
	}
	if strings.HasSuffix(w, "s") && !strings.HasSuffix(r, "s") && closeWord(w[:len(w)-1], r) {
		// "officials" is a group, not the official; "putins" (Putin's
		// without its apostrophe) is still Putin.
		return !lx.IsTitleNoun(r)
	}
	if w != r && lx.is("formerly", w) && lx.is("formerly", r) {
		// "ex" is "former" (words.tsv formerly).
		return true
	}
	if lx.sameKin(w, r) {
		// "mum", "mother": one relative, however the word for them is
		// written (kin.tsv), whether or not the lexicon lists it as a
		// word for a person.
		return true
	}
	// Two words of their own are not one misspelt: "farmer" is no typo
	// of "former", "mayor" none of "Major General".
	ownWords := w != r && (lx.IsPersonNoun(w) || lx.IsTitleNoun(w))
	if !ownWords && closeWord(w, r) || lx.SameTitle(w, r) || lx.NarrowerTitle(w, r) {
		// "ceo" is the chief executive, "analyst" the expert, "the
		// head" the headteacher.
		return true
	}
	if ownWords && lx.IsPersonNoun(r) {
		// Two words for people are one only when they name the same
		// relative ("grandad", "grandfather"); "grandma" is no
		// granddaughter, whatever stem they share.
		return lx.sameKin(w, r)
	}
	n := 0
	for n < len(w) && n < len(r) && w[n] == r[n] {
		n++
	}
	short := min(len(w), len(r))
	return n >= 5 && float64(n) >= 0.6*float64(short)
}

// closeWord reports w and r equal or a typo apart.
func closeWord(w, r string) bool {
	if w == r {
		return true
	}
	limit := maxEdits(utf8.RuneCountInString(r))
	return limit > 0 && w != "" && r != "" && w[0] == r[0] && distance(w, r, limit) <= limit
}

// singularWord drops a plural's s when the singular is a title noun.
func singularWord(lx *Lexicon, w string) string { return singular(lx, w) }

// Span is a stretch of a question that names someone: bytes
// [Start, End) of the question, and who.
type Span struct {
	Start, End int
	Match
}

// maxFindWords bounds the words of a question read for people.
const maxFindWords = 60

// Find returns the people a free-form question names, left to right:
// names as written or misspelt ("peskov on the security guarantees?",
// "Zelensky NATO"), titles and names ("General Marquardt"), roles by
// organisation or country ("the SWP expert", "Ukraine's security council
// secretary"), roles ("the Kremlin spokesman"). A lower-case word the
// articles use as an ordinary word names no one ("a major hurdle"), and
// words without a title noun are no role ("tell me about security").
// Only a stretch whose best match is one person counts.
func (m *Matcher) Find(question string, opts MatchOptions) []Span {
	opts = m.titlesInUse(opts)
	ws := splitWords(question)
	if len(ws) > maxFindWords {
		ws = ws[:maxFindWords]
	}
	var out []Span
	for i := 0; i < len(ws); {
		found := false
		for j := min(len(ws), i+7); j > i; j-- {
			if !m.couldName(ws, i, j, opts) {
				continue
			}
			phrase := question[ws[i].start:ws[j-1].end]
			apposed := m.nameThenTitle(ws[i:j])
			if apposed {
				// "koval the doctor" asks as "doctor koval" does.
				phrase = question[ws[i+2].start:ws[j-1].end] + " " + ws[i].w
			}
			ms := m.Match(phrase, opts)
			if len(ms) == 0 || len(ms) > 1 && (ms[1].Score > ms[0].Score-1e-9 || ms[0].Whole && ms[1].Whole) {
				// Two people the words fit as well: "the fcdo director"
				// of a Legal Director, FCDO and a Director for Eastern
				// Europe (FCDO) is neither.
				continue
			}
			if ms[0].Via == ViaRole || ms[0].Via == ViaOrganisation {
				// A role is a whole phrase with its title spelt as one:
				// not "diplomat" out of "the senior European diplomat",
				// not "chancellory"; not "vet" out of "the vet nurse",
				// a title after it.
				if !m.titleIn(ws[i:j]) || i > 0 && m.partOfRole(ws[i-1].w) || j < len(ws) && m.lx.IsTitleNoun(singularWord(m.lx, Fold(strings.Trim(ws[j].w, ",.?!")))) {
					continue
				}
			} else if ms[0].Via == ViaTitle && m.gapIn(ws[i+1:j]) && !apposed {
				// A title stands right before the name: "kremlin
				// spokesman on a putin" is no title of Putin's.
				continue
			} else if j < len(ws) && Possessive(ws[j-1].w) && m.lx.is("notname", ws[j].w) {
				// "zelensky's office": the office, not the person.
				continue
			}
			start := ws[i].start
			if isDeterminer(ws[i].w) && j > i+1 {
				start = ws[i+1].start
			}
			out = append(out, Span{Start: start, End: ws[j-1].end, Match: ms[0]})
			i, found = j, true
			break
		}
		if !found {
			i++
		}
	}
	return out
}

// nameThenTitle reports words that are a name, "the" and a title in
// apposition, as members ask for one of two people sharing a surname:
// "koval the doctor" is Dr Koval (the title's words only after "the").
func (m *Matcher) nameThenTitle(ws []word) bool {
	if len(ws) < 3 || Fold(ws[1].w) != "the" || m.lx.IsTitleNoun(Fold(ws[0].w)) || roleFiller[Fold(ws[0].w)] {
		return false
	}
	for _, w := range ws[2:] {
		f := singularWord(m.lx, Fold(strings.Trim(w.w, ",.?!")))
		if !m.lx.IsTitleNoun(f) && !m.lx.IsModifier(f) {
			return false
		}
	}
	return true
}

// gapIn reports whether words hold a word that cannot stand inside a title
// and name ("on", "a", "about").
func (m *Matcher) gapIn(ws []word) bool {
	for _, w := range ws {
		f := Fold(w.w)
		if roleFiller[f] || m.lx.is("stop", f) {
			return true
		}
	}
	return false
}

// titleIn reports whether words hold a title noun as the lexicon spells it.
func (m *Matcher) titleIn(ws []word) bool {
	for _, w := range ws {
		if m.lx.IsTitleNoun(singularWord(m.lx, Fold(StripPossessive(w.w)))) {
			return true
		}
	}
	return false
}

// partOfRole reports whether a word before a role belongs to it: a
// modifier, a nationality, a title or a capitalised word.
func (m *Matcher) partOfRole(w string) bool {
	f := Fold(StripPossessive(w))
	if m.lx.is("stop", f) || m.lx.is("question", f) || roleFiller[f] {
		return false
	}
	_, nation := m.lx.Nation(w)
	_, org := m.lx.Organisation(w)
	return m.lx.IsModifier(f) || m.lx.IsTitleNoun(f) || nation || org
}

// couldName reports whether words i..j of a question may name someone:
// no filler at either end, and either a title noun (a role) or a word
// that reads as a name (capitalised, or not an ordinary word of the
// articles).
func (m *Matcher) couldName(ws []word, i, j int, opts MatchOptions) bool {
	first, last := Fold(ws[i].w), Fold(StripPossessive(ws[j-1].w))
	if roleFiller[last] || roleFiller[first] && first != "the" || first == "the" && j == i+1 {
		return false
	}
	role := false
	for k := i; k < j; k++ {
		if m.lx.IsTitleNoun(singularWord(m.lx, Fold(StripPossessive(ws[k].w)))) {
			role = true
		}
	}
	if role {
		return true
	}
	if first == "the" {
		return false
	}
	// A name: each word capitalised (the question's first word aside) or
	// not an ordinary word of the articles.
	for k := i; k < j; k++ {
		w := ws[k].w
		f := Fold(StripPossessive(w))
		if m.lx.is("stop", f) || m.lx.is("question", f) {
			return false
		}
		r, _ := utf8.DecodeRuneInString(w)
		capital := unicode.IsUpper(r) && k > 0
		if !capital && opts.InUse != nil && opts.InUse(f) && (k == j-1 || len(m.lx.FamiliarOf(f)) == 0) {
			// An ordinary word of the articles, unless a familiar given
			// name before more of the name ("max tkachenko").
			return false
		}
	}
	return true
}

// Closest returns up to n candidates whose names are nearest who's, for
// "no one of that name; did you mean …": by the best word-by-word
// likeness of the names, most alike first, none less than half alike.
func (m *Matcher) Closest(who string, n int) []Match {
	words := foldWords(who)
	if len(words) == 0 || n <= 0 {
		return nil
	}
	var out []Match
	for i := range m.people {
		p := &m.people[i]
		best := 0.0
		for _, w := range words {
			for _, name := range p.names {
				best = max(best, likeness(w, name))
			}
		}
		for _, f := range p.full {
			best = max(best, likeness(strings.Join(words, " "), f))
		}
		if best >= 0.5 {
			out = append(out, Match{Index: i, Score: best, Via: ViaTypo})
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Score > out[j].Score })
	if len(out) > n {
		out = out[:n]
	}
	return out
}

// likeness is 1 minus the edit distance over the longer length.
func likeness(a, b string) float64 {
	la, lb := utf8.RuneCountInString(a), utf8.RuneCountInString(b)
	long := max(la, lb)
	if long == 0 || min(la, lb) < 3 {
		return 0
	}
	d := distance(a, b, long)
	return 1 - float64(d)/float64(long)
}
