package index

import (
	"regexp"
	"slices"
	"strings"
	"sync"

	"github.com/talksbot/talksbot/corpus/people"
	"github.com/talksbot/talksbot/index/english"
)

// quoteIntent is a question asking for someone's words: who, and
// optionally about what.
type quoteIntent struct {
	who, about string
	// pronoun: who is a sentence the question's pronoun points back to,
	// whose first person is meant.
	pronoun bool
}

// alternation is a regexp matching any of the words or phrases, longest
// first.
func alternation(words []string) string {
	ws := slices.Clone(words)
	slices.SortFunc(ws, func(a, b string) int { return len(b) - len(a) })
	for i, w := range ws {
		ws[i] = strings.ReplaceAll(regexp.QuoteMeta(w), " ", `\s+`)
	}
	return `(?:` + strings.Join(ws, "|") + `)`
}

// quotePatterns recognise quote questions. Each has a "who" group and an
// "about" group (possibly empty); they run, ignoring case, on the question
// with curly apostrophes straightened and the final punctuation removed.
// Their words come from data: the people model's speech verbs and
// data/questions.yaml.
var quotePatterns = sync.OnceValue(func() []*regexp.Regexp {
	var forms, afterBe []string
	for _, v := range people.Default().SpeechVerbs("ask") {
		forms = append(forms, v.Form)
		if slices.Contains(v.Flags, "that") || strings.HasSuffix(v.Form, "ing") {
			// "what was he told", "what is she saying"; not "what is
			// moscow's reaction to the final text", whose "text" is a
			// noun, as "post" is.
			afterBe = append(afterBe, v.Form)
		}
	}
	qw := loadQuestionWords()
	sayVerbs, aboutWords, quoteNouns := alternation(forms), alternation(qw.AboutWords), alternation(qw.QuoteNouns)
	sayAfterBe := alternation(afterBe)
	reactVerbs := alternation(qw.ReactionVerbs)
	saidLinks := alternation(qw.SaidLinks)
	goingOn := alternation(qw.GoingOnVerbs)
	talkVerbs := alternation(qw.TalkVerbs)
	// Every speech verb's -ing form, questions' or not: "keep telling".
	var ing []string
	for _, v := range people.Default().SpeechVerbs("") {
		if v.Kind == "say" && strings.HasSuffix(v.Form, "ing") {
			ing = append(ing, v.Form)
		}
	}
	sayingForms := alternation(ing)
	return []*regexp.Regexp{
		// "what did pelin keep telling the conductor": words said again
		// and again (questions.yaml going_on_verbs), as said once.
		regexp.MustCompile(`(?i)^(?:so |and |but )?what (?:did|does|do|would) (?P<who>.+?) (?:` + goingOn + `) ` + sayingForms + `(?: (?:` + aboutWords + ` )?(?P<about>.+))?$`),
		regexp.MustCompile(`(?i)^(?:so |and |but )?(?:what|anything)(?: else)? (?:did|does|do|has|have|had|would|will) (?P<who>.+?) (?:have to |got to |had to |gotten to |been |just )?` + sayVerbs + `(?: anything| so far| publicly)?(?: (?:` + aboutWords + ` )?(?P<about>.+))?$`),
		regexp.MustCompile(`(?i)^(?:so |and |but )?(?:what|anything)(?: else)? (?:was|is|are|were) (?P<who>.+?) (?:just )?` + sayAfterBe + `(?: anything| so far| publicly)?(?: (?:` + aboutWords + ` )?(?P<about>.+))?$`),
		// "the think tank guy ritter, what is his take on …": the person
		// first, then the question of their words with a possessive.
		regexp.MustCompile(`(?i)^(?P<who>.+?),? (?:so )?what(?:'s| is| was| are) (?:his|her|their) ` + quoteNouns + `(?: ` + aboutWords + ` (?P<about>.+))?$`),
		// "the icrc guy in istanbul, what did they say", "the malta
		// minister, how did she put it": the person first, then the
		// question with a pronoun.
		// "iaea deputy dg - where did she say her people will go": a
		// dash between, and what they said where, when or why.
		regexp.MustCompile(`(?i)^(?P<who>[^?.!]+?)(?:,? (?:so )?(?:what|anything)| [-–—] (?:so )?(?:what|anything)|(?:,| [-–—]) (?:so )?(?:how|where|when|why)) (?:did|does|has|have|would) (?:he|she|they|it) (?:have to )?` + sayVerbs + `(?: (?:` + aboutWords + ` )?(?P<about>.+))?$`),
		// "and how fast did she say they could send people", "how long
		// does he reckon russia keeps suing", "and what was her last
		// word": a follow-up asking how, when or why the one just
		// answered about put something, by a pronoun.
		regexp.MustCompile(`(?i)^(?:so |and |but )?(?:how|why|when|where|what)(?: (?:long|fast|soon|much|many|far|often|exactly|else))? (?:did|does|do|has|have|would|will) (?P<who>he|she) (?:` + sayVerbs + `|` + reactVerbs + `)(?: (?:` + aboutWords + ` )?(?P<about>.+))?$`),
		regexp.MustCompile(`(?i)^(?:so |and |but )?what(?:'s| is| was| were| are) (?P<who>his|her) (?:(?:last|first|final|main|exact|actual|big) )?(?:word|` + quoteNouns + `)(?: (?:` + aboutWords + `|in) (?P<about>.+))?$`),
		regexp.MustCompile(`(?i)^(?:did|has|have|does) (?P<who>.+?) (?:` + sayVerbs + `|` + talkVerbs + `)(?: anything)? (?:about|on|regarding) (?P<about>.+)$`),
		// "did the teacher who got freed say anything", "did stral
		// himself say anything at the donor thing": whether someone said
		// anything at all, which their words answer, where or when given.
		regexp.MustCompile(`(?i)^(?:so |and |but )?(?:did|has|have|does) (?P<who>.+?) (?:` + sayVerbs + `|` + talkVerbs + `) anything(?: (?:else|at all|publicly))?(?: (?P<about>.+))?$`),
		// "did hauswirth say if the heads met", "did she say when …":
		// whether someone said something, which their words answer.
		regexp.MustCompile(`(?i)^(?:so |and |but )?(?:did|has|have|does) (?P<who>.+?) (?:` + sayVerbs + `) (?:anything (?:about|on) )?(?:` + saidLinks + `) (?P<about>.+)$`),
		regexp.MustCompile(`(?i)^(?:what|how) (?:did|does|has) (?P<who>.+?) ` + reactVerbs + `(?: (?:(?:to|on) )?(?P<about>.+))?$`),
		regexp.MustCompile(`(?i)^what (?:is|was|are|were) (?P<who>.+?)(?:'s|') ` + quoteNouns + `(?: ` + aboutWords + ` (?P<about>.+))?$`),
		regexp.MustCompile(`(?i)^(?:show me |give me |find |list )?(?:all )?(?:the )?(?P<who>.+?)(?:'s|') ` + quoteNouns + `(?: ` + aboutWords + ` (?P<about>.+))?$`),
		// "quotes from claudia major", "any quotes from savenko?".
		regexp.MustCompile(`(?i)^(?:show me |give me |find |list )?(?:all |any )?(?:the )?(?:direct )?` + quoteNouns + ` (?:from|by|of) (?P<who>.+?)(?: ` + aboutWords + ` (?P<about>.+))?$`),
		// "krasnodar depository director defending the move, any
		// quote?": the person, then a request for their words.
		regexp.MustCompile(`(?i)^(?P<who>.+?),? (?:any|some|got any|a) ` + quoteNouns + `$`),
		regexp.MustCompile(`(?i)^(?P<who>.+?) ` + quoteNouns + `(?: ` + aboutWords + ` (?P<about>.+))?$`),
		regexp.MustCompile(`(?i)^what (?P<who>.+?) ` + sayVerbs + `(?: ` + aboutWords + ` (?P<about>.+))?$`),
		regexp.MustCompile(`(?i)^quote (?P<who>.+?)(?: ` + aboutWords + ` (?P<about>.+))?$`),
		// "major savchuk said what", "peskov said what about the truce":
		// the person, then the question as an echo.
		regexp.MustCompile(`(?i)^(?P<who>[^?.!,]+?) (?:` + sayVerbs + `) what(?: exactly)?(?: ` + aboutWords + ` (?P<about>.+))?$`),
		// "anything else from him on the mines": more of someone's words.
		regexp.MustCompile(`(?i)^(?:and )?(?:anything|something|more) (?:else )?from (?P<who>\S+(?: \S+){0,3}?)(?: ` + aboutWords + ` (?P<about>.+))?$`),
	}
})

