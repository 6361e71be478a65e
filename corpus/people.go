package corpus

import (
	"errors"
	"fmt"
	"io/fs"
	"regexp"
	"slices"
	"strings"
	"time"

	"github.com/talksbot/talksbot/corpus/people"
)

// PeopleFile is the file at the top of a corpus folder that extends the
// people lexicon: known people with their spellings, roles, organisation
// and gender, and titles, speech verbs or organisations (see
// people.Extension).
const PeopleFile = "people.yaml"

// DefaultReadBudget bounds finding the quotes and people of one file.
// Reading is linear in a file's length, so only a file built to defeat it
// comes near; such a file is skipped with the reason.
const DefaultReadBudget = 5 * time.Second

// attribution is how a load finds people: the lexicon (the corpus's
// people.yaml on top of the built-in one) and the budget per file. The
// zero value is the built-in lexicon and DefaultReadBudget.
type attribution struct {
	lx     *people.Lexicon
	budget time.Duration
	// data is the people.yaml lx was extended with, "" for none.
	data string
}

func defaultLexicon() *people.Lexicon { return people.Default() }

// lexicon is the people lexicon the documents are read with.
func (rd attribution) lexicon() *people.Lexicon {
	if rd.lx == nil {
		return defaultAttribution().lx
	}
	return rd.lx
}

func defaultAttribution() attribution {
	return attribution{lx: defaultLexicon(), budget: DefaultReadBudget}
}

// newAttribution reads the corpus's people.yaml, if any. A bad one is
// reported and the built-in lexicon used.
func newAttribution(fsys fs.FS, opts Options) (attribution, error) {
	rd := defaultAttribution()
	if opts.ReadBudget > 0 {
		rd.budget = opts.ReadBudget
	}
	data, err := readLimited(fsys, PeopleFile, 1<<20)
	if errors.Is(err, fs.ErrNotExist) {
		return rd, nil
	}
	if err != nil {
		return rd, fmt.Errorf("not read: %w", err)
	}
	lx, err := rd.lx.Extend(data)
	if err != nil {
		return rd, fmt.Errorf("not used, the built-in people list is: %w", err)
	}
	rd.lx, rd.data = lx, string(data)
	return rd, nil
}

// analyse finds a document's quotes, reported speech and people.
func (rd attribution) analyse(doc *Document, paras []paragraph, poster string) error {
	if rd.lx == nil {
		rd = defaultAttribution()
	}
	in := make([]people.Paragraph, len(paras))
	for i, p := range paras {
		in[i] = people.Paragraph{Text: p.text, Section: p.section, Num: p.num, Aside: p.aside, Caption: p.caption}
		if p.record && !p.caption {
			in[i].Text = "" // "Witnessed by: Halina Zaremba Deputy Minister …" is no one's words or name
		}
	}
	opts := people.Options{Heading: headingOf(doc), Poster: poster, Writer: doc.Author}
	if poster != "" && !strings.Contains(opts.Heading, poster) {
		opts.Heading += "\n" + poster
	}
	if rd.budget > 0 {
		opts.Deadline = time.Now().Add(rd.budget)
	}
	pd, err := rd.lx.Analyse(in, opts)
	if err != nil {
		return fmt.Errorf("%w (budget %s): %w", ErrTooSlow, rd.budget, err)
	}
	doc.Quotes = quotesOf(pd.Quotes)
	doc.Reported = quotesOf(pd.Reported)
	bodySpokespeople(doc)
	for i := range doc.Passages {
		doc.Passages[i].About = pd.Refers[doc.Passages[i].Paragraph]
	}
	texts := make([]string, len(doc.Passages))
	for i, p := range doc.Passages {
		texts[i] = p.Text
	}
	var places []string // one slice for the article's people, read only
	if doc.Place != "" {
		places = []string{doc.Place}
	}
	for _, p := range pd.People(texts) {
		person := personOf(p)
		person.Places = places
		person.Roles = append(person.Roles, headBodyRoles(doc, person.Roles, rd.lexicon())...)
		doc.People = append(doc.People, person)
	}
	return nil
}

