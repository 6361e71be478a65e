package main

import (
	"context"
	"errors"
	"path/filepath"
	"sync/atomic"
	"time"

	"github.com/spf13/cobra"

	"github.com/talksbot/talksbot/bot"
	"github.com/talksbot/talksbot/corpus"
	"github.com/talksbot/talksbot/index"
	"github.com/talksbot/talksbot/internal/localask"
	"github.com/talksbot/talksbot/metrics"
)

// errNoToken tells the user how to give serve a token; it never suggests
// a flag (a token on the command line shows in ps and shell history).
var errNoToken = errors.New("no Discord bot token. Set the TALKSBOT_DISCORD_TOKEN environment variable, " +
	"or put the token alone in a file readable only by you and set discord.token_file in talksbot.yaml " +
	"(see docs/discord.md for creating the bot and getting its token)")

func newServeCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "serve",
		Short: "Answer on Discord: slash commands, buttons, mentions and DMs",
		Long: `serve answers on Discord with the bot token from TALKSBOT_DISCORD_TOKEN or
discord.token_file, registers the slash commands (per guild when
discord.guild_ids is set, which is instant; globally otherwise) and answers
until interrupted. SIGINT or SIGTERM finish the replies under way, then close
the connection and the index.

--mode gateway (the default) connects to Discord's gateway; --mode http serves
POST /interactions on --listen (discord.public_key checks Discord's
signatures) with no websocket, so several replicas can sit behind a load
balancer; --mode both does both (mentions and DMs need the gateway).
With an HTTP listener, /metrics, /healthz and /readyz are served too.

Without a corpus folder, the articles are kept in <data dir>/articles,
seeded once from the built-in ones, so /source add and /source remove work
from the start.`,
		Args: cobra.NoArgs,
		RunE: runServe,
	}
	cmd.Flags().Bool("watch", false, "reindex after the corpus folder changes (and every corpus.poll_interval), and rebuild a missing or damaged index")
	cmd.Flags().String("mode", "", "gateway, http or both (discord.mode)")
	cmd.Flags().String("listen", "", "host:port for POST /interactions, /metrics, /healthz and /readyz (http.listen)")
	return cmd
}

