package index

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"sort"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search"

	"github.com/talksbot/talksbot/corpus"
	"github.com/talksbot/talksbot/corpus/people"
	"github.com/talksbot/talksbot/index/english"
)

// ErrEmptyQuestion is returned for a question with no words.
var ErrEmptyQuestion = errors.New("index: empty question")

// ErrClosed is returned by an engine after Close.
var ErrClosed = errors.New("index: engine closed")

// ErrUnknownTopic is returned by Topic for a name no topic has.
var ErrUnknownTopic = errors.New("index: unknown topic")

// AskOptions tunes one question.
type AskOptions struct {
	Limit int // passages at most; 0 means the engine's default
	// Quotes is how many quotes a quote answer carries at most; 0 means
	// DefaultQuotes. Answer.QuotesTotal still counts them all.
	Quotes int
	// After names the person the member's previous answer was about
	// (that Answer's Speaker), when the question follows it in the same
	// conversation: "and what did she say about drones" is read as about
	// them, if the pronoun fits. "" reads the question alone.
	After string
	// AfterAlso are the others that answer's question named whom the
	// pronoun may mean as well (Answer.OthersAfter: "prof zielinska on
	// hrytsenko", two women): "what did she tell the qatari envoy" is
	// the one of them whose words are on it, else After.
	AfterAlso []string
}

// DefaultLimit is how many passages an answer carries unless asked.
const DefaultLimit = 5

// DefaultQuotes bounds the quotes of one answer: enough for anyone in a
// news corpus, and a reply that still fits a few Discord pages.
const DefaultQuotes = 25

// Engine answers questions over one immutable corpus snapshot.
// It is safe for concurrent use.
type Engine struct {
	idx bleve.Index
	log *slog.Logger
	// data is what answering needs of the whole corpus (data.go); the
	// passages and quotes themselves stay in the index, read for the few
	// hits a question looks at.
	data *indexData
	// bm25, when set, are the statistics searches are scored with (those
	// of the corpus, whatever the segments; see indexData).
	bm25  *search.BM25Stats
	lists *quoteLists
	docs  *docSource
	// titles finds articles by the words of their titles, read on first
	// use (titles.go).
	titles titleIndex
	// stored reads records by number, for an index that never changes.
	stored *storedReader
	// corpus is the corpus the engine was built from, when it was given
	// one (not for an index opened from a Folder): what a repair rebuilds.
	corpus *corpus.Corpus
	// folder is the corpus folder the engine was opened from, if it was.
	folder *Folder
	// lex is the people model questions are read with (lexicon()).
	lex    *people.Lexicon
	terms  *terms
	vocab  *vocab
	people []person
	who    *peopleIndex // finds people in questions (people.go)
	// personWords are the folded surnames of the corpus's people, for
	// telling a name in a passage from another capitalised word.
	personWords map[string]bool
	// roleNouns are the last words of the roles the articles give
	// people, in lower case ("deminer", "pharmacist"): what the corpus
	// itself says someone is, beside the lexicon's words for a person.
	roleNouns map[string]bool
	// byKey finds a person of the articles by the transliteration key of
	// their full name or an alias (people.Key).
	byKey      map[string]*person
	fillerOnce sync.Once
	filler     map[string]bool
	// roles are the roles the articles quote unnamed speakers by that
	// name each person's office, worked out when first needed (rolesOf).
	rolesOnce sync.Once
	// moneyOnce reads moneyTerms, the index terms of the words for money
	// (answertypes.yaml money), once: every question looks them up.
	moneyOnce  sync.Once
	moneyTerms map[string]bool
	roles      map[*person][]string
	// sourcesOnce reads sources, the roles unnamed sources are quoted
	// by (sourceRoleList).
	sourcesOnce sync.Once
	sources     []string
	// nations remembers the countries words name that the people model
	// does not know (inferredNation), by word; nameWordsOnce reads
	// nameWords, the words of people's full names, folded.
	nations       sync.Map
	nameWordsOnce sync.Once
	nameWords     map[string]bool
	// writersOnce reads writers, the people a byline names alone
	// (soleAuthor) of any document, once: a quote question looks for
	// what its speaker wrote only when they wrote something.
	writersOnce sync.Once
	writers     map[*person]bool
	// sourceTermsOnce reads sourceTermsOf, the index terms of the words
	// of the articles' outlets and titles (outletTerm, titleTerm), once.
	sourceTermsOnce sync.Once
	sourceTermsOf   *sourceTerms
	// topics can be replaced while the engine serves (SetTopics).
	topics atomic.Pointer[topicSet]
	// dir is the on-disk index folder, "" for an in-memory index; files
	// are the sizes of its files when it was opened (see Check).
	dir   string
	files manifest

	closed atomic.Bool
}

// topicSet is the engine's topics with their passage counts, counted once.
type topicSet struct {
	list   []Topic
	once   sync.Once
	counts []TopicCount
	err    error
}

