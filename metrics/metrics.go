// Package metrics publishes what talksbot does in the Prometheus text
// format. prometheus/client_golang stays inside this package: Metrics
// implements bot.Observer (the bot is told nothing of Prometheus), reads
// the index's counts through a function when scraped, and Handler serves
// /metrics.
//
// Every metric is named talksbot_*; labels are bounded: command names,
// outcomes, transports, REST routes with ids and tokens replaced
// (bot.RouteTemplate), HTTP statuses, shard ids, rebuild triggers and
// results. The Go runtime and process collectors come along (go_*,
// process_*).
package metrics

import (
	"net/http"
	"strconv"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// Build describes the running binary, published as
// talksbot_build_info{version,commit,go,bleve} 1.
type Build struct {
	Version, Commit, Go, Bleve string
}

// Options configure New.
type Options struct {
	// IndexStats returns the served index's documents and passages; it
	// is called at every scrape. nil publishes no index gauges.
	IndexStats func() (documents, passages int)
	Build      Build
}

// Metrics is talksbot's registry of metrics. Its methods are safe for
// concurrent use.
type Metrics struct {
	reg          *prometheus.Registry
	interactions *prometheus.CounterVec
	latency      *prometheus.HistogramVec
	noAnswers    *prometheus.CounterVec
	restErrors   *prometheus.CounterVec
	rateLimits   *prometheus.CounterVec
	reconnects   *prometheus.CounterVec
	reindexes    *prometheus.CounterVec
	reindexTime  *prometheus.HistogramVec
	refused      *prometheus.CounterVec
}

// New registers every metric in a registry of its own (not the global
// one, so tests and several bots in one process do not collide).
func New(o Options) *Metrics {
	m := &Metrics{
		reg: prometheus.NewRegistry(),
		interactions: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "talksbot_interactions_total",
			Help: "Interactions, mentions and DMs handled, by command, outcome (ok, error, rate_limited, panic, unknown, send_failed, shutting_down, duplicate) and transport (gateway, http).",
		}, []string{"command", "outcome", "transport"}),
		latency: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name: "talksbot_answer_duration_seconds",
			Help: "Time from receiving an interaction, mention or DM to its reply being sent, by command.",
			// Answers take milliseconds; Discord drops a first reply after 3 s.
			Buckets: []float64{.001, .0025, .005, .01, .025, .05, .1, .25, .5, 1, 1.5, 3, 5, 15, 60},
		}, []string{"command"}),
		noAnswers: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "talksbot_no_answer_total",
			Help: "Questions the articles do not answer, by kind (ask, quote, topic).",
		}, []string{"kind"}),
		restErrors: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "talksbot_discord_rest_errors_total",
			Help: "Discord REST calls refused (status 4xx, 5xx, 429 included) or failed on the network (status 0), by route.",
		}, []string{"route", "status"}),
		rateLimits: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "talksbot_discord_rate_limits_total",
			Help: "429 responses from Discord's REST API, by route and scope (route, global).",
		}, []string{"route", "scope"}),
		reconnects: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "talksbot_gateway_reconnects_total",
			Help: "Gateway connections opened again after the first (resumed or new sessions), by shard.",
		}, []string{"shard"}),
		reindexes: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "talksbot_reindex_total",
			Help: "Index rebuilds that ended, by trigger (reindex, source add, source remove, watch) and result (ok, unchanged, failed, busy).",
		}, []string{"trigger", "result"}),
		reindexTime: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name:    "talksbot_reindex_duration_seconds",
			Help:    "How long index rebuilds took, by result.",
			Buckets: []float64{.01, .05, .1, .25, .5, 1, 2.5, 5, 10, 30, 60, 120, 300, 900},
		}, []string{"result"}),
		refused: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "talksbot_http_interactions_refused_total",
			Help: "Requests to POST /interactions refused before any processing, by reason (signature, stale, too_large, method, malformed).",
		}, []string{"reason"}),
	}
	m.reg.MustRegister(m.interactions, m.latency, m.noAnswers, m.restErrors, m.rateLimits,
		m.reconnects, m.reindexes, m.reindexTime, m.refused,
		collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	if o.IndexStats != nil {
		m.reg.MustRegister(
			prometheus.NewGaugeFunc(prometheus.GaugeOpts{
				Name: "talksbot_index_documents",
				Help: "Articles in the index being served.",
			}, func() float64 { d, _ := o.IndexStats(); return float64(d) }),
			prometheus.NewGaugeFunc(prometheus.GaugeOpts{
				Name: "talksbot_index_passages",
				Help: "Passages in the index being served.",
			}, func() float64 { _, p := o.IndexStats(); return float64(p) }),
		)
	}
	info := prometheus.NewGauge(prometheus.GaugeOpts{
		Name: "talksbot_build_info",
		Help: "The running binary: version, commit, Go and bleve versions.",
		ConstLabels: prometheus.Labels{
			"version": o.Build.Version, "commit": o.Build.Commit, "go": o.Build.Go, "bleve": o.Build.Bleve,
		},
	})
	info.Set(1)
	m.reg.MustRegister(info)
	// Outcomes every dashboard expects are there from the start, at 0.
	m.noAnswers.WithLabelValues("ask")
	for _, r := range []string{"ok", "unchanged", "failed", "busy"} {
		m.reindexes.WithLabelValues("reindex", r)
	}
	return m
}

// Handler serves the metrics in the Prometheus text format (/metrics).
func (m *Metrics) Handler() http.Handler {
	return promhttp.HandlerFor(m.reg, promhttp.HandlerOpts{Registry: m.reg})
}

// Interaction counts one handled interaction and its latency.
func (m *Metrics) Interaction(command, outcome, transport string, latency time.Duration) {
	if command == "" {
		command = "none"
	}
	m.interactions.WithLabelValues(command, outcome, transport).Inc()
	if latency > 0 {
		m.latency.WithLabelValues(command).Observe(latency.Seconds())
	}
}

// NoAnswer counts a question the articles do not answer.
func (m *Metrics) NoAnswer(kind string) { m.noAnswers.WithLabelValues(kind).Inc() }

// RESTError counts a refused or failed Discord REST call.
func (m *Metrics) RESTError(route string, status int) {
	m.restErrors.WithLabelValues(route, strconv.Itoa(status)).Inc()
}

// RateLimited counts a 429 from Discord.
func (m *Metrics) RateLimited(route string, global bool) {
	scope := "route"
	if global {
		scope = "global"
	}
	m.rateLimits.WithLabelValues(route, scope).Inc()
}

// GatewayReconnect counts a gateway connection opened again.
func (m *Metrics) GatewayReconnect(shard int) {
	m.reconnects.WithLabelValues(strconv.Itoa(shard)).Inc()
}

// Reindex counts a rebuild that ended and its duration.
func (m *Metrics) Reindex(trigger, result string, d time.Duration) {
	m.reindexes.WithLabelValues(trigger, result).Inc()
	m.reindexTime.WithLabelValues(result).Observe(d.Seconds())
}

// Refused counts a request to the interactions endpoint refused before
// processing (bot.InteractionsOptions.Refused).
func (m *Metrics) Refused(reason string) { m.refused.WithLabelValues(reason).Inc() }
