package bot

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/bwmarrin/discordgo"
)

// Options configure a Bot.
type Options struct {
	// Session is the Discord connection (a *discordgo.Session from
	// NewSession in production).
	Session Discord
	// Engine answers questions.
	Engine Answerer
	Log    *slog.Logger
	// GuildIDs, when set, registers the commands in these guilds (instant)
	// instead of globally (which Discord propagates slowly).
	GuildIDs []string
	// QuestionsPerMinute limits each user's questions; 0 means no limit.
	QuestionsPerMinute int
	// MaxPassages is how many quotes and passages one page of an answer
	// shows; 0, or more than 3 (a phone screen), means 3. A page also
	// ends at 1,200 characters of text.
	MaxPassages int
	// Extra are commands added by other parts of the bot (e.g. moderator
	// commands); they are registered and dispatched like the built-in ones.
	Extra []Command
	// DeferAfter is how long the dispatcher waits for a handler before it
	// defers the reply; 0 means 1.5 s (Discord allows 3 s).
	DeferAfter time.Duration
	// Timeout bounds a handler; 0 means 30 s.
	Timeout time.Duration
	// DrainTimeout bounds how long shutdown waits for in-flight replies
	// (the grace period); what is still running then is cancelled. 0 means
	// 20 s.
	DrainTimeout time.Duration
	// Now is the clock (for the rate limit and forgetting interaction
	// ids); nil means time.Now.
	Now func() time.Time
	// APIURL is where the session's REST calls go (discord.api_url), named
	// in connection errors; "" means Discord.
	APIURL string
	// ConnectBackoff is the first wait before retrying a failed connection
	// (network errors, 5xx); it doubles up to a minute. 0 means 1 s.
	ConnectBackoff time.Duration
}

// Bot answers Discord interactions, mentions and DMs.
type Bot struct {
	discord  Discord
	engine   Answerer
	log      *slog.Logger
	opts     Options
	commands []Command
	byName   map[string]*Command
	byPrefix map[string]Handler
	limiter  *limiter
	now      func() time.Time
	answers  *answers
	seen     *recent // interaction and message ids, against replays

	// hard ends what is still in flight once the shutdown's grace period
	// is over (see detach).
	hard     context.Context
	hardStop context.CancelFunc

	botID  atomic.Value // string: the bot user's id, from READY
	appID  atomic.Value // string: the application's id, from READY
	guilds atomic.Value // []string: the guilds the bot is in, from READY
	ready  chan struct{}
	once   sync.Once

	mu       sync.Mutex
	closing  bool
	inflight sync.WaitGroup
}

// New builds a bot with the built-in commands and opts.Extra. It fails on
// duplicate command names or component prefixes.
func New(opts Options) (*Bot, error) {
	if opts.Session == nil {
		return nil, errors.New("bot: no session")
	}
	if opts.Engine == nil {
		return nil, errors.New("bot: no engine")
	}
	if opts.Log == nil {
		opts.Log = slog.New(slog.DiscardHandler)
	}
	if opts.MaxPassages <= 0 {
		opts.MaxPassages = 3
	}
	if opts.DeferAfter <= 0 {
		opts.DeferAfter = 1500 * time.Millisecond
	}
	if opts.Timeout <= 0 {
		opts.Timeout = 30 * time.Second
	}
	if opts.DrainTimeout <= 0 {
		opts.DrainTimeout = 20 * time.Second
	}
	if opts.ConnectBackoff <= 0 {
		opts.ConnectBackoff = defaultConnectBackoff
	}
	b := &Bot{
		discord:  opts.Session,
		engine:   opts.Engine,
		log:      opts.Log.With("component", "bot"),
		opts:     opts,
		byName:   map[string]*Command{},
		byPrefix: map[string]Handler{},
		limiter:  newLimiter(opts.QuestionsPerMinute),
		now:      opts.Now,
		seen:     newRecent(),
		ready:    make(chan struct{}),
	}
	b.hard, b.hardStop = context.WithCancel(context.Background())
	if b.now == nil {
		b.now = time.Now
	}
	b.answers = &answers{engine: opts.Engine, perPage: opts.MaxPassages}
	b.commands = append(b.builtin(), opts.Extra...)
	for i := range b.commands {
		c := &b.commands[i]
		name := c.Name()
		if name == "" || c.Handle == nil {
			return nil, fmt.Errorf("bot: command %d has no definition or handler", i)
		}
		if b.byName[name] != nil {
			return nil, fmt.Errorf("bot: command %q defined twice", name)
		}
		b.byName[name] = c
		for prefix, h := range c.Components {
			if prefix == "" || strings.Contains(prefix, ":") {
				return nil, fmt.Errorf("bot: command %q: bad component prefix %q", name, prefix)
			}
			if b.byPrefix[prefix] != nil {
				return nil, fmt.Errorf("bot: component prefix %q used twice", prefix)
			}
			b.byPrefix[prefix] = h
		}
	}
	return b, nil
}

