package index

import (
	"context"
	_ "embed"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"

	"github.com/talksbot/talksbot/corpus"
	"github.com/talksbot/talksbot/corpus/people"
	"github.com/talksbot/talksbot/index/english"
)

// asks is what kind of answer a question wants.
type asks string

// The kinds of question the intent step tells apart.
const (
	asksSaid    asks = "said"    // what someone said (about something)
	asksPerson  asks = "person"  // who someone is, or about someone
	asksWhen    asks = "when"    // a date or time
	asksWhere   asks = "where"   // a place
	asksHowMany asks = "howmany" // a number, amount or duration
	asksOrg     asks = "org"     // an organisation's name
	asksWho     asks = "who"     // a person or body, not named in the question
	asksAuthor  asks = "author"  // who wrote an article the question describes
	asksYesNo   asks = "yesno"   // did/is/will …
	asksAge     asks = "age"     // how old someone is
	asksSearch  asks = "search"  // keywords, what/why/how
)

// intent is a question understood: the one place where the words as
// asked become what the engine looks for. Every later stage (resolving
// people, retrieving, ranking, rendering) reads this, never the raw text.
type intent struct {
	asked string // the question as the member sent it
	text  string // normalised: Discord syntax, Markdown and links removed
	kind  asks
	// who is the person the question names as asked ("the Kremlin
	// spokesman", "peskof"), for said and person questions.
	who string
	// about is the subject of a said question ("the Christmas truce").
	about string
	// found is the person the people model read in the question as
	// asked, when it read one ("foreign ministry spokeswoman voloshyna":
	// a role and a name of the same person): what who resolves to when
	// resolving who alone does not.
	found *person
	// content is the text searched for passages: the question without
	// the phrase that gave its kind ("how long", "which organisation").
	content string
	// counts says a "how many" question, whose content opens with what
	// it counts ("how many mines did they find").
	counts bool
	// measures says a question asking for a measure ("how long does the
	// pause last"): a number with its unit answers it.
	measures bool
	// clock says a question asking for a time of day ("what time did
	// they sign"): a clock time answers it.
	clock bool
	// reason says a question asking why: a passage giving a cause ranks
	// a little higher.
	reason bool
	// show is the show a person asked for spoke on, as the question
	// names it ("podcast" of "the dutch analyst on the podcast"): whoever
	// answers must speak on one (onShow).
	show string
	// described is what a "which" question calls the one it asks for
	// ("which councillor reported the marker stone": councillor), read
	// as a "who" question about the rest; its words are searched too.
	described string
	// name says a person question asks for a name ("whats the name of
	// the guard who turned them back") or a surname ("whats tomas the
	// linemans surname"): one the articles do not give, they do not
	// answer, whatever passages speak of the one asked about.
	name nameAsk
	// holders are the titles of the one person a "who" question asks
	// for by what they do ("who led the russian delegation": the leader
	// of the russian delegation, its head), as the articles title people.
	holders []holder
}

// nameAsk is the name a person question asks for, if any.
type nameAsk uint8

const (
	nameNone    nameAsk = iota
	nameAny             // "whats the name of the co-pilot"
	nameSurname         // "whats teodors last name": more than a given name
)

// holder is a title a "who" question asks for: its noun ("leader") and
// the words of what it is of ("russian delegation").
type holder struct {
	noun string
	of   []string
}

// String is the holder as a description: "leader of the russian
// delegation".
func (h holder) String() string { return h.noun + " of the " + strings.Join(h.of, " ") }

// holdersOf reads a "who" question's content that opens with a verb
// whose doer has a title ("led the russian delegation", "is chairing
// the cell"): that title of what follows, one description for each of
// the verb's nouns (questions.yaml agent_nouns). Nil for any other.
func holdersOf(content string) []holder {
	f := strings.Fields(strings.Trim(strings.ToLower(content), " ?!."))
	for len(f) > 0 && slices.Contains(loadQuestionWords().AgentOpenings, f[0]) {
		f = f[1:]
	}
	if len(f) < 2 {
		return nil
	}
	var nouns []string
	for _, l := range english.Lemmas(f[0]) {
		nouns = append(nouns, loadQuestionWords().AgentNouns[l]...)
	}
	rest := slices.DeleteFunc(slices.Clone(f[1:]), func(w string) bool { return w == "the" })
	for i, w := range rest {
		// "who led the russian team in istanbul": the team, wherever.
		if i > 0 && people.Default().IsPreposition(w) {
			rest = rest[:i]
			break
		}
	}
	if len(nouns) == 0 || len(rest) == 0 || len(rest) > 6 {
		return nil
	}
	var out []holder
	for _, n := range nouns {
		out = append(out, holder{noun: n, of: rest})
	}
	return out
}

// want is the type of thing a right passage holds for the question.
func (in intent) want() answerType {
	switch in.kind {
	case asksWhen:
		if in.clock {
			return typeDate | typeClock
		}
		return typeDate
	case asksWhere:
		return typePlace
	case asksHowMany:
		if in.measures {
			return typeNumber | typeMeasure
		}
		return typeNumber
	case asksOrg:
		return typeOrg
	case asksWho:
		return typeAgent
	case asksSearch:
		if in.reason {
			return typeReason
		}
	}
	return typeNone
}

//go:embed data/questions.yaml
var questionsYAML []byte

// questionWords are the phrases that give a question its kind, and the
// words that are question syntax (data/questions.yaml).
type questionWords struct {
	Kinds map[asks]struct {
		Start    []string `yaml:"start"`
		Anywhere []string `yaml:"anywhere"`
		End      []string `yaml:"end"`
		Measures []string `yaml:"measures"`
		// Counting are the openings after which the question names what
		// it counts ("how many mines did they find").
		Counting []string `yaml:"counting"`
		// Measuring are the openings asking for a number with its unit
		// ("how long": "It runs for 30 days").
		Measuring []string `yaml:"measuring"`
		// Clocking are the openings asking for a time of day ("what
		// time did they sign"): a clock time answers.
		Clocking []string `yaml:"clocking"`
		// Lasting are the verbs (lemmas) a measure answers ("last").
		Lasting []string `yaml:"lasting"`
	} `yaml:"kinds"`
	Filler           []string            `yaml:"filler"`
	PronounUsAfter   []string            `yaml:"pronoun_us_after"`
	QuoteNouns       []string            `yaml:"quote_nouns"`
	AboutWords       []string            `yaml:"about_words"`
	SaidLinks        []string            `yaml:"said_links"`
	AgentNouns       map[string][]string `yaml:"agent_nouns"`
	AgentOpenings    []string            `yaml:"agent_verb_openings"`
	LightVerbs       []string            `yaml:"light_verbs"`
	LightParticles   []string            `yaml:"light_verb_particles"`
	LightDeterminers []string            `yaml:"light_verb_determiners"`
	ReactionVerbs    []string            `yaml:"reaction_verbs"`
	StanceWords      []string            `yaml:"stance_words"`
	StanceAdverbs    []string            `yaml:"stance_adverbs"`
	Shorthand        map[string]string   `yaml:"shorthand"`
	Units            []string            `yaml:"units"`
	NumberUnits      map[string]string   `yaml:"number_units"`
	AbsentShorthand  map[string][]string `yaml:"absent_shorthand"`
	PlaceSuffixes    []string            `yaml:"place_suffixes"`
	Ordinals         []string            `yaml:"ordinals"`
	OrdinalSuffix    []string            `yaml:"ordinal_suffixes"`
	NumberSuffix     map[string]string   `yaml:"number_suffixes"`
	OriginWords      []string            `yaml:"origin_words"`
	QualifierLinks   []string            `yaml:"qualifier_links"`
	FormerJoins      []string            `yaml:"former_joins"`
	ListenerPronouns []string            `yaml:"listener_pronouns"`
	UnnamedWords     []string            `yaml:"unnamed_words"`
	UnnamedPhrases   []string            `yaml:"unnamed_phrases"`
	NameWords        []string            `yaml:"name_words"`
	SurnameWords     []string            `yaml:"surname_words"`
	SideSpeaker      string              `yaml:"side_speaker"`
	TitleShorthand   map[string]string   `yaml:"title_shorthand"`
	AfterOffice      map[string]string   `yaml:"after_office"`
	BeforeName       map[string]string   `yaml:"before_name"`
	OfficeShorthand  map[string]string   `yaml:"office_shorthand"`
	PersonNouns      []string            `yaml:"person_nouns"`
	Reflexives       []string            `yaml:"reflexives"`
	NounGender       map[string][]string `yaml:"person_noun_gender"`
	MediumWords      []string            `yaml:"medium_words"`
	MediumLinks      []string            `yaml:"medium_links"`
	VenueWords       []string            `yaml:"venue_words"`
	WhyOfActs        []string            `yaml:"why_of_acts"`
	ReasonOpenings   []string            `yaml:"reason_openings"`
	KinNouns         []string            `yaml:"kin_nouns"`
	ParentKin        []string            `yaml:"parent_kin"`
	OldWords         []string            `yaml:"old_words"`
	OldAge           int                 `yaml:"old_age"`
	ChildKin         []string            `yaml:"child_kin"`
	ChildWords       []string            `yaml:"child_words"`
	Particles        []string            `yaml:"particles"`
	DerivedEndings   [][]string          `yaml:"derived_endings"`
	FollowUp         []string            `yaml:"follow_up"`
	ArticleNouns     []string            `yaml:"article_nouns"`
	AuthorNouns      []string            `yaml:"author_nouns"`
	OpinionNouns     []string            `yaml:"opinion_nouns"`
	TimeWords        []string            `yaml:"time_words"`
	Subordinators    []string            `yaml:"subordinators"`
	ClauseOpeners    []string            `yaml:"clause_openers"`
	AskingWords      []string            `yaml:"asking_words"`
	PersonAsking     []string            `yaml:"person_asking_words"`
	ClosingAdverbs   []string            `yaml:"closing_adverbs"`
	AgeQuestions     []string            `yaml:"age_questions"`
	ClosingRequests  []string            `yaml:"closing_requests"`
	NounKindOpenings []string            `yaml:"noun_kind_openings"`
	SpeakerOpen      []string            `yaml:"speaker_openings"`
	SpeakerDet       []string            `yaml:"speaker_determiners"`
	GenericDet       []string            `yaml:"generic_determiners"`
	ViewNouns        []string            `yaml:"view_nouns"`
	TellingNouns     []string            `yaml:"telling_nouns"`
	QuoteNounMods    []string            `yaml:"quote_noun_modifiers"`
	QuoteNounLinks   []string            `yaml:"quote_noun_links"`
	AboutLead        []string            `yaml:"about_leads"`
	AboutPronouns    []string            `yaml:"about_pronouns"`
	VerbCompounds    []string            `yaml:"verb_compounds"`
	SideNouns        []string            `yaml:"side_nouns"`
	PartyNouns       []string            `yaml:"party_nouns"`
	AgeUnits         []string            `yaml:"age_units"`
	TopicFollowUp    []string            `yaml:"topic_follow_up"`
	AgeAlone         []string            `yaml:"age_alone"`
	PossessivePron   map[string]string   `yaml:"possessive_pronouns"`
	ComplementLinks  []string            `yaml:"complement_links"`

	filler         map[string]bool
	complementLink map[string]bool
	// nounGender is the gender each word of person_noun_gender marks.
	nounGender map[string]string
	pronounUs  map[string]bool
	personNoun map[string]bool
	particle   map[string]bool
}

