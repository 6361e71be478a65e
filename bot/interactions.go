package bot

import (
	"context"
	"crypto/ed25519"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/bwmarrin/discordgo"
)

// Limits of the HTTP interactions endpoint.
const (
	// DefaultMaxInteractionBody caps a request body. Discord's
	// interactions are a few kilobytes; the largest (a button on a long
	// message, with the message and resolved data) stay well under this.
	DefaultMaxInteractionBody = 1 << 20
	// DefaultMaxClockSkew is how far X-Signature-Timestamp may be from
	// now. Discord sends the interaction as it signs it; an older one is
	// a replay of a captured request.
	DefaultMaxClockSkew = 5 * time.Minute
)

// ParsePublicKey reads the application's public key as the Developer
// Portal shows it: 64 hex digits.
func ParsePublicKey(s string) (ed25519.PublicKey, error) {
	b, err := hex.DecodeString(strings.TrimSpace(s))
	if err != nil || len(b) != ed25519.PublicKeySize {
		return nil, errors.New("bot: public key: want 64 hex digits (Developer Portal → General Information → Public Key)")
	}
	return ed25519.PublicKey(b), nil
}

// InteractionsOptions tune the HTTP endpoint; the zero value is
// Discord's defaults.
type InteractionsOptions struct {
	// MaxBody caps a request body; 0 means DefaultMaxInteractionBody.
	MaxBody int64
	// MaxClockSkew bounds how old (or how far ahead) a request's
	// timestamp may be; 0 means DefaultMaxClockSkew.
	MaxClockSkew time.Duration
	// Refused, when set, is told why a request was refused before
	// anything was processed ("signature", "stale", "too_large",
	// "method", "malformed"), for metrics.
	Refused func(reason string)
}

// InteractionsHandler is POST /interactions: Discord's way of delivering
// interactions over HTTP instead of the gateway. A request is verified
// before anything else: the Ed25519 signature (X-Signature-Ed25519) of
// X-Signature-Timestamp followed by the body, against Options.PublicKey;
// a missing or bad signature, or a timestamp more than MaxClockSkew from
// now, is answered 401 with nothing processed or logged as handled
// (Discord probes new endpoints with bad signatures before it accepts
// them). Bodies over MaxBody are refused (413). PING is answered
// {"type":1}. Anything else goes through the same dispatcher as the
// gateway's interactions — the same handlers, rate limit, deadlines,
// panic recovery, log line and metrics — except that the first reply
// (types 4 to 9) is this request's response. Deferred work (a progress
// bar, a rebuild's summary) continues through the webhook routes with the
// bot token, as for the gateway.
func (b *Bot) InteractionsHandler(o InteractionsOptions) http.Handler {
	if o.MaxBody <= 0 {
		o.MaxBody = DefaultMaxInteractionBody
	}
	if o.MaxClockSkew <= 0 {
		o.MaxClockSkew = DefaultMaxClockSkew
	}
	if o.Refused == nil {
		o.Refused = func(string) {}
	}
	return &interactionsHandler{b: b, o: o}
}

type interactionsHandler struct {
	b *Bot
	o InteractionsOptions
}

func (h *interactionsHandler) refuse(w http.ResponseWriter, status int, reason, msg string) {
	h.o.Refused(reason)
	h.b.log.Debug("interaction request refused", "reason", reason)
	http.Error(w, msg, status)
}

