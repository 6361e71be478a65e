package people

import (
	"fmt"
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode"
)

// reCopulaRole reads what a sentence says its subject is, right after
// the name and an age: "Mariela Castellanos, 56, is a Chilean diplomat
// and UN assistant secretary-general who runs …".
var reCopulaRole = regexp.MustCompile(`^(?:,\s*\d{1,3},)?\s+(?:is|was|has\s+been)\s+(?:(?:an?|the)\s+|(\p{Lu}[\p{L}\-]*['’]s\s+))?([^,.;:"“”()]{3,100}?)\s*(?:[.,;:(]|\s(?:who|which|that|since|from|with|in|based)\s)`)

// reDoingAlone reads a relative clause saying what its subject is doing,
// with no object: ", who is mediating,".
var reDoingAlone = regexp.MustCompile(`^,\s+who\s+(?:is|was)\s+(\p{Ll}+ing)\s*[,.;]`)

// reForYears closes a title with how long it has been held: "for nine
// years", "for 12 months".
var reForYears = regexp.MustCompile(`\s+for\s+(?:\S+\s+){0,2}(?:years?|months?|weeks?|decades?)$`)

// reHeldUntil opens the years a title was held to, after it: "from 2041
// to 2045", "until 2043", "between 2038 and 2041".
var reHeldUntil = regexp.MustCompile(`\s(?:from\s+\d{4}\s*(?:to|until|[-–])\s*\d{4}|until\s+\d{4}|between\s+\d{4}\s+and\s+\d{4})\b`)

// maxHeldSpan bounds how far after a title the years it was held may
// come: "from 2041 to 2045".
const maxHeldSpan = 30

// copulaRole is the title a sentence gives its subject with "is a": the
// words up to the clause that goes on about them, when the noun they
// open with is a title or a word for a person ("a Chilean diplomat", not
// "a surprise").
func (lx *Lexicon) copulaRole(after string) string {
	at := reCopulaRole.FindStringSubmatchIndex(after)
	if at == nil {
		return ""
	}
	m := []string{after[at[0]:at[1]], "", after[at[4]:at[5]]}
	if at[2] >= 0 {
		m[1] = after[at[2]:at[3]]
	}
	if WordCount(m[2]) > 10 {
		return ""
	}
	if at := reForYears.FindStringIndex(m[2]); at != nil {
		m[2] = m[2][:at[0]] // "has been headteacher for nine years"
	}
	if verb, title, ok := strings.Cut(m[2], " "); ok && m[1] == "" && lx.isFold("appointverb", verb) {
		// "was appointed Special Envoy for Humanitarian Affairs by Prime
		// Minister Lautrec": the title given, not who gave it.
		title, _, _ = strings.Cut(title, " by ")
		m[2] = title
	}
	former := ""
	if lead := strings.TrimLeft(after, " ,0123456789"); m[1] != "" && !strings.HasPrefix(lead, "is ") && !strings.HasPrefix(lead, "has been ") {
		// "Wielgosz was Poland's deputy foreign minister from 2019": a
		// title she held, perhaps hers still; "from 2019 to 2023", one
		// she holds no longer.
		until := reHeldUntil.FindStringIndex(after[at[4]:min(len(after), at[1]+maxHeldSpan)])
		if until == nil {
			return ""
		}
		if until[0] < len(m[2]) {
			// "was Poland's minister until 2043.": the years are no
			// part of the title.
			m[2] = strings.TrimSpace(m[2][:until[0]])
		}
		former = "former "
	}
	// "Marchenko, 47, is Ukraine's First Deputy Foreign Minister and,
	// since …": whose title it is, and no "and" left hanging.
	role := strings.TrimSuffix(m[1]+former+m[2], " and")
	// The noun ending its first part, before "and" or a preposition:
	// "diplomat" of "Chilean diplomat and UN …", not "nobody" of "a
	// surprise to nobody".
	head := ""
	for _, w := range strings.Fields(strings.ToLower(m[2])) {
		if w == "and" || lx.is("preposition", w) {
			break
		}
		head = w
	}
	if lx.IsTitleNoun(head) || lx.IsPersonNoun(head) {
		return role
	}
	return ""
}

