package discordtest

import (
	"encoding/json"
	"fmt"
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/bwmarrin/discordgo"
)

// Discord's documented limits. Lengths are counted in characters (runes).
const (
	maxContent          = 2000
	maxEmbeds           = 10
	maxEmbedTitle       = 256
	maxEmbedDescription = 4096
	maxEmbedFields      = 25
	maxFieldName        = 256
	maxFieldValue       = 1024
	maxFooter           = 2048
	maxAuthorName       = 256
	maxEmbedTotal       = 6000
	maxRows             = 5
	maxButtonsPerRow    = 5
	maxCustomID         = 100
	maxButtonLabel      = 80
	maxChoices          = 25
	maxChoiceName       = 100
	maxChoiceValue      = 100
)

// Flags a bot may set when sending.
const (
	channelFlags     = discordgo.MessageFlagsSuppressEmbeds | discordgo.MessageFlagsSuppressNotifications
	interactionFlags = channelFlags | discordgo.MessageFlagsEphemeral
)

// body is the message part of a create/edit/callback body.
type body struct {
	Content         *string                           `json:"content"`
	Embeds          []*discordgo.MessageEmbed         `json:"embeds"`
	Components      []json.RawMessage                 `json:"components"`
	Flags           discordgo.MessageFlags            `json:"flags"`
	AllowedMentions *discordgo.MessageAllowedMentions `json:"allowed_mentions"`
	Attachments     []json.RawMessage                 `json:"attachments"`
	Poll            json.RawMessage                   `json:"poll"`
	StickerIDs      []string                          `json:"sticker_ids"`
}

func formError(field, format string, args ...any) *discordError {
	e := invalidForm(field, fmt.Sprintf(format, args...))
	return &e
}

func runes(s string) int { return utf8.RuneCountInString(s) }

// validateMessage checks a message body as Discord does before accepting
// it; create says an empty message is an error (50006).
func validateMessage(raw json.RawMessage, create bool, files int, allowed discordgo.MessageFlags) *discordError {
	var b body
	if len(raw) > 0 {
		exact, err := exactKeys(raw)
		if err != nil {
			return formError("body", "%v", err)
		}
		if err := json.Unmarshal(exact, &b); err != nil {
			return formError("body", "%v", err)
		}
	}
	content := ""
	if b.Content != nil {
		content = *b.Content
	}
	if create && content == "" && len(b.Embeds) == 0 && len(b.Components) == 0 && files == 0 && len(b.Poll) == 0 && len(b.StickerIDs) == 0 {
		return &discordError{Message: "Cannot send an empty message", Code: 50006, why: "no content, embeds, components or files"}
	}
	if n := runes(content); n > maxContent {
		return formError("content", "Must be %d or fewer in length (got %d).", maxContent, n)
	}
	if b.Flags&^allowed != 0 {
		return formError("flags", "flags %d not allowed here (allowed %d)", b.Flags, allowed)
	}
	if e := validateEmbeds(b.Embeds); e != nil {
		return e
	}
	if e := validateComponents(b.Components); e != nil {
		return e
	}
	if am := b.AllowedMentions; am != nil {
		for _, p := range am.Parse {
			if (p == discordgo.AllowedMentionTypeUsers && len(am.Users) > 0) || (p == discordgo.AllowedMentionTypeRoles && len(am.Roles) > 0) {
				return formError("allowed_mentions", "parse %q is mutually exclusive with the %s list", p, p)
			}
		}
	}
	return nil
}

func validateEmbeds(embeds []*discordgo.MessageEmbed) *discordError {
	if len(embeds) > maxEmbeds {
		return formError("embeds", "Must be %d or fewer in length.", maxEmbeds)
	}
	total := 0
	for i, e := range embeds {
		if e == nil {
			return formError(fmt.Sprintf("embeds.%d", i), "null embed")
		}
		at := func(f string) string { return fmt.Sprintf("embeds.%d.%s", i, f) }
		if n := runes(e.Title); n > maxEmbedTitle {
			return formError(at("title"), "Must be %d or fewer in length (got %d).", maxEmbedTitle, n)
		}
		if n := runes(e.Description); n > maxEmbedDescription {
			return formError(at("description"), "Must be %d or fewer in length (got %d).", maxEmbedDescription, n)
		}
		if len(e.Fields) > maxEmbedFields {
			return formError(at("fields"), "Must be %d or fewer in length (got %d).", maxEmbedFields, len(e.Fields))
		}
		total += runes(e.Title) + runes(e.Description)
		for j, f := range e.Fields {
			fa := func(x string) string { return fmt.Sprintf("embeds.%d.fields.%d.%s", i, j, x) }
			if f == nil {
				return formError(fa("name"), "null field")
			}
			if n := runes(f.Name); n == 0 || n > maxFieldName {
				return formError(fa("name"), "Must be between 1 and %d in length (got %d).", maxFieldName, n)
			}
			if n := runes(f.Value); n == 0 || n > maxFieldValue {
				return formError(fa("value"), "Must be between 1 and %d in length (got %d).", maxFieldValue, n)
			}
			total += runes(f.Name) + runes(f.Value)
		}
		if e.Footer != nil {
			if n := runes(e.Footer.Text); n > maxFooter {
				return formError(at("footer.text"), "Must be %d or fewer in length (got %d).", maxFooter, n)
			}
			total += runes(e.Footer.Text)
		}
		if e.Author != nil {
			if n := runes(e.Author.Name); n > maxAuthorName {
				return formError(at("author.name"), "Must be %d or fewer in length (got %d).", maxAuthorName, n)
			}
			total += runes(e.Author.Name)
		}
		if e.URL != "" && !validURL(e.URL) {
			return formError(at("url"), "Not a well formed URL.")
		}
	}
	if total > maxEmbedTotal {
		return formError("embeds", "Embed size exceeds maximum size of %d (got %d).", maxEmbedTotal, total)
	}
	return nil
}