// patternText is a question as the patterns read it: curly apostrophes
// straightened, spaces collapsed, the final punctuation removed. Patterns
// match ignoring case; the names keep the asker's capitals.
func patternText(q string) string {
	s := strings.ReplaceAll(strings.TrimSpace(q), "’", "'")
	s = strings.Join(strings.Fields(s), " ")
	return strings.TrimRight(s, "?!. ")
}

// parseQuoteQuestion recognises "what did X say (about Y)" and its kin.
// A question asked last after a sentence that sets its subject ("and if
// the timetable slips? what did aydin say", "amsler was asked if the
// interest is russia's - what did she say") is read with that sentence as
// what it is about.
func parseQuoteQuestion(q string) (quoteIntent, bool) {
	s := withoutClosingRequest(patternText(q))
	if in, ok := parseQuoteSentence(s); ok {
		return in, true
	}
	for _, sep := range []string{"? ", ". ", "! ", ", ", " - ", " – ", " — "} {
		i := strings.LastIndex(s, sep)
		if i < 0 {
			continue
		}
		in, ok := parseQuoteSentence(s[i+len(sep):])
		if !ok {
			continue
		}
		earlier := strings.TrimSpace(s[:i])
		switch strings.ToLower(in.who) {
		case "he", "she", "they", "him", "her":
			if in.about != "" && !slices.Contains(loadQuestionWords().AboutPronouns, strings.ToLower(in.about)) && len(strings.Fields(earlier)) <= maxFrontedWho {
				// "and his wife? what did she say abt the forms": a few
				// words saying who, then what about.
				return quoteIntent{who: trimOpenings(earlier, []string{"and", "so", "but"}), about: in.about, pronoun: true}, true
			}
			// "the senator talked to hordiienko? what did she say about
			// it": the one the sentence before is about.
			return quoteIntent{who: earlier, about: earlier, pronoun: true}, true
		}
		if in.about == "" || slices.Contains(loadQuestionWords().AboutPronouns, strings.ToLower(in.about)) {
			in.about = earlier
			return in, true
		}
		if sep == "? " {
			// "russia paying into the fund? what did voronin tell le
			// monde": the question before says what about, and where
			// they said it goes with it.
			in.about = earlier + " " + in.about
			return in, true
		}

	}
	// "what else did ukraine's chief negotiator add, smth about the first
	// page": the question of someone's words, then, past a comma, what
	// about.
	if i := strings.Index(s, ", "); i > 0 {
		if in, ok := parseQuoteSentence(s[:i]); ok && in.about == "" {
			qw := loadQuestionWords()
			in.about = trimOpenings(trimOpenings(strings.TrimSpace(s[i+2:]), qw.AboutLead), qw.AboutWords)
			return in, true
		}
	}
	return quoteIntent{}, false
}

