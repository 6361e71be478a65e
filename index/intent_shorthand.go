package index

import (
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/talksbot/talksbot/corpus"
	"github.com/talksbot/talksbot/corpus/people"
	"github.com/talksbot/talksbot/index/english"
)

// expandTitles spells out the shortened titles of a phrase naming
// someone ("lviv mp" → "lviv member of parliament"); "" when it has none.
func expandTitles(s string) string {
	out, changed := expand(s, loadQuestionWords().TitleShorthand)
	if !changed {
		return ""
	}
	return out
}

// beforeNames reads the shorthand that means something else right before
// the name of someone the articles name (questions.yaml before_name):
// "gov saltykov" is Governor Saltykov, not the government; "max
// tkachenko" is Max, not the maximum. The word is written as it reads
// there, capitalised so that no other shorthand takes it.
func (e *Engine) beforeNames(s string) string {
	f := strings.Fields(s)
	changed := false
	for i := 0; i+1 < len(f); i++ {
		full, ok := loadQuestionWords().BeforeName[strings.ToLower(f[i])]
		if !ok || e.resolveName(strings.Trim(f[i+1], "?!.,;:'’")) == nil {
			continue
		}
		r, n := utf8.DecodeRuneInString(full)
		f[i], changed = string(unicode.ToUpper(r))+full[n:], true
	}
	if !changed {
		return s
	}
	return strings.Join(f, " ")
}

// unitsAfterNumbers reads shorthand right after a number as the unit it
// stands for there ("55 min": minutes; questions.yaml after_number),
// before any other reading of it (a minister, a minimum).
func unitsAfterNumbers(s string) string {
	f := strings.Fields(s)
	changed := false
	for i := 1; i < len(f); i++ {
		core := strings.TrimRight(f[i], "?!.,;:")
		unit, ok := loadQuestionWords().AfterNumber[strings.ToLower(core)]
		if !ok || strings.IndexFunc(f[i-1], func(r rune) bool { return r < '0' || r > '9' }) >= 0 {
			continue
		}
		f[i], changed = unit+f[i][len(core):], true
	}
	if !changed {
		return s
	}
	return strings.Join(f, " ")
}

// expandShorthand reads chat shorthand as the words it stands for ("til"
// → "until", "govt" → "government"; data/questions.yaml).
func expandShorthand(s string) string {
	out, _ := expand(officeShorthand(clocks(s)), loadQuestionWords().Shorthand)
	return ages(amounts(ordinals(out)))
}

// clockTime is a time of day as members type it: "4pm", "6 am", "9:30
// a.m.", "10.15pm".
var clockTime = regexp.MustCompile(`(?i)\b(\d{1,2})(?:[:.](\d{2}))?\s?([ap])\.?m\b\.?`)

// clocks writes a time of day as its hour (and minutes) alone: "till
// 4pm" is "till 4", as the articles' "2 p.m." holds "2"; "pm" after a
// number is no prime minister, and "4pm" no word the articles lack.
func clocks(s string) string {
	return clockTime.ReplaceAllStringFunc(s, func(m string) string {
		g := clockTime.FindStringSubmatch(m)
		if g[2] != "" {
			return g[1] + ":" + g[2]
		}
		return g[1]
	})
}

