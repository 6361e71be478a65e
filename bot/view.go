package bot

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/bwmarrin/discordgo"

	"github.com/talksbot/talksbot/index"
	"github.com/talksbot/talksbot/internal/i18n"
)

// An answer's pages are sized for a phone: each shows at most
// maxPerPage quotes and passages and about one screen of text.
const (
	// phoneBudget is the most embed text (title, description, fields and
	// footer, as Discord counts them) one page shows.
	phoneBudget = 1200
	// maxPerPage is the most quotes and passages on one page.
	maxPerPage = 3
	// passageRoom is the length beyond which a passage is trimmed to the
	// sentences that answer.
	passageRoom = 260
	// quoteRoom is the length beyond which a quote is cut.
	quoteRoom = 480
	// titleRoom keeps a long question's title to two or three lines.
	titleRoom = 150
)

// answerView is an answer ready to be laid out in pages: the fixed words
// in the asker's language, every piece of corpus text and user input
// escaped. The words are index.RenderIn's — the same reply `talksbot ask`
// prints — laid out for Discord: block quotes, bold, compact linked
// citations.
type answerView struct {
	l     i18n.Lang
	reply index.Reply
	q     query
	title string
	intro string
	color int
	items []item
}

// item is one quote or passage of the answer.
type item struct {
	quote   int // index in reply.Quotes, or -1
	passage int // index in reply.Passages, or -1
}

func newAnswerView(ans *index.Answer, q query, l i18n.Lang) *answerView {
	r := index.RenderIn(ans, l)
	v := &answerView{l: l, reply: r, q: q, color: colorAnswer}
	switch {
	case !r.Answered:
		v.color = colorNoAnswer
	case r.Closest:
		v.color = colorClosest
	}
	question := ans.Question
	if q.Kind == queryQuote && q.Speaker != "" {
		// /quote's title is the bot's own words around the name.
		question = l.T("quote.title", "who", q.Speaker)
		if q.About != "" {
			question = l.T("quote.title_about", "who", q.Speaker, "about", q.About)
		}
	}
	title, _ := cutPlain(strings.Join(strings.Fields(question), " "), titleRoom)
	v.title = Escape(title)
	v.intro = Escape(r.Intro)
	if ans.Kind == index.KindTopic && ans.Topic != nil {
		// The title names the topic; the first line says what it covers.
		v.intro = ""
		if d := strings.TrimSpace(ans.Topic.Description); d != "" {
			v.intro = Escape(strings.TrimSuffix(d, ".") + ".")
		}
	}
	quotes := func() {
		for i := range r.Quotes {
			v.items = append(v.items, item{quote: i, passage: -1})
		}
	}
	passages := func() {
		for i := range r.Passages {
			v.items = append(v.items, item{quote: -1, passage: i})
		}
	}
	if r.PassagesFirst {
		passages()
		quotes()
	} else {
		quotes()
		passages()
	}
	return v
}

// paginate groups the items into pages: in order, at most perPage to a
// page, and a new page when the next item would take the page over the
// phone budget. An item too long for a page of its own is cut when shown.
func (v *answerView) paginate(perPage int) [][]int {
	var pages [][]int
	var cur []int
	for i := range v.items {
		next := append(slices.Clone(cur), i)
		if len(cur) > 0 && (len(next) > perPage || embedTotal(v.embed(next, maxPageIndex-1, maxPageIndex, 0)) > phoneBudget) {
			pages = append(pages, cur)
			next = []int{i}
		}
		cur = next
	}
	return append(pages, cur) // an answer without items still has a page
}

// page is the embed of one page; the last item is cut to keep within the
// phone budget when it alone is too long.
func (v *answerView) page(items []int, page, pages int) *discordgo.MessageEmbed {
	e := v.embed(items, page, pages, 0)
	for try := 0; try < 4 && len(items) > 0; try++ {
		over := embedTotal(e) - phoneBudget
		if over <= 0 {
			break
		}
		room := Len(v.itemText(items[len(items)-1], 0)) - over - try*40
		if room < 80 {
			room = 80
		}
		e = v.embed(items, page, pages, room)
	}
	return e
}

