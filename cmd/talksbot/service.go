package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"sync/atomic"
	"time"

	"github.com/talksbot/talksbot/bot"
	"github.com/talksbot/talksbot/metrics"
)

// service is serve's HTTP side: POST /interactions (discord.mode http or
// both), /metrics, /healthz and /readyz, on http.listen — or the last
// three on metrics.listen, so that a public interactions endpoint does not
// publish them. It listens before the index is opened, so /healthz
// answers and /readyz says 503 while the index is built.
type service struct {
	log     *slog.Logger
	metrics *metrics.Metrics
	// gateway: readiness waits for the gateway session too.
	gateway bool

	indexOpen atomic.Bool
	bot       atomic.Pointer[bot.Bot]
	endpoint  atomic.Pointer[http.Handler] // the bot's interactions handler, once built

	servers []*http.Server
}

// testHookListening, when set, is told each address serve listens on
// (tests pass http.listen 127.0.0.1:0 and learn the port here).
var testHookListening func(key, addr string)

// startService listens on the configured addresses and serves until stop.
// It fails at once if an address cannot be listened on.
func startService(log *slog.Logger, m *metrics.Metrics, gateway bool, httpListen, metricsListen string, interactions bool) (*service, error) {
	s := &service{log: log.With("component", "http"), metrics: m, gateway: gateway}
	public := http.NewServeMux()
	public.HandleFunc("GET /healthz", s.healthz)
	public.HandleFunc("GET /readyz", s.readyz)
	if interactions {
		public.Handle("/interactions", http.HandlerFunc(s.interactions))
	}
	private := public
	if metricsListen != "" {
		private = http.NewServeMux()
		private.HandleFunc("GET /healthz", s.healthz)
		private.HandleFunc("GET /readyz", s.readyz)
	}
	private.Handle("GET /metrics", m.Handler())
	listen := func(key, addr string, h http.Handler) error {
		ln, err := net.Listen("tcp", addr)
		if err != nil {
			return fmt.Errorf("%s %s: %w (is another process using the port?)", key, addr, err)
		}
		srv := &http.Server{
			Handler:           h,
			ReadHeaderTimeout: 10 * time.Second,
			ReadTimeout:       15 * time.Second,
			// An interaction is answered within Discord's 3 seconds.
			WriteTimeout: 30 * time.Second,
			IdleTimeout:  2 * time.Minute,
			ErrorLog:     slog.NewLogLogger(s.log.Handler(), slog.LevelWarn),
		}
		s.servers = append(s.servers, srv)
		s.log.Info("listening", "key", key, "addr", ln.Addr().String(), "interactions", interactions && h == public)
		if testHookListening != nil {
			testHookListening(key, ln.Addr().String())
		}
		go func() {
			if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
				s.log.Error("http server stopped", "key", key, "err", err)
			}
		}()
		return nil
	}
	if httpListen != "" {
		if err := listen("http.listen", httpListen, public); err != nil {
			return nil, err
		}
	}
	if metricsListen != "" {
		if err := listen("metrics.listen", metricsListen, private); err != nil {
			s.stop()
			return nil, err
		}
	}
	return s, nil
}

// setBot installs the bot whose readiness /readyz reports and whose
// endpoint POST /interactions serves.
func (s *service) setBot(b *bot.Bot) {
	h := b.InteractionsHandler(bot.InteractionsOptions{Refused: s.metrics.Refused})
	s.endpoint.Store(&h)
	s.bot.Store(b)
}

func (s *service) healthz(w http.ResponseWriter, _ *http.Request) {
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	fmt.Fprintln(w, "ok")
}

// ready says whether to send this process work, and if not why.
func (s *service) ready() (bool, string) {
	b := s.bot.Load()
	switch {
	case !s.indexOpen.Load():
		return false, "the index is not open yet"
	case b == nil:
		return false, "starting"
	case b.Stopping():
		return false, "shutting down"
	case s.gateway && !b.Ready():
		return false, "the gateway session is not ready"
	}
	return true, ""
}

func (s *service) readyz(w http.ResponseWriter, _ *http.Request) {
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	if ok, why := s.ready(); !ok {
		w.WriteHeader(http.StatusServiceUnavailable)
		fmt.Fprintln(w, "not ready:", why)
		return
	}
	fmt.Fprintln(w, "ready")
}

func (s *service) interactions(w http.ResponseWriter, r *http.Request) {
	h := s.endpoint.Load()
	if h == nil || !s.indexOpen.Load() {
		w.Header().Set("Retry-After", "5")
		http.Error(w, "starting", http.StatusServiceUnavailable)
		return
	}
	(*h).ServeHTTP(w, r)
}

// stop closes the listeners, letting requests under way finish for a few
// seconds (the bot has drained its replies by then).
func (s *service) stop() {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	for _, srv := range s.servers {
		if err := srv.Shutdown(ctx); err != nil {
			s.log.Warn("http shutdown", "err", err)
		}
	}
}
