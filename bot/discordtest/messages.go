package discordtest

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"regexp"
	"strings"
	"time"

	"github.com/bwmarrin/discordgo"
)

// Message is one state of a message the bot sent or edited: the message as
// Discord would now show it, plus what the bot sent to get there.
type Message struct {
	*discordgo.Message
	// AllowedMentions is the allowed_mentions the bot sent with this
	// change; nil when it sent none (Discord then pings everything the
	// content mentions).
	AllowedMentions *discordgo.MessageAllowedMentions
	// Sent is the JSON body of the request that produced this state.
	Sent json.RawMessage
}

// Ephemeral reports whether only the invoking user sees the message.
func (m *Message) Ephemeral() bool { return m.Flags&discordgo.MessageFlagsEphemeral != 0 }

var (
	userMention = regexp.MustCompile(`<@!?(\d+)>`)
	roleMention = regexp.MustCompile(`<@&(\d+)>`)
)

// Pings lists who Discord would notify for this message given its content
// and allowed_mentions: "@everyone", "@here", "user:<id>", "role:<id>" and
// "reply:<message id>" for a reply that pings the replied-to author.
func (m *Message) Pings() []string {
	parse := map[string]bool{"everyone": true, "users": true, "roles": true}
	users, roles := map[string]bool{}, map[string]bool{}
	replied := true
	if am := m.AllowedMentions; am != nil {
		parse = map[string]bool{}
		for _, p := range am.Parse {
			parse[string(p)] = true
		}
		for _, u := range am.Users {
			users[u] = true
		}
		for _, r := range am.Roles {
			roles[r] = true
		}
		replied = am.RepliedUser
	}
	var out []string
	if parse["everyone"] {
		if strings.Contains(m.Content, "@everyone") {
			out = append(out, "@everyone")
		}
		if strings.Contains(m.Content, "@here") {
			out = append(out, "@here")
		}
	}
	for _, g := range userMention.FindAllStringSubmatch(m.Content, -1) {
		if parse["users"] || users[g[1]] {
			out = append(out, "user:"+g[1])
		}
	}
	for _, g := range roleMention.FindAllStringSubmatch(m.Content, -1) {
		if parse["roles"] || roles[g[1]] {
			out = append(out, "role:"+g[1])
		}
	}
	if m.MessageReference != nil && replied {
		out = append(out, "reply:"+m.MessageReference.MessageID)
	}
	return out
}

// Buttons lists the message's buttons in order.
func (m *Message) Buttons() []*discordgo.Button {
	var out []*discordgo.Button
	for _, c := range m.Components {
		row, ok := c.(*discordgo.ActionsRow)
		if !ok {
			continue
		}
		for _, rc := range row.Components {
			if b, ok := rc.(*discordgo.Button); ok {
				out = append(out, b)
			}
		}
	}
	return out
}

// storedMessage is a message the bot created, kept as the JSON Discord
// would serve so edits can replace fields the way Discord does.
type storedMessage struct {
	id        string
	channelID string
	fields    map[string]json.RawMessage
	versions  []*Message
	deleted   bool
	seq       int // creation order
	// interaction is the token of the interaction this message answers
	// (callback or follow-up), "" for channel messages.
	interaction string
}

// messageFields are the keys of a create/edit body that become message fields.
var messageFields = []string{"content", "embeds", "components", "flags", "tts", "poll", "attachments"}

