package index

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/talksbot/talksbot/corpus"
	"github.com/talksbot/talksbot/corpus/people"
	"github.com/talksbot/talksbot/internal/i18n"
)

// Reply is an Answer laid out for people: the one rendering the CLI prints
// and the Discord bot turns into embeds, so both say the same thing. Texts
// are plain corpus text except ReplyPassage.Highlight, which is Markdown
// (bold matches); Discord escaping and size limits are the bot's business.
type Reply struct {
	// Intro is the opening line: who is quoted how often, or that the
	// articles do not cover the question.
	Intro     string
	Quotes    []ReplyQuote
	Passages  []ReplyPassage
	Citations []Citation
	// Suggestions are topics to offer when nothing answered the question.
	Suggestions []TopicCount
	Answered    bool
	// Closest says the passages are only the closest the articles have.
	Closest bool
	// PassagesFirst says the passages are shown before the quotes: who
	// someone is comes before what they said.
	PassagesFirst bool
	// Speaker is the person the intro names with their role, if any; the
	// role is not repeated under their quotes (ShowRole).
	Speaker string
	// Lang is the language of the fixed words (the intro, the headings);
	// article text is never translated.
	Lang i18n.Lang
}

// ReplyQuote is a quote with the number of its citation.
type ReplyQuote struct {
	Text     string
	Speaker  string
	Role     string
	Citation int // N of the Citation it refers to
	// Reported is indirect speech, the article's words, not a quotation.
	Reported bool
	// Paragraph says Text is the paragraph itself: the article both
	// reports the speaker and quotes them there, so its own words say
	// which is which. Marks bold the speaker's name in it.
	Paragraph bool
	Marks     []Mark
}

// quoteGap joins the quotes of one speaker from one paragraph: the
// article's words between them are left out, as an ellipsis says.
const quoteGap = " … "

// sameBlock reports whether o continues q: the same speaker, the same
// paragraph, the same kind of speech.
func (q ReplyQuote) sameBlock(o ReplyQuote) bool {
	return sameSource(q.Speaker, q.Role, o.Speaker, o.Role) && q.Citation == o.Citation && q.Reported == o.Reported && !q.Paragraph
}

// sameSource reports whether two quotes are one source's words: one
// named speaker's, or one unnamed source's the article gives one role
// ("senior EU official").
func sameSource(speaker, role, otherSpeaker, otherRole string) bool {
	if speaker != "" || otherSpeaker != "" {
		return speaker == otherSpeaker
	}
	return role != "" && role == otherRole
}

// mixed reports a run of quotes holding both reported and direct speech.
func mixed(run []Quote) bool {
	var reported, direct bool
	for _, q := range run {
		reported = reported || q.Reported
		direct = direct || !q.Reported
	}
	return reported && direct
}

