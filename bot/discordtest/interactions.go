package discordtest

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"net/http"
	"sort"
	"strconv"
	"time"

	"github.com/bwmarrin/discordgo"
)

// Interaction describes what a user does; Interact turns it into the
// INTERACTION_CREATE payload Discord would send.
type Interaction struct {
	// Type defaults to an application command (slash command).
	Type discordgo.InteractionType
	// Name is the command's name (application commands, autocomplete).
	// The command must be registered: options are typed from its definition.
	Name string
	// CommandType defaults to a chat input (slash) command.
	CommandType discordgo.ApplicationCommandType
	Options     []Option

	// CustomID, ComponentType (default button), Values and Message are for
	// message components; see PressButton. CustomID and ModalValues (text
	// input custom id → value) are for modal submits.
	CustomID      string
	ComponentType discordgo.ComponentType
	Values        []string
	Message       *Message
	ModalValues   map[string]string

	// User defaults to alice (UserID).
	User *discordgo.User
	// DM invokes the command in the user's DM with the bot; otherwise in
	// GuildID (default the first guild) and ChannelID (default ChannelID).
	DM                 bool
	GuildID, ChannelID string
	// Permissions are the member's permissions in the channel (0 means
	// none; MemberPermissions is a typical member); Roles their role ids.
	Permissions int64
	Roles       []string
	// Locale is the user's client locale, default en-US.
	Locale discordgo.Locale
}

// Option is a command option as the user filled it in. Its type comes from
// the registered command; Value is a string, bool, integer, float, a user,
// channel or role id, or an Attachment.
type Option struct {
	Name    string
	Value   any
	Focused bool // the option being typed, for Autocomplete
	Options []Option
}

// Reply is what the bot answered to one interaction. It keeps watching:
// Edits, Followups, WaitEdit and WaitFollowup see what happens later.
type Reply struct {
	ID, Token string
	// Type is the callback type the bot chose.
	Type discordgo.InteractionResponseType
	// Data is @original right after the callback (types 4, 5, 6, 7).
	Data *Message
	// Message is what the user first sees: Data, or after a deferred
	// callback (types 5 and 6) the first edit of @original (Data, still
	// loading, if the bot answered with a follow-up instead). Current has
	// the latest state.
	Message *Message
	// Choices is an autocomplete result (type 8).
	Choices []*discordgo.ApplicationCommandOptionChoice
	// Modal is the data of a modal callback (type 9).
	Modal json.RawMessage
	// Latency is from dispatch to the callback reaching the server.
	Latency time.Duration

	s  *Server
	st *interactionState
}

// Errors Interact and PressButton return.
var (
	ErrNoCallback = errors.New("discordtest: no interaction callback within the deadline")
	ErrNoButton   = errors.New("discordtest: no such button on the message")
	ErrDisabled   = errors.New("discordtest: the button is disabled")
	ErrNotVisible = errors.New("discordtest: the message is ephemeral and belongs to another user")
)

// interactionState tracks one dispatched interaction; guarded by Server.mu.
type interactionState struct {
	id, token  string
	kind       discordgo.InteractionType
	userID     string
	channelID  string
	dispatched time.Time
	acked      bool
	ackType    discordgo.InteractionResponseType
	ackAt      time.Time
	data       *Message
	choices    []*discordgo.ApplicationCommandOptionChoice
	modal      json.RawMessage
	original   string // message id of @original
	source     string // message id a component was on
	edits      []*Message
	followups  []string
	rejected   string
	// editRejected is why the last refused @original edit or follow-up was
	// refused; WaitEdit and WaitFollowup fail with it instead of timing out.
	editRejected string
	deleted      bool
	// inFlight: delivered over HTTP, the response not read yet.
	inFlight bool
	// payload is the INTERACTION_CREATE data, for Redeliver.
	payload map[string]any
}

