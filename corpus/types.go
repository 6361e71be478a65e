package corpus

import "github.com/talksbot/talksbot/corpus/people"

// Document is one article after reading and cleaning.
type Document struct {
	// ID is the file's path relative to the corpus folder, slash-separated.
	ID       string
	Title    string
	Outlet   string
	Author   string
	Date     string // YYYY-MM-DD, or "" when unknown
	URL      string
	Language string
	// Place is where the story was filed, from its dateline ("KYIV").
	Place string
	// Kind is KindOpinion for a piece in its writer's own voice (an
	// op-ed, a column, an editorial), KindAnalysis for a reporter's
	// reading of the news, as its page labels it; else "".
	Kind     string
	Passages []Passage
	Quotes   []Quote
	// Reported is indirect speech ("Merz said that there had been …"):
	// each with Reported set, never among Quotes.
	Reported []Quote
	// Skipped lists every line that is not in a passage, in reading
	// order, each as "why: line" (why never holds ": "): page furniture,
	// and the lines that gave the title, author and date.
	Skipped []string
	// Warnings are problems a moderator should fix that did not stop the
	// article being read, such as an unknown key in its sidecar.
	Warnings []string
	// People are the persons this document names, with counts for this
	// document only (Corpus.People merges them across documents).
	People []Person
}

// Passage is a citable piece of a document: a paragraph, or a part of a
// long paragraph cut at a sentence boundary.
type Passage struct {
	Text      string
	Section   string // the heading the passage stands under, "" before any
	Paragraph int    // 1-based paragraph number within the document
	// Time is a live blog entry's time stamp as the page prints it
	// ("12:42 GMT"); "" for other passages.
	Time string
	// About is the person the passage speaks of by a pronoun alone
	// ("She still lives near …"), as the people model reads it; "" for
	// most. It is what the passage is about without saying so.
	About string
	// Record marks a run of a record's fields ("Venue: …", "Members
	// present: …"): facts about the document itself, not its prose.
	Record bool
}

// Quote is a direct quotation found in a document.
type Quote struct {
	Speaker   string // canonical name; "" when no speaker is in reach
	Role      string // e.g. "Kremlin spokesman"; "" when unknown
	Text      string // the words inside the quotation marks
	Paragraph int    // paragraph of the passage it stands in
	// Reported marks indirect speech: Text is the reported clause as the
	// article writes it, not a quotation.
	Reported bool
}

// Person is someone the corpus names: quoted, or only mentioned.
type Person struct {
	Name string // canonical full name, e.g. "Volodymyr Zelensky"
	// Role is the title the articles give the person: the one used where
	// the person is quoted, else the most frequent clean title ("German
	// Chancellor" over "Germany's Chancellor"); may be "". It never holds
	// another person's name.
	Role     string
	Aliases  []string // other spellings and the surname, lower-case
	Quotes   int      // number of attributed quotes across the corpus
	Mentions int      // number of passages that name the person
	// Gender is "male", "female" or "" (from a given name, a title such
	// as spokeswoman, or the people lexicon).
	Gender string
	// Roles are every title the articles give, most used first.
	Roles []string
	// Age is the age the articles give them, 0 when none (or two).
	Age int
	// Organisations are those the titles name ("German Marshall Fund of
	// the United States"), by full name.
	Organisations []string
	// Credits are where articles credit the person without their text
	// naming them: a byline, "Reporting by …", "… contributed to this
	// report". At most MaxCredits, in corpus order.
	Credits []Credit `json:",omitempty"`
	// Places are the places the articles naming the person were filed
	// from (their datelines: "Moscow", "Kyiv"), at most MaxPlaces, in
	// corpus order: where a spokeswoman whose titles name no country
	// speaks from.
	Places []string `json:",omitempty"`
}

// MaxPlaces bounds the places kept of one person.
const MaxPlaces = 3

// MaxCredits bounds the credits kept of one person: an answer shows a
// few, and a reporter may sign thousands of articles.
const MaxCredits = 3

// Credit is an article's credit of a person: the article, and the line
// crediting them as the article prints it.
type Credit struct {
	Doc, Title, Outlet, Author, Date, URL string
	Line                                  string
}

// SkippedFile is a file Load could not use, with the reason in words a
// moderator can act on.
type SkippedFile struct {
	Path   string
	Reason string
}

// Meta is a document's metadata as given by a sidecar NAME.meta.yaml, a
// Markdown front matter block, or a moderator. Empty fields mean "unknown".
type Meta struct {
	Title    string `yaml:"title"`
	Outlet   string `yaml:"outlet"`
	Author   string `yaml:"author"`
	Date     string `yaml:"date"`
	URL      string `yaml:"url"`
	Language string `yaml:"language"`
}

// Corpus is everything Load read.
type Corpus struct {
	Documents []*Document
	Skipped   []SkippedFile
	// People are the persons named in the corpus, sorted by name.
	People []Person
	// Lexicon is the people model the corpus was read with: the built-in
	// one and the folder's people.yaml. Nil means the built-in one.
	Lexicon *people.Lexicon
	// PeopleFile is the people.yaml Lexicon was extended with, "" when
	// the built-in lexicon was used: whoever reads questions about this
	// corpus later (an index on disk) rebuilds the same lexicon from it.
	PeopleFile string
}