// newMessageLocked stores a message the bot created from a request body.
func (s *Server) newMessageLocked(channelID string, body json.RawMessage, msgType discordgo.MessageType, extra map[string]any) (*storedMessage, *Message, error) {
	var in map[string]json.RawMessage
	if len(body) > 0 {
		if err := json.Unmarshal(body, &in); err != nil {
			return nil, nil, fmt.Errorf("body: %w", err)
		}
	}
	id := s.ids.next()
	ch := s.channels[channelID]
	f := map[string]json.RawMessage{
		"id": mustJSON(id), "channel_id": mustJSON(channelID), "type": mustJSON(msgType),
		"author": mustJSON(s.userJSON(s.users[AppID])), "content": mustJSON(""),
		"embeds": mustJSON([]any{}), "components": mustJSON([]any{}), "attachments": mustJSON([]any{}),
		"mentions": mustJSON([]any{}), "mention_roles": mustJSON([]any{}), "mention_everyone": mustJSON(false),
		"pinned": mustJSON(false), "tts": mustJSON(false), "flags": mustJSON(0),
		"timestamp": mustJSON(timestamp(time.Now())), "edited_timestamp": mustJSON(nil),
	}
	if ch != nil && ch.GuildID != "" {
		f["guild_id"] = mustJSON(ch.GuildID)
	}
	for _, k := range messageFields {
		if v, ok := in[k]; ok && string(v) != "null" {
			f[k] = v
		}
	}
	if ref, ok := in["message_reference"]; ok && string(ref) != "null" {
		f["message_reference"] = ref
	}
	for k, v := range extra {
		f[k] = mustJSON(v)
	}
	sm := &storedMessage{id: id, channelID: channelID, fields: f, seq: len(s.msgOrder)}
	s.messages[id] = sm
	s.msgOrder = append(s.msgOrder, id)
	m, err := sm.snapshot(body)
	if err != nil {
		return nil, nil, err
	}
	return sm, m, nil
}

// editLocked applies an edit body: fields present replace the old ones.
func (sm *storedMessage) editLocked(body json.RawMessage) (*Message, error) {
	var in map[string]json.RawMessage
	if err := json.Unmarshal(body, &in); err != nil {
		return nil, fmt.Errorf("body: %w", err)
	}
	for _, k := range messageFields {
		v, ok := in[k]
		if !ok {
			continue
		}
		if string(v) == "null" {
			switch k {
			case "content":
				v = mustJSON("")
			case "flags":
				v = mustJSON(0)
			default:
				v = mustJSON([]any{})
			}
		}
		if k == "flags" {
			// Only SUPPRESS_EMBEDS can change on edit; ephemeral and
			// loading stay as they were, except that an edit ends loading.
			var old, nw discordgo.MessageFlags
			_ = json.Unmarshal(sm.fields["flags"], &old)
			_ = json.Unmarshal(v, &nw)
			v = mustJSON(old&^discordgo.MessageFlagsSuppressEmbeds | nw&discordgo.MessageFlagsSuppressEmbeds)
		}
		sm.fields[k] = v
	}
	var flags discordgo.MessageFlags
	_ = json.Unmarshal(sm.fields["flags"], &flags)
	sm.fields["flags"] = mustJSON(flags &^ discordgo.MessageFlagsLoading)
	sm.fields["edited_timestamp"] = mustJSON(timestamp(time.Now()))
	return sm.snapshot(body)
}

// snapshot records the current state as a new version.
func (sm *storedMessage) snapshot(body json.RawMessage) (*Message, error) {
	m, err := sm.current()
	if err != nil {
		return nil, err
	}
	m.Sent = append(json.RawMessage(nil), body...)
	var am struct {
		AllowedMentions *discordgo.MessageAllowedMentions `json:"allowed_mentions"`
	}
	if len(body) > 0 {
		_ = json.Unmarshal(body, &am)
	}
	m.AllowedMentions = am.AllowedMentions
	sm.versions = append(sm.versions, m)
	return m, nil
}

// current decodes the message as Discord would serve it now.
func (sm *storedMessage) current() (*Message, error) {
	var dm discordgo.Message
	if err := json.Unmarshal(sm.json(), &dm); err != nil {
		return nil, fmt.Errorf("message %s: %w", sm.id, err)
	}
	return &Message{Message: &dm}, nil
}

func (sm *storedMessage) json() json.RawMessage { return mustJSON(sm.fields) }

func (sm *storedMessage) last() *Message { return sm.versions[len(sm.versions)-1] }

// Message returns the latest state of a message the bot sent, or nil.
func (s *Server) Message(id string) *Message {
	s.mu.Lock()
	defer s.mu.Unlock()
	if sm := s.messages[id]; sm != nil {
		return sm.last()
	}
	return nil
}

