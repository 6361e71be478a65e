package bot

import (
	"context"
	"encoding/hex"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/gorilla/websocket"
)

// Errors Run returns when Discord refuses the bot; the message says what
// to do about it.
var (
	// ErrBadToken: Discord does not accept the bot token (HTTP 401, or
	// gateway close code 4004).
	ErrBadToken = errors.New("bot: Discord refused the bot token")
	// ErrMissingAccess: registering commands in a guild was refused with
	// 403 Missing Access (code 50001).
	ErrMissingAccess = errors.New("bot: Discord refused access to a server")
)

// InvitePermissions are the bot's permissions in an invite: View Channels,
// Send Messages, Send Messages in Threads, Embed Links and Read Message
// History (docs/discord.md).
const InvitePermissions = 274877991936

// InviteURL is the link that adds the bot to a server with the scopes it
// needs: bot and applications.commands.
func InviteURL(appID string) string {
	return fmt.Sprintf("https://discord.com/oauth2/authorize?client_id=%s&scope=bot+applications.commands&permissions=%d",
		url.QueryEscape(appID), InvitePermissions)
}

// Connection retries back off from Options.ConnectBackoff, doubling up to
// maxConnectBackoff. Shards identify in batches of Options.MaxConcurrency,
// defaultIdentifyInterval apart (Discord's session start limit).
const (
	defaultConnectBackoff   = time.Second
	maxConnectBackoff       = time.Minute
	defaultIdentifyInterval = 5 * time.Second
)

// connectAll opens every gateway connection, a batch of MaxConcurrency
// shards at a time with IdentifyInterval between batches.
func (b *Bot) connectAll(ctx context.Context) error {
	for i, g := range b.gateways {
		if i > 0 && i%b.opts.MaxConcurrency == 0 {
			t := time.NewTimer(b.opts.IdentifyInterval)
			select {
			case <-ctx.Done():
				t.Stop()
				return ctx.Err()
			case <-t.C:
			}
		}
		what := "connect"
		if len(b.gateways) > 1 {
			what = fmt.Sprintf("connect shard %d", b.shardID(i))
		}
		if err := b.retry(ctx, what, g.Open); err != nil {
			return err
		}
	}
	return nil
}

// ErrWrongPublicKey: discord.public_key is not the application's, so
// every HTTP interaction would be refused as badly signed.
var ErrWrongPublicKey = errors.New("bot: discord.public_key is not this application's public key")

// lookupApplication learns the application's id over REST (an HTTP-only
// bot gets no READY) and checks the configured public key against the
// one Discord signs with.
func (b *Bot) lookupApplication(ctx context.Context) error {
	var app *discordgo.Application
	err := b.retry(ctx, "look up the application", func() error {
		var err error
		app, err = b.discord.Application("@me")
		if err == nil && (app == nil || app.ID == "") {
			err = errors.New("bot: the application lookup returned no id")
		}
		return err
	})
	if err != nil {
		return err
	}
	b.appID.Store(app.ID)
	if len(b.opts.PublicKey) > 0 && app.VerifyKey != "" && !strings.EqualFold(app.VerifyKey, hex.EncodeToString(b.opts.PublicKey)) {
		return fmt.Errorf("%w: Discord says the application's key is %s. Copy it from "+
			"https://discord.com/developers/applications → the application → General Information → Public Key "+
			"into discord.public_key (or TALKSBOT_DISCORD_PUBLIC_KEY)", ErrWrongPublicKey, app.VerifyKey)
	}
	return nil
}

// retry calls f, retrying with backoff while the failure may pass
// (network errors, 5xx, a rate limit, a dropped handshake) and failing at
// once, with what to do, when it will not (a refused token).
func (b *Bot) retry(ctx context.Context, what string, f func() error) error {
	wait := b.opts.ConnectBackoff
	for attempt := 1; ; attempt++ {
		err := f()
		if err == nil {
			if attempt > 1 {
				b.log.Info("connected to Discord", "api", b.apiURL(), "attempts", attempt, "doing", what)
			}
			return nil
		}
		err = scrubURL(err)
		if !transient(err) {
			return b.explain(err, what)
		}
		b.log.Warn("cannot connect to Discord; retrying", "api", b.apiURL(), "doing", what, "attempt", attempt, "retry_in", wait, "err", err)
		t := time.NewTimer(wait)
		select {
		case <-ctx.Done():
			t.Stop()
			return ctx.Err()
		case <-t.C:
		}
		wait = min(2*wait, maxConnectBackoff)
	}
}

