package index

import (
	"fmt"
	"strings"
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
}

// ReplyQuote is a quote with the number of its citation.
type ReplyQuote struct {
	Text     string
	Speaker  string
	Role     string
	Citation int // N of the Citation it refers to
	// Reported is indirect speech, the article's words, not a quotation.
	Reported bool
}

// ReplyPassage is a passage with the number of its citation.
type ReplyPassage struct {
	Text      string // plain text
	Highlight string // Markdown: Text with matched words in **bold**
	Marks     []Mark // the bold ranges of Text
	Citation  int
}

// Citation is a numbered source: [N] title · outlet · author · date ·
// section ¶paragraph, with a link when the article has one.
type Citation struct {
	N      int
	Source Source
}

// Label is the citation without its number and link:
// "title · outlet · author · date · section ¶3"; unknown parts are left out.
func (c Citation) Label() string {
	s := c.Source
	var parts []string
	for _, p := range []string{s.Title, s.Outlet, s.Author, s.Date} {
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

// String is "[N] label", with " <url>" when known.
func (c Citation) String() string {
	s := fmt.Sprintf("[%d] %s", c.N, c.Label())
	if c.Source.URL != "" {
		s += " <" + c.Source.URL + ">"
	}
	return s
}

// Render lays out an answer. Quotes and passages from the same paragraph
// share a citation number; numbers follow first use.
func Render(a *Answer) Reply {
	r := Reply{Answered: a.Answered(), Suggestions: a.Suggestions, Closest: a.Closest}
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
	for _, q := range a.Quotes {
		r.Quotes = append(r.Quotes, ReplyQuote{Text: q.Text, Speaker: q.Speaker, Role: q.Role, Citation: cite(q.Source), Reported: q.Reported})
	}
	for _, p := range a.Passages {
		r.Passages = append(r.Passages, ReplyPassage{Text: p.Text, Highlight: p.Highlight, Marks: p.Marks, Citation: cite(p.Source)})
	}
	r.Intro = intro(a)
	return r
}

func intro(a *Answer) string {
	who := a.Speaker
	if a.SpeakerRole != "" {
		who += " (" + a.SpeakerRole + ")"
	}
	switch a.SpeakerStatus {
	case SpeakerQuoted:
		s := fmt.Sprintf("%s is quoted %s in the articles", who, times(a.QuotesTotal))
		if a.About != "" && len(a.Quotes) < a.QuotesTotal {
			s += fmt.Sprintf("; %s about %s", countOf(len(a.Quotes), "quote", "quotes"), a.About)
		}
		return s + ":"
	case SpeakerNotQuoted:
		if len(a.Passages) == 0 {
			return fmt.Sprintf("%s is named in the articles but never quoted.", a.Speaker)
		}
		return fmt.Sprintf("%s is mentioned but never quoted in the articles. Where %s is mentioned:", a.Speaker, a.Speaker)
	case SpeakerUnknown:
		return fmt.Sprintf("The articles don't mention %s.%s", a.Asked, coverList(a.Suggestions))
	}
	if !a.Answered() {
		return "The articles don't cover that." + coverList(a.Suggestions)
	}
	if a.Kind == KindTopic && a.Topic != nil {
		if a.Topic.Description != "" {
			return fmt.Sprintf("%s: %s.", a.Topic.Name, strings.TrimSuffix(a.Topic.Description, "."))
		}
		return a.Topic.Name + ":"
	}
	if a.Closest {
		return "The articles may not answer that exactly. Closest passages:"
	}
	return "From the articles:"
}

func coverList(ts []TopicCount) string {
	if len(ts) == 0 {
		return ""
	}
	names := make([]string, len(ts))
	for i, t := range ts {
		names[i] = t.Name
	}
	return " They do cover: " + strings.Join(names, ", ") + "."
}

func times(n int) string {
	switch n {
	case 1:
		return "once"
	case 2:
		return "twice"
	}
	return fmt.Sprintf("%d times", n)
}

func countOf(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

// Text is the whole reply as Markdown text, as `talksbot ask` prints it:
// the intro, quotes as block quotes, passages, then numbered citations.
func (r Reply) Text() string {
	var b strings.Builder
	b.WriteString(r.Intro)
	b.WriteString("\n")
	for _, q := range r.Quotes {
		fmt.Fprintf(&b, "\n> %s\n> — %s", strings.ReplaceAll(q.Text, "\n", "\n> "), q.Speaker)
		if q.Role != "" {
			fmt.Fprintf(&b, ", %s", q.Role)
		}
		fmt.Fprintf(&b, " [%d]\n", q.Citation)
	}
	if len(r.Passages) > 0 {
		if len(r.Quotes) > 0 {
			b.WriteString("\nPassages:\n")
		}
		for _, p := range r.Passages {
			fmt.Fprintf(&b, "\n%s [%d]\n", p.Highlight, p.Citation)
		}
	}
	if len(r.Citations) > 0 {
		b.WriteString("\nSources:\n")
		for _, c := range r.Citations {
			b.WriteString(c.String())
			b.WriteString("\n")
		}
	}
	return b.String()
}
