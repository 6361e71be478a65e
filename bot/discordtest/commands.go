package discordtest

import (
	"context"
	"encoding/json"
	"net/http"
	"strconv"

	"github.com/bwmarrin/discordgo"
)

// commandSet is the commands registered in one scope (a guild, or global).
type commandSet struct {
	raw        json.RawMessage // the last overwrite body, as sent
	cmds       []*discordgo.ApplicationCommand
	overwrites int
}

func (s *Server) overwriteCommands(c *call) (int, any) {
	if c.r.PathValue("app") != AppID {
		return http.StatusForbidden, discordError{Message: "Missing Access", Code: 50001}
	}
	guild := c.r.PathValue("guild")
	if guild != "" && !s.isGuild(guild) {
		return http.StatusForbidden, discordError{Message: "Missing Access", Code: 50001}
	}
	var cmds []*discordgo.ApplicationCommand
	if err := json.Unmarshal(c.req.Body, &cmds); err != nil {
		return http.StatusBadRequest, invalidForm("_", "body must be an array of commands: "+err.Error())
	}
	if e := validateCommands(cmds); e != nil {
		return http.StatusBadRequest, *e
	}
	set := s.commands[guild]
	if set == nil {
		set = &commandSet{}
		s.commands[guild] = set
	}
	old := map[string]string{}
	for _, o := range set.cmds {
		old[strconv.Itoa(int(o.Type))+"/"+o.Name] = o.ID
	}
	for _, cmd := range cmds {
		if cmd.Type == 0 {
			cmd.Type = discordgo.ChatApplicationCommand
		}
		cmd.ID = old[strconv.Itoa(int(cmd.Type))+"/"+cmd.Name]
		if cmd.ID == "" {
			cmd.ID = s.ids.next()
		}
		cmd.ApplicationID = AppID
		cmd.GuildID = guild
		cmd.Version = s.ids.next()
	}
	set.raw = append(json.RawMessage(nil), c.req.Body...)
	set.cmds = cmds
	set.overwrites++
	s.notifyLocked()
	return http.StatusOK, cmds
}

func (s *Server) listCommands(c *call) (int, any) {
	if c.r.PathValue("app") != AppID {
		return http.StatusForbidden, discordError{Message: "Missing Access", Code: 50001}
	}
	guild := c.r.PathValue("guild")
	if guild != "" && !s.isGuild(guild) {
		return http.StatusForbidden, discordError{Message: "Missing Access", Code: 50001}
	}
	set := s.commands[guild]
	if set == nil {
		return http.StatusOK, []any{}
	}
	return http.StatusOK, set.cmds
}

// Commands returns the commands registered for a guild ("" for global
// commands) by the last bulk overwrite, with the ids the server assigned.
func (s *Server) Commands(guildID string) []*discordgo.ApplicationCommand {
	s.mu.Lock()
	defer s.mu.Unlock()
	set := s.commands[guildID]
	if set == nil {
		return nil
	}
	var out []*discordgo.ApplicationCommand
	_ = json.Unmarshal(mustJSON(set.cmds), &out) // a deep copy
	return out
}

// CommandsJSON returns the body of the last bulk overwrite for a guild (""
// for global), exactly as the bot sent it.
func (s *Server) CommandsJSON(guildID string) json.RawMessage {
	s.mu.Lock()
	defer s.mu.Unlock()
	if set := s.commands[guildID]; set != nil {
		return append(json.RawMessage(nil), set.raw...)
	}
	return nil
}

// WaitCommands waits for a bulk overwrite for a guild ("" for global) and
// returns the registered commands.
func (s *Server) WaitCommands(ctx context.Context, guildID string) ([]*discordgo.ApplicationCommand, error) {
	err := s.waitFor(ctx, "command registration", func() bool {
		set := s.commands[guildID]
		return set != nil && set.overwrites > 0
	})
	if err != nil {
		return nil, err
	}
	return s.Commands(guildID), nil
}

// commandLocked finds a registered command by name, as a Discord client
// lists them: guild commands then global ones in a guild; in a DM only
// global commands that allow DMs.
func (s *Server) commandLocked(guildID, name string, typ discordgo.ApplicationCommandType) *discordgo.ApplicationCommand {
	scopes := []string{""}
	if guildID != "" {
		scopes = []string{guildID, ""}
	}
	for _, scope := range scopes {
		set := s.commands[scope]
		if set == nil {
			continue
		}
		for _, c := range set.cmds {
			if c.Name != name || c.Type != typ {
				continue
			}
			if guildID == "" && !allowedInDM(c) {
				return nil
			}
			return c
		}
	}
	return nil
}

// allowedInDM applies dm_permission and contexts (1 is the bot's DM).
func allowedInDM(c *discordgo.ApplicationCommand) bool {
	if c.DMPermission != nil && !*c.DMPermission {
		return false
	}
	if c.Contexts != nil {
		for _, ctx := range *c.Contexts {
			if ctx == discordgo.InteractionContextBotDM {
				return true
			}
		}
		return false
	}
	return true
}