// withoutClosingRequest is s without a last sentence that only asks
// for the words themselves ("did meireles say anything abt the list?
// quote pls", "… they did everything they could?? exact words"): the
// question before it says whose and about what.
func withoutClosingRequest(s string) string {
	qw := loadQuestionWords()
	for _, sep := range []string{"? ", ". ", "! ", ", ", " - "} {
		i := strings.LastIndex(s, sep)
		if i <= 0 {
			continue
		}
		f := strings.Fields(strings.ToLower(strings.Trim(s[i+len(sep):], "?!. ")))
		request := len(f) > 0
		for _, w := range f {
			request = request && (slices.Contains(qw.QuoteNouns, w) || slices.Contains(qw.QuoteNounMods, w) || slices.Contains(qw.ClosingRequests, w))
		}
		if request {
			return strings.TrimRight(s[:i], "?!. ")
		}
	}
	return s
}

// maxFrontedWho is the most words set before a question whose speaker is
// a pronoun that are read as who the pronoun is, not as what about ("and
// his wife? what did she say abt the forms").
const maxFrontedWho = 4

func parseQuoteSentence(s string) (quoteIntent, bool) {
	qw := loadQuestionWords()
	// "the warsaw think tank analyst": "think" in a compound noun is no
	// verb asking for words; its space is held while the patterns run.
	if c, i, ok := holdsPhrase(strings.ToLower(s), qw.VerbCompounds); ok {
		s = s[:i] + strings.ReplaceAll(s[i:i+len(c)], " ", compoundSpace) + s[i+len(c):]
	}
	in, ok := matchQuotePatterns(s)
	in.who = strings.ReplaceAll(in.who, compoundSpace, " ")
	in.about = strings.ReplaceAll(in.about, compoundSpace, " ")
	return in, ok
}

