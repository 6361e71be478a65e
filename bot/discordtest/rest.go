package discordtest

import (
	"encoding/json"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/bwmarrin/discordgo"
)

// routes registers every REST route the server answers.
func (s *Server) routes() {
	s.mux = http.NewServeMux()
	s.route(RouteGateway, func(c *call) (int, any) {
		return http.StatusOK, map[string]any{"url": s.gatewayURL()}
	})
	s.route(RouteGatewayBot, func(c *call) (int, any) {
		return http.StatusOK, map[string]any{
			"url":    s.gatewayURL(),
			"shards": max(s.opts.Shards, 1),
			"session_start_limit": map[string]any{
				"total": 1000, "remaining": 999, "reset_after": 86400000, "max_concurrency": 1,
			},
		}
	})
	s.route("GET /users/@me", func(c *call) (int, any) { return http.StatusOK, s.userJSON(s.users[AppID]) })
	s.route("GET /users/{user}", func(c *call) (int, any) {
		u := s.users[c.r.PathValue("user")]
		if u == nil {
			return http.StatusNotFound, discordError{Message: "Unknown User", Code: 10013}
		}
		return http.StatusOK, s.userJSON(u)
	})
	s.route(RouteUserChannels, s.createDM)
	s.route("GET /applications/@me", s.application)
	s.route("GET /oauth2/applications/@me", s.application)
	s.route("GET /channels/{channel}", func(c *call) (int, any) {
		ch := s.channels[c.r.PathValue("channel")]
		if ch == nil {
			return http.StatusNotFound, discordError{Message: "Unknown Channel", Code: 10003}
		}
		return http.StatusOK, s.channelJSON(ch)
	})
	s.route(RouteChannelMessage, s.createChannelMessage)
	s.route("GET /channels/{channel}/messages/{message}", s.getChannelMessage)
	s.route(RouteChannelMessageEdit, s.editChannelMessage)
	s.route("DELETE /channels/{channel}/messages/{message}", s.deleteChannelMessage)
	s.route(RouteReaction, s.addReaction)
	s.route("GET /guilds/{guild}", func(c *call) (int, any) {
		g := c.r.PathValue("guild")
		if !s.isGuild(g) {
			return http.StatusNotFound, discordError{Message: "Unknown Guild", Code: 10004}
		}
		return http.StatusOK, s.guildJSONLocked(g)
	})
	s.route("GET /guilds/{guild}/roles", func(c *call) (int, any) {
		g := c.r.PathValue("guild")
		if !s.isGuild(g) {
			return http.StatusNotFound, discordError{Message: "Unknown Guild", Code: 10004}
		}
		return http.StatusOK, s.rolesJSON(g)
	})
	s.route("GET /guilds/{guild}/members/{user}", func(c *call) (int, any) {
		g, u := c.r.PathValue("guild"), c.r.PathValue("user")
		if !s.isGuild(g) {
			return http.StatusNotFound, discordError{Message: "Unknown Guild", Code: 10004}
		}
		if s.users[u] == nil {
			return http.StatusNotFound, discordError{Message: "Unknown Member", Code: 10007}
		}
		return http.StatusOK, s.memberJSON(g, s.users[u], s.members[g+"/"+u], false)
	})
	s.route(RouteGlobalCommands, s.overwriteCommands)
	s.route(RouteGuildCommands, s.overwriteCommands)
	s.route(RouteGlobalCommandsList, s.listCommands)
	s.route(RouteGuildCommandsList, s.listCommands)
	s.route(RouteCallback, s.callback)
	s.route(RouteFollowup, s.followup)
	s.route(RouteWebhookMessageGet, s.webhookMessage)
	s.route(RouteWebhookMessageEdit, s.webhookMessage)
	s.route(RouteWebhookMessageDel, s.webhookMessage)
}

func (s *Server) application(c *call) (int, any) {
	return http.StatusOK, map[string]any{
		"id": AppID, "name": BotName, "description": "", "bot_public": true,
		"bot_require_code_grant": false, "flags": 0, "bot": s.userJSON(s.users[AppID]),
		"verify_key": s.PublicKeyHex(),
	}
}

func (s *Server) isGuild(id string) bool {
	for _, g := range s.opts.GuildIDs {
		if g == id {
			return true
		}
	}
	return false
}

// createDM answers POST /users/@me/channels with the user's DM channel.
func (s *Server) createDM(c *call) (int, any) {
	var body struct {
		RecipientID string `json:"recipient_id"`
	}
	if err := json.Unmarshal(c.req.Body, &body); err != nil || body.RecipientID == "" {
		return http.StatusBadRequest, invalidForm("recipient_id", "This field is required")
	}
	if s.users[body.RecipientID] == nil {
		return http.StatusBadRequest, discordError{Message: "Unknown User", Code: 10013}
	}
	return http.StatusOK, s.channelJSON(s.channels[s.dmChannelLocked(body.RecipientID)])
}

// dmChannelLocked returns (creating it once) the DM channel with a user.
func (s *Server) dmChannelLocked(userID string) string {
	if id, ok := s.dmChannels[userID]; ok {
		return id
	}
	id := s.ids.next()
	s.dmChannels[userID] = id
	s.channels[id] = &discordgo.Channel{ID: id, Type: discordgo.ChannelTypeDM, Recipients: []*discordgo.User{s.users[userID]}}
	return id
}