// reWhoWasFor cuts what a relative clause says someone was at how long
// they were: "mayor of Harskova for thirteen years until the village
// fell".
var reWhoWasFor = regexp.MustCompile(`\s+for\s+(?:\S+\s+){0,2}(?:years?|months?|decades?)\b`)

// whoWasRole is the title a relative clause right after a name says its
// holder has or had: ", who was mayor of Harskova for thirteen years
// until the village fell," is the former mayor of Harskova (how long
// says it is over); ", who is deputy head of the mission," the deputy
// head. "" when the clause says no title (copulaRole's rule for what it
// says).
func (lx *Lexicon) whoWasRole(after string) string {
	rest, ok := strings.CutPrefix(after, ", who ")
	if !ok {
		return ""
	}
	past := strings.HasPrefix(rest, "was ") || strings.HasPrefix(rest, "had been ")
	if !past && !strings.HasPrefix(rest, "is ") && !strings.HasPrefix(rest, "has been ") {
		return ""
	}
	rest = strings.TrimPrefix(rest, "had ")
	former := false
	if at := reWhoWasFor.FindStringIndex(rest); at != nil && !strings.ContainsAny(rest[:at[0]], ",;.") {
		rest, former = rest[:at[0]]+",", past
	}
	r := lx.copulaRole(" " + rest)
	if r == "" || !former || strings.HasPrefix(r, "former ") {
		return r
	}
	return "former " + r
}

var (
	// "… has been chief executive of UkrTransGrid, …"
	rePredicateIs = regexp.MustCompile(`^\s+(?:is|was|has been|had been)\s+(?:(?:the|a|an)\s+)?([\p{L}\-]+(?:\s+[\p{L}\-]+){0,3}?)\s+(of|at)\s+((?:the\s+)?\p{Lu}[\p{L}\-]*(?:\s+(?:\p{Lu}[\p{L}\-]*|for|of|and))*)`)
	// "Olha Saranska, is a vet nurse riding in lorry 7": what someone
	// is, a noun for a person after "is a", ending its clause or going
	// on with a participle or a preposition.
	rePredicateIsA = regexp.MustCompile(`^,?\s+(?:is|was)\s+(?:a|an)\s+([\p{L}\-]+(?:\s+[\p{L}\-]+){0,2}?)(?:\s*[.,;:]|\s+(?:\p{Ll}+ing|in|at|on|with|for|from|who)\b|\s*$)`)
	// "…, spent four years as a ceasefire monitor in …"
	rePredicateAs = regexp.MustCompile(`^(?:,[^,.;:"“”]{1,160},|,)?\s+[\p{L}\- ]{0,60}?\bas\s+(?:an?|the)\s+([\p{L}\-]+(?:\s+[\p{L}\-]+){0,3}?)(?:[.,;:]|\s(?:in|from|at|after|on|for|until|since|between|and)\s)`)
)

// predicateHead is the expression of a title given by a verb
// (predicate_roles.tsv) after a name: "…, is to head the planned
// ceasefire monitoring mission.", "… directs the Eastern Europe
// programme at …"; the first %s is the verbs' forms, the second the
// prepositions they may take before the object (or nothing).
const predicateHead = `^(?:,[^,.;:"“”]{1,160},)?` + predicateDirect

// predicateDirect is predicateHead without an apposition before the verb:
// the verb of the clause right after the name. Its object is a noun
// phrase after a determiner, a possessive, a capitalised name, perhaps
// numbered ("flew Kestrel 14"), a noun and its number ("drives truck
// 9", "runs ward 3B"), or a field in a few lower-case words at a body
// named after it ("studies energy security at the Institute for Northern
// Studies").
const predicateDirect = `(?:,\s+who)?\s+(?:(?:is|was|will|would|has been|had been|has|had)\s+)?(?:(?:set|due|expected|appointed|named|chosen)\s+)?(?:to\s+|be\s+)*(%s)\s+%s((?:the|a|an|his|her|their|its)\s+[\p{L}\-'’ ]{3,80}?|\p{Lu}[\p{L}\-]*['’]s\s+[\p{L}\-'’ ]{3,80}?|\p{Lu}[\p{L}\-]+(?:\s+(?:of\s+|for\s+)?\p{Lu}[\p{L}\-]+){0,5}(?:\s+\d+[A-Z]?)?|\p{Ll}+\s+\d+[A-Z]?|\p{Ll}+(?:\s+\p{Ll}+){0,2}\s+at\s+the\s+\p{Lu}[\p{L}\-]*(?:\s+(?:of|for|and|on|\p{Lu}[\p{L}\-]*))*)\s*(?:[.,;:]|\s(?:in|from|at|after|on|for|until|since|which|that|and|together|alongside|jointly)\s)`

