package discordtest

import (
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/gorilla/websocket"
)

// Identifiers of the fixtures every Server starts with. They are fixed so
// golden files and log lines stay stable between runs.
const (
	DefaultToken     = "test-token-not-a-secret"
	AppID            = "1100000000000000001" // also the bot user's id, as for new Discord apps
	BotName          = "talksbot"
	GuildID          = "1200000000000000001"
	ChannelID        = "1300000000000000001" // a text channel in GuildID
	UserID           = "1400000000000000001" // "alice", the default member
	OtherUserID      = "1400000000000000002" // "bob"
	defaultGuildName = "Peace Talks Watchers"
)

// MemberPermissions is what @everyone typically holds in a community guild:
// view channels, send messages, embed links, attach files, read history,
// use application commands. It has no Manage Server (0x20).
const MemberPermissions int64 = discordgo.PermissionViewChannel |
	discordgo.PermissionSendMessages | discordgo.PermissionEmbedLinks |
	discordgo.PermissionAttachFiles | discordgo.PermissionReadMessageHistory |
	discordgo.PermissionUseSlashCommands

// Options configure a Server. The zero value is ready to use.
type Options struct {
	// Token is the bot token the server accepts, as "Bot "+Token.
	// Default DefaultToken.
	Token string
	// GuildIDs are the guilds the bot is in (GUILD_CREATE is sent for
	// each after READY). Default [GuildID].
	GuildIDs []string
	// HeartbeatInterval is announced in HELLO. Default 41.25 s, Discord's:
	// discordgo sends one heartbeat at once and then one per interval, and
	// a short interval makes discordgo's own close/heartbeat race (a
	// heartbeat written after Close starts a reconnect loop) likely.
	HeartbeatInterval time.Duration
	// CallbackDeadline is how long after dispatch an interaction callback is
	// still accepted (Discord: 3 s). Negative disables the check.
	CallbackDeadline time.Duration
	// RetryAfter is what a 429 from FailNext asks the client to wait.
	// Default 50 ms.
	RetryAfter time.Duration
	// AllowPrivilegedIntents accepts IDENTIFY with Guild Members, Guild
	// Presences or Message Content, as for an app approved for them.
	// By default they are refused with close code 4014 like an unapproved app.
	AllowPrivilegedIntents bool
	// Verbose logs one line per request and gateway event with t.Logf.
	Verbose bool
	// Shards is the shard count GET /gateway/bot recommends, and the
	// fewest a bot may identify with (fewer is closed with 4011 Sharding
	// required, as Discord does once a bot is in too many guilds).
	// Default 1.
	Shards int
	// SigningKey is the application's key pair: HTTP-delivered
	// interactions are signed with it (UseInteractionsEndpoint) and the
	// application object reports its public half as verify_key. Default a
	// key generated for the server.
	SigningKey ed25519.PrivateKey
}

// ErrRejected is returned when the server refused what the bot sent for an
// interaction or message (the reason is in the error and in Request.Err).
var ErrRejected = errors.New("discordtest: rejected")

// Server is a running Discord-compatible server. Its methods are safe for
// concurrent use.
type Server struct {
	t        testing.TB
	opts     Options
	http     *httptest.Server
	mux      *http.ServeMux
	handlers map[string]handler
	upgrader websocket.Upgrader
	ids      idGen

	mu           sync.Mutex
	changed      chan struct{}
	closed       bool
	requests     []Request
	faults       []*fault
	globalUntil  time.Time              // end of a global rate limit (RateLimitNext)
	dmsClosed    map[string]bool        // users who do not accept DMs from the bot
	reactions    map[string][]string    // message id -> emoji the bot added
	commands     map[string]*commandSet // by guild id; "" is global
	interactions map[string]*interactionState
	messages     map[string]*storedMessage // by message id
	msgOrder     []string                  // message ids in creation order
	channels     map[string]*discordgo.Channel
	dmChannels   map[string]string // user id -> DM channel id
	users        map[string]*discordgo.User
	attachments  map[string]Attachment // by id
	files        map[string][]byte     // attachment id -> content
	members      map[string]member     // "guild/user"
	userMessages map[string]*discordgo.Message
	gateway      gatewayState
	endpoint     string // interactions endpoint URL; "" delivers over the gateway
}