// headingOf is the text above a document's paragraphs that may name its
// people: its title, and a line of the head left out of the passages as
// a label or a byline's role that names someone ("by the Spokesperson
// of the Ministry, Daryna Solovei", above a briefing whose answers are
// "SOLOVEI:"; "Daniel Halvorsen, Deputy Department Spokesperson").
func headingOf(doc *Document) string {
	h := doc.Title
	for _, s := range doc.Skipped {
		why, line, ok := strings.Cut(s, ": ")
		if ok && why == whyLabel {
			// "Yelena Shatrova (YS), Russian Federation, head of
			// delegation", in minutes' list of those present: the name
			// and the initials the minutes call her by.
			if m := reInitialsLine.FindString(line); m != "" && len(h)+len(m) <= maxHeading {
				h += "\n" + m
				continue
			}
			// "IK Dr Irena Kovac, Head Veterinarian, …": the initials
			// first, then the name and who they are.
			if ini, name, _, ok := initialsFirst(line); ok && initialsOf(name, ini) && len(h)+len(line) <= maxHeading {
				h += "\n" + line
				continue
			}
		}
		if !ok || why != whyPageLabel && why != whyBylineRole && !((why == whyLabel || why == whySection) && fieldCredit(line)) || len(h)+len(line) > maxHeading {
			continue
		}
		h += "\n" + line
	}
	return h
}

// reInitialsLine opens a line naming someone and the initials a record
// calls them by: "Yelena Shatrova (YS)", "Dr Halyna Marchenko (HM)".
var reInitialsLine = regexp.MustCompile(`^(?:\p{Lu}\p{Ll}{0,3}\.? )?\p{Lu}[\p{L}'’\-]+(?: \p{Lu}[\p{L}'’\-]+){1,3} \(\p{Lu}{2,3}\)`)

// headBodyRoles are roles naming a body only by its kind ("Spokesperson
// of the Ministry") written out with the one body of that kind the
// document's head names ("MINISTRY OF FOREIGN AFFAIRS OF UKRAINE", a
// ministry's briefing): "Spokesperson of the Ministry of Foreign Affairs
// of Ukraine", so that "the foreign ministry spokesperson" finds her.
func headBodyRoles(doc *Document, roles []string, lx *people.Lexicon) []string {
	var out []string
	for _, r := range roles {
		rest, kind, ok := strings.Cut(r, " of the ")
		if !ok || strings.Contains(kind, " ") || !lx.IsOrganisationWord(kind) {
			continue
		}
		body := ""
		for _, sk := range doc.Skipped {
			_, line, _ := strings.Cut(sk, ": ")
			f := strings.Fields(line)
			if len(f) < 3 || len(f) > 8 || !strings.EqualFold(f[0], kind) || !strings.EqualFold(f[1], "of") {
				continue
			}
			if body != "" {
				body = "" // two bodies of the kind: which one is no guess to make
				break
			}
			body = lx.UnshoutRole(strings.Join(f, " "))
		}
		if body != "" {
			out = append(out, rest+" of the "+body)
		}
	}
	return out
}

// fieldCredit reports a record's field naming someone with their title,
// left out of the passages as a label: "Member: Oleh Marchuk, MP
// (constituency No. 51, Kalynivsk)" over a written question, the name,
// with a given name the people lexicon knows, opening the value; or
// "Presiding: Judge Corin Basta", a title before a full name. The title
// after a name may be written in lower case, as court reports write it
// ("For the prosecution: Emil Varga, deputy regional prosecutor") when
// it ends in a word calling a person.
func fieldCredit(line string) bool {
	label, value, ok := strings.Cut(line, ": ")
	if !ok || wordCount(label) > maxFieldLabelWords || strings.ContainsAny(label, ",.;()") {
		return false
	}
	if f := strings.Fields(value); len(f) >= 3 && len(f) <= 4 && defaultLexicon().IsTitleNoun(people.Fold(f[0])) && hasCapitalWord(f[0]) && nameShaped(strings.Join(f[1:], " ")) {
		// "Presiding: Judge Corin Basta" over a court report: a title,
		// then the full name the report calls "Judge Basta" below.
		return true
	}
	name, title, ok := strings.Cut(value, ", ")
	if !ok || !nameShaped(name) || !hasCapitalWord(title) && !roleShaped(title) {
		return false
	}
	_, given := defaultLexicon().GivenName(strings.Fields(name)[0])
	return given
}

// roleShaped reports a role written in lower case: a few words ending
// in one calling a person ("deputy regional prosecutor").
func roleShaped(s string) bool {
	f := strings.Fields(s)
	if len(f) > 0 {
		f[len(f)-1] = strings.TrimRight(f[len(f)-1], ".;")
	}
	return endsInRoleNoun(f, defaultLexicon())
}

// endsInRoleNoun reports a few words (at most maxRoleNounWords) ending
// in a title or a word calling a person: "deputy regional prosecutor",
// "Senior Fellow".
func endsInRoleNoun(f []string, lx *people.Lexicon) bool {
	if len(f) == 0 || len(f) > maxRoleNounWords {
		return false
	}
	last := people.Fold(f[len(f)-1])
	return lx.IsTitleNoun(last) || lx.IsPersonNoun(last)
}