// newEngine is an engine over idx with the corpus-wide data; the caller
// sets where its quote lists and documents are read from (lists, docs)
// and, for an index it keeps on disk, the BM25 statistics (bm25).
func newEngine(idx bleve.Index, data *indexData, lx *people.Lexicon, topics []Topic, log *slog.Logger) (*Engine, error) {
	an := idx.Mapping().AnalyzerNamed(analyzerName)
	if an == nil {
		return nil, fmt.Errorf("index: analyzer %q missing", analyzerName)
	}
	if lx == nil {
		lx = people.Default()
	}
	e := &Engine{
		idx: idx, log: log, data: data, lex: lx,
		terms: &terms{an: an},
		// The vocabulary (for correcting typos) is read from the index
		// when a question first needs it: most never do.
		vocab: newVocab(func() (map[string]struct{}, error) { return vocabularyOf(idx, data.Ghosts) }, data.Passages,
			func(term string) int { return docFreq(idx, term) },
			func(term string) int { return termCount(idx, fieldSection, term) }),
	}
	e.SetTopics(topics)
	e.people, e.who = newPeople(data, lx, e.terms)
	e.personWords, e.roleNouns, e.byKey = map[string]bool{}, map[string]bool{}, map[string]*person{}
	for i := range e.people {
		p := &e.people[i]
		for _, n := range append([]string{p.Name}, p.Aliases...) {
			if k := people.Key(n); e.byKey[k] == nil {
				e.byKey[k] = p
			}
		}
		if p.last != "" {
			e.personWords[p.last] = true
		}
		for _, a := range p.Aliases {
			if !strings.Contains(a, " ") && a != "" {
				// "Baba", "Kati": a word the articles call them by.
				e.personWords[a] = true
			}
		}
		for _, r := range p.titles() {
			// Only a role that is a noun and its modifiers ("tractor
			// driver"), not one going on about what of ("deputy head of
			// the defence committee").
			f := strings.Fields(r)
			if len(f) == 0 || slices.ContainsFunc(f, func(w string) bool { return roleFillerWord(strings.ToLower(w)) }) {
				continue
			}
			if w := f[len(f)-1]; strings.ToLower(w) == w {
				e.roleNouns[w] = true
			}
		}
	}
	return e, nil
}

// personNoun reports a word for what someone is: one the people lexicon
// has ("pharmacist", "minister"), or the last word of a role the articles
// give someone ("deminer").
func (e *Engine) personNoun(w string) bool { return e.lex.IsPersonNoun(w) || e.roleNouns[w] }

// thingNotSomeone reports who, as a question wrote it, ending in a word
// for a thing, not for someone nor a body of people: a noun of everyday
// English, written in lower case, that no sense of calls a person, a
// title, a relative or an organisation, and no other word of who is one
// ("the ceasefire deal", "the annex"; not "the pope", "the ministry",
// "NATO", "the us secretary of state").
func (e *Engine) thingNotSomeone(who string) bool {
	f := strings.Fields(who)
	if len(f) == 0 {
		return false
	}
	for _, w := range f {
		w = strings.Trim(w, ",.?!")
		low := strings.ToLower(people.StripPossessive(w))
		if w != strings.ToLower(w) || e.wordForSomeone(low) || e.lex.IsTitleNoun(low) || e.lex.IsKin(low) || e.lex.IsOrganisationWord(low) || e.isPersonWord(low) {
			return false
		}
	}
	// A verb's word too, as the head of a description ("the deal").
	w := english.Lookup(strings.ToLower(strings.Trim(f[len(f)-1], ",.?!")))
	return w.Known && !w.Name && (w.POS == 'n' || w.POS == 'v')
}

// wordForSomeone reports a lower-case word a question may use for a
// person: personNoun's, or chat's ("guy", "lady": questions.yaml
// person_nouns).
func (e *Engine) wordForSomeone(w string) bool {
	return e.personNoun(w) || loadQuestionWords().personNoun[w]
}

// isPersonWord reports whether a lower-case word is the surname of
// someone the articles name.
func (e *Engine) isPersonWord(w string) bool { return e.personWords[fold(w)] }

// fillerTerms are the index terms of the question words that are syntax,
// not content (data/questions.yaml), so that their inflections ("mentions",
// "happening") are filler too.
func (e *Engine) fillerTerms() map[string]bool {
	e.fillerOnce.Do(func() {
		e.filler = map[string]bool{}
		for w := range loadQuestionWords().filler {
			if t := e.terms.of(w); t != "" {
				e.filler[t] = true
			}
		}
	})
	return e.filler
}

// SetTopics replaces the engine's topics (nil means DefaultTopics()), for
// when only the topics changed and the index can stay. Questions already
// under way finish with the topics they started with.
func (e *Engine) SetTopics(topics []Topic) {
	if topics == nil {
		topics = DefaultTopics()
	}
	e.topics.Store(&topicSet{list: append([]Topic(nil), topics...)})
}

