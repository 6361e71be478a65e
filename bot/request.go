package bot

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/bwmarrin/discordgo"

	"github.com/talksbot/talksbot/internal/i18n"
)

// ErrUnsupported is returned by parseInteraction for interactions the bot
// does not handle (pings, unknown types, missing data).
var ErrUnsupported = errors.New("bot: unsupported interaction")

// Request is one parsed interaction as a handler sees it.
type Request struct {
	// Interaction is the raw interaction, for what Request does not parse.
	Interaction *discordgo.Interaction
	// Type is the interaction type.
	Type discordgo.InteractionType
	// Command is the slash command's name ("" for components).
	Command string
	// Subcommand is the subcommand's name, "" when none (e.g. "add" in
	// /source add); Options then hold the subcommand's options.
	Subcommand string
	// CustomID is the component's or modal's custom_id.
	CustomID string
	// Values are a select menu's chosen values.
	Values []string
	// UserID is who acted; GuildID is "" in DMs.
	UserID    string
	GuildID   string
	ChannelID string
	// Member is set in guilds (roles, permissions); nil in DMs.
	Member *discordgo.Member
	// Message is the message a component sits on.
	Message *discordgo.Message
	// Lang is the language of the bot's own words for this user: their
	// Discord client's locale when the catalogue has it (uk, de), else
	// English. Article text is never translated.
	Lang i18n.Lang

	options  map[string]*discordgo.ApplicationCommandInteractionDataOption
	focused  string
	resolved *discordgo.ApplicationCommandInteractionDataResolved

	// update is set by the dispatcher; see Update.
	update func(ctx context.Context, resp *Response) error
	// Session is the Discord connection, for handlers that must send more
	// than their reply (e.g. an audit message to another channel).
	Session Discord
}

// parseInteraction turns an interaction into a Request without trusting
// its shape: any field may be missing or of the wrong type.
func parseInteraction(i *discordgo.Interaction) (*Request, error) {
	if i == nil {
		return nil, fmt.Errorf("%w: no interaction", ErrUnsupported)
	}
	r := &Request{
		Interaction: i,
		Type:        i.Type,
		GuildID:     i.GuildID,
		ChannelID:   i.ChannelID,
		Member:      i.Member,
		Message:     i.Message,
		Lang:        i18n.ForLocale(string(i.Locale)),
		options:     map[string]*discordgo.ApplicationCommandInteractionDataOption{},
	}
	switch {
	case i.Member != nil && i.Member.User != nil:
		r.UserID = i.Member.User.ID
	case i.User != nil:
		r.UserID = i.User.ID
	}
	if r.UserID == "" {
		return nil, fmt.Errorf("%w: no user", ErrUnsupported)
	}
	switch d := i.Data.(type) {
	case discordgo.ApplicationCommandInteractionData:
		if i.Type != discordgo.InteractionApplicationCommand && i.Type != discordgo.InteractionApplicationCommandAutocomplete {
			return nil, fmt.Errorf("%w: type %d with command data", ErrUnsupported, i.Type)
		}
		if d.Name == "" {
			return nil, fmt.Errorf("%w: command without a name", ErrUnsupported)
		}
		r.Command = d.Name
		r.resolved = d.Resolved
		r.collect(d.Options, 0)
	case discordgo.MessageComponentInteractionData:
		if d.CustomID == "" {
			return nil, fmt.Errorf("%w: component without custom_id", ErrUnsupported)
		}
		r.CustomID = d.CustomID
		r.Values = d.Values
	case discordgo.ModalSubmitInteractionData:
		if d.CustomID == "" {
			return nil, fmt.Errorf("%w: modal without custom_id", ErrUnsupported)
		}
		r.CustomID = d.CustomID
	default:
		return nil, fmt.Errorf("%w: type %d", ErrUnsupported, i.Type)
	}
	return r, nil
}

// collect flattens options, descending into (at most two levels of)
// subcommand groups and subcommands.
func (r *Request) collect(opts []*discordgo.ApplicationCommandInteractionDataOption, depth int) {
	for _, o := range opts {
		if o == nil || o.Name == "" {
			continue
		}
		switch o.Type {
		case discordgo.ApplicationCommandOptionSubCommand, discordgo.ApplicationCommandOptionSubCommandGroup:
			if depth >= 2 {
				continue
			}
			if o.Type == discordgo.ApplicationCommandOptionSubCommand {
				r.Subcommand = o.Name
			}
			r.collect(o.Options, depth+1)
		default:
			r.options[o.Name] = o
			if o.Focused {
				r.focused = o.Name
			}
		}
	}
}

// String returns a string option's value, "" when absent.
func (r *Request) String(name string) string {
	if o := r.options[name]; o != nil {
		if s, ok := o.Value.(string); ok {
			return s
		}
	}
	return ""
}

// Bool returns a boolean option's value, false when absent.
func (r *Request) Bool(name string) bool {
	if o := r.options[name]; o != nil {
		if b, ok := o.Value.(bool); ok {
			return b
		}
	}
	return false
}

// Int returns an integer option's value (Discord sends numbers as JSON
// numbers), 0 when absent.
func (r *Request) Int(name string) int64 {
	if o := r.options[name]; o != nil {
		if f, ok := o.Value.(float64); ok {
			return int64(f)
		}
	}
	return 0
}

// Attachment returns an attachment option's file, nil when absent.
func (r *Request) Attachment(name string) *discordgo.MessageAttachment {
	id := r.String(name)
	if id == "" || r.resolved == nil {
		return nil
	}
	return r.resolved.Attachments[id]
}

// Focused returns the autocomplete option being typed and its text.
func (r *Request) Focused() (name, value string) {
	return r.focused, r.String(r.focused)
}

// CustomIDParts splits the custom_id at ':' (the first part is the
// routing prefix).
func (r *Request) CustomIDParts() []string { return strings.Split(r.CustomID, ":") }

// Update edits the reply in place, deferring first if nothing was sent
// yet; long handlers use it for progress. The final reply is still what
// the handler returns.
func (r *Request) Update(ctx context.Context, resp *Response) error {
	if r.update == nil {
		return errors.New("bot: update outside the dispatcher")
	}
	return r.update(ctx, resp)
}
