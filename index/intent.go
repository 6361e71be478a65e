package index

import (
	_ "embed"
	"fmt"
	"slices"
	"strings"
	"sync"
	"unicode"

	"go.yaml.in/yaml/v3"

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
	asksChatter asks = "chatter" // members talking to each other, not asking
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
	// money says a "how much" question asking for a sum ("how much is
	// canada giving", "how much r tickets"): a sum in a currency answers
	// it.
	money bool
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
	// thing is the thing a question asks the name of, when it is no one
	// ("the hotel where the talks r"): the answer must give a name.
	thing string
	// credit is the role an article's credits give the one an author
	// question asks for ("editor" of "who edited the meridian story"),
	// "" for its writer.
	credit string
	// deed is what a credit question asks who did ("took the pics at the
	// crossing"), read as a "who" question's when the credits do not say.
	deed string
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
	after := f[1:]
	if ns, rest, ok := agentPhrase(f); ok {
		// "in charge of the checkpoint": its head or commander.
		nouns, after = ns, rest
	}
	rest := slices.DeleteFunc(slices.Clone(after), func(w string) bool { return w == "the" })
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

// agentPhrase reads words (lower case) opening with a phrase a "who"
// question asks by as by a verb of office (questions.yaml agent_phrases:
// "in charge of the checkpoint"): the nouns for its doer and the words
// after it.
func agentPhrase(f []string) (nouns, rest []string, ok bool) {
	for phrase, ns := range loadQuestionWords().AgentPhrases {
		if p := strings.Fields(phrase); len(f) > len(p) && slices.Equal(f[:len(p)], p) {
			return ns, f[len(p):], true
		}
	}
	return nil, nil, false
}

// withoutAgentPhrase is a question's content without the agent phrase
// it asks by ("was in charge of the checkpoint": "was the checkpoint"):
// the phrase's words say what is asked of the one who did it, not what
// about, and the articles may say "commanding" for it, never "charge".
func withoutAgentPhrase(content string) string {
	low := strings.ToLower(content)
	for phrase := range loadQuestionWords().AgentPhrases {
		if i := strings.Index(low, phrase+" "); i >= 0 && (i == 0 || low[i-1] == ' ') {
			return content[:i] + content[i+len(phrase)+1:]
		}
	}
	return content
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
		if in.money {
			return typeNumber | typeMoney
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
		// Summing are the openings asking for an amount, a sum when a
		// word for money or a price follows ("how much r tickets").
		Summing []string `yaml:"summing"`
		// Measuring are the openings asking for a number with its unit
		// ("how long": "It runs for 30 days").
		Measuring []string `yaml:"measuring"`
		// Clocking are the openings asking for a time of day ("what
		// time did they sign"): a clock time answers.
		Clocking []string `yaml:"clocking"`
		// Lasting are the verbs (lemmas) a measure answers ("last").
		Lasting []string `yaml:"lasting"`
		// WithPiece are openings that give the kind only when the
		// question goes on to name a kind of piece ("who reported the
		// wire story", not "who reported the attack").
		WithPiece []string `yaml:"with_piece"`
	} `yaml:"kinds"`
	Filler            []string            `yaml:"filler"`
	PronounUsAfter    []string            `yaml:"pronoun_us_after"`
	QuoteNouns        []string            `yaml:"quote_nouns"`
	AboutWords        []string            `yaml:"about_words"`
	SaidLinks         []string            `yaml:"said_links"`
	AgentNouns        map[string][]string `yaml:"agent_nouns"`
	AgentPhrases      map[string][]string `yaml:"agent_phrases"`
	OneToWords        []string            `yaml:"one_to_words"`
	GoingOnVerbs      []string            `yaml:"going_on_verbs"`
	TalkVerbs         []string            `yaml:"talk_verbs"`
	PrepositionAlike  map[string][]string `yaml:"preposition_alike"`
	AgentOpenings     []string            `yaml:"agent_verb_openings"`
	LightVerbs        []string            `yaml:"light_verbs"`
	LightParticles    []string            `yaml:"light_verb_particles"`
	LightDeterminers  []string            `yaml:"light_verb_determiners"`
	ReactionVerbs     []string            `yaml:"reaction_verbs"`
	StanceWords       []string            `yaml:"stance_words"`
	StanceAdverbs     []string            `yaml:"stance_adverbs"`
	Shorthand         map[string]string   `yaml:"shorthand"`
	Units             []string            `yaml:"units"`
	NumberUnits       map[string]string   `yaml:"number_units"`
	AbsentShorthand   map[string][]string `yaml:"absent_shorthand"`
	AbsentRelated     map[string][]string `yaml:"absent_related"`
	PlaceSuffixes     []string            `yaml:"place_suffixes"`
	Ordinals          []string            `yaml:"ordinals"`
	OrdinalSuffix     []string            `yaml:"ordinal_suffixes"`
	NumberSuffix      map[string]string   `yaml:"number_suffixes"`
	OriginWords       []string            `yaml:"origin_words"`
	QualifierLinks    []string            `yaml:"qualifier_links"`
	FrontedJoins      []string            `yaml:"fronted_joins"`
	TimeLinks         []string            `yaml:"time_links"`
	DefinitionAsks    []string            `yaml:"definition_asks"`
	FormerJoins       []string            `yaml:"former_joins"`
	ListenerPronouns  []string            `yaml:"listener_pronouns"`
	UnnamedWords      []string            `yaml:"unnamed_words"`
	UnnamedPhrases    []string            `yaml:"unnamed_phrases"`
	NameWords         []string            `yaml:"name_words"`
	SurnameWords      []string            `yaml:"surname_words"`
	NamingWords       []string            `yaml:"naming_words"`
	NamePlaceLinks    []string            `yaml:"name_place_links"`
	SideSpeaker       string              `yaml:"side_speaker"`
	TitleShorthand    map[string]string   `yaml:"title_shorthand"`
	AfterOffice       map[string]string   `yaml:"after_office"`
	AfterNumber       map[string]string   `yaml:"after_number"`
	BeforeName        map[string]string   `yaml:"before_name"`
	OfficeShorthand   map[string]string   `yaml:"office_shorthand"`
	PersonNouns       []string            `yaml:"person_nouns"`
	Reflexives        []string            `yaml:"reflexives"`
	NounGender        map[string][]string `yaml:"person_noun_gender"`
	MediumWords       []string            `yaml:"medium_words"`
	ContrastOpenings  []string            `yaml:"contrast_openings"`
	ContrastModifiers []string            `yaml:"contrast_modifiers"`
	MediumLinks       []string            `yaml:"medium_links"`
	VenueWords        []string            `yaml:"venue_words"`
	WhyOfActs         []string            `yaml:"why_of_acts"`
	ReasonOpenings    []string            `yaml:"reason_openings"`
	KinNouns          []string            `yaml:"kin_nouns"`
	GenderGuessed     []string            `yaml:"gender_guessed"`
	ParentKin         []string            `yaml:"parent_kin"`
	OldWords          []string            `yaml:"old_words"`
	OldAge            int                 `yaml:"old_age"`
	ChildKin          []string            `yaml:"child_kin"`
	ChildWords        []string            `yaml:"child_words"`
	Particles         []string            `yaml:"particles"`
	DerivedEndings    [][]string          `yaml:"derived_endings"`
	Fields            [][]string          `yaml:"fields"`
	ThirdPartyWords   []string            `yaml:"third_party_words"`
	AgainPrefixes     []string            `yaml:"again_prefixes"`
	AgainWords        []string            `yaml:"again_words"`
	FollowUp          []string            `yaml:"follow_up"`
	ArticleNouns      []string            `yaml:"article_nouns"`
	DocumentNouns     []string            `yaml:"document_nouns"`
	CreditPhrases     map[string]string   `yaml:"credit_phrases"`
	AuthorNouns       []string            `yaml:"author_nouns"`
	OpinionNouns      []string            `yaml:"opinion_nouns"`
	WireNouns         []string            `yaml:"wire_nouns"`
	TimeWords         []string            `yaml:"time_words"`
	Subordinators     []string            `yaml:"subordinators"`
	ClauseOpeners     []string            `yaml:"clause_openers"`
	AskingWords       []string            `yaml:"asking_words"`
	// Chatter is what members say to each other, not of the news: an
	// invitation ("anyone up for ranked tonight"), or a greeting with
	// nothing but small talk after it ("gm everyone hows it going").
	Chatter struct {
		Invitations []string `yaml:"invitations"`
		Greetings   []string `yaml:"greetings"`
		SmallTalk   []string `yaml:"small_talk"`
		// SmallTalkOpeners are small talk whatever follows ("hows ur").
		SmallTalkOpeners []string `yaml:"small_talk_openers"`
		// Addressed are the words for whom a greeting greets ("morning
		// all"); PlainGreetings the greetings that are no other word,
		// set aside before a question with no mark after them ("gm what
		// did peskov say").
		Addressed      []string `yaml:"addressed"`
		PlainGreetings []string `yaml:"plain_greetings"`
		// Pastimes are chat's words for a sport or a show that WordNet
		// files otherwise ("derby", a hat; "league", an association):
		// never used by the articles, as english.Pastime's, they mark
		// a question about something they do not cover.
		Pastimes []string `yaml:"pastimes"`
	} `yaml:"chatter"`
	PersonAsking     []string `yaml:"person_asking_words"`
	ClosingAdverbs   []string `yaml:"closing_adverbs"`
	AgeQuestions     []string `yaml:"age_questions"`
	ClosingRequests  []string `yaml:"closing_requests"`
	NounKindOpenings []string `yaml:"noun_kind_openings"`
	SpeakerOpen      []string `yaml:"speaker_openings"`
	SpeakerDet       []string `yaml:"speaker_determiners"`
	GenericDet       []string `yaml:"generic_determiners"`
	ViewNouns        []string `yaml:"view_nouns"`
	TellingNouns     []string `yaml:"telling_nouns"`
	QuoteNounMods    []string `yaml:"quote_noun_modifiers"`
	// ExistentialOpenings open a sentence saying a quote exists ("theres
	// a quote about …"), naming no one who said it.
	ExistentialOpenings []string          `yaml:"existential_openings"`
	QuoteNounLinks      []string          `yaml:"quote_noun_links"`
	AboutLead           []string          `yaml:"about_leads"`
	AboutPronouns       []string          `yaml:"about_pronouns"`
	VerbCompounds       []string          `yaml:"verb_compounds"`
	SideNouns           []string          `yaml:"side_nouns"`
	PartyNouns          []string          `yaml:"party_nouns"`
	AgeUnits            []string          `yaml:"age_units"`
	TopicFollowUp       []string          `yaml:"topic_follow_up"`
	AgeAlone            []string          `yaml:"age_alone"`
	PossessivePron      map[string]string `yaml:"possessive_pronouns"`
	ComplementLinks     []string          `yaml:"complement_links"`

	filler         map[string]bool
	complementLink map[string]bool
	// nounGender is the gender each word of person_noun_gender marks.
	nounGender map[string]string
	pronounUs  map[string]bool
	personNoun map[string]bool
	particle   map[string]bool
	// asking are the words opening what a question asks, of a thing or
	// of a person (asking_words, person_asking_words).
	asking []string
}

var loadQuestionWords = sync.OnceValue(func() *questionWords {
	var qw questionWords
	if err := yaml.Unmarshal(questionsYAML, &qw); err != nil {
		panic(fmt.Sprintf("index: data/questions.yaml: %v", err)) // embedded data, checked by tests
	}
	qw.filler, qw.pronounUs, qw.personNoun, qw.particle = map[string]bool{}, map[string]bool{}, map[string]bool{}, map[string]bool{}
	qw.asking = append(append([]string(nil), qw.AskingWords...), qw.PersonAsking...)
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
		in.who, in.about = e.absentWrittenOut(withoutVenue(withoutContrast(who))), aboutWithoutMedium(in.about)
	}
	return in
}

// withoutContrast is who without the one a member says they do not mean
// ("the actual reintegration minister, not the deputy": the minister):
// what follows a "not" that opens a contrast is no part of whom they ask
// about, nor is the word that insists on the one meant ("actual",
// "real": questions.yaml contrast_modifiers).
func withoutContrast(who string) string {
	qw := loadQuestionWords()
	low := strings.ToLower(who)
	for _, c := range qw.ContrastOpenings {
		if i := strings.Index(low, c); i > 0 {
			if cut := strings.TrimRight(strings.TrimSpace(who[:i]), ",;("); cut != "" {
				who = cut
				break
			}
		}
	}
	f := strings.Fields(who)
	for i := 1; i+1 < len(f); i++ {
		if strings.EqualFold(f[i-1], "the") && slices.Contains(qw.ContrastModifiers, strings.ToLower(f[i])) {
			return strings.Join(slices.Delete(f, i, i+1), " ")
		}
	}
	return who
}

// absentWrittenOut is who with each word the articles never use that
// questions.yaml absent_shorthand reads as one they do written so ("the
// cops" are the police); a role mistyped was written out when the
// question was read (roleTypos). The search reads the words of a
// question so (questionTerms); this is who a question asks about.
func (e *Engine) absentWrittenOut(who string) string {
	f := strings.Fields(who)
	changed := false
	for i, w := range f {
		low := strings.ToLower(w)
		if e.vocab.df(e.terms.of(low)) > 0 {
			continue
		}
		for _, full := range loadQuestionWords().AbsentShorthand[low] {
			if e.vocab.df(e.terms.of(full)) > 0 {
				f[i], changed = full, true
				break
			}
		}
	}
	if !changed {
		return who
	}
	return strings.Join(f, " ")
}

// chatter reports a message that is members talking to each other
// (questions.yaml chatter): one opening with an invitation ("anyone up
// for ranked tonight? need a 5th"), or a greeting with nothing after it
// but small talk ("gm everyone hows it going"). It asks nothing of the
// articles, whatever everyday words it shares with them.
func chatter(text string) bool {
	c := loadQuestionWords().Chatter
	low := strings.Join(strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\''
	}), " ")
	if _, ok := startsWithPhrase(low, c.Invitations); ok {
		return true
	}
	_, rest, _, ok := greeting(low)
	if !ok {
		return false
	}
	if _, ok := startsWithPhrase(rest, c.SmallTalkOpeners); ok {
		return true
	}
	return rest == "" || slices.Contains(c.SmallTalk, rest)
}