// shorthandAsUsed reads shorthand that stands for a title after a word
// saying which office (questions.yaml after_office) and for another word
// elsewhere (shorthand) as the title, wherever the articles use the
// title's word and never the other ("the dialysis doc" is a doctor in
// articles that speak of the doctor and of no document), and before a
// speech verb where the articles use neither or title someone so ("the
// hospital doc say", of "Dr Emil Varga", though they speak of documents
// too).
func (e *Engine) shorthandAsUsed(s string) string {
	qw := loadQuestionWords()
	f := strings.Fields(s)
	changed := false
	for i, w := range f {
		core := strings.TrimRight(w, "?!.,;:")
		low := strings.ToLower(core)
		// "the gov's numbers", "lower than the govs": an owner, as only
		// someone is one.
		owner := ""
		if bare := people.StripPossessive(low); bare != low {
			low, owner = bare, core[len(bare):]
		} else if bare, ok := strings.CutSuffix(low, "s"); ok && i > 0 && strings.EqualFold(f[i-1], "the") && qw.AfterOffice[bare] != "" && qw.AfterOffice[low] == "" {
			low, owner = bare, "'s"
		}
		title, ok := qw.AfterOffice[low]
		other, both := qw.Shorthand[low]
		if !ok || !both {
			continue
		}
		if owner != "" && e.someoneTitled(title) {
			// "gov's numbers for monday", in articles with a governor:
			// his, not a government's.
			f[i], changed = title+owner+w[len(core):], true
			continue
		}
		if owner != "" {
			continue
		}
		// "wat did the hospital doc say", in articles that use neither
		// word ("Dr. Emil Sarkany, head of trauma surgery"): whoever says
		// something there is someone.
		// "which doc treated the kid": a deed in the past, done by
		// someone, as a document does none.
		speaks := i+1 < len(f) && (e.speechVerbWord(f[i+1]) || pastDeed(f[i+1]))
		if !(speaks && e.someoneTitled(title)) && (e.vocab.df(e.terms.of(other)) > 0 || e.vocab.df(e.terms.of(title)) == 0 && !speaks) {
			continue
		}
		f[i], changed = title+w[len(core):], true
	}
	if !changed {
		return s
	}
	return strings.Join(f, " ")
}

// someoneTitled reports whether the articles give anyone the title, or
// one the lexicon takes for it ("Dr" for doctor).
func (e *Engine) someoneTitled(title string) bool {
	for i := range e.people {
		for _, t := range e.people[i].titles() {
			for _, w := range tokens(t) {
				if w == title || e.lex.SameTitle(w, title) {
					return true
				}
			}
		}
	}
	return false
}

// speechVerbWord reports a word of a question that is a form of a speech
// verb of the people lexicon ("say", "told"), not one only questions
// ask words by.
func (e *Engine) speechVerbWord(w string) bool {
	v, ok := e.lex.SpeechVerb(strings.ToLower(strings.Trim(w, "?!.,;:")))
	return ok && v.Kind != "question"
}

// pastDeed reports a verb in a form of its own for the past ("treated",
// "took"), not "lists" nor a bare "show".
func pastDeed(w string) bool {
	low := strings.ToLower(strings.Trim(w, "?!.,;:"))
	return !strings.HasSuffix(low, "s") && deedVerb(low) && slices.ContainsFunc(english.Lemmas(low), func(l string) bool { return l != low })
}

// officeShorthand spells out a title's shorthand right after a word
// saying which office it is, itself perhaps shortened ("russian deputy
// justice min", "fin min": minister), or qualifying a title ("chief
// doc": doctor; questions.yaml after_office).
func officeShorthand(s string) string {
	f := strings.Fields(s)
	lx := people.Default()
	changed := false
	for i := 1; i < len(f); i++ {
		core := strings.TrimRight(f[i], "?!.,;:")
		full, ok := loadQuestionWords().AfterOffice[strings.ToLower(core)]
		prev := strings.ToLower(strings.Trim(f[i-1], ",;:"))
		if long, short := loadQuestionWords().Shorthand[prev]; short {
			prev = long // "fin min": the finance minister
		}
		if long, short := loadQuestionWords().OfficeShorthand[prev]; short && (ok || afterOfficeTitle(core) || lx.IsNationalOffice(core)) {
			// "def min": the defence minister; "dep ag minister": the
			// deputy agriculture minister; "the ag ministry": the
			// agriculture ministry.
			prev, f[i-1], changed = long, long, true
		}
		if ok && (lx.IsOffice(prev) || lx.IsSecond(prev) || lx.IsModifier(prev) || lx.PortfolioNames(prev) != nil) {
			f[i], changed = full+f[i][len(core):], true
		}
	}
	if !changed {
		return s
	}
	return strings.Join(f, " ")
}