// ChannelMessages returns the latest state of every message the bot sent
// to a channel (including interaction responses), oldest first.
func (s *Server) ChannelMessages(channelID string) []*Message {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []*Message
	for _, id := range s.msgOrder {
		if sm := s.messages[id]; sm.channelID == channelID && !sm.deleted {
			out = append(out, sm.last())
		}
	}
	return out
}

// WaitMessage waits for a message the bot creates in a channel for which
// match is true (nil matches any) and returns its first state.
func (s *Server) WaitMessage(ctx context.Context, channelID string, match func(*Message) bool) (*Message, error) {
	return s.waitMessageFrom(ctx, channelID, 0, match)
}

func (s *Server) waitMessageFrom(ctx context.Context, channelID string, from int, match func(*Message) bool) (*Message, error) {
	var found *Message
	err := s.waitFor(ctx, "message in channel "+channelID, func() bool {
		for _, id := range s.msgOrder[min(from, len(s.msgOrder)):] {
			sm := s.messages[id]
			if sm.channelID == channelID && (match == nil || match(sm.versions[0])) {
				found = sm.versions[0]
				return true
			}
		}
		return false
	})
	return found, err
}

// createChannelMessage answers POST /channels/{channel}/messages.
func (s *Server) createChannelMessage(c *call) (int, any) {
	chID := c.r.PathValue("channel")
	ch := s.channels[chID]
	if ch == nil {
		return http.StatusNotFound, discordError{Message: "Unknown Channel", Code: 10003}
	}
	if e := validateMessage(c.req.Body, true, len(c.req.Files), channelFlags); e != nil {
		return http.StatusBadRequest, *e
	}
	if ch.Type == discordgo.ChannelTypeDM {
		for _, u := range ch.Recipients {
			if s.dmsClosed[u.ID] {
				return http.StatusForbidden, discordError{Message: "Cannot send messages to this user", Code: 50007}
			}
		}
	}
	msgType := discordgo.MessageTypeDefault
	var ref struct {
		MessageReference *discordgo.MessageReference `json:"message_reference"`
	}
	_ = json.Unmarshal(c.req.Body, &ref)
	if r := ref.MessageReference; r != nil {
		if r.ChannelID != "" && r.ChannelID != chID {
			return http.StatusBadRequest, invalidForm("message_reference", "Cannot reply to a message in another channel")
		}
		if r.MessageID == "" || !s.knownMessage(r.MessageID) {
			if r.FailIfNotExists == nil || *r.FailIfNotExists {
				return http.StatusBadRequest, invalidForm("message_reference", "Unknown message")
			}
		}
		msgType = discordgo.MessageTypeReply
	}
	extra := map[string]any{}
	if len(c.req.Files) > 0 {
		extra["attachments"] = s.uploadedLocked(chID, c.req.Files)
	}
	sm, _, err := s.newMessageLocked(chID, c.req.Body, msgType, extra)
	if err != nil {
		return http.StatusBadRequest, invalidForm("body", err.Error())
	}
	s.notifyLocked()
	return http.StatusOK, sm.json()
}

// CloseDMs makes the user refuse direct messages from the bot, as with
// "Allow direct messages from server members" off: the bot's messages to
// their DM channel fail with 403 (code 50007).
func (s *Server) CloseDMs(userID string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.dmsClosed[userID] = true
}

// DMs returns the messages the bot sent to a user's DM channel, oldest
// first.
func (s *Server) DMs(userID string) []*Message {
	s.mu.Lock()
	id, ok := s.dmChannels[userID]
	s.mu.Unlock()
	if !ok {
		return nil
	}
	return s.ChannelMessages(id)
}

