package bot

import (
	"context"
	"strconv"
	"strings"

	"github.com/bwmarrin/discordgo"

	"github.com/talksbot/talksbot/index"
	"github.com/talksbot/talksbot/internal/i18n"
)

// answers turns questions into replies: it asks the engine, lays the
// answer out in phone-sized pages and renders one embed per page. /ask,
// /quote, /topic, mentions, DMs and the paging buttons all go through it.
type answers struct {
	engine Answerer
	// perPage is the most quotes and passages a page shows (at most
	// maxPerPage); pages also end at the phone budget.
	perPage int
	// obs counts the questions the articles do not answer; nil counts
	// nothing.
	obs Observer
	// talks remembers whom each member's last answer was about, for
	// their follow-ups; nil remembers nothing.
	talks *talks
}

// maxPages bounds the passages asked for: perPage*maxPages at most (a
// quote answer's quotes, and long passages, may make more pages).
const maxPages = 4

// maxPageIndex bounds the page a button may ask for.
const maxPageIndex = 50

// Query kinds, as they are told apart in the embed footer.
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
	// After is the person a follow-up question's pronoun was read as
	// ("and what did she say"), kept in the footer so a page press asks
	// the same question.
	After string
	// Talk is the conversation the question was asked in (channel and
	// member), whose last answer a follow-up is read against; "" for a
	// button press, which asks again what its message answered.
	Talk string
}

// Embed colours.
const (
	colorAnswer   = 0x2b6cb0
	colorClosest  = 0xb7791f
	colorNoAnswer = 0x718096
)

// fetch asks the engine for q; also are the others the conversation's
// last question named whom a follow-up's pronoun may mean as well.
func (a *answers) fetch(ctx context.Context, q query, also []string) (*index.Answer, error) {
	opts := index.AskOptions{Limit: a.pageSize() * maxPages}
	switch q.Kind {
	case queryQuote:
		return a.engine.Quote(ctx, q.Speaker, q.About, opts)
	case queryTopic:
		return a.engine.Topic(ctx, q.Text, opts)
	default:
		opts.After, opts.AfterAlso = q.After, also
		return a.engine.Ask(ctx, q.Text, opts)
	}
}

func (a *answers) pageSize() int {
	if a.perPage <= 0 || a.perPage > maxPerPage {
		return maxPerPage
	}
	return a.perPage
}

// reply answers q for user in English, showing page (0-based; clamped).
func (a *answers) reply(ctx context.Context, q query, page int, user string) (*Response, error) {
	return a.replyIn(ctx, q, page, user, i18n.English)
}

// replyIn answers q for user with the bot's own words in l.
func (a *answers) replyIn(ctx context.Context, q query, page int, user string, l i18n.Lang) (*Response, error) {
	var also []string
	if q.Kind == queryAsk && q.Talk != "" {
		q.After, also = a.talks.person(q.Talk)
	}
	ans, err := a.fetch(ctx, q, also)
	if err != nil {
		return nil, err
	}
	if q.Kind == queryAsk {
		// The footer names the person only when the question was read
		// as a follow-up on them.
		q.After = ans.FollowUp
	}
	if person, ok := ans.PersonAfter(); ok && q.Talk != "" {
		a.talks.remember(q.Talk, person, ans.OthersAfter())
	}
	if page == 0 && !ans.Answered() && a.obs != nil {
		// A page press asks again; only the first page counts.
		kind := q.Kind
		if kind == queryAsk {
			kind = "ask"
		}
		a.obs.NoAnswer(kind)
	}
	return a.render(ans, q, page, user, l), nil
}

// render shows one page of ans in an embed, with Back/Next buttons when
// there are several pages and the topics it covers when the question
// went unanswered.
func (a *answers) render(ans *index.Answer, q query, page int, user string, l i18n.Lang) *Response {
	v := newAnswerView(ans, q, l)
	pages := v.paginate(a.pageSize())
	page = max(0, min(page, len(pages)-1))
	resp := &Response{Embeds: []*discordgo.MessageEmbed{v.page(pages[page], page, len(pages))}}
	if len(pages) > 1 {
		resp.Components = append(resp.Components, pagingRow(user, page, len(pages), l))
	}
	if !ans.Answered() {
		resp.Components = append(resp.Components, topicChoices(user, ans.Suggestions, l)...)
	}
	return resp
}