// mayGiveTitle reports whether a word of after opens with one of the
// verbs' forms: one pass over the text, looking up only the forms that
// start with each word's first letter.
func (lx *Lexicon) mayGiveTitle(after string) bool {
	for i := 0; i+1 < len(after); i++ {
		if after[i] != ' ' {
			continue
		}
		rest := after[i+1:]
		for _, st := range lx.predicateByFirst[rest[0]] {
			if strings.HasPrefix(rest, st) {
				return true
			}
		}
	}
	return false
}

// predicateExpr compiles predicateHead over the verbs' forms, longest
// first so that "heads" is read before "head", and the prepositions any
// of them may take before the object (predicate_roles.tsv).
func predicateExpr(head string, forms map[string]string, preps map[string][]string) *regexp.Regexp {
	var fs []string
	for f := range forms {
		fs = append(fs, regexp.QuoteMeta(f))
	}
	sort.Slice(fs, func(i, j int) bool { return len(fs[i]) > len(fs[j]) || len(fs[i]) == len(fs[j]) && fs[i] < fs[j] })
	var ps []string
	for _, p := range preps {
		for _, w := range p {
			if !slices.Contains(ps, regexp.QuoteMeta(w)) {
				ps = append(ps, regexp.QuoteMeta(w))
			}
		}
	}
	sort.Strings(ps)
	prep := ""
	if len(ps) > 0 {
		prep = `(?:(?:` + strings.Join(ps, "|") + `)\s+)?`
	}
	return regexp.MustCompile(fmt.Sprintf(head, strings.Join(fs, "|"), prep))
}

// reBodyAfter is the body a title's object belongs to, right after it:
// " programme at the Bergen Institute for Conflict Studies".
var reBodyAfter = regexp.MustCompile(`^((?:\s+\p{Ll}+){0,2}?)\s+(?:at|of)\s+the\s+(\p{Lu}[\p{L}\-]*(?:\s+(?:\p{Lu}[\p{L}\-]*|for|and|of|on))*)`)

// bodyContinues is what a title read up to its object goes on with when
// the object is part of a named body ("the Eastern Europe programme at
// the Hamburg Institute …"): that part of the text, or "".
func bodyContinues(tail string) string {
	m := reBodyAfter.FindStringSubmatchIndex(tail)
	if m == nil {
		return ""
	}
	org := orgName(tail[m[4]:m[5]])
	if org == "" {
		return ""
	}
	return tail[:m[4]] + org
}

// orgName is a body's name as a capitalised run gives it, without the
// joining words it may end on ("the Hamburg Institute for Security
// and"): "" when under two words are left.
func orgName(run string) string {
	org := strings.TrimSpace(run)
	for _, tail := range []string{" and", " of", " on", " the", " for", " &"} {
		org = strings.TrimSuffix(org, tail)
	}
	if WordCount(org) < 2 && !(isInitials(org) && len(org) >= 3) {
		// One word only as a body's initials: "of the ICRC".
		return ""
	}
	return org
}