func (h *interactionsHandler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost {
		w.Header().Set("Allow", http.MethodPost)
		h.refuse(w, http.StatusMethodNotAllowed, "method", "POST only")
		return
	}
	sig, err := hex.DecodeString(r.Header.Get("X-Signature-Ed25519"))
	ts := r.Header.Get("X-Signature-Timestamp")
	if err != nil || len(sig) != ed25519.SignatureSize || ts == "" || len(h.b.opts.PublicKey) != ed25519.PublicKeySize {
		h.refuse(w, http.StatusUnauthorized, "signature", "invalid request signature")
		return
	}
	if r.ContentLength > h.o.MaxBody {
		h.refuse(w, http.StatusRequestEntityTooLarge, "too_large", "request body too large")
		return
	}
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, h.o.MaxBody))
	if err != nil {
		var tooLarge *http.MaxBytesError
		if errors.As(err, &tooLarge) {
			h.refuse(w, http.StatusRequestEntityTooLarge, "too_large", "request body too large")
			return
		}
		h.refuse(w, http.StatusBadRequest, "malformed", "cannot read the request body")
		return
	}
	msg := make([]byte, 0, len(ts)+len(body))
	msg = append(append(msg, ts...), body...)
	if !ed25519.Verify(h.b.opts.PublicKey, msg, sig) {
		h.refuse(w, http.StatusUnauthorized, "signature", "invalid request signature")
		return
	}
	// Signed, so sent by Discord; but maybe long ago and replayed.
	secs, err := strconv.ParseInt(ts, 10, 64)
	if err != nil {
		h.refuse(w, http.StatusUnauthorized, "stale", "invalid request timestamp")
		return
	}
	if skew := h.b.now().Sub(time.Unix(secs, 0)); skew > h.o.MaxClockSkew || skew < -h.o.MaxClockSkew {
		h.refuse(w, http.StatusUnauthorized, "stale", "request timestamp too old")
		return
	}
	var i discordgo.Interaction
	if err := json.Unmarshal(body, &i); err != nil {
		h.refuse(w, http.StatusBadRequest, "malformed", "the body is not an interaction")
		return
	}
	if i.Type == discordgo.InteractionPing {
		writeJSON(w, &discordgo.InteractionResponse{Type: discordgo.InteractionResponsePong})
		return
	}
	h.answer(w, r, &i)
}

// errGone: the HTTP request ended (the client gave up) before the first
// reply could be written into it.
var errGone = errors.New("bot: the interaction's HTTP request ended before the reply")

// answer dispatches i and writes its first reply as the response. The
// dispatcher runs on: after the response it may still edit the reply over
// REST, and it is the dispatcher's deadlines, not this request's, that
// bound it.
func (h *interactionsHandler) answer(w http.ResponseWriter, r *http.Request, i *discordgo.Interaction) {
	first := make(chan *discordgo.InteractionResponse)
	written := make(chan error, 1)
	gone := make(chan struct{})
	respond := func(ctx context.Context, resp *discordgo.InteractionResponse) error {
		select {
		case first <- resp:
		case <-gone:
			return errGone
		case <-ctx.Done():
			return fmt.Errorf("bot: reply in the HTTP response: %w", ctx.Err())
		}
		return <-written
	}
	done := make(chan struct{})
	go func() {
		defer close(done)
		h.b.handleInteraction(r.Context(), i, transportHTTP, respond)
	}()
	select {
	case resp := <-first:
		written <- writeJSON(w, resp)
	case <-done:
		// Nothing to say (an interaction already answered, or one the bot
		// cannot read): Discord shows the member that it failed.
		http.Error(w, "no reply", http.StatusInternalServerError)
	case <-r.Context().Done():
		close(gone)
	}
}

// writeJSON writes v as the whole response, with its length, and flushes
// it, so that Discord has the reply before the dispatcher goes on to edit
// it.
func writeJSON(w http.ResponseWriter, v any) error {
	b, err := json.Marshal(v)
	if err != nil {
		http.Error(w, "cannot encode the reply", http.StatusInternalServerError)
		return fmt.Errorf("bot: encode the reply: %w", err)
	}
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Content-Length", strconv.Itoa(len(b)))
	w.WriteHeader(http.StatusOK)
	if _, err := w.Write(b); err != nil {
		return fmt.Errorf("bot: write the reply: %w", err)
	}
	if err := http.NewResponseController(w).Flush(); err != nil && !errors.Is(err, http.ErrNotSupported) {
		return fmt.Errorf("bot: write the reply: %w", err)
	}
	return nil
}
