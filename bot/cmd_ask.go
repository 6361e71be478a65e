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
		Definition: localized(&discordgo.ApplicationCommand{
			Name: "ask",
			Options: []*discordgo.ApplicationCommandOption{
				{
					Type:      discordgo.ApplicationCommandOptionString,
					Name:      "question",
					Required:  true,
					MinLength: &minLen,
					MaxLength: maxQuestion,
				},
				{
					Type: discordgo.ApplicationCommandOptionBoolean,
					Name: "private",
				},
			},
		}),
		Handle: func(ctx context.Context, req *Request) (*Response, error) {
			q := query{Kind: queryAsk, Text: strings.TrimSpace(req.String("question")), Talk: talkKey(req.ChannelID, req.UserID)}
			return a.replyIn(ctx, q, 0, req.UserID, req.Lang)
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
func notYours(req *Request) *Response {
	return &Response{Content: req.Lang.T("page.not_yours"), Ephemeral: true, NewMessage: true}
}

// pageHandler serves Back/Next: it asks the question written in the
// message's footer again and shows the page named in the custom_id.
func pageHandler(a *answers) Handler {
	return func(ctx context.Context, req *Request) (*Response, error) {
		user, page, ok := parsePageID(req.CustomID)
		if !ok {
			return &Response{Content: req.Lang.T("page.out_of_date"), Ephemeral: true, NewMessage: true}, nil
		}
		if user != req.UserID {
			return notYours(req), nil
		}
		q, ok := queryOfMessage(req.Message)
		if !ok {
			return &Response{Content: req.Lang.T("page.lost"), Ephemeral: true, NewMessage: true}, nil
		}
		return a.replyIn(ctx, q, page, user, req.Lang)
	}
}

// topicButtonHandler answers a suggested topic, from a button or the
// topic menu: in place for the asker, privately for anyone else.
func topicButtonHandler(a *answers) Handler {
	return func(ctx context.Context, req *Request) (*Response, error) {
		user, name, ok := parseTopicID(req.CustomID, req.Values)
		if !ok {
			return &Response{Content: req.Lang.T("topic.out_of_date"), Ephemeral: true, NewMessage: true}, nil
		}
		resp, err := a.replyIn(ctx, query{Kind: queryTopic, Text: name}, 0, req.UserID, req.Lang)
		if err != nil {
			return nil, err
		}
		if user != req.UserID {
			resp.NewMessage, resp.Ephemeral = true, true
		}
		return resp, nil
	}
}