// Ask answers a free-form question. The intent step (intent.go) reads it
// once; each kind of question then has its own answer path.
func (e *Engine) Ask(ctx context.Context, question string, opts AskOptions) (*Answer, error) {
	if e.closed.Load() {
		return nil, ErrClosed
	}
	in := e.understand(question)
	if !hasWord(in.text) {
		return nil, ErrEmptyQuestion
	}
	q := strings.TrimSpace(question)
	a, err := e.answer(ctx, q, in, opts)
	if err != nil || in.kind != asksSaid && in.kind != asksPerson || a.Speaker != "" {
		return a, err
	}
	if bare := e.withoutPlaceSaid(in.who); bare != in.who {
		// "the radio reporter at the bridge", pinned on no one as asked:
		// the radio reporter, when that is one person.
		place := strings.Fields(strings.TrimPrefix(in.who, bare))
		in.who = bare
		b, err := e.answer(ctx, q, in, opts)
		if err != nil || b.Speaker != "" && !e.placedElse(b.Speaker, place) {
			return b, err
		}
		if b.Speaker != "" && a.SpeakerStatus == SpeakerUnknown {
			// "the mp in hospital", where the one MP is no one the
			// articles put there: not him, and not "no one they
			// mention" either; the passages on what was asked.
			return e.searchAnswer(ctx, q, in.content, typeNone, "", KindSearch, opts)
		}
	}
	return a, nil
}

