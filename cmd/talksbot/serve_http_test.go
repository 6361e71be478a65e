package main

import (
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"io"
	"io/fs"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/talksbot/talksbot/bot/discordtest"
	"github.com/talksbot/talksbot/corpus"
)

// Discord's values the tests need; discordgo stays in bot/.
const (
	callbackMessage = 4      // interaction callback: a message
	callbackUpdate  = 7      // interaction callback: update the message
	manageServer    = 1 << 5 // the Manage Server permission
)

// These tests run `talksbot serve` in this process (run, as main does)
// against the in-process Discord server. They set the package's test
// hooks, so none of them runs in parallel with another serve test.

// served is one running `talksbot serve`.
type served struct {
	addr   string // http.listen's address, "" without one
	stderr *lockedBuffer
	done   chan int
	cancel context.CancelFunc
}

// serve starts `talksbot serve args…` and returns once it listens (when
// it has an HTTP listener). It is stopped when the test ends.
func serve(t *testing.T, args ...string) *served {
	t.Helper()
	addrs := make(chan string, 2)
	testHookListening = func(key, addr string) {
		if key == "http.listen" {
			addrs <- addr
		}
	}
	t.Cleanup(func() { testHookListening = nil })
	ctx, cancel := context.WithCancel(context.Background())
	s := &served{stderr: &lockedBuffer{}, done: make(chan int, 1), cancel: cancel}
	go func() {
		s.done <- run(ctx, append([]string{"serve"}, args...), io.Discard, s.stderr)
	}()
	t.Cleanup(s.stop(t))
	if !slicesContains(args, "--listen") {
		return s
	}
	select {
	case s.addr = <-addrs:
	case code := <-s.done:
		t.Fatalf("serve exited with %d before listening:\n%s", code, s.stderr.String())
	case <-time.After(30 * time.Second):
		t.Fatalf("serve did not listen:\n%s", s.stderr.String())
	}
	return s
}

func slicesContains(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}

func (s *served) stop(t *testing.T) func() {
	return func() {
		s.cancel()
		select {
		case code := <-s.done:
			s.done <- code
			if code != 0 {
				t.Errorf("serve exited with %d:\n%s", code, s.stderr.String())
			}
		case <-time.After(30 * time.Second):
			t.Errorf("serve did not stop:\n%s", s.stderr.String())
		}
	}
}

// get fetches path from the replica: status and body.
func (s *served) get(t *testing.T, path string) (int, string) {
	t.Helper()
	resp, err := http.Get("http://" + s.addr + path)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

// waitReady waits until /readyz says 200.
func (s *served) waitReady(t *testing.T, ctx context.Context) {
	t.Helper()
	for {
		if code, _ := s.get(t, "/readyz"); code == http.StatusOK {
			return
		}
		select {
		case <-ctx.Done():
			_, body := s.get(t, "/readyz")
			t.Fatalf("never ready (%s):\n%s", body, s.stderr.String())
		case code := <-s.done:
			t.Fatalf("serve exited with %d:\n%s", code, s.stderr.String())
		case <-time.After(10 * time.Millisecond):
		}
	}
}

// waitLog waits until the replica's log holds text.
func (s *served) waitLog(t *testing.T, ctx context.Context, text string) {
	t.Helper()
	for !strings.Contains(s.stderr.String(), text) {
		select {
		case <-ctx.Done():
			t.Fatalf("no %q in the log:\n%s", text, s.stderr.String())
		case <-time.After(10 * time.Millisecond):
		}
	}
}

func serveCtx(t *testing.T) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	t.Cleanup(cancel)
	return ctx
}

// discordEnv points serve at srv, in HTTP mode when http is set.
func discordEnv(t *testing.T, srv *discordtest.Server, mode string) {
	t.Setenv("TALKSBOT_DISCORD_TOKEN", srv.Token())
	t.Setenv("TALKSBOT_DISCORD_API_URL", srv.URL())
	t.Setenv("TALKSBOT_DISCORD_GUILD_IDS", discordtest.GuildID)
	t.Setenv("TALKSBOT_DISCORD_MODE", mode)
	t.Setenv("TALKSBOT_DISCORD_PUBLIC_KEY", srv.PublicKeyHex())
	t.Setenv("TALKSBOT_SOURCES_ATTACHMENT_HOSTS", srv.AttachmentHost())
}

