package bot

import (
	"context"
	"crypto/ed25519"
	"errors"
	"fmt"
	"log/slog"
	"slices"
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

	// HTTPOnly runs the bot without the gateway websocket (discord.mode
	// http): interactions arrive through InteractionsHandler only, and
	// there are no mentions or DMs. Run looks the application up over
	// REST instead of waiting for READY, to register the commands.
	HTTPOnly bool
	// Gateways are the gateway connections, one per shard this process
	// runs (NewSessions builds them); nil means Session alone. REST calls
	// all go through Session.
	Gateways []Discord
	// IdentifyInterval is how long Discord wants between a shard's
	// IDENTIFY and the next batch's; MaxConcurrency is how many shards
	// may identify at once (session_start_limit.max_concurrency from GET
	// /gateway/bot). 0 means 5 s and 1.
	IdentifyInterval time.Duration
	MaxConcurrency   int
	// PublicKey is the application's Ed25519 public key: what
	// InteractionsHandler checks signatures against (see ParsePublicKey),
	// and, when set, checked at start-up against the key Discord reports
	// for the application.
	PublicKey ed25519.PublicKey
	// Observer is told about every interaction, no-answer, REST error,
	// rate limit and reconnect (metrics); nil means NopObserver.
	Observer Observer
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
	obs      Observer
	gateways []Discord

	// hard ends what is still in flight once the shutdown's grace period
	// is over (see detach).
	hard     context.Context
	hardStop context.CancelFunc

	botID  atomic.Value  // string: the bot user's id, from READY
	appID  atomic.Value  // string: the application's id, from READY
	guilds atomic.Value  // []string: the guilds the bot is in, from READY
	ready  chan struct{} // closed once every shard has had its READY
	once   sync.Once

	shardMu    sync.Mutex
	readied    map[int]bool // gateway index → READY seen
	connects   []int        // per gateway: connections made
	up         []bool       // per gateway: connected now
	registered atomic.Bool  // commands registered: Run is serving

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
	if opts.IdentifyInterval <= 0 {
		opts.IdentifyInterval = defaultIdentifyInterval
	}
	if opts.MaxConcurrency <= 0 {
		opts.MaxConcurrency = 1
	}
	if opts.Observer == nil {
		opts.Observer = NopObserver{}
	}
	if opts.Gateways == nil {
		opts.Gateways = []Discord{opts.Session}
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
		obs:      opts.Observer,
		gateways: opts.Gateways,
		readied:  map[int]bool{},
		connects: make([]int, len(opts.Gateways)),
		up:       make([]bool, len(opts.Gateways)),
	}
	b.hard, b.hardStop = context.WithCancel(context.Background())
	if b.now == nil {
		b.now = time.Now
	}
	b.answers = &answers{engine: opts.Engine, perPage: opts.MaxPassages, obs: opts.Observer, talks: newTalks(b.now)}
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
// With the gateway it opens every shard's connection (a batch of
// MaxConcurrency shards every IdentifyInterval) and waits for their
// READY; with HTTPOnly it looks the application up over REST instead.
// A first connection that fails for a reason that may pass (network
// errors, 5xx) is retried with backoff until ctx ends; a refused token
// (ErrBadToken) or a guild the bot cannot register in (ErrMissingAccess)
// ends Run at once with what to do about it.
func (b *Bot) Run(ctx context.Context) error {
	if b.opts.HTTPOnly {
		if err := b.lookupApplication(ctx); err != nil {
			if ctx.Err() != nil { // stopped while looking
				return nil
			}
			return err
		}
	} else {
		defer b.listen()()
		if len(b.opts.PublicKey) > 0 {
			// Both gateway and HTTP: check the key before connecting.
			if err := b.lookupApplication(ctx); err != nil {
				if ctx.Err() != nil {
					return nil
				}
				return err
			}
		}
		if err := b.connectAll(ctx); err != nil {
			if ctx.Err() != nil { // stopped while connecting
				b.shutdown()
				return nil
			}
			b.shutdown()
			return err
		}
		select {
		case <-b.ready:
		case <-ctx.Done():
			b.shutdown()
			return nil
		}
	}
	if err := b.Register(ctx); err != nil {
		b.shutdown()
		if ctx.Err() != nil { // stopped while registering
			return nil
		}
		return err
	}
	b.registered.Store(true)
	b.log.Info("bot ready", "commands", len(b.commands), "guilds", len(b.opts.GuildIDs),
		"gateway", !b.opts.HTTPOnly, "shards", len(b.gateways))
	<-ctx.Done()
	b.shutdown()
	return nil
}

// listen adds the bot's handlers to every gateway connection and returns
// what removes them.
func (b *Bot) listen() func() {
	var removers []func()
	for i, g := range b.gateways {
		removers = append(removers,
			g.AddHandler(func(_ *discordgo.Session, r *discordgo.Ready) { b.onReady(i, r) }),
			g.AddHandler(func(_ *discordgo.Session, _ *discordgo.Connect) { b.onConnect(i) }),
			g.AddHandler(func(_ *discordgo.Session, _ *discordgo.Resumed) { b.setUp(i, true) }),
			g.AddHandler(func(_ *discordgo.Session, _ *discordgo.Disconnect) { b.setUp(i, false) }),
			g.AddHandler(b.onInteractionCreate),
			g.AddHandler(b.onMessageCreate),
		)
	}
	return func() {
		for _, r := range removers {
			r()
		}
	}
}

// Ready reports whether the bot is serving: its commands registered and,
// with the gateway, every shard connected. It is false again from the
// start of shutdown. /readyz reports it.
func (b *Bot) Ready() bool {
	b.mu.Lock()
	closing := b.closing
	b.mu.Unlock()
	if closing || !b.registered.Load() {
		return false
	}
	if b.opts.HTTPOnly {
		return true
	}
	b.shardMu.Lock()
	defer b.shardMu.Unlock()
	for _, up := range b.up {
		if !up {
			return false
		}
	}
	return true
}

// Stopping reports whether shutdown has begun: new interactions get a
// "restarting" note, and a load balancer should stop sending any.
func (b *Bot) Stopping() bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.closing
}

