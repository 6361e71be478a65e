package bot_test

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/talksbot/talksbot/bot"
	"github.com/talksbot/talksbot/bot/discordtest"
	"github.com/talksbot/talksbot/internal/gencorpus"
)

// recordingObserver keeps what the bot reports for metrics.
type recordingObserver struct {
	mu           sync.Mutex
	changed      chan struct{} // closed and replaced on every Interaction
	interactions []string      // "command outcome transport"
	noAnswers    []string
	restErrors   []string // "route status"
	rateLimits   []string
	reconnects   []int
	reindexes    []string // "trigger result"
}

func (o *recordingObserver) Interaction(command, outcome, transport string, _ time.Duration) {
	o.mu.Lock()
	defer o.mu.Unlock()
	o.interactions = append(o.interactions, command+" "+outcome+" "+transport)
	if o.changed != nil {
		close(o.changed)
	}
	o.changed = make(chan struct{})
}

// waitHandled waits until n interactions have been reported (the report
// comes after the reply is sent) and returns them.
func (o *recordingObserver) waitHandled(ctx context.Context, t *testing.T, n int) []string {
	t.Helper()
	for {
		o.mu.Lock()
		if len(o.interactions) >= n {
			defer o.mu.Unlock()
			return append([]string(nil), o.interactions...)
		}
		if o.changed == nil {
			o.changed = make(chan struct{})
		}
		ch := o.changed
		o.mu.Unlock()
		select {
		case <-ch:
		case <-ctx.Done():
			t.Fatalf("%d interactions reported, want %d: %q", len(o.handled()), n, o.handled())
		}
	}
}

func (o *recordingObserver) NoAnswer(kind string) {
	o.mu.Lock()
	defer o.mu.Unlock()
	o.noAnswers = append(o.noAnswers, kind)
}

func (o *recordingObserver) RESTError(route string, status int) {
	o.mu.Lock()
	defer o.mu.Unlock()
	o.restErrors = append(o.restErrors, route+" "+strconv.Itoa(status))
}

func (o *recordingObserver) RateLimited(route string, global bool) {
	o.mu.Lock()
	defer o.mu.Unlock()
	o.rateLimits = append(o.rateLimits, route+" "+strconv.FormatBool(global))
}

func (o *recordingObserver) GatewayReconnect(shard int) {
	o.mu.Lock()
	defer o.mu.Unlock()
	o.reconnects = append(o.reconnects, shard)
}

func (o *recordingObserver) Reindex(trigger, result string, _ time.Duration) {
	o.mu.Lock()
	defer o.mu.Unlock()
	o.reindexes = append(o.reindexes, trigger+" "+result)
}

func (o *recordingObserver) handled() []string {
	o.mu.Lock()
	defer o.mu.Unlock()
	return append([]string(nil), o.interactions...)
}

// startHTTPBot runs an HTTP-only bot (discord.mode http) whose endpoint
// the test server delivers interactions to.
func startHTTPBot(t *testing.T, srv *discordtest.Server, opts bot.Options) *e2e {
	t.Helper()
	opts.HTTPOnly, opts.PublicKey = true, srv.PublicKey()
	e := startBot(t, srv, opts)
	srv.UseInteractionsEndpoint(e.endpoint)
	return e
}