func ask(q string) discordtest.Interaction {
	return discordtest.Interaction{Name: "ask", Options: []discordtest.Option{{Name: "question", Value: q}}}
}

func embedText(m *discordtest.Message) string {
	var sb strings.Builder
	for _, e := range m.Embeds {
		sb.WriteString(e.Title + "\n" + e.Description + "\n")
		for _, f := range e.Fields {
			sb.WriteString(f.Name + "\n" + f.Value + "\n")
		}
		if e.Footer != nil {
			sb.WriteString(e.Footer.Text + "\n")
		}
	}
	return sb.String()
}

// metric reads one sample from /metrics, -1 when absent.
func (s *served) metric(t *testing.T, sample string) float64 {
	t.Helper()
	_, body := s.get(t, "/metrics")
	for _, line := range strings.Split(body, "\n") {
		if rest, ok := strings.CutPrefix(line, sample+" "); ok {
			v, err := strconv.ParseFloat(rest, 64)
			if err != nil {
				t.Fatalf("%s: %v", line, err)
			}
			return v
		}
	}
	return -1
}

// serve --mode http: /healthz answers at once, /readyz and POST
// /interactions say 503 until the index is open, then questions are
// answered in the HTTP response and /metrics counts them.
func TestServeHTTPModeReadinessAndMetrics(t *testing.T) {
	_, key, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	srv := discordtest.NewServer(t, discordtest.Options{SigningKey: key})
	discordEnv(t, srv, "http")
	ctx := serveCtx(t)
	gate, reached := make(chan struct{}), make(chan struct{})
	testHookBeforeIndexOpen = func() { close(reached); <-gate }
	t.Cleanup(func() { testHookBeforeIndexOpen = nil })
	s := serve(t, "--data-dir", t.TempDir(), "--listen", "127.0.0.1:0")
	<-reached
	if code, body := s.get(t, "/healthz"); code != 200 || strings.TrimSpace(body) != "ok" {
		t.Errorf("/healthz before the index: %d %q", code, body)
	}
	if code, body := s.get(t, "/readyz"); code != 503 || !strings.Contains(body, "index") {
		t.Errorf("/readyz before the index is open: %d %q, want 503 naming the index", code, body)
	}
	srv.UseInteractionsEndpoint("http://" + s.addr + "/interactions")
	if code, _, err := srv.Ping(ctx); err != nil || code != 503 {
		t.Errorf("PING before the index is open: %d %v, want 503", code, err)
	}
	close(gate)
	s.waitReady(t, ctx)

	if code, body, err := srv.Ping(ctx); err != nil || code != 200 || strings.TrimSpace(string(body)) != `{"type":1}` {
		t.Errorf("PING: %d %s %v", code, body, err)
	}
	for _, q := range []string{"what did Peskov say", "who is Claudia Major?", "who won the world cup"} {
		r, err := srv.Interact(ctx, ask(q))
		if err != nil {
			t.Fatalf("%q: %v\n%s", q, err, s.stderr.String())
		}
		if r.Type != callbackMessage || len(r.Message.Embeds) == 0 {
			t.Errorf("%q: reply type %d: %s", q, r.Type, r.Message.Sent)
		}
	}
	if len(srv.RequestsTo(discordtest.RouteCallback)) > 0 {
		t.Error("an HTTP interaction was answered on the callback route")
	}
	// A probe with a bad signature, as Discord sends one.
	req, err := discordtest.SignedRequest(ctx, "http://"+s.addr+"/interactions", key, time.Now(), []byte(`{"type":1}`))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("X-Signature-Ed25519", strings.Repeat("0", 128))
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 401 {
		t.Errorf("bad signature: %d, want 401", resp.StatusCode)
	}

	// The interactions are counted once their replies are sent.
	for s.metric(t, `talksbot_interactions_total{command="ask",outcome="ok",transport="http"}`) < 3 {
		select {
		case <-ctx.Done():
			t.Fatal("the three questions never showed in /metrics")
		case <-time.After(10 * time.Millisecond):
		}
	}
	for sample, want := range map[string]float64{
		`talksbot_no_answer_total{kind="ask"}`:                              1,
		`talksbot_answer_duration_seconds_count{command="ask"}`:             3,
		`talksbot_index_documents`:                                          2,
		`talksbot_http_interactions_refused_total{reason="signature"}`:      1,
		`talksbot_reindex_total{result="ok",trigger="reindex"}`:             0,
		`talksbot_discord_rest_errors_total{route="/gateway",status="500"}`: -1,
	} {
		if got := s.metric(t, sample); got != want {
			t.Errorf("%s = %v, want %v", sample, got, want)
		}
	}
	if got := s.metric(t, `talksbot_index_passages`); got < 10 {
		t.Errorf("talksbot_index_passages = %v", got)
	}
	_, body := s.get(t, "/metrics")
	for _, name := range []string{"talksbot_build_info{", "talksbot_answer_duration_seconds_bucket{", "go_goroutines", "process_resident_memory_bytes"} {
		if !strings.Contains(body, name) {
			t.Errorf("/metrics lacks %s", name)
		}
	}
	if strings.Contains(s.stderr.String(), srv.Token()) {
		t.Error("the token reached the log")
	}
}

