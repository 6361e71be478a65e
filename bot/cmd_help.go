package bot

import (
	"context"

	"github.com/bwmarrin/discordgo"
)

// helpText says what the bot does and how to ask well.
const helpText = `I answer questions about the Ukraine peace talks from a vetted set of news articles — never from the open web — and cite every passage and quote I show.

**Ask**
• ` + "`/ask question:`" + ` — e.g. *What security guarantees were offered?* Add ` + "`private: True`" + ` to see the answer alone.
• ` + "`/quote speaker:`" + ` — what someone said, in their own words (start typing a name). Add ` + "`about:`" + ` to narrow it down.
• ` + "`/topics`" + ` and ` + "`/topic name:`" + ` — what the articles cover.
• ` + "`/sources`" + ` — the articles themselves.
• Mention me (` + "`@talksbot who is Claudia Major?`" + `) or send me a DM.

**Asking well**
• Name people, places and proposals: *Peskov*, *Donbas*, *Article 5*.
• One question at a time; short questions work best.
• Numbers in brackets like [1] lead to the article under the answer. **More** shows further passages.
• If the articles don't cover something, I say so — and list what they do cover.`

// helpCommand is /help, shown privately.
func helpCommand() Command {
	return Command{
		Definition: &discordgo.ApplicationCommand{
			Name:        "help",
			Description: "What this bot does and how to ask well",
		},
		Handle: func(ctx context.Context, req *Request) (*Response, error) {
			return &Response{
				Embeds: []*discordgo.MessageEmbed{{
					Title:       "talksbot — answers from the articles, with citations",
					Description: helpText,
					Color:       colorAnswer,
				}},
				Ephemeral: true,
			}, nil
		},
	}
}
