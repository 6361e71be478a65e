package main

import (
	"context"
	"errors"

	"github.com/spf13/cobra"

	"github.com/talksbot/talksbot/bot"
	"github.com/talksbot/talksbot/corpus"
	"github.com/talksbot/talksbot/index"
)

// errNoToken tells the user how to give serve a token; it never suggests
// a flag (a token on the command line shows in ps and shell history).
var errNoToken = errors.New("no Discord bot token. Set the TALKSBOT_DISCORD_TOKEN environment variable, " +
	"or put the token alone in a file readable only by you and set discord.token_file in talksbot.yaml " +
	"(see docs/discord.md for creating the bot and getting its token)")

func newServeCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "serve",
		Short: "Answer on Discord: slash commands, mentions and DMs",
		Long: `serve connects to Discord with the bot token from TALKSBOT_DISCORD_TOKEN or
discord.token_file, registers the slash commands (per guild when
discord.guild_ids is set, which is instant; globally otherwise) and answers
until interrupted. SIGINT or SIGTERM finish the replies under way, then close
the connection and the index.`,
		Args: cobra.NoArgs,
		RunE: runServe,
	}
	cmd.Flags().Bool("watch", false, "reindex after the corpus folder changes, and rebuild a missing or damaged index (needs --corpus)")
	return cmd
}

func runServe(cmd *cobra.Command, _ []string) error {
	a, err := newApp(cmd)
	if err != nil {
		return err
	}
	if a.cfg.Discord.Token == "" {
		return errNoToken
	}
	ctx := cmd.Context()
	log := a.log.With("component", "serve")
	bot.BridgeLogs(a.log)

	dataDir, err := a.dataDir()
	if err != nil {
		return err
	}
	// The index reads the corpus folder itself and keeps none of it in
	// memory; a rebuild or a repair reads it again.
	eng, err := a.openFolder(ctx, nil)
	if err != nil {
		if ctx.Err() != nil {
			return err
		}
		c, err := a.loadCorpus(corpus.Options{})
		if err != nil {
			return err
		}
		if eng, err = a.openEngine(ctx, c, nil); err != nil {
			return err
		}
	}
	for _, s := range eng.Skipped() {
		log.Warn("corpus file skipped", "path", s.Path, "reason", s.Reason)
	}
	live := index.NewLive(eng, index.LiveOptions{Open: diskOpener(a, dataDir), Refresh: folderRefresher(a, dataDir), Topics: a.topics, Logger: a.log})
	defer func() {
		if err := live.Close(); err != nil {
			log.Warn("close index", "err", err)
		}
	}()

	mod := bot.ModerationOptions{
		Live:           live,
		Load:           corpusLoader(a),
		RoleIDs:        a.cfg.Moderators.RoleIDs,
		AuditChannelID: a.cfg.Discord.AuditChannelID,
		Log:            a.log,
	}
	if len(a.cfg.Sources.AttachmentHosts) > 0 {
		mod.AttachmentHosts = a.cfg.Sources.AttachmentHosts
	}
	if a.cfg.Corpus.Dir != "" {
		store, err := corpus.NewStore(a.cfg.Corpus.Dir, corpus.StoreOptions{MaxBytes: a.cfg.Sources.MaxUploadBytes})
		if err != nil {
			return err
		}
		mod.Store = store
	}
	modCmds, err := bot.ModeratorCommands(mod)
	if err != nil {
		return err
	}

	session, err := bot.NewSession(a.cfg.Discord.Token, a.cfg.Discord.APIURL, nil, a.log)
	if err != nil {
		return err
	}
	b, err := bot.New(bot.Options{
		Session:            session,
		Engine:             live,
		Log:                a.log,
		GuildIDs:           a.cfg.Discord.GuildIDs,
		QuestionsPerMinute: a.cfg.Limits.QuestionsPerMinute,
		MaxPassages:        a.cfg.Answer.MaxPassages,
		Extra:              modCmds,
		APIURL:             a.cfg.Discord.APIURL,
	})
	if err != nil {
		return err
	}

	if watch, _ := cmd.Flags().GetBool("watch"); watch {
		if a.cfg.Corpus.Dir == "" {
			return errors.New("--watch needs a corpus folder (--corpus or corpus.dir); the embedded articles never change")
		}
		go func() {
			reindex := func(ctx context.Context) error {
				sum, err := live.Reindex(ctx, "corpus watcher", corpusLoader(a), nil)
				if err == nil {
					log.Info("reindexed after a corpus change", "documents", sum.Documents, "passages", sum.Passages, "duration", sum.Duration)
				}
				return err
			}
			if err := watchCorpus(ctx, a.cfg.Corpus.Dir, 0, reindex, a.log); err != nil {
				log.Error("corpus watcher stopped", "err", err)
			}
		}()
		go watchIndex(ctx, indexCheckEvery, live.Check, log)
	}

	log.Info("connecting to Discord", "documents", eng.Stats().Documents, "guilds", len(a.cfg.Discord.GuildIDs))
	if err := b.Run(ctx); err != nil {
		return err
	}
	log.Info("stopped")
	return nil
}
