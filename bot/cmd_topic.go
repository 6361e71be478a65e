package bot

import (
	"context"
	"sort"
	"strings"

	"github.com/bwmarrin/discordgo"
)

// topicCommand is /topic name, answered like a question.
func topicCommand(a *answers, engine Answerer) Command {
	return Command{
		Definition: localized(&discordgo.ApplicationCommand{
			Name: "topic",
			Options: []*discordgo.ApplicationCommandOption{{
				Type:         discordgo.ApplicationCommandOptionString,
				Name:         "name",
				Required:     true,
				Autocomplete: true,
				MaxLength:    80,
			}},
		}),
		Handle: func(ctx context.Context, req *Request) (*Response, error) {
			q := query{Kind: queryTopic, Text: strings.TrimSpace(req.String("name"))}
			return a.replyIn(ctx, q, 0, req.UserID, req.Lang)
		},
		Autocomplete: func(ctx context.Context, req *Request) ([]*discordgo.ApplicationCommandOptionChoice, error) {
			topics, err := engine.Topics(ctx)
			if err != nil {
				return nil, err
			}
			_, typed := req.Focused()
			typed = strings.ToLower(strings.TrimSpace(typed))
			type scored struct {
				name string
				rank int
			}
			var found []scored
			for _, t := range topics {
				n := strings.ToLower(t.Name)
				switch {
				case typed == "" || strings.HasPrefix(n, typed):
					found = append(found, scored{t.Name, 0})
				case strings.Contains(n, typed) || strings.Contains(strings.ToLower(t.Description), typed):
					found = append(found, scored{t.Name, 1})
				}
			}
			sort.SliceStable(found, func(i, j int) bool { return found[i].rank < found[j].rank })
			choices := []*discordgo.ApplicationCommandOptionChoice{}
			for _, f := range found {
				if len(choices) == maxChoices {
					break
				}
				name, _ := cutPlain(f.name, 100)
				choices = append(choices, &discordgo.ApplicationCommandOptionChoice{Name: name, Value: name})
			}
			return choices, nil
		},
		Limited: true,
	}
}