// compoundSpace stands for the space inside a compound noun while the
// quote patterns run: no pattern's words or spaces match it.
const compoundSpace = "\u00a0"

func matchQuotePatterns(s string) (quoteIntent, bool) {
	qw := loadQuestionWords()
	for _, re := range quotePatterns() {
		wi, ai := re.SubexpIndex("who"), re.SubexpIndex("about")
		masked := s
		for try := 0; try < 3; try++ {
			m := re.FindStringSubmatchIndex(masked)
			if m == nil || m[2*wi] < 0 {
				break
			}
			group := func(i int) string {
				if i <= 0 || m[2*i] < 0 {
					return ""
				}
				return strings.TrimSpace(s[m[2*i]:m[2*i+1]])
			}
			// "the lozova woman - what did she say": the dash sets them
			// apart, no part of who they are.
			in := quoteIntent{who: strings.TrimRight(group(wi), " -–—"), about: group(ai)}
			// "what is moscows reaction to …": the question's opening is
			// no part of who reacted.
			in.who = trimOpenings(trimOpenings(in.who, qw.SpeakerOpen), qw.SpeakerDet)
			in.who = trimReflexive(trimStance(in.who))
			if in.about == "" {
				in.who, in.about = participleSplit(in.who)
			}
			if in.about == "" {
				in.who, in.about = timeSplit(in.who)
			}
			if slices.ContainsFunc(qw.SpeakerDet, func(d string) bool { return strings.EqualFold(in.who, d) }) || !whoComplete(in.who) && verbBeforeTitle(masked, m[2*wi+1]+1) {
				// "what did the state dept spox say": after "the", "state"
				// is a noun, not the verb; the verb is further on.
				end := m[2*wi+1] + 1
				next := strings.IndexByte(masked[end:], ' ')
				if next < 0 {
					next = len(masked) - end
				}
				masked = masked[:end] + strings.Repeat("_", next) + masked[end+next:]
				continue
			}
			if in.who == "" || strings.Count(in.who, " ") > 6 || asksInside(in.who) || qw.filler[strings.ToLower(in.who)] || noOneIn(in.who) {
				// "who said what about the dam": a question word is no one.
				break
			}
			return in, true
		}
	}
	return quoteIntent{}, false
}

// trimStance drops the words closing who that say how the question is
// asked, not whom it asks about (questions.yaml stance_adverbs,
// closing_adverbs: "what did the lawmaker actually say" asks what the
// lawmaker said). A who of one word is kept.
func trimStance(who string) string {
	qw := loadQuestionWords()
	f := strings.Fields(who)
	for len(f) > 1 {
		last := strings.ToLower(f[len(f)-1])
		if !slices.Contains(qw.StanceAdverbs, last) && !slices.Contains(qw.ClosingAdverbs, last) {
			break
		}
		f = f[:len(f)-1]
	}
	return strings.Join(f, " ")
}

// noOneIn reports a who read from a question that calls no one: only
// the words describing a quote ("exact words": questions.yaml
// quote_noun_modifiers), or a sentence's opening saying a quote exists
// ("theres a quote about the operators": existential_openings, with the
// determiners after them).
func noOneIn(who string) bool {
	qw := loadQuestionWords()
	f := strings.Fields(strings.ToLower(who))
	mods := true
	for _, w := range f {
		mods = mods && slices.Contains(qw.QuoteNounMods, w)
	}
	if mods {
		return true
	}
	low := strings.ToLower(who)
	open, ok := startsWithPhrase(low, qw.ExistentialOpenings)
	if !ok {
		return false
	}
	for _, w := range strings.Fields(low[len(open):]) {
		if !slices.Contains(qw.GenericDet, w) && !slices.Contains(qw.SpeakerDet, w) && !slices.Contains(qw.QuoteNounMods, w) {
			return false
		}
	}
	return true
}

// trimReflexive drops a word ending who that says it is them, not
// whoever speaks for them (questions.yaml reflexives: "the airline boss
// himself" is the airline boss).
func trimReflexive(who string) string {
	f := strings.Fields(who)
	if len(f) > 1 && reflexive(f[len(f)-1]) {
		return strings.Join(f[:len(f)-1], " ")
	}
	return who
}

// reflexive reports a word saying it is someone themselves ("himself",
// "herself": questions.yaml reflexives), in any case.
func reflexive(w string) bool {
	return slices.Contains(loadQuestionWords().Reflexives, strings.ToLower(w))
}