// addReaction answers PUT .../messages/{message}/reactions/{emoji}/@me.
func (s *Server) addReaction(c *call) (int, any) {
	ch, msg := c.r.PathValue("channel"), c.r.PathValue("message")
	if s.channels[ch] == nil {
		return http.StatusNotFound, discordError{Message: "Unknown Channel", Code: 10003}
	}
	um, user := s.userMessages[msg]
	sm, bot := s.messages[msg]
	if (!user || um.ChannelID != ch) && (!bot || sm.deleted || sm.channelID != ch) {
		return http.StatusNotFound, discordError{Message: "Unknown Message", Code: 10008}
	}
	emoji := c.r.PathValue("emoji")
	for _, e := range s.reactions[msg] {
		if e == emoji {
			return http.StatusNoContent, nil
		}
	}
	s.reactions[msg] = append(s.reactions[msg], emoji)
	s.notifyLocked()
	return http.StatusNoContent, nil
}

// Reactions returns the emoji the bot reacted with on a message.
func (s *Server) Reactions(messageID string) []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]string(nil), s.reactions[messageID]...)
}

// knownMessage says whether a message id was posted by a user or the bot.
func (s *Server) knownMessage(id string) bool {
	_, bot := s.messages[id]
	_, user := s.userMessages[id]
	return bot || user
}

func (s *Server) channelMessageFor(c *call) (*storedMessage, *discordError) {
	sm := s.messages[c.r.PathValue("message")]
	if sm == nil || sm.deleted || sm.channelID != c.r.PathValue("channel") {
		if um, ok := s.userMessages[c.r.PathValue("message")]; ok && um.ChannelID == c.r.PathValue("channel") {
			return nil, &discordError{Message: "Cannot edit a message authored by another user", Code: 50005}
		}
		return nil, &discordError{Message: "Unknown Message", Code: 10008}
	}
	return sm, nil
}

func (s *Server) getChannelMessage(c *call) (int, any) {
	if um, ok := s.userMessages[c.r.PathValue("message")]; ok {
		return http.StatusOK, um
	}
	sm, e := s.channelMessageFor(c)
	if e != nil {
		return http.StatusNotFound, *e
	}
	return http.StatusOK, sm.json()
}

func (s *Server) editChannelMessage(c *call) (int, any) {
	sm, e := s.channelMessageFor(c)
	if e != nil {
		if e.Code == 50005 {
			return http.StatusForbidden, *e
		}
		return http.StatusNotFound, *e
	}
	if e := validateMessage(c.req.Body, false, len(c.req.Files), channelFlags); e != nil {
		return http.StatusBadRequest, *e
	}
	if _, err := sm.editLocked(c.req.Body); err != nil {
		return http.StatusBadRequest, invalidForm("body", err.Error())
	}
	s.notifyLocked()
	return http.StatusOK, sm.json()
}

func (s *Server) deleteChannelMessage(c *call) (int, any) {
	sm, e := s.channelMessageFor(c)
	if e != nil {
		return http.StatusNotFound, *e
	}
	sm.deleted = true
	s.notifyLocked()
	return http.StatusNoContent, nil
}

// uploadedLocked turns uploaded files into message attachments served by
// the server.
func (s *Server) uploadedLocked(channelID string, files []File) []any {
	out := []any{}
	for _, f := range files {
		a := s.addAttachmentLocked(channelID, f.Name, f.ContentType, f.Data)
		out = append(out, attachmentJSON(a))
	}
	return out
}

// UserMessage is a message a user posts, for SendMessage and PostMessage.
type UserMessage struct {
	Content string
	// Author defaults to alice (UserID).
	Author *discordgo.User
	// DM posts in the author's DM channel with the bot; otherwise the
	// message is in GuildID (default the first guild) and ChannelID
	// (default ChannelID).
	DM                 bool
	GuildID, ChannelID string
	// Roles are the author's roles in the guild.
	Roles       []string
	Attachments []Attachment
	// Deleted has the author delete the message as soon as it is sent,
	// before the bot can answer: a reply to it must set
	// fail_if_not_exists false or Discord refuses it.
	Deleted bool
}

// PostMessage dispatches MESSAGE_CREATE for a user's message and returns
// the message as dispatched. Users mentioned as <@id> in Content (the bot:
// BotMention) are listed in mentions. Without the Message Content intent a
// guild message that does not mention the bot arrives with empty content,
// as on Discord; it fails with ErrNoIntent if the bot did not ask for the
// Guild Messages (or Direct Messages) intent.
func (s *Server) PostMessage(ctx context.Context, um UserMessage) (*discordgo.Message, error) {
	d, _, err := s.postMessage(ctx, um)
	if err != nil {
		return nil, err
	}
	return d, nil
}

