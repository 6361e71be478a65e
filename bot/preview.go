package bot

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/bwmarrin/discordgo"

	"github.com/talksbot/talksbot/internal/i18n"
)

// PreviewRequest is one command as a member would send it.
type PreviewRequest struct {
	// Command is a member command: ask, quote, topic, topics, sources or
	// help.
	Command string
	// Options are its options by name, e.g. {"question": "…"}.
	Options map[string]string
	// Locale is the member's Discord locale ("uk", "de", "en-US").
	Locale string
	// MaxPassages is Options.MaxPassages; 0 means the default.
	MaxPassages int
	// Page is the page to show (0-based), as the Back/Next buttons would.
	Page int
}

// Preview answers req the way the bot answers a member — the same
// handlers, the same fitting to Discord's limits — without Discord, and
// returns the reply as JSON in the shape of the golden files
// (testdata/golden): {"Content", "Embeds", "Components", ...}. Tools that
// draw replies for people to look at (cmd/preview) use it.
func Preview(ctx context.Context, engine Answerer, req PreviewRequest) ([]byte, error) {
	a := &answers{engine: engine, perPage: req.MaxPassages}
	var cmd Command
	switch req.Command {
	case "ask":
		cmd = askCommand(a)
	case "quote":
		cmd = quoteCommand(a, engine)
	case "topic":
		cmd = topicCommand(a, engine)
	case "topics":
		cmd = topicsCommand(engine)
	case "sources":
		cmd = sourcesCommand(engine)
	case "help":
		cmd = helpCommand()
	default:
		return nil, fmt.Errorf("bot: preview: no member command %q", req.Command)
	}
	r := &Request{
		Command: req.Command,
		UserID:  "preview",
		Lang:    i18n.ForLocale(req.Locale),
		options: map[string]*discordgo.ApplicationCommandInteractionDataOption{},
	}
	for name, v := range req.Options {
		r.options[name] = &discordgo.ApplicationCommandInteractionDataOption{Name: name, Type: discordgo.ApplicationCommandOptionString, Value: v}
	}
	var resp *Response
	var err error
	if req.Page > 0 && (req.Command == "ask" || req.Command == "quote" || req.Command == "topic") {
		q := query{Kind: queryAsk, Text: r.String("question")}
		switch req.Command {
		case "quote":
			q = query{Kind: queryQuote, Speaker: r.String("speaker"), About: r.String("about")}
		case "topic":
			q = query{Kind: queryTopic, Text: r.String("name")}
		}
		resp, err = a.replyIn(ctx, q, req.Page, r.UserID, r.Lang)
	} else {
		resp, err = cmd.Handle(ctx, r)
	}
	if err != nil {
		resp = errorResponseIn(err, r.Lang)
	}
	return json.MarshalIndent(fit(resp), "", "  ")
}
