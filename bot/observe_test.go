package bot

import (
	"net/http"
	"slices"
	"strconv"
	"testing"
	"time"
)

func TestRouteTemplate(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"/api/v9/channels/1300000000000000001/messages", "/channels/:id/messages"},
		{"/api/v9/interactions/1312345678901234567/aW50ZXJhY3Rpb24abc/callback", "/interactions/:id/:token/callback"},
		{"/api/v9/webhooks/1100000000000000001/aW50ZXJhY3Rpb24abc/messages/@original", "/webhooks/:id/:token/messages/@original"},
		{"/api/v9/channels/1/messages/2/reactions/%E2%8F%B3/@me", "/channels/:id/messages/:id/reactions/:emoji/@me"},
		{"/api/v9/applications/1100000000000000001/guilds/1200000000000000001/commands", "/applications/:id/guilds/:id/commands"},
		{"/api/v9/gateway/bot", "/gateway/bot"},
		{"/api/v10/users/@me", "/users/@me"},
	} {
		if got := RouteTemplate(tt.in); got != tt.want {
			t.Errorf("RouteTemplate(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// countingObserver records REST errors and rate limits.
type countingObserver struct {
	NopObserver
	errors, limits []string
}

func (o *countingObserver) RESTError(route string, status int) {
	o.errors = append(o.errors, route+" "+http.StatusText(status))
}

func (o *countingObserver) RateLimited(route string, global bool) {
	o.limits = append(o.limits, route+" "+strconv.FormatBool(global))
}

func TestRESTLimiterReportsErrorsAndRateLimits(t *testing.T) {
	next := &scripted{resps: []func() *http.Response{
		tooMany("0.001", false), ok, // a 429 retried
		func() *http.Response { return respond(http.StatusForbidden, nil, `{"code":50001}`) },
		ok,
	}}
	obs := &countingObserver{}
	l := newRESTLimiter(next, nil)
	l.obs = obs
	ctx := withDeadline(t, time.Minute)
	for _, path := range []string{"/interactions/123/secret-token/callback", "/channels/1300000000000000001/messages", "/channels/1/messages"} {
		if _, err := post(ctx, t, l, path, `{}`); err != nil {
			t.Fatal(err)
		}
	}
	wantErrors := []string{"/interactions/:id/:token/callback Too Many Requests", "/channels/:id/messages Forbidden"}
	if !slices.Equal(obs.errors, wantErrors) {
		t.Errorf("errors %q, want %q", obs.errors, wantErrors)
	}
	if want := []string{"/interactions/:id/:token/callback false"}; !slices.Equal(obs.limits, want) {
		t.Errorf("rate limits %q, want %q", obs.limits, want)
	}
}