// channelLocked returns a known channel, registering a guild text channel
// the first time a test uses its id.
func (s *Server) channelLocked(id, guildID string) *discordgo.Channel {
	if ch := s.channels[id]; ch != nil {
		return ch
	}
	ch := &discordgo.Channel{ID: id, GuildID: guildID, Name: "channel-" + id, Type: discordgo.ChannelTypeGuildText}
	s.channels[id] = ch
	return ch
}

func (s *Server) userJSON(u *discordgo.User) map[string]any {
	var global any
	if u.GlobalName != "" {
		global = u.GlobalName
	}
	m := map[string]any{
		"id": u.ID, "username": u.Username, "discriminator": "0", "global_name": global,
		"avatar": nil, "public_flags": 0, "avatar_decoration_data": nil, "clan": nil,
		"collectibles": nil, "display_name_styles": nil, "primary_guild": nil,
	}
	if u.Bot {
		m["bot"] = true
	}
	return m
}

// botPermissions is what the bot holds in every channel (as app_permissions).
const botPermissions = MemberPermissions | discordgo.PermissionReadMessages | discordgo.PermissionAddReactions

func (s *Server) channelJSON(ch *discordgo.Channel) map[string]any {
	m := map[string]any{"id": ch.ID, "type": ch.Type, "flags": 0, "last_message_id": nil}
	if ch.Type == discordgo.ChannelTypeDM {
		rs := []any{}
		for _, u := range ch.Recipients {
			rs = append(rs, s.userJSON(u))
		}
		m["recipients"] = rs
		m["recipient_flags"] = 0
		return m
	}
	m["guild_id"] = ch.GuildID
	m["name"] = ch.Name
	m["position"] = 0
	m["parent_id"] = nil
	m["topic"] = nil
	m["nsfw"] = false
	m["rate_limit_per_user"] = 0
	m["permission_overwrites"] = []any{}
	return m
}

func (s *Server) guildJSONLocked(id string) map[string]any {
	channels := []any{}
	for _, ch := range s.channels {
		if ch.GuildID == id {
			channels = append(channels, s.channelJSON(ch))
		}
	}
	return map[string]any{
		"id": id, "name": defaultGuildName, "icon": nil, "owner_id": OtherUserID,
		"features": []any{}, "preferred_locale": "en-US", "roles": s.rolesJSON(id),
		"emojis": []any{}, "stickers": []any{}, "channels": channels, "threads": []any{},
		"members": []any{}, "member_count": 3, "large": false, "unavailable": false,
		"joined_at": "2025-01-01T00:00:00.000000+00:00", "premium_tier": 0,
		"verification_level": 1, "default_message_notifications": 1,
		"explicit_content_filter": 2, "mfa_level": 0, "system_channel_id": nil,
		"voice_states": []any{}, "presences": []any{}, "stage_instances": []any{},
		"guild_scheduled_events": []any{},
	}
}

// rolesJSON lists @everyone (whose id is the guild's) and every role a test
// gave a member.
func (s *Server) rolesJSON(guildID string) []any {
	roles := []any{roleJSON(guildID, "@everyone", MemberPermissions, 0)}
	seen := map[string]bool{}
	for key, m := range s.members {
		if !strings.HasPrefix(key, guildID+"/") {
			continue
		}
		for _, r := range m.roles {
			if !seen[r] {
				seen[r] = true
				roles = append(roles, roleJSON(r, "role-"+r, 0, len(roles)))
			}
		}
	}
	return roles
}

func roleJSON(id, name string, perms int64, pos int) map[string]any {
	return map[string]any{
		"id": id, "name": name, "permissions": strconv.FormatInt(perms, 10), "position": pos,
		"color": 0, "hoist": false, "managed": false, "mentionable": false, "flags": 0,
	}
}

// member is what a test said about a user in a guild.
type member struct {
	roles       []string
	permissions int64
}

// memberJSON renders a guild member; in interactions it carries the
// member's permissions in the channel.
func (s *Server) memberJSON(guildID string, u *discordgo.User, m member, withPerms bool) map[string]any {
	roles := m.roles
	if roles == nil {
		roles = []string{}
	}
	out := map[string]any{
		"user": s.userJSON(u), "roles": roles, "nick": nil, "avatar": nil,
		"joined_at": "2025-02-01T12:00:00.000000+00:00", "premium_since": nil,
		"deaf": false, "mute": false, "flags": 0, "pending": false,
		"communication_disabled_until": nil, "unusual_dm_activity_until": nil, "banner": nil,
		"collectibles": nil,
	}
	if withPerms {
		out["permissions"] = strconv.FormatInt(m.permissions, 10)
	}
	return out
}

// timestamp formats t as Discord does.
func timestamp(t time.Time) string { return t.UTC().Format("2006-01-02T15:04:05.000000+00:00") }

func invalidForm(field, msg string) discordError {
	return discordError{
		Message: "Invalid Form Body",
		Code:    50035,
		Errors:  map[string]any{field: map[string]any{"_errors": []any{map[string]any{"code": "BASE_TYPE_INVALID", "message": msg}}}},
		why:     field + ": " + msg,
	}
}

// AddChannel creates a text channel in a guild ("" for the first guild) and
// returns its id, for example for discord.audit_channel_id. Channels a test
// names in Interaction or UserMessage are created on first use too.
func (s *Server) AddChannel(guildID, name string) string {
	s.mu.Lock()
	defer s.mu.Unlock()
	if guildID == "" {
		guildID = s.opts.GuildIDs[0]
	}
	id := s.ids.next()
	s.channels[id] = &discordgo.Channel{ID: id, GuildID: guildID, Name: name, Type: discordgo.ChannelTypeGuildText}
	return id
}