func validURL(u string) bool {
	return strings.HasPrefix(u, "http://") || strings.HasPrefix(u, "https://") || strings.HasPrefix(u, "attachment://")
}

// component is the union of the component fields Discord checks.
type component struct {
	Type       discordgo.ComponentType `json:"type"`
	CustomID   string                  `json:"custom_id"`
	Label      string                  `json:"label"`
	Style      discordgo.ButtonStyle   `json:"style"`
	URL        string                  `json:"url"`
	Components []component             `json:"components"`
	Options    []json.RawMessage       `json:"options"`
}

func validateComponents(rows []json.RawMessage) *discordError {
	if len(rows) > maxRows {
		return formError("components", "Must be %d or fewer in length (got %d).", maxRows, len(rows))
	}
	ids := map[string]bool{}
	for i, raw := range rows {
		var row component
		if err := json.Unmarshal(raw, &row); err != nil {
			return formError(fmt.Sprintf("components.%d", i), "%v", err)
		}
		if row.Type != discordgo.ActionsRowComponent {
			return formError(fmt.Sprintf("components.%d.type", i), "top-level components must be action rows (1), got %d", row.Type)
		}
		if len(row.Components) == 0 || len(row.Components) > maxButtonsPerRow {
			return formError(fmt.Sprintf("components.%d.components", i), "Must be between 1 and %d in length (got %d).", maxButtonsPerRow, len(row.Components))
		}
		for j, c := range row.Components {
			at := fmt.Sprintf("components.%d.components.%d", i, j)
			switch c.Type {
			case discordgo.ButtonComponent:
				if c.Style == discordgo.LinkButton {
					if c.URL == "" || c.CustomID != "" {
						return formError(at, "a link button needs a url and no custom_id")
					}
				} else if c.CustomID == "" {
					return formError(at+".custom_id", "This field is required")
				}
				if runes(c.Label) > maxButtonLabel {
					return formError(at+".label", "Must be %d or fewer in length.", maxButtonLabel)
				}
			case discordgo.SelectMenuComponent, discordgo.UserSelectMenuComponent, discordgo.RoleSelectMenuComponent,
				discordgo.MentionableSelectMenuComponent, discordgo.ChannelSelectMenuComponent:
				if len(row.Components) != 1 {
					return formError(at, "a select menu must be alone in its row")
				}
				if c.CustomID == "" {
					return formError(at+".custom_id", "This field is required")
				}
				if len(c.Options) > 25 {
					return formError(at+".options", "Must be 25 or fewer in length.")
				}
			default:
				return formError(at+".type", "component type %d not allowed in an action row", c.Type)
			}
			if runes(c.CustomID) > maxCustomID {
				return formError(at+".custom_id", "Must be %d or fewer in length.", maxCustomID)
			}
			if c.CustomID != "" {
				if ids[c.CustomID] {
					return formError(at+".custom_id", "Component custom id cannot be duplicated")
				}
				ids[c.CustomID] = true
			}
		}
	}
	return nil
}

// validateChoices checks an autocomplete result.
func validateChoices(choices []*discordgo.ApplicationCommandOptionChoice) *discordError {
	if len(choices) > maxChoices {
		return formError("data.choices", "Must be %d or fewer in length (got %d).", maxChoices, len(choices))
	}
	for i, c := range choices {
		if c == nil {
			return formError(fmt.Sprintf("data.choices.%d", i), "null choice")
		}
		if n := runes(c.Name); n == 0 || n > maxChoiceName {
			return formError(fmt.Sprintf("data.choices.%d.name", i), "Must be between 1 and %d in length (got %d).", maxChoiceName, n)
		}
		if v, ok := c.Value.(string); ok && runes(v) > maxChoiceValue {
			return formError(fmt.Sprintf("data.choices.%d.value", i), "Must be %d or fewer in length.", maxChoiceValue)
		}
	}
	return nil
}

var commandName = regexp.MustCompile(`^[-_\p{L}\p{N}]{1,32}$`)