// post sends body to url as Discord would, signed with key at time at
// (nil key: no signature headers), and returns the status and body.
func post(t *testing.T, ctx context.Context, url string, key ed25519.PrivateKey, at time.Time, body []byte, edit func(*http.Request)) (int, string) {
	t.Helper()
	req, err := discordtest.SignedRequest(ctx, url, key, at, body)
	if err != nil {
		t.Fatal(err)
	}
	if edit != nil {
		edit(req)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

// Discord checks a new endpoint by sending requests with bad signatures
// before it accepts the URL: every one must be refused with 401, and
// nothing about them processed, answered or logged as handled.
func TestHTTPBadSignaturesAreRefusedFirst(t *testing.T) {
	t.Parallel()
	_, key, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	srv := discordtest.NewServer(t, discordtest.Options{SigningKey: key})
	logs := newLogRecorder()
	obs := &recordingObserver{}
	var refused []string
	var refusedMu sync.Mutex
	e := startHTTPBot(t, srv, bot.Options{Log: logs.logger(), Observer: obs})
	// The endpoint as serve mounts it, with the refusal hook.
	h := e.bot.InteractionsHandler(bot.InteractionsOptions{MaxBody: 64 << 10, Refused: func(r string) {
		refusedMu.Lock()
		refused = append(refused, r)
		refusedMu.Unlock()
	}})
	hs := newServer(t, h)
	ctx := testCtx(t)
	askBody := askPayload(t, "who is Claudia Major?")
	_, otherKey, _ := ed25519.GenerateKey(rand.Reader)
	now := time.Now()
	before := len(srv.Requests())

	tests := []struct {
		name   string
		key    ed25519.PrivateKey
		at     time.Time
		body   []byte
		edit   func(*http.Request)
		status int
		reason string
	}{
		{"no signature headers", key, now, askBody, func(r *http.Request) {
			r.Header.Del("X-Signature-Ed25519")
			r.Header.Del("X-Signature-Timestamp")
		}, 401, "signature"},
		{"no timestamp", key, now, askBody, func(r *http.Request) { r.Header.Del("X-Signature-Timestamp") }, 401, "signature"},
		{"signature not hex", key, now, askBody, func(r *http.Request) { r.Header.Set("X-Signature-Ed25519", "zz") }, 401, "signature"},
		{"another key's signature", otherKey, now, askBody, nil, 401, "signature"},
		{"body changed after signing", key, now, askBody, func(r *http.Request) {
			b := bytes.Replace(askBody, []byte("Claudia"), []byte("Claudio"), 1)
			r.Body, r.ContentLength = io.NopCloser(bytes.NewReader(b)), int64(len(b))
		}, 401, "signature"},
		{"timestamp changed after signing", key, now, askBody, func(r *http.Request) {
			r.Header.Set("X-Signature-Timestamp", strconv.FormatInt(now.Unix()+1, 10))
		}, 401, "signature"},
		{"signed PING from another key", otherKey, now, []byte(`{"type":1}`), nil, 401, "signature"},
		{"stale timestamp", key, now.Add(-10 * time.Minute), askBody, nil, 401, "stale"},
		{"timestamp from the future", key, now.Add(10 * time.Minute), askBody, nil, 401, "stale"},
		{"body over the cap", key, now, bytes.Repeat([]byte(" "), 65<<10), nil, 413, "too_large"},
		{"GET", key, now, nil, func(r *http.Request) { r.Method = http.MethodGet }, 405, "method"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			status, body := post(t, ctx, hs.URL, tt.key, tt.at, tt.body, tt.edit)
			if status != tt.status {
				t.Errorf("status %d (%q), want %d", status, body, tt.status)
			}
			if strings.Contains(body, `"type"`) {
				t.Errorf("a refused request got an interaction response: %s", body)
			}
		})
	}
	if got := obs.handled(); len(got) > 0 {
		t.Errorf("refused requests were handled: %q", got)
	}
	if l := logs.find(msg("interaction")); len(l) > 0 {
		t.Errorf("refused requests were logged as interactions: %v", l)
	}
	if reqs := srv.Requests()[before:]; len(reqs) > 0 {
		t.Errorf("refused requests made the bot call Discord: %+v", reqs)
	}
	refusedMu.Lock()
	if len(refused) != len(tests) || refused[0] != "signature" || refused[7] != "stale" {
		t.Errorf("refusals reported %q", refused)
	}
	refusedMu.Unlock()

	// The same request, signed properly, is answered.
	status, body := post(t, ctx, hs.URL, key, time.Now(), askBody, nil)
	if status != 200 || !strings.Contains(body, `"type":4`) || !strings.Contains(body, "Claudia Major") {
		t.Errorf("a good request: %d %s", status, body)
	}
}

func TestHTTPPing(t *testing.T) {
	t.Parallel()
	srv := discordtest.NewServer(t, discordtest.Options{})
	obs := &recordingObserver{}
	startHTTPBot(t, srv, bot.Options{Observer: obs})
	status, body, err := srv.Ping(testCtx(t))
	if err != nil {
		t.Fatal(err)
	}
	if status != 200 || strings.TrimSpace(string(body)) != `{"type":1}` {
		t.Errorf("PING: %d %s, want 200 {\"type\":1}", status, body)
	}
	if got := obs.handled(); len(got) > 0 {
		t.Errorf("a PING counted as an interaction: %q", got)
	}
}

// An HTTP interaction is answered in the HTTP response with exactly the
// reply the gateway's gets by the callback route.
func TestHTTPAskSameReplyAsGateway(t *testing.T) {
	t.Parallel()
	srv := discordtest.NewServer(t, discordtest.Options{})
	obs := &recordingObserver{}
	e := startBot(t, srv, bot.Options{PublicKey: srv.PublicKey(), Observer: obs}) // discord.mode both
	ctx := testCtx(t)
	for _, q := range []string{"what did Peskov say", "what security guarantees were offered?", "who won the world cup"} {
		srv.UseInteractionsEndpoint("")
		gw, err := srv.Interact(ctx, ask(q))
		if err != nil {
			t.Fatal(err)
		}
		callbacks := len(srv.RequestsTo(discordtest.RouteCallback))
		srv.UseInteractionsEndpoint(e.endpoint)
		ht, err := srv.Interact(ctx, ask(q))
		if err != nil {
			t.Fatal(err)
		}
		if ht.Type != discordgo.InteractionResponseChannelMessageWithSource || ht.Type != gw.Type {
			t.Errorf("%q: HTTP reply type %d, gateway %d", q, ht.Type, gw.Type)
		}
		if n := len(srv.RequestsTo(discordtest.RouteCallback)); n != callbacks {
			t.Errorf("%q: the HTTP interaction was answered by the callback route too", q)
		}
		if g, h := mustJSON(t, gw.Message.Embeds), mustJSON(t, ht.Message.Embeds); g != h {
			t.Errorf("%q: embeds differ\ngateway %s\nhttp    %s", q, g, h)
		}
		if g, h := mustJSON(t, gw.Message.Components), mustJSON(t, ht.Message.Components); g != h {
			t.Errorf("%q: components differ\ngateway %s\nhttp    %s", q, g, h)
		}
		checkNoPings(t, ht.Message)
	}
	var http, gateway int
	seen := obs.waitHandled(ctx, t, 6)
	for _, l := range seen {
		switch l {
		case "ask ok http":
			http++
		case "ask ok gateway":
			gateway++
		}
	}
	if http != 3 || gateway != 3 {
		t.Errorf("interactions observed %q", seen)
	}
}

func TestHTTPButtonPressAndAutocomplete(t *testing.T) {
	t.Parallel()
	srv := discordtest.NewServer(t, discordtest.Options{})
	startHTTPBot(t, srv, bot.Options{})
	ctx := testCtx(t)
	r, err := srv.Interact(ctx, ask("what security guarantees were offered?"))
	if err != nil {
		t.Fatal(err)
	}
	next := buttonID(t, r.Message, "Next ›")
	p, err := srv.PressButton(ctx, r.Message, next, discordtest.Interaction{})
	if err != nil {
		t.Fatal(err)
	}
	if p.Type != discordgo.InteractionResponseUpdateMessage {
		t.Errorf("a page button answered with type %d, want 7 (update)", p.Type)
	}
	if f := p.Message.Embeds[0].Footer; f == nil || !strings.Contains(f.Text, "Page 2 of") {
		t.Errorf("after Next: footer %+v", f)
	}
	// Someone else's press is refused privately, in a new message.
	other, err := srv.PressButton(ctx, p.Message, buttonID(t, p.Message, "‹ Back"), discordtest.Interaction{User: &discordgo.User{ID: discordtest.OtherUserID}})
	if err != nil {
		t.Fatal(err)
	}
	if other.Type != discordgo.InteractionResponseChannelMessageWithSource || !other.Message.Ephemeral() {
		t.Errorf("another member's press: type %d ephemeral %v", other.Type, other.Message.Ephemeral())
	}
	choices, err := srv.Autocomplete(ctx, discordtest.Interaction{Name: "quote",
		Options: []discordtest.Option{{Name: "speaker", Value: "pes", Focused: true}}})
	if err != nil {
		t.Fatal(err)
	}
	if len(choices) == 0 || !strings.Contains(choices[0].Name, "Peskov") {
		t.Errorf("autocomplete over HTTP: %+v", choices)
	}
}

// A rebuild deferred in the HTTP response (type 5) shows its progress and
// its summary by editing @original over REST.
func TestHTTPDeferredReindexFinishesByEdits(t *testing.T) {
	t.Parallel()
	e := newModEnv(t, modConfig{http: true, deferAfter: time.Nanosecond})
	ctx := modCtx(t)
	e.fileDelay.Store(int64(20 * time.Millisecond))
	if err := writeArticles(e.dir, 20); err != nil {
		t.Fatal(err)
	}
	callbacks := len(e.srv.RequestsTo(discordtest.RouteCallback))
	r, err := e.srv.Interact(ctx, asModerator(reindexCmd()))
	if err != nil {
		t.Fatal(err)
	}
	if r.Type != discordgo.InteractionResponseDeferredChannelMessageWithSource || !r.Data.Ephemeral() {
		t.Errorf("HTTP response type %d ephemeral %v, want a private deferral (5)", r.Type, r.Data.Ephemeral())
	}
	done := finalReply(t, ctx, r, isFinal)
	if s := embedText(done); !strings.Contains(s, "done") || !strings.Contains(s, "22** documents") || !strings.Contains(s, "passages") {
		t.Errorf("summary: %s", s)
	}
	if len(r.Edits()) < 2 {
		t.Errorf("%d edits of @original, want progress then the summary", len(r.Edits()))
	}
	if n := len(e.srv.RequestsTo(discordtest.RouteCallback)); n != callbacks {
		t.Error("the HTTP interaction used the callback route")
	}
	for _, req := range e.srv.RequestsTo(discordtest.RouteWebhookMessageEdit) {
		if !req.OK() {
			t.Errorf("edit refused: %s", req.Err)
		}
	}
}

// askPayload is /ask question as Discord sends it (testdata), with a new
// interaction id.
func askPayload(t testing.TB, question string) []byte {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join("testdata", "interactions", "ask.json"))
	if err != nil {
		t.Fatal(err)
	}
	var p map[string]any
	if err := json.Unmarshal(raw, &p); err != nil {
		t.Fatal(err)
	}
	p["id"] = strconv.FormatInt(time.Now().UnixNano(), 10)
	p["data"].(map[string]any)["options"] = []any{map[string]any{"name": "question", "type": 3, "value": question}}
	b, err := json.Marshal(p)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// newServer serves h on loopback until the test ends.
func newServer(t testing.TB, h http.Handler) *httptest.Server {
	hs := httptest.NewServer(h)
	t.Cleanup(hs.Close)
	return hs
}

// writeArticles writes n generated articles under dir/new.
func writeArticles(dir string, n int) error {
	return gencorpus.WriteDir(filepath.Join(dir, "new"), n, 7)
}

func mustJSON(t *testing.T, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