// embed lays out items; lastRoom, when not 0, is the room the last
// item's text must fit.
func (v *answerView) embed(items []int, page, pages, lastRoom int) *discordgo.MessageEmbed {
	var desc []string
	if v.intro != "" {
		desc = append(desc, v.intro)
	}
	var cites []int
	roleShown := map[string]bool{v.reply.Speaker: true}
	for k, i := range items {
		room := 0
		if k == len(items)-1 {
			room = lastRoom
		}
		if v.relatedOpens(items, k) {
			desc = append(desc, "*"+Escape(v.l.T("heading.related"))+"*")
		}
		desc = append(desc, v.block(i, room, roleShown))
		n := v.cite(i)
		if !slices.Contains(cites, n) {
			cites = append(cites, n)
		}
	}
	e := &discordgo.MessageEmbed{
		Title:       v.title,
		Description: strings.Join(desc, "\n\n"),
		Color:       v.color,
		Footer:      &discordgo.MessageEmbedFooter{Text: encodeFooter(v.q, page, pages, v.l)},
	}
	e.Fields = v.sources(cites)
	return e
}

// relatedOpens reports whether the k-th of a page's items is the first
// of the passages related to the question but not answering it (after
// those that answer): the heading saying so goes before it.
func (v *answerView) relatedOpens(items []int, k int) bool {
	related := func(i int) bool {
		it := v.items[i]
		return it.passage >= 0 && v.reply.Passages[it.passage].Related
	}
	return related(items[k]) && (k == 0 || !related(items[k-1]))
}

func (v *answerView) cite(i int) int {
	it := v.items[i]
	if it.quote >= 0 {
		return v.reply.Quotes[it.quote].Citation
	}
	return v.reply.Passages[it.passage].Citation
}

// itemText is the text of item i as shown, escaped, without attribution
// or citation.
func (v *answerView) itemText(i, room int) string {
	it := v.items[i]
	if it.quote >= 0 {
		q := v.reply.Quotes[it.quote]
		if q.Paragraph {
			// The paragraph that reports and quotes them: a passage,
			// trimmed around their name.
			if room == 0 {
				room = passageRoom
			}
			return passageText(index.ReplyPassage{Text: q.Text, Marks: q.Marks, Matches: q.Marks}, room)
		}
		if room == 0 {
			room = quoteRoom
		}
		t, _ := Cut(Escape(strings.TrimSpace(q.Text)), room)
		return t
	}
	if room == 0 {
		room = passageRoom
	}
	return passageText(v.reply.Passages[it.passage], room)
}

// block is item i as shown: a quote as a block quote with its speaker
// (and their role, once per speaker), reported speech marked as such,
// a passage trimmed with its matched words in bold; then the citation.
func (v *answerView) block(i, room int, roleShown map[string]bool) string {
	it := v.items[i]
	text := v.itemText(i, room)
	if it.passage >= 0 {
		return text + citeMarks([]int{v.cite(i)})
	}
	q := v.reply.Quotes[it.quote]
	who := "**" + Escape(q.Speaker) + "**"
	if q.Speaker == "" {
		who = Escape(v.l.T("quote.unattributed"))
	}
	if q.Role != "" && (q.Speaker == "" || !roleShown[q.Speaker]) {
		// An unnamed source's role is all that says who, on every
		// block (index.Reply.ShowRole).
		who += ", " + Escape(q.Role)
	}
	if q.Speaker != "" {
		roleShown[q.Speaker] = true
	}
	if q.Paragraph {
		// The article's paragraph, reporting and quoting them: its own
		// words say which is which.
		return fmt.Sprintf("%s *(%s)*: %s%s", who, Escape(v.l.T("quote.paragraph")), text, citeMarks([]int{q.Citation}))
	}
	if q.Reported {
		// The article's words, not the speaker's: no quotation marks, no
		// block quote.
		return fmt.Sprintf("%s *(%s)*: %s%s", who, Escape(v.l.T("quote.reported")), text, citeMarks([]int{q.Citation}))
	}
	var sb strings.Builder
	for line := range strings.SplitSeq(text, "\n") {
		if line = strings.TrimSpace(line); line != "" {
			sb.WriteString("> " + line + "\n")
		}
	}
	sb.WriteString("> — " + who + citeMarks([]int{q.Citation}))
	return sb.String()
}

// sources is the Sources field for the citations a page shows.
func (v *answerView) sources(nums []int) []*discordgo.MessageEmbedField {
	sort.Ints(nums)
	titled := map[string]bool{}
	var lines []string
	for _, n := range nums {
		c := v.reply.Citations[n-1]
		lines = append(lines, citationLine(c, !titled[c.Source.Doc], v.l))
		titled[c.Source.Doc] = true
	}
	return citationFields(lines, v.l)
}

