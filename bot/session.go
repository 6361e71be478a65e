package bot

import (
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
	token = strings.TrimSpace(token)
	if token == "" {
		return nil, ErrNoToken
	}
	if !strings.HasPrefix(token, "Bot ") {
		token = "Bot " + token
	}
	s, err := discordgo.New(token)
	if err != nil {
		return nil, fmt.Errorf("bot: new session: %w", err)
	}
	client, err := NewHTTPClient(apiURL, transport)
	if err != nil {
		return nil, err
	}
	client.Timeout = s.Client.Timeout
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	client.Transport = newRESTLimiter(client.Transport, log.With("component", "bot"))
	s.Client = client
	s.Identify.Intents = Intents
	s.ShouldRetryOnRateLimit = false
	// The bot reads nothing from discordgo's state cache, and the cache
	// rewrites the READY event's guilds in place while handlers read them.
	s.StateEnabled = false
	s.ShouldReconnectOnError = true
	s.LogLevel = discordgo.LogWarning
	return s, nil
}
