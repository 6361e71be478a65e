package bot

import (
	"fmt"
	"net/http"
	"net/url"
	"strings"
)

// discordBase is the prefix discordgo puts before every REST endpoint.
const discordBase = "https://discord.com/"

// rebaseTransport sends requests meant for https://discord.com/ to another
// base URL (a Discord-compatible server, or the test server), leaving
// discordgo's endpoint variables alone.
type rebaseTransport struct {
	base *url.URL
	next http.RoundTripper
}

// NewHTTPClient returns an http.Client for Session.Client that sends every
// REST call (and the gateway lookup) to apiURL instead of Discord. An empty
// apiURL or Discord's own leaves requests untouched.
func NewHTTPClient(apiURL string, next http.RoundTripper) (*http.Client, error) {
	if next == nil {
		next = http.DefaultTransport
	}
	if apiURL == "" || strings.TrimSuffix(apiURL, "/") == strings.TrimSuffix(discordBase, "/") {
		return &http.Client{Transport: next}, nil
	}
	u, err := url.Parse(apiURL)
	if err != nil || u.Scheme == "" || u.Host == "" {
		return nil, fmt.Errorf("bot: api url %q: want an absolute http(s) URL", apiURL)
	}
	if !strings.HasSuffix(u.Path, "/") {
		u.Path += "/"
	}
	return &http.Client{Transport: &rebaseTransport{base: u, next: next}}, nil
}

func (t *rebaseTransport) RoundTrip(r *http.Request) (*http.Response, error) {
	s := r.URL.String()
	if !strings.HasPrefix(s, discordBase) {
		return t.next.RoundTrip(r)
	}
	u, err := url.Parse(t.base.String() + strings.TrimPrefix(s, discordBase))
	if err != nil {
		return nil, fmt.Errorf("bot: rebase %s: %w", r.URL.Path, err)
	}
	r2 := r.Clone(r.Context())
	r2.URL = u
	r2.Host = u.Host
	return t.next.RoundTrip(r2)
}
