package discordtest

import (
	"context"
	"errors"
	"fmt"
	"slices"

	"github.com/bwmarrin/discordgo"
)

// ErrNoOption is returned by Choose for a value the menu does not offer.
var ErrNoOption = errors.New("discordtest: the select menu has no such option")

// SelectMenus lists the message's select menus in order.
func (m *Message) SelectMenus() []*discordgo.SelectMenu {
	var out []*discordgo.SelectMenu
	for _, c := range m.Components {
		row, ok := c.(*discordgo.ActionsRow)
		if !ok {
			continue
		}
		for _, rc := range row.Components {
			if s, ok := rc.(*discordgo.SelectMenu); ok {
				out = append(out, s)
			}
		}
	}
	return out
}

// Choose picks values in a string select menu on a message the bot sent,
// as the user in as, the way PressButton presses a button: a missing menu
// is ErrNoButton, a disabled one ErrDisabled, a value the menu does not
// offer ErrNoOption, and too few or too many values an error.
func (s *Server) Choose(ctx context.Context, msg *Message, customID string, values []string, as Interaction) (*Reply, error) {
	s.mu.Lock()
	sm := s.messages[msg.ID]
	if sm == nil || sm.deleted {
		s.mu.Unlock()
		return nil, fmt.Errorf("discordtest: choose %q: unknown message %s", customID, msg.ID)
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
	var menu *discordgo.SelectMenu
	for _, m := range cur.SelectMenus() {
		if m.CustomID == customID {
			menu = m
		}
	}
	switch {
	case menu == nil:
		return nil, fmt.Errorf("%w: %q", ErrNoButton, customID)
	case menu.Disabled:
		return nil, fmt.Errorf("%w: %q", ErrDisabled, customID)
	}
	lo, hi := 1, max(menu.MaxValues, 1)
	if menu.MinValues != nil {
		lo = *menu.MinValues
	}
	if len(values) < lo || len(values) > hi {
		return nil, fmt.Errorf("discordtest: choose %q: %d values, the menu takes %d to %d", customID, len(values), lo, hi)
	}
	for _, v := range values {
		if !slices.ContainsFunc(menu.Options, func(o discordgo.SelectMenuOption) bool { return o.Value == v }) {
			return nil, fmt.Errorf("%w: %q", ErrNoOption, v)
		}
	}
	as.Type = discordgo.InteractionMessageComponent
	as.CustomID = customID
	as.ComponentType = discordgo.SelectMenuComponent
	as.Values = values
	as.Message = cur
	as.ChannelID = sm.channelID
	if ch != nil && ch.Type == discordgo.ChannelTypeDM {
		as.DM = true
	} else if ch != nil {
		as.GuildID = ch.GuildID
	}
	return s.Interact(ctx, as)
}