// pagingRow holds Back and Next; the custom_id carries the asker and the
// page to show, so any bot process can serve the press. The footer says
// which page this is.
func pagingRow(user string, page, pages int, l i18n.Lang) discordgo.ActionsRow {
	return discordgo.ActionsRow{Components: []discordgo.MessageComponent{
		discordgo.Button{
			Label:    l.T("button.back"),
			Style:    discordgo.SecondaryButton,
			CustomID: pageID(user, page-1, "b"),
			Disabled: page == 0,
		},
		discordgo.Button{
			Label:    l.T("button.next"),
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

// maxTopicButtons is the most topics offered as buttons; more become a
// select menu, which takes one row on a phone instead of several.
const maxTopicButtons = 3

// maxSelectOptions is Discord's limit on a select menu's options.
const maxSelectOptions = 25

// topicChoices offers topics: up to three as buttons ("topic:USER:NAME"),
// more as one select menu ("topic:USER", the name as the chosen value).
func topicChoices(user string, topics []index.TopicCount, l i18n.Lang) []discordgo.MessageComponent {
	var usable []index.TopicCount
	for _, t := range topics {
		if t.Name != "" && Len(t.Name) <= 100 && len(prefixTopic+":"+user+":"+t.Name) <= maxCustomID {
			usable = append(usable, t)
		}
	}
	if len(usable) == 0 {
		return nil
	}
	if len(usable) <= maxTopicButtons {
		var row []discordgo.MessageComponent
		for _, t := range usable {
			label, _ := cutPlain(t.Name, 80)
			row = append(row, discordgo.Button{Label: label, Style: discordgo.SecondaryButton, CustomID: prefixTopic + ":" + user + ":" + t.Name})
		}
		return []discordgo.MessageComponent{discordgo.ActionsRow{Components: row}}
	}
	menu := discordgo.SelectMenu{
		MenuType:    discordgo.StringSelectMenu,
		CustomID:    prefixTopic + ":" + user,
		Placeholder: l.T("topics.pick"),
		MaxValues:   1,
	}
	for _, t := range usable[:min(len(usable), maxSelectOptions)] {
		label, _ := cutPlain(t.Name, 100)
		menu.Options = append(menu.Options, discordgo.SelectMenuOption{
			Label: label, Value: t.Name, Description: l.N("count.passages", t.Passages),
		})
	}
	return []discordgo.MessageComponent{discordgo.ActionsRow{Components: []discordgo.MessageComponent{menu}}}
}

// parseTopicID reads a topic button ("topic:USER:NAME", the name may
// contain ':') or the topic menu ("topic:USER", the name in values).
func parseTopicID(id string, values []string) (user, name string, ok bool) {
	parts := strings.SplitN(id, ":", 3)
	if len(parts) < 2 || parts[0] != prefixTopic || parts[1] == "" {
		return "", "", false
	}
	if len(parts) == 3 {
		return parts[1], parts[2], parts[2] != ""
	}
	if len(values) != 1 || strings.TrimSpace(values[0]) == "" {
		return "", "", false
	}
	return parts[1], values[0], true
}

// The footer says which page this is and what was asked, so a button
// press can ask again after a restart: "Page 2 of 3 · asked: QUESTION",
// "quote: SPEAKER · about: X", "topic: NAME" — in the asker's language,
// and read back in any of them.
const footerSep = " · "

// Footers render no Markdown and ping no one, but @everyone is still
// broken up there so no copy of the text can; decodeFooter undoes it.
var (
	footerNeutral = strings.NewReplacer("@everyone", "@\u200beveryone", "@here", "@\u200bhere")
	footerRestore = strings.NewReplacer("\u200b", "")
)

func encodeFooter(q query, page, pages int, l i18n.Lang) string {
	return footerNeutral.Replace(rawFooter(q, page, pages, l))
}

func rawFooter(q query, page, pages int, l i18n.Lang) string {
	var sb strings.Builder
	if pages > 1 {
		sb.WriteString(l.T("footer.page", "page", page+1, "pages", pages) + footerSep)
	}
	switch q.Kind {
	case queryQuote:
		sb.WriteString(l.T("footer.quote") + ": " + q.Speaker)
		if q.About != "" {
			sb.WriteString(footerSep + l.T("footer.about") + ": " + q.About)
		}
	case queryTopic:
		sb.WriteString(l.T("footer.topic") + ": " + q.Text)
	default:
		sb.WriteString(l.T("footer.asked") + ": " + q.Text)
		if q.After != "" {
			sb.WriteString(footerSep + l.T("footer.after") + ": " + q.After)
		}
	}
	return sb.String()
}

func decodeFooter(f string) (query, bool) {
	f = footerRestore.Replace(f)
	if q, ok := decodeQuery(f); ok {
		return q, true
	}
	// "Page 2 of 3 · ..." (in whichever language) comes first.
	if _, rest, ok := strings.Cut(f, footerSep); ok {
		return decodeQuery(rest)
	}
	return query{}, false
}

// decodeQuery reads "KIND: TEXT" with the kind in any language.
func decodeQuery(f string) (query, bool) {
	for _, l := range i18n.Langs {
		for _, kind := range []string{queryAsk, queryQuote, queryTopic} {
			rest, ok := strings.CutPrefix(f, l.T("footer."+kind)+": ")
			if !ok || strings.TrimSpace(rest) == "" {
				continue
			}
			if kind == queryAsk {
				for _, al := range i18n.Langs {
					if text, after, ok := strings.Cut(rest, footerSep+al.T("footer.after")+": "); ok {
						return query{Kind: kind, Text: text, After: after}, true
					}
				}
			}
			if kind != queryQuote {
				return query{Kind: kind, Text: rest}, true
			}
			for _, al := range i18n.Langs {
				if speaker, about, ok := strings.Cut(rest, footerSep+al.T("footer.about")+": "); ok {
					return query{Kind: kind, Speaker: speaker, About: about}, true
				}
			}
			return query{Kind: kind, Speaker: rest}, true
		}
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