// validateCommands checks a bulk overwrite as Discord does.
func validateCommands(cmds []*discordgo.ApplicationCommand) *discordError {
	seen := map[string]bool{}
	chat := 0
	for i, c := range cmds {
		at := func(f string) string { return fmt.Sprintf("%d.%s", i, f) }
		if c == nil {
			return formError(fmt.Sprint(i), "null command")
		}
		typ := c.Type
		if typ == 0 {
			typ = discordgo.ChatApplicationCommand
		}
		key := fmt.Sprintf("%d/%s", typ, c.Name)
		if seen[key] {
			return formError(at("name"), "Application command names must be unique (%q)", c.Name)
		}
		seen[key] = true
		if typ == discordgo.ChatApplicationCommand {
			chat++
			if !commandName.MatchString(c.Name) || strings.ToLower(c.Name) != c.Name {
				return formError(at("name"), "Command name %q is invalid: 1-32 lowercase letters, digits, - or _", c.Name)
			}
			if n := runes(c.Description); n == 0 || n > 100 {
				return formError(at("description"), "Must be between 1 and 100 in length (got %d).", n)
			}
		} else if c.Description != "" {
			return formError(at("description"), "User and message commands cannot have a description")
		}
		if e := validateOptions(c.Options, at("options"), 0); e != nil {
			return e
		}
		if n := commandSize(c); n > 8000 {
			return formError(fmt.Sprint(i), "Command exceeds maximum size (8000), got %d", n)
		}
	}
	if chat > 100 {
		return formError("_", "Maximum number of application commands reached (100)")
	}
	return nil
}

func validateOptions(opts []*discordgo.ApplicationCommandOption, at string, depth int) *discordError {
	if len(opts) > 25 {
		return formError(at, "Must be 25 or fewer in length (got %d).", len(opts))
	}
	names := map[string]bool{}
	optional := false
	for i, o := range opts {
		oat := fmt.Sprintf("%s.%d", at, i)
		if o == nil {
			return formError(oat, "null option")
		}
		if !commandName.MatchString(o.Name) || strings.ToLower(o.Name) != o.Name {
			return formError(oat+".name", "Option name %q is invalid", o.Name)
		}
		if names[o.Name] {
			return formError(oat+".name", "Option names must be unique (%q)", o.Name)
		}
		names[o.Name] = true
		if n := runes(o.Description); n == 0 || n > 100 {
			return formError(oat+".description", "Must be between 1 and 100 in length (got %d).", n)
		}
		sub := o.Type == discordgo.ApplicationCommandOptionSubCommand || o.Type == discordgo.ApplicationCommandOptionSubCommandGroup
		switch {
		case sub && depth >= 2, o.Type == discordgo.ApplicationCommandOptionSubCommandGroup && depth >= 1:
			return formError(oat+".type", "sub-commands nest at most group → sub-command")
		case sub:
			if e := validateOptions(o.Options, oat+".options", depth+1); e != nil {
				return e
			}
			continue
		}
		if o.Required && optional {
			return formError(oat+".required", "Required options must be placed before non-required options")
		}
		optional = optional || !o.Required
		if len(o.Choices) > maxChoices {
			return formError(oat+".choices", "Must be %d or fewer in length.", maxChoices)
		}
		if o.Autocomplete && len(o.Choices) > 0 {
			return formError(oat+".autocomplete", "Autocomplete cannot be set with choices")
		}
		if o.Autocomplete && o.Type != discordgo.ApplicationCommandOptionString && o.Type != discordgo.ApplicationCommandOptionInteger && o.Type != discordgo.ApplicationCommandOptionNumber {
			return formError(oat+".autocomplete", "Autocomplete is only for string, integer and number options")
		}
		if o.MaxLength < 0 || o.MaxLength > 6000 || (o.MinLength != nil && (*o.MinLength < 0 || *o.MinLength > 6000)) {
			return formError(oat, "min_length and max_length must be within 0..6000")
		}
		if e := validateChoices(o.Choices); e != nil {
			return e
		}
	}
	return nil
}

// commandSize is what counts towards Discord's 8000-character limit.
func commandSize(c *discordgo.ApplicationCommand) int {
	n := runes(c.Name) + runes(c.Description)
	var walk func([]*discordgo.ApplicationCommandOption)
	walk = func(opts []*discordgo.ApplicationCommandOption) {
		for _, o := range opts {
			n += runes(o.Name) + runes(o.Description)
			for _, ch := range o.Choices {
				n += runes(ch.Name) + runes(fmt.Sprint(ch.Value))
			}
			walk(o.Options)
		}
	}
	walk(c.Options)
	return n
}

// exactKeys keeps only the object's keys whose case matches Discord's
// (lower-case): Discord ignores "Content", while encoding/json would match
// it to a content field.
func exactKeys(raw json.RawMessage) (json.RawMessage, error) {
	var m map[string]json.RawMessage
	if err := json.Unmarshal(raw, &m); err != nil {
		return nil, err
	}
	for k := range m {
		if k != strings.ToLower(k) {
			delete(m, k)
		}
	}
	return json.Marshal(m)
}