var loadQuestionWords = sync.OnceValue(func() *questionWords {
	var qw questionWords
	if err := yaml.Unmarshal(questionsYAML, &qw); err != nil {
		panic(fmt.Sprintf("index: data/questions.yaml: %v", err)) // embedded data, checked by tests
	}
	qw.filler, qw.pronounUs, qw.personNoun, qw.particle = map[string]bool{}, map[string]bool{}, map[string]bool{}, map[string]bool{}
	for _, w := range qw.Particles {
		qw.particle[w] = true
	}
	for _, w := range qw.PersonNouns {
		qw.personNoun[w] = true
	}
	for _, w := range qw.Filler {
		qw.filler[w] = true
	}
	for _, w := range qw.PronounUsAfter {
		qw.pronounUs[w] = true
	}
	qw.complementLink = map[string]bool{}
	for _, w := range qw.ComplementLinks {
		qw.complementLink[w] = true
	}
	qw.nounGender = map[string]string{}
	for g, nouns := range qw.NounGender {
		for _, w := range nouns {
			qw.nounGender[w] = g
		}
	}
	return &qw
})

// kindOrder is the order kinds are tried in: the more specific first
// ("which organisation" before "who", "how many" before yes-no).
var kindOrder = []asks{asksAuthor, asksOrg, asksHowMany, asksWhen, asksWhere, asksWho, asksYesNo}

// understand reads a question: normalises it, finds its kind, the person
// it asks about and the words to search.
func (e *Engine) understand(question string) intent {
	in := e.read(question)
	if in.kind == asksSaid || in.kind == asksPerson {
		// "the dutch analyst on the podcast, biggest weakness": the
		// show they spoke on is neither who they are nor the subject,
		// but says whom it may be.
		who := withoutMedium(in.who)
		if who != in.who {
			f := strings.Fields(in.who)
			in.show = strings.ToLower(strings.Trim(f[len(f)-1], "?!.,"))
		}
		in.who, in.about = withoutVenue(who), aboutWithoutMedium(in.about)
	}
	return in
}

