package bot

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/bwmarrin/discordgo"
)

// ErrRateLimited marks a REST call that Discord's rate limit kept from
// going out (or from being retried) within what the call may wait: its
// context's deadline, or restLimiter.maxWait without one.
var ErrRateLimited = errors.New("bot: rate limited by Discord")

// rateLimitError says which route was limited, for how long and whether
// the limit was global. Its route has interaction and webhook tokens cut
// out, so it can be logged.
type rateLimitError struct {
	route  string
	wait   time.Duration
	global bool
	why    string
}

func (e *rateLimitError) Error() string {
	scope := "route " + e.route
	if e.global {
		scope = "all requests (global limit), at " + e.route
	}
	return fmt.Sprintf("bot: rate limited by Discord on %s for %v more: %s", scope, max(e.wait, 0).Round(time.Millisecond), e.why)
}

func (e *rateLimitError) Is(target error) bool { return target == ErrRateLimited }

// restLimiter is the http.RoundTripper under discordgo's REST calls, and
// the only place that deals with Discord's rate limits.
//
// discordgo's own handling cannot be bounded: on a 429 it sleeps the whole
// retry_after whatever the request's context says and retries without
// limit, and its buckets sleep the same way before the next request when
// rate-limit headers say so (a global limit stalls every call). So
// discordgo is given responses without X-RateLimit-* headers and never
// sees a 429 (Session.ShouldRetryOnRateLimit is off as well), and this
// transport instead:
//
//   - before sending, waits for the route's or the global reset, but only
//     when the request's deadline (or maxWait, without one) leaves room:
//     otherwise it fails at once with ErrRateLimited, sending nothing;
//   - on a 429, records the reset (for every request when the body or
//     X-RateLimit-Global says global) and retries, at most maxRetries
//     times, under the same rule;
//   - on a success with X-RateLimit-Remaining 0, records the route's reset
//     so the next call waits instead of drawing a 429.
//
// Waiting never holds a lock and ends with the request's context, so a
// rate-limited reply cannot outlive its interaction's deadline, and the
// gateway, which does not go through here, keeps being read.
type restLimiter struct {
	next       http.RoundTripper
	log        *slog.Logger
	now        func() time.Time
	maxWait    time.Duration
	maxRetries int
	obs        Observer

	mu     sync.Mutex
	global time.Time
	routes map[string]time.Time // route key → when it may be used again
}

// Defaults for restLimiter.
const (
	restMaxWait    = time.Minute
	restMaxRetries = 3
)

func newRESTLimiter(next http.RoundTripper, log *slog.Logger) *restLimiter {
	if next == nil {
		next = http.DefaultTransport
	}
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return &restLimiter{next: next, log: log, now: time.Now, maxWait: restMaxWait, maxRetries: restMaxRetries, obs: NopObserver{}, routes: map[string]time.Time{}}
}

func (t *restLimiter) RoundTrip(r *http.Request) (*http.Response, error) {
	key := r.Method + " " + r.URL.Path
	route := r.Method + " " + redactPath(r.URL.Path)
	ctx := r.Context()
	req := r
	for attempt := 0; ; attempt++ {
		if err := t.wait(ctx, key, route); err != nil {
			return nil, err
		}
		if attempt > 0 {
			// A retry needs a fresh body; discordgo's requests can give one.
			req = r.Clone(ctx)
			if r.Body != nil && r.Body != http.NoBody {
				if r.GetBody == nil {
					return nil, fmt.Errorf("bot: retry %s: request body cannot be replayed", route)
				}
				body, err := r.GetBody()
				if err != nil {
					return nil, fmt.Errorf("bot: retry %s: %w", route, err)
				}
				req.Body = body
			}
		}
		resp, err := t.next.RoundTrip(req)
		if err != nil {
			t.obs.RESTError(RouteTemplate(r.URL.Path), 0)
			return nil, err
		}
		if resp.StatusCode >= 400 {
			t.obs.RESTError(RouteTemplate(r.URL.Path), resp.StatusCode)
		}
		limited, global, err := t.observe(key, route, resp)
		if err != nil {
			return nil, err
		}
		if limited {
			t.obs.RateLimited(RouteTemplate(r.URL.Path), global)
		}
		if !limited {
			return resp, nil
		}
		_, _ = io.Copy(io.Discard, io.LimitReader(resp.Body, 1<<16))
		_ = resp.Body.Close()
		if attempt >= t.maxRetries {
			until, global := t.resetFor(key)
			return nil, &rateLimitError{route: route, wait: until.Sub(t.now()), global: global,
				why: fmt.Sprintf("still limited after %d retries", t.maxRetries)}
		}
	}
}

