package metrics_test

import (
	"io"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/talksbot/talksbot/bot"
	"github.com/talksbot/talksbot/metrics"
)

// The bot reports to Metrics through its Observer interface.
var _ bot.Observer = (*metrics.Metrics)(nil)

func scrape(t *testing.T, m *metrics.Metrics) string {
	t.Helper()
	rec := httptest.NewRecorder()
	m.Handler().ServeHTTP(rec, httptest.NewRequest("GET", "/metrics", nil))
	if rec.Code != 200 {
		t.Fatalf("GET /metrics: %d", rec.Code)
	}
	b, _ := io.ReadAll(rec.Body)
	return string(b)
}

func TestMetricsInTheTextFormat(t *testing.T) {
	docs := 2
	m := metrics.New(metrics.Options{
		IndexStats: func() (int, int) { return docs, 95 },
		Build:      metrics.Build{Version: "v1.2.3", Commit: "abc1234", Go: "go1.26.8", Bleve: "v2.6.1"},
	})
	m.Interaction("ask", "ok", "http", 3*time.Millisecond)
	m.Interaction("ask", "ok", "http", 40*time.Millisecond)
	m.Interaction("component:page", "ok", "gateway", time.Millisecond)
	m.Interaction("", "duplicate", "gateway", 0)
	m.NoAnswer("ask")
	m.RESTError("/interactions/:id/:token/callback", 429)
	m.RateLimited("/interactions/:id/:token/callback", false)
	m.RateLimited("/channels/:id/messages", true)
	m.GatewayReconnect(1)
	m.Reindex("reindex", "unchanged", 80*time.Millisecond)
	m.Reindex("watch", "ok", 2*time.Second)
	m.Refused("signature")
	docs = 3 // read at scrape time
	text := scrape(t, m)
	for _, want := range []string{
		`talksbot_interactions_total{command="ask",outcome="ok",transport="http"} 2`,
		`talksbot_interactions_total{command="component:page",outcome="ok",transport="gateway"} 1`,
		`talksbot_interactions_total{command="none",outcome="duplicate",transport="gateway"} 1`,
		`talksbot_answer_duration_seconds_bucket{command="ask",le="0.005"} 1`,
		`talksbot_answer_duration_seconds_count{command="ask"} 2`,
		`talksbot_no_answer_total{kind="ask"} 1`,
		`talksbot_discord_rest_errors_total{route="/interactions/:id/:token/callback",status="429"} 1`,
		`talksbot_discord_rate_limits_total{route="/channels/:id/messages",scope="global"} 1`,
		`talksbot_gateway_reconnects_total{shard="1"} 1`,
		`talksbot_reindex_total{result="unchanged",trigger="reindex"} 1`,
		`talksbot_reindex_total{result="failed",trigger="reindex"} 0`,
		`talksbot_reindex_duration_seconds_count{result="ok"} 1`,
		`talksbot_index_documents 3`,
		`talksbot_index_passages 95`,
		`talksbot_http_interactions_refused_total{reason="signature"} 1`,
		`talksbot_build_info{bleve="v2.6.1",commit="abc1234",go="go1.26.8",version="v1.2.3"} 1`,
		`go_goroutines `,
	} {
		if !strings.Contains(text, want) {
			t.Errorf("/metrics lacks %s", want)
		}
	}
	if t.Failed() {
		t.Log(text)
	}
}

// Two registries in one process (two bots in a test) do not collide.
func TestMetricsAreNotGlobal(t *testing.T) {
	a, b := metrics.New(metrics.Options{}), metrics.New(metrics.Options{})
	a.NoAnswer("quote")
	if strings.Contains(scrape(t, b), `kind="quote"`) {
		t.Error("a metric of one registry shows in another")
	}
}
