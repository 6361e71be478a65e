package discordtest

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"encoding/hex"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"strings"
	"time"
)

// HTTP delivery: once an application has an Interactions Endpoint URL,
// Discord POSTs each interaction there, signed with the application's key
// pair, and the HTTP response is the callback; nothing comes over the
// gateway for interactions any more (mentions and DMs still do).

// PublicKey is the application's public key, which HTTP-delivered
// interactions are signed for (discord.public_key), and which the
// application object reports as verify_key.
func (s *Server) PublicKey() ed25519.PublicKey {
	return s.opts.SigningKey.Public().(ed25519.PublicKey)
}

// PublicKeyHex is PublicKey as the Developer Portal shows it.
func (s *Server) PublicKeyHex() string { return hex.EncodeToString(s.PublicKey()) }

// UseInteractionsEndpoint makes Interact, PressButton and Autocomplete
// deliver interactions by POSTing them to url, signed with
// Options.SigningKey, instead of over the gateway. The response is
// checked as the callback route checks a callback (type, limits, the
// 3-second deadline); a status other than 200 fails the interaction with
// ErrRejected. The bot's later edits of @original wait until the response
// has been read, as they would on Discord. An empty url goes back to the
// gateway.
func (s *Server) UseInteractionsEndpoint(url string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.endpoint = url
}

// Sign returns the X-Signature-Ed25519 value for a request with timestamp
// ts (Unix seconds, as in X-Signature-Timestamp) and body.
func Sign(key ed25519.PrivateKey, ts string, body []byte) string {
	msg := append([]byte(ts), body...)
	return hex.EncodeToString(ed25519.Sign(key, msg))
}

// SignedRequest builds the POST Discord sends to an interactions
// endpoint: body signed with key at time at.
func SignedRequest(ctx context.Context, url string, key ed25519.PrivateKey, at time.Time, body []byte) (*http.Request, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, url, bytes.NewReader(body))
	if err != nil {
		return nil, fmt.Errorf("discordtest: %w", err)
	}
	ts := strconv.FormatInt(at.Unix(), 10)
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("User-Agent", "Discord-Interactions/1.0 (+https://discord.com)")
	req.Header.Set("X-Signature-Timestamp", ts)
	req.Header.Set("X-Signature-Ed25519", Sign(key, ts, body))
	return req, nil
}

// Ping sends a PING (type 1) to the endpoint set by
// UseInteractionsEndpoint, as Discord does when the URL is saved, and
// returns the HTTP status and body.
func (s *Server) Ping(ctx context.Context) (int, []byte, error) {
	s.mu.Lock()
	url := s.endpoint
	s.mu.Unlock()
	if url == "" {
		return 0, nil, fmt.Errorf("discordtest: ping: no interactions endpoint (UseInteractionsEndpoint)")
	}
	body := mustJSON(map[string]any{"id": s.ids.next(), "application_id": AppID, "type": 1, "token": "aW50ZXJhY3Rpb24" + randomToken(24), "version": 1})
	req, err := SignedRequest(ctx, url, s.opts.SigningKey, time.Now(), body)
	if err != nil {
		return 0, nil, err
	}
	resp, err := s.endpointClient().Do(req)
	if err != nil {
		return 0, nil, fmt.Errorf("discordtest: ping: %w", err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(io.LimitReader(resp.Body, 1<<20))
	return resp.StatusCode, b, err
}

func (s *Server) endpointClient() *http.Client {
	return &http.Client{Timeout: 30 * time.Second}
}

// deliverHTTP POSTs the interaction to url in the background and applies
// the response as its callback; Interact's wait sees the result.
func (s *Server) deliverHTTP(ctx context.Context, url string, st *interactionState, payload map[string]any) error {
	req, err := SignedRequest(ctx, url, s.opts.SigningKey, time.Now(), mustJSON(payload))
	if err != nil {
		return err
	}
	s.mu.Lock()
	st.inFlight = true
	s.mu.Unlock()
	go func() {
		status, body, err := 0, []byte(nil), error(nil)
		resp, err := s.endpointClient().Do(req)
		if err == nil {
			status = resp.StatusCode
			body, err = io.ReadAll(io.LimitReader(resp.Body, 64<<20))
			resp.Body.Close()
		}
		s.mu.Lock()
		defer s.mu.Unlock()
		st.inFlight = false
		switch {
		case err != nil:
			st.rejected = "no HTTP response from the interactions endpoint: " + err.Error()
		case status != http.StatusOK:
			st.rejected = fmt.Sprintf("the interactions endpoint answered %d: %s", status, strings.TrimSpace(string(body)))
		default:
			s.applyCallbackLocked(st, body, nil)
		}
		s.logf("HTTP interaction %s -> %d %s", st.id, status, st.rejected)
		s.notifyLocked()
	}()
	return nil
}

// waitDelivered holds a webhook request for an interaction whose HTTP
// response is still being read, as Discord has processed the response
// before the bot can edit it.
func (s *Server) waitDelivered(ctx context.Context, path string) {
	parts := strings.Split(strings.TrimPrefix(path, apiPrefix+"/"), "/")
	if len(parts) < 3 || parts[0] != "webhooks" {
		return
	}
	token := parts[2]
	_ = s.waitFor(ctx, "HTTP interaction response", func() bool {
		st := s.interactions[token]
		return st == nil || !st.inFlight
	})
}