// afterOfficeTitle reports a title after_office shorthand stands for,
// written out ("minister", "secretary").
func afterOfficeTitle(w string) bool {
	w = strings.ToLower(w)
	for _, full := range loadQuestionWords().AfterOffice {
		if full == w {
			return true
		}
	}
	return false
}

// ages writes an age a question gives as chat does ("54 yr old",
// "54yo", "54 year old") as the articles do: "54-year-old".
func ages(s string) string {
	if !strings.ContainsAny(s, "0123456789") {
		return s
	}
	qw := loadQuestionWords()
	f := strings.Fields(s)
	var out []string
	for i := 0; i < len(f); i++ {
		n, unit := f[i], ""
		if j := strings.IndexFunc(n, func(r rune) bool { return r < '0' || r > '9' }); j > 0 {
			n, unit = n[:j], strings.TrimPrefix(n[j:], "-")
		}
		if _, err := strconv.Atoi(n); err != nil || len(n) > 3 {
			out = append(out, f[i])
			continue
		}
		next := i
		if unit == "" && i+1 < len(f) {
			next, unit = i+1, strings.ToLower(f[i+1])
		}
		unit, old, _ := strings.Cut(strings.ToLower(unit), "-")
		if !slices.Contains(qw.AgeUnits, unit) {
			out = append(out, f[i])
			continue
		}
		switch {
		case strings.TrimRight(old, "?!.,") == "old":
			// "54-yr-old"
		case next+1 < len(f) && strings.EqualFold(strings.TrimRight(f[next+1], "?!.,"), "old"):
			next++
		case slices.Contains(qw.AgeAlone, unit):
		default:
			out = append(out, f[i])
			continue
		}
		out = append(out, n+"-year-old"+trailing(f[next]))
		i = next
	}
	return strings.Join(out, " ")
}

// trailing is the punctuation a word ends with ("old?" → "?").
func trailing(w string) string {
	return w[len(strings.TrimRight(w, "?!.,;:")):]
}

// ageIn is the age a phrase gives someone ("the 54-year-old"), 0 if none.
func ageIn(s string) int {
	for _, w := range strings.Fields(s) {
		if n, ok := strings.CutSuffix(strings.ToLower(strings.TrimRight(w, "?!.,;:")), "-year-old"); ok {
			if a, err := strconv.Atoi(n); err == nil {
				return a
			}
		}
	}
	return 0
}

// amounts writes out the amounts a question shortens as chat does ("45m",
// "€340m", "1.6bn", "20k") as the articles print them: "45 million",
// "20,000".
func amounts(s string) string {
	if !strings.ContainsAny(s, "0123456789") {
		return s
	}
	f := strings.Fields(s)
	changed := false
	for i, w := range f {
		core := strings.TrimRight(w, "?!.,;:")
		j := strings.LastIndexFunc(core, func(r rune) bool { return r >= '0' && r <= '9' })
		if j < 0 || j == len(core)-1 {
			continue
		}
		qw := loadQuestionWords()
		full, ok := qw.NumberSuffix[strings.ToLower(core[j+1:])]
		if !ok {
			// "30km", "6000mw": a unit written onto its number.
			// Not "5pm", whose "pm" is no unit.
			u := strings.ToLower(core[j+1:])
			if full, ok = qw.NumberUnits[u]; !ok {
				if full = unitWords()[u]; full == "" {
					continue
				}
			}
		}
		if n, err := strconv.ParseFloat(core[:j+1], 64); err == nil && full == "thousand" && n*1000 == math.Trunc(n*1000) {
			// "the 19k number": articles print thousands in digits,
			// "19,000".
			f[i], changed = groupedDigits(strconv.Itoa(int(n*1000)))+w[len(core):], true
			continue
		}
		f[i], changed = core[:j+1]+" "+full+w[len(core):], true
	}
	if !changed {
		return s
	}
	return strings.Join(f, " ")
}

