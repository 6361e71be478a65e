package bot

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"strings"

	"github.com/bwmarrin/discordgo"
)

// ErrNoToken is returned by NewSession without a token.
var ErrNoToken = errors.New("bot: no Discord token")

// Intents are the gateway intents the bot asks for: guild messages (to see
// mentions) and direct messages. Neither is privileged: Discord includes
// the content of a message that mentions the bot, and of DMs, without the
// Message Content intent.
const Intents = discordgo.IntentsGuilds | discordgo.IntentsGuildMessages | discordgo.IntentsDirectMessages

// NewSession builds a discordgo session for token (with or without the
// "Bot " prefix) whose REST calls and gateway lookup go to apiURL (""
// means Discord). transport, when non-nil, carries the HTTP requests (tests
// pass the test server's). Rate limits are handled by a restLimiter
// between discordgo and the network, not by discordgo (see restlimit.go);
// it logs them to log (nil: nowhere).
func NewSession(token, apiURL string, transport http.RoundTripper, log *slog.Logger) (*discordgo.Session, error) {
	ss, err := NewSessions(token, SessionOptions{APIURL: apiURL, Transport: transport, Log: log})
	if err != nil {
		return nil, err
	}
	return ss[0], nil
}

// SessionOptions configure NewSessions.
type SessionOptions struct {
	// APIURL is where REST calls and the gateway lookup go; "" means
	// Discord.
	APIURL string
	// Transport carries the HTTP requests; nil means the default.
	Transport http.RoundTripper
	// Log receives rate-limit warnings; nil means nowhere.
	Log *slog.Logger
	// Observer counts REST errors and 429s; nil means NopObserver.
	Observer Observer
	// ShardCount is how many shards the bot's guilds are split into (0
	// and 1: no sharding); Shards are the ones this process runs, nil
	// for all of 0..ShardCount-1.
	ShardCount int
	Shards     []int
}

// NewSessions builds one session per shard this process runs, in the
// order of o.Shards. Their REST calls share one HTTP client, and so one
// rate limiter: Discord's limits are per bot, not per connection. The
// first session is the one to use for REST (Options.Session), all of them
// are Options.Gateways.
func NewSessions(token string, o SessionOptions) ([]*discordgo.Session, error) {
	token = strings.TrimSpace(token)
	if token == "" {
		return nil, ErrNoToken
	}
	if !strings.HasPrefix(token, "Bot ") {
		token = "Bot " + token
	}
	count := max(o.ShardCount, 1)
	shards := o.Shards
	if shards == nil {
		for id := range count {
			shards = append(shards, id)
		}
	}
	if len(shards) == 0 {
		return nil, errors.New("bot: no shards to run")
	}
	for _, id := range shards {
		if id < 0 || id >= count {
			return nil, fmt.Errorf("bot: shard %d: want 0 to %d", id, count-1)
		}
	}
	client, err := NewHTTPClient(o.APIURL, o.Transport)
	if err != nil {
		return nil, err
	}
	log := o.Log
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	obs := o.Observer
	if obs == nil {
		obs = NopObserver{}
	}
	limiter := newRESTLimiter(client.Transport, log.With("component", "bot"))
	limiter.obs = obs
	client.Transport = limiter
	out := make([]*discordgo.Session, 0, len(shards))
	for _, id := range shards {
		s, err := discordgo.New(token)
		if err != nil {
			return nil, fmt.Errorf("bot: new session: %w", err)
		}
		if client.Timeout == 0 {
			client.Timeout = s.Client.Timeout
		}
		s.Client = client
		s.Identify.Intents = Intents
		s.ShardID, s.ShardCount = id, count
		s.ShouldRetryOnRateLimit = false
		// The bot reads nothing from discordgo's state cache, and the cache
		// rewrites the READY event's guilds in place while handlers read them.
		s.StateEnabled = false
		s.ShouldReconnectOnError = true
		s.LogLevel = discordgo.LogWarning
		out = append(out, s)
	}
	return out, nil
}

// GatewayBot is what Discord recommends for the bot's gateway: how many
// shards to run and how many may identify at once.
type GatewayBot struct {
	Shards         int
	MaxConcurrency int
}

// RecommendedShards asks Discord (GET /gateway/bot) how many shards the
// bot should run (discord.shard_count auto), with s's token and API URL.
// Failures that may pass are retried with backoff until ctx ends; a
// refused token fails at once, saying what to do.
func RecommendedShards(ctx context.Context, s *discordgo.Session, log *slog.Logger) (GatewayBot, error) {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	b := &Bot{log: log.With("component", "bot"), opts: Options{ConnectBackoff: defaultConnectBackoff}}
	var gb GatewayBot
	err := b.retry(ctx, "ask Discord how many shards to run", func() error {
		r, err := s.GatewayBot(discordgo.WithContext(ctx))
		if err != nil {
			return err
		}
		gb = GatewayBot{Shards: max(r.Shards, 1), MaxConcurrency: max(r.SessionStartLimit.MaxConcurrency, 1)}
		return nil
	})
	return gb, err
}