// participleSplit cuts a speaker read with what they were doing
// ("krasnodar depository director defending the move") at the verb's
// -ing form: who, and what their words are about. Not at the first word,
// nor at a name ("the browning report"), nor after a word that calls
// anyone ("the guy driving the front lorry"): what they were doing is
// then who they are.
func participleSplit(who string) (string, string) {
	f := strings.Fields(who)
	for i := 1; i+1 < len(f); i++ {
		w := strings.ToLower(f[i])
		if !strings.HasSuffix(w, "ing") || len(w) < 6 {
			continue
		}
		if e, _ := asEnglish(w); e.POS != 'v' || e.Name {
			continue
		}
		if onlyWordsForAnyone(f[:i]) || people.Default().IsPreposition(strings.ToLower(f[i+1])) {
			// "the guy driving the front lorry", "the vet nurse
			// riding with the bears": what they were doing, or where,
			// says who they are.
			return who, ""
		}
		return strings.Join(f[:i], " "), strings.Join(f[i+1:], " ")
	}
	return who, ""
}

// timeSplit splits who, as a question fronts it, at a word saying when
// (questions.yaml time_links: "matusz after the mortars, what did he
// say"): the one asked about, and the words the time gives, which their
// words on it answer. Who alone when it holds no such word after its
// first.
func timeSplit(who string) (string, string) {
	f := strings.Fields(who)
	for i := 1; i+1 < len(f); i++ {
		if slices.Contains(loadQuestionWords().TimeLinks, strings.ToLower(f[i])) {
			return strings.Join(f[:i], " "), strings.Join(f[i+1:], " ")
		}
	}
	return who, ""
}

// onlyWordsForAnyone reports words that call someone and say nothing of
// whom ("the guy", "that lady": questions.yaml person_nouns, after a
// determiner of speaker_determiners or generic_determiners).
func onlyWordsForAnyone(ws []string) bool {
	qw := loadQuestionWords()
	calls := false
	for _, w := range ws {
		switch w = strings.ToLower(w); {
		case slices.Contains(qw.SpeakerDet, w) || slices.Contains(qw.GenericDet, w):
		case qw.personNoun[w]:
			calls = true
		default:
			return false
		}
	}
	return calls
}

// verbBeforeTitle reports a word read as the verb at end that stands
// before a title or a body's word, as a noun ("what did the german state
// secretary say": "state" names the secretary's office, it asks for no
// words).
func verbBeforeTitle(s string, end int) bool {
	if end >= len(s) {
		return false
	}
	f := strings.Fields(s[end:])
	if len(f) < 2 {
		return false
	}
	lx := people.Default()
	// Only a verb's base form that is a noun too ("state", "report",
	// "comment"): "say", "told" are never part of a name.
	if v, ok := lx.SpeechVerb(strings.ToLower(f[0])); !ok || len(v.Flags) != 1 || v.Flags[0] != "ask" {
		return false
	}
	next := strings.ToLower(strings.Trim(f[1], ",.?!"))
	return lx.IsTitleNoun(next) || lx.IsOrganisationWord(next)
}

// whoComplete reports words read as who that end in what calls someone
// whole: a title or a word for a person ("the colonel"), or a word
// English does not know, a name ("zelenko"). "what did the colonel tell
// parliament" then asks for the colonel's words, as "what did the state
// dept spox say" still reads "state" as no verb.
func whoComplete(who string) bool {
	f := strings.Fields(strings.ToLower(who))
	if len(f) == 0 {
		return false
	}
	last := f[len(f)-1]
	lx := people.Default()
	return lx.IsTitleNoun(last) || lx.IsPersonNoun(last) || !english.Lookup(last).Known
}

// asksInside reports a question word inside what was read as a speaker
// ("kherson deminer how long will clearing take" is no one's "take"),
// or one asking for a person opening it ("who translated the tkachuk
// interview"): the question is not for someone's words.
func asksInside(who string) bool {
	qw := loadQuestionWords()
	for i, w := range strings.Fields(strings.ToLower(who)) {
		if slices.Contains(qw.AskingWords, w) || i == 0 && slices.Contains(qw.PersonAsking, w) {
			return true
		}
	}
	return false
}

// trimOpenings takes off the front of s, one after another in the order
// listed, each of the words that opens it (case aside), leaving what
// follows.
func trimOpenings(s string, openings []string) string {
	for _, o := range openings {
		o += " "
		if len(s) > len(o) && strings.EqualFold(s[:len(o)], o) {
			s = s[len(o):]
		}
	}
	return s
}