// answer answers a question as understood (in); q is the question as
// asked, trimmed.
func (e *Engine) answer(ctx context.Context, q string, in intent, opts AskOptions) (*Answer, error) {
	if in.kind == asksChatter {
		// "anyone up for ranked tonight": not a question of the
		// articles; the no-answer, with the topics they do cover.
		return e.withSuggestions(ctx, &Answer{Question: q, Kind: KindSearch, Quotes: []Quote{}, Passages: []Passage{}})
	}
	p, err := e.followedUp(ctx, in, opts)
	if err != nil {
		return nil, err
	}
	if p == nil {
		// "what did her son say", after an answer about her.
		var err error
		if p, err = e.relativeFollowedUp(ctx, in, opts.After); err != nil {
			return nil, err
		}
	}
	if p != nil {
		// "and what did she say about the plant", after an answer about
		// her: her words on it, or who she is.
		a, err := e.quoteAnswer(ctx, q, p, in.about, opts)
		if err != nil {
			return nil, err
		}
		if in.kind == asksPerson {
			a.Kind = KindPerson
			a.Passages = spelledFirst(e.spellingAsked(q, p), introducingFirst(p, namingFirst(p, a.Passages)))
		}
		a.FollowUp = p.Name
		return a, nil
	}
	for _, follow := range []func(context.Context, intent, string) (*person, string, error){
		// "and abt the water?", after an answer about the mayor: her
		// words on the water, when she speaks to it.
		e.topicFollowedUp,
		// "and why did she think pivnichna was chosen", after an answer
		// about her: her words on it.
		e.pronounFollowedUp,
	} {
		p, about, err := follow(ctx, in, opts.After)
		if err != nil {
			return nil, err
		}
		if p == nil {
			continue
		}
		a, err := e.quoteAnswer(ctx, q, p, about, opts)
		if err != nil {
			return nil, err
		}
		a.FollowUp = p.Name
		return a, nil
	}
	if p, about, err := e.homonymOnSubject(ctx, in); err != nil || p != nil {
		// "hrytsenco on when the text comes out", with two Hrytsenkos:
		// the one whose words are on it.
		if err != nil {
			return nil, err
		}
		return e.quoteAnswer(ctx, q, p, about, opts)
	}
	if in.kind == asksAuthor && in.credit != "" {
		// "who edited the meridian story": the one its credits make its
		// editor; else, as any "who" question, whoever did it.
		if a, err := e.authorAnswer(ctx, q, in.content, in.credit, opts); err != nil || a != nil {
			return a, err
		}
		in.kind, in.content = asksWho, in.deed
		in.holders = holdersOf(in.content)
	}
	switch in.kind {
	case asksSaid:
		// "the dutch analyst on the podcast": only someone who speaks on
		// a show is them.
		fits := func(p *person) bool { return e.spokeAsAsked(in, p) }
		if e.isPronoun(in.who) {
			// "and what did she say a ceasefire would mean", with no one
			// before it to be "she": the words are searched.
			break
		}
		if asksUnnamed(in.text) {
			// "what did the nurse in stoyan say, the one who wouldnt
			// give her name": no one the articles name; the words of the
			// unnamed sources they quote so, if any (searchAnswer).
			break
		}
		if e.absentKnown(in.who) {
			// "what did viktor orban say": someone the people model
			// knows and the articles never name, not the Viktor they do.
			return e.unknownSpeaker(ctx, q, in.who)
		}
		p := e.resolveSpeaker(in.who)
		if p == nil && in.found == nil && e.onlyUnnamedTitled(in.who) {
			// "what did the harbour master say", of an unnamed harbour
			// master quoted inside the captain's words: no one the
			// articles name holds that title, whoever holds a word of it
			// (the ship's master, whom a description of the passage
			// might find); the unnamed source's words.
			break
		}
		unnamed := false
		if p != nil && e.resolveName(in.who) == nil {
			if unnamed = e.quotedUnnamedAs(in.who, p); !unnamed {
				// "the soldier at dubrany", of one quoted unnamed there.
				var err error
				if unnamed, err = e.unnamedThere(ctx, in.who, p); err != nil {
					return nil, err
				}
			}
		}
		if unnamed {
			// "what did the diplomat say about the memo": the articles
			// quote "a Western diplomat" unnamed, and the envoy who is
			// an ambassador is not the one they call so; the unnamed
			// source's words (searchAnswer).
			break
		}
		if e.relativeOfNamed(in.who) {
			// "denys kravets mum": not the one whose name the question
			// holds, but their relative (described below).
			p = nil
		} else if p == nil {
			p = in.found
		}
		if !fits(p) {
			p = nil
		}
		if others := e.namesakes(in.who, p); len(others) > 0 {
			// "what did bondar say about the train", of Halyna and
			// Petro Bondar: the one whose words are on it, when only
			// one's are; else which is meant is no guess to make, and
			// the words are searched.
			var q *person
			all := append([]*person{p}, others...)
			if fit := e.ofBackRefGender(in.about, all); len(fit) == 1 && len(fit) < len(all) {
				// "capt halvard on her crew", of the captain and the
				// chief executive sharing her name: her.
				q = fit[0]
			} else if in.about != "" {
				var err error
				if q, err = e.onlyOneOn(ctx, all, e.questionTerms(in.about)); err != nil {
					return nil, err
				}
			}
			p = q
		}
		if p != nil && e.resolveName(in.who) == nil {
			// "the truck driver", of three drivers: the one whose words
			// are on what is asked, when only one's are.
			q, err := e.sharedTitleOn(ctx, in.who, p, in.about)
			if err != nil {
				return nil, err
			}
			if q != nil {
				p = q
			}
		}
		if body, ok := e.bodyQuoted(in.who); ok {
			// "what was the kremlin saying": the articles quote the
			// Kremlin itself, not only its spokesman. The spokesman
			// answers only where their words are on the subject and the
			// Kremlin's are not; else the words are searched, never
			// put in a person's mouth.
			who := p
			if who == nil {
				who = e.spokesperson(in.who)
			}
			on, err := e.speaksOnBefore(ctx, who, body, in.about)
			if err != nil {
				return nil, err
			}
			if !on {
				break
			}
		}
		if p != nil && e.resolveKnown(p.Name) != p {
			// "what did open ledger post": a name the articles only
			// mention (the Open Ledger Initiative, shortened) is a body
			// when the one person quoted for it answers.
			if v := e.bodyVoice(in.who); fits(v) {
				p = v
			}
		}
		if p != nil {
			// "what did the pilot tell brasko over the radio": Brasko's
			// words, when they give what a pilot told him.
			l, err := e.toldListener(q, in.who, p)
			if err != nil {
				return nil, err
			}
			if l != nil {
				p = l
			}
		}
		if p != nil {
			return e.quoteAnswer(ctx, q, p, in.about, opts)
		}
		if p := e.spokesperson(in.who); fits(p) {
			return e.quoteAnswer(ctx, q, p, in.about, opts)
		}
		if p := e.bodyVoice(in.who); fits(p) {
			// "what did unicef say": the one person quoted for it.
			return e.quoteAnswer(ctx, q, p, in.about, opts)
		}
		if rest, ok := describedAuthor(in.who); ok {
			// "the op-ed author", "columnist take on the election issue":
			// whoever wrote the article the words describe.
			p, err := e.describedWriter(ctx, strings.TrimSpace(rest+" "+in.about))
			if err != nil {
				return nil, err
			}
			if p != nil {
				return e.quoteAnswer(ctx, q, p, in.about, opts)
			}
		}
		if p, err := e.speakerDescribed(ctx, in.who); err != nil || fits(p) {
			if err != nil {
				return nil, err
			}
			if in.about != "" {
				// "what did the osce head lady say abt who fired": the
				// OSCE's chair, or the head of its mission there? The one
				// whose words are on the subject, when only one's are.
				others := e.partLeaders(in.who, p)
				if country := e.ofOneNation(in.who); len(others) == 0 && country != "" {
					// "the russian official" on who shelled the plant: of
					// the quoted people of that country, the one whose
					// words are on it.
					others = e.quotedOf(country, p)
				}
				if len(others) > 0 {
					on, err := e.onlyOneOn(ctx, append([]*person{p}, others...), e.questionTerms(in.about))
					if err != nil {
						return nil, err
					}
					if fits(on) {
						p = on
					}
				}
			}
			a, err := e.quoteAnswer(ctx, q, p, in.about, opts)
			if err != nil || !e.vaguelyDescribed(in.who, p) || len(a.Quotes) > 0 || a.wrote != "" {
				return a, err
			}
			// "the odesa reader", pinned on a reporter in Odesa who
			// says nothing: no answer, only a guess; searched instead.
		}
		if p, rest, err := e.describedThenSubject(ctx, in.who); err != nil || fits(p) {
			// "ukrainian negotiator red line quote": someone described,
			// then what their words were about.
			if err != nil {
				return nil, err
			}
			return e.quoteAnswer(ctx, q, p, strings.TrimSpace(rest+" "+in.about), opts)
		}
		if p, err := e.onlyOnSubject(ctx, in.who, in.about); err != nil || fits(p) {
			if err != nil {
				return nil, err
			}
			return e.quoteAnswer(ctx, q, p, in.about, opts)
		}
		if p, err := e.countrySpeaks(ctx, in.who, in.about); err != nil || fits(p) {
			if err != nil {
				return nil, err
			}
			return e.quoteAnswer(ctx, q, p, in.about, opts)
		}
		if none, err := e.titleHeldByNone(ctx, in.who); err != nil || none {
			// "what did the russian president say", where the only
			// president is the one a spokeswoman speaks for: the
			// articles quote no one holding that title.
			if err != nil {
				return nil, err
			}
			return e.unknownSpeaker(ctx, q, in.who)
		}
		if e.thingNotSomeone(in.who) {
			// "what does the ceasefire deal say about the dam": a text's
			// words, not a person's; the passages on it are searched.
			break
		}
		if !e.namesSomethingKnown(in.who) && !e.describesSomethingKnown(in.who) && !e.quotesUnnamed(in.who) {
			// A name the articles do not know. A description whose words
			// they use but pin on no one ("the icrc guy in istanbul") is
			// searched; one they do not ("the pope") is no one they name;
			// nor is "the medic", unless they quote one unnamed ("a
			// paramedic who did not give her name").
			return e.unknownSpeaker(ctx, q, in.who)
		}
		if e.resolveName(in.who) == nil && e.quotesUnnamed(in.who) {
			// "what did norland mutual say", of "a spokesperson for the
			// company" on the insurer's own circular: the unnamed
			// spokesperson's words (searchAnswer), never "mentioned but
			// never quoted".
			break
		}
		p, err := e.mentionedName(ctx, in.who)
		if err != nil {
			return nil, err
		}
		if p != nil {
			return e.quoteAnswer(ctx, q, p, in.about, opts)
		}
		// "what did the European leaders say": a group the articles
		// speak of, answered from passages.
	case asksAuthor:
		if a, err := e.authorAnswer(ctx, q, in.content, "", opts); err != nil || a != nil {
			return a, err
		}
	case asksWho:
		// "who speaks for the pm": whoever the articles quote speaking
		// for him, and the passages on it.
		v, err := e.voiceAsked(ctx, in.content)
		if err != nil {
			return nil, err
		}
		if v != nil {
			return e.holderAnswer(ctx, q, v, in.content, opts)
		}
		// "who said reactors dont care about flags": the one person
		// whose words those are, and their words on it.
		p, about, err := e.whoSaid(ctx, in.content)
		if err != nil {
			return nil, err
		}
		if p != nil && in.described != "" {
			// "which dravenian guy said they can cancel the flights":
			// words of the anchor's are no answer unless the articles
			// call him what was asked.
			if called, err := e.calledAsDescribed(ctx, p, in.described); err != nil {
				return nil, err
			} else if !called {
				p = nil
			}
		}
		if p != nil {
			return e.quoteAnswer(ctx, q, p, about, opts)
		}
		// "who led the russian delegation": the one person the
		// articles title its leader, and what they say of them; by
		// title alone, as a passage's words are too loose a reading of
		// what someone does ("the ukrainian side" is not a team leader
		// on the Ukrainian-controlled side), and a title of exactly that
		// ("head of press, Norwegian Ministry of Foreign Affairs" does
		// not run the ministry).
		if p := e.titleHolder(in.holders); p != nil {
			return e.holderAnswer(ctx, q, p, in.content, opts)
		}
	case asksAge:
		p, _, err := e.personAsked(ctx, in)
		if err != nil {
			return nil, err
		}
		if p == nil {
			// "how old is the captain", of two captains the articles
			// name and give the age of one: that one's age is the
			// answer there is, and the passage giving it names her.
			p = e.onlyAged(e.describedCandidates(in.who))
		} else if p.Age == 0 {
			// "how old is renk", of two Renks the articles give the age
			// of one: that one's age is the answer there is.
			if aged := onlyAgedOf(e.namedAlike(in.who)); aged != nil {
				p = aged
			}
		}
		if p != nil {
			return e.ageAnswer(ctx, q, p, opts)
		}
	case asksPerson:
		p, byRole, err := e.personAsked(ctx, in)
		if err != nil {
			return nil, err
		}
		if in.name != nameNone && byRole && p != nil {
			// "whats the name of the able seaman who got hurt", of a
			// passage naming only the third engineer beside "an able
			// seaman, 24": a name is given only of whom the articles
			// call what was asked.
			if called, err := e.calledAsDescribed(ctx, p, in.who); err != nil {
				return nil, err
			} else if !called {
				p = nil
			}
		}
		if in.name == nameSurname && p != nil && !strings.Contains(p.Name, " ") {
			// "whats tomas the linemans surname", where he is only
			// Tomas: what was asked the articles do not give.
			return e.unnamedAnswer(ctx, q, in, p)
		}
		if e.spokeAsAsked(in, p) {
			// About that person: the passages naming them, and their
			// quotes if they are quoted.
			a, err := e.quoteAnswer(ctx, q, p, "", opts)
			if err != nil {
				return nil, err
			}
			a.Kind = KindPerson
			a.Passages = spelledFirst(e.spellingAsked(q, p), introducingFirst(p, namingFirst(p, a.Passages)))
			if byRole {
				// Named by what they are: the passages saying so first;
				// someone only a credit line names keeps that line.
				ps, err := e.personPassages(ctx, p, e.questionTerms(in.who), limitOf(opts))
				if err != nil {
					return nil, err
				}
				if len(ps) > 0 || !a.credited {
					a.Passages, a.credited = introducingFirst(p, ps), false
				}
			}
			return a, nil
		}
	}
	counted := ""
	if in.counts {
		counted = e.countedNoun(in.content)
	}
	content := in.content
	if in.kind == asksWho {
		content = withoutAgentPhrase(content)
	}
	for _, w := range strings.Fields(in.described) {
		// "which councillor reported …": the word for them too, if the
		// articles use it ("Cllr Vrana" alone says nothing of it).
		if e.inVocab(fold(w)) {
			content += " " + w
		}
	}
	if (in.kind == asksSaid || in.kind == asksPerson) && in.who != "" {
		// "what did the rostov lab boss say", pinned on no one: "boss"
		// only says the question is about someone, not what about; the
		// articles not using it says nothing of whether they cover it.
		content = e.withoutAbsentPersonWords(content)
	}
	qs := e.questionTerms(content)
	if in.kind == asksYesNo {
		qs = e.withOpposites(content, qs)
	}
	a, err := e.searchAnswerTerms(ctx, q, content, qs, in.want(), counted, KindSearch, opts)
	if err == nil && in.kind == asksWhen {
		// "when was the brevold interview on tv": the date the
		// interview's own head gives, first.
		err = e.withDocumentDate(ctx, a, content, opts)
	}
	if err == nil && in.thing != "" && e.thingUnnamed(a.Passages, in.thing) {
		// "whats the name of the hotel where the talks r", of passages
		// saying only "a lakeside hotel in Brisolle": they do not give it.
		in.who = in.thing
		return e.unnamedAnswer(ctx, q, in, nil)
	}
	if err == nil && in.kind == asksPerson && in.name != nameNone && !e.namesDescribed(a.Passages, in.who) {
		// "whats the name of the watchman who got hurt in lesk", whom
		// the passages on him call only "a night watchman, aged 70",
		// beside the colonel they do name: no one the articles name is
		// called what was asked, so they do not give it.
		return e.unnamedAnswer(ctx, q, in, nil)
	}
	if err == nil && in.kind == asksPerson && a.Answered() && e.titled(in.who) && !e.namesSomeone(a.Passages) {
		// "who is the us secretary of state", fitting no one the articles
		// name, and the passages holding its words name no one at all:
		// they cannot say who; not covered.
		a.Passages, a.Closest = []Passage{}, false
		return e.withSuggestions(ctx, a)
	}
	if err == nil && in.kind == asksWho {
		// "who hosted bratislava": whoever the passage saying it names
		// doing it, above it.
		p, err := e.doer(ctx, in, a)
		if err != nil {
			return nil, err
		}
		if p != nil {
			return e.doerAnswer(ctx, q, p, a, opts)
		}
	}
	if err == nil && in.kind == asksSaid && !e.isPronoun(in.who) {
		// "what are eu officials saying about the insurance": the words
		// of the unnamed sources the articles quote so, unattributed.
		if roles, placed := e.sourceRolesFor(in.who); len(roles) > 0 {
			if err = e.addSourceQuotes(ctx, a, roles, placed, in.about, opts); err != nil {
				return nil, err
			}
		}
	}
	if a != nil && (in.kind == asksSaid || in.kind == asksPerson) && !e.isPronoun(in.who) {
		// "what did the grid company boss say", pinned on no one: a
		// "she" after it is that boss, whoever the member asked about
		// before.
		a.askedOther = true
		a.Asked = in.who
		if !e.quotedUnnamedAs(in.who, nil) {
			// Not "the diplomat", whom the articles quote unnamed: the
			// ambassador is not the one asked about.
			a.Candidates = e.describedCandidates(in.who)
		}
	}
	return a, err
}

