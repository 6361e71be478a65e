package index

// Source is the citation of a passage or quote.
type Source struct {
	Doc       string `json:"doc"`
	Title     string `json:"title"`
	Outlet    string `json:"outlet"`
	Author    string `json:"author"`
	Date      string `json:"date"`
	URL       string `json:"url"`
	Section   string `json:"section"`
	Paragraph int    `json:"paragraph"`
	// Time is a live blog entry's time stamp as the page prints it
	// ("10:15"); "" for other passages.
	Time string `json:"time,omitempty"`
}

// Quote is a direct quotation with its speaker and citation.
type Quote struct {
	Speaker string `json:"speaker"`
	Role    string `json:"role"`
	Text    string `json:"text"`
	Source  Source `json:"source"`
	// Reported marks indirect speech ("Merz said that …"): what the
	// article reports the speaker said, in its own words, never shown as
	// a direct quotation.
	Reported bool `json:"reported,omitempty"`

	// context is the paragraph the quote stands in, as the article gives
	// it (the reply shows it where the speaker is both reported and
	// quoted there).
	context string
}

// Passage is a passage that answers the question. Highlight is Text with
// the matched words wrapped in ** (Markdown bold); nothing else is changed.
type Passage struct {
	Text      string  `json:"text"`
	Highlight string  `json:"highlight"`
	Score     float64 `json:"score"`
	Source    Source  `json:"source"`
	// Marks are the byte ranges of Text that Highlight makes bold, for
	// callers that escape Text themselves and re-apply the emphasis.
	Marks []Mark `json:"-"`
	// Matches are all the ranges of Text holding the question's words,
	// bold or not (Marks leaves out the common ones): where the passage
	// answers, for trimming a long one to the sentences that matter.
	Matches []Mark `json:"-"`
	// Related says the passage does not answer the question as the ones
	// before it do, but holds some of it: shown after them, marked so.
	Related bool `json:"related,omitempty"`
}

// Mark is a half-open byte range [Start, End) of a passage's Text.
type Mark struct {
	Start, End int
}

// Kind says how a question was understood.
type Kind string

// The kinds of question.
const (
	KindSearch Kind = "search" // keywords or a natural question
	KindQuote  Kind = "quote"  // what did X say
	KindTopic  Kind = "topic"  // a named topic
	// KindPerson is "who is X", "tell me about X": answered like a quote
	// question without a subject (Speaker, SpeakerStatus, Quotes set).
	KindPerson Kind = "person"
)

// SpeakerStatus tells, for a quote question, what the corpus knows of the
// person asked about.
type SpeakerStatus string

// The speaker statuses.
const (
	SpeakerNone      SpeakerStatus = ""           // not a quote question
	SpeakerQuoted    SpeakerStatus = "quoted"     // resolved and quoted
	SpeakerNotQuoted SpeakerStatus = "not_quoted" // named in the articles, never quoted
	SpeakerUnknown   SpeakerStatus = "unknown"    // the articles never name them
)

