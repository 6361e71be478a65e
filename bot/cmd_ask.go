package bot

import (
	"context"
	"strings"

	"github.com/bwmarrin/discordgo"
)

// maxQuestion is the longest question /ask accepts (Discord enforces it
// on the option; mentions and DMs are cut to it).
const maxQuestion = 300

// askCommand is /ask question [private]. It also owns the paging and topic
// buttons every answer carries.
func askCommand(a *answers) Command {
	minLen := 2
	return Command{
		Definition: &discordgo.ApplicationCommand{
			Name:        "ask",
			Description: "Ask about the Ukraine peace talks; answered from vetted news articles, with citations",
			Options: []*discordgo.ApplicationCommandOption{
				{
					Type:        discordgo.ApplicationCommandOptionString,
					Name:        "question",
					Description: "e.g. What security guarantees were offered to Ukraine?",
					Required:    true,
					MinLength:   &minLen,
					MaxLength:   maxQuestion,
				},
				{
					Type:        discordgo.ApplicationCommandOptionBoolean,
					Name:        "private",
					Description: "Show the answer only to you",
				},
			},
		},
		Handle: func(ctx context.Context, req *Request) (*Response, error) {
			q := query{Kind: queryAsk, Text: strings.TrimSpace(req.String("question"))}
			return a.reply(ctx, q, 0, req.UserID)
		},
		Private: func(req *Request) bool { return req.Bool("private") },
		Limited: true,
		Components: map[string]Handler{
			prefixPage:  pageHandler(a),
			prefixTopic: topicButtonHandler(a),
		},
	}
}

// notYours refuses a button press by someone other than the asker.
var notYours = &Response{
	Content:    "Only the person who asked can page through this answer. Ask your own with `/ask`.",
	Ephemeral:  true,
	NewMessage: true,
}

// pageHandler serves More/Back: it asks the question written in the
// message's footer again and shows the page named in the custom_id.
func pageHandler(a *answers) Handler {
	return func(ctx context.Context, req *Request) (*Response, error) {
		user, page, ok := parsePageID(req.CustomID)
		if !ok {
			return &Response{Content: "This button is out of date; please ask again.", Ephemeral: true, NewMessage: true}, nil
		}
		if user != req.UserID {
			return notYours, nil
		}
		q, ok := queryOfMessage(req.Message)
		if !ok {
			return &Response{Content: "I can't tell what this answer was about any more; please ask again.", Ephemeral: true, NewMessage: true}, nil
		}
		return a.reply(ctx, q, page, user)
	}
}

// topicButtonHandler answers a suggested topic: in place for the asker,
// privately for anyone else.
func topicButtonHandler(a *answers) Handler {
	return func(ctx context.Context, req *Request) (*Response, error) {
		user, name, ok := parseTopicID(req.CustomID)
		if !ok {
			return &Response{Content: "This button is out of date; try `/topics`.", Ephemeral: true, NewMessage: true}, nil
		}
		resp, err := a.reply(ctx, query{Kind: queryTopic, Text: name}, 0, req.UserID)
		if err != nil {
			return nil, err
		}
		if user != req.UserID {
			resp.NewMessage, resp.Ephemeral = true, true
		}
		return resp, nil
	}
}