// partial reports a direct quotation that is a few of someone's words
// inside the article's sentence about them (`called the ceasefire
// "holding but brittle"`, `said the swap showed "dialogue is possible"`):
// a word of the article stands right before its opening mark. One
// opening its paragraph or following a colon, a comma or a full stop
// is a statement of its own.
func partial(q Quote) bool {
	if q.Reported || q.context == "" {
		return false
	}
	t := strings.TrimRight(strings.TrimSpace(q.Text), ",.;:!? ")
	i := strings.Index(q.context, t)
	if i <= 0 {
		return false
	}
	before := strings.TrimRight(q.context[:i], "\"“”'‘’«» ")
	if before == "" {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(before)
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// nameMarks are where text names who: their full name, else each word of
// it of three letters or more (a surname alone, "Ritter said").
func nameMarks(text, who string) []Mark {
	if who == "" {
		return nil
	}
	if i := strings.Index(text, who); i >= 0 {
		return []Mark{{i, i + len(who)}}
	}
	var out []Mark
	for sp := range words(text) {
		w := text[sp.start:sp.end]
		for _, part := range strings.Fields(who) {
			if len(part) >= 3 && w == part {
				out = append(out, Mark{sp.start, sp.end})
				break
			}
		}
	}
	return out
}

// ReplyPassage is a passage with the number of its citation.
type ReplyPassage struct {
	Text      string // plain text
	Highlight string // Markdown: Text with matched words in **bold**
	Marks     []Mark // the bold ranges of Text
	// Matches are where the question's words are, bold or not.
	Matches  []Mark
	Citation int
	// Related says it does not answer as those before it do, but holds
	// some of the question (Passage.Related): shown under its own
	// heading, after them.
	Related bool
}

// Citation is a numbered source: [N] title · outlet · author · date ·
// section ¶paragraph, with a link when the article has one.
type Citation struct {
	N      int
	Source Source
}

// Label is the citation without its number and link:
// "title · outlet · author · date · section ¶3", with a live blog entry's
// time stamp after the date ("2060-03-16 · 10:15"), or in its place when
// the stamp gives its own day (a feed item's "15 Sep 2078 12:30": the
// story's day, not the feed's newest); unknown parts are left out.
func (c Citation) Label() string {
	s := c.Source
	var parts []string
	for _, p := range []string{s.Title, s.Outlet, s.Author, s.CitedDate(), s.Time} {
		if p != "" {
			parts = append(parts, p)
		}
	}
	where := strings.TrimSpace(s.Section)
	if s.Paragraph > 0 {
		where = strings.TrimSpace(where + fmt.Sprintf(" ¶%d", s.Paragraph))
	}
	if where != "" {
		parts = append(parts, where)
	}
	return strings.Join(parts, " · ")
}

// CitedDate is the article's date as a citation gives it before an
// entry's time stamp: none when the stamp names its own day (a feed
// item's "15 Sep 2078 12:30" is the story's day, not the feed's newest).
func (s Source) CitedDate() string {
	if stampHasDay(s.Time) {
		return ""
	}
	return s.Date
}

// stampHasDay reports an entry's time stamp naming its day by a month
// or a weekday ("15 Sep 2078 12:30", "Tuesday 10:15").
func stampHasDay(stamp string) bool {
	for _, w := range strings.Fields(strings.ToLower(stamp)) {
		if corpus.CalendarWord(strings.Trim(w, ",")) {
			return true
		}
	}
	return false
}

// String is "[N] label", with " <url>" when known.
func (c Citation) String() string {
	s := fmt.Sprintf("[%d] %s", c.N, c.Label())
	if c.Source.URL != "" {
		s += " <" + c.Source.URL + ">"
	}
	return s
}

// Render lays out an answer in English, as `talksbot ask` prints it.
func Render(a *Answer) Reply { return RenderIn(a, i18n.English) }

// RenderIn lays out an answer with its fixed words in l. Quotes and
// passages from the same paragraph share a citation number; numbers
// follow first use.
func RenderIn(a *Answer, l i18n.Lang) Reply {
	r := Reply{Answered: a.Answered(), Suggestions: a.Suggestions, Closest: a.Closest, Lang: l}
	nums := map[place]int{}
	cite := func(s Source) int {
		k := place{s.Doc, s.Paragraph}
		if n, ok := nums[k]; ok {
			return n
		}
		n := len(r.Citations) + 1
		nums[k] = n
		r.Citations = append(r.Citations, Citation{N: n, Source: s})
		return n
	}
	// "Who is X" is answered first by the passages saying who X is, then
	// by X's words; every other answer leads with the quotes. Citation
	// numbers follow the order shown.
	r.PassagesFirst = a.Kind == KindPerson || offSubjectQuotes(a)
	shown := map[place]bool{} // paragraphs shown whole among the quotes
	quotes := func() {
		// A heading's words for the one quoted come after the words
		// their paragraph holds, so that those stay one run.
		qs := headingQuotesLast(a.Quotes)
		for i := 0; i < len(qs); {
			// A run of one speaker's words from one paragraph.
			j := i + 1
			for inContext(qs[i]) && j < len(qs) && inContext(qs[j]) && sameSource(qs[j].Speaker, qs[j].Role, qs[i].Speaker, qs[i].Role) && qs[j].Source.Doc == qs[i].Source.Doc && qs[j].Source.Paragraph == qs[i].Source.Paragraph {
				j++
			}
			run := qs[i:j]
			q := run[0]
			if (mixed(run) || slices.ContainsFunc(run, partial)) && q.context != "" {
				// Reported and quoted in one paragraph (in so many
				// words, or around a few of theirs: `told reporters the
				// swap showed "dialogue is possible"`): the article's own
				// words say which is which.
				r.Quotes = append(r.Quotes, ReplyQuote{Text: q.context, Speaker: q.Speaker, Role: q.Role, Citation: cite(q.Source),
					Paragraph: true, Marks: nameMarks(q.context, q.Speaker)})
				shown[place{q.Source.Doc, q.Source.Paragraph}] = true
				i = j
				continue
			}
			for _, q := range run {
				rq := ReplyQuote{Text: q.Text, Speaker: q.Speaker, Role: q.Role, Citation: cite(q.Source), Reported: q.Reported}
				if n := len(r.Quotes); n > 0 && r.Quotes[n-1].sameBlock(rq) {
					// Words of one speaker in one paragraph are one
					// block, the gap between them marked as a quotation
					// marks it.
					r.Quotes[n-1].Text += quoteGap + rq.Text
					continue
				}
				r.Quotes = append(r.Quotes, rq)
			}
			i = j
		}
	}
	passages := func() {
		for _, p := range a.Passages {
			if shown[place{p.Source.Doc, p.Source.Paragraph}] {
				continue // shown whole among the quotes
			}
			r.Passages = append(r.Passages, ReplyPassage{Text: p.Text, Highlight: p.Highlight, Marks: p.Marks, Matches: p.Matches, Citation: cite(p.Source), Related: p.Related})
		}
	}
	if r.PassagesFirst {
		passages()
		quotes()
	} else {
		quotes()
		passages()
	}
	r.Intro = intro(a, l)
	if len(a.Candidates) > 0 {
		// "the chief conservator", of two: whom it may mean, before
		// what the articles say.
		r.Intro = candidatesLine(a, l) + "\n\n" + r.Intro
	}
	if a.SpeakerStatus == SpeakerQuoted {
		r.Speaker = a.Speaker
	}
	return r
}

// headingQuotesLast is quotes with those not in their paragraph's text
// (inContext) moved after the others of the same paragraph; quotes
// itself when there are none.
func headingQuotesLast(quotes []Quote) []Quote {
	if !slices.ContainsFunc(quotes, func(q Quote) bool { return !inContext(q) }) {
		return quotes
	}
	out := make([]Quote, 0, len(quotes))
	for i := 0; i < len(quotes); {
		j := i + 1
		for j < len(quotes) && quotes[j].Source.Doc == quotes[i].Source.Doc && quotes[j].Source.Paragraph == quotes[i].Source.Paragraph {
			j++
		}
		for _, q := range quotes[i:j] {
			if inContext(q) {
				out = append(out, q)
			}
		}
		for _, q := range quotes[i:j] {
			if !inContext(q) {
				out = append(out, q)
			}
		}
		i = j
	}
	return out
}

// inContext reports a quote whose words its paragraph holds: not one its
// section's heading gives ("Starmer: UK "ready to play its part"", over
// an entry reporting him in other words), which showing the paragraph
// would leave out.
func inContext(q Quote) bool { return q.context == "" || strings.Contains(q.context, q.Text) }

// ShowRole reports whether the attribution of quote i gives the speaker's
// role: once per speaker, and not at all for the speaker the intro
// already names with their role.
func (r Reply) ShowRole(i int) bool {
	q := r.Quotes[i]
	if q.Speaker == "" {
		// An unnamed source: the role is all that says who, and two
		// quoted by one role may be two people ("a Western diplomat").
		return q.Role != ""
	}
	if q.Role == "" || q.Speaker == r.Speaker {
		return false
	}
	for _, p := range r.Quotes[:i] {
		if p.Speaker == q.Speaker {
			return false
		}
	}
	return true
}

func intro(a *Answer, l i18n.Lang) string {
	who := a.Speaker
	if a.SpeakerRole != "" {
		who += " (" + a.SpeakerRole + ")"
	}
	if a.AuthorOf != "" {
		// "who wrote the warsaw op-ed": the article, then who they are.
		return l.T("intro.author", "title", workTitle(a.AuthorOf), "who", who)
	}
	if a.doer {
		// "who hosted bratislava": the one the passage below names.
		return l.T("intro.doer", "who", who)
	}
	switch a.SpeakerStatus {
	case SpeakerQuoted:
		if a.Kind == KindPerson {
			// Who they are comes first (PassagesFirst), in the passage
			// that says so, then their words: the intro need not, unless
			// no passage shown gives their title (a digest gives it in
			// an entry's heading).
			name := a.Speaker
			if a.SpeakerRole != "" && !slices.ContainsFunc(a.Passages, func(p Passage) bool { return strings.Contains(strings.ToLower(p.Text), strings.ToLower(a.SpeakerRole)) }) {
				name = who
			}
			return l.T("intro.person_quoted", "who", name, "times", l.N("count.times", a.QuotesTotal))
		}
		s := l.T("intro.quoted", "who", who, "times", l.N("count.times", a.QuotesTotal))
		if a.About != "" && a.QuotesOn > 0 && a.QuotesOn < a.QuotesTotal {
			s += l.T("intro.quoted_about", "quotes", l.N("count.quotes", a.QuotesOn), "about", subjectPhrase(a.About))
		}
		if a.offSubject != "" {
			// "… is quoted once in the articles; none of it is about
			// indonesia:", then what they did say.
			s += l.T("intro.quoted_off_subject", "about", subjectPhrase(a.offSubject))
		}
		return s + ":"
	case SpeakerNotQuoted:
		if office := officeOnly(a.Quotes); office != "" {
			// Never quoted by name; an article quotes their office
			// unnamed ("UNICEF's regional director said").
			return l.T("intro.office_quoted", "who", a.Speaker, "office", office)
		}
		if len(a.Quotes) > 0 { // reported speech only
			return l.T("intro.reported_not_quoted", "who", a.Speaker)
		}
		if a.wrote != "" {
			// The writer of an op-ed: their article, in their words;
			// asked who they are, what says so comes first.
			if a.Kind == KindPerson {
				return l.T("intro.person_wrote", "who", a.Speaker, "title", workTitle(a.wrote))
			}
			return l.T("intro.wrote", "who", who, "title", workTitle(a.wrote))
		}
		if a.credited {
			// "Sarah Kim (correspondent for Northline)": named only in
			// credit lines, which are cited.
			return l.T("intro.credited_not_quoted", "who", who)
		}
		if len(a.Passages) == 0 {
			return l.T("intro.named_not_quoted", "who", who)
		}
		if a.voice != "" {
			voice := a.voice
			if a.voiceRole != "" {
				voice += " (" + a.voiceRole + ")"
			}
			return l.T("intro.spoken_for", "who", a.Speaker, "voice", voice, "name", a.voice)
		}
		return l.T("intro.mentioned_not_quoted", "who", a.Speaker)
	case SpeakerUnknown:
		return l.T("intro.unknown_person", "who", a.Asked) + coverList(a.Suggestions, l)
	}
	if a.Unnamed != "" && a.onlyGiven {
		return l.T("intro.only_given_name", "who", a.Unnamed) + coverList(a.Suggestions, l)
	}
	if a.Unnamed != "" {
		return l.T("intro.unnamed_person", "who", a.Unnamed) + coverList(a.Suggestions, l)
	}
	if !a.Answered() {
		return l.T("intro.no_answer") + coverList(a.Suggestions, l)
	}
	if a.Kind == KindTopic && a.Topic != nil {
		if a.Topic.Description != "" {
			return fmt.Sprintf("%s: %s.", a.Topic.Name, strings.TrimSuffix(a.Topic.Description, "."))
		}
		return a.Topic.Name + ":"
	}
	if a.Closest {
		return l.T("intro.closest")
	}
	return l.T("intro.answer")
}

// offSubjectQuotes reports a quote answer whose own words are none of
// them about what was asked (QuotesOn), though what the articles report
// them saying is (About is kept only then): "what did pellaton say abt
// the next flight", of an envoy reported on it and quoted on other
// things. The passages, which give the report in its words, come first.
func offSubjectQuotes(a *Answer) bool {
	return a.Kind == KindQuote && a.About != "" && a.QuotesOn == 0 && len(a.Quotes) > 0 && len(a.Passages) > 0
}

// candidatesLine names the people a description may mean, each with
// their role: "“the chief conservator” could be Oksana Lytvyn (museum's
// chief conservator) or Yelena Sokolova (…): ask about one of them by
// name."
func candidatesLine(a *Answer, l i18n.Lang) string {
	names := make([]string, len(a.Candidates))
	for i, c := range a.Candidates {
		names[i] = c.Name
		if c.Role != "" {
			names[i] += " (" + c.Role + ")"
		}
	}
	people := names[len(names)-1]
	if len(names) > 1 {
		people = strings.Join(names[:len(names)-1], ", ") + l.T("list.or") + people
	}
	return l.T("intro.which_person", "who", a.Asked, "people", people)
}

func coverList(ts []TopicCount, l i18n.Lang) string {
	if len(ts) == 0 {
		return ""
	}
	names := make([]string, len(ts))
	for i, t := range ts {
		names[i] = t.Name
	}
	return " " + l.T("intro.they_cover", "topics", strings.Join(names, ", "))
}

// Text is the whole reply as Markdown text, as `talksbot ask` prints it:
// the intro, quotes as block quotes (reported speech marked as such, never
// as a quotation), passages, then numbered citations.
func (r Reply) Text() string {
	l := r.Lang
	if l == "" {
		l = i18n.English
	}
	var b strings.Builder
	b.WriteString(r.Intro)
	b.WriteString("\n")
	if r.PassagesFirst {
		r.passagesText(&b, l, false)
		if len(r.Quotes) > 0 && len(r.Passages) > 0 {
			b.WriteString("\n" + l.T("heading.quotes") + "\n")
		}
		r.quotesText(&b, l)
	} else {
		r.quotesText(&b, l)
		r.passagesText(&b, l, len(r.Quotes) > 0)
	}
	if len(r.Citations) > 0 {
		b.WriteString("\n" + l.T("heading.sources") + "\n")
		for _, c := range r.Citations {
			b.WriteString(c.String())
			b.WriteString("\n")
		}
	}
	return b.String()
}

func (r Reply) quotesText(b *strings.Builder, l i18n.Lang) {
	for i, q := range r.Quotes {
		who := q.Speaker
		if who == "" {
			who = l.T("quote.unattributed")
		}
		if r.ShowRole(i) {
			who += ", " + q.Role
		}
		if q.Paragraph {
			fmt.Fprintf(b, "\n%s (%s): %s [%d]\n", who, l.T("quote.paragraph"), highlight(q.Text, q.Marks), q.Citation)
			continue
		}
		if q.Reported {
			fmt.Fprintf(b, "\n%s (%s): %s [%d]\n", who, l.T("quote.reported"), strings.ReplaceAll(q.Text, "\n", " "), q.Citation)
			continue
		}
		fmt.Fprintf(b, "\n> %s\n> — %s [%d]\n", strings.ReplaceAll(q.Text, "\n", "\n> "), who, q.Citation)
	}
}

func (r Reply) passagesText(b *strings.Builder, l i18n.Lang, heading bool) {
	if len(r.Passages) == 0 {
		return
	}
	if heading {
		b.WriteString("\n" + l.T("heading.passages") + "\n")
	}
	for i, p := range r.Passages {
		if p.Related && (i == 0 || !r.Passages[i-1].Related) {
			b.WriteString("\n" + l.T("heading.related") + "\n")
		}
		fmt.Fprintf(b, "\n%s [%d]\n", p.Highlight, p.Citation)
	}
}

// workTitle is an article's title as a sentence names it, in quotation
// marks: without the full stop a headline in sentences closes with
// ("“Geneva built a fence. Now Kyiv must make sure nobody climbs it”.",
// not "…climbs it.”.").
func workTitle(t string) string {
	return strings.TrimSuffix(strings.TrimSpace(t), ".")
}

// subjectPhrase is a question's subject as the reply names it after
// "about": "what did reiner say at the committee hearing" is about the
// committee hearing, not "about at the committee hearing".
func subjectPhrase(about string) string {
	first, rest, ok := strings.Cut(about, " ")
	if ok && rest != "" && people.Default().IsPreposition(strings.ToLower(first)) && !strings.EqualFold(first, "about") {
		return rest
	}
	return about
}

// officeOnly is the office every quote shown is credited to when none
// names its speaker ("UNICEF's regional director"): the words of a
// never-quoted person's office, as articles quote it unnamed; "" when
// any quote names its speaker or the offices differ.
func officeOnly(qs []Quote) string {
	office := ""
	for _, q := range qs {
		if q.Speaker != "" || q.Reported || q.Role == "" || office != "" && q.Role != office {
			return ""
		}
		office = q.Role
	}
	return office
}
