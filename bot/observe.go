package bot

import (
	"strings"
	"time"
)

// Observer is told what the bot does, for metrics: the metrics package
// implements it with Prometheus counters, and this package stays free of
// any metrics library. Its methods are called on the hot path from many
// goroutines: they must be safe for concurrent use and must not block.
type Observer interface {
	// Interaction is one interaction, mention or DM handled: the command
	// as logged ("ask", "component:page", "quote/autocomplete", "mention";
	// "" when it never reached a command), its outcome ("ok", "error",
	// "rate_limited", …), how it arrived ("gateway", "http") and how long
	// until the reply was sent.
	Interaction(command, outcome, transport string, latency time.Duration)
	// NoAnswer is a question the articles do not answer; kind is "ask",
	// "quote" or "topic".
	NoAnswer(kind string)
	// RESTError is a REST call Discord refused or that failed on the way:
	// the route with ids and tokens replaced (see RouteTemplate) and the
	// HTTP status, 0 for a network error. A 429 is also a RateLimited.
	RESTError(route string, status int)
	// RateLimited is a 429 from Discord; global says it held every call.
	RateLimited(route string, global bool)
	// GatewayReconnect is a gateway connection of shard opened again
	// after the first (a resume or a new session).
	GatewayReconnect(shard int)
	// Reindex is a rebuild that ended: what started it ("reindex",
	// "source add", "source remove", "watch"), its result ("ok",
	// "unchanged", "failed", "busy") and how long it took.
	Reindex(trigger, result string, d time.Duration)
}

// NopObserver ignores everything; it is the Observer when none is given.
type NopObserver struct{}

func (NopObserver) Interaction(string, string, string, time.Duration) {}
func (NopObserver) NoAnswer(string)                                   {}
func (NopObserver) RESTError(string, int)                             {}
func (NopObserver) RateLimited(string, bool)                          {}
func (NopObserver) GatewayReconnect(int)                              {}
func (NopObserver) Reindex(string, string, time.Duration)             {}

var _ Observer = NopObserver{}

// RouteTemplate turns a REST path into a label of bounded cardinality:
// the /api/vN prefix dropped, snowflake ids as ":id", interaction and
// webhook tokens as ":token", reaction emoji as ":emoji".
// "/api/v9/webhooks/11/aW50…/messages/@original" →
// "/webhooks/:id/:token/messages/@original".
func RouteTemplate(path string) string {
	parts := strings.Split(path, "/")
	out := make([]string, 0, len(parts))
	for i := 0; i < len(parts); i++ {
		p := parts[i]
		if i == 1 && p == "api" && i+1 < len(parts) && strings.HasPrefix(parts[i+1], "v") {
			i++ // and the version
			continue
		}
		switch {
		case isDigits(p):
			p = ":id"
		case i >= 2 && (parts[i-2] == "interactions" || parts[i-2] == "webhooks"):
			p = ":token"
		case i >= 1 && parts[i-1] == "reactions":
			p = ":emoji"
		}
		out = append(out, p)
	}
	return strings.Join(out, "/")
}

func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}