// read is understand before the show someone spoke on is set aside.
func (e *Engine) read(question string) intent {
	unspelt := e.untransposed(e.askingTypo(expandShorthand(e.shorthandAsUsed(e.beforeNames(normalise(question))))))
	spelt := e.spellAcronyms(unspelt)
	in := intent{asked: question, text: countryUS(spelt), kind: asksSearch}
	in.text = sourceLast(in.text)
	s := patternText(in.text)
	if desc, deed, ok := e.whichPerson(s); ok {
		// "which councillor reported the knocked over marker stone":
		// who reported it, a councillor.
		in.text, in.described = "who "+deed, desc
		s = patternText(in.text)
	}
	in.content = in.text
	q, quoted := parseQuoteQuestion(s)
	if !quoted && spelt != unspelt {
		// "what did the icds tallinn researcher say": read before the
		// acronym is spelt out, which makes too long a speaker of
		// them; then spelt out.
		if q, quoted = parseQuoteQuestion(patternText(sourceLast(countryUS(unspelt)))); quoted {
			q.who, q.about = e.spellAcronyms(q.who), e.spellAcronyms(q.about)
		}
	}
	if who, name, ok := e.nameQuestion(s); ok {
		// "what was the name of the guard who told daria to go home":
		// whom the guard is, by name, not what he said.
		in.kind, in.who, in.name, in.found = asksPerson, who, name, e.onlyNamed(who)
		return in
	}
	if who, about, p, ok := e.possessiveWords(s); ok && (!quoted || p != nil && e.resolveName(q.who) == p || p == nil && e.isPronoun(q.who)) {
		// "oksana's prediction for the vote"; not "what did she say
		// about rutte's comments", where the owner is what about, nor
		// "what did the gulf mediator say in his statement", where
		// "his" is the mediator's.
		in.kind, in.who, in.about, in.found = asksSaid, who, about, p
		return in
	}
	if !quoted {
		if who, about, ok := e.accordingTo(s); ok {
			// "breakthrough or not according to the ex russian deputy
			// fm": their words on it.
			q, quoted = quoteIntent{who: who, about: about}, true
		}
	}
	if quoted {
		in.kind, in.who, in.about = asksSaid, q.who, q.about
		if who, about, p, ok := e.toldBy(q.about); ok {
			// "what did gusev say korolyov told him last week": the
			// words asked for are Korolyov's, as Gusev gives them.
			in.who, in.about, in.found = who, about, p
			return in
		}
		if who, rest, ok := e.namedThenSubject(q.who); ok && !e.relativeOfNamed(q.who) {
			// "erdogan corridor quote", "kremlin spokesperson root causes
			// comment": the person, then what the words were about (the
			// same words, when a sentence before the question gave both:
			// "amsler asked if … - what did she say"). Not "andriy
			// bondar dad": his relative.
			about := q.about
			if q.pronoun && about == q.who {
				about = ""
			}
			in.who, in.about = who, strings.TrimSpace(rest+" "+about)
		}
		in.found = e.onlyNamed(in.who)
		if q.pronoun {
			// The first person the earlier sentence names, by name or
			// role: its subject.
			if sp := e.findPeople(q.who); len(sp) > 0 {
				if in.about == q.who && sp[0].start == 0 {
					// "norwegian ombudswoman on consent?? what did she
					// say": what the sentence asks of them, after them.
					if rest := subjectAfterName(q.who[sp[0].end:]); rest != "" {
						in.about = rest
					}
				}
				in.found, in.who = sp[0].p, q.who[sp[0].start:sp[0].end]
			}
		}
		return in
	}
	if who, ok := ageQuestion(s); ok && !e.isPronoun(who) {
		// "how old is selin aydemir": her age, if the articles give it.
		in.kind, in.who, in.found = asksAge, who, e.onlyNamed(who)
		return in
	}
	if who, ok := parsePersonQuestion(s); ok {
		// "who is major belov": the one person named, whatever words
		// the people model does not read as a title stand before them.
		in.kind, in.who, in.found = asksPerson, who, e.onlyNamed(who)
		return in
	}
	low := strings.ToLower(s)
	qw := loadQuestionWords()
	opens := false   // the question opens with what it asks ("when", "how many")
	endNoun := false // a noun closing the question gave its kind ("… deadline")
	for _, k := range kindOrder {
		spec := qw.Kinds[k]
		if p, ok := startsWithPhrase(low, spec.Start); ok {
			in.kind, opens = k, true
			in.content = strings.TrimSpace(s[len(p):])
			in.counts = slices.Contains(spec.Counting, p)
			in.measures = slices.Contains(spec.Measuring, p)
			in.clock = slices.Contains(spec.Clocking, p)
			if in.measures {
				in.content = withoutWords(in.content, spec.Lasting)
			}
			if _, m, _ := strings.Cut(p, " "); slices.Contains(spec.Measures, m) {
				// "how wide is the corridor": "three nautical miles
				// wide".
				in.content = m + " " + in.content
			}
			in.content = withoutClosingAsk(in.content, spec.End)
			break
		}
		if p, at, ok := holdsPhrase(low, spec.Anywhere); ok {
			in.kind = k
			in.clock = slices.Contains(spec.Clocking, p)
			in.content = strings.TrimSpace(s[:at] + " " + s[at+len(p):])
			break
		}
		// "energy truce extended till when", "nxt round of talks when?"
		if p, at, ok := holdsPhrase(low, spec.End); ok && strings.Trim(low[at+len(p):], " ?!.") == "" {
			noun := !slices.Contains(qw.Filler, p) && !strings.Contains(p, " ")
			if w, asks := startsWithPhrase(low, qw.AskingWords); noun && asks && !slices.Contains(qw.NounKindOpenings, w) {
				// "why does hartmann want them to miss the deadline":
				// the question's own word asks; the noun closing it is
				// what about ("what is the deadline" still asks when).
				continue
			}
			in.kind = k
			in.content = strings.TrimSpace(s[:at])
			endNoun = noun
			break
		}
	}
	if endNoun {
		// "voronin on the deadline", "the swiss fm on the venue": the
		// word closing the question is what someone is asked about, not
		// the question's kind.
		if who, about, p, ok := e.leadingPerson(s); ok && about != "" && asksForWords(s[min(len(s), strings.Index(strings.ToLower(s), strings.ToLower(who))+len(who)):]) {
			in.kind, in.who, in.about, in.found, in.content = asksSaid, who, about, p, s
			return in
		}
	}
	if in.kind == asksWho {
		in.holders = holdersOf(in.content)
	}
	if _, ok := startsWithPhrase(low, qw.ReasonOpenings); ok && in.kind == asksSearch {
		in.reason = true
	}
	if in.kind == asksOrg {
		// "which org does henrik dahlgren work for": who that person
		// is, which their introduction says with their body.
		if p := e.onlyNamed(in.content); p != nil {
			in.kind, in.who, in.found = asksPerson, p.Name, p
			return in
		}
	}
	if in.kind == asksSearch || in.kind == asksYesNo {
		// "peskov on the security guarantees?", "Zelensky NATO": a person
		// named first, then a subject, asks what they said about it; so
		// does a yes-no question about a named person's view ("does
		// melnychuk agree the text is done", "is peskov sure").
		t := s
		if in.kind == asksYesNo && opens {
			t = in.content
		}
		if who, about, p, ok := e.leadingPerson(t); ok && (t == s || p != nil && asksStance(about)) {
			in.kind, in.who, in.about, in.found = asksSaid, who, about, p
			if about == "" {
				in.kind = asksPerson // a name alone: about that person
			}
		} else if who, about, ok := e.describedLead(s); ok && in.kind == asksSearch {
			in.kind, in.who, in.about = asksSaid, who, about
		} else if who, about, ok := e.describedLead(t); ok && t != s && asksStance(about) {
			// "did the turkish mediator say the channel stays open",
			// "does the underwriter credit moscow": someone described,
			// then their view.
			in.kind, in.who, in.about = asksSaid, who, about
		} else if who, about, p, ok := e.askedOfNamed(s); ok && in.kind == asksSearch {
			// "what does hrytsenko expect from the working group", "why
			// did hrytsenko quit teaching": someone named, asked their
			// view or their reasons, which their words give.
			in.kind, in.who, in.about, in.found = asksSaid, who, about, p
		} else if who, ok := e.bareDescription(s); ok && in.kind == asksSearch {
			in.kind, in.who = asksPerson, who
		}
	} else if !opens {
		if who, about, p, ok := e.leadingPerson(s); ok && p != nil && about != "" && linkedAfter(s, who) {
			// "yavorskyi on how long the smouldering could go on",
			// "dr petrenko on how much weight they lost": someone named,
			// then, after "on", what they were asked about, a number
			// among it.
			in.kind, in.who, in.about, in.found = asksSaid, who, about, p
		} else if who, about, ok := e.describedLead(s); ok {
			// "kherson deminer how long will clearing take": someone
			// described, then what they were asked about.
			in.kind, in.who, in.about = asksSaid, who, about
		}
	}
	return in
}

// whichPerson reads a question asking which person did something:
// "which" and a description of someone of up to four words, ending in a
// word for a person or a title ("which councillor", "which russian
// hydromet guy"), then a verb ("reported", "hugged", "said"). It returns
// the description and what follows it; ok is false for any other
// ("which company reads the meters": no person).
func (e *Engine) whichPerson(s string) (desc, deed string, ok bool) {
	if !strings.Contains(strings.ToLower(s), "which ") {
		return "", "", false
	}
	f := strings.Fields(strings.ToLower(s))
	if len(f) > 0 && (f[0] == "and" || f[0] == "so") {
		f = f[1:]
	}
	if len(f) < 3 || f[0] != "which" {
		return "", "", false
	}
	for k := 1; k <= 4 && k+1 < len(f); k++ {
		w := strings.Trim(f[k], ",.;:?!")
		if !e.wordForSomeone(w) && !e.lex.IsTitleNoun(w) {
			continue
		}
		if v := f[k+1]; e.lex.IsAuxiliary(v) || !deedVerb(v) && !speechWords()[v] {
			return "", "", false
		}
		return strings.Join(f[1:k+1], " "), strings.Join(f[k+1:], " "), true
	}
	return "", "", false
}

// linkedAfter reports a question whose first word after who (which
// opens it) links a subject to them: "on", "about", "re".
func linkedAfter(s, who string) bool {
	i := strings.Index(strings.ToLower(s), strings.ToLower(who))
	if i < 0 {
		return false
	}
	f := strings.Fields(s[i+len(who):])
	return len(f) > 0 && aboutLinks[strings.ToLower(f[0])] && f[0] != "and"
}

// followedUp finds whom a question that asks after someone by a pronoun
// alone means ("and what did she say about the plant", "who is he"): the
// person the member's previous answer was about (after, a name as an
// Answer gives it), if the pronoun fits them: she or he ("they" is the people of the
// articles at large, not the one asked about).
// nil when the question names its own person, after names no one in the
// articles, or the pronoun is the wrong one: then the question is read
// alone, as without a previous answer.
func (e *Engine) followedUp(ctx context.Context, in intent, opts AskOptions) (*person, error) {
	if opts.After == "" || (in.kind != asksSaid && in.kind != asksPerson) {
		return nil, nil
	}
	g, ok := e.lex.Pronoun(strings.ToLower(strings.TrimSpace(in.who)))
	if !ok || g == people.Unknown {
		// "did they talk about the grain deal": the delegations, the
		// articles' people at large, not the one person asked about.
		return nil, nil
	}
	p := e.answeredAbout(opts.After, g)
	if p == nil || len(opts.AfterAlso) == 0 {
		return p, nil
	}
	// "what did she tell the qatari envoy in istanbul", after "prof
	// zielinska on hrytsenko": the one of them whose words are on it;
	// the one answered about when that is no one, or both.
	qs := e.questionTerms(in.about)
	if len(qs) == 0 {
		return p, nil
	}
	// How well each one's words fit: 2 speaking to it, 1 sharing its
	// words, 0 neither.
	best, bestFit, tie := p, -1, false
	seen := map[*person]bool{}
	for _, name := range append([]string{opts.After}, opts.AfterAlso...) {
		c := e.answeredAbout(name, g)
		if c == nil || seen[c] {
			continue
		}
		seen[c] = true
		info := e.data.Speakers[c.Name]
		ranked, on, err := e.onSubject(ctx, c.Name, false, info.Quotes, qs, DefaultQuotes)
		if err != nil {
			return nil, err
		}
		fit := 0
		switch {
		case on > 0:
			fit = 2
		case e.anyShares(ranked, qs):
			fit = 1
		}
		switch {
		case fit > bestFit:
			best, bestFit, tie = c, fit, false
		case fit == bestFit:
			tie = true
		}
	}
	if bestFit > 0 && !tie {
		return best, nil
	}
	return p, nil
}