// predicateRole reads a title the sentence gives a name as its subject:
// "X is to head the monitoring mission" (head of the monitoring mission),
// "X spent four years as a ceasefire monitor" (ceasefire monitor).
func (lx *Lexicon) predicateRole(after string) string {
	if m := reAgeAfter.FindStringIndex(after); m != nil && strings.HasPrefix(after[m[1]:], " who ") {
		// "Serhiy Lytvyn, 54, who has commanded the ship": past the age.
		after = after[m[1]-1:]
	}
	if r := lx.whoWasRole(after); r != "" {
		return r
	}
	if m := reDoingAlone.FindStringSubmatch(after); m != nil {
		// "Adele Fontanaz, who is mediating, announced …": the title of
		// what she is doing, with no object to hold it over.
		if t := lx.predicates[m[1]]; t != "" {
			return t
		}
	}
	// The expressions run only where their verb or "as" stands.
	head := lx.mayGiveTitle(after)
	been := strings.Contains(after, " been ") || strings.HasPrefix(after, " is ") || strings.HasPrefix(after, " was ")
	if !head && !been && !strings.Contains(after, " as ") {
		return lx.isARole(after)
	}
	if head {
		if m := lx.predicateRe.FindStringSubmatchIndex(after); m != nil {
			if r := lx.predicateTitle(after, m); r != "" {
				if as := lx.asRole(after); as != "" && !strings.Contains(after[:m[2]], " who ") {
					// "Ruslan Vakulenko, 27, drove a tractor … before he
					// retrained as a deminer": what he did, and what the
					// sentence says he is; not a relative clause saying
					// who he is ("Goran Lisak, who drove the bus").
					return as
				}
				return r
			}
			// "…, who heads the railway's transport unit, has run the
			// train": past the apposition, no title; in it, one.
			if m := lx.predicateDirectRe.FindStringSubmatchIndex(after); m != nil {
				return lx.predicateTitle(after, m)
			}
		}
	}
	// "X has been chief executive of UkrTransGrid": a title of a body.
	if m := rePredicateIs.FindStringSubmatchIndex(after); been && m != nil {
		ws := strings.Fields(after[m[2]:m[3]])
		if lx.IsTitleNoun(strings.ToLower(ws[len(ws)-1])) {
			return after[m[2]:m[3]] + " " + after[m[4]:m[5]] + " " + after[m[6]:m[7]] + bodyContinues(after[m[7]:])
		}
	}
	if as := lx.asRole(after); as != "" {
		return as
	}
	return lx.isARole(after)
}

// isARole is what "is a" after a name says someone is ("Olha Saranska,
// is a vet nurse riding in lorry 7", "Petrenko was a teacher."): the
// words, when the last is a title or a word for a person.
func (lx *Lexicon) isARole(after string) string {
	if !strings.HasPrefix(after, " is a") && !strings.HasPrefix(after, " was a") && !strings.HasPrefix(after, ", is a") && !strings.HasPrefix(after, ", was a") {
		return ""
	}
	m := rePredicateIsA.FindStringSubmatch(after)
	if m == nil {
		return ""
	}
	ws := strings.Fields(m[1])
	last := Fold(ws[len(ws)-1])
	for _, w := range ws {
		if lx.isFold("stop", w) || lx.isFold("preposition", w) {
			return ""
		}
	}
	if lx.IsTitleNoun(singular(lx, last)) || lx.IsPersonNoun(last) {
		return m[1]
	}
	return ""
}

// asRole is the title an "as" phrase after a name gives ("who spent nine
// years as a deminer", "as a ceasefire monitor"), or "".
func (lx *Lexicon) asRole(after string) string {
	m := rePredicateAs.FindStringSubmatch(after)
	if m == nil {
		return ""
	}
	if lead := strings.TrimLeft(after, ", "); strings.HasPrefix(lead, "and ") || strings.HasPrefix(lead, "or ") {
		// "Ms Anca Dorovei, and Lieutenant Colonel Andrei Kavel, who
		// appeared … as the Velmarian liaison officer": the next one
		// named is, not she.
		return ""
	}
	ws := strings.Fields(m[1])
	if n := len(ws); n > 1 && lx.isFold("reflexive", ws[n-1]) {
		ws = ws[:n-1] // "who spent nine years as a deminer herself"
		m[1] = strings.Join(ws, " ")
	}
	for _, w := range ws {
		if lx.is("stop", w) || lx.is("preposition", w) {
			return "" // "as a guest of the mayor"
		}
	}
	if last := ws[len(ws)-1]; lx.IsTitleNoun(last) || lx.IsPersonNoun(Fold(last)) {
		// "as a ceasefire monitor", "as a deminer"
		return m[1]
	}
	return ""
}