// passageText is a passage trimmed to room, escaped, with its marks in
// bold: from the byte ranges when the engine gives them (so "**" in the
// article stays literal), else from the Highlight Markdown.
func passageText(p index.ReplyPassage, room int) string {
	text, marks, matches := p.Text, p.Marks, p.Matches
	if len(marks) == 0 && strings.Contains(p.Highlight, "**") {
		if t, m, ok := marksOfHighlight(p.Highlight); ok && strings.TrimSpace(t) == strings.TrimSpace(p.Text) {
			text, marks = t, m
		}
	}
	tr := trimPassage(text, marks, matches, room)
	if s, ok := boldMarks(tr.Text, tr.Marks); ok {
		return s
	}
	return Escape(tr.Text)
}

// marksOfHighlight reads "**"-delimited bold back into plain text and
// marks.
func marksOfHighlight(h string) (string, []index.Mark, bool) {
	parts := strings.Split(h, "**")
	if len(parts)%2 == 0 {
		return "", nil, false
	}
	var sb strings.Builder
	var marks []index.Mark
	for i, p := range parts {
		if i%2 == 1 && p != "" {
			marks = append(marks, index.Mark{Start: sb.Len(), End: sb.Len() + len(p)})
		}
		sb.WriteString(p)
	}
	return sb.String(), marks, true
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

// citationLine is a compact citation: "[1] DW · 18 Dec 2025 · ¶9" (with
// a live blog entry's time stamp after the date: "16 Mar 2060 · 10:15",
// or in its place when the stamp names its own day: Source.CitedDate),
// linked when the article has a url (the link's hover text is the full
// title), followed by the title the first time a page cites the article.
// An article without an outlet is named by its title instead (in full the
// first time, shortened after).
func citationLine(c index.Citation, first bool, l i18n.Lang) string {
	s := c.Source
	title := strings.Join(strings.Fields(s.Title), " ")
	name, showTitle := s.Outlet, first && title != ""
	if name == "" {
		name, showTitle = title, false
		if !first {
			name, _ = cutPlain(title, 32)
		}
	}
	if name == "" {
		name = s.Doc
	}
	var parts []string
	for _, p := range []string{name, formatDate(s.CitedDate(), l), s.Time} {
		if p != "" {
			parts = append(parts, p)
		}
	}
	if s.Paragraph > 0 {
		parts = append(parts, fmt.Sprintf("¶%d", s.Paragraph))
	}
	label := Escape(strings.Join(parts, " · "))
	if u := safeURL(s.URL); u != "" {
		hover := ""
		if title != "" {
			// Quotes and brackets would end the link early.
			hover = ` "` + strings.NewReplacer(`"`, "'", `\`, "", "(", "", ")", "", "\n", " ").Replace(title) + `"`
		}
		label = "[" + label + "](" + u + hover + ")"
	}
	line := fmt.Sprintf("[%d] %s", c.N, label)
	if showTitle {
		line += " — *" + Escape(title) + "*"
	}
	return line
}

// formatDate writes an ISO date as "18 Dec 2025" in l; anything else is
// shown as it is.
func formatDate(d string, l i18n.Lang) string {
	t, err := time.Parse("2006-01-02", d)
	if err != nil {
		return d
	}
	return l.T("date.short", "day", t.Day(), "month", l.T(fmt.Sprintf("month.%d", int(t.Month()))), "year", t.Year())
}

// citationFields puts the citation lines into "Sources" fields of at most
// maxFieldValue characters each, breaking between lines.
func citationFields(lines []string, l i18n.Lang) []*discordgo.MessageEmbedField {
	var fields []*discordgo.MessageEmbedField
	var cur strings.Builder
	flush := func() {
		if cur.Len() == 0 {
			return
		}
		name := l.T("embed.sources")
		if len(fields) > 0 {
			name = l.T("embed.sources_continued")
		}
		fields = append(fields, &discordgo.MessageEmbedField{Name: name, Value: cur.String()})
		cur.Reset()
	}
	for _, line := range lines {
		line, _ = Cut(line, maxFieldValue)
		if cur.Len() > 0 && Len(cur.String())+1+Len(line) > maxFieldValue {
			flush()
		}
		if len(fields) == maxFields {
			break
		}
		if cur.Len() > 0 {
			cur.WriteByte('\n')
		}
		cur.WriteString(line)
	}
	if len(fields) < maxFields {
		flush()
	}
	return fields
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