// withoutAbsentPersonWords is content without the words for anyone
// that the articles never use: chat's ("guy", "boss", "lady":
// questions.yaml person_nouns) and a relative's ("grandpa", where they
// say neither it nor "grandfather"). A title they never use ("secretary
// general", "editor") stays: no one the articles name holds it.
func (e *Engine) withoutAbsentPersonWords(content string) string {
	absent := func(w string) bool { return e.vocab.df(e.terms.of(w)) == 0 }
	f := strings.Fields(content)
	kept := f[:0]
	for _, w := range f {
		low := strings.ToLower(strings.Trim(w, ",.;:?!"))
		if (loadQuestionWords().personNoun[low] || e.lex.IsKin(low)) && absent(low) && absent(e.lex.KinWord(low)) {
			continue
		}
		kept = append(kept, w)
	}
	return strings.Join(kept, " ")
}

// asksUnnamed reports a question saying the one it asks about gave no
// name (questions.yaml unnamed_words and unnamed_phrases), in text
// normalised as the intent step does.
func asksUnnamed(text string) bool {
	low := " " + strings.ToLower(text) + " "
	holds := func(p string) bool {
		return strings.Contains(low, " "+p+" ") || strings.Contains(low, " "+p+",") || strings.Contains(low, " "+p+"?")
	}
	qw := loadQuestionWords()
	return slices.ContainsFunc(qw.UnnamedWords, holds) || slices.ContainsFunc(qw.UnnamedPhrases, holds)
}