// andPredicateRole reads the title a second verb gives after "and", in
// the clause predicateRole reads the first from: "…, who heads the
// restitution department of the State Archival Service and led the
// Ukrainian expert group at the talks" (leader of the Ukrainian expert
// group).
func (lx *Lexicon) andPredicateRole(after string) string {
	if !lx.mayGiveTitle(after) {
		return ""
	}
	m := lx.predicateRe.FindStringSubmatchIndex(after)
	if m == nil || !strings.HasSuffix(after[m[5]:m[1]], " and ") {
		return ""
	}
	rest := " " + after[m[1]:]
	n := lx.predicateRe.FindStringSubmatchIndex(rest)
	if n == nil {
		return ""
	}
	return lx.predicateTitle(rest, n)
}

// namedBody reports whether object (a verb's, as written) names a body:
// a capitalised word after its first ("the UPU's humanitarian postal
// operations", "the Dunai cafe"), or an organisation's head word last.
func (lx *Lexicon) namedBody(object string) bool {
	f := strings.Fields(strings.TrimRight(object, " -–—,.;"))
	if len(f) == 0 {
		return false
	}
	return slices.ContainsFunc(f[1:], isCapitalised) || lx.IsOrganisationWord(Fold(f[len(f)-1]))
}

// predicateTitle is the title predicateRe's match m gives in after: its
// verb's title of its object ("head of the monitoring mission"), and the
// named body the object is part of ("… directs the Eastern Europe
// programme at the Hamburg Institute for Security and Strategy").
func (lx *Lexicon) predicateTitle(after string, m []int) string {
	verb, link := after[m[2]:m[3]], "of"
	if prep := strings.TrimSpace(after[m[3]:m[4]]); prep != "" {
		// "who teaches at the village school": a preposition the verb
		// takes (predicate_roles.tsv) says how the title holds it;
		// another ("heads for the border") gives none.
		if !slices.Contains(lx.predicatePreps[verb], prep) {
			return ""
		}
		link = prep
	}
	if lx.is("bodyverb", after[m[2]:m[3]]) && !lx.namedBody(after[m[4]:m[5]]) && !lx.runPlace(after[m[4]:m[5]]) {
		// "runs the UPU's postal operations" makes a head of them, as
		// "runs the bakery on the square" does of the bakery; "runs the
		// machinery and the accounts" no one.
		return ""
	}
	if obj := after[m[4]:m[5]]; unicode.IsUpper(firstRune(obj)) && !Possessive(strings.Fields(obj)[0]) && (lx.NotName(obj) || len(strings.Fields(obj)) == 1 && !isInitials(obj)) {
		// "leads Eastern Compass, a volunteer search group" heads a
		// body named bare (or by its initials: "heads UNESCO"); "led
		// Monday", "heads Kyiv" heads nothing.
		return ""
	}
	// "who heads the company's special transport unit - and who is …":
	// a dash closes the object.
	obj := strings.TrimSpace(strings.TrimRight(after[m[4]:m[5]], " -–—"))
	if i := strings.LastIndexByte(obj, ' '); i > 0 && lx.isFold("whereadverb", obj[i+1:]) {
		// "who has taught the first grade there": where, not what.
		obj = obj[:i]
	}
	return lx.predicates[verb] + " " + link + " " + obj + bodyContinues(after[m[5]:])
}

// runPlace reports an object that is a place someone runs (words.tsv
// runplace) after its determiner and any modifiers: "the bakery on the
// square", "a small cafe", "the village's only shop".
func (lx *Lexicon) runPlace(obj string) bool {
	for _, w := range strings.Fields(obj) {
		w = Fold(strings.Trim(w, ",.;:"))
		if lx.is("runplace", w) {
			return true
		}
		if lx.IsPreposition(w) || lx.is("conjunction", w) {
			return false // "the accounts of the bakery": not the bakery
		}
	}
	return false
}