// greeting splits text opening with a greeting (questions.yaml chatter
// greetings) into the greeting and what follows it, whom it greets set
// aside ("all", "everyone": chatter addressed); addressed says whether
// it named them. ok is false when text opens with no greeting.
func greeting(text string) (g, rest string, addressed, ok bool) {
	c := loadQuestionWords().Chatter
	if g, ok = startsWithPhrase(strings.ToLower(text), c.Greetings); !ok {
		return "", text, false, false
	}
	rest = strings.TrimLeft(text[len(g):], " ")
	if w, named := startsWithPhrase(strings.ToLower(rest), c.Addressed); named {
		rest, addressed = strings.TrimLeft(rest[len(w):], " "), true
	}
	return g, rest, addressed, true
}

// withoutGreeting is a question without the greeting it opens with ("gm,
// what did peskov say", "morning all, when were the talks"): a greeting
// set off by a mark or followed by whom it greets, or one that is no word
// of anything else (chatter plain_greetings: "gm", "hi", "hey"), is no
// part of what is asked.
func withoutGreeting(text string) string {
	g, rest, addressed, ok := greeting(text)
	if !ok {
		return text
	}
	marked := strings.HasPrefix(rest, ",") || strings.HasPrefix(rest, "!") || strings.HasPrefix(rest, ".")
	if !marked && !addressed && !slices.Contains(loadQuestionWords().Chatter.PlainGreetings, g) {
		return text // "morning briefing on the talks": no greeting
	}
	out := strings.TrimLeft(rest, " ,!.-")
	if !hasWord(out) {
		return text
	}
	return out
}

