package corpus

import (
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// nameKey makes spellings of one surname meet: lower case, and the
// transliterations of a final "ий"/"ій" (y, yy, iy, yi, ij, i) all become y,
// so Zelensky, Zelenskyy and Zelenskiy share a key.
func nameKey(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	s = strings.TrimSuffix(strings.TrimSuffix(s, "'s"), "’s")
	trimmed := strings.TrimRight(s, "iyj")
	if trimmed != s && len(s)-len(trimmed) <= 2 && len(trimmed) >= 3 {
		s = trimmed + "y"
	}
	return s
}

// docPerson is someone a document names.
type docPerson struct {
	name    string    // fullest form seen ("Volodymyr Zelenskyy"), or the surname
	surname string    // as written
	gender  gender    //
	roles   roleTally // titles seen next to the name, with counts
	// quoteRoles are the titles given where the person is quoted ("said
	// Kremlin spokesman Dmitry Peskov"): the best evidence of a role.
	quoteRoles roleTally
	spellings  []string // lower-case forms seen (full names and surnames)
	quotes     int
}

// people is the cast of one document, by surname key.
type people struct {
	byKey map[string]*docPerson
	order []string
}

func newPeople() *people { return &people{byKey: map[string]*docPerson{}} }

// known looks surname up among the document's people and the well-known
// figures of the talks.
func (ps *people) lookup(surname string) *docPerson {
	if p := ps.byKey[nameKey(surname)]; p != nil {
		return p
	}
	if k := knownBySpelling(surname); k != nil {
		return ps.add(k.name, "")
	}
	return nil
}

// knownIndex finds well-known figures by full name, alias or surname key.
var knownIndex = func() map[string]*knownPerson {
	m := map[string]*knownPerson{}
	for i := range knownPeople {
		k := &knownPeople[i]
		m["key:"+nameKey(surnameOf(k.name))] = k
		m[strings.ToLower(k.name)] = k
		for _, a := range k.aliases {
			m[a] = k
			if !strings.Contains(a, " ") {
				m["key:"+nameKey(a)] = k
			}
		}
	}
	return m
}()

// knownBySpelling finds a well-known figure by surname or full-name alias.
func knownBySpelling(s string) *knownPerson {
	if k := knownIndex["key:"+nameKey(s)]; k != nil {
		return k
	}
	return knownIndex[strings.ToLower(s)]
}

func surnameOf(full string) string {
	f := strings.Fields(full)
	if len(f) == 0 {
		return ""
	}
	// "Ursula von der Leyen": the particles belong to the surname.
	i := len(f) - 1
	for i > 1 && nameParticles[strings.ToLower(f[i-1])] {
		i--
	}
	return strings.Join(f[i:], " ")
}

// add records a mention of full (a full name or a surname) with a role.
func (ps *people) add(full, role string) *docPerson {
	sur := surnameOf(full)
	key := nameKey(sur)
	p := ps.byKey[key]
	if p == nil {
		p = &docPerson{name: full, surname: sur}
		if k := knownBySpelling(full); k != nil {
			p.gender = k.gender
		}
		ps.byKey[key] = p
		ps.order = append(ps.order, key)
	}
	if strings.Contains(full, " ") && !strings.Contains(p.name, " ") {
		p.name = full
	}
	if p.gender == genderUnknown {
		if g, ok := firstNames[strings.ToLower(strings.Fields(full)[0])]; ok && strings.Contains(full, " ") {
			p.gender = g
		}
	}
	for _, s := range []string{strings.ToLower(full), strings.ToLower(sur)} {
		if !contains(p.spellings, s) {
			p.spellings = append(p.spellings, s)
		}
	}
	p.roles.add(role)
	return p
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// canonical is the name a person is filed under: a well-known figure's
// usual spelling, else the fullest form the document uses.
func (p *docPerson) canonical() string {
	if k := knownBySpelling(p.name); k != nil {
		return k.name
	}
	if k := knownBySpelling(p.surname); k != nil && !strings.Contains(p.name, " ") {
		return k.name
	}
	return p.name
}

// mention is a person named at a byte offset of a paragraph, with the
// role the text gives right there.
type mention struct {
	p    *docPerson
	off  int
	end  int
	role string
}

// findNamesIn returns the people named in text (full names, or surnames
// of people already known), given its capitalised runs (capRuns), and
// records them in ps. Spans inside quotations are still mentions but
// flagged by the caller.
func (ps *people) findNamesIn(text string, runs [][2]int) []mention {
	var out []mention
	for _, loc := range runs {
		out = append(out, ps.interpretRun(text, loc[0], loc[1])...)
	}
	return out
}

// interpretRun reads one run of capitalised words: leading titles and
// adjectives are a role ("German Chancellor"), what follows a first name
// or a role is a name, and a lone word is a name only if already known.
func (ps *people) interpretRun(text string, start, end int) []mention {
	run := text[start:end]
	// Split the run after a possessive: "Germany's Chancellor Friedrich Merz".
	toks := wordToks(run)
	var out []mention
	segStart := 0
	for i, t := range toks {
		w := run[t[0]:t[1]]
		last := i == len(toks)-1
		// "... said minister Kaja Mets. She argued": a full stop that is
		// not an initial or an abbreviation ends the name.
		stop := strings.HasSuffix(w, ".") && !abbreviation(w)
		if strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") || stop || last {
			out = append(out, ps.interpretSegment(text, start, toks[segStart:i+1], run)...)
			segStart = i + 1
		}
	}
	return out
}

func (ps *people) interpretSegment(text string, base int, toks [][]int, run string) []mention {
	words := make([]string, len(toks))
	for i, t := range toks {
		words[i] = strings.TrimRight(run[t[0]:t[1]], ".")
	}
	// Peel the role words off the front.
	i := 0
	for i < len(words)-1 {
		lw := strings.ToLower(strings.TrimSuffix(strings.TrimSuffix(words[i], "'s"), "’s"))
		if roleNouns[lw] || roleModifiers[lw] || notNames[lw] {
			i++
			continue
		}
		break
	}
	// "Ombudsman Dmytro Lubinets": a given name inside the run starts the name.
	for k := i + 1; k < len(words)-1; k++ {
		if _, ok := firstNames[strings.ToLower(words[k])]; ok {
			i = k
			break
		}
	}
	name := words[i:]
	if len(name) > 4 {
		return nil
	}
	nameStart := base + toks[i][0]
	nameEnd := base + toks[len(toks)-1][1]
	full := strings.Join(name, " ")
	full = strings.TrimSuffix(strings.TrimSuffix(full, "'s"), "’s")
	if strings.HasSuffix(run[toks[len(toks)-1][0]:toks[len(toks)-1][1]], "'s") || strings.HasSuffix(run[toks[len(toks)-1][0]:toks[len(toks)-1][1]], "’s") {
		nameEnd -= len("'s")
	}
	for nameEnd > nameStart && text[nameEnd-1] == '.' {
		nameEnd--
	}
	low := strings.ToLower(name[0])
	if notNames[strings.ToLower(full)] || notNames[low] && len(name) == 1 {
		return nil
	}
	role := roleBefore(text, nameStart)
	if ps.holdsName(role) {
		role = ""
	}
	isPerson := false
	switch {
	case len(name) >= 2 && firstNames[low] != genderUnknown:
		isPerson = true
	case len(name) >= 2 && firstNames[low] == genderUnknown && hasKey(firstNames, low):
		isPerson = true
	case len(name) >= 2 && role != "" && len(name) <= 3 && !notNames[low]:
		isPerson = true
	case knownBySpelling(full) != nil:
		isPerson = true
	case len(name) == 1 && ps.byKey[nameKey(full)] != nil:
		isPerson = true
	}
	if !isPerson {
		return nil
	}
	if a := roleAfter(text[nameEnd:]); a != "" && len(a) > len(role) && !ps.holdsName(a) {
		role = a
	}
	p := ps.add(full, role)
	return []mention{{p: p, off: nameStart, end: nameEnd, role: role}}
}

func hasKey(m map[string]gender, k string) bool { _, ok := m[k]; return ok }

// roleBefore reads the role words right before a name: "Kremlin
// spokesman", "the UK's Prime Minister", "US special envoy".
func roleBefore(text string, nameStart int) string {
	before := text[:nameStart]
	if len(before) > 0 && !unicode.IsSpace(lastRune(before)) {
		return ""
	}
	// The loop below reads at most seven words back (six role words and
	// the one that stops it), and looks one further: ten are plenty, and
	// splitting the whole paragraph before every name was quadratic.
	fields := lastFields(before, 10)
	var role []string
	hasNoun := false
	for j := len(fields) - 1; j >= 0 && len(role) < 6; j-- {
		w := fields[j]
		// "The Kremlin's top foreign policy aide, Yuri Ushakov": a role
		// noun and a comma right before the name.
		if j == len(fields)-1 && strings.HasSuffix(w, ",") && roleNouns[strings.ToLower(strings.TrimSuffix(w, ","))] {
			w = strings.TrimSuffix(w, ",")
		}
		if strings.ContainsAny(w, ",;:()\"“”") || strings.HasSuffix(w, ".") && len(w) > 4 {
			break
		}
		lw := strings.ToLower(strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s"))
		// "Secretary of State", "Head of the Presidential Office".
		// A title already complete after "of" is this person's own:
		// "the son-in-law of US President Donald Trump" makes Trump "US
		// President"; the son-in-law is someone else.
		if (lw == "of" || lw == "the") && j > 0 && len(role) > 0 && !(lw == "of" && hasNoun) {
			prev := strings.ToLower(fields[j-1])
			if roleNouns[prev] || (lw == "the" && prev == "of") {
				role = append([]string{w}, role...)
				continue
			}
		}
		switch {
		case roleNouns[lw]:
			hasNoun = true
		case roleModifiers[lw]:
		case strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s"):
			r, _ := utf8.DecodeRuneInString(w)
			if !unicode.IsUpper(r) {
				j = -1
				continue
			}
		case len(role) == 1 && hasNoun && compoundWord(lw):
			// "port director", "infrastructure minister": a plain noun
			// right before the title word belongs to it.
		default:
			r, _ := utf8.DecodeRuneInString(w)
			if !unicode.IsUpper(r) || len(role) == 0 || roleStops[lw] {
				j = -1
				continue
			}
		}
		role = append([]string{w}, role...)
	}
	if !hasNoun {
		return ""
	}
	// The role must end in its noun: "Kremlin spokesman", not "spokesman Kremlin".
	for len(role) > 0 {
		lw := strings.ToLower(role[len(role)-1])
		if roleNouns[lw] || roleModifiers[lw] {
			break
		}
		role = role[:len(role)-1]
	}
	return strings.Join(role, " ")
}

// compoundWord reports whether a lower-case word can stand before a title
// word as part of it ("port" director), as no verb, adverb or function
// word can.
func compoundWord(w string) bool {
	if len(w) < 3 || roleStops[w] || notNames[w] || reVerbish.MatchString(w) {
		return false
	}
	for _, suf := range []string{"ed", "ing", "ly", "'s", "’s"} {
		if strings.HasSuffix(w, suf) {
			return false
		}
	}
	for _, r := range w {
		if !unicode.IsLower(r) {
			return false
		}
	}
	return true
}

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

var (
	reVerbish   = regexp.MustCompile(`\b(?:took|takes|was|were|is|are|has|had|have|said|says|will|would|could|did|does)\b`)
	reApposRole = regexp.MustCompile(`^,\s+((?:a|an|the)\s+)?([^,.;:"“”()]{3,90}?)\s*[,.;]`)
	reOrgRole   = regexp.MustCompile(`^\s+(?:from|of|at)\s+the\s+((?:\p{Lu}[\p{L}\-]*|for|and|of|on|the|&)(?:\s+(?:\p{Lu}[\p{L}\-]*|for|and|of|on|the|&))*(?:\s+\([\p{Lu}\p{L}]+\))?)`)
)

// roleAfter reads a role in apposition after a name: ", a security expert
// at the German Marshall Fund," or " of the German Council on Foreign
// Relations (DGAP)".
func roleAfter(after string) string {
	var m []string
	if strings.HasPrefix(after, ",") { // as reApposRole opens
		m = reApposRole.FindStringSubmatch(after)
	}
	if m != nil && wordCount(m[2]) <= 12 && !reVerbish.MatchString(m[2]) {
		words := strings.Fields(m[2])
		// Without an article the role must open with its noun or a
		// modifier: ", head of the coordination headquarters,".
		first := strings.ToLower(words[0])
		// ", Ukraine's chief negotiator,": a country or body's title.
		r, _ := utf8.DecodeRuneInString(words[0])
		owner := unicode.IsUpper(r) && (strings.HasSuffix(first, "'s") || strings.HasSuffix(first, "’s"))
		if (m[1] != "" || owner || roleNouns[first] || roleModifiers[first]) && !titleThenName(words) {
			for _, w := range words {
				if roleNouns[strings.ToLower(w)] {
					return m[2]
				}
			}
		}
	}
	if !orgRoleMayFollow(after) {
		return ""
	}
	if m = reOrgRole.FindStringSubmatch(after); m != nil {
		org := strings.TrimSpace(m[1])
		for _, tail := range []string{" and", " of", " on", " the", " for", " &"} {
			org = strings.TrimSuffix(org, tail)
		}
		if wordCount(org) >= 2 {
			return org
		}
	}
	return ""
}

// speakingSurnames registers people known only by a surname next to a
// speech verb, which is how an article names someone it introduced in a
// paragraph that did not survive ("said Reisner").
func (ps *people) speakingSurnames(text string) {
	verbs := speechVerbs(text, false)
	if len(verbs) == 0 {
		return
	}
	// A lone capitalised word right after or before a speech verb:
	// "said Reisner", "Jilge told".
	for _, after := range []bool{true, false} {
		var names [][2]int
		if after {
			names = verbThenName(text, verbs)
		} else {
			names = nameThenVerb(text, verbs)
		}
		for _, m := range names {
			w := text[m[0]:m[1]]
			if notNames[strings.ToLower(w)] || strings.ToUpper(w) == w || firstNames[strings.ToLower(w)] != genderUnknown {
				continue
			}
			// "the Gulf said": a place or body, not a person.
			if b := text[max(0, m[0]-4):m[0]]; strings.EqualFold(b, "the ") || strings.EqualFold(b[max(0, len(b)-2):], "a ") {
				continue
			}
			// "said Danish prime minister Henrik Larsen": a word opening a
			// role phrase describes the speaker; it is not a name.
			if after && opensRole(text[m[1]:]) {
				continue
			}
			// Not the first word of a longer capitalised run ("Kremlin spokesman" is handled elsewhere).
			if m[1] < len(text) && m[1]+1 < len(text) && text[m[1]] == ' ' {
				if r, _ := utf8.DecodeRuneInString(text[m[1]+1:]); unicode.IsUpper(r) && after {
					continue
				}
			}
			// A capitalised word opening a sentence could be anything.
			if !after && sentenceStart(text, m[0]) && ps.byKey[nameKey(w)] == nil && knownBySpelling(w) == nil {
				continue
			}
			if ps.byKey[nameKey(w)] == nil {
				ps.add(w, "")
			}
		}
	}
}

func sentenceStart(text string, off int) bool {
	before := strings.TrimRight(text[:off], " \"“")
	return before == "" || strings.ContainsRune(".!?", lastRune(before))
}

// list returns the document's people, in order of first mention.
func (ps *people) list() []*docPerson {
	out := make([]*docPerson, 0, len(ps.order))
	for _, k := range ps.order {
		out = append(out, ps.byKey[k])
	}
	return out
}

// sortedAliases returns the lower-case spellings other than name.
func sortedAliases(name string, spellings []string) []string {
	low := strings.ToLower(name)
	out := []string{strings.ToLower(surnameOf(name))}
	for _, s := range spellings {
		if s != low && s != "" && !contains(out, s) {
			out = append(out, s)
		}
	}
	sort.Strings(out)
	return out
}

// persons lists the document's people with their counts in passages.
func (ps *people) persons(passages []Passage) []Person {
	lows := make([]string, len(passages))
	for i, p := range passages {
		lows[i] = lowerSameLength(p.Text)
	}
	var out []Person
	for _, p := range ps.list() {
		name := p.canonical()
		spell := append([]string{}, p.spellings...)
		if k := knownBySpelling(name); k != nil {
			spell = append(spell, strings.ToLower(surnameOf(k.name)))
			spell = append(spell, k.aliases...)
		}
		spell = append(spell, strings.ToLower(surnameOf(name)))
		out = append(out, Person{
			Name:     name,
			Role:     p.role(),
			Aliases:  sortedAliases(name, spell),
			Quotes:   p.quotes,
			Mentions: countMentions(passages, lows, append(spell, strings.ToLower(name))),
		})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}

// countMentions counts the passages naming any of the spellings; lows
// are the passages' texts as lowerSameLength gives them.
func countMentions(passages []Passage, lows []string, spellings []string) int {
	n := 0
	for i, p := range passages {
		if namesAny(p.Text, lows[i], spellings) {
			n++
		}
	}
	return n
}

// lowerSameLength lower-cases text unless that would move byte offsets,
// in which case the text is compared as written.
func lowerSameLength(text string) string {
	low := strings.ToLower(text)
	if len(low) != len(text) {
		return text
	}
	return low
}

// namesAny reports whether text names one of the lower-case spellings as
// a whole word written with a capital letter, so that "a major hurdle"
// does not mention Claudia Major.
func namesAny(text, low string, spellings []string) bool {
	for _, sp := range spellings {
		if sp == "" {
			continue
		}
		for from := 0; ; {
			i := strings.Index(low[from:], sp)
			if i < 0 {
				break
			}
			i += from
			end := i + len(sp)
			from = i + 1
			if !wordBoundary(text, i, end) {
				continue
			}
			if strings.IndexFunc(text[i:end], unicode.IsUpper) >= 0 {
				return true
			}
		}
	}
	return false
}

func wordBoundary(text string, i, end int) bool {
	if i > 0 {
		r, _ := utf8.DecodeLastRuneInString(text[:i])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	if end < len(text) {
		r, _ := utf8.DecodeRuneInString(text[end:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	return true
}