// ordinals writes a question's ordinal numbers in digits ("2nd", "21st")
// as the articles would: a word ("second") unless a month stands beside
// it ("may 21st", "the 3rd of november"), where it is a day ("21").
func ordinals(s string) string {
	if !strings.ContainsAny(s, "0123456789") {
		return s
	}
	f := strings.Fields(s)
	words := loadQuestionWords().Ordinals
	changed := false
	for i, w := range f {
		core := strings.TrimRight(w, "?!.,;:")
		n, ok := ordinalNumber(strings.ToLower(core))
		if !ok {
			continue
		}
		word := func(j int) string { return strings.ToLower(strings.Trim(f[j], "?!.,;:")) }
		f[i] = ordinalWord(n, datedAt(len(f), i, word), words) + w[len(core):]
		changed = true
	}
	if !changed {
		return s
	}
	return strings.Join(f, " ")
}

// ordinalNumber reads "2nd", "21st", "4th" as their number.
// datedAt reports the i-th of n words next to a month or day name
// ("21st may", "may 21st", "the 1st of april"): a day, as an ordinal is
// read in questions and articles alike. word gives the j-th word in
// lower case.
func datedAt(n, i int, word func(j int) string) bool {
	cal := func(j int) bool { return j >= 0 && j < n && corpus.CalendarWord(word(j)) }
	return cal(i-1) || cal(i+1) || i+2 < n && word(i+1) == "of" && cal(i+2)
}

// ordinalWord is how an ordinal in digits is read, in questions and in
// the articles alike: the word for it up to the last of words ("2nd":
// "second"), else its digits ("63rd": "63"); next to a month (dated) a
// day, in digits ("may 21st").
func ordinalWord(n int, dated bool, words []string) string {
	if !dated && n <= len(words) {
		return words[n-1]
	}
	return strconv.Itoa(n)
}

func ordinalNumber(w string) (int, bool) {
	if len(w) < 3 {
		return 0, false
	}
	if !slices.Contains(loadQuestionWords().OrdinalSuffix, w[len(w)-2:]) {
		return 0, false
	}
	n, err := strconv.Atoi(w[:len(w)-2])
	return n, err == nil && n > 0
}

// expand replaces each word of s found in sh (lower case, trailing
// punctuation kept) with what it stands for.
func expand(s string, sh map[string]string) (string, bool) {
	f := strings.Fields(s)
	changed := false
	for i, w := range f {
		core := strings.TrimRight(w, "?!.,;:")
		if r, _ := utf8.DecodeRuneInString(core); unicode.IsUpper(r) && loadQuestionWords().BeforeName[strings.ToLower(core)] != "" {
			continue // read already, before a name (beforeNames)
		}
		low := strings.ToLower(core)
		if _, unit := loadQuestionWords().NumberSuffix[low]; unit && len(low) <= 2 && (i == 0 || !isNumber(strings.TrimRight(f[i-1], ",;:"))) {
			// "vera k", "plan b": a letter alone after a word is an
			// initial or a name's; "90 k" is thousands.
			continue
		}
		if full, ok := sh[low]; ok {
			f[i], changed = full+w[len(core):], true
		} else if bare, poss := strings.CutSuffix(strings.ReplaceAll(low, "’", "'"), "'s"); poss && sh[bare] != "" && !strings.Contains(sh[bare], "'") {
			// "the pm's spokesman": the prime minister's.
			f[i], changed = sh[bare]+"'s"+w[len(core):], true
		}
	}
	if !changed {
		return s, false
	}
	return strings.Join(f, " "), true
}

// countryUS writes "us" as "US" where a question means the country ("the
// us", "us troops", "what did us officials say"), so that it is searched
// for rather than dropped as the pronoun.
func countryUS(s string) string {
	if !strings.Contains(s, "us") {
		return s
	}
	pron := loadQuestionWords().pronounUs
	f := strings.Fields(s)
	for i, w := range f {
		core := strings.TrimRight(w, "?!.,;:")
		if core != "us" && core != "u.s" && core != "u.s." {
			continue
		}
		if i > 0 && pron[strings.ToLower(strings.Trim(f[i-1], ",;:"))] {
			continue
		}
		f[i] = "US" + w[len(core):]
	}
	return strings.Join(f, " ")
}
