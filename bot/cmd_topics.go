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
		Definition: &discordgo.ApplicationCommand{
			Name:        "topics",
			Description: "What the articles cover, with how many passages each topic has",
		},
		Handle: func(ctx context.Context, req *Request) (*Response, error) {
			topics, err := engine.Topics(ctx)
			if err != nil {
				return nil, fmt.Errorf("topics: %w", err)
			}
			var sb strings.Builder
			for _, t := range topics {
				fmt.Fprintf(&sb, "• **%s** — %s (%d passages)\n", Escape(t.Name), Escape(t.Description), t.Passages)
			}
			desc := strings.TrimSpace(sb.String())
			if desc == "" {
				desc = "No topics are defined for these articles yet."
			} else {
				desc += "\n\nPress a topic, or use `/topic name:`."
			}
			desc, _ = Cut(desc, maxDescription)
			return &Response{
				Embeds: []*discordgo.MessageEmbed{{
					Title:       "Topics the articles cover",
					Description: desc,
					Color:       colorAnswer,
				}},
				Components: topicRows(req.UserID, topics),
			}, nil
		},
	}
}
