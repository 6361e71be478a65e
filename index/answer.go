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
}

// Quote is a direct quotation with its speaker and citation.
type Quote struct {
	Speaker string `json:"speaker"`
	Role    string `json:"role"`
	Text    string `json:"text"`
	Source  Source `json:"source"`
}

// Passage is a passage that answers the question. Highlight is Text with
// the matched words wrapped in ** (Markdown bold); nothing else is changed.
type Passage struct {
	Text      string  `json:"text"`
	Highlight string  `json:"highlight"`
	Score     float64 `json:"score"`
	Source    Source  `json:"source"`
}

// Kind says how a question was understood.
type Kind string

// The kinds of question.
const (
	KindSearch Kind = "search" // keywords or a natural question
	KindQuote  Kind = "quote"  // what did X say
	KindTopic  Kind = "topic"  // a named topic
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
	Quotes        []Quote
	Passages      []Passage
	// Suggestions are topics to offer when the question is not answered.
	Suggestions []TopicCount
}

// Answered reports whether the articles had anything to say.
func (a *Answer) Answered() bool { return len(a.Quotes) > 0 || len(a.Passages) > 0 }

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
