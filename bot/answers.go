package bot

import (
	"context"
	"fmt"
	"strconv"
	"strings"

	"github.com/bwmarrin/discordgo"

	"github.com/talksbot/talksbot/index"
)

// answers turns questions into replies: it asks the engine, pages the
// passages and renders one embed per page. /ask, /quote, /topic, mentions,
// DMs and the paging buttons all go through it.
type answers struct {
	engine  Answerer
	perPage int
}

// maxPages bounds paging: the engine is asked for perPage*maxPages
// passages at most (a quote answer's quotes may add pages).
const maxPages = 4

// maxPageIndex bounds the page a button may ask for.
const maxPageIndex = 50

// Query kinds, as written in the embed footer.
const (
	queryAsk   = "asked"
	queryQuote = "quote"
	queryTopic = "topic"
)

// query is what was asked, enough to ask again when a button is pressed.
type query struct {
	Kind    string
	Text    string // the question, or the topic name
	Speaker string
	About   string
}

// Embed colours.
const (
	colorAnswer   = 0x2b6cb0
	colorNoAnswer = 0x718096
)

// fetch asks the engine for q.
func (a *answers) fetch(ctx context.Context, q query) (*index.Answer, error) {
	opts := index.AskOptions{Limit: a.perPage * maxPages}
	switch q.Kind {
	case queryQuote:
		return a.engine.Quote(ctx, q.Speaker, q.About, opts)
	case queryTopic:
		return a.engine.Topic(ctx, q.Text, opts)
	default:
		return a.engine.Ask(ctx, q.Text, opts)
	}
}

// reply answers q for user, showing page (0-based; clamped).
func (a *answers) reply(ctx context.Context, q query, page int, user string) (*Response, error) {
	ans, err := a.fetch(ctx, q)
	if err != nil {
		return nil, err
	}
	return a.render(ans, q, page, user), nil
}

// pages is how many pages ans has: its quotes, then its passages,
// perPage at a time.
func (a *answers) pages(ans *index.Answer) int {
	n := (len(ans.Quotes) + len(ans.Passages) + a.perPage - 1) / a.perPage
	return max(n, 1)
}

// render shows one page of ans in an embed, with More/Back buttons when
// there are several pages and topic buttons when the question went
// unanswered.
func (a *answers) render(ans *index.Answer, q query, page int, user string) *Response {
	pages := a.pages(ans)
	page = max(0, min(page, pages-1))
	sub := *ans
	nq := len(ans.Quotes)
	lo, hi := page*a.perPage, (page+1)*a.perPage
	sub.Quotes = ans.Quotes[min(lo, nq):min(hi, nq)]
	np := len(ans.Passages)
	sub.Passages = ans.Passages[min(max(lo-nq, 0), np):min(max(hi-nq, 0), np)]
	v := viewOf(&sub)
	v.Footer = encodeFooter(q, page, pages)
	e, _ := packEmbed(v)
	resp := &Response{Embeds: []*discordgo.MessageEmbed{e}}
	if pages > 1 {
		resp.Components = append(resp.Components, pagingRow(user, page, pages))
	}
	if !ans.Answered() {
		resp.Components = append(resp.Components, topicRows(user, ans.Suggestions)...)
	}
	return resp
}

// pagingRow holds Back and More; the custom_id carries the asker and the
// page to show, so any bot process can serve the press.
func pagingRow(user string, page, pages int) discordgo.ActionsRow {
	return discordgo.ActionsRow{Components: []discordgo.MessageComponent{
		discordgo.Button{
			Label:    "Back",
			Style:    discordgo.SecondaryButton,
			CustomID: pageID(user, page-1, "b"),
			Disabled: page == 0,
		},
		discordgo.Button{
			Label:    fmt.Sprintf("More (%d/%d)", page+1, pages),
			Style:    discordgo.PrimaryButton,
			CustomID: pageID(user, page+1, "m"),
			Disabled: page >= pages-1,
		},
	}}
}

// Component prefixes.
const (
	prefixPage  = "page"
	prefixTopic = "topic"
)

// maxCustomID is Discord's limit on a custom_id.
const maxCustomID = 100