// personPatterns recognise questions about a person: "who is X", "tell me
// about X". They run like quotePatterns; the "who" group is a person only
// if it names one (see Engine.resolveName), else the question is searched.
var personPatterns = []*regexp.Regexp{
	regexp.MustCompile(`(?i)^(?:so |and |but )?who(?: exactly| actually)?(?:'s| is| was| are| were)(?: exactly| actually| even)?(?: this| that)? (?P<who>.+)$`),
	regexp.MustCompile(`(?i)^(?:please )?(?:tell (?:me|us)|talk|what do (?:we|you) know|what can you tell (?:me|us)|what about|anything|info|information)(?: more)? (?:about|on) (?P<who>.+)$`),
	// "what does thomas reilly do", "what's okafor's job": what someone
	// is, asked by what they do.
	regexp.MustCompile(`(?i)^what(?:'s|s| is| does| do)? (?P<who>.+?)(?:'s|’s)? (?:do|job|role|title|position)(?: for a living| now| exactly)?$`),
	// "larysa dovzhenko, what does she do", "serhiy marchenko wat job":
	// the name first, then what they do asked of them.
	regexp.MustCompile(`(?i)^(?P<who>[^,?]+?)\s*[,\-–—]?\s+(?:what|wat)(?:'s|s| is)?(?: (?:his|her|their))? (?:job|role|title|position|background)\??$`),
	regexp.MustCompile(`(?i)^(?P<who>[^,?]+?)\s*[,\-–—]?\s+(?:what|wat) (?:does|do) (?:he|she|they) do(?: for a living| now| exactly)?\??$`),
	// "whats the name of the swiss foreign minister": who holds a title,
	// asked by their name.
	regexp.MustCompile(`(?i)^(?:what(?:'s|s| is| was) )?(?:the )?(?:full )?name of (?P<who>.+)$`),
	// "umerov who", "kallas, who is that", "nadia el amrani is who":
	// the name first, then the question.
	regexp.MustCompile(`(?i)^(?P<who>[^,]+?),?(?: is| was)? who(?:'s| is| was)?(?: (?:that|this|he|she|they|it))?$`),
}

// nameQuestionPatterns read a question asking for someone's name:
// "whats the name of the watchman who got hurt" (the words for a name
// first, then whose), "whats the co-pilots name", "whats teodors last
// name, the cafe guy" (whose first). The "word" group is the word for the
// name (questions.yaml name_words or surname_words).
var nameQuestionPatterns = sync.OnceValue(func() []*regexp.Regexp {
	qw := loadQuestionWords()
	words := alternation(append(slices.Clone(qw.NameWords), qw.SurnameWords...))
	const open = `(?i)^(?:so |and |but |ok )?(?:what|wat)(?:'s|s| is| was| are| were) `
	return []*regexp.Regexp{
		regexp.MustCompile(open + `(?:the |his |her |their )?(?P<word>` + words + `) of (?P<who>.+?)$`),
		regexp.MustCompile(open + `(?P<who>.+?)(?:'s|'|’s)? (?P<word>` + words + `)(?:\s*[,;\-–—]\s*.+)?$`),
		// "what's the nurse's name at the dna lab": whose, the word for
		// the name, then where they are.
		regexp.MustCompile(open + `(?P<who>.+?)(?:'s|'|’s) (?P<word>` + words + `) (?P<more>` + alternation(qw.NamePlaceLinks) + ` .+?)$`),
		// "whats hrebel's wife called": whom, then the word for being
		// named.
		regexp.MustCompile(open + `(?P<who>.+?) ` + alternation(qw.NamingWords) + `$`),
	}
})

// maxNameAskWords is the most words a description asked the name of may
// run to ("the commander of the russian guards at the plant").
const maxNameAskWords = 12

// nameQuestion reads a question (as patternText gives it) asking for
// someone's name (nameQuestionPatterns): whom it asks about, a word for
// a person, a relative or a name among it ("the co-pilots" read as "the
// co-pilot"), and which name it asks for. Not "whats the name of the
// checkpoint": no one.
func (e *Engine) nameQuestion(q string) (string, nameAsk, bool) {
	who, name, someone := e.nameAsked(q)
	if !someone {
		return "", nameNone, false
	}
	return who, name, true
}

