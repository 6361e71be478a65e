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
		Definition: &discordgo.ApplicationCommand{
			Name:        "sources",
			Description: "The articles the answers come from",
		},
		Handle: func(ctx context.Context, req *Request) (*Response, error) {
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
				for _, p := range []string{s.Outlet, s.Author, s.Date} {
					if p != "" {
						parts = append(parts, Escape(p))
					}
				}
				parts = append(parts, fmt.Sprintf("%d passages, %d quotes", s.Passages, s.Quotes))
				lines = append(lines, strings.Join(parts, " · "))
			}
			desc := "No articles are loaded."
			if len(lines) > 0 {
				desc = joinWithin(lines, maxDescription-40)
				if shown := strings.Count(desc, "\n") + 1; shown < len(lines) {
					desc += fmt.Sprintf("\n… and %d more", len(lines)-shown)
				}
			}
			return &Response{Embeds: []*discordgo.MessageEmbed{{
				Title:       fmt.Sprintf("%d articles", len(srcs)),
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
