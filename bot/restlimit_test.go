package bot

import (
	"bytes"
	"context"
	"errors"
	"io"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
)

// scripted answers requests with canned responses, in order (the last one
// again and again), and records what it was sent.
type scripted struct {
	mu    sync.Mutex
	resps []func() *http.Response
	sent  []string // "METHOD path body"
}

func (s *scripted) RoundTrip(r *http.Request) (*http.Response, error) {
	var body []byte
	if r.Body != nil {
		body, _ = io.ReadAll(r.Body)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.sent = append(s.sent, r.Method+" "+r.URL.Path+" "+string(body))
	if len(s.resps) == 0 {
		return respond(http.StatusNoContent, nil, ""), nil
	}
	f := s.resps[0]
	if len(s.resps) > 1 {
		s.resps = s.resps[1:]
	}
	return f(), nil
}

func (s *scripted) count() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.sent)
}

func respond(status int, h http.Header, body string) *http.Response {
	if h == nil {
		h = http.Header{}
	}
	return &http.Response{StatusCode: status, Status: http.StatusText(status), Header: h, Body: io.NopCloser(strings.NewReader(body))}
}

func tooMany(retryAfter string, global bool) func() *http.Response {
	return func() *http.Response {
		h := http.Header{"Retry-After": {"1"}, "X-Ratelimit-Scope": {"user"}}
		g := "false"
		if global {
			h.Set("X-RateLimit-Global", "true")
			h.Set("X-RateLimit-Scope", "global")
			g = "true"
		}
		return respond(http.StatusTooManyRequests, h, `{"message":"You are being rate limited.","retry_after":`+retryAfter+`,"global":`+g+`}`)
	}
}

func ok() *http.Response {
	return respond(http.StatusOK, http.Header{
		"X-Ratelimit-Remaining":   {"4"},
		"X-Ratelimit-Reset-After": {"1.5"},
		"X-Ratelimit-Bucket":      {"abc"},
	}, "{}")
}

func post(ctx context.Context, t *testing.T, rt http.RoundTripper, path, body string) (*http.Response, error) {
	t.Helper()
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, "https://discord.com/api/v9"+path, bytes.NewBufferString(body))
	if err != nil {
		t.Fatal(err)
	}
	return rt.RoundTrip(req)
}

func withDeadline(t *testing.T, d time.Duration) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), d)
	t.Cleanup(cancel)
	return ctx
}