// isPronoun reports a speaker asked for by a pronoun alone.
func (e *Engine) isPronoun(who string) bool {
	_, ok := e.lex.Pronoun(strings.ToLower(strings.TrimSpace(who)))
	return ok
}

// Quote answers "what did speaker say (about about)".
func (e *Engine) Quote(ctx context.Context, speaker, about string, opts AskOptions) (*Answer, error) {
	if e.closed.Load() {
		return nil, ErrClosed
	}
	speaker = strings.TrimSpace(speaker)
	if !hasWord(speaker) {
		return nil, ErrEmptyQuestion
	}
	question := "what did " + speaker + " say"
	if about = strings.TrimSpace(about); about != "" {
		question += " about " + about
	}
	if p := e.resolve(speaker); p != nil {
		return e.quoteAnswer(ctx, question, p, about, opts)
	}
	return e.unknownSpeaker(ctx, question, speaker)
}

// Topics lists the topics with how many passages each matches.
func (e *Engine) Topics(ctx context.Context) ([]TopicCount, error) {
	if e.closed.Load() {
		return nil, ErrClosed
	}
	ts := e.topics.Load()
	ts.once.Do(func() { ts.counts, ts.err = e.countTopics(ctx, ts.list) })
	if ts.err != nil {
		err := ts.err
		// A cancelled first caller must not poison the cache for others.
		if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
			return e.countTopics(ctx, ts.list)
		}
		return nil, err
	}
	return append([]TopicCount(nil), ts.counts...), nil
}

