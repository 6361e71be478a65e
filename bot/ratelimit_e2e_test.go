package bot_test

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/talksbot/talksbot/bot"
	"github.com/talksbot/talksbot/bot/discordtest"
)

func drainWarnings(l *logRecorder) []map[string]any {
	return l.find(func(r map[string]any) bool {
		return strings.HasPrefix(fmt.Sprint(r["msg"]), "shutdown: in-flight replies did not finish")
	})
}

// sentDuringGlobalLimit lists requests the server refused because the bot
// sent them while a global rate limit was on.
func sentDuringGlobalLimit(srv *discordtest.Server) []discordtest.Request {
	var out []discordtest.Request
	for _, r := range srv.Requests() {
		if r.Err == "sent during a global rate limit" {
			out = append(out, r)
		}
	}
	return out
}

func TestE2ERateLimitedCallbackDoesNotHoldUpOthers(t *testing.T) {
	t.Parallel()
	srv := discordtest.NewServer(t, discordtest.Options{})
	logs := newLogRecorder()
	e := startBot(t, srv, bot.Options{Log: logs.logger(), DrainTimeout: time.Minute})
	ctx := testCtx(t)

	// Discord asks the bot to wait a minute before answering /ask: the
	// interaction will be gone by then, so the bot gives up on it at once
	// instead of sleeping the minute out.
	srv.RateLimitNext(discordtest.RouteCallback, discordtest.RateLimit{RetryAfter: 60 * time.Second}, 1)
	lost := make(chan error, 1)
	go func() {
		_, err := srv.Interact(ctx, ask("Donbas"))
		lost <- err
	}()
	rec := logs.wait(ctx, t, "for the rate-limited reply", msg("interaction", "command", "ask", "outcome", "send_failed"))
	if err := fmt.Sprint(rec["err"]); !strings.Contains(err, "rate limited") || !strings.Contains(err, "deadline") || strings.Contains(err, "aW50") {
		t.Errorf("logged error %q: want the rate limit and the deadline, without the interaction token", err)
	}

	// Another question is answered meanwhile, as usual.
	r, err := srv.Interact(ctx, ask("NATO"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(embedText(r.Message), "NATO") {
		t.Errorf("other answer:\n%s", embedText(r.Message))
	}
	// The rate-limited callback was sent once and not retried.
	if n := len(srv.RequestsTo(discordtest.RouteCallback)); n != 2 {
		t.Errorf("%d callbacks, want 2 (the 429 and the other answer)", n)
	}
	// Shutdown has nothing to wait for: with a one-minute grace it would
	// warn if the reply were still sleeping.
	e.stop()
	if w := drainWarnings(logs); len(w) > 0 {
		t.Errorf("shutdown waited for in-flight replies: %v", w)
	}
	if err := <-lost; !errors.Is(err, discordtest.ErrNoCallback) && !errors.Is(err, context.Canceled) {
		t.Errorf("the rate-limited interaction: %v", err)
	}
}

func TestE2EGlobalRateLimit(t *testing.T) {
	t.Parallel()
	t.Run("sends wait for its end, then go out", func(t *testing.T) {
		t.Parallel()
		srv := discordtest.NewServer(t, discordtest.Options{})
		logs := newLogRecorder()
		startBot(t, srv, bot.Options{Log: logs.logger()})
		ctx := testCtx(t)
		logs.wait(ctx, t, "bot ready", msg("bot ready")) // nothing else in flight
		const pause = 300 * time.Millisecond
		srv.RateLimitNext(discordtest.RouteChannelMessage, discordtest.RateLimit{RetryAfter: pause, Global: true}, 1)
		replied := make(chan error, 1)
		go func() {
			_, err := srv.SendMessage(ctx, discordtest.UserMessage{Content: srv.BotMention() + " security guarantees"})
			replied <- err
		}()
		limited, err := srv.WaitRequest(ctx, func(r discordtest.Request) bool { return r.Err == "injected global 429" })
		if err != nil {
			t.Fatal(err)
		}
		logs.wait(ctx, t, "the bot noticing", msg("rate limited by Discord", "global", "true"))
		// An interaction during the pause is read and answered, once the
		// pause is over (it ends well before the interaction's deadline).
		r, err := srv.Interact(ctx, ask("ceasefire"))
		if err != nil {
			t.Fatal(err)
		}
		if err := <-replied; err != nil {
			t.Fatalf("mention reply after the pause: %v", err)
		}
		if bad := sentDuringGlobalLimit(srv); len(bad) > 0 {
			t.Errorf("%d requests sent during the global rate limit: %s %s", len(bad), bad[0].Method, bad[0].Path)
		}
		for _, req := range srv.Requests() {
			if req.Time.After(limited.Time) && req.Time.Before(limited.Time.Add(pause)) && !strings.HasPrefix(req.Route, "GET /gateway") {
				t.Errorf("%s %s went out %v into the pause", req.Method, req.Path, req.Time.Sub(limited.Time))
			}
		}
		if !strings.Contains(embedText(r.Message), "ceasefire") {
			t.Errorf("answer after the pause:\n%s", embedText(r.Message))
		}
	})
	t.Run("a long one fails sends at once and does not hold up shutdown", func(t *testing.T) {
		t.Parallel()
		srv := discordtest.NewServer(t, discordtest.Options{})
		logs := newLogRecorder()
		e := startBot(t, srv, bot.Options{Log: logs.logger(), DrainTimeout: time.Minute})
		ctx := testCtx(t)
		logs.wait(ctx, t, "bot ready", msg("bot ready")) // nothing else in flight
		srv.RateLimitNext(discordtest.RouteChannelMessage, discordtest.RateLimit{RetryAfter: time.Hour, Global: true}, 1)
		if _, err := srv.PostMessage(ctx, discordtest.UserMessage{Content: srv.BotMention() + " security guarantees"}); err != nil {
			t.Fatal(err)
		}
		logs.wait(ctx, t, "for the mention", msg("interaction", "command", "mention", "outcome", "send_failed"))
		// An interaction now is still received and handled, but its reply
		// cannot go out before its deadline: it is given up, not queued.
		go func() { _, _ = srv.Interact(ctx, ask("NATO")) }()
		rec := logs.wait(ctx, t, "for /ask", msg("interaction", "command", "ask", "outcome", "send_failed"))
		if err := fmt.Sprint(rec["err"]); !strings.Contains(err, "global limit") {
			t.Errorf("logged error %q, want the global limit", err)
		}
		if bad := sentDuringGlobalLimit(srv); len(bad) > 0 {
			t.Errorf("%d requests sent during the global rate limit: %s %s", len(bad), bad[0].Method, bad[0].Path)
		}
		e.stop()
		if w := drainWarnings(logs); len(w) > 0 {
			t.Errorf("shutdown waited for in-flight replies: %v", w)
		}
	})
}

func TestE2EShutdownStopsWaitingAfterItsGrace(t *testing.T) {
	t.Parallel()
	srv := discordtest.NewServer(t, discordtest.Options{})
	logs := newLogRecorder()
	e := startBot(t, srv, bot.Options{Log: logs.logger(), DrainTimeout: 50 * time.Millisecond})
	ctx := testCtx(t)
	// A global limit shorter than a message reply may wait: the reply
	// waits for it, and is still waiting when the bot is told to stop.
	srv.RateLimitNext(discordtest.RouteChannelMessage, discordtest.RateLimit{RetryAfter: 10 * time.Second, Global: true}, 1)
	if _, err := srv.PostMessage(ctx, discordtest.UserMessage{Content: srv.BotMention() + " security guarantees"}); err != nil {
		t.Fatal(err)
	}
	if _, err := srv.WaitRequest(ctx, func(r discordtest.Request) bool { return r.Err == "injected global 429" }); err != nil {
		t.Fatal(err)
	}
	e.stop() // returns: the grace is over and the wait is cancelled
	if len(drainWarnings(logs)) != 1 {
		t.Errorf("no warning that in-flight replies were stopped:\n%s", logs.dump())
	}
	rec := logs.wait(ctx, t, "for the cancelled reply", msg("interaction", "command", "mention", "outcome", "send_failed"))
	if err := fmt.Sprint(rec["err"]); !strings.Contains(err, "context canceled") {
		t.Errorf("logged error %q, want the wait cancelled", err)
	}
}