// answeredAbout is the person the member's previous answer was about, if
// a pronoun of gender g may stand for them (any, for Unknown).
func (e *Engine) answeredAbout(after string, g people.Gender) *person {
	p := e.byKey[people.Key(after)]
	if p == nil || g != people.Unknown && p.Gender != "" && p.Gender != g.String() {
		return nil
	}
	return p
}

// relativeFollowedUp finds whom a follow-up asks for by their kin or
// tie to the person the member's previous answer was about ("what did
// her son say abt the bus ride", after an answer about Halyna
// Kovalenko; "her childhood friend"): the one other person a passage
// naming them introduces so ("Her son, Maksym Kovalenko, is 15"; "Her
// oldest friend, Halyna Petrenko"). Nil when the question is no such follow-up, the
// pronoun does not fit them, or no passage or several people fit.
func (e *Engine) relativeFollowedUp(ctx context.Context, in intent, after string) (*person, error) {
	if after == "" || in.kind != asksSaid {
		return nil, nil
	}
	f := strings.Fields(strings.ToLower(in.who))
	for i, w := range f {
		// "her old boss at hlynsk": her boss.
		if i >= 2 && e.lex.IsPreposition(w) {
			f = f[:i]
			break
		}
	}
	if len(f) < 2 || len(f) > 4 {
		return nil, nil
	}
	// "her childhood friend", "his old teacher": the word for them,
	// a relative or anyone's.
	f = []string{f[0], f[len(f)-1]}
	if !slices.Contains(loadQuestionWords().KinNouns, f[1]) && !e.lex.IsPersonNoun(f[1]) {
		return nil, nil
	}
	pron := f[0]
	if subj := loadQuestionWords().PossessivePron[pron]; subj != "" {
		pron = subj // "his wife": the one "he" is
	}
	g, ok := e.lex.Pronoun(pron)
	if !ok {
		return nil, nil
	}
	p := e.answeredAbout(after, g)
	if p == nil {
		return nil, nil
	}
	// "her dad": her father, as the articles write it ("Her father,
	// Mykola Hrytsenko, now retired").
	kin := e.lex.KinWord(f[1])
	qs := e.questionTerms(p.Name + " " + kin)
	hits, _, _, err := e.searchBest(ctx, qs, typeNone, describedHits, false)
	if err != nil {
		return nil, err
	}
	// A profile names its subject rarely: the passages holding the word
	// for them too, whatever their name's weight.
	more, _, _, err := e.searchBest(ctx, e.questionTerms(kin), typeNone, describedHits, false)
	if err != nil {
		return nil, err
	}
	hits = append(hits, more...)
	// The articles naming them, read only when a passage neither names
	// them nor is known to speak of them: a profile's later paragraph
	// speaks of its subject by a pronoun alone.
	var theirs map[string]bool
	inTheirs := func(doc string) (bool, error) {
		if theirs == nil {
			theirs = map[string]bool{}
			named, err := e.personPassages(ctx, p, nil, profileReach)
			if err != nil {
				return false, err
			}
			for _, n := range named {
				theirs[n.Source.Doc] = true
			}
		}
		return theirs[doc], nil
	}
	var found *person
	for i := range hits {
		r, err := e.passageOf(&hits[i])
		if err != nil {
			return nil, err
		}
		if !pronounBefore(r.text, f[0], f[1]) && !pronounBefore(r.text, f[0], kin) {
			continue
		}
		// Naming them, or speaking of them by a pronoun alone (a
		// profile's "Her oldest friend, Halyna Petrenko, …").
		if !p.namedIn(r.text) && !strings.EqualFold(r.about, p.Name) {
			if of, err := inTheirs(r.src.Doc); err != nil || !of {
				if err != nil {
					return nil, err
				}
				continue
			}
		}
		for j := range e.people {
			q := &e.people[j]
			if q == p || !q.namedIn(r.text) || !e.describedNear(r.text, q, []string{f[1]}, false) && !e.describedNear(r.text, q, []string{kin}, false) {
				continue
			}
			if found != nil && found != q {
				return nil, nil
			}
			found = q
		}
	}
	return found, nil
}

// profileReach is how many passages naming a person are read for the
// articles they are named in.
const profileReach = 50

// topicFollowedUp finds whom a follow-up naming only a subject means
// ("and abt the water?", "what about the mines"): the person the
// member's previous answer was about, when some of their words speak to
// the subject. Nil when the question names anyone, is no such follow-up,
// or their words do not speak to it (it is then searched as asked).
func (e *Engine) topicFollowedUp(ctx context.Context, in intent, after string) (*person, string, error) {
	if after == "" || in.kind != asksSearch {
		return nil, "", nil
	}
	s := patternText(in.text)
	lead, ok := startsWithPhrase(strings.ToLower(s), loadQuestionWords().TopicFollowUp)
	about := strings.TrimSpace(s[len(lead):])
	if !ok || about == "" || len(strings.Fields(about)) > 6 || len(e.findPeople(about)) > 0 {
		return nil, "", nil
	}
	p := e.byKey[people.Key(after)]
	if p == nil {
		return nil, "", nil
	}
	if on, err := e.speaksTo(ctx, p, about); err != nil || !on {
		return nil, "", err
	}
	return p, about, nil
}

// speaksTo reports whether some of p's quotes speak to the subject (a
// question's words), as onSubject finds them.
func (e *Engine) speaksTo(ctx context.Context, p *person, subject string) (bool, error) {
	qs := e.questionTerms(subject)
	if len(qs) == 0 {
		return false, nil
	}
	_, on, err := e.onSubject(ctx, p.Name, false, e.data.Speakers[p.Name].Quotes, qs, 0)
	return on > 0, err
}

// pronounFollowedUp finds whom a follow-up asking something else than
// someone's words means by a pronoun inside it ("and why did she think
// pivnichna was chosen", "what odds did he give for doha", "and her
// recommendation at the launch"): the person the member's previous
// answer was about, when the pronoun fits them and the question names no
// one. about is the question without the pronoun. Nil otherwise, and for
// a question asking when, where or how many, which passages answer.
func (e *Engine) pronounFollowedUp(ctx context.Context, in intent, after string) (*person, string, error) {
	if after == "" || in.kind != asksSearch && in.kind != asksYesNo {
		return nil, "", nil
	}
	s := patternText(in.text)
	var g people.Gender
	var about []string
	found := false
	ws := strings.Fields(s)
	for i, w := range ws {
		lw := strings.ToLower(strings.Trim(w, ",;:"))
		pron := lw
		if subj := loadQuestionWords().PossessivePron[lw]; subj != "" {
			if i+1 < len(ws) && e.callsPerson(ws[i+1]) {
				return nil, "", nil // "his spokesman", "her son": someone else
			}
			pron = subj // "her recommendation": the one "she" is
		}
		if pg, ok := e.lex.Pronoun(pron); ok && pg != people.Unknown {
			if found && pg != g {
				return nil, "", nil // "did he thank her": two people
			}
			if slices.ContainsFunc(ws[:i], e.callsPerson) {
				// "can a prisoner stay if he refuses": the pronoun
				// stands for someone the question itself names.
				return nil, "", nil
			}
			g, found = pg, true
			continue
		}
		about = append(about, w)
	}
	if !found || len(e.findPeople(s)) > 0 {
		return nil, "", nil
	}
	p := e.answeredAbout(after, g)
	if p == nil || e.data.Speakers[p.Name].Quotes == 0 {
		return nil, "", nil
	}
	// Their words must speak to it: "he" in a question about something
	// they never spoke of may be someone else the member has in mind.
	subject := strings.Join(about, " ")
	if on, err := e.speaksTo(ctx, p, subject); err != nil || !on {
		return nil, "", err
	}
	return p, subject, nil
}

// callsPerson reports a word calling a person ("spokesman", "son",
// "guy"), its plural too.
func (e *Engine) callsPerson(w string) bool {
	w = strings.ToLower(strings.Trim(w, ",;:?!.'’"))
	qw := loadQuestionWords()
	for _, f := range []string{w, singular(w)} {
		if e.wordForSomeone(f) || slices.Contains(qw.KinNouns, f) {
			return true
		}
	}
	return false
}

// reAccordingTo reads "X according to Y" and "according to Y, X".
var (
	reAccordingAfter  = regexp.MustCompile(`(?i)^(.+?),? according to (.+)$`)
	reAccordingBefore = regexp.MustCompile(`(?i)^according to ([^,]+), (.+)$`)
)