// Interact dispatches an interaction (over the gateway, or to the
// interactions endpoint set by UseInteractionsEndpoint) and waits for the
// bot's callback; for
// a deferred callback (types 5 and 6) it also waits for the first edit of
// @original (or a follow-up). It fails with ErrNoCallback when the
// callback misses Options.CallbackDeadline and with ErrRejected when the
// server refused the bot's answer (for example a limit exceeded).
func (s *Server) Interact(ctx context.Context, in Interaction) (*Reply, error) {
	if in.Type == 0 {
		in.Type = discordgo.InteractionApplicationCommand
	}
	if in.Type == discordgo.InteractionApplicationCommand || in.Type == discordgo.InteractionApplicationCommandAutocomplete {
		if in.CommandType == 0 {
			in.CommandType = discordgo.ChatApplicationCommand
		}
		guild := in.GuildID
		if guild == "" && !in.DM {
			guild = s.opts.GuildIDs[0]
		}
		err := s.waitFor(ctx, "command /"+in.Name+" to be registered", func() bool {
			return s.commandLocked(guild, in.Name, in.CommandType) != nil
		})
		if err != nil {
			return nil, err
		}
	}
	st, payload, err := s.buildInteraction(in)
	if err != nil {
		return nil, err
	}
	s.mu.Lock()
	endpoint := s.endpoint
	s.mu.Unlock()
	if endpoint != "" {
		if err := s.deliverHTTP(ctx, endpoint, st, payload); err != nil {
			return nil, err
		}
	} else if _, err := s.Dispatch(ctx, "INTERACTION_CREATE", payload); err != nil {
		return nil, err
	}
	if d := s.opts.CallbackDeadline; d > 0 {
		t := time.AfterFunc(d+10*time.Millisecond, func() {
			s.mu.Lock()
			s.notifyLocked()
			s.mu.Unlock()
		})
		defer t.Stop()
	}
	var failure error
	err = s.waitFor(ctx, "interaction callback", func() bool {
		switch {
		case st.rejected != "":
			failure = fmt.Errorf("%w: %s", ErrRejected, st.rejected)
			return true
		case !st.acked:
			if d := s.opts.CallbackDeadline; d > 0 && time.Since(st.dispatched) > d {
				failure = fmt.Errorf("%w (%v)", ErrNoCallback, d)
				return true
			}
			return false
		case st.ackType == discordgo.InteractionResponseDeferredChannelMessageWithSource,
			st.ackType == discordgo.InteractionResponseDeferredMessageUpdate:
			if len(st.edits) == 0 && len(st.followups) == 0 && !st.deleted && st.editRejected != "" {
				failure = fmt.Errorf("%w: %s", ErrRejected, st.editRejected)
				return true
			}
			return len(st.edits) > 0 || len(st.followups) > 0 || st.deleted
		}
		return true
	})
	if err != nil {
		return nil, err
	}
	if failure != nil {
		return nil, failure
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	r := &Reply{ID: st.id, Token: st.token, Type: st.ackType, Data: st.data, Message: st.data, Choices: st.choices, Modal: st.modal, Latency: st.ackAt.Sub(st.dispatched), s: s, st: st}
	if len(st.edits) > 0 && (st.ackType == discordgo.InteractionResponseDeferredChannelMessageWithSource || st.ackType == discordgo.InteractionResponseDeferredMessageUpdate) {
		r.Message = st.edits[0]
	}
	return r, nil
}

// Redeliver dispatches the interaction behind r again, unchanged, as
// Discord may when a resumed session replays events the bot had already
// received. A bot should answer an interaction once: a second callback is
// refused with 40060 (Interaction has already been acknowledged) and shows
// in RequestsTo(RouteCallback). It returns once the event is sent.
func (s *Server) Redeliver(ctx context.Context, r *Reply) error {
	s.mu.Lock()
	p := r.st.payload
	s.mu.Unlock()
	if p == nil {
		return errors.New("discordtest: redeliver: no payload")
	}
	_, err := s.Dispatch(ctx, "INTERACTION_CREATE", p)
	return err
}

// Autocomplete sends an autocomplete interaction (one option must be
// Focused) and returns the choices the bot offered.
func (s *Server) Autocomplete(ctx context.Context, in Interaction) ([]*discordgo.ApplicationCommandOptionChoice, error) {
	in.Type = discordgo.InteractionApplicationCommandAutocomplete
	r, err := s.Interact(ctx, in)
	if err != nil {
		return nil, err
	}
	return r.Choices, nil
}

// PressButton presses a button on a message the bot sent, as the user in
// as (which also gives permissions and roles). The message's latest state
// decides: a missing button is ErrNoButton and a disabled one ErrDisabled,
// since a Discord client cannot press them.
func (s *Server) PressButton(ctx context.Context, msg *Message, customID string, as Interaction) (*Reply, error) {
	s.mu.Lock()
	sm := s.messages[msg.ID]
	if sm == nil || sm.deleted {
		s.mu.Unlock()
		return nil, fmt.Errorf("discordtest: press %q: unknown message %s", customID, msg.ID)
	}
	cur := sm.last()
	user := as.User
	if user == nil {
		user = s.users[UserID]
	}
	if cur.Ephemeral() && sm.interaction != "" {
		if st := s.interactions[sm.interaction]; st != nil && st.userID != user.ID {
			s.mu.Unlock()
			return nil, ErrNotVisible
		}
	}
	ch := s.channels[sm.channelID]
	s.mu.Unlock()
	var button *discordgo.Button
	for _, b := range cur.Buttons() {
		if b.CustomID == customID {
			button = b
		}
	}
	switch {
	case button == nil:
		return nil, fmt.Errorf("%w: %q", ErrNoButton, customID)
	case button.Disabled:
		return nil, fmt.Errorf("%w: %q", ErrDisabled, customID)
	}
	as.Type = discordgo.InteractionMessageComponent
	as.CustomID = customID
	as.ComponentType = discordgo.ButtonComponent
	as.Message = cur
	as.ChannelID = sm.channelID
	if ch != nil && ch.Type == discordgo.ChannelTypeDM {
		as.DM = true
	} else if ch != nil {
		as.GuildID = ch.GuildID
	}
	return s.Interact(ctx, as)
}

// Edits returns the edits of @original so far, oldest first.
func (r *Reply) Edits() []*Message {
	r.s.mu.Lock()
	defer r.s.mu.Unlock()
	return append([]*Message(nil), r.st.edits...)
}

// Current returns @original as it is now (nil if deleted or none).
func (r *Reply) Current() *Message {
	r.s.mu.Lock()
	defer r.s.mu.Unlock()
	if sm := r.s.messages[r.st.original]; sm != nil && !sm.deleted {
		return sm.last()
	}
	return nil
}

// WaitEdit waits for an edit of @original (past or future) for which match
// is true (nil matches any) and returns it. It fails with ErrRejected once
// the server has refused an edit or follow-up and none matches.
func (r *Reply) WaitEdit(ctx context.Context, match func(*Message) bool) (*Message, error) {
	return r.waitMessage(ctx, "edit of @original", match, func() []*Message { return r.st.edits })
}

// Followups returns the follow-up messages, oldest first, as they are now.
func (r *Reply) Followups() []*Message {
	r.s.mu.Lock()
	defer r.s.mu.Unlock()
	var out []*Message
	for _, id := range r.st.followups {
		out = append(out, r.s.messages[id].last())
	}
	return out
}

// WaitFollowup waits for a follow-up for which match is true (nil matches
// any) and returns its first state.
func (r *Reply) WaitFollowup(ctx context.Context, match func(*Message) bool) (*Message, error) {
	return r.waitMessage(ctx, "follow-up", match, func() []*Message {
		out := make([]*Message, 0, len(r.st.followups))
		for _, id := range r.st.followups {
			out = append(out, r.s.messages[id].versions[0])
		}
		return out
	})
}

// waitMessage waits until one of candidates() (read under the server's
// lock) matches, or fails with ErrRejected once the server has refused an
// edit or follow-up of this reply and none matches.
func (r *Reply) waitMessage(ctx context.Context, what string, match func(*Message) bool, candidates func() []*Message) (*Message, error) {
	var found *Message
	var rejected string
	err := r.s.waitFor(ctx, what, func() bool {
		for _, m := range candidates() {
			if match == nil || match(m) {
				found = m
				return true
			}
		}
		rejected = r.st.editRejected
		return rejected != ""
	})
	if err == nil && found == nil {
		err = fmt.Errorf("%w: %s", ErrRejected, rejected)
	}
	return found, err
}

// buildInteraction registers the interaction and renders its payload.
func (s *Server) buildInteraction(in Interaction) (*interactionState, map[string]any, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	user := s.userLocked(in.User)
	st := &interactionState{id: s.ids.next(), token: "aW50ZXJhY3Rpb24" + randomToken(24), kind: in.Type, userID: user.ID}
	locale := in.Locale
	if locale == "" {
		locale = discordgo.EnglishUS
	}
	guild := ""
	p := map[string]any{
		"id": st.id, "application_id": AppID, "type": in.Type, "token": st.token, "version": 1,
		"locale": locale, "app_permissions": strconv.FormatInt(botPermissions, 10),
		"entitlements": []any{}, "entitlement_sku_ids": []any{},
		"attachment_size_limit": 10485760,
	}
	if in.DM {
		ch := s.channels[s.dmChannelLocked(user.ID)]
		st.channelID = ch.ID
		p["channel_id"], p["channel"] = ch.ID, s.channelJSON(ch)
		p["user"] = s.userJSON(user)
		p["context"] = discordgo.InteractionContextBotDM
		p["authorizing_integration_owners"] = map[string]any{"0": "0"}
	} else {
		guild = in.GuildID
		if guild == "" {
			guild = s.opts.GuildIDs[0]
		}
		chID := in.ChannelID
		if chID == "" {
			chID = ChannelID
		}
		ch := s.channelLocked(chID, guild)
		st.channelID = ch.ID
		mem := member{roles: in.Roles, permissions: in.Permissions}
		s.members[guild+"/"+user.ID] = mem
		p["guild_id"], p["guild_locale"] = guild, "en-US"
		p["guild"] = map[string]any{"id": guild, "locale": "en-US", "features": []any{}}
		chJSON := s.channelJSON(ch)
		chJSON["permissions"] = strconv.FormatInt(in.Permissions, 10)
		p["channel_id"], p["channel"] = ch.ID, chJSON
		p["member"] = s.memberJSON(guild, user, mem, true)
		p["context"] = discordgo.InteractionContextGuild
		p["authorizing_integration_owners"] = map[string]any{"0": guild}
	}
	switch in.Type {
	case discordgo.InteractionApplicationCommand, discordgo.InteractionApplicationCommandAutocomplete:
		cmd := s.commandLocked(guild, in.Name, in.CommandType)
		if cmd == nil {
			return nil, nil, fmt.Errorf("discordtest: /%s is not registered where the user is", in.Name)
		}
		res := resolved{}
		opts, err := s.renderOptions(cmd.Options, in.Options, in.Type == discordgo.InteractionApplicationCommandAutocomplete, "/"+cmd.Name, guild, res)
		if err != nil {
			return nil, nil, err
		}
		if in.Type == discordgo.InteractionApplicationCommandAutocomplete && !hasFocused(in.Options) {
			return nil, nil, fmt.Errorf("discordtest: autocomplete for /%s needs a Focused option", cmd.Name)
		}
		data := map[string]any{"id": cmd.ID, "name": cmd.Name, "type": cmd.Type}
		if len(opts) > 0 {
			data["options"] = opts
		}
		if cmd.GuildID != "" {
			data["guild_id"] = cmd.GuildID
		}
		if len(res) > 0 {
			data["resolved"] = res
		}
		p["data"] = data
	case discordgo.InteractionMessageComponent:
		if in.Message == nil || s.messages[in.Message.ID] == nil {
			return nil, nil, errors.New("discordtest: a component interaction needs a Message the bot sent")
		}
		sm := s.messages[in.Message.ID]
		st.source, st.original = sm.id, sm.id
		ct := in.ComponentType
		if ct == 0 {
			ct = discordgo.ButtonComponent
		}
		data := map[string]any{"custom_id": in.CustomID, "component_type": ct}
		if ct != discordgo.ButtonComponent {
			data["values"] = append([]string{}, in.Values...)
		}
		p["data"] = data
		p["message"] = sm.json()
	case discordgo.InteractionModalSubmit:
		ids := make([]string, 0, len(in.ModalValues))
		for id := range in.ModalValues {
			ids = append(ids, id)
		}
		sort.Strings(ids) // stable order for golden files
		var inputs []any
		for _, id := range ids {
			v := in.ModalValues[id]
			inputs = append(inputs, map[string]any{"type": discordgo.ActionsRowComponent, "components": []any{
				map[string]any{"type": discordgo.TextInputComponent, "custom_id": id, "value": v},
			}})
		}
		p["data"] = map[string]any{"custom_id": in.CustomID, "components": inputs}
		if in.Message != nil && s.messages[in.Message.ID] != nil {
			st.source, st.original = in.Message.ID, in.Message.ID
			p["message"] = s.messages[in.Message.ID].json()
		}
	default:
		return nil, nil, fmt.Errorf("discordtest: interaction type %d not supported", in.Type)
	}
	st.dispatched = time.Now()
	st.payload = p
	s.interactions[st.token] = st
	return st, p, nil
}

func hasFocused(opts []Option) bool {
	for _, o := range opts {
		if o.Focused || hasFocused(o.Options) {
			return true
		}
	}
	return false
}

// resolved is the data.resolved object: users, members, channels, roles
// and attachments referenced by option values.
type resolved map[string]map[string]any

func (r resolved) add(kind, id string, v any) {
	if r[kind] == nil {
		r[kind] = map[string]any{}
	}
	r[kind][id] = v
}

// renderOptions types the user's options from the command definition and
// checks what a Discord client would enforce (known names, required
// options, lengths, choices).
func (s *Server) renderOptions(defs []*discordgo.ApplicationCommandOption, given []Option, partial bool, where, guild string, res resolved) ([]any, error) {
	byName := map[string]*discordgo.ApplicationCommandOption{}
	for _, d := range defs {
		byName[d.Name] = d
	}
	seen := map[string]bool{}
	out := []any{}
	for _, o := range given {
		d := byName[o.Name]
		if d == nil {
			return nil, fmt.Errorf("discordtest: %s has no option %q", where, o.Name)
		}
		seen[o.Name] = true
		m := map[string]any{"name": o.Name, "type": d.Type}
		switch d.Type {
		case discordgo.ApplicationCommandOptionSubCommand, discordgo.ApplicationCommandOptionSubCommandGroup:
			sub, err := s.renderOptions(d.Options, o.Options, partial, where+" "+o.Name, guild, res)
			if err != nil {
				return nil, err
			}
			m["options"] = sub
			out = append(out, m)
			continue
		}
		if o.Focused {
			m["value"], m["focused"] = fmt.Sprint(o.Value), true
			out = append(out, m)
			continue
		}
		v, err := s.optionValue(d, o.Value, guild, res)
		if err != nil {
			return nil, fmt.Errorf("discordtest: %s option %q: %w", where, o.Name, err)
		}
		m["value"] = v
		out = append(out, m)
	}
	if !partial {
		for _, d := range defs {
			if d.Required && !seen[d.Name] {
				return nil, fmt.Errorf("discordtest: %s: required option %q missing", where, d.Name)
			}
		}
	}
	return out, nil
}

// optionValue converts a Go value to the JSON value Discord sends for the
// option's type.
func (s *Server) optionValue(d *discordgo.ApplicationCommandOption, v any, guild string, res resolved) (any, error) {
	switch d.Type {
	case discordgo.ApplicationCommandOptionString:
		str, ok := v.(string)
		if !ok {
			return nil, fmt.Errorf("want a string, got %T", v)
		}
		n := runes(str)
		if (d.MaxLength > 0 && n > d.MaxLength) || (d.MinLength != nil && n < *d.MinLength) {
			return nil, fmt.Errorf("length %d outside the option's limits", n)
		}
		return str, checkChoice(d, str)
	case discordgo.ApplicationCommandOptionInteger:
		f, ok := number(v)
		if !ok || f != math.Trunc(f) {
			return nil, fmt.Errorf("want an integer, got %v", v)
		}
		return int64(f), checkRange(d, f)
	case discordgo.ApplicationCommandOptionNumber:
		f, ok := number(v)
		if !ok {
			return nil, fmt.Errorf("want a number, got %T", v)
		}
		return f, checkRange(d, f)
	case discordgo.ApplicationCommandOptionBoolean:
		b, ok := v.(bool)
		if !ok {
			return nil, fmt.Errorf("want a bool, got %T", v)
		}
		return b, nil
	case discordgo.ApplicationCommandOptionUser, discordgo.ApplicationCommandOptionMentionable:
		id := fmt.Sprint(v)
		if u, ok := v.(*discordgo.User); ok {
			id = s.userLocked(u).ID
		}
		if u := s.users[id]; u != nil {
			res.add("users", id, s.userJSON(u))
			if guild != "" {
				md := s.memberJSON(guild, u, s.members[guild+"/"+id], true)
				delete(md, "user")
				res.add("members", id, md)
			}
		}
		return id, nil
	case discordgo.ApplicationCommandOptionChannel:
		id := fmt.Sprint(v)
		res.add("channels", id, s.channelJSON(s.channelLocked(id, guild)))
		return id, nil
	case discordgo.ApplicationCommandOptionRole:
		id := fmt.Sprint(v)
		res.add("roles", id, roleJSON(id, "role-"+id, 0, 1))
		return id, nil
	case discordgo.ApplicationCommandOptionAttachment:
		a, ok := v.(Attachment)
		if !ok {
			return nil, fmt.Errorf("want a discordtest.Attachment, got %T", v)
		}
		res.add("attachments", a.ID, attachmentJSON(a))
		return a.ID, nil
	}
	return nil, fmt.Errorf("option type %d not supported", d.Type)
}

func number(v any) (float64, bool) {
	switch n := v.(type) {
	case int:
		return float64(n), true
	case int64:
		return float64(n), true
	case float64:
		return n, true
	}
	return 0, false
}

func checkChoice(d *discordgo.ApplicationCommandOption, v any) error {
	if len(d.Choices) == 0 {
		return nil
	}
	for _, c := range d.Choices {
		if fmt.Sprint(c.Value) == fmt.Sprint(v) {
			return nil
		}
	}
	return fmt.Errorf("%v is not one of the option's choices", v)
}

func checkRange(d *discordgo.ApplicationCommandOption, f float64) error {
	if (d.MinValue != nil && f < *d.MinValue) || (d.MaxValue != 0 && f > d.MaxValue) {
		return fmt.Errorf("%v outside the option's range", f)
	}
	return checkChoice(d, f)
}

// allowedCallbacks are the callback types Discord accepts per interaction type.
var allowedCallbacks = map[discordgo.InteractionType][]discordgo.InteractionResponseType{
	discordgo.InteractionApplicationCommand:             {4, 5, 9},
	discordgo.InteractionMessageComponent:               {4, 5, 6, 7, 9},
	discordgo.InteractionApplicationCommandAutocomplete: {8},
	discordgo.InteractionModalSubmit:                    {4, 5, 6, 7},
}

// callback answers POST /interactions/{id}/{token}/callback.
func (s *Server) callback(c *call) (int, any) {
	st := s.interactions[c.r.PathValue("token")]
	if st == nil || st.id != c.r.PathValue("id") {
		return http.StatusNotFound, discordError{Message: "Unknown interaction", Code: 10062}
	}
	return s.applyCallbackLocked(st, c.req.Body, c.req.Files)
}

// applyCallbackLocked checks and applies an interaction response, sent to
// the callback route or (HTTP delivery) as the interaction's HTTP
// response.
func (s *Server) applyCallbackLocked(st *interactionState, sent json.RawMessage, files []File) (int, any) {
	reject := func(status int, e discordError) (int, any) {
		st.rejected = e.Message
		if e.why != "" {
			st.rejected += ": " + e.why
		}
		s.notifyLocked()
		return status, e
	}
	if d := s.opts.CallbackDeadline; d > 0 && time.Since(st.dispatched) > d {
		return reject(http.StatusNotFound, discordError{Message: "Unknown interaction", Code: 10062, why: fmt.Sprintf("callback %v after dispatch, Discord allows %v", time.Since(st.dispatched).Round(time.Millisecond), d)})
	}
	if st.acked {
		return reject(http.StatusBadRequest, discordError{Message: "Interaction has already been acknowledged.", Code: 40060})
	}
	var resp struct {
		Type discordgo.InteractionResponseType `json:"type"`
		Data json.RawMessage                   `json:"data"`
	}
	if err := json.Unmarshal(sent, &resp); err != nil {
		return reject(http.StatusBadRequest, invalidForm("_", err.Error()))
	}
	allowed := false
	for _, t := range allowedCallbacks[st.kind] {
		allowed = allowed || t == resp.Type
	}
	if !allowed {
		return reject(http.StatusBadRequest, invalidForm("type", fmt.Sprintf("callback type %d is not valid for interaction type %d", resp.Type, st.kind)))
	}
	data := resp.Data
	if string(data) == "null" {
		data = nil
	}
	switch resp.Type {
	case discordgo.InteractionResponseChannelMessageWithSource:
		if e := validateMessage(data, true, len(files), interactionFlags); e != nil {
			return reject(http.StatusBadRequest, *e)
		}
		extra := s.interactionExtra(st)
		if len(files) > 0 {
			extra["attachments"] = s.uploadedLocked(st.channelID, files)
		}
		msgType := discordgo.MessageTypeChatInputCommand
		if st.kind != discordgo.InteractionApplicationCommand {
			msgType = discordgo.MessageTypeDefault
		}
		sm, m, err := s.newMessageLocked(st.channelID, data, msgType, extra)
		if err != nil {
			return reject(http.StatusBadRequest, invalidForm("data", err.Error()))
		}
		sm.interaction = st.token
		st.original, st.data = sm.id, m
	case discordgo.InteractionResponseDeferredChannelMessageWithSource:
		var b body
		if len(data) > 0 {
			_ = json.Unmarshal(data, &b)
		}
		if b.Flags&^discordgo.MessageFlagsEphemeral != 0 {
			return reject(http.StatusBadRequest, invalidForm("data.flags", "only EPHEMERAL can be set on a deferred response"))
		}
		extra := s.interactionExtra(st)
		extra["flags"] = b.Flags | discordgo.MessageFlagsLoading
		sm, m, err := s.newMessageLocked(st.channelID, nil, discordgo.MessageTypeChatInputCommand, extra)
		if err != nil {
			return reject(http.StatusBadRequest, invalidForm("data", err.Error()))
		}
		m.Sent = append(json.RawMessage(nil), sent...)
		sm.interaction = st.token
		st.original, st.data = sm.id, m
	case discordgo.InteractionResponseDeferredMessageUpdate:
		st.data = s.messages[st.original].last()
	case discordgo.InteractionResponseUpdateMessage:
		if e := validateMessage(data, false, len(files), interactionFlags); e != nil {
			return reject(http.StatusBadRequest, *e)
		}
		m, err := s.messages[st.original].editLocked(data)
		if err != nil {
			return reject(http.StatusBadRequest, invalidForm("data", err.Error()))
		}
		st.data = m
	case discordgo.InteractionApplicationCommandAutocompleteResult:
		var d struct {
			Choices []*discordgo.ApplicationCommandOptionChoice `json:"choices"`
		}
		if len(data) > 0 {
			if err := json.Unmarshal(data, &d); err != nil {
				return reject(http.StatusBadRequest, invalidForm("data.choices", err.Error()))
			}
		}
		if e := validateChoices(d.Choices); e != nil {
			return reject(http.StatusBadRequest, *e)
		}
		if d.Choices == nil {
			d.Choices = []*discordgo.ApplicationCommandOptionChoice{}
		}
		st.choices = d.Choices
	case discordgo.InteractionResponseModal:
		var d struct {
			CustomID   string            `json:"custom_id"`
			Title      string            `json:"title"`
			Components []json.RawMessage `json:"components"`
		}
		_ = json.Unmarshal(data, &d)
		if d.CustomID == "" || runes(d.CustomID) > maxCustomID || d.Title == "" || runes(d.Title) > 45 || len(d.Components) == 0 || len(d.Components) > 5 {
			return reject(http.StatusBadRequest, invalidForm("data", "a modal needs custom_id (≤100), title (≤45) and 1-5 rows"))
		}
		st.modal = append(json.RawMessage(nil), data...)
	}
	st.acked, st.ackType, st.ackAt = true, resp.Type, time.Now()
	s.notifyLocked()
	return http.StatusNoContent, nil
}

// interactionExtra are the fields Discord adds to an interaction response.
func (s *Server) interactionExtra(st *interactionState) map[string]any {
	u := s.userJSON(s.users[st.userID])
	return map[string]any{
		"webhook_id": AppID, "application_id": AppID,
		"interaction_metadata": map[string]any{"id": st.id, "type": st.kind, "user": u, "authorizing_integration_owners": map[string]any{}},
		"interaction":          map[string]any{"id": st.id, "type": st.kind, "name": "", "user": u},
	}
}

// webhookStateLocked finds the interaction behind /webhooks/{app}/{token}.
func (s *Server) webhookStateLocked(c *call) (*interactionState, *discordError) {
	st := s.interactions[c.r.PathValue("token")]
	if c.r.PathValue("app") != AppID || st == nil || !st.acked ||
		st.ackType == discordgo.InteractionApplicationCommandAutocompleteResult || st.ackType == discordgo.InteractionResponseModal {
		return nil, &discordError{Message: "Unknown Webhook", Code: 10015}
	}
	return st, nil
}

// followup answers POST /webhooks/{app}/{token}.
func (s *Server) followup(c *call) (int, any) {
	st, e := s.webhookStateLocked(c)
	if e != nil {
		return http.StatusNotFound, *e
	}
	if e := validateMessage(c.req.Body, true, len(c.req.Files), interactionFlags); e != nil {
		st.refuseEditLocked(s, *e)
		return http.StatusBadRequest, *e
	}
	extra := s.interactionExtra(st)
	if len(c.req.Files) > 0 {
		extra["attachments"] = s.uploadedLocked(st.channelID, c.req.Files)
	}
	sm, _, err := s.newMessageLocked(st.channelID, c.req.Body, discordgo.MessageTypeDefault, extra)
	if err != nil {
		return http.StatusBadRequest, invalidForm("body", err.Error())
	}
	sm.interaction = st.token
	st.followups = append(st.followups, sm.id)
	s.notifyLocked()
	if c.req.Query.Get("wait") != "true" {
		return http.StatusNoContent, nil
	}
	return http.StatusOK, sm.json()
}

// webhookMessage answers GET, PATCH and DELETE of
// /webhooks/{app}/{token}/messages/{message} (@original included).
func (s *Server) webhookMessage(c *call) (int, any) {
	st, e := s.webhookStateLocked(c)
	if e != nil {
		return http.StatusNotFound, *e
	}
	id := c.r.PathValue("message")
	if id == "@original" {
		id = st.original
	}
	known := id == st.original
	for _, f := range st.followups {
		known = known || f == id
	}
	sm := s.messages[id]
	if !known || sm == nil || sm.deleted {
		return http.StatusNotFound, discordError{Message: "Unknown Message", Code: 10008}
	}
	switch c.r.Method {
	case http.MethodGet:
		return http.StatusOK, sm.json()
	case http.MethodDelete:
		sm.deleted = true
		if id == st.original {
			st.deleted = true
		}
		s.notifyLocked()
		return http.StatusNoContent, nil
	}
	if e := validateMessage(c.req.Body, false, len(c.req.Files), interactionFlags); e != nil {
		st.refuseEditLocked(s, *e)
		return http.StatusBadRequest, *e
	}
	if len(c.req.Files) > 0 {
		var in map[string]json.RawMessage
		_ = json.Unmarshal(c.req.Body, &in)
		if in == nil {
			in = map[string]json.RawMessage{}
		}
		in["attachments"] = mustJSON(s.uploadedLocked(st.channelID, c.req.Files))
		c.req.Body = mustJSON(in)
	}
	m, err := sm.editLocked(c.req.Body)
	if err != nil {
		return http.StatusBadRequest, invalidForm("body", err.Error())
	}
	if id == st.original {
		st.edits = append(st.edits, m)
	}
	s.notifyLocked()
	return http.StatusOK, sm.json()
}

// refuseEditLocked remembers why an edit or follow-up was refused.
func (st *interactionState) refuseEditLocked(s *Server, e discordError) {
	st.editRejected = e.Message
	if e.why != "" {
		st.editRejected += ": " + e.why
	}
	s.notifyLocked()
}
