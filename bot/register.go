package bot

import (
	"context"
	"errors"
	"slices"

	"github.com/bwmarrin/discordgo"
)

// Register bulk-overwrites the commands, per guild when guild ids are
// configured, else globally, then removes the application's commands from
// the scopes it no longer registers in (see removeStale).
func (b *Bot) Register(ctx context.Context) error {
	appID, _ := b.appID.Load().(string)
	if appID == "" {
		return errors.New("bot: register commands: application id unknown (no READY yet)")
	}
	defs := b.Definitions()
	targets := b.opts.GuildIDs
	if len(targets) == 0 {
		targets = []string{""}
	}
	for _, g := range targets {
		if _, err := b.discord.ApplicationCommandBulkOverwrite(appID, g, defs, discordgo.WithContext(ctx)); err != nil {
			err = scrubURL(err)
			if g == "" {
				return b.explain(err, "register commands globally")
			}
			return b.explainGuild(err, "register commands", g)
		}
	}
	if targets[0] == "" {
		b.log.Warn("commands registered globally: Discord can take up to an hour to show them, or changes to them; " +
			"set discord.guild_ids to register in your servers instantly")
	}
	b.removeStale(ctx, appID, targets)
	return nil
}

// where names a registration scope in messages.
func where(guild string) string {
	if guild == "" {
		return "globally"
	}
	return "in guild " + guild
}

// maxStaleScopes bounds how many guilds start-up looks at for commands
// left from an earlier registration.
const maxStaleScopes = 100

// removeStale removes the application's commands from the scopes it no
// longer registers in: the global scope when guild ids are set, and the
// guilds the bot is in but no longer registers in. Without this, switching
// from guild to global registration, or dropping a guild id, leaves the old
// set in place and Discord shows every command twice. Failures are logged:
// a stale command is a nuisance, not a reason not to start.
func (b *Bot) removeStale(ctx context.Context, appID string, targets []string) {
	guilds, _ := b.guilds.Load().([]string)
	var stale []string
	if !slices.Contains(targets, "") {
		stale = append(stale, "")
	}
	for _, g := range guilds {
		if !slices.Contains(targets, g) && !slices.Contains(stale, g) {
			stale = append(stale, g)
		}
	}
	if len(stale) > maxStaleScopes {
		b.log.Info("not looking for old commands in every server", "servers", len(stale), "looked_at", maxStaleScopes)
		stale = stale[:maxStaleScopes]
	}
	for _, scope := range stale {
		cmds, err := b.discord.ApplicationCommands(appID, scope, discordgo.WithContext(ctx))
		if err != nil {
			b.log.Debug("list old commands", "where", where(scope), "err", scrubURL(err))
			continue
		}
		if len(cmds) == 0 {
			continue
		}
		names := make([]string, 0, len(cmds))
		for _, c := range cmds {
			names = append(names, c.Name)
		}
		if _, err := b.discord.ApplicationCommandBulkOverwrite(appID, scope, []*discordgo.ApplicationCommand{}, discordgo.WithContext(ctx)); err != nil {
			b.log.Warn("could not remove commands left from an earlier registration; Discord may show them twice",
				"where", where(scope), "commands", names, "err", scrubURL(err))
			continue
		}
		attrs := []any{"where", where(scope), "commands", names}
		if scope == "" {
			attrs = append(attrs, "note", "Discord can take up to an hour to stop showing global commands")
		}
		b.log.Warn("removed commands left from an earlier registration", attrs...)
	}
}
