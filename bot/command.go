package bot

import (
	"context"
	"time"

	"github.com/bwmarrin/discordgo"
)

// Handler answers one interaction. It returns the reply; the dispatcher
// sends it (as a new message, an edit of a deferred reply, or an update of
// the message a button sits on), so handlers never talk to Discord for the
// final reply. A non-nil error becomes a friendly private message and a
// log line with the whole chain.
type Handler func(ctx context.Context, req *Request) (*Response, error)

// AutocompleteHandler offers choices for the focused option; the
// dispatcher keeps at most 25.
type AutocompleteHandler func(ctx context.Context, req *Request) ([]*discordgo.ApplicationCommandOptionChoice, error)

// Command is one slash command: its definition for registration, the
// handler, an optional autocomplete, and handlers for the buttons (or other
// message components and modals) its replies carry.
type Command struct {
	// Definition is registered with Discord in the start-up bulk overwrite.
	// Its Name routes application-command and autocomplete interactions.
	Definition *discordgo.ApplicationCommand
	Handle     Handler
	// Autocomplete, when set, answers autocomplete interactions.
	Autocomplete AutocompleteHandler
	// Components routes component and modal interactions by the part of
	// the custom_id before the first ':' (e.g. "page" for "page:…"). The
	// prefix must be unique across all commands.
	Components map[string]Handler

	// Defer makes the dispatcher acknowledge at once (a deferred reply,
	// type 5, or for components a deferred update, type 6) before calling
	// Handle; use it for work that is known to be slow. Without it the
	// dispatcher defers only if Handle has not returned after
	// Options.DeferAfter.
	Defer bool
	// Private, when set, says whether the reply (and so a deferral) is
	// ephemeral; it is decided before Handle runs.
	Private func(req *Request) bool
	// Limited counts the command against the per-user question rate limit.
	Limited bool
	// Timeout bounds Handle; 0 means Options.Timeout.
	Timeout time.Duration
}

// Name is the command's name, "" when it has no definition.
func (c Command) Name() string {
	if c.Definition == nil {
		return ""
	}
	return c.Definition.Name
}

// Response is what a handler wants shown. The dispatcher adds
// allowed_mentions {"parse": []} to everything it sends.
type Response struct {
	Content    string
	Embeds     []*discordgo.MessageEmbed
	Components []discordgo.MessageComponent
	// Ephemeral shows the reply only to the user who asked. It cannot turn
	// a public deferred reply private; set Command.Private for that.
	Ephemeral bool
	// NewMessage, for a component interaction, sends a new reply instead
	// of updating the message the component sits on (e.g. an ephemeral
	// refusal). Ignored for commands.
	NewMessage bool
}