// thingNameAsked is the thing a question asks "the name of" when it is
// no one ("whats the name of the hotel where the talks r"); "" when it
// asks no name or someone's. Not "what is the deal called", which a name
// for it answers wherever it stands.
func (e *Engine) thingNameAsked(q string) string {
	who, _, someone := e.nameAsked(q)
	low := strings.ToLower(q)
	if someone || !slices.ContainsFunc(loadQuestionWords().NameWords, func(w string) bool { return strings.Contains(low, w+" of ") }) {
		return ""
	}
	return who
}

// nameAsked reads whose name a question asks for (nameQuestion): the
// description, what name, and whether it is someone's; who is "" when
// it asks for no name.
func (e *Engine) nameAsked(q string) (string, nameAsk, bool) {
	s := strings.TrimRight(q, " ?!.") // as patternText gives it
	qw := loadQuestionWords()
	low, asks := strings.ToLower(s), false
	for _, ws := range [][]string{qw.NameWords, qw.SurnameWords, qw.NamingWords} {
		asks = asks || slices.ContainsFunc(ws, func(w string) bool { return strings.Contains(low, w) })
	}
	if !asks {
		return "", nameNone, false
	}
	for _, re := range nameQuestionPatterns() {
		m := re.FindStringSubmatch(s)
		if m == nil {
			continue
		}
		who := strings.TrimSpace(m[re.SubexpIndex("who")])
		if i := re.SubexpIndex("more"); i > 0 {
			who += " " + m[i]
		}
		f := strings.Fields(who)
		if len(f) == 0 || len(f) > maxNameAskWords {
			continue
		}
		if last := strings.ToLower(f[len(f)-1]); strings.HasSuffix(last, "s") {
			// "the linemans", "teodors": the owner, written without
			// the apostrophe.
			if bare := strings.TrimSuffix(last, "s"); e.wordForSomeone(bare) || e.resolveName(bare) != nil {
				f[len(f)-1] = f[len(f)-1][:len(f[len(f)-1])-1]
				who = strings.Join(f, " ")
			}
		}
		someone := e.resolveName(who) != nil
		for _, w := range strings.Fields(strings.ToLower(who)) {
			w = strings.Trim(w, ",.;:'’")
			someone = someone || e.wordForSomeone(w) || e.lex.IsKin(w)
		}
		if !someone {
			return who, nameNone, false // a thing's name (thingNameAsked)
		}
		name := nameAny
		if i := re.SubexpIndex("word"); i > 0 && slices.ContainsFunc(qw.SurnameWords, func(w string) bool {
			return strings.EqualFold(strings.Join(strings.Fields(m[i]), " "), w)
		}) {
			name = nameSurname
		}
		return who, name, true
	}
	return "", nameNone, false
}

// reSecondQuestion opens a second question about the person a "who is"
// question names: a comma or "and", then a question word or a verb that
// opens a yes-no question (questions.yaml asking_words and the yes-no
// openings).
var reSecondQuestion = sync.OnceValue(func() *regexp.Regexp {
	qw := loadQuestionWords()
	words := append(slices.Clone(qw.AskingWords), qw.Kinds[asksYesNo].Start...)
	return regexp.MustCompile(`(?i)(?:,\s*|\s+and\s+)` + alternation(words) + `\b`)
})

// parsePersonQuestion returns who a "who is X" question asks about.
func parsePersonQuestion(q string) (string, bool) {
	s := patternText(q)
	for _, re := range personPatterns {
		m := re.FindStringSubmatch(s)
		if m == nil {
			continue
		}
		who := strings.TrimSpace(m[re.SubexpIndex("who")])
		if i := reSecondQuestion().FindStringIndex(who); i != nil && i[0] > 0 {
			// "who is tomasz wielgosz and where does he work", "who is
			// sanna halonen, is she related to the un general": the
			// person, then a second question about them.
			who = who[:i[0]]
		}
		// "who is sarsenbayeva exactly", "who is the plant director,
		// background?": words closing the question that say how it is
		// asked, or what of them, not who.
		qw := loadQuestionWords()
		for f := strings.Fields(who); len(f) > 1 && strings.HasPrefix(strings.ToLower(s), "who"); f = strings.Fields(who) {
			if last := strings.ToLower(f[len(f)-1]); !slices.Contains(qw.ClosingAdverbs, last) && !slices.Contains(qw.ClosingRequests, last) {
				break
			}
			who = strings.TrimRight(strings.Join(f[:len(f)-1], " "), " ,;-–—")
		}
		if who == "" || strings.Count(who, " ") > 7 || doing(who) {
			continue
		}
		return who, true
	}
	return "", false
}

