package bot

import (
	"context"

	"github.com/bwmarrin/discordgo"
)

// helpCommand is /help, shown privately: what the bot does and how to ask
// well (help.* in the catalogue), in the member's language.
func helpCommand() Command {
	return Command{
		Definition: localized(&discordgo.ApplicationCommand{Name: "help"}),
		Handle: func(ctx context.Context, req *Request) (*Response, error) {
			return &Response{
				Embeds: []*discordgo.MessageEmbed{{
					Title:       req.Lang.T("help.title"),
					Description: req.Lang.T("help.text"),
					Color:       colorAnswer,
				}},
				Ephemeral: true,
			}, nil
		},
	}
}