// Answer is what the engine says to a question.
type Answer struct {
	Question      string
	Kind          Kind
	Speaker       string // canonical speaker name when resolved, else ""
	SpeakerRole   string
	SpeakerStatus SpeakerStatus
	// Asked is the person as the question named them, kept when they could
	// not be resolved (SpeakerUnknown) so the reply can say who is unknown,
	// or when several fit (Candidates) so it can say whom it may mean.
	Asked string
	// About narrows a quote question ("what did X say about Y"); "" if none.
	About string
	// QuotesTotal is how many quotes the speaker has in all; Quotes may be
	// fewer (at most AskOptions.Quotes).
	QuotesTotal int
	// QuotesOn is how many of them are about About; they come first.
	QuotesOn int
	// Topic is the topic answered, for KindTopic.
	Topic *Topic
	// AuthorOf is the title of the article whose author a question asked
	// for ("who wrote the warsaw op-ed"); Speaker is its author.
	AuthorOf string
	Quotes   []Quote
	Passages []Passage
	// Suggestions are topics to offer when the question is not answered.
	Suggestions []TopicCount
	// FollowUp names the person a pronoun in the question was read as,
	// from AskOptions.After ("what did she say" after an answer about
	// her); "" when the question was read alone.
	FollowUp string
	// Closest says the passages are related to the question but may not
	// answer it exactly: shown as the closest passages, never as an
	// answer.
	Closest bool
	// Unnamed is whom a question asked the name of when the articles do
	// not give it ("the watchman who got hurt in lesk"), or the one name
	// they give someone asked for a surname ("Tomas"): nothing answers.
	Unnamed string
	// Candidates are the people a question's description of someone
	// fits when it fits more than one ("the chief conservator", of a
	// museum's and a delegation's): none is guessed; the reply names
	// them, so the member can ask for one by name.
	Candidates []Candidate

	// relevance is the best coverage any candidate passage reached, for
	// measuring the no-answer threshold (see Evaluate).
	relevance float64
	// credited says the passages are the lines crediting the speaker
	// (a byline, "Reporting by …"): no passage names them.
	credited bool
	// wrote is the title of the article the speaker wrote whose passages
	// come first: their own words, not a quotation.
	wrote string
	// voice is who speaks for the speaker, never quoted themselves, and
	// voiceRole their title: the passages of their words come first.
	voice, voiceRole string
	// doer says Speaker is whom the first passage names doing what a
	// "who did it" question asked ("who hosted bratislava").
	doer bool
	// offSubject is the subject a question asked their words on when
	// none of them speaks to it ("what did kearney say abt indonesia"):
	// the reply says so before showing what they did say.
	offSubject string
	// onlyGiven says Unnamed is the one name the articles give the
	// person a question asked the surname of.
	onlyGiven bool
	// askedOther says the question asked about someone, by name or by
	// what they are, whom the articles do not let the engine tell.
	askedOther bool
	// othersAfter are the others the question named beside Speaker
	// whom a follow-up's pronoun may mean as well (OthersAfter).
	othersAfter []string
}

// PersonAfter is whom a follow-up to this answer ("and what did she say
// about the plant") means: the person it was about; "" with ok true when
// the question asked about someone it could not tell (a follow-up's "she"
// is then that someone, not a person asked about before); ok false when
// it asked about no one, and the conversation's person stays whom it was.
func (a *Answer) PersonAfter() (person string, ok bool) {
	if a.Speaker != "" {
		return a.Speaker, true
	}
	return "", a.askedOther || a.SpeakerStatus == SpeakerUnknown
}

// OthersAfter are the others the question named beside the person it
// was about whom a follow-up's pronoun may mean as well ("prof zielinska
// on hrytsenko": Hrytsenko), for AskOptions.AfterAlso.
func (a *Answer) OthersAfter() []string { return a.othersAfter }

// Answered reports whether the articles had anything to say.
func (a *Answer) Answered() bool { return len(a.Quotes) > 0 || len(a.Passages) > 0 }

// Candidate is one of the people a description fits.
type Candidate struct {
	Name string `json:"name"`
	Role string `json:"role,omitempty"`
}

// Topic is a named query over the corpus.
type Topic struct {
	Name        string `json:"name" yaml:"name" mapstructure:"name"`
	Description string `json:"description" yaml:"description" mapstructure:"description"`
	Query       string `json:"query" yaml:"query" mapstructure:"query"`
}

// TopicCount is a topic with the number of passages it matches.
type TopicCount struct {
	Topic
	Passages int `json:"passages"`
}

// SourceInfo describes one article of the live corpus, for /sources.
type SourceInfo struct {
	Doc      string `json:"doc"`
	Title    string `json:"title"`
	Outlet   string `json:"outlet"`
	Author   string `json:"author"`
	Date     string `json:"date"`
	URL      string `json:"url"`
	Passages int    `json:"passages"`
	Quotes   int    `json:"quotes"`
}

// Stats summarises an index build, for reindex summaries and logs.
type Stats struct {
	Documents int
	Passages  int
	Quotes    int
	Speakers  int
}

// Progress reports how far a build is; Total is 0 while unknown.
type Progress struct {
	Phase string // "reading", "indexing", "done"
	Done  int
	Total int
}