// Definitions are the command definitions the bot registers.
func (b *Bot) Definitions() []*discordgo.ApplicationCommand {
	defs := make([]*discordgo.ApplicationCommand, len(b.commands))
	for i, c := range b.commands {
		defs[i] = c.Definition
	}
	return defs
}

// Run connects, registers the commands, and answers until ctx is done;
// then it stops taking new work, waits for in-flight replies (at most
// Options.DrainTimeout, then cancels them) and closes the session. Closing
// the engine is the caller's job, after Run returns.
//
// A first connection that fails for a reason that may pass (network
// errors, 5xx) is retried with backoff until ctx ends; a refused token
// (ErrBadToken) or a guild the bot cannot register in (ErrMissingAccess)
// ends Run at once with what to do about it.
func (b *Bot) Run(ctx context.Context) error {
	removers := []func(){
		b.discord.AddHandler(b.onReady),
		b.discord.AddHandler(b.onInteractionCreate),
		b.discord.AddHandler(b.onMessageCreate),
	}
	defer func() {
		for _, r := range removers {
			r()
		}
	}()
	if err := b.connect(ctx); err != nil {
		if ctx.Err() != nil { // stopped while connecting
			return nil
		}
		return err
	}
	select {
	case <-b.ready:
	case <-ctx.Done():
		b.shutdown()
		return nil
	}
	if err := b.Register(ctx); err != nil {
		b.shutdown()
		if ctx.Err() != nil { // stopped while registering
			return nil
		}
		return err
	}
	b.log.Info("bot ready", "commands", len(b.commands), "guilds", len(b.opts.GuildIDs))
	<-ctx.Done()
	b.shutdown()
	return nil
}

func (b *Bot) shutdown() {
	b.mu.Lock()
	b.closing = true
	b.mu.Unlock()
	done := make(chan struct{})
	go func() { b.inflight.Wait(); close(done) }()
	grace := time.NewTimer(b.opts.DrainTimeout)
	defer grace.Stop()
	select {
	case <-done:
	case <-grace.C:
		b.log.Warn("shutdown: in-flight replies did not finish in time; stopping them", "waited", b.opts.DrainTimeout)
	}
	// Whatever is left (a reply waiting out a rate limit, a rebuild) is
	// cancelled, so nothing outlives the grace period.
	b.hardStop()
	if err := b.discord.Close(); err != nil {
		b.log.Warn("shutdown: close session", "err", err)
	}
}

// begin registers one unit of in-flight work; false once shutting down.
func (b *Bot) begin() bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.closing {
		return false
	}
	b.inflight.Add(1)
	return true
}

func (b *Bot) onReady(_ *discordgo.Session, r *discordgo.Ready) {
	if r == nil || r.User == nil {
		return
	}
	b.botID.Store(r.User.ID)
	appID := r.User.ID
	if r.Application != nil && r.Application.ID != "" {
		appID = r.Application.ID
	}
	b.appID.Store(appID)
	guilds := make([]string, 0, len(r.Guilds))
	for _, g := range r.Guilds {
		if g != nil && g.ID != "" {
			guilds = append(guilds, g.ID)
		}
	}
	b.guilds.Store(guilds)
	b.once.Do(func() { close(b.ready) })
}