// accordingTo reads a question asking what someone says of a subject by
// "according to" ("is the deal dead according to peskov", "according to
// the turkish envoy, when is the handover"): who, when the words name or
// describe a person, and what about.
func (e *Engine) accordingTo(s string) (who, about string, ok bool) {
	if m := reAccordingAfter.FindStringSubmatch(s); m != nil {
		who, about = m[2], m[1]
	} else if m := reAccordingBefore.FindStringSubmatch(s); m != nil {
		who, about = m[1], m[2]
	} else if rest, ok := cutPrefixFold(s, "according to "); ok {
		// "according to amb imhof whats the real test", "according to
		// the swiss mediator what …": no comma; the person named first,
		// then what is asked.
		sp := e.findPeople(rest)
		if len(sp) == 0 || !slices.Contains([]string{"", "the"}, strings.ToLower(strings.TrimSpace(rest[:sp[0].start]))) || sp[0].p == nil || sp[0].end == len(rest) {
			return "", "", false
		}
		who, about = rest[:sp[0].end], strings.TrimSpace(rest[sp[0].end:])
	} else {
		return "", "", false
	}
	if len(e.findPeople(who)) > 0 {
		return who, about, true
	}
	heads, _ := e.descriptionWords(who)
	if slices.ContainsFunc(heads, func(h string) bool { return h != "" }) {
		return who, about, true
	}
	if e.spokesperson(who) != nil {
		// "… acc to customs": the body, as its one spokesperson the
		// articles title so speaks for it.
		return who, about, true
	}
	return "", "", false
}

// sourceLast moves a source opening a question after what is asked
// ("according to the clerk what did hollmann say" → "what did hollmann
// say according to the clerk"): the words asked for are the ones the
// question goes on to name, as the source tells them; asking nothing of
// anyone else, the source's own ("according to the clerk, when did it
// start").
func sourceLast(q string) string {
	rest, ok := cutPrefixFold(q, "according to ")
	if !ok {
		return q
	}
	qw := loadQuestionWords()
	asking := append(append([]string(nil), qw.AskingWords...), qw.PersonAsking...)
	words := strings.Fields(rest)
	for i := 1; i < len(words) && i <= maxSourceWords; i++ {
		tail := strings.Join(words[i:], " ")
		if _, ok := startsWithPhrase(strings.ToLower(tail), asking); ok {
			return tail + " according to " + strings.TrimRight(strings.Join(words[:i], " "), ",")
		}
	}
	return q
}

// maxSourceWords is the most words of a source opening a question ("the
// deputy head of the registry").
const maxSourceWords = 6

// toldBy reads the subject of a said question that opens with someone
// named telling the one asked about something ("korolyov told him last
// week", of "what did gusev say korolyov told him last week"): that
// person, whose words are asked for, and what follows. "what did
// zakharova say lavrov said" asks for her words, which quote him, and
// "rutte's comments" is what about.
func (e *Engine) toldBy(about string) (who, rest string, p *person, ok bool) {
	spans := e.findPeople(about)
	if len(spans) == 0 || spans[0].start != 0 || spans[0].p == nil {
		return "", "", nil, false
	}
	name := about[:spans[0].end]
	after := strings.Fields(about[spans[0].end:])
	if len(after) < 2 || people.Possessive(name) || strings.HasPrefix(after[0], "'") || strings.HasPrefix(after[0], "’") {
		return "", "", nil, false
	}
	v, ok := e.lex.SpeechVerb(strings.ToLower(after[0]))
	if !ok || !slices.Contains(v.Flags, "object") || !slices.Contains(loadQuestionWords().ListenerPronouns, strings.ToLower(after[1])) {
		return "", "", nil, false
	}
	return name, strings.Join(after[2:], " "), spans[0].p, true
}

// askedOfNamed reads a question that opens by asking (speaker_openings:
// "what does", "why did") and goes on with a person named, then a verb:
// their reasons ("why did hrytsenko quit teaching") or, with a verb of
// view, their view ("what does hrytsenko expect from …").
func (e *Engine) askedOfNamed(s string) (who, about string, p *person, ok bool) {
	qw := loadQuestionWords()
	t := trimOpenings(s, qw.SpeakerOpen)
	if t == s {
		return "", "", nil, false
	}
	who, about, p, ok = e.leadingPerson(t)
	if !ok || p == nil || about == "" || e.data.Speakers[p.Name].Quotes == 0 && !e.writes(p) {
		return "", "", nil, false
	}
	if !asksStance(about) && !asksWhyTheyDid(s) {
		return "", "", nil, false
	}
	return who, about, p, true
}

// asksWhyTheyDid reports a "why" question about what someone did or
// does ("why did hrytsenko quit teaching"): their reasons, in their
// words. "why is maksym a grade behind" asks a fact about them instead.
func asksWhyTheyDid(s string) bool {
	f := strings.Fields(strings.ToLower(s))
	return len(f) > 1 && f[0] == "why" && slices.Contains(loadQuestionWords().WhyOfActs, f[1])
}

// asksStance reports what a yes-no question asks of someone it names
// when it is their view or word: "agree the text is done", "sure russia
// hands back the children".
func asksStance(about string) bool {
	f := strings.Fields(strings.ToLower(about))
	// "did the swiss ambassador ever think …": an adverb before it.
	for len(f) > 2 && slices.Contains(loadQuestionWords().StanceAdverbs, f[0]) {
		f = f[1:]
	}
	if len(f) < 2 {
		return false
	}
	// "did aebischer declare victory": a speech verb asks their words.
	return slices.Contains(loadQuestionWords().StanceWords, f[0]) || speechWords()[f[0]]
}

// bareDescription reads a question that is only someone described, as
// members ask a follow-up: "the ferry mechanic?", "kharkiv baker". It
// must end in a word for one person and say which one in a word or two
// before it.
func (e *Engine) bareDescription(s string) (string, bool) {
	low := strings.ToLower(s)
	followed := false
	if p, ok := startsWithPhrase(low, loadQuestionWords().FollowUp); ok {
		// "and the grandmother?": a follow-up naming someone alone.
		s, followed = s[len(p):], true
	}
	f := strings.Fields(strings.Trim(s, " ?!.…"))
	if len(f) > 0 && strings.EqualFold(f[0], "the") {
		f = f[1:]
	}
	if len(f) < 2 && !(followed && len(f) == 1) || len(f) > 4 {
		return "", false
	}
	head := strings.ToLower(f[len(f)-1])
	if (!e.personNoun(head) || singular(head) != head) && ageIn(head) == 0 {
		return "", false
	}
	return strings.Join(f, " "), true
}

// namedThenSubject splits a phrase read as a speaker that opens with
// someone the people model finds (a name, or a title it resolves) and
// goes on with words that are no part of who they are: "erdogan
// corridor" is Erdogan, on the corridor. Not "putins spokesman" (a title
// after an owner) nor "the kharkiv baker" (a description).
func (e *Engine) namedThenSubject(who string) (string, string, bool) {
	if e.resolveSpeaker(who) != nil {
		return "", "", false
	}
	f := strings.Fields(who)
	for k := len(f) - 1; k >= 1; k-- {
		first := strings.ToLower(strings.Trim(f[k], "'’"))
		last := strings.ToLower(f[k-1])
		switch {
		case slices.Contains(loadQuestionWords().OriginWords, first), slices.Contains(loadQuestionWords().OriginWords, last):
			// "kovalenko from khmilnyk": which Kovalenko, not what about
			// (the town too, a word the articles use or not).
			continue
		case slices.Contains(loadQuestionWords().FormerJoins, first):
			// "the deminer turned researcher": one person, both.
			continue
		case first == "the" && slices.ContainsFunc(f[k+1:min(len(f), k+4)], func(w string) bool { w = strings.ToLower(w); return e.wordForSomeone(w) || e.isTitleWord(w) }):
			// "hnatiuk the agronomist", "marchuk the village head":
			// which Hnatiuk, not what about.
			continue
		case first == "s" || strings.HasPrefix(f[k], "'") || strings.HasPrefix(f[k], "’"),
			// "zelensky's office", "putins spokesman", "the ministers'
			// view": whose, not who (with its apostrophe or without).
			strings.HasSuffix(last, "s") || strings.HasSuffix(last, "s'"),
			e.wordForSomeone(first),
			// "viktor orban": a word the articles never use may be a
			// surname, part of who, not what about.
			!e.inVocab(first):
			continue
		}
		// By name; by a title only when the title is whole (it ends in
		// its noun: not "head of the monitoring" before "mission") and
		// what follows cannot qualify it ("the deputy mayor for
		// energy", "the envoy in ankara"): no preposition opens it and it
		// names no country or body.
		name := strings.Join(f[:k], " ")
		if e.nationBeforeTitle(who, 0, len(name)) {
			// "moldovan foreign minister": Moldova's, not Ana Moldovan
			// on foreign ministers.
			continue
		}
		if p := e.resolveSpeaker(name); p != nil && (e.resolveName(name) == p || e.personNoun(last) && e.cannotQualify(f[k:])) {
			return name, strings.Join(f[k:], " "), true
		}
	}
	return "", "", false
}