// read is understand before the show someone spoke on is set aside.
func (e *Engine) read(question string) intent {
	typed := normalise(question)
	if chatter(typed) {
		// Read before the rest: nothing of it is asked.
		return intent{asked: question, text: typed, kind: asksChatter}
	}
	unspelt := e.roleTypos(e.untransposed(e.askingTypo(expandShorthand(e.shorthandAsUsed(unitsAfterNumbers(e.beforeNames(e.compoundsAsWritten(withoutGreeting(typed)))))))))
	spelt := e.definedAcronymAsked(e.spellAcronyms(unspelt))
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
	in.thing = e.thingNameAsked(s)
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
		p, ok := startsWithPhrase(low, spec.Start)
		if w, piece := startsWithPhrase(low, spec.WithPiece); !ok && piece && namesPiece(low[len(w):], qw.ArticleNouns) {
			p, ok = w, true
		}
		if ok {
			in.kind, opens = k, true
			in.content = strings.TrimSpace(s[len(p):])
			if k == asksAuthor && qw.CreditPhrases[p] != "" {
				// "who edited the meridian story": the one its credits
				// make its editor, not its author; what was done, should
				// the credits not say.
				in.credit = qw.CreditPhrases[p]
				in.deed = strings.TrimSpace(s[len("who"):])
				if strings.HasPrefix(in.content, "for ") {
					// "who signed for russia", "who signed for the
					// bodies": a side's signatory, a receipt; no piece
					// signed off.
					in.kind, in.content, in.credit = asksWho, in.deed, ""
				}
			}
			in.counts = slices.Contains(spec.Counting, p)
			in.measures = slices.Contains(spec.Measuring, p)
			in.clock = slices.Contains(spec.Clocking, p)
			in.money = slices.Contains(spec.Summing, p)
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
			in.money = slices.Contains(spec.Summing, p)
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
	// "how much is canada giving": an amount, asked for as a sum.
	in.money = in.money && in.kind == asksHowMany && !in.measures && namesMoney(low)
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

// namesPiece reports whether low holds one of the words for a kind of
// piece (questions.yaml article_nouns) as whole words.
func namesPiece(low string, nouns []string) bool {
	_, _, ok := holdsPhrase(low, nouns)
	return ok
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