func TestRESTLimiter(t *testing.T) {
	const callback = "/interactions/123/secret-token/callback"
	t.Run("a short 429 is waited out and retried with the same body", func(t *testing.T) {
		next := &scripted{resps: []func() *http.Response{tooMany("0.01", false), ok}}
		resp, err := post(withDeadline(t, time.Minute), t, newRESTLimiter(next, nil), callback, `{"type":4}`)
		if err != nil {
			t.Fatal(err)
		}
		if resp.StatusCode != http.StatusOK || len(next.sent) != 2 || next.sent[0] != next.sent[1] {
			t.Errorf("status %d, sent %q", resp.StatusCode, next.sent)
		}
		for k := range resp.Header {
			if strings.HasPrefix(strings.ToLower(k), "x-ratelimit") {
				t.Errorf("%s reached discordgo, whose buckets would sleep on it", k)
			}
		}
	})
	t.Run("a 429 longer than the deadline fails at once, and so does the next call", func(t *testing.T) {
		next := &scripted{resps: []func() *http.Response{tooMany("60", false), ok}}
		l := newRESTLimiter(next, nil)
		_, err := post(withDeadline(t, 3*time.Second), t, l, callback, `{}`)
		if !errors.Is(err, ErrRateLimited) {
			t.Fatalf("err = %v, want ErrRateLimited", err)
		}
		if strings.Contains(err.Error(), "secret-token") {
			t.Errorf("the interaction token is in the error: %v", err)
		}
		_, err = post(withDeadline(t, 3*time.Second), t, l, callback, `{}`)
		if !errors.Is(err, ErrRateLimited) || next.count() != 1 {
			t.Errorf("second call: %v after %d sends, want ErrRateLimited without sending", err, next.count())
		}
		// Another route is not held up.
		if _, err := post(withDeadline(t, 3*time.Second), t, l, "/channels/1/messages", `{}`); err != nil {
			t.Errorf("another route: %v", err)
		}
	})
	t.Run("a global 429 holds every route", func(t *testing.T) {
		next := &scripted{resps: []func() *http.Response{tooMany("60", true), ok}}
		l := newRESTLimiter(next, nil)
		_, err := post(withDeadline(t, 3*time.Second), t, l, "/channels/1/messages", `{}`)
		var rl *rateLimitError
		if !errors.As(err, &rl) || !rl.global {
			t.Fatalf("err = %v, want a global rate limit", err)
		}
		_, err = post(withDeadline(t, 3*time.Second), t, l, "/channels/2/messages", `{}`)
		if !errors.Is(err, ErrRateLimited) || next.count() != 1 {
			t.Errorf("other route during a global limit: %v after %d sends", err, next.count())
		}
	})
	t.Run("a wait ends with the context", func(t *testing.T) {
		next := &scripted{resps: []func() *http.Response{tooMany("30", true)}}
		l := newRESTLimiter(next, nil)
		_, _ = post(withDeadline(t, time.Second), t, l, "/channels/1/messages", `{}`)
		ctx, cancel := context.WithCancel(context.Background())
		done := make(chan error, 1)
		go func() {
			_, err := post(ctx, t, l, "/channels/1/messages", `{}`)
			done <- err
		}()
		cancel()
		if err := <-done; !errors.Is(err, context.Canceled) {
			t.Errorf("err = %v, want context.Canceled", err)
		}
	})
	t.Run("retries are bounded", func(t *testing.T) {
		next := &scripted{resps: []func() *http.Response{tooMany("0.001", false)}}
		l := newRESTLimiter(next, nil)
		_, err := post(withDeadline(t, time.Minute), t, l, callback, `{}`)
		if !errors.Is(err, ErrRateLimited) || next.count() != restMaxRetries+1 {
			t.Errorf("err = %v after %d sends, want ErrRateLimited after %d", err, next.count(), restMaxRetries+1)
		}
	})
	t.Run("an exhausted bucket makes the next call wait, not draw a 429", func(t *testing.T) {
		next := &scripted{resps: []func() *http.Response{func() *http.Response {
			return respond(http.StatusOK, http.Header{"X-Ratelimit-Remaining": {"0"}, "X-Ratelimit-Reset-After": {"30"}}, "{}")
		}}}
		l := newRESTLimiter(next, nil)
		if _, err := post(withDeadline(t, time.Second), t, l, "/channels/1/messages", `{}`); err != nil {
			t.Fatal(err)
		}
		_, err := post(withDeadline(t, time.Second), t, l, "/channels/1/messages", `{}`)
		if !errors.Is(err, ErrRateLimited) || next.count() != 1 {
			t.Errorf("err = %v after %d sends", err, next.count())
		}
	})
}

func TestScrubURL(t *testing.T) {
	for _, u := range []string{
		"https://discord.com/api/v9/interactions/123/aW50ZXJhY3Rpb24secret/callback",
		"https://discord.com/api/v9/webhooks/456/aW50ZXJhY3Rpb24secret/messages/@original",
	} {
		err := scrubURL(&url.Error{Op: "Post", URL: u, Err: context.DeadlineExceeded})
		if strings.Contains(err.Error(), "secret") || !strings.Contains(err.Error(), ":token") {
			t.Errorf("scrubbed %q", err)
		}
		err = scrubURL(&discordgo.RateLimitError{RateLimit: &discordgo.RateLimit{TooManyRequests: &discordgo.TooManyRequests{}, URL: u}})
		if strings.Contains(err.Error(), "secret") {
			t.Errorf("scrubbed %q", err)
		}
	}
}
