package bot

// This file is /sources (the article list); cmd_source*.go files belong to
// the moderators' /source command.

import (
	"context"
	"fmt"
	"strings"

	"github.com/bwmarrin/discordgo"
)

// sourcesCommand is /sources: the articles with outlet, date and counts.
func sourcesCommand(engine Answerer) Command {
	return Command{
		Definition: localized(&discordgo.ApplicationCommand{
			Name: "sources",
		}),
		Handle: func(ctx context.Context, req *Request) (*Response, error) {
			l := req.Lang
			srcs := engine.Sources()
			var lines []string
			for i, s := range srcs {
				title := Escape(s.Title)
				if title == "" {
					title = Escape(s.Doc)
				}
				if u := safeURL(s.URL); u != "" {
					title = "[" + title + "](" + u + ")"
				}
				parts := []string{fmt.Sprintf("%d. %s", i+1, title)}
				for _, p := range []string{s.Outlet, s.Author, formatDate(s.Date, l)} {
					if p != "" {
						parts = append(parts, Escape(p))
					}
				}
				parts = append(parts, l.N("count.passages", s.Passages)+", "+l.N("count.quotes", s.Quotes))
				lines = append(lines, strings.Join(parts, " · "))
			}
			desc := l.T("sources.none")
			if len(lines) > 0 {
				desc = joinWithin(lines, maxDescription-40)
				if shown := strings.Count(desc, "\n") + 1; shown < len(lines) {
					desc += "\n" + l.N("sources.more", len(lines)-shown)
				}
			}
			return &Response{Embeds: []*discordgo.MessageEmbed{{
				Title:       l.N("count.articles", len(srcs)),
				Description: desc,
				Color:       colorAnswer,
			}}}, nil
		},
	}
}

// joinWithin joins whole lines while they fit in max.
func joinWithin(lines []string, max int) string {
	var sb strings.Builder
	n := 0
	for _, l := range lines {
		l, _ = Cut(l, max)
		add := Len(l)
		if n > 0 {
			add++
		}
		if n+add > max {
			break
		}
		if n > 0 {
			sb.WriteByte('\n')
		}
		sb.WriteString(l)
		n += add
	}
	return sb.String()
}