// shardID is the shard a gateway connection runs, for metrics.
func (b *Bot) shardID(i int) int {
	if s, ok := b.gateways[i].(*discordgo.Session); ok {
		return s.ShardID
	}
	return i
}

func (b *Bot) onConnect(i int) {
	b.shardMu.Lock()
	b.connects[i]++
	again := b.connects[i] > 1
	b.up[i] = true
	b.shardMu.Unlock()
	if again {
		b.obs.GatewayReconnect(b.shardID(i))
	}
}

func (b *Bot) setUp(i int, up bool) {
	b.shardMu.Lock()
	defer b.shardMu.Unlock()
	b.up[i] = up
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
	if b.opts.HTTPOnly {
		return
	}
	for i, g := range b.gateways {
		if err := g.Close(); err != nil {
			b.log.Warn("shutdown: close session", "shard", b.shardID(i), "err", err)
		}
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

func (b *Bot) onReady(i int, r *discordgo.Ready) {
	if r == nil || r.User == nil {
		return
	}
	b.botID.Store(r.User.ID)
	appID := r.User.ID
	if r.Application != nil && r.Application.ID != "" {
		appID = r.Application.ID
	}
	b.appID.Store(appID)
	b.shardMu.Lock()
	defer b.shardMu.Unlock()
	// Each shard's READY lists its own guilds; the bot is in all of them.
	guilds, _ := b.guilds.Load().([]string)
	guilds = append([]string(nil), guilds...)
	for _, g := range r.Guilds {
		if g != nil && g.ID != "" && !slices.Contains(guilds, g.ID) {
			guilds = append(guilds, g.ID)
		}
	}
	b.guilds.Store(guilds)
	b.readied[i] = true
	b.up[i] = true
	if len(b.readied) == len(b.gateways) {
		b.once.Do(func() { close(b.ready) })
	}
}