// NewServer starts a server on 127.0.0.1 and stops it when the test ends.
// Close a discordgo Session before the test ends (register its cleanup after
// NewServer) or it will keep trying to reconnect.
func NewServer(t testing.TB, o Options) *Server {
	t.Helper()
	if o.Token == "" {
		o.Token = DefaultToken
	}
	if len(o.GuildIDs) == 0 {
		o.GuildIDs = []string{GuildID}
	}
	if o.HeartbeatInterval <= 0 {
		o.HeartbeatInterval = 41250 * time.Millisecond
	}
	if o.CallbackDeadline == 0 {
		o.CallbackDeadline = 3 * time.Second
	}
	if o.RetryAfter <= 0 {
		o.RetryAfter = 50 * time.Millisecond
	}
	if o.SigningKey == nil {
		_, key, err := ed25519.GenerateKey(rand.Reader)
		if err != nil {
			t.Fatalf("discordtest: signing key: %v", err)
		}
		o.SigningKey = key
	}
	s := &Server{
		t:            t,
		opts:         o,
		changed:      make(chan struct{}),
		commands:     map[string]*commandSet{},
		interactions: map[string]*interactionState{},
		messages:     map[string]*storedMessage{},
		channels:     map[string]*discordgo.Channel{},
		dmChannels:   map[string]string{},
		users:        map[string]*discordgo.User{},
		attachments:  map[string]Attachment{},
		files:        map[string][]byte{},
		members:      map[string]member{},
		userMessages: map[string]*discordgo.Message{},
		dmsClosed:    map[string]bool{},
		reactions:    map[string][]string{},
	}
	s.gateway.sessions = map[string]*gwSession{}
	s.gateway.shards = map[int]*gwSession{}
	s.gateway.routed = map[int][]string{}
	s.gateway.conns = map[*wsConn]struct{}{}
	s.users[AppID] = &discordgo.User{ID: AppID, Username: BotName, Discriminator: "0", Bot: true}
	s.users[UserID] = &discordgo.User{ID: UserID, Username: "alice", GlobalName: "Alice", Discriminator: "0"}
	s.users[OtherUserID] = &discordgo.User{ID: OtherUserID, Username: "bob", GlobalName: "Bob", Discriminator: "0"}
	for i, g := range o.GuildIDs {
		ch := ChannelID
		if i > 0 {
			ch = s.ids.next()
		}
		s.channels[ch] = &discordgo.Channel{ID: ch, GuildID: g, Name: "peace-talks", Type: discordgo.ChannelTypeGuildText}
	}
	s.routes()
	s.http = httptest.NewServer(http.HandlerFunc(s.serveHTTP))
	t.Cleanup(s.close)
	return s
}

// URL is the base URL that replaces https://discord.com/ (with a trailing
// slash, like discord.api_url).
func (s *Server) URL() string { return s.http.URL + "/" }

// Token is the bot token the server accepts (send it as "Bot "+Token).
func (s *Server) Token() string { return s.opts.Token }

// BotUser is the bot's user, as READY reports it.
func (s *Server) BotUser() *discordgo.User {
	s.mu.Lock()
	defer s.mu.Unlock()
	u := *s.users[AppID]
	return &u
}

// BotMention is how a message mentions the bot: "<@id>".
func (s *Server) BotMention() string { return "<@" + AppID + ">" }

// Client returns an http.Client that sends discordgo's REST calls here.
func (s *Server) Client() *http.Client {
	return &http.Client{Transport: Transport(s.URL(), nil), Timeout: 20 * time.Second}
}

// close stops the server and every gateway connection.
func (s *Server) close() {
	s.mu.Lock()
	s.closed = true
	conns := make([]*wsConn, 0, len(s.gateway.conns))
	for c := range s.gateway.conns {
		conns = append(conns, c)
	}
	s.notifyLocked()
	s.mu.Unlock()
	for _, c := range conns {
		c.close(websocket.CloseGoingAway, "test server closing")
	}
	s.http.Close()
}

// notifyLocked wakes every waiter; call with s.mu held after any change.
func (s *Server) notifyLocked() {
	close(s.changed)
	s.changed = make(chan struct{})
}

// waitFor blocks until cond (called with s.mu held) is true or ctx ends.
func (s *Server) waitFor(ctx context.Context, what string, cond func() bool) error {
	for {
		s.mu.Lock()
		ok, ch, closed := cond(), s.changed, s.closed
		s.mu.Unlock()
		if ok {
			return nil
		}
		if closed {
			return fmt.Errorf("discordtest: wait for %s: server closed", what)
		}
		select {
		case <-ch:
		case <-ctx.Done():
			return fmt.Errorf("discordtest: wait for %s: %w", what, ctx.Err())
		}
	}
}

func (s *Server) logf(format string, args ...any) {
	if s.opts.Verbose {
		s.t.Logf("discordtest: "+format, args...)
	}
}

// discordError is Discord's JSON error body.
type discordError struct {
	Message string         `json:"message"`
	Code    int            `json:"code"`
	Errors  map[string]any `json:"errors,omitempty"`
	why     string         // the detail recorded in Request.Err
}

func mustJSON(v any) json.RawMessage {
	b, err := json.Marshal(v)
	if err != nil {
		panic("discordtest: marshal: " + err.Error())
	}
	return b
}

// Transport returns a RoundTripper that sends every request for
// https://discord.com/ to base instead (keeping path and query) and passes
// anything else through unchanged; next nil means http.DefaultTransport.
// It is a dozen lines so that production code honouring discord.api_url can
// copy it instead of importing a test package.
func Transport(base string, next http.RoundTripper) http.RoundTripper {
	if next == nil {
		next = http.DefaultTransport
	}
	return rewriter{base: strings.TrimSuffix(base, "/"), next: next}
}

type rewriter struct {
	base string
	next http.RoundTripper
}

func (rw rewriter) RoundTrip(r *http.Request) (*http.Response, error) {
	if r.URL.Scheme != "https" || r.URL.Host != "discord.com" {
		return rw.next.RoundTrip(r)
	}
	u, err := r.URL.Parse(rw.base + r.URL.EscapedPath())
	if err != nil {
		return nil, fmt.Errorf("discordtest: rewrite %s: %w", r.URL.Path, err)
	}
	u.RawQuery = r.URL.RawQuery
	r2 := r.Clone(r.Context())
	r2.URL = u
	r2.Host = u.Host
	return rw.next.RoundTrip(r2)
}
