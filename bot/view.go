package bot

import (
	"fmt"
	"strings"

	"github.com/talksbot/talksbot/index"
)

// viewOf prepares one page of an answer for packEmbed, escaping every
// piece of corpus text and user input.
func viewOf(a *index.Answer) view {
	v := view{Color: colorAnswer}
	q, _ := cutPlain(strings.TrimSpace(a.Question), 200)
	v.Title = Escape(q)

	cites := citer{}
	for _, qu := range a.Quotes {
		n := cites.number(qu.Source)
		v.Blocks = append(v.Blocks, block{Text: quoteBlock(qu, n), Cites: []int{n}})
	}
	for _, p := range a.Passages {
		n := cites.number(p.Source)
		text := strings.TrimSpace(p.Highlight)
		if text == "" {
			text = strings.TrimSpace(p.Text)
			v.Blocks = append(v.Blocks, block{Text: Escape(text), Cites: []int{n}})
			continue
		}
		v.Blocks = append(v.Blocks, block{Text: EscapeHighlight(text), Cites: []int{n}})
	}
	v.Citations = cites.list

	who := Escape(a.Speaker)
	switch {
	case a.Kind == index.KindQuote && a.SpeakerStatus == index.SpeakerQuoted && len(a.Quotes) > 0:
		v.Intro = fmt.Sprintf("What **%s**%s said:", who, roleSuffix(a.SpeakerRole))
	case a.Kind == index.KindQuote && a.SpeakerStatus == index.SpeakerNotQuoted:
		v.Intro = fmt.Sprintf("**%s**%s is named in the articles but never quoted.", who, roleSuffix(a.SpeakerRole))
		if len(a.Passages) > 0 {
			v.Intro += " Here is where they are mentioned:"
		}
	case a.Kind == index.KindQuote && a.SpeakerStatus == index.SpeakerUnknown && !a.Answered():
		v.Intro = "The articles don't mention that person."
	case a.Kind == index.KindTopic && a.Answered():
		v.Intro = "What the articles say on this topic:"
	case a.Answered():
		v.Intro = "From the articles:"
	default:
		v.Intro = "The articles don't cover that."
	}
	if !a.Answered() {
		v.Color = colorNoAnswer
		if len(a.Suggestions) > 0 {
			var sb strings.Builder
			sb.WriteString("They do cover:")
			for _, t := range a.Suggestions {
				fmt.Fprintf(&sb, "\n• **%s** — %s (%d passages)", Escape(t.Name), Escape(t.Description), t.Passages)
			}
			v.Outro = sb.String()
		}
	}
	return v
}

func roleSuffix(role string) string {
	if role == "" {
		return ""
	}
	return ", " + Escape(role) + ","
}

// quoteBlock shows a quote as a block quote with its speaker and role.
func quoteBlock(q index.Quote, n int) string {
	var sb strings.Builder
	for line := range strings.SplitSeq(strings.TrimSpace(q.Text), "\n") {
		sb.WriteString("> ")
		sb.WriteString(Escape(strings.TrimSpace(line)))
		sb.WriteByte('\n')
	}
	sb.WriteString("> — ")
	if q.Speaker != "" {
		sb.WriteString("**" + Escape(q.Speaker) + "**")
	} else {
		sb.WriteString("unattributed")
	}
	if q.Role != "" {
		sb.WriteString(", " + Escape(q.Role))
	}
	return sb.String()
}

// citer numbers sources in order of first use.
type citer struct {
	seen map[string]int
	list []citation
}

func (c *citer) number(s index.Source) int {
	key := fmt.Sprintf("%s#%d", s.Doc, s.Paragraph)
	if n, ok := c.seen[key]; ok {
		return n
	}
	if c.seen == nil {
		c.seen = map[string]int{}
	}
	n := len(c.list) + 1
	c.seen[key] = n
	c.list = append(c.list, citation{N: n, Line: citationLine(n, s)})
	return n
}

// citationLine is "[n] title · outlet · author · date · section", the
// title a link when the article has a url.
func citationLine(n int, s index.Source) string {
	title := Escape(s.Title)
	if title == "" {
		title = Escape(s.Doc)
	}
	if u := safeURL(s.URL); u != "" {
		title = "[" + title + "](" + u + ")"
	}
	parts := []string{fmt.Sprintf("[%d] %s", n, title)}
	for _, p := range []string{s.Outlet, s.Author, s.Date, s.Section} {
		if p = strings.TrimSpace(p); p != "" {
			parts = append(parts, Escape(p))
		}
	}
	return strings.Join(parts, " · ")
}

// safeURL keeps http(s) URLs that cannot break out of a Markdown link.
func safeURL(u string) string {
	u = strings.TrimSpace(u)
	if !strings.HasPrefix(u, "https://") && !strings.HasPrefix(u, "http://") {
		return ""
	}
	if strings.ContainsAny(u, " ()<>\n\t\"") || len(u) > 512 {
		return ""
	}
	return u
}