// maxRoleNounWords bounds a title read by the word it ends in.
const maxRoleNounWords = 4

// maxFieldLabelWords bounds the label of a record's field ("Member",
// "Asked by", "Name of witness").
const maxFieldLabelWords = 3

// maxHeading bounds the heading handed to the people reader.
const maxHeading = 400

// ErrTooSlow is the reason a file whose reading ran over its budget is
// skipped.
var ErrTooSlow = errors.New("finding its quotes took too long")

func quotesOf(qs []people.Quote) []Quote {
	var out []Quote
	for _, q := range qs {
		out = append(out, Quote{Speaker: q.Speaker, Role: q.Role, Text: q.Text, Paragraph: q.Paragraph, Reported: q.Reported})
	}
	return out
}

func personOf(p people.Person) Person {
	return Person{
		Name: p.Name, Role: p.Role, Aliases: p.Aliases, Quotes: p.Quotes, Mentions: p.Mentions,
		Gender: p.Gender.String(), Roles: p.Roles, Organisations: p.Organisations, Age: p.Age,
	}
}

func personIn(p Person) people.Person {
	g := people.Unknown
	switch p.Gender {
	case "male":
		g = people.Male
	case "female":
		g = people.Female
	}
	return people.Person{
		Name: p.Name, Role: p.Role, Aliases: p.Aliases, Quotes: p.Quotes, Mentions: p.Mentions,
		Gender: g, Roles: p.Roles, Organisations: p.Organisations, Age: p.Age,
	}
}

// mergePeople merges the documents' casts into the corpus's people and
// returns the name each speaker is now filed under.
func (rd attribution) mergePeople(casts []Cast) ([]Person, func(doc int, name string) string) {
	if rd.lx == nil {
		rd = defaultAttribution()
	}
	in := make([]people.DocumentPeople, len(casts))
	for i, c := range casts {
		for _, p := range c.People {
			in[i].People = append(in[i].People, personIn(p))
		}
		for _, q := range c.Quotes {
			in[i].Quotes = append(in[i].Quotes, people.Quote{Speaker: q.Name, Role: q.Role})
		}
	}
	merged, canonical := rd.lx.Merge(in)
	out := make([]Person, 0, len(merged))
	at := make(map[string]int, len(merged))
	for _, p := range merged {
		at[p.Name] = len(out)
		out = append(out, personOf(p))
	}
	// The people model merges names; the articles crediting each person,
	// and the places the articles naming them were filed from, follow
	// them, in corpus order.
	for d, c := range casts {
		for _, p := range c.People {
			if len(p.Credits) == 0 && len(p.Places) == 0 {
				continue
			}
			i, ok := at[canonical(d, p.Name)]
			if !ok {
				i, ok = at[p.Name]
			}
			if !ok {
				continue
			}
			out[i].Credits = mergeCredits(out[i].Credits, p.Credits)
			for _, pl := range p.Places {
				if len(out[i].Places) < MaxPlaces && !slices.Contains(out[i].Places, pl) {
					out[i].Places = append(out[i].Places, pl)
				}
			}
		}
	}
	return out, canonical
}

// analyse reads paragraphs with the built-in lexicon (tests, fuzzing).
func analyse(paras []paragraph) ([]Quote, *Document) {
	d := &Document{}
	for _, p := range paras {
		d.Passages = append(d.Passages, Passage{Text: p.text, Section: p.section, Paragraph: p.num})
	}
	if err := defaultAttribution().analyse(d, paras, ""); err != nil {
		return nil, d
	}
	return d.Quotes, d
}

// nameKey and surnameOf are the people model's, for tests that check
// one person per spelling.
func nameKey(s string) string   { return people.Key(s) }
func surnameOf(s string) string { return defaultLexicon().Surname(s) }

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// minQuoteWords is the shortest quotation taken as a statement.
const minQuoteWords = people.MinQuoteWords

// titlePlace is the place a title names after a comma, right before the
// date closing it ("Briefing by Foreign Ministry Spokeswoman Alevtina
// Sorokina, Moscow, March 18, 2043"), when the people lexicon knows it as
// a country's (a capital, a country); "" otherwise.
func titlePlace(title string) string {
	_, span, ok := findDate(title)
	if !ok || strings.TrimSpace(strings.Trim(title[span[1]:], ".")) != "" {
		return ""
	}
	before := strings.TrimRight(title[:span[0]], ", ")
	i := strings.LastIndex(before, ",")
	if i < 0 {
		return ""
	}
	place := strings.TrimSpace(before[i+1:])
	if n := len(strings.Fields(place)); n == 0 || n > 3 {
		return ""
	}
	if _, ok := defaultLexicon().Nation(place); !ok {
		return ""
	}
	return place
}