// Topic answers the named topic like a question.
func (e *Engine) Topic(ctx context.Context, name string, opts AskOptions) (*Answer, error) {
	if e.closed.Load() {
		return nil, ErrClosed
	}
	t, ok := e.findTopic(name)
	if !ok {
		return nil, fmt.Errorf("%w: %q", ErrUnknownTopic, name)
	}
	a, err := e.searchAnswer(ctx, t.Name, t.Query, typeNone, "", KindTopic, opts)
	if err != nil {
		return nil, err
	}
	a.Topic = &t
	return a, nil
}

// TopicList returns the engine's topics without counting passages.
func (e *Engine) TopicList() []Topic { return append([]Topic(nil), e.topics.Load().list...) }

// deedShare is what the verb of a "who did it" question ("who chaired
// …", "who led …") counts for among the words of the passages naming the
// one who did it: its weight times deedShare, and its share in the
// search deedShare whatever an everyday verb's would be (verbShare): the
// deed, not the names around it, says which passage answers.
const deedShare = 2

// Speakers lists the people quoted in the corpus, most quoted first.
func (e *Engine) Speakers() []corpus.Person {
	var out []corpus.Person
	for _, p := range e.people {
		if p.Quotes > 0 {
			out = append(out, p.Person)
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Quotes != out[j].Quotes {
			return out[i].Quotes > out[j].Quotes
		}
		return out[i].Name < out[j].Name
	})
	return out
}

// People lists everyone the corpus names, quoted or not, by name.
func (e *Engine) People() []corpus.Person {
	out := make([]corpus.Person, 0, len(e.people))
	for _, p := range e.people {
		out = append(out, p.Person)
	}
	return out
}