// On the default set-up — no corpus folder, no moderator setting — /source
// is registered, an uploaded article is previewed, confirmed, written to
// <data dir>/articles and answered from; /reindex then says how many
// articles and passages the unchanged index holds.
func TestServeDefaultCorpusTakesUploads(t *testing.T) {
	srv := discordtest.NewServer(t, discordtest.Options{})
	discordEnv(t, srv, "gateway")
	t.Setenv("TALKSBOT_DISCORD_PUBLIC_KEY", "")
	ctx := serveCtx(t)
	data := t.TempDir()
	s := serve(t, "--data-dir", data, "--listen", "127.0.0.1:0")
	// Gateway mode: ready once the index is open, the session connected
	// and the commands registered.
	s.waitReady(t, ctx)
	if st := srv.Stats(); !st.Connected || st.Identifies != 1 {
		t.Errorf("ready without a gateway session: %+v", st)
	}
	cmds, err := srv.WaitCommands(ctx, discordtest.GuildID)
	if err != nil {
		t.Fatal(err)
	}
	names := map[string]bool{}
	for _, c := range cmds {
		names[c.Name] = true
	}
	if !names["source"] || !names["reindex"] || !names["ask"] {
		t.Fatalf("registered %v, want /source with no configuration", names)
	}
	seeded, err := os.ReadDir(filepath.Join(data, "articles"))
	if err != nil || len(seeded) == 0 {
		t.Fatalf("articles folder not seeded: %v %v", seeded, err)
	}
	embedded, _ := fs.ReadDir(corpus.Default(), ".")
	if len(seeded) != len(embedded) {
		t.Errorf("seeded %d files, the embedded corpus has %d", len(seeded), len(embedded))
	}

	const article = `Zorbanian envoy proposes lighthouse accord

By Test Writer

The Zorbanian envoy proposed a lighthouse accord on Tuesday to keep Black Sea ports open during a ceasefire.

"The lighthouse accord keeps every port open to grain ships," said Martin Hale, the Zorbanian envoy.

Talks on the lighthouse accord are expected to resume in Vienna next month, officials said.
`
	admin := func(in discordtest.Interaction) discordtest.Interaction {
		in.Permissions = discordtest.MemberPermissions | manageServer
		return in
	}
	att := srv.AddAttachment("lighthouse.txt", "text/plain", []byte(article))
	r, err := srv.Interact(ctx, admin(discordtest.Interaction{Name: "source", Options: []discordtest.Option{
		{Name: "add", Options: []discordtest.Option{{Name: "file", Value: att}, {Name: "date", Value: "2025-12-24"}}}}}))
	if err != nil {
		t.Fatalf("%v\n%s", err, s.stderr.String())
	}
	if !strings.Contains(embedText(r.Message), "Preview: Zorbanian envoy proposes lighthouse accord") {
		t.Fatalf("preview: %q %s", r.Message.Content, embedText(r.Message))
	}
	var confirm string
	for _, b := range r.Message.Buttons() {
		if b.Label == "Confirm" {
			confirm = b.CustomID
		}
	}
	c, err := srv.PressButton(ctx, r.Message, confirm, admin(discordtest.Interaction{}))
	if err != nil {
		t.Fatal(err)
	}
	final := c.Message
	if !strings.Contains(embedText(final), ": done") {
		if final, err = c.WaitEdit(ctx, func(m *discordtest.Message) bool { return strings.Contains(embedText(m), ": done") }); err != nil {
			t.Fatalf("%v\n%s", err, s.stderr.String())
		}
	}
	if !strings.Contains(embedText(final), "**3** documents") {
		t.Errorf("after the upload: %s", embedText(final))
	}
	if _, err := os.Stat(filepath.Join(data, "articles", "lighthouse.txt")); err != nil {
		t.Errorf("the upload is not in the articles folder: %v", err)
	}
	a, err := srv.Interact(ctx, ask("lighthouse accord"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(embedText(a.Message), "lighthouse accord") || !strings.Contains(embedText(a.Message), "Martin Hale") {
		t.Errorf("/ask does not find the uploaded article: %s", embedText(a.Message))
	}

	// Nothing changed: /reindex keeps the index and says what it holds.
	ri, err := srv.Interact(ctx, admin(discordtest.Interaction{Name: "reindex"}))
	if err != nil {
		t.Fatal(err)
	}
	done := ri.Message
	if !strings.Contains(embedText(done), ": done") {
		if done, err = ri.WaitEdit(ctx, func(m *discordtest.Message) bool { return strings.Contains(embedText(m), ": done") }); err != nil {
			t.Fatal(err)
		}
	}
	text := embedText(done)
	if !strings.Contains(text, "unchanged") || !regexp.MustCompile(`\*\*3\*\* documents · \*\*\d+\*\* passages`).MatchString(text) {
		t.Errorf("/reindex of an unchanged corpus: %s", text)
	}
	for sample, want := range map[string]float64{
		`talksbot_reindex_total{result="ok",trigger="source add"}`:     1,
		`talksbot_reindex_total{result="unchanged",trigger="reindex"}`: 1,
		`talksbot_index_documents`:                                     3,
	} {
		if got := s.metric(t, sample); got != want {
			t.Errorf("%s = %v, want %v", sample, got, want)
		}
	}
	if strings.Contains(s.stderr.String(), srv.Token()) {
		t.Error("the token reached the log")
	}
}

func TestVersion(t *testing.T) {
	var stdout, stderr strings.Builder
	if code := run(context.Background(), []string{"--version"}, &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	out := stdout.String()
	if !regexp.MustCompile(`^talksbot \S+ \(commit \S+, go1\.\d+[^,]*, bleve \S+\)\n$`).MatchString(out) {
		t.Errorf("--version = %q", out)
	}
	old := version
	version, commit = "v1.2.3", "abc1234"
	t.Cleanup(func() { version, commit = old, "" })
	if line := versionLine(); !strings.HasPrefix(line, "v1.2.3 (commit abc1234, go1.") {
		t.Errorf("with -ldflags: %q", line)
	}
}

// copyEmbedded writes the embedded articles into dir.
func copyEmbedded(t *testing.T, dir string) {
	t.Helper()
	err := fs.WalkDir(corpus.Default(), ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := fs.ReadFile(corpus.Default(), p)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(dir, filepath.FromSlash(p)), b, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
}

// Two `serve --mode http` replicas over one corpus folder, each with its
// own data directory, as behind a load balancer: the same signed request
// gets the same bytes from both; a page button from one's reply works on
// the other; an upload previewed on one is confirmed on the other, and the
// first, watching the shared folder, answers from it too.
func TestServeHTTPReplicasAnswerAlike(t *testing.T) {
	_, key, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	srv := discordtest.NewServer(t, discordtest.Options{SigningKey: key})
	discordEnv(t, srv, "http")
	ctx := serveCtx(t)
	shared := t.TempDir()
	copyEmbedded(t, shared)
	a := serve(t, "--corpus", shared, "--data-dir", t.TempDir(), "--listen", "127.0.0.1:0", "--watch")
	b := serve(t, "--corpus", shared, "--data-dir", t.TempDir(), "--listen", "127.0.0.1:0", "--watch")
	a.waitReady(t, ctx)
	b.waitReady(t, ctx)
	a.waitLog(t, ctx, "watching corpus folder")
	b.waitLog(t, ctx, "watching corpus folder")

	// The same request, byte for byte, to each replica.
	for i, q := range []string{"what did Peskov say", "what security guarantees were offered?", "who won the world cup"} {
		body := []byte(`{"type":2,"id":"131234567890123456` + strconv.Itoa(i) + `","application_id":"` + discordtest.AppID + `","token":"aW50ZXJhY3Rpb24test","version":1,` +
			`"guild_id":"` + discordtest.GuildID + `","channel_id":"` + discordtest.ChannelID + `","locale":"en-GB",` +
			`"member":{"user":{"id":"` + discordtest.UserID + `","username":"alice"},"roles":[],"permissions":"0"},` +
			`"data":{"id":"1300000000000000010","name":"ask","type":1,"options":[{"name":"question","type":3,"value":"` + q + `"}]}}`)
		var replies []string
		for _, r := range []*served{a, b} {
			req, err := discordtest.SignedRequest(ctx, "http://"+r.addr+"/interactions", key, time.Now(), body)
			if err != nil {
				t.Fatal(err)
			}
			resp, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			got, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			if resp.StatusCode != 200 {
				t.Fatalf("%q: %d %s", q, resp.StatusCode, got)
			}
			replies = append(replies, string(got))
		}
		if replies[0] != replies[1] {
			t.Errorf("%q: the replicas answer differently:\n%s\n%s", q, replies[0], replies[1])
		}
	}

	// Asked on one, paged on the other.
	srv.UseInteractionsEndpoint("http://" + a.addr + "/interactions")
	r, err := srv.Interact(ctx, ask("what security guarantees were offered?"))
	if err != nil {
		t.Fatal(err)
	}
	var next string
	for _, btn := range r.Message.Buttons() {
		if btn.Label == "Next ›" {
			next = btn.CustomID
		}
	}
	srv.UseInteractionsEndpoint("http://" + b.addr + "/interactions")
	p, err := srv.PressButton(ctx, r.Message, next, discordtest.Interaction{})
	if err != nil {
		t.Fatal(err)
	}
	if f := p.Message.Embeds[0].Footer; p.Type != callbackUpdate || f == nil || !strings.Contains(f.Text, "Page 2 of") {
		t.Errorf("Next pressed on the other replica: type %d footer %+v", p.Type, f)
	}

	// Previewed on a, confirmed on b.
	admin := discordtest.Interaction{Permissions: discordtest.MemberPermissions | manageServer}
	add := admin
	add.Name = "source"
	att := srv.AddAttachment("lighthouse.txt", "text/plain", []byte("Zorbanian envoy proposes lighthouse accord\n\nBy Test Writer\n\n"+
		"The Zorbanian envoy proposed a lighthouse accord on Tuesday to keep Black Sea ports open during a ceasefire.\n\n"+
		"\"The lighthouse accord keeps every port open to grain ships,\" said Martin Hale, the Zorbanian envoy.\n"))
	add.Options = []discordtest.Option{{Name: "add", Options: []discordtest.Option{{Name: "file", Value: att}, {Name: "date", Value: "2025-12-24"}}}}
	srv.UseInteractionsEndpoint("http://" + a.addr + "/interactions")
	preview, err := srv.Interact(ctx, add)
	if err != nil {
		t.Fatal(err)
	}
	var confirm string
	for _, btn := range preview.Message.Buttons() {
		if btn.Label == "Confirm" {
			confirm = btn.CustomID
		}
	}
	srv.UseInteractionsEndpoint("http://" + b.addr + "/interactions")
	c, err := srv.PressButton(ctx, preview.Message, confirm, admin)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(embedText(c.Message), "**3** documents") {
		if _, err := c.WaitEdit(ctx, func(m *discordtest.Message) bool { return strings.Contains(embedText(m), "**3** documents") }); err != nil {
			t.Fatalf("confirm on the other replica: %v: %q %s\n%s", err, c.Message.Content, embedText(c.Message), b.stderr.String())
		}
	}
	// a rebuilds from the shared folder by itself.
	a.waitLog(t, ctx, "reindexed after a corpus change")
	for _, r := range []*served{a, b} {
		srv.UseInteractionsEndpoint("http://" + r.addr + "/interactions")
		ans, err := srv.Interact(ctx, ask("lighthouse accord"))
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(embedText(ans.Message), "Martin Hale") {
			t.Errorf("replica %s does not answer from the new article: %s", r.addr, embedText(ans.Message))
		}
	}
}