func pageID(user string, page int, dir string) string {
	return prefixPage + ":" + user + ":" + strconv.Itoa(max(page, 0)) + ":" + dir
}

// parsePageID reads "page:USER:N:DIR".
func parsePageID(id string) (user string, page int, ok bool) {
	parts := strings.Split(id, ":")
	if len(parts) != 4 || parts[0] != prefixPage || parts[1] == "" {
		return "", 0, false
	}
	n, err := strconv.Atoi(parts[2])
	if err != nil || n < 0 || n >= maxPageIndex {
		return "", 0, false
	}
	return parts[1], n, true
}

// topicRows offers up to ten topics as buttons ("topic:USER:NAME").
func topicRows(user string, topics []index.TopicCount) []discordgo.MessageComponent {
	var rows []discordgo.MessageComponent
	var row []discordgo.MessageComponent
	for _, t := range topics {
		id := prefixTopic + ":" + user + ":" + t.Name
		if len(id) > maxCustomID || t.Name == "" {
			continue
		}
		label, _ := cutPlain(t.Name, 80)
		row = append(row, discordgo.Button{Label: label, Style: discordgo.SecondaryButton, CustomID: id})
		if len(row) == 5 {
			rows = append(rows, discordgo.ActionsRow{Components: row})
			row = nil
		}
		if len(rows) == 2 {
			break
		}
	}
	if len(row) > 0 && len(rows) < 2 {
		rows = append(rows, discordgo.ActionsRow{Components: row})
	}
	return rows
}

// parseTopicID reads "topic:USER:NAME" (the name may contain ':').
func parseTopicID(id string) (user, name string, ok bool) {
	parts := strings.SplitN(id, ":", 3)
	if len(parts) != 3 || parts[0] != prefixTopic || parts[2] == "" {
		return "", "", false
	}
	return parts[1], parts[2], true
}

// The footer says what was asked, so a button press can ask again after a
// restart: "Page 2 of 3 · asked: QUESTION", "quote: SPEAKER · about: X",
// "topic: NAME".
const (
	footerSep   = " · "
	footerAbout = " · about: "
)

// Footers render no Markdown and ping no one, but @everyone is still
// broken up there so no copy of the text can; decodeFooter undoes it.
var (
	footerNeutral = strings.NewReplacer("@everyone", "@\u200beveryone", "@here", "@\u200bhere")
	footerRestore = strings.NewReplacer("\u200b", "")
)

func encodeFooter(q query, page, pages int) string {
	return footerNeutral.Replace(rawFooter(q, page, pages))
}

func rawFooter(q query, page, pages int) string {
	var sb strings.Builder
	if pages > 1 {
		fmt.Fprintf(&sb, "Page %d of %d%s", page+1, pages, footerSep)
	}
	switch q.Kind {
	case queryQuote:
		sb.WriteString(queryQuote + ": " + q.Speaker)
		if q.About != "" {
			sb.WriteString(footerAbout + q.About)
		}
	case queryTopic:
		sb.WriteString(queryTopic + ": " + q.Text)
	default:
		sb.WriteString(queryAsk + ": " + q.Text)
	}
	return sb.String()
}

func decodeFooter(f string) (query, bool) {
	f = footerRestore.Replace(f)
	if strings.HasPrefix(f, "Page ") {
		_, rest, ok := strings.Cut(f, footerSep)
		if !ok {
			return query{}, false
		}
		f = rest
	}
	kind, rest, ok := strings.Cut(f, ": ")
	if !ok || strings.TrimSpace(rest) == "" {
		return query{}, false
	}
	switch kind {
	case queryAsk:
		return query{Kind: queryAsk, Text: rest}, true
	case queryTopic:
		return query{Kind: queryTopic, Text: rest}, true
	case queryQuote:
		speaker, about, _ := strings.Cut(rest, footerAbout)
		return query{Kind: queryQuote, Speaker: speaker, About: about}, true
	}
	return query{}, false
}

// queryOfMessage recovers the query from the message a button sits on.
func queryOfMessage(m *discordgo.Message) (query, bool) {
	if m == nil || len(m.Embeds) == 0 || m.Embeds[0] == nil || m.Embeds[0].Footer == nil {
		return query{}, false
	}
	return decodeFooter(m.Embeds[0].Footer.Text)
}