// SendMessage posts a user's message and waits for the bot's reply in the
// same channel: a message that references it, or one with no reference.
func (s *Server) SendMessage(ctx context.Context, um UserMessage) (*Message, error) {
	d, from, err := s.postMessage(ctx, um)
	if err != nil {
		return nil, err
	}
	return s.waitMessageFrom(ctx, d.ChannelID, from, func(m *Message) bool {
		return m.MessageReference == nil || m.MessageReference.MessageID == d.ID
	})
}

func (s *Server) postMessage(ctx context.Context, um UserMessage) (*discordgo.Message, int, error) {
	guild := ""
	if !um.DM {
		guild = um.GuildID
		if guild == "" {
			guild = s.opts.GuildIDs[0]
		}
	}
	if err := s.waitSession(ctx, guild); err != nil {
		return nil, 0, err
	}
	s.mu.Lock()
	author := s.userLocked(um.Author)
	data := map[string]any{
		"id": s.ids.next(), "type": 0, "content": um.Content, "author": s.userJSON(author),
		"timestamp": timestamp(time.Now()), "edited_timestamp": nil, "tts": false,
		"mention_everyone": strings.Contains(um.Content, "@everyone"), "mention_roles": []any{},
		"attachments": []any{}, "embeds": []any{}, "components": []any{}, "pinned": false, "flags": 0,
		"nonce": randomToken(8),
	}
	mentionsBot := false
	mentions := []any{}
	for _, g := range userMention.FindAllStringSubmatch(um.Content, -1) {
		u := s.users[g[1]]
		if u == nil {
			u = &discordgo.User{ID: g[1], Username: "user" + g[1]}
		}
		mentionsBot = mentionsBot || u.ID == AppID
		mentions = append(mentions, s.userJSON(u))
	}
	data["mentions"] = mentions
	var atts []any
	for _, a := range um.Attachments {
		atts = append(atts, attachmentJSON(a))
	}
	if atts != nil {
		data["attachments"] = atts
	}
	if um.DM {
		data["channel_id"], data["channel_type"] = s.dmChannelLocked(author.ID), discordgo.ChannelTypeDM
	} else {
		g := um.GuildID
		if g == "" {
			g = s.opts.GuildIDs[0]
		}
		ch := um.ChannelID
		if ch == "" {
			ch = ChannelID
		}
		s.channelLocked(ch, g)
		mem := s.members[g+"/"+author.ID]
		if um.Roles != nil {
			mem.roles = um.Roles
			s.members[g+"/"+author.ID] = mem
		}
		data["channel_id"], data["guild_id"], data["channel_type"] = ch, g, discordgo.ChannelTypeGuildText
		md := s.memberJSON(g, author, mem, false)
		delete(md, "user")
		data["member"] = md
		if sess := s.gateway.shards[ShardOf(g, s.gateway.count())]; (sess == nil || sess.intents&discordgo.IntentMessageContent == 0) && !mentionsBot {
			data["content"], data["embeds"], data["attachments"], data["components"] = "", []any{}, []any{}, []any{}
		}
	}
	var dm discordgo.Message
	_ = json.Unmarshal(mustJSON(data), &dm)
	if !um.Deleted {
		s.userMessages[dm.ID] = &dm
	}
	from := len(s.msgOrder)
	s.mu.Unlock()
	if _, err := s.Dispatch(ctx, "MESSAGE_CREATE", data); err != nil {
		return nil, 0, err
	}
	return &dm, from, nil
}

// userLocked registers and returns the user a test acts as.
func (s *Server) userLocked(u *discordgo.User) *discordgo.User {
	if u == nil {
		return s.users[UserID]
	}
	if known := s.users[u.ID]; known != nil && u.Username == "" {
		return known
	}
	cp := *u
	if cp.Username == "" {
		cp.Username = "user" + cp.ID
	}
	s.users[cp.ID] = &cp
	return &cp
}