func runServe(cmd *cobra.Command, _ []string) error {
	a, err := newApp(cmd)
	if err != nil {
		return err
	}
	d := a.cfg.Discord
	if d.Token == "" {
		return errNoToken
	}
	ctx := cmd.Context()
	log := a.log.With("component", "serve")
	bot.BridgeLogs(a.log)

	// The metrics, health checks and endpoint listen first: /readyz says
	// 503 while the index is opened or built.
	var live atomic.Pointer[index.Live]
	m := metrics.New(metrics.Options{
		Build: buildInfo(),
		IndexStats: func() (int, int) {
			if l := live.Load(); l != nil {
				st := l.Stats()
				return st.Documents, st.Passages
			}
			return 0, 0
		},
	})
	svc, err := startService(a.log, m, d.Gateway(), a.cfg.HTTP.Listen, a.cfg.Metrics.Listen, d.Interactions())
	if err != nil {
		return err
	}
	defer svc.stop()

	if a.cfg.Corpus.Dir == "" {
		dir, err := a.defaultCorpus()
		if err != nil {
			return err
		}
		seeded, err := seedCorpus(dir)
		if err != nil {
			return err
		}
		if seeded {
			log.Info("copied the built-in articles to the articles folder; /source add and remove change it", "dir", dir)
		}
		a.cfg.Corpus.Dir = dir
	}
	if testHookBeforeIndexOpen != nil {
		testHookBeforeIndexOpen()
	}
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
	l := index.NewLive(eng, index.LiveOptions{Open: diskOpener(a, dataDir), Refresh: folderRefresher(a, dataDir), Topics: a.topics, Logger: a.log})
	live.Store(l)
	defer func() {
		if err := l.Close(); err != nil {
			log.Warn("close index", "err", err)
		}
	}()
	svc.indexOpen.Store(true)

	store, err := corpus.NewStore(a.cfg.Corpus.Dir, corpus.StoreOptions{MaxBytes: a.cfg.Sources.MaxUploadBytes})
	if err != nil {
		return err
	}
	mod := bot.ModerationOptions{
		Live:           l,
		Store:          store,
		Load:           corpusLoader(a),
		RoleIDs:        a.cfg.Moderators.RoleIDs,
		AuditChannelID: d.AuditChannelID,
		Log:            a.log,
		Observer:       m,
		// Replicas share the corpus folder, and so the uploads waiting
		// for Confirm; hidden, so neither read as articles nor watched.
		PendingDir: filepath.Join(a.cfg.Corpus.Dir, ".pending"),
	}
	if len(a.cfg.Sources.AttachmentHosts) > 0 {
		mod.AttachmentHosts = a.cfg.Sources.AttachmentHosts
	}
	modCmds, err := bot.ModeratorCommands(mod)
	if err != nil {
		return err
	}

	opts := bot.Options{
		Engine:             l,
		Log:                a.log,
		GuildIDs:           d.GuildIDs,
		QuestionsPerMinute: a.cfg.Limits.QuestionsPerMinute,
		MaxPassages:        a.cfg.Answer.MaxPassages,
		Extra:              modCmds,
		APIURL:             d.APIURL,
		HTTPOnly:           !d.Gateway(),
		Observer:           m,
	}
	if d.PublicKey != "" {
		if opts.PublicKey, err = bot.ParsePublicKey(d.PublicKey); err != nil {
			return err
		}
	}
	if err := a.sessions(ctx, &opts, m); err != nil {
		return err
	}
	b, err := bot.New(opts)
	if err != nil {
		return err
	}
	svc.setBot(b)

	if watch, _ := cmd.Flags().GetBool("watch"); watch {
		reindex := func(ctx context.Context) error {
			start := time.Now()
			sum, err := l.Reindex(ctx, "corpus watcher", corpusLoader(a), nil)
			m.Reindex("watch", bot.ReindexResult(sum, err), time.Since(start))
			if err == nil {
				log.Info("reindexed after a corpus change", "documents", sum.Documents, "passages", sum.Passages,
					"unchanged", sum.Unchanged, "duration", sum.Duration)
			}
			return err
		}
		go func() {
			if err := watchCorpus(ctx, a.cfg.Corpus.Dir, 0, reindex, a.log); err != nil {
				log.Error("corpus watcher stopped", "err", err)
			}
		}()
		if every := a.cfg.Corpus.Poll(); every > 0 {
			go pollCorpus(ctx, a.cfg.Corpus.Dir, every, reindex, log)
		}
		go watchIndex(ctx, indexCheckEvery, l.Check, log)
		// The watcher keeps the index in step with the folder: `talksbot
		// ask` beside this bot may ask it instead of reading the folder.
		if path, ok := localask.Socket(dataDir, a.cfg.Corpus.Dir); ok {
			go func() {
				if err := localask.Serve(ctx, path, localAnswerer(l.Ask), log); err != nil {
					log.Warn("talksbot ask will read the corpus folder itself", "err", err)
				}
			}()
		}
	}

	log.Info("starting", "mode", d.Mode, "documents", eng.Stats().Documents, "corpus", a.cfg.Corpus.Dir,
		"guilds", len(d.GuildIDs), "shards", len(opts.Gateways), "version", versionLine())
	if err := b.Run(ctx); err != nil {
		return err
	}
	log.Info("stopped")
	return nil
}

// testHookBeforeIndexOpen, when set, runs after the listeners are up and
// before the corpus is read and the index opened (tests check /readyz
// there).
var testHookBeforeIndexOpen func()

// sessions builds the Discord sessions: one for REST (and, with the
// gateway, shard 0 or the one configured shard), plus one per further
// shard this process runs. discord.shard_count auto asks Discord.
func (a *app) sessions(ctx context.Context, opts *bot.Options, m *metrics.Metrics) error {
	d := a.cfg.Discord
	so := bot.SessionOptions{APIURL: d.APIURL, Log: a.log, Observer: m}
	if d.Gateway() {
		count, id := d.Shards()
		if count == 0 { // auto
			probe, err := bot.NewSession(d.Token, d.APIURL, nil, a.log)
			if err != nil {
				return err
			}
			gb, err := bot.RecommendedShards(ctx, probe, a.log)
			if err != nil {
				return err
			}
			count, opts.MaxConcurrency = gb.Shards, gb.MaxConcurrency
			a.log.Info("Discord recommends shards", "shards", count, "max_concurrency", gb.MaxConcurrency)
		}
		so.ShardCount = count
		if id >= 0 {
			so.Shards = []int{id}
		}
	}
	sessions, err := bot.NewSessions(d.Token, so)
	if err != nil {
		return err
	}
	opts.Session = sessions[0]
	for _, s := range sessions {
		opts.Gateways = append(opts.Gateways, s)
	}
	return nil
}