// cannotQualify reports words after a title that say what about, not
// which one: "root causes" after "kremlin spokesperson", where "for
// energy", "in ankara" or "russian" would say which.
func (e *Engine) cannotQualify(rest []string) bool {
	if len(rest) == 0 || e.lex.IsPreposition(strings.ToLower(rest[0])) {
		return false
	}
	for _, w := range rest {
		w = strings.ToLower(strings.Trim(w, "?!.,;:"))
		if _, ok := e.lex.Nation(w); ok {
			return false
		}
		if _, ok := e.lex.Organisation(w); ok {
			return false
		}
	}
	return true
}

// onlyNamed is the one person a phrase names by name ("kovalchuk
// interview": Kovalchuk), nil when it names none, several, or someone
// only by a role.
func (e *Engine) onlyNamed(phrase string) *person {
	var p *person
	for _, sp := range e.findPeople(phrase) {
		if sp.via == people.ViaRole || sp.via == people.ViaOrganisation || p != nil && sp.p != p {
			return nil
		}
		p = sp.p
		// "putin's spokesman", "merz's deputy": someone of theirs, not
		// them.
		if e.ownerOfSomeone(phrase, sp.end) || e.nationBeforeTitle(phrase, sp.start, sp.end) {
			return nil
		}
		// "kovalenko from khmilnyk": where they are from must be theirs.
		if rest := strings.Fields(strings.ToLower(phrase[sp.end:])); len(rest) > 0 && slices.Contains(loadQuestionWords().OriginWords, rest[0]) && !e.placeQualifier(phrase[sp.end:], p) {
			return nil
		}
		before := strings.Fields(strings.ToLower(phrase[:sp.start]))
		// "the judge in the hollmann case", "the lawyer for hollmann":
		// someone described by what the name qualifies.
		if len(before) > 1 && e.describedBeforeLink(before) {
			return nil
		}
		// "the radio host that interviewed virec": someone a clause of
		// the phrase names, not whom it describes.
		if len(before) > 1 && slices.ContainsFunc(before[1:], func(w string) bool { return slices.Contains(loadQuestionWords().ClauseOpeners, w) }) {
			return nil
		}
	}
	return p
}

// nameQualifies reports a phrase describing someone by what the first
// name in it qualifies ("the lawyer for hollmann").
func (e *Engine) nameQualifies(phrase string) bool {
	for _, sp := range e.findPeople(phrase) {
		if sp.via == people.ViaRole || sp.via == people.ViaOrganisation {
			continue // "the lawyer" itself
		}
		before := strings.Fields(strings.ToLower(phrase[:sp.start]))
		return len(before) > 1 && e.describedBeforeLink(before)
	}
	return false
}

// qualifiedHead is a description's words before its first qualifier
// link ("the lawyer" of "the lawyer for hollmann"), or "".
func qualifiedHead(phrase string) string {
	ws := strings.Fields(phrase)
	for i, w := range ws {
		if i > 0 && slices.Contains(loadQuestionWords().QualifierLinks, strings.ToLower(w)) {
			return strings.Join(ws[:i], " ")
		}
	}
	return ""
}

// describedBeforeLink reports the words before a name (lower case) as a
// word for a person, then a qualifier link and perhaps "the" ("the judge
// in the", "the lawyer for").
func (e *Engine) describedBeforeLink(before []string) bool {
	n := len(before)
	if before[n-1] == "the" {
		n--
	}
	if n < 2 || !slices.Contains(loadQuestionWords().QualifierLinks, before[n-1]) {
		return false
	}
	heads, _ := e.descriptionWords(strings.Join(before[:n-1], " "))
	return slices.ContainsFunc(heads, func(h string) bool { return h != "" })
}

// nationBeforeTitle reports a one-word name at [start, end) of phrase
// that is a nationality before a word for a person: "the moldovan
// president" asks for Moldova's, not for Ana Moldovan.
func (e *Engine) nationBeforeTitle(phrase string, start, end int) bool {
	name := strings.TrimSpace(phrase[start:end])
	if strings.Contains(name, " ") {
		return false
	}
	if _, ok := e.lex.Nation(name); !ok {
		return false
	}
	// The person's word, after any saying which office ("the moldovan
	// foreign minister", "the moldovan deputy pm").
	for _, w := range strings.Fields(strings.ToLower(phrase[end:])) {
		w = strings.Trim(w, ",.?!")
		switch {
		case e.personNoun(w):
			return true
		case e.lex.IsOffice(w) || e.lex.IsModifier(w) || e.lex.IsSecond(w):
		default:
			return false
		}
	}
	return false
}

// ownerOfSomeone reports a name ending at end in phrase that is someone's
// owner: written as a possessive ("putin's", "putins") and followed by a
// word for a person ("spokesman", "deputy", "guy").
func (e *Engine) ownerOfSomeone(phrase string, end int) bool {
	rest := strings.Fields(strings.ToLower(phrase[end:]))
	f := strings.Fields(phrase[:end])
	if len(rest) == 0 || len(f) == 0 || !e.personNoun(strings.Trim(rest[0], ",.?!")) {
		return false
	}
	last := f[len(f)-1]
	return people.Possessive(last) || strings.HasSuffix(strings.ToLower(last), "s") && e.byKey[people.Key(strings.TrimSuffix(strings.ToLower(last), "s"))] != nil
}

// followUp reports a question that is a follow-up naming someone and
// nothing else: "and the fisherman?", "what about the harbour master".
func followUp(s string, end int) bool {
	low := strings.ToLower(s)
	if strings.Trim(s[end:], " ?!.") != "" {
		return false
	}
	_, ok := startsWithPhrase(low, loadQuestionWords().FollowUp)
	return ok
}

// describedLead reads a short question that opens with someone described
// and goes on with a subject: "reintegration ministry guy about the
// families", "the harbour master on the mines", "europe minister - will
// russia block …", "kherson deminer how long will …", "armed forces
// minister minehunters". The description must end in a word for one
// person (a title, "guy", "pharmacist"), after a word saying which
// unless a link ("on", "about", a dash) follows it. A question's opening
// is no part of who ("why does the admiral think …").
func (e *Engine) describedLead(s string) (who, about string, ok bool) {
	f := strings.Fields(s)
	// A long question is a search, unless a dash sets someone described
	// apart first ("world bank vp - would they walk away if the deadline
	// keeps slipping"): what follows is asked of them, however long.
	if len(f) > 12 && (len(f) > 20 || !slices.ContainsFunc(f[1:min(len(f), 6)], isDash)) {
		return "", "", false
	}
	qw := loadQuestionWords()
	lead := func(who, about []string) (string, string, bool) {
		w := trimOpenings(strings.Join(who, " "), qw.SpeakerOpen)
		if asksInside(w) {
			// "what instruction did the envoy get": a question about
			// what someone described got, not their words.
			return "", "", false
		}
		if first, _, _ := strings.Cut(w, " "); slices.Contains(qw.GenericDet, strings.ToLower(first)) && strings.EqualFold(f[0], "how") {
			// "how does a kid get on the verified list": how it goes
			// for anyone, not what someone said.
			return "", "", false
		}
		return w, strings.Join(about, " "), true
	}
	for i := 1; i < len(f) && i <= 5; i++ {
		if slices.Contains(qw.Subordinators, strings.ToLower(f[i-1])) {
			// "what happens if a prisoner refuses": a condition, not
			// someone described.
			return "", "", false
		}
		head := strings.ToLower(strings.Trim(f[i-1], ",:;"))
		isHead := e.wordForSomeone(head) && singular(head) == head || ageIn(head) > 0
		next := strings.ToLower(f[i])
		switch {
		case aboutLinks[next] && next != "and" && i+1 < len(f):
			if !isHead && !e.bodyLead(f[:i]) && !e.titleOfLead(f[:i]) {
				return "", "", false
			}
			return lead(f[:i], f[i+1:])
		case !isHead:
			continue
		case qw.complementLink[next]:
			// "the head of ukraine's air nav service on staff numbers":
			// the title goes on past "of" to the link to what about.
			for j := i + 1; j < len(f) && j <= i+maxComplementWords; j++ {
				if l := strings.ToLower(f[j]); aboutLinks[l] && l != "and" && j+1 < len(f) {
					return lead(f[:j], f[j+1:])
				}
			}
			return "", "", false
		case (next == "-" || next == "–" || next == "—") && i+1 < len(f):
			// "europe minister - will russia block the monitors"
			return lead(f[:i], f[i+1:])
		case qw.filler[next] && i > 1:
			// "kherson deminer how long will clearing take": a question
			// about what they said opens after the description.
			return lead(f[:i], f[i:])
		case i > 1 && !qw.filler[next] && !e.lex.IsTitleNoun(next) && !e.lex.IsModifier(next) && !aboutLinks[next]:
			// "armed forces minister minehunters": a description, then
			// the subject.
			return lead(f[:i], f[i:])
		}
	}
	return "", "", false
}