// wait blocks until key may be used, or fails with ErrRateLimited when the
// reset comes after the context's deadline (or more than maxWait away).
func (t *restLimiter) wait(ctx context.Context, key, route string) error {
	for {
		until, global := t.resetFor(key)
		d := until.Sub(t.now())
		if d <= 0 {
			return nil
		}
		if dl, ok := ctx.Deadline(); ok && dl.Before(until) {
			return &rateLimitError{route: route, wait: d, global: global, why: "the limit lasts past the request's deadline"}
		}
		if d > t.maxWait {
			return &rateLimitError{route: route, wait: d, global: global, why: fmt.Sprintf("longer than the %v a request may wait", t.maxWait)}
		}
		timer := time.NewTimer(d)
		select {
		case <-ctx.Done():
			timer.Stop()
			return fmt.Errorf("bot: waiting for Discord's rate limit on %s: %w", route, ctx.Err())
		case <-timer.C:
			// Look again: a global limit may have started meanwhile.
		}
	}
}

// resetFor is when key may next be used: the later of its own reset and
// the global one.
func (t *restLimiter) resetFor(key string) (time.Time, bool) {
	t.mu.Lock()
	defer t.mu.Unlock()
	until, global := t.routes[key], false
	if t.global.After(until) {
		until, global = t.global, true
	}
	return until, global
}

// observe records what a response says about rate limits, removes the
// X-RateLimit-* headers (so discordgo's buckets never sleep) and reports
// whether it is a 429 to retry.
func (t *restLimiter) observe(key, route string, resp *http.Response) (limited, global bool, err error) {
	h := resp.Header
	global = h.Get("X-RateLimit-Global") != "" || h.Get("X-RateLimit-Scope") == "global"
	var wait time.Duration
	limited = resp.StatusCode == http.StatusTooManyRequests
	if limited {
		body, err := io.ReadAll(io.LimitReader(resp.Body, 1<<16))
		_ = resp.Body.Close()
		if err != nil {
			return false, false, fmt.Errorf("bot: read 429 body: %w", err)
		}
		resp.Body = io.NopCloser(bytes.NewReader(body))
		var tmr struct {
			RetryAfter float64 `json:"retry_after"` // seconds
			Global     bool    `json:"global"`
		}
		if json.Unmarshal(body, &tmr) == nil {
			global = global || tmr.Global
			wait = seconds(strconv.FormatFloat(tmr.RetryAfter, 'f', -1, 64))
		}
		if wait <= 0 {
			wait = seconds(h.Get("Retry-After"))
		}
		if wait <= 0 {
			wait = time.Second // a 429 always means wait a little
		}
	} else if h.Get("X-RateLimit-Remaining") == "0" {
		wait = seconds(h.Get("X-RateLimit-Reset-After"))
		global = false
	}
	for k := range h {
		if strings.HasPrefix(strings.ToLower(k), "x-ratelimit-") {
			delete(h, k)
		}
	}
	if wait > 0 {
		until := t.now().Add(wait)
		t.mu.Lock()
		if global {
			if until.After(t.global) {
				t.global = until
			}
		} else {
			now := t.now()
			for k, v := range t.routes { // forget resets that have passed
				if !v.After(now) {
					delete(t.routes, k)
				}
			}
			t.routes[key] = until
		}
		t.mu.Unlock()
		if limited {
			t.log.Warn("rate limited by Discord", "route", route, "retry_after", wait, "global", global)
		} else {
			t.log.Debug("rate-limit bucket empty", "route", route, "reset_after", wait)
		}
	}
	return limited, global, nil
}

// seconds parses a header of (fractional) seconds; 0 when absent or bad.
func seconds(v string) time.Duration {
	f, err := strconv.ParseFloat(strings.TrimSpace(v), 64)
	if err != nil || f <= 0 || math.IsInf(f, 0) || math.IsNaN(f) {
		return 0
	}
	return time.Duration(f * float64(time.Second))
}

// redactPath replaces the token in an interaction or webhook path, which
// lets anyone answer in the bot's name for 15 minutes, with ":token".
func redactPath(p string) string {
	parts := strings.Split(p, "/")
	for i, s := range parts {
		if (s == "interactions" || s == "webhooks") && i+2 < len(parts) {
			parts[i+2] = ":token"
		}
	}
	return strings.Join(parts, "/")
}

// scrubURL removes interaction and webhook tokens from the URLs that
// net/http and discordgo put in their errors, so the error can be logged.
func scrubURL(err error) error {
	if err == nil {
		return nil
	}
	var ue *url.Error
	if errors.As(err, &ue) {
		ue.URL = redactURL(ue.URL)
	}
	var rl *discordgo.RateLimitError
	if errors.As(err, &rl) && rl.RateLimit != nil {
		rl.URL = redactURL(rl.URL)
	}
	return err
}

func redactURL(s string) string {
	u, err := url.Parse(s)
	if err != nil {
		return "[url]"
	}
	u.Path = redactPath(u.Path)
	u.RawPath = ""
	return u.String()
}
