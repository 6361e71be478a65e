package bot

import (
	"context"
	"fmt"
	"strings"

	"github.com/bwmarrin/discordgo"
)

// topicsCommand is /topics: what the articles cover, with buttons.
func topicsCommand(engine Answerer) Command {
	return Command{
		Definition: localized(&discordgo.ApplicationCommand{
			Name: "topics",
		}),
		Handle: func(ctx context.Context, req *Request) (*Response, error) {
			topics, err := engine.Topics(ctx)
			if err != nil {
				return nil, fmt.Errorf("topics: %w", err)
			}
			l := req.Lang
			var sb strings.Builder
			for _, t := range topics {
				fmt.Fprintf(&sb, "• **%s** — %s (%s)\n", Escape(t.Name), Escape(t.Description), l.N("count.passages", t.Passages))
			}
			desc := strings.TrimSpace(sb.String())
			if desc == "" {
				desc = l.T("topics.none")
			} else {
				desc += "\n\n" + l.T("topics.hint")
			}
			desc, _ = Cut(desc, maxDescription)
			return &Response{
				Embeds: []*discordgo.MessageEmbed{{
					Title:       l.T("topics.title"),
					Description: desc,
					Color:       colorAnswer,
				}},
				Components: topicChoices(req.UserID, topics, l),
			}, nil
		},
	}
}
