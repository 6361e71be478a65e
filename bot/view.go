package bot

import (
	"fmt"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/talksbot/talksbot/index"
)

// viewOf prepares one page of an answer for packEmbed. The words are
// index.Render's — the same reply `talksbot ask` prints; this adds only
// Discord's escaping (every piece of corpus text and user input) and its
// layout (block quotes, bold, linked citations).
func viewOf(a *index.Answer) view {
	r := index.Render(a)
	v := view{Color: colorAnswer}
	if !r.Answered {
		v.Color = colorNoAnswer
	}
	q, _ := cutPlain(strings.Join(strings.Fields(a.Question), " "), 200)
	v.Title = Escape(q)
	v.Intro = Escape(r.Intro)
	for _, qu := range r.Quotes {
		v.Blocks = append(v.Blocks, block{Text: quoteBlock(qu), Cites: []int{qu.Citation}})
	}
	for _, p := range r.Passages {
		v.Blocks = append(v.Blocks, block{Text: passageText(p), Cites: []int{p.Citation}})
	}
	for _, c := range r.Citations {
		v.Citations = append(v.Citations, citation{N: c.N, Line: citationLine(c)})
	}
	return v
}

// passageText escapes a passage and makes its matched words bold: from
// the byte ranges when the engine gives them (so "**" in the article stays
// literal), else from the Highlight Markdown.
func passageText(p index.ReplyPassage) string {
	text := strings.TrimSpace(p.Text)
	if len(p.Marks) > 0 && text == p.Text {
		if s, ok := boldMarks(p.Text, p.Marks); ok {
			return s
		}
	}
	if h := strings.TrimSpace(p.Highlight); h != "" {
		return EscapeHighlight(h)
	}
	return Escape(text)
}

// boldMarks escapes text and wraps the marked ranges in **; ok is false if
// the ranges do not fit the text.
func boldMarks(text string, marks []index.Mark) (string, bool) {
	ms := append([]index.Mark(nil), marks...)
	sort.Slice(ms, func(i, j int) bool { return ms[i].Start < ms[j].Start })
	var sb strings.Builder
	at := 0
	for _, m := range ms {
		if m.Start < at || m.End <= m.Start || m.End > len(text) ||
			!utf8.RuneStart(text[m.Start]) || (m.End < len(text) && !utf8.RuneStart(text[m.End])) {
			return "", false
		}
		word := text[m.Start:m.End]
		if strings.TrimSpace(word) != word { // ** must touch the word to render
			return "", false
		}
		sb.WriteString(escape(text[at:m.Start], atLineStart(sb.String())))
		sb.WriteString("**" + escape(word, false) + "**")
		at = m.End
	}
	sb.WriteString(escape(text[at:], atLineStart(sb.String())))
	return sb.String(), true
}

// quoteBlock shows a quote as a block quote with its speaker and role.
func quoteBlock(q index.ReplyQuote) string {
	var sb strings.Builder
	for line := range strings.SplitSeq(strings.TrimSpace(q.Text), "\n") {
		if line = strings.TrimSpace(line); line == "" {
			continue
		}
		sb.WriteString("> ")
		sb.WriteString(Escape(line))
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

// citationLine is the engine's "[n] title · outlet · author · date ·
// section ¶p", escaped, the title a link when the article has a url.
func citationLine(c index.Citation) string {
	label := c.Label()
	u := safeURL(c.Source.URL)
	title := c.Source.Title
	if u == "" || title == "" || !strings.HasPrefix(label, title) {
		if label == "" {
			label = c.Source.Doc
		}
		line := fmt.Sprintf("[%d] %s", c.N, Escape(label))
		if u != "" {
			line += " <" + u + ">"
		}
		return line
	}
	return fmt.Sprintf("[%d] [%s](%s)%s", c.N, Escape(title), u, Escape(strings.TrimPrefix(label, title)))
}

// safeURL keeps http(s) URLs that cannot break out of a Markdown link.
func safeURL(u string) string {
	u = strings.TrimSpace(u)
	if !strings.HasPrefix(u, "https://") && !strings.HasPrefix(u, "http://") {
		return ""
	}
	if strings.ContainsAny(u, " ()<>[]\n\t\"\\") || len(u) > 512 {
		return ""
	}
	return u
}