// transient reports whether an error from opening the gateway may pass
// by itself.
func transient(err error) bool {
	var rest *discordgo.RESTError
	if errors.As(err, &rest) && rest.Response != nil {
		code := rest.Response.StatusCode
		return code >= 500 || code == http.StatusTooManyRequests || code == http.StatusRequestTimeout
	}
	var ce *websocket.CloseError
	if errors.As(err, &ce) {
		// Discord: 4004 bad token; 4010-4014 bad shard, sharding
		// required, bad API version, bad or disallowed intents. Retrying
		// cannot fix those.
		return ce.Code != 4004 && (ce.Code < 4010 || ce.Code > 4014)
	}
	// Network errors (refused, reset, timed out, DNS), a failed websocket
	// handshake, a rate limit, an unexpected first packet: worth another
	// try.
	return !errors.Is(err, discordgo.ErrUnauthorized)
}

// apiURL is where the session's REST calls go, for messages.
func (b *Bot) apiURL() string {
	if b.opts.APIURL == "" {
		return discordBase
	}
	return b.opts.APIURL
}

// explain turns a refused token into an error that says what went wrong
// in words, where (the configured API URL) and what to do, instead of an
// HTTP status and a JSON body; other errors only gain where.
func (b *Bot) explain(err error, doing string) error {
	status, code, msg := restDetails(err)
	var ce *websocket.CloseError
	switch {
	case status == http.StatusUnauthorized || errors.Is(err, discordgo.ErrUnauthorized) || (errors.As(err, &ce) && ce.Code == 4004):
		return fmt.Errorf("%w while trying to %s at %s (%s): it is mistyped, or was reset. "+
			"Open https://discord.com/developers/applications, choose the application → Bot → Reset Token, "+
			"and give talksbot the new token (TALKSBOT_DISCORD_TOKEN or discord.token_file)",
			ErrBadToken, doing, b.apiURL(), describe(status, code, msg, err))
	}
	// Anything else keeps Discord's answer whole (a 400's body names the
	// field it refused), for whoever reads the log.
	return fmt.Errorf("bot: %s at %s: %w", doing, b.apiURL(), err)
}

// explainGuild is explain for a call about one guild, which a 403 Missing
// Access means the bot cannot use.
func (b *Bot) explainGuild(err error, doing, guild string) error {
	status, code, msg := restDetails(err)
	if status == http.StatusForbidden && (code == 50001 || code == 0) {
		appID, _ := b.appID.Load().(string)
		return fmt.Errorf("%w: %s in guild %s at %s (%s): the bot is not in that server, "+
			"or was invited without the applications.commands scope. Invite it with %s "+
			"(scopes bot and applications.commands), or remove %s from discord.guild_ids",
			ErrMissingAccess, doing, guild, b.apiURL(), describe(status, code, msg, err), InviteURL(appID), guild)
	}
	return b.explain(err, doing+" in guild "+guild)
}

// restDetails returns the HTTP status, Discord's error code and message of
// a REST error; status 0 when err is not one.
func restDetails(err error) (status, code int, msg string) {
	var rest *discordgo.RESTError
	if !errors.As(err, &rest) || rest.Response == nil {
		return 0, 0, ""
	}
	if rest.Message != nil {
		code, msg = rest.Message.Code, rest.Message.Message
	}
	return rest.Response.StatusCode, code, msg
}

// describe says what Discord answered in a few words: "HTTP 403
// Forbidden: Missing Access (code 50001)".
func describe(status, code int, msg string, err error) string {
	if status == 0 {
		var ce *websocket.CloseError
		if errors.As(err, &ce) {
			return fmt.Sprintf("gateway closed with code %d %s", ce.Code, strings.TrimSpace(ce.Text))
		}
		return err.Error()
	}
	s := fmt.Sprintf("HTTP %d %s", status, http.StatusText(status))
	if msg != "" && !strings.HasPrefix(msg, fmt.Sprint(status)) {
		s += ": " + msg
	}
	if code != 0 {
		s += fmt.Sprintf(" (code %d)", code)
	}
	return s
}