// Sources lists the corpus's articles.
func (e *Engine) Sources() []SourceInfo {
	docs, err := e.docs.all()
	if err != nil {
		e.log.Warn("sources", "err", err)
	}
	out := make([]SourceInfo, 0, len(docs))
	for _, d := range docs {
		if d.Skip != "" {
			continue
		}
		out = append(out, SourceInfo{
			Doc: d.ID, Title: d.Title, Outlet: d.Outlet, Author: d.Author,
			Date: d.Date, URL: d.URL, Passages: d.Passages, Quotes: d.Quotes,
		})
	}
	return out
}

// Skipped lists the files the index's corpus could not use, with why.
func (e *Engine) Skipped() []corpus.SkippedFile {
	var out []corpus.SkippedFile
	for _, s := range e.data.Skipped {
		out = append(out, corpus.SkippedFile{Path: s.Path, Reason: s.Reason})
	}
	return out
}

// Stats counts what the engine holds.
func (e *Engine) Stats() Stats {
	speakers := 0
	for _, p := range e.people {
		if p.Quotes > 0 {
			speakers++
		}
	}
	return Stats{
		Documents: e.data.Documents,
		Passages:  e.data.Passages,
		Quotes:    e.data.Quotes,
		Speakers:  speakers,
	}
}

// Fingerprint is the content hash of the corpus the engine answers from
// (see Fingerprint).
func (e *Engine) Fingerprint() string { return e.data.Fingerprint }

// search runs a request, scored with the corpus's BM25 statistics when
// the engine keeps them.
func (e *Engine) search(ctx context.Context, req *bleve.SearchRequest) (*bleve.SearchResult, error) {
	if e.bm25 != nil {
		req.PreSearchData = map[string]interface{}{search.BM25PreSearchDataKey: e.bm25}
	}
	return e.idx.SearchInContext(ctx, req)
}

// vocabularyOf reads the passage vocabulary from the index, leaving out
// the terms only deleted documents held.
func vocabularyOf(idx bleve.Index, ghosts []string) (map[string]struct{}, error) {
	vocabulary := map[string]struct{}{}
	dict, err := idx.FieldDict(fieldText)
	if err != nil {
		return nil, fmt.Errorf("index: vocabulary: %w", err)
	}
	for {
		ent, err := dict.Next()
		if err != nil {
			_ = dict.Close()
			return nil, fmt.Errorf("index: vocabulary: %w", err)
		}
		if ent == nil {
			break
		}
		vocabulary[ent.Term] = struct{}{}
	}
	if err := dict.Close(); err != nil {
		return nil, fmt.Errorf("index: vocabulary: %w", err)
	}
	for _, g := range ghosts {
		delete(vocabulary, g)
	}
	return vocabulary, nil
}

// Dir is the folder of the on-disk index, "" for an in-memory one.
func (e *Engine) Dir() string { return e.dir }

// Close releases the index. Further questions get ErrClosed.
func (e *Engine) Close() error {
	if e.closed.Swap(true) {
		return nil
	}
	_ = e.lists.close()
	_ = e.docs.close()
	_ = e.stored.close()
	if err := e.idx.Close(); err != nil {
		return fmt.Errorf("index: close: %w", err)
	}
	return nil
}

// hasWord reports whether s holds at least one letter or digit.
func hasWord(s string) bool { return len(wordSpans(s)) > 0 }

// docFreq counts the passages whose text holds term, as BM25 sees it.
func docFreq(idx bleve.Index, term string) int { return termCount(idx, fieldText, term) }

// termCount is the number of live records whose field holds term: the
// count of the term's postings, less the records deleted, which is the
// document frequency BM25 scores with. (Not the field dictionary's count:
// once scorch has merged an on-disk index's segments, that reads 1 for
// every term.)
func termCount(idx bleve.Index, field, term string) int {
	adv, err := idx.Advanced()
	if err != nil {
		return 0
	}
	r, err := adv.Reader()
	if err != nil {
		return 0
	}
	defer r.Close()
	tfr, err := r.TermFieldReader(context.Background(), []byte(term), field, false, false, false)
	if err != nil {
		return 0
	}
	defer tfr.Close()
	return int(tfr.Count())
}

// holderAnswer is the answer to a "who" question that found the one
// person asked for by what they do: about them, the passages saying it
// first.
func (e *Engine) holderAnswer(ctx context.Context, q string, p *person, content string, opts AskOptions) (*Answer, error) {
	a, err := e.quoteAnswer(ctx, q, p, "", opts)
	if err != nil {
		return nil, err
	}
	a.Kind = KindPerson
	qs := e.questionTerms(content)
	if len(qs) > 0 {
		// "who chaired the ankara talks": the passage saying they
		// chaired them before those that only name the talks.
		qs[0].share, qs[0].weight = deedShare, qs[0].weight*deedShare
	}
	if a.Passages, err = e.personPassages(ctx, p, qs, limitOf(opts)); err != nil {
		return nil, err
	}
	return a, nil
}