// doing reports a "who is" question that asks who does something, not
// who someone is: "who is mediating the pow swaps", "who is paying for
// the mission".
func doing(who string) bool {
	f := strings.Fields(strings.ToLower(who))
	if len(f) < 2 || !strings.HasSuffix(f[0], "ing") {
		return false
	}
	// "hosting", "chairing": after "who is", a verb's, though English
	// uses "host" and "chair" mostly as nouns.
	for _, l := range english.Lemmas(f[0]) {
		if x := english.Lookup(l); l != f[0] && (x.POS == 'v' || x.Known && f[0] == l+"ing") {
			return true
		}
	}
	return false
}

// possessiveWords reads a question that names someone as the owner of
// words anywhere in it: "oksana's prediction for the vote", "what was
// martas rule for the pow lists", "what's wierzbicki's main point in the
// op ed", "rubios quote when he landed". The owner must be someone the
// articles name, by name (a possessive without its apostrophe is only
// read so for a name); the noun one of the quote or view nouns, after at
// most two words like "main" or "own"; what follows it, past a link
// ("for", "when", "about"), is what the words were about.
func (e *Engine) possessiveWords(s string) (who, about string, p *person, ok bool) {
	qw := loadQuestionWords()
	f := strings.Fields(s)
	isNoun := func(w string) bool {
		w = strings.ToLower(strings.Trim(w, ",;:"))
		return slices.Contains(qw.QuoteNouns, w) || slices.Contains(qw.ViewNouns, w)
	}
	if agentAsked(f, qw) {
		// "who read vasko's statement at the briefing": who did it, of
		// whom the statement is only what they did it to.
		return "", "", nil, false
	}
	for i := 0; i+1 < len(f); i++ {
		// The noun first: a name is looked up only before one of them
		// (every question comes here, and most have plurals).
		j := i + 1
		for k := 0; k < 2 && j < len(f)-1 && slices.Contains(qw.QuoteNounMods, strings.ToLower(f[j])); k++ {
			j++
		}
		if !isNoun(f[j]) {
			continue
		}
		w := strings.Trim(f[i], ",;:")
		if pron := qw.PossessivePron[strings.ToLower(w)]; pron != "" && len(e.findPeople(strings.Join(f[:i], " "))) == 0 {
			// "and his later claim about ukrainian power plants": the
			// person the answer before was about, if the pronoun fits;
			// not in "the think tank guy ritter, whats his take", which
			// names him first.
			return pron, possessiveAbout(f[j:]), nil, true
		}
		// "oksana's", "castellanos'", or, typed without its
		// apostrophe, "martas".
		stem, had := people.StripPossessive(w), people.Possessive(w)
		if !had {
			stem, had = strings.CutSuffix(w, "s")
		}
		if !had || stem == "" {
			continue
		}
		// The owner's name: the word, with the one before it when both
		// name the same person ("oksana levchuk's").
		name := stem
		if p = e.resolveName(name); p == nil {
			continue
		}
		if i > 0 {
			if q := e.resolveName(f[i-1] + " " + stem); q == p {
				name = f[i-1] + " " + stem
			}
		}
		return name, possessiveAbout(f[j:]), p, true
	}
	return "", "", nil, false
}

// agentAsked reports a question opening with "who" and a verb of its
// own ("who read …", "who wrote …"; not "who is …", "who did …"): it
// asks who did something, not for anyone's words.
func agentAsked(f []string, qw *questionWords) bool {
	if len(f) < 2 || !slices.Contains(qw.Kinds["who"].Start, strings.ToLower(f[0])) {
		return false
	}
	next := strings.ToLower(f[1])
	return !slices.Contains(qw.Kinds["yesno"].Start, next) && english.Lookup(next).POS == 'v'
}

// possessiveAbout is what the words from someone's quote noun on say
// they were about: past a link ("for", "when", "about"), with the noun
// when it tells what kind of words they were ("prediction").
func possessiveAbout(from []string) string {
	qw := loadQuestionWords()
	rest := from[1:]
	if slices.Contains(qw.TellingNouns, strings.ToLower(strings.Trim(from[0], ",;:"))) {
		rest = from // "prediction for the vote"
	} else if len(rest) > 0 {
		l := strings.ToLower(rest[0])
		if slices.Contains(qw.AboutWords, l) || slices.Contains(qw.QuoteNounLinks, l) {
			rest = rest[1:]
		}
	}
	return strings.Trim(strings.Join(rest, " "), " ,")
}