// withoutMedium is who without the show they spoke on, closing it: "the
// dutch analyst on the podcast", "the kyiv journalist on the pod", "the
// colonel from the radio" are the analyst, the journalist, the colonel
// (questions.yaml medium_words).
func withoutMedium(who string) string {
	f := strings.Fields(who)
	n := len(f)
	if n < 3 || !slices.Contains(loadQuestionWords().MediumWords, strings.ToLower(strings.Trim(f[n-1], "?!.,"))) {
		return who
	}
	qw := loadQuestionWords()
	link := func(w string) bool { return slices.Contains(qw.MediumLinks, strings.ToLower(w)) }
	k := n - 2
	if k >= 2 && !speakerDeterminer(f[k]) && !link(f[k]) && (speakerDeterminer(f[k-1]) || link(f[k-1])) {
		k-- // "on the radio show": a word for which show
	}
	if speakerDeterminer(f[k]) {
		k--
	}
	if k < 1 || !link(f[k]) {
		return who
	}
	return strings.Join(f[:k], " ")
}

// withoutVenue is who without where they said it, closing it: "the un
// envoy keynote", "the dutch engineer in the leaked emails" are the envoy
// and the engineer (questions.yaml venue_words). The words before the
// venue must still name someone: two words at least.
func withoutVenue(who string) string {
	f := strings.Fields(who)
	n := len(f)
	qw := loadQuestionWords()
	if n < 3 || !slices.Contains(qw.VenueWords, strings.ToLower(strings.Trim(f[n-1], "?!.,"))) {
		return who
	}
	k := n - 1
	for j := n - 2; j >= max(1, n-4); j-- {
		if slices.Contains(qw.MediumLinks, strings.ToLower(f[j])) {
			k = j // "in the leaked emails"
			break
		}
	}
	if k < 2 || ofBefore(f[:k]) {
		return who
	}
	return strings.Join(f[:k], " ")
}

// ageQuestion reads a question asking someone's age (questions.yaml
// age_questions: "how old is selin aydemir"): whom it asks about.
func ageQuestion(s string) (string, bool) {
	t := strings.TrimSpace(s)
	for _, open := range loadQuestionWords().AgeQuestions {
		n := len(open) + 1
		if len(t) > n && strings.EqualFold(t[:n], open+" ") {
			who := strings.TrimSpace(strings.TrimRight(t[n:], "?!. "))
			return who, who != ""
		}
	}
	return "", false
}

// ofBefore reports words ending in "of" or "of the": "the chair of the
// panel" belongs to the panel; it is no venue they spoke in.
func ofBefore(f []string) bool {
	n := len(f)
	if n > 0 && speakerDeterminer(f[n-1]) {
		n--
	}
	return n > 0 && strings.EqualFold(f[n-1], "of")
}

// speakerDeterminer reports "a" or a determiner before a word for
// someone or their show (questions.yaml speaker_determiners: "the").
func speakerDeterminer(w string) bool {
	w = strings.ToLower(w)
	return w == "a" || slices.Contains(loadQuestionWords().SpeakerDet, w)
}

// aboutWithoutMedium is what a question asks about without the show
// opening it: "dutch analyst on the podcast, biggest weakness of the
// deal" asks about the biggest weakness.
func aboutWithoutMedium(about string) string {
	f := strings.Fields(about)
	k := 0
	if k < len(f) && speakerDeterminer(f[k]) {
		k++
	}
	if k+1 >= len(f) {
		return about
	}
	w := strings.ToLower(f[k])
	if m := strings.TrimRight(w, ",:;"); m != w && slices.Contains(loadQuestionWords().MediumWords, m) {
		return strings.Join(f[k+1:], " ")
	}
	if slices.Contains(loadQuestionWords().MediumWords, w) && isDash(f[k+1]) && k+2 < len(f) {
		return strings.Join(f[k+2:], " ")
	}
	return about
}

// titleOfLead reports a question's opening words that are a title of
// something: a word for one person, then "of" ("head of ukrenergo",
// "the chair of the committee").
func (e *Engine) titleOfLead(ws []string) bool {
	for k := 1; k+1 < len(ws); k++ {
		if strings.EqualFold(ws[k], "of") {
			head := strings.ToLower(ws[k-1])
			return e.personNoun(head) && singular(head) == head
		}
	}
	return false
}

// bodyLead reports a question's opening words that name a body or a
// party speaking through its people: "kremlin on ukraine elections",
// "the russian side on the prisoner lists", "the dutch on patriots".
func (e *Engine) bodyLead(ws []string) bool {
	var f []string
	for _, w := range ws {
		if w = strings.ToLower(strings.Trim(w, ",:;")); w != "the" && w != "and" {
			f = append(f, w)
		}
	}
	switch len(f) {
	case 1:
		_, org := e.lex.Organisation(f[0])
		_, nation := e.lex.Nation(strings.TrimSuffix(f[0], "s"))
		return org || nation
	case 2:
		_, nation := e.lex.Nation(f[0])
		return nation && slices.Contains(loadQuestionWords().SideNouns, f[1])
	}
	return false
}

// singular is a plural noun's singular, roughly: what tells "monitors"
// (many) from "monitor" (one).
func singular(w string) string {
	if strings.HasSuffix(w, "ss") || !strings.HasSuffix(w, "s") {
		return w
	}
	return strings.TrimSuffix(w, "s")
}

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

// expandShorthand reads chat shorthand as the words it stands for ("til"
// → "until", "govt" → "government"; data/questions.yaml).
func expandShorthand(s string) string {
	out, _ := expand(officeShorthand(s), loadQuestionWords().Shorthand)
	return ages(amounts(ordinals(out)))
}

