package people

import (
	"maps"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// titledAfter reports an apposition right after a name that is a role
// holding a title noun (", Estonia's foreign minister,"): what makes an
// unknown pair of capitalised words a person.
func (lx *Lexicon) titledAfter(after string) bool {
	if !strings.HasPrefix(after, ",") {
		return false
	}
	for _, w := range strings.Fields(lx.roleAfter(after)) {
		// "senior vice-president of …": a title written with a hyphen.
		if w = StripPossessive(strings.Trim(w, ",.")); lx.IsTitleNoun(strings.ToLower(w)) || lx.hyphenTitle(w) {
			return true
		}
	}
	return lx.appositionHead(after) != "" || lx.personApposition(after) != "" || agedAfter(after)
}

// agedAfter reports an age set after a name: "Iryna, 41, whose son …".
func agedAfter(after string) bool {
	rest, ok := strings.CutPrefix(after, ", ")
	if !ok {
		return false
	}
	i := 0
	for i < len(rest) && i < 3 && rest[i] >= '0' && rest[i] <= '9' {
		i++
	}
	return i > 0 && i < len(rest) && rest[i] == ',' && rest[:i] != "0"
}

// whoseKinRole is what a "whose" clause right after a name (an age
// between allowed) makes the person to the relative it names: ", 58,
// whose grandson was on the second bus" → "grandmother" of a woman's name
// (g), "grandfather" of a man's, "grandparent" otherwise; "" when no
// such clause follows.
func (lx *Lexicon) whoseKinRole(tail string, g Gender) string {
	rest, ok := strings.CutPrefix(tail, ", ")
	if !ok {
		return ""
	}
	if agedAfter(tail) {
		_, rest, _ = strings.Cut(rest, ", ")
	}
	f := strings.Fields(rest)
	if len(f) < 2 || Fold(f[0]) != "whose" {
		return ""
	}
	k := Fold(strings.Trim(f[1], ",.;:"))
	if kk, ok := lx.kin[k]; ok {
		k = kk
	}
	row, ok := lx.whoseKin[k]
	switch {
	case !ok:
		return ""
	case g == Female:
		return row[0]
	case g == Male:
		return row[1]
	}
	return row[2]
}

// appositionHead is the title an apposition opens with when a relative
// clause goes on about it: ", a fisherman who has taken his boat out …"
// → "fisherman", ", 67, a fisherman whom everyone … calls the Heron" →
// "fisherman"; "" otherwise.
func (lx *Lexicon) appositionHead(after string) string {
	if !strings.HasPrefix(after, ",") {
		return ""
	}
	ws := wordsAfter(after, 1, min(len(after), 80), 6)
	if len(ws) > 0 && strings.HasSuffix(ws[0].w, ",") && strings.Trim(ws[0].w, "0123456789,") == "" {
		ws = ws[1:] // ", 67, a fisherman whom …": an age first
	}
	if len(ws) < 2 || !isDeterminer(ws[0].w) {
		return ""
	}
	for k, w := range ws[1:] {
		lw := strings.ToLower(strings.Trim(w.w, ",.;"))
		if lx.IsTitleNoun(lw) {
			// Only a title a relative clause goes on about: "the
			// son-in-law of US President Donald Trump" is read as
			// roles are, with whose it is.
			if k+2 >= len(ws) || strings.ContainsAny(w.w, ",.;") {
				return ""
			}
			if next := strings.ToLower(ws[k+2].w); next != "who" && next != "whom" && next != "that" && next != "which" {
				return ""
			}
			var parts []string
			for _, x := range ws[1 : k+2] {
				parts = append(parts, strings.Trim(x.w, ",.;"))
			}
			return strings.Join(parts, " ")
		}
		if lw == "who" || lw == "whom" || lw == "that" || lw == "which" || strings.ContainsAny(w.w, ",.;") {
			break
		}
	}
	return ""
}

// maxAppositionNoun is how far into an apposition its word for a person
// may stand: "a 77-year-old retired railway signalman" is the fourth.
const maxAppositionNoun = 4

// personApposition is what an apposition right after a name says the
// person is when no title does, in a word English uses for a person:
// ", a 52-year-old pharmacist, rolls up …" → "52-year-old pharmacist",
// ", 61, a mechanic who …" → "mechanic". "" when it says no such thing.
func (lx *Lexicon) personApposition(after string) string {
	if !strings.HasPrefix(after, ",") {
		return ""
	}
	ws := wordsAfter(after, 1, min(len(after), 100), 8)
	// An age first: ", 61, a mechanic".
	aged := false
	if len(ws) > 0 && strings.HasSuffix(ws[0].w, ",") && strings.Trim(ws[0].w, "0123456789,") == "" {
		ws, aged = ws[1:], true
		// "Liudmyla Shapoval, 58, from Sumy,": where someone is from.
		if from := placeFrom(ws); from != "" {
			return from
		}
	}
	if len(ws) < 2 || !isDeterminer(ws[0].w) || strings.ContainsAny(ws[0].w, ",.;") {
		return ""
	}
	for k := 1; k < len(ws) && k <= maxAppositionNoun; k++ {
		w := strings.Trim(ws[k].w, ",.;")
		if lx.IsPersonNoun(strings.ToLower(w)) {
			// "the chief psychologist at …": the words for a person run
			// on to the last of them.
			for k+1 < len(ws) && !strings.ContainsAny(ws[k].w, ",.;") && lx.IsPersonNoun(strings.ToLower(strings.Trim(ws[k+1].w, ",.;"))) {
				k++
			}
			// "the son-in-law of US President Donald Trump" says whose
			// relative someone is, which roles read with the name.
			if k+2 < len(ws) && ws[k+1].w == "of" && isCapitalised(ws[k+2].w) {
				return ""
			}
			var parts []string
			for _, x := range ws[1 : k+1] {
				parts = append(parts, strings.Trim(x.w, ",.;"))
			}
			if !strings.ContainsAny(ws[k].w, ",.;") {
				// "a school cook from Nizhyn": where they are from too;
				// "the chief psychologist at the Svitanok centre": where
				// they work.
				if from := placeFrom(ws[k+1:]); from != "" {
					parts = append(parts, from)
				} else if at := bodyAt(ws[k+1:]); at != "" {
					parts = append(parts, at)
				}
			}
			return strings.Join(parts, " ")
		}
		if strings.ContainsAny(ws[k].w, ",.;") || isCapitalised(w) {
			break
		}
	}
	// "Dmytro, 34, a deminer with the service": a name, an age and a noun
	// are someone, whatever the noun.
	if w := strings.Trim(ws[1].w, ",.;"); aged && !isCapitalised(w) && !lx.is("preposition", w) {
		return w
	}
	return ""
}

// bodyAt reads "at" or "with", perhaps "the", then capitalised words and
// the lower-case noun closing them, opening ws ("at the Svitanok centre,")
// as where someone works; "" otherwise.
func bodyAt(ws []word) string {
	if len(ws) < 2 || ws[0].w != "at" && ws[0].w != "with" {
		return ""
	}
	i := 1
	if ws[i].w == "the" {
		i++
	}
	start := i
	for ; i < len(ws); i++ {
		w := strings.TrimRight(ws[i].w, ",.;")
		if !isCapitalised(w) {
			if i > start && isLowerWord(w) && w != ws[i].w {
				i++ // "centre," closing "the Svitanok centre"
			}
			break
		}
		if w != ws[i].w {
			i++
			break
		}
	}
	if i == start || !isCapitalised(ws[start].w) {
		return ""
	}
	var parts []string
	for _, x := range ws[:i] {
		parts = append(parts, strings.TrimRight(x.w, ",.;"))
	}
	return strings.Join(parts, " ")
}

// placeFrom reads "from" and a capitalised word opening ws ("from Sumy,")
// as where someone is from: "from Sumy"; "" otherwise.
func placeFrom(ws []word) string {
	if len(ws) < 2 || ws[0].w != "from" {
		return ""
	}
	place := strings.TrimRight(ws[1].w, ",.;")
	if !isCapitalised(place) || strings.ToUpper(place) == place {
		return ""
	}
	return "from " + place
}

// maxApposWords bounds the words of a role in apposition after a name:
// two titles joined by "and" run long (", Deputy Minister of Foreign
// Affairs of Ukraine and head of the Ukrainian delegation at the Vienna
// talks,": seventeen); a clause is not a role whatever its length.
const maxApposWords = 20

// maxRoleAfter bounds the text read for a role after a name: an
// apposition is a few words, and reading on would make every name pay
// for the length of its paragraph.
const maxRoleAfter = 240

// countryInBrackets reads a country in brackets right after a name, as
// meetings coverage names a speaker ("Mike Waltz (United States) said"):
// the country's representative ("US representative").
func (lx *Lexicon) countryInBrackets(after string) string {
	adj := lx.nationInBrackets(after)
	if adj == "" || len(lx.words["countryrole"]) == 0 {
		return ""
	}
	return adj + " " + slices.Sorted(maps.Keys(lx.words["countryrole"]))[0]
}

// nationInBrackets is the adjective of the country in brackets right
// after a name ("Dutch" of " (Netherlands)"); "" when none is.
func (lx *Lexicon) nationInBrackets(after string) string {
	in, ok := bracketsAfter(after, 40)
	if !ok {
		return ""
	}
	n, ok := lx.Nation(strings.TrimSpace(in))
	if !ok {
		return ""
	}
	return n.Adjective
}

// bracketsAfter is what brackets right after a name hold (" (Chair)"),
// when they close within most bytes.
func bracketsAfter(after string, most int) (string, bool) {
	if !strings.HasPrefix(after, " (") {
		return "", false
	}
	end := strings.IndexByte(after, ')')
	if end < 0 || end > most {
		return "", false
	}
	return after[2:end], true
}

// partyInBrackets is the party whose abbreviation (parties.tsv) stands in
// brackets right after a name ("Deputy Aoife Kearney (SF)"), or "".
func (lx *Lexicon) partyInBrackets(after string) string {
	in, ok := bracketsAfter(after, 12)
	if !ok {
		return ""
	}
	return lx.parties[in]
}

// titleInBrackets is a title in brackets right after a name, as a
// committee's list of members gives its chair ("Dame Caroline Ashby
// (Chair);"): a few words ending in a title noun, nothing else.
func (lx *Lexicon) titleInBrackets(after string) string {
	in, ok := bracketsAfter(after, 60)
	if !ok {
		return ""
	}
	if lx.parties[in] != "" {
		// "Deputy Fionnuala Brennan (Lab) (Chair)": the party, then
		// the title.
		return lx.titleInBrackets(after[len(in)+3:])
	}
	ws := strings.Fields(in)
	if k := slices.Index(ws, "of"); k > 0 && k < len(ws)-1 && len(ws) <= 8 && lx.IsTitleNoun(Fold(ws[k-1])) && capitalisedBody(ws[k+1:]) {
		// "Ambassador Gennady Vorontsov (Head of the Russian
		// Delegation)": a title of a body, as minutes list those present.
		ws = ws[:k]
		for _, w := range ws {
			if f := Fold(w); !lx.IsModifier(f) && !lx.IsTitleNoun(f) {
				return ""
			}
		}
		return in
	}
	if len(ws) == 0 || len(ws) > 4 || !lx.IsTitleNoun(Fold(ws[len(ws)-1])) {
		return ""
	}
	for _, w := range ws[:len(ws)-1] {
		if f := Fold(w); !lx.IsModifier(f) && !lx.IsTitleNoun(f) {
			return ""
		}
	}
	return strings.Join(ws, " ")
}

// capitalisedBody reports words naming a body as a title's "of" names it:
// capitalised words, "the" first perhaps ("the Russian Delegation").
func capitalisedBody(ws []string) bool {
	if len(ws) > 0 && ws[0] == "the" {
		ws = ws[1:]
	}
	if len(ws) == 0 {
		return false
	}
	for _, w := range ws {
		if !isCapitalised(w) {
			return false
		}
	}
	return true
}

// compoundWord reports whether a lower-case word can stand before a title
// word as part of it ("port" director), as no verb, adverb or function
// word can.
func (lx *Lexicon) compoundWord(w string) bool {
	if len(w) < 3 || lx.is("stop", w) || lx.is("preposition", w) || lx.is("opener", w) || lx.NotName(w) || reVerbish.MatchString(w) {
		return false
	}
	if Possessive(w) {
		return false
	}
	for _, suf := range []string{"ed", "ing", "ly"} {
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

var (
	reVerbish   = regexp.MustCompile(`\b(?:took|takes|was|were|is|are|has|had|have|said|says|will|would|could|did|does)\b`)
	reApposRole = regexp.MustCompile(`^,\s+((?:a|an|the)\s+)?([^,.;:"“”\]]{3,140}?)\s*(?:[,.;\]]|\n|$)`)
	reApposAnd  = regexp.MustCompile(`^,\s+((?:a|an|the)\s+)?([^,.;:"“”]{3,140}?)\s+and\s+`)
	reOrgRole   = regexp.MustCompile(`^\s+(?:from|of|at)\s+the\s+((?:\p{Lu}[\p{L}\-]*|for|and|of|on|the|&)(?:\s+(?:\p{Lu}[\p{L}\-]*|for|and|of|on|the|&))*(?:\s+\([\p{Lu}\p{L}]+\))?)`)
)

// reRelativeAfterComma is a relative clause right after a comma: ",
// whose husband …".
var reRelativeAfterComma = regexp.MustCompile(`^,\s*(?:who|whose|which)\s`)

// reRelativeOpens is a relative clause opening inside an apposition:
// " who has patrolled …", " which builds …".
var reRelativeOpens = regexp.MustCompile(`\s+(?:who|whom|whose|which)\s`)

// reBracketThenComma is a few words in brackets right after a name, then
// a comma: " (European Choice),".
var reBracketThenComma = regexp.MustCompile(`^\s*\([^()]{1,50}\)\s*,`)

// oneOfMany rewrites an apposition naming its holder as one of several
// ("Irena Stojan, one of two nurses in the medical carriage,") as one
// naming a single holder (", a nurse in the medical carriage,"), which
// roleAfter reads: the plural title noun, up to three words after "one
// of" and its article or number, made singular. after is returned as it
// is when it opens otherwise.
func (lx *Lexicon) oneOfMany(after string) string {
	rest, ok := strings.CutPrefix(after, ", one of ")
	if !ok {
		return after
	}
	fs := strings.SplitN(rest, " ", 6)
	i := 0
	if f := Fold(fs[0]); len(fs) > 1 && (lx.is("stop", f) || lx.is("manyword", f) || isNumeral(f)) {
		i = 1 // "the", "two", "12"
	}
	for k := i; k < min(i+3, len(fs)); k++ {
		w := strings.TrimRight(fs[k], ",.;")
		one := singularOf(w)
		if one == "" || !lx.IsTitleNoun(one) && !lx.IsPersonNoun(one) {
			continue
		}
		head := strings.Join(append(slices.Clone(fs[i:k]), one+fs[k][len(w):]), " ")
		if StripPossessive(fs[i]) == fs[i] {
			head = "a " + head // "NorthLine's senior driver" needs none
		}
		return ", " + head + rest[len(strings.Join(fs[:k+1], " ")):]
	}
	return after
}

// singularOf is a plural noun made singular ("nurses" → "nurse",
// "witnesses" → "witness"), "" for a word that is not plural so.
func singularOf(w string) string {
	switch {
	case strings.HasSuffix(w, "men") && len(w) > 3:
		return w[:len(w)-3] + "man" // "spokesmen", "firemen"
	case strings.HasSuffix(w, "sses"), strings.HasSuffix(w, "ches"), strings.HasSuffix(w, "shes"):
		return w[:len(w)-2]
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && len(w) > 3:
		return w[:len(w)-1]
	}
	return ""
}

// roleAfter reads a role in apposition after a name: ", a security expert
// at the German Marshall Fund," or " of the German Council on Foreign
// Relations (DGAP)".
func (lx *Lexicon) roleAfter(after string) string {
	if rest, ok := strings.CutPrefix(strings.TrimLeft(after, " "), "|"); ok {
		// "Forwarded from Taras Kovalchuk | Foreign Minister of
		// Ukraine": a channel's or a byline's title, set apart by a bar.
		after = "," + rest
	} else if rest, ok := strings.CutPrefix(after, " / "); ok {
		// "L3: RAUF MAMMADLI / DEPUTY FOREIGN MINISTER OF AZERBAIJAN",
		// a caption's name and title, set apart by a slash, shouted as
		// a caption is.
		line, more, _ := strings.Cut(rest, "\n")
		if strings.ToUpper(line) == line {
			line = lx.UnshoutRole(line)
		}
		after = ", " + line + "\n" + more
	}
	for _, dash := range []string{" — ", " – ", " - "} {
		if rest, ok := strings.CutPrefix(after, dash); ok {
			// "Dr Adwoa Mensah — head of the IASO team at the plant", "*
			// Taras Dovhal - chief executive of Naftogaz", a who's-who
			// line: a dash sets the title apart as a comma.
			after = ", " + rest
			break
		}
	}
	after = lx.oneOfMany(after)
	if r := lx.countryInBrackets(after); r != "" {
		return r
	}
	if r := lx.titleInBrackets(after); r != "" {
		return r
	}
	if b := reBracketThenComma.FindStringIndex(after); b != nil {
		// "Oleksiy Marchuk (European Choice), Chair": a party or a body
		// in brackets, then the title.
		return lx.roleAfter(after[b[1]-1:])
	}
	aged := false
	if loc := reAgeAfter.FindStringIndex(after); loc != nil {
		// "Marja-Liisa Koskinen, 71, the OSCE's special envoy": the
		// age first, then the role, which a relative clause after it
		// ("…, a retired teacher who lives two doors down") is not
		// part of.
		after, aged = after[loc[1]-1:], true
		if reRelativeAfterComma.MatchString(after) {
			return "" // ", 64, whose husband …": no role
		}
	}
	var m []string
	if strings.HasPrefix(after, ",") { // as reApposRole opens
		m = reApposRole.FindStringSubmatch(after)
	}
	if m != nil && slices.ContainsFunc(strings.Fields(m[2]), func(w string) bool { return lx.isFold("compare", strings.Trim(w, ",.;:")) }) {
		// "Dr Kovic, more than any minister": a comparison, no title.
		m = nil
	}
	if m != nil && (aged || reVerbish.MatchString(m[2])) {
		// ", a former Irish army officer who has patrolled Sector E
		// since April,": the role ends where a clause about them
		// opens, which the role could not hold.
		if i := reRelativeOpens.FindStringIndex(m[2]); i != nil && i[0] > 0 && !reVerbish.MatchString(m[2][:i[0]]) {
			m = []string{m[0][:strings.Index(m[0], m[2])+i[0]], m[1], m[2][:i[0]]}
		}
	}
	if strings.HasPrefix(after, ",") && (m == nil || WordCount(m[2]) > maxApposWords) {
		// ", head of the inventory working group at Ukraine's Ministry
		// of Culture and one of Ukraine's four members on …": two titles
		// joined, too long for one; the first is one on its own.
		if a := reApposAnd.FindStringSubmatch(after); a != nil && WordCount(a[2]) <= maxApposWords {
			m = a
		}
	}
	if m != nil && !strings.HasSuffix(m[0], ";") && lx.nameOpensClause(after[len(m[0]):]) {
		// "Oleksiy, the Russian deputy negotiator, Mr. Shubin, said …":
		// the role is the next name's, the subject of what follows; the
		// name before is someone addressed. Not after a semicolon, which
		// closes an item of a list ("Judge Renata Figueira Lobo (Brazil),
		// Presiding Arbitrator; Professor Hannu Virtanen …").
		m = nil
	}
	if m != nil {
		// ", president of the Ukrainian Grain Exporters Union - and, he
		// tells me, no relation to …": a dash closes the title.
		for _, dash := range []string{" - ", " – ", " — "} {
			if i := strings.Index(m[2], dash); i > 0 {
				m = []string{m[0][:strings.Index(m[0], m[2])+i], m[1], m[2][:i]}
			}
		}
	}
	if m != nil && strings.Count(m[2], "(") > strings.Count(m[2], ")") {
		// ", head of the IASO team at the plant (observer, without the
		// right to speak)": a bracket the role does not close opens a
		// remark on it, no part of it.
		i := strings.LastIndex(m[2], "(")
		m = []string{m[0][:strings.Index(m[0], m[2])+i], m[1], strings.TrimRight(m[2][:i], " ")}
	}
	if m != nil && m[1] == "" {
		// ", her deputy on the delegation": whose they are, then the
		// title; the title is theirs.
		if w, rest, ok := strings.Cut(m[2], " "); ok && lx.isFold("whose", w) {
			m = []string{m[0], w + " ", rest}
		}
	}
	if m != nil && WordCount(m[2]) <= maxApposWords && !reVerbish.MatchString(m[2]) && strings.Count(m[2], "(") == strings.Count(m[2], ")") {
		words := strings.Fields(m[2])
		// Without an article the role must open with its noun or a
		// modifier: ", head of the coordination headquarters,".
		first := words[0]
		// ", Ukraine's chief negotiator,": a country or body's title.
		r, _ := utf8.DecodeRuneInString(first)
		owner := unicode.IsUpper(r) && Possessive(first)
		// ", Chief Dispatcher of Energonet Ukraine,": a capitalised word
		// between a title and "of" is part of the title, not a name.
		ofBody := len(words) >= 3 && words[2] == "of"
		// ", research director of …", ", Geneva correspondent for …": a
		// word that makes the title a kind of it, then the title.
		kind := len(words) > 1 && lx.IsTitleNoun(Fold(words[1])) && (lx.compoundWord(first) || isCapitalised(first) && !lx.IsTitleNoun(Fold(first)))
		// ", first I want to put on record the committee's thanks to your
		// chief engineer -", after "Mr Sandahl" addressed: a speaker's
		// words in the first person, no title.
		speaks := slices.ContainsFunc(words, func(w string) bool { return lx.is("ownvoice", strings.Trim(w, ",;:")) })
		// ", Member of Parliament for Brenna Vale,": a title written
		// out as a phrase (title_phrases.tsv), no title noun in it.
		phrase := lx.writesOutATitle(m[2])
		if (m[1] != "" || owner || kind || phrase || lx.IsTitleNoun(first) || lx.IsModifier(first)) && (ofBody || !lx.titleThenName(words)) && !speaks {
			for _, w := range words {
				if lx.IsTitleNoun(w) || lx.hyphenTitle(w) {
					return m[2] + lx.bodiesAfter(after, m[0])
				}
			}
			if phrase {
				return m[2]
			}
		}
		if r := lx.bareApposition(after, m); r != "" {
			return r
		}
	}
	if !orgRoleMayFollow(after) {
		return ""
	}
	if m = reOrgRole.FindStringSubmatch(after); m != nil {
		return orgName(m[1])
	}
	return ""
}

// nameOpensClause reports text opening with a person's name — an
// honorific and a capitalised word ("Mr. Shubin"), or two capitalised
// words — then a comma or not, and a lower-case word other than a
// joining one: the name is the subject of a clause ("Mr. Shubin, said in
// Vienna", "Arkady Shubin told"), not the next item of a list
// ("Emmanuel Macron, the French president, and …").
func (lx *Lexicon) nameOpensClause(text string) bool {
	if i := strings.IndexFunc(text, func(r rune) bool { return !unicode.IsSpace(r) }); i < 0 || strings.Contains(text[:i], "\n") {
		return false // the next line: a list of guests, one a line
	}
	ws := strings.Fields(text)
	n := 0
	if len(ws) > 0 {
		if _, ok := lx.HonorificGender(strings.TrimSuffix(ws[0], ".")); ok {
			n = 1
		}
	}
	caps := 0
	for n < len(ws) && caps < 3 && isCapitalised(ws[n]) && !strings.ContainsAny(ws[n][:len(ws[n])-1], ",.;:") {
		last := strings.HasSuffix(ws[n], ",")
		n++
		caps++
		if last {
			break
		}
	}
	if caps == 0 || caps == 1 && n == 1 || n >= len(ws) {
		return false
	}
	next := strings.Trim(ws[n], ",.;:")
	return isLowerWord(next) && !lx.is("conjunction", next) && !lx.is("preposition", next) && !isDeterminer(next) &&
		!lx.IsTitleNoun(next) && !lx.IsPersonNoun(next) && !lx.IsModifier(next) // "Adaeze Okafor, deputy head"
}

// maxBareRole is the most words a role in apposition without an article
// may take: ", team leader,", ", technical field manager,".
const maxBareRole = 4

// hyphenTitle reports a title joined by a hyphen, in a role after a
// name (", UNESCO's Assistant Director-General for Culture,", ", the JICA
// senior vice-president") or capitalised right before it
// ("Secretary-General Aurelio Paz"). Read there only: elsewhere such a
// word may be a body's title standing for the body ("the
// Secretary-General's report").
func (lx *Lexicon) hyphenTitle(w string) bool {
	a, b, ok := strings.Cut(Fold(w), "-")
	if ok && a != "" && strings.Contains(b, "-") && !strings.HasSuffix(b, "-") {
		// "ambassador-at-large": a title, then what qualifies it.
		return lx.IsTitleNoun(a)
	}
	return ok && a != "" && b != "" && (lx.IsTitleNoun(a) || lx.IsTitleNoun(b))
}

// bareApposition reads a role in apposition written without an article,
// as credits under pull quotes and captions write them: ", team leader,
// Safe Fields Initiative" → "team leader, Safe Fields Initiative". Lower
// case words ending in a word for a person (m is reApposRole's match on
// after), and the body they work for when capitalised words follow up
// to the end of the line or clause.
func (lx *Lexicon) bareApposition(after string, m []string) string {
	role := m[2]
	if i := reRelativeOpens.FindStringIndex(role); i != nil && i[0] > 0 && m[1] != "" {
		// ", the Ghanaian physicist who leads the team,": what they
		// are, then a clause about them. Only after an article: ",
		// remembers a junior lawyer who …" is a clause itself.
		role = role[:i[0]]
	}
	words := strings.Fields(role)
	if len(words) > maxBareRole {
		return ""
	}
	for _, w := range words {
		// ", the Ghanaian physicist,": a nation's word may stand before
		// the noun, as in a title.
		if !isLowerWord(w) && (m[1] == "" || !lx.IsModifier(w)) {
			return ""
		}
	}
	if last := words[len(words)-1]; !lx.IsPersonNoun(last) || lx.is("stop", last) || lx.is("preposition", words[0]) {
		return ""
	}
	if m[1] == "" && slices.ContainsFunc(words[1:], func(w string) bool { return lx.is("whose", w) || lx.is("ownvoice", w) }) {
		// "his deputy, Nadia Orsolan, sat in his chair.", "Tereza,
		// please tell your dad": a clause about someone's own thing, or
		// words to them, no title.
		return ""
	}
	if role != m[2] {
		return role
	}
	return role + lx.bodiesAfter(after, m[0])
}

// bodiesAfter is what a credit line sets after a title, each after a
// comma: the unit, the body, the city ("Senior Fellow, Nuclear Security
// Programme, Kahlenberg Institute for Security Policy, Vienna"), as long
// as each is capitalised words (and the words joining them) and the
// last closes the line or its clause. matched is the apposition read so
// far, ending in its comma; "" when nothing follows it so.
func (lx *Lexicon) bodiesAfter(after, matched string) string {
	if !strings.HasSuffix(matched, ",") {
		return ""
	}
	rest := after[len(matched):]
	var out strings.Builder
	for k := 0; k < maxBodies; k++ {
		end := strings.IndexAny(rest, ",.;:\n\"“”()")
		if end < 0 {
			end = len(rest)
		}
		seg := strings.Fields(rest[:end])
		if len(seg) == 0 || len(seg) > maxForBody || !isCapitalised(seg[0]) || !isCapitalised(seg[len(seg)-1]) {
			break
		}
		if slices.ContainsFunc(seg, func(w string) bool {
			return !isCapitalised(w) && !lx.is("rolejoin", w) && !lx.is("rolefor", w)
		}) {
			break
		}
		if _, given := get(lx.given, seg[0]); given && len(seg) <= 3 {
			break // "…, the French president, Keir Starmer, …": the next person, not a body
		}
		out.WriteString(", " + strings.Join(seg, " "))
		if end < len(rest) && rest[end] == '(' {
			// "…, Foreign, Commonwealth and Development Office (FCDO)":
			// the body's short name is the role's too.
			if acr, _, ok := strings.Cut(rest[end+1:], ")"); ok && isInitials(acr) {
				out.WriteString(" (" + acr + ")")
			}
		}
		if end == len(rest) || rest[end] != ',' {
			break
		}
		rest = rest[end+1:]
	}
	return out.String()
}

// maxBodies is the most parts a credit line sets after a title.
const maxBodies = 4