// shorthandAsUsed reads shorthand that stands for a title after a word
// saying which office (questions.yaml after_office) and for another word
// elsewhere (shorthand) as the title, wherever the articles use the
// title's word and never the other: "the dialysis doc" is a doctor in
// articles that speak of the doctor and of no document.
func (e *Engine) shorthandAsUsed(s string) string {
	qw := loadQuestionWords()
	f := strings.Fields(s)
	changed := false
	for i, w := range f {
		core := strings.TrimRight(w, "?!.,;:")
		low := strings.ToLower(core)
		title, ok := qw.AfterOffice[low]
		other, both := qw.Shorthand[low]
		if !ok || !both || e.vocab.df(e.terms.of(other)) > 0 || e.vocab.df(e.terms.of(title)) == 0 {
			continue
		}
		f[i], changed = title+w[len(core):], true
	}
	if !changed {
		return s
	}
	return strings.Join(f, " ")
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
		if long, short := loadQuestionWords().OfficeShorthand[prev]; short && (ok || afterOfficeTitle(core)) {
			// "def min": the defence minister; "dep ag minister": the
			// deputy agriculture minister.
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

// withoutWords is s without its words whose lemma is one of lemmas
// ("does the pause last" → "does the pause"); s itself when nothing else
// would be left.
func withoutWords(s string, lemmas []string) string {
	var kept []string
	dropped := false
	for _, w := range strings.Fields(s) {
		if slices.ContainsFunc(english.Lemmas(strings.ToLower(strings.Trim(w, "?!.,"))), func(l string) bool { return slices.Contains(lemmas, l) }) {
			dropped = true
			continue
		}
		kept = append(kept, w)
	}
	if !dropped || len(kept) == 0 {
		return s
	}
	return strings.Join(kept, " ")
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
// "€340m", "1.6bn", "20k") as the articles print them: "45 million".
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
		if full, ok := sh[strings.ToLower(core)]; ok {
			f[i], changed = full+w[len(core):], true
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

// startsWithPhrase reports which of the phrases low starts with, as whole
// words; the longest wins.
func startsWithPhrase(low string, phrases []string) (string, bool) {
	best := ""
	for _, p := range phrases {
		if len(p) > len(best) && strings.HasPrefix(low, p) && (len(low) == len(p) || !isWordByte(low[len(p)])) {
			best = p
		}
	}
	return best, best != ""
}

// holdsPhrase finds one of the phrases anywhere in low as whole words.
func holdsPhrase(low string, phrases []string) (string, int, bool) {
	for _, p := range phrases {
		for from := 0; ; {
			i := strings.Index(low[from:], p)
			if i < 0 {
				break
			}
			i += from
			end := i + len(p)
			if (i == 0 || !isWordByte(low[i-1])) && (end == len(low) || !isWordByte(low[end])) {
				return p, i, true
			}
			from = i + 1
		}
	}
	return "", 0, false
}

// subjectAfterName is what a sentence says after the name it opens with,
// when an about word links it ("… on consent??" → "consent"); "" when
// none does.
func subjectAfterName(rest string) string {
	f := strings.Fields(strings.Trim(rest, " ?!.,;:-"))
	if len(f) < 2 || !slices.Contains(loadQuestionWords().AboutWords, strings.ToLower(f[0])) {
		return ""
	}
	return strings.Join(f[1:], " ")
}

// withoutClosingAsk drops from a question's content a phrase of several
// words closing it that asks again what its opening asked ("where were
// the talks held exactly, what building"): it says what kind of answer,
// not what about. A single word there ("… deadline") may be what the
// question is about, and stays.
func withoutClosingAsk(content string, ends []string) string {
	low := strings.ToLower(content)
	for _, e := range ends {
		if !strings.Contains(e, " ") {
			continue
		}
		if p, at, ok := holdsPhrase(low, []string{e}); ok && at > 0 && strings.Trim(low[at+len(p):], " ?!.") == "" {
			return strings.TrimRight(strings.TrimSpace(content[:at]), " ,;-")
		}
	}
	return content
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80 || c == '\''
}

// asksForWords reports whether what follows a person in a question asks
// for their words: a speech verb, a word for quotes, or "on"/"about" and a
// subject.
func asksForWords(rest string) bool {
	f := strings.Fields(strings.ToLower(rest))
	if len(f) == 0 {
		return false
	}
	if len(f) > 1 && isDash(f[0]) {
		// "europe minister - will russia block …": their word on it.
		return true
	}
	if aboutLinks[strings.Trim(f[0], ",:;-")] && f[0] != "and" && len(f) > 1 {
		return true
	}
	verbs := speechWords()
	qw := loadQuestionWords()
	for _, w := range f {
		w = strings.Trim(w, "?!.,;:'")
		if verbs[w] || slices.Contains(qw.QuoteNouns, w) {
			return true
		}
	}
	return false
}

// speechWords are the one-word forms of the speech verbs questions use.
var speechWords = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, v := range people.Default().SpeechVerbs("ask") {
		m[v.Form] = true
	}
	return m
})

// titleWords reports whether text holds nothing but words that may stand
// before a name in a question: articles, titles and their modifiers,
// nationalities, short abbreviations ("fm", "pm", "gen"), words that
// call someone ("the think tank guy ritter"), and words of what the
// articles say p is ("georgetown prof ellison": she teaches at
// Georgetown).
func (e *Engine) titleWords(text string, p *person) bool {
	lx := e.lexicon()
	var theirs map[string]bool
	qw := loadQuestionWords()
	ws := strings.Fields(strings.ToLower(text))
	for i := 0; i < len(ws); i++ {
		w := strings.Trim(ws[i], ",:;-.")
		if n := orgWordsAt(lx, ws, i); n > 0 {
			// "ukraine un ambassador dovzhenko" (the UN spelt out):
			// where they serve.
			i += n - 1
			continue
		}
		switch {
		case w == "" || w == "the" || w == "and" || w == "so" || w == "but" || qw.personNoun[w]:
		case lx.IsTitleNoun(w) || lx.IsModifier(w):
		case len(w) <= 3 && !english.Lookup(w).Known:
		default:
			if _, ok := lx.Nation(w); ok {
				continue
			}
			if theirs == nil {
				theirs = p.describedBy()
			}
			if !theirs[fold(people.StripPossessive(w))] {
				return false
			}
		}
	}
	return true
}

// asksAfter reports words opening with a question word ("what did
// ukraine get out of it", "why …") or a word joining a subject ("on
// whether the strike puts the next swap at risk"): what is asked of
// whoever stands before them.
func asksAfter(rest string) bool {
	f := strings.Fields(strings.ToLower(rest))
	if len(f) > 2 && isDash(f[0]) {
		// "ukr deputy fm - is this the end of the road": a question of
		// them, past the dash.
		return true
	}
	if len(f) < 2 {
		return false
	}
	w := strings.Trim(f[0], ",:;-")
	return slices.Contains(loadQuestionWords().AskingWords, w) || aboutLinks[w] && w != "and"
}

// isDash reports a word that is only a dash ("-", "–", "—"): in a
// question it sets what follows apart from what comes before.
func isDash(w string) bool {
	return w != "" && strings.Trim(w, "-–—") == ""
}

// orgWordsAt is how many of ws, from the i-th on, name an organisation
// the people model knows ("united nations", "un"); 0 when they name none.
func orgWordsAt(lx *people.Lexicon, ws []string, i int) int {
	for n := min(4, len(ws)-i); n > 0; n-- {
		if _, ok := lx.Organisation(strings.Join(ws[i:i+n], " ")); ok {
			return n
		}
	}
	return 0
}

// aboutLinks join a person to a subject in a short question: "Merz on
// Minsk", "Zelensky about NATO", "peskov re: guarantees".
// maxComplementWords bounds the words of a title's complement in a
// description leading a question ("of ukraine's air nav service").
const maxComplementWords = 8

var aboutLinks = map[string]bool{"on": true, "about": true, "re": true, "regarding": true, "concerning": true, "over": true, "and": true}

// leadingPerson reads a question that opens with a person — by name,
// title and name, role or organisation, as the people model finds them
// (findPeople) — and goes on with a subject: "peskov on the security
// guarantees", "Zelensky NATO", "General Marquardt about violations", "the
// SWP expert on article 5". It asks what they said about it.
func (e *Engine) leadingPerson(s string) (who, about string, p *person, ok bool) {
	n := len(strings.Fields(s))
	long := n > 12
	if n > 20 {
		return "", "", nil, false
	}
	spans := e.findPeople(s)
	if len(spans) == 0 {
		return "", "", nil, false
	}
	sp := spans[0]
	// "foreign ministry spokeswoman voloshyna": a role and the name of
	// one person, read as two stretches, are one.
	for len(spans) > 1 && spans[1].p == sp.p && strings.TrimSpace(s[sp.end:spans[1].start]) == "" {
		sp.end, sp.via = spans[1].end, spans[1].via
		spans = spans[1:]
	}
	if long && !asksAfter(s[sp.end:]) {
		// A long question naming someone is a search that names them,
		// unless a question about them follows their name: "dr voss
		// what did ukraine get out of the truce for the grid", "first
		// deputy pm hrytsenko on why they signed with malta and brazil".
		return "", "", nil, false
	}
	// A role alone is too loose a reading of a few keywords ("kremlin
	// christmas truce" is about the Kremlin, not its spokesman's words),
	// unless the question asks for words ("finnish defence minister what
	// did he say", "the ombudsman on the swap").
	if (sp.via == people.ViaRole || sp.via == people.ViaOrganisation) && !asksForWords(s[sp.end:]) && !followUp(s, sp.end) {
		return "", "", nil, false
	}
	// Only a person named first — after perhaps a title or a country
	// the people model did not join to the name ("deputy fm kovalchuk",
	// "finnish defence minister aaltonen"): "sanctions and Merz" is a
	// search that names him, not a question about his words.
	if !e.titleWords(s[:sp.start], sp.p) {
		return "", "", nil, false
	}
	if e.ownerOfSomeone(s, sp.end) {
		// "putin's spokesman on the talks": the spokesman, whom the
		// question's other readings find.
		return "", "", nil, false
	}
	rest := strings.Fields(strings.TrimLeft(s[sp.end:], "'’s"))
	if len(rest) > 0 && aboutLinks[strings.ToLower(strings.Trim(rest[0], ",:;-"))] {
		rest = rest[1:]
	}
	// The person found is kept only when named: a role alone is resolved
	// from the words as asked (resolveSpeaker), which checks whose it is.
	start := sp.start
	if sp.via == people.ViaRole || sp.via == people.ViaOrganisation {
		// "ukraine's delegation head on the formula": the words before
		// the role say whose it is, and stay with it.
		p, start = nil, 0
	} else {
		p = sp.p
	}
	return strings.TrimSpace(s[start:sp.end]), strings.Trim(strings.Join(rest, " "), ",:;- "), p, true
}

// cutPrefixFold is strings.CutPrefix with case folded: "According to X"
// as "according to X".
func cutPrefixFold(s, prefix string) (string, bool) {
	if len(s) < len(prefix) || !strings.EqualFold(s[:len(prefix)], prefix) {
		return s, false
	}
	return s[len(prefix):], true
}
