package bot_test

import (
	"context"
	"errors"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/talksbot/talksbot/bot"
	"github.com/talksbot/talksbot/bot/discordtest"
	"github.com/talksbot/talksbot/corpus"
	"github.com/talksbot/talksbot/index"
	"github.com/talksbot/talksbot/internal/gencorpus"
)

const modRole = "1500000000000000077"

// modEnv is a bot with the moderator commands over an on-disk index of a
// corpus folder (the embedded articles plus generated ones), as serve
// wires it.
type modEnv struct {
	srv      *discordtest.Server
	dir      string
	dataDir  string
	live     *index.Live
	failLoad atomic.Bool
	// fileDelay slows reading each file (ns), so a rebuild lasts long
	// enough to be watched; gate, when set, holds the rebuild after
	// reading until it is closed.
	fileDelay atomic.Int64
	gate      atomic.Pointer[chan struct{}]
}

type modConfig struct {
	generated int   // generated articles besides the embedded two
	maxUpload int64 // 0 means the default
	hosts     []string
	// http runs the bot without the gateway, interactions delivered to
	// its HTTP endpoint; deferAfter is Options.DeferAfter.
	http       bool
	deferAfter time.Duration
}

func newModEnv(t *testing.T, cfg modConfig) *modEnv {
	t.Helper()
	e := &modEnv{srv: discordtest.NewServer(t, discordtest.Options{}), dir: t.TempDir(), dataDir: t.TempDir()}
	if err := copyEmbedded(e.dir); err != nil {
		t.Fatal(err)
	}
	if cfg.generated > 0 {
		if err := gencorpus.WriteDir(filepath.Join(e.dir, "generated"), cfg.generated, 1); err != nil {
			t.Fatal(err)
		}
	}
	c, err := corpus.Load(e.dir)
	if err != nil {
		t.Fatal(err)
	}
	eng, err := index.Open(context.Background(), index.OpenOptions{DataDir: e.dataDir, Corpus: c})
	if err != nil {
		t.Fatal(err)
	}
	e.live = index.NewLive(eng, index.LiveOptions{Open: func(ctx context.Context, c *corpus.Corpus, p func(index.Progress)) (*index.Engine, error) {
		return index.Open(ctx, index.OpenOptions{DataDir: e.dataDir, Corpus: c, Progress: p})
	}})
	t.Cleanup(func() { _ = e.live.Close() })
	store, err := corpus.NewStore(e.dir, corpus.StoreOptions{MaxBytes: cfg.maxUpload})
	if err != nil {
		t.Fatal(err)
	}
	hosts := cfg.hosts
	if hosts == nil {
		hosts = []string{e.srv.AttachmentHost()}
	}
	cmds, err := bot.ModeratorCommands(bot.ModerationOptions{
		Live:  e.live,
		Store: store,
		Load: func(ctx context.Context, onFile func(string, int, int)) (*corpus.Corpus, error) {
			if e.failLoad.Load() {
				return nil, errors.New("corpus folder unreadable (test)")
			}
			c, err := corpus.LoadWith(e.dir, corpus.Options{OnFile: func(p string, done, total int) {
				time.Sleep(time.Duration(e.fileDelay.Load()))
				onFile(p, done, total)
			}})
			if g := e.gate.Load(); g != nil {
				<-*g
			}
			return c, err
		},
		RoleIDs:         []string{modRole},
		AuditChannelID:  discordtest.ChannelID,
		AttachmentHosts: hosts,
		ProgressEvery:   50 * time.Millisecond,
	})
	if err != nil {
		t.Fatal(err)
	}
	opts := bot.Options{Engine: e.live, Extra: cmds, DeferAfter: cfg.deferAfter}
	if cfg.http {
		opts.HTTPOnly, opts.PublicKey = true, e.srv.PublicKey()
	}
	b := startBot(t, e.srv, opts)
	if cfg.http {
		e.srv.UseInteractionsEndpoint(b.endpoint)
	}
	return e
}

func copyEmbedded(dir string) error {
	return fs.WalkDir(corpus.Default(), ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := fs.ReadFile(corpus.Default(), p)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(dir, filepath.FromSlash(p)), b, 0o644)
	})
}

// files lists the corpus folder, relative paths, hidden ones included.
func (e *modEnv) files(t *testing.T) []string {
	t.Helper()
	var out []string
	err := filepath.WalkDir(e.dir, func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			rel, _ := filepath.Rel(e.dir, p)
			out = append(out, filepath.ToSlash(rel))
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// moderator acts as a member with a moderator role but no Manage Server.
func asModerator(in discordtest.Interaction) discordtest.Interaction {
	in.Permissions = discordtest.MemberPermissions
	in.Roles = []string{modRole}
	return in
}

// admin acts as a member with Manage Server.
func asAdmin(in discordtest.Interaction) discordtest.Interaction {
	in.Permissions = discordtest.MemberPermissions | discordgo.PermissionManageGuild
	return in
}

func asMember(in discordtest.Interaction) discordtest.Interaction {
	in.Permissions = discordtest.MemberPermissions
	in.Roles = []string{"1500000000000000001"}
	return in
}

func reindexCmd() discordtest.Interaction { return discordtest.Interaction{Name: "reindex"} }

func sourceAdd(att discordtest.Attachment, extra ...discordtest.Option) discordtest.Interaction {
	opts := append([]discordtest.Option{{Name: "file", Value: att}}, extra...)
	return discordtest.Interaction{Name: "source", Options: []discordtest.Option{{Name: "add", Options: opts}}}
}

func sourceRemove(doc string) discordtest.Interaction {
	return discordtest.Interaction{Name: "source", Options: []discordtest.Option{{Name: "remove", Options: []discordtest.Option{{Name: "doc", Value: doc}}}}}
}

// final waits for the reply's last state to satisfy done.
func finalReply(t *testing.T, ctx context.Context, r *discordtest.Reply, done func(string) bool) *discordtest.Message {
	t.Helper()
	if m := r.Message; m != nil && done(embedText(m)+m.Content) {
		return m // answered at once, without a deferral
	}
	m, err := r.WaitEdit(ctx, func(m *discordtest.Message) bool { return done(embedText(m) + m.Content) })
	if err != nil {
		cur := r.Current()
		if cur != nil {
			t.Fatalf("%v; reply now: %s%s", err, cur.Content, embedText(cur))
		}
		t.Fatal(err)
	}
	return m
}

func isFinal(s string) bool { return strings.Contains(s, ": done") || strings.Contains(s, ": failed") }

// auditLines are the audit messages posted so far.
func (e *modEnv) auditLines() []string {
	var out []string
	for _, m := range e.srv.ChannelMessages(discordtest.ChannelID) {
		if strings.HasPrefix(m.Content, "**") && strings.Contains(m.Content, " by <@") {
			out = append(out, m.Content)
		}
	}
	return out
}

const newArticle = `Zorbanian envoy proposes lighthouse accord

By Test Writer

The Zorbanian envoy proposed a lighthouse accord on Tuesday to keep Black Sea ports open during a ceasefire.

"The lighthouse accord keeps every port open to grain ships," said Martin Hale, the Zorbanian envoy.

Talks on the lighthouse accord are expected to resume in Vienna next month, officials said.
`

const newTitle = "Zorbanian envoy proposes lighthouse accord"

func TestE2EModeratorOnly(t *testing.T) {
	t.Parallel()
	e := newModEnv(t, modConfig{})
	ctx := modCtx(t)
	att := e.srv.AddAttachment("fine.txt", "text/plain", []byte(newArticle))
	docs := e.live.Sources()
	before := e.files(t)
	tests := []struct {
		name string
		in   discordtest.Interaction
	}{
		{"reindex", asMember(reindexCmd())},
		{"source add", asMember(sourceAdd(att))},
		{"source remove", asMember(sourceRemove(docs[0].Doc))},
		{"no role, no permissions", func() discordtest.Interaction { in := reindexCmd(); in.Permissions = 0; return in }()},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := e.srv.Interact(ctx, tt.in)
			if err != nil {
				t.Fatal(err)
			}
			m := r.Message
			if !m.Ephemeral() || !strings.Contains(m.Content, "Manage Server permission or a moderator role") {
				t.Errorf("refusal = %q (ephemeral %v)", m.Content, m.Ephemeral())
			}
			checkNoPings(t, m)
			if len(m.Components) > 0 {
				t.Error("a refusal offers buttons")
			}
		})
	}
	if after := e.files(t); !slices.Equal(before, after) {
		t.Errorf("refused requests changed the corpus folder: %v -> %v", before, after)
	}
	if got := e.live.Sources(); len(got) != len(docs) {
		t.Errorf("refused requests changed the index: %d -> %d documents", len(docs), len(got))
	}
	if reqs := e.srv.Requests(); slices.ContainsFunc(reqs, func(r discordtest.Request) bool { return r.Route == "GET /attachments" }) {
		t.Error("a refused upload was downloaded")
	}
	var refusals int
	for _, l := range e.auditLines() {
		if strings.Contains(l, "refused") {
			refusals++
		}
	}
	if refusals != len(tests) {
		t.Errorf("audit channel has %d refusals, want %d: %q", refusals, len(tests), e.auditLines())
	}
}

func TestE2EReindexProgressAndSummary(t *testing.T) {
	t.Parallel()
	e := newModEnv(t, modConfig{})
	ctx := modCtx(t)
	// The corpus changes after start-up: 30 new articles and a bad file.
	e.fileDelay.Store(int64(15 * time.Millisecond))
	if err := gencorpus.WriteDir(filepath.Join(e.dir, "new"), 30, 9); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(e.dir, "broken.txt"), []byte{0xff, 0xfe, 0, 0, 1, 2}, 0o644); err != nil {
		t.Fatal(err)
	}
	r, err := e.srv.Interact(ctx, asModerator(reindexCmd()))
	if err != nil {
		t.Fatal(err)
	}
	if r.Type != discordgo.InteractionResponseDeferredChannelMessageWithSource || !r.Data.Ephemeral() {
		t.Errorf("first response type %d ephemeral %v, want a private deferral", r.Type, r.Data.Ephemeral())
	}
	done := finalReply(t, ctx, r, isFinal)
	text := embedText(done)
	for _, want := range []string{"done", "32** documents", "passages", "quotes", "speakers", "broken.txt", "Skipped 1 file"} {
		if !strings.Contains(text, want) {
			t.Errorf("summary lacks %q:\n%s", want, text)
		}
	}
	var progress int
	for _, m := range r.Edits() {
		checkNoPings(t, m)
		if s := embedText(m); strings.Contains(s, "%") && strings.Contains(s, "files read") && !isFinal(s) {
			progress++
		}
	}
	if progress < 2 {
		t.Errorf("%d progress edits before the summary, want several", progress)
	}
	if n := len(e.live.Sources()); n != 32 {
		t.Errorf("live index has %d documents after reindex, want 32", n)
	}
	if !slices.ContainsFunc(e.auditLines(), func(l string) bool { return strings.HasPrefix(l, "**reindex** by <@") && strings.Contains(l, "ok") }) {
		t.Errorf("no audit line for the reindex: %q", e.auditLines())
	}

	// Nothing changed since: the index is kept, quickly.
	r, err = e.srv.Interact(ctx, asAdmin(reindexCmd()))
	if err != nil {
		t.Fatal(err)
	}
	if s := embedText(finalReply(t, ctx, r, isFinal)); !strings.Contains(s, "unchanged") {
		t.Errorf("second reindex of the same corpus: %s", s)
	}
}

func TestE2EOneReindexAtATime(t *testing.T) {
	t.Parallel()
	e := newModEnv(t, modConfig{})
	ctx := modCtx(t)
	if err := gencorpus.WriteDir(filepath.Join(e.dir, "new"), 10, 4); err != nil {
		t.Fatal(err)
	}
	gate := make(chan struct{})
	e.gate.Store(&gate)
	first, err := e.srv.Interact(ctx, asModerator(reindexCmd()))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := first.WaitEdit(ctx, func(m *discordtest.Message) bool {
		return strings.Contains(embedText(m), "10/10") || strings.Contains(embedText(m), "12/12")
	}); err != nil {
		t.Fatal(err)
	}
	bob := &discordgo.User{ID: discordtest.OtherUserID, Username: "bob"}
	in := asAdmin(reindexCmd())
	in.User = bob
	second, err := e.srv.Interact(ctx, in)
	if err != nil {
		t.Fatal(err)
	}
	m := second.Message
	text := m.Content + embedText(m)
	if !strings.Contains(text, "already running") || !strings.Contains(text, "<@"+discordtest.UserID+">") || !strings.Contains(text, "%") {
		t.Errorf("second request told %q; want who started the running one and how far", text)
	}
	if !m.Ephemeral() {
		t.Error("the busy notice is public")
	}
	checkNoPings(t, m)
	close(gate)
	if s := embedText(finalReply(t, ctx, first, isFinal)); !strings.Contains(s, ": done") {
		t.Errorf("first reindex: %s", s)
	}
}

// TestE2EAsksDuringReindex sends /ask interactions from three members
// while a generated corpus of 2,000 articles is rebuilt and swapped in:
// at least 200 are sent while the rebuild is under way (it is held after
// reading until they have been answered, so a fast machine cannot finish
// first), more during indexing and the swap, and every one is answered,
// none with an error.
func TestE2EAsksDuringReindex(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a 2,000-article index")
	}
	n := 2000
	if raceDetector && os.Getenv("TALKSBOT_LONG_TESTS") == "" {
		// Reading and indexing 2,000 articles under the race detector on
		// two cores takes minutes; the same test runs in full without
		// -race (or with TALKSBOT_LONG_TESTS=1).
		n = 300
	}
	e := newModEnv(t, modConfig{})
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	defer cancel()
	if err := gencorpus.WriteDir(filepath.Join(e.dir, "generated"), n, 2); err != nil {
		t.Fatal(err)
	}
	gate := make(chan struct{})
	e.gate.Store(&gate)
	var release sync.Once
	rr, err := e.srv.Interact(ctx, asModerator(reindexCmd()))
	if err != nil {
		t.Fatal(err)
	}
	finished := make(chan struct{})
	var summary *discordtest.Message
	go func() {
		defer close(finished)
		summary, _ = rr.WaitEdit(ctx, func(m *discordtest.Message) bool { return isFinal(embedText(m)) })
	}()

	questions := []string{"what did Peskov say", "security guarantees", "what did Marchenko say", "ceasefire monitoring", "who won the world cup"}
	var during, afterRelease, failed atomic.Int64
	var wg sync.WaitGroup
	for w := range 3 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; ; i++ {
				select {
				case <-finished:
					return
				default:
				}
				_, running := e.live.Running()
				r, err := e.srv.Interact(ctx, asMember(ask(questions[(w+i)%len(questions)])))
				if err != nil {
					failed.Add(1)
					t.Errorf("ask: %v", err)
					continue
				}
				m := r.Message
				if m == nil || len(m.Embeds) == 0 || m.Ephemeral() || strings.Contains(m.Content, "went wrong") {
					failed.Add(1)
					t.Errorf("ask answered with an error: %+v", m)
					continue
				}
				if _, still := e.live.Running(); running && still {
					if during.Add(1) >= 200 {
						release.Do(func() { close(gate) })
					}
					select {
					case <-gate:
						afterRelease.Add(1)
					default:
					}
				}
				// A short pause, so that three members asking do not
				// starve the rebuild of CPU.
				time.Sleep(10 * time.Millisecond)
			}
		}()
	}
	<-finished
	release.Do(func() { close(gate) })
	wg.Wait()
	if summary == nil || !strings.Contains(embedText(summary), ": done") {
		t.Fatalf("reindex did not finish: %v", summary)
	}
	t.Logf("%d articles: %d /ask answered during the reindex (%d while indexing and swapping), %d failed",
		n, during.Load(), afterRelease.Load(), failed.Load())
	if during.Load() < 200 {
		t.Errorf("only %d questions were answered during the reindex, want at least 200", during.Load())
	}
	if got := len(e.live.Sources()); got != n+2 {
		t.Errorf("%d documents live after the reindex, want %d", got, n+2)
	}
}

func TestE2EFailedRebuildKeepsOldAnswers(t *testing.T) {
	t.Parallel()
	e := newModEnv(t, modConfig{})
	ctx := modCtx(t)
	peskov := func() string {
		t.Helper()
		r, err := e.srv.Interact(ctx, asMember(ask("what did Peskov say")))
		if err != nil {
			t.Fatal(err)
		}
		return embedText(r.Message)
	}
	before := peskov()
	if !strings.Contains(before, "Dmitry Peskov") {
		t.Fatalf("no Peskov before: %s", before)
	}
	e.failLoad.Store(true)
	r, err := e.srv.Interact(ctx, asModerator(reindexCmd()))
	if err != nil {
		t.Fatal(err)
	}
	s := embedText(finalReply(t, ctx, r, isFinal))
	if !strings.Contains(s, "failed") || !strings.Contains(s, "unreadable") || !strings.Contains(s, "previous index") {
		t.Errorf("failure reply: %s", s)
	}
	if after := peskov(); after != before {
		t.Errorf("answer changed after a failed rebuild:\n%s\n---\n%s", before, after)
	}
	if !slices.ContainsFunc(e.auditLines(), func(l string) bool { return strings.HasPrefix(l, "**reindex**") && strings.Contains(l, "failed") }) {
		t.Errorf("no audit line for the failure: %q", e.auditLines())
	}
}

func TestE2ESourceAddConfirmRemove(t *testing.T) {
	t.Parallel()
	e := newModEnv(t, modConfig{})
	ctx := modCtx(t)
	lighthouse := func() string {
		t.Helper()
		r, err := e.srv.Interact(ctx, asMember(ask("lighthouse accord")))
		if err != nil {
			t.Fatal(err)
		}
		return embedText(r.Message)
	}
	if strings.Contains(lighthouse(), newTitle) {
		t.Fatal("the article answers before it was added")
	}
	att := e.srv.AddAttachment("Lighthouse accord.txt", "text/plain", []byte(newArticle))
	add := asModerator(sourceAdd(att,
		discordtest.Option{Name: "outlet", Value: "Example Wire"},
		discordtest.Option{Name: "date", Value: "2025-12-24"},
		discordtest.Option{Name: "url", Value: "https://example.org/lighthouse"}))

	// Cancel writes nothing.
	before := e.files(t)
	r, err := e.srv.Interact(ctx, add)
	if err != nil {
		t.Fatal(err)
	}
	if r.Message.Content != "" || !strings.Contains(embedText(r.Message), "Preview: "+newTitle) {
		t.Fatalf("preview: %q %s", r.Message.Content, embedText(r.Message))
	}
	cancelID := buttonID(t, r.Message, "Cancel")
	c, err := e.srv.PressButton(ctx, r.Message, cancelID, asModerator(discordtest.Interaction{}))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(c.Message.Content, "nothing was written") {
		t.Errorf("cancel: %q", c.Message.Content)
	}
	if after := e.files(t); !slices.Equal(before, after) {
		t.Fatalf("cancel wrote files: %v", after)
	}

	// Preview, then confirm: written, reindexed, answering.
	r, err = e.srv.Interact(ctx, add)
	if err != nil {
		t.Fatal(err)
	}
	preview := embedText(r.Message)
	for _, want := range []string{"Preview: " + newTitle, "Lighthouse_accord.txt", "2025-12-24", "Example Wire", "Passages", "Martin Hale: 1"} {
		if !strings.Contains(preview, want) {
			t.Errorf("preview lacks %q:\n%s", want, preview)
		}
	}
	if !r.Message.Ephemeral() {
		t.Error("preview is public")
	}
	if slices.Contains(e.files(t), "Lighthouse_accord.txt") {
		t.Fatal("file written before Confirm")
	}
	// Someone else cannot confirm it (they cannot even see the private
	// preview); the server refuses the press.
	bob := asModerator(discordtest.Interaction{User: &discordgo.User{ID: discordtest.OtherUserID, Username: "bob"}})
	if _, err := e.srv.PressButton(ctx, r.Message, buttonID(t, r.Message, "Confirm"), bob); !errors.Is(err, discordtest.ErrNotVisible) {
		t.Errorf("bob pressing alice's Confirm: %v", err)
	}
	conf, err := e.srv.PressButton(ctx, r.Message, buttonID(t, r.Message, "Confirm"), asModerator(discordtest.Interaction{}))
	if err != nil {
		t.Fatal(err)
	}
	done := embedText(finalReply(t, ctx, conf, isFinal))
	if !strings.Contains(done, "Added Lighthouse_accord.txt") || !strings.Contains(done, ": done") {
		t.Errorf("confirm result: %s", done)
	}
	files := e.files(t)
	if !slices.Contains(files, "Lighthouse_accord.txt") || !slices.Contains(files, "Lighthouse_accord.meta.yaml") {
		t.Errorf("files after confirm: %v", files)
	}
	if got := lighthouse(); !strings.Contains(got, newTitle) || !strings.Contains(got, "Example Wire") {
		t.Errorf("the new article does not answer:\n%s", got)
	}

	// The same name again is refused without replace.
	r, err = e.srv.Interact(ctx, add)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(r.Message.Content, "replace:true") {
		t.Errorf("re-adding without replace: %q", r.Message.Content)
	}

	// Autocomplete finds it; remove moves it to the trash.
	choices, err := e.srv.Autocomplete(ctx, asModerator(discordtest.Interaction{Name: "source", Options: []discordtest.Option{{Name: "remove", Options: []discordtest.Option{{Name: "doc", Value: "lighth", Focused: true}}}}}))
	if err != nil {
		t.Fatal(err)
	}
	if len(choices) != 1 || choices[0].Value != "Lighthouse_accord.txt" {
		t.Fatalf("autocomplete choices: %+v", choices)
	}
	rm, err := e.srv.Interact(ctx, asModerator(sourceRemove("Lighthouse_accord.txt")))
	if err != nil {
		t.Fatal(err)
	}
	if s := embedText(finalReply(t, ctx, rm, isFinal)); !strings.Contains(s, ": done") || !strings.Contains(s, ".trash/") {
		t.Errorf("remove result: %s", s)
	}
	if got := lighthouse(); strings.Contains(got, newTitle) {
		t.Errorf("the removed article still answers:\n%s", got)
	}
	var trashed []string
	for _, f := range e.files(t) {
		if strings.HasPrefix(f, ".trash/") {
			trashed = append(trashed, filepath.Base(f))
		}
	}
	slices.Sort(trashed)
	if !slices.Equal(trashed, []string{"Lighthouse_accord.meta.yaml", "Lighthouse_accord.txt"}) {
		t.Errorf("trash holds %v", trashed)
	}
	for _, action := range []string{"**source add** by", "**source remove** by"} {
		if !slices.ContainsFunc(e.auditLines(), func(l string) bool { return strings.HasPrefix(l, action) && strings.Contains(l, " ok ") }) {
			t.Errorf("no audit line %q ok: %q", action, e.auditLines())
		}
	}
}

func buttonID(t *testing.T, m *discordtest.Message, label string) string {
	t.Helper()
	for _, b := range m.Buttons() {
		if b.Label == label {
			return b.CustomID
		}
	}
	t.Fatalf("no %q button on %s", label, m.ID)
	return ""
}

func TestE2ESourceAddRefusesBadAttachments(t *testing.T) {
	t.Parallel()
	e := newModEnv(t, modConfig{maxUpload: 4096})
	ctx := modCtx(t)
	elsewhere := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte(newArticle))
	}))
	defer elsewhere.Close()

	big := []byte(strings.Repeat("Security guarantees were discussed again in Geneva. ", 200))
	lying := e.srv.AddAttachment("lying.txt", "text/plain", big)
	lying.Size = 100 // claims to be small: the cap applies while reading
	foreign := e.srv.AddAttachment("foreign.txt", "text/plain", []byte(newArticle))
	foreign.URL = elsewhere.URL + "/attachments/1/2/foreign.txt"
	tests := []struct {
		name string
		att  discordtest.Attachment
		want string
	}{
		{"too large", e.srv.AddAttachment("big.txt", "text/plain", big), "limit"},
		{"too large, size hidden", lying, "limit"},
		{"binary", e.srv.AddAttachment("photo.txt", "text/plain", append([]byte("\x89PNG\r\n\x1a\n\x00\x00"), make([]byte, 200)...)), "binary"},
		{"wrong extension", e.srv.AddAttachment("article.pdf", "application/pdf", []byte(newArticle)), "accepted: .txt, .md, .html"},
		{"path traversal", e.srv.AddAttachment("../../etc/passwd.txt", "text/plain", []byte(newArticle)), "contains a path"},
		{"other host", foreign, "accepted only from"},
	}
	before := e.files(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := e.srv.Interact(ctx, asModerator(sourceAdd(tt.att)))
			if err != nil {
				t.Fatal(err)
			}
			m := r.Message
			if !m.Ephemeral() || !strings.Contains(m.Content, "Refused") || !strings.Contains(m.Content, tt.want) || !strings.Contains(m.Content, "Nothing was written") {
				t.Errorf("reply %q; want a private refusal saying %q", m.Content, tt.want)
			}
			if len(m.Components) > 0 {
				t.Error("a refused upload offers Confirm")
			}
			checkNoPings(t, m)
		})
	}
	if after := e.files(t); !slices.Equal(before, after) {
		t.Errorf("refused uploads wrote files: %v", after)
	}
	if _, err := os.Stat(filepath.Join(e.dir, "..", "etc")); err == nil {
		t.Error("something was written outside the corpus folder")
	}
	var refused int
	for _, l := range e.auditLines() {
		if strings.HasPrefix(l, "**source add**") && strings.Contains(l, "refused") {
			refused++
		}
	}
	if refused != len(tests) {
		t.Errorf("%d refusals audited, want %d", refused, len(tests))
	}
}

func TestE2EModeratorCommandsRegistered(t *testing.T) {
	t.Parallel()
	e := newModEnv(t, modConfig{})
	for _, c := range e.srv.Commands(discordtest.GuildID) {
		if c.Name != "reindex" && c.Name != "source" {
			continue
		}
		if c.DefaultMemberPermissions == nil || *c.DefaultMemberPermissions != discordgo.PermissionManageGuild {
			t.Errorf("/%s default_member_permissions = %v, want %d", c.Name, c.DefaultMemberPermissions, discordgo.PermissionManageGuild)
		}
		if c.DMPermission == nil || *c.DMPermission {
			t.Errorf("/%s allowed in DMs", c.Name)
		}
	}
	// Discord offers no /reindex in DMs: the server never dispatches it.
	ctx, cancel := context.WithTimeout(context.Background(), 500*time.Millisecond)
	defer cancel()
	if _, err := e.srv.Interact(ctx, discordtest.Interaction{Name: "reindex", DM: true}); err == nil {
		t.Error("/reindex could be invoked in a DM")
	}
}

// modCtx bounds a moderator test; rebuilds under the race detector on two
// cores are slow.
func modCtx(t *testing.T) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	t.Cleanup(cancel)
	return ctx
}

// segmentFiles lists the segment files of the index served from dir.
func segmentFiles(t *testing.T, dir string) []string {
	t.Helper()
	zaps, err := filepath.Glob(filepath.Join(dir, "bleve", "store", "*.zap"))
	if err != nil || len(zaps) == 0 {
		t.Fatalf("no segments in %s: %v", dir, err)
	}
	return zaps
}

func TestE2EReindexRebuildsADeletedIndex(t *testing.T) {
	t.Parallel()
	e := newModEnv(t, modConfig{})
	ctx := modCtx(t)
	old := e.live.Dir()
	if err := os.RemoveAll(old); err != nil {
		t.Fatal(err)
	}
	r, err := e.srv.Interact(ctx, asModerator(reindexCmd()))
	if err != nil {
		t.Fatal(err)
	}
	m := finalReply(t, ctx, r, isFinal)
	text := embedText(m)
	if !strings.Contains(text, ": done") || !strings.Contains(text, "The new index is live") {
		t.Errorf("reply after deleting the index folder:\n%s", text)
	}
	now := e.live.Dir()
	if now == old {
		t.Fatal("still serving the deleted folder")
	}
	if _, err := os.Stat(filepath.Join(now, "COMPLETE")); err != nil {
		t.Errorf("nothing complete on disk after /reindex: %v", err)
	}
	a, err := e.srv.Interact(ctx, ask("what did Peskov say"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(embedText(a.Message), "Dmitry Peskov") {
		t.Errorf("answer after the rebuild:\n%s", embedText(a.Message))
	}
}

func TestE2ETruncatedSegmentGivesAnErrorThenARebuild(t *testing.T) {
	t.Parallel()
	e := newModEnv(t, modConfig{})
	ctx := modCtx(t)
	old := e.live.Dir()
	// Truncated under the running bot, which has the segment mapped:
	// reading it raises SIGBUS, which used to kill the process.
	for _, z := range segmentFiles(t, old) {
		if err := os.Truncate(z, 0); err != nil {
			t.Fatal(err)
		}
	}
	r, err := e.srv.Interact(ctx, ask("security guarantees"))
	if err != nil {
		t.Fatal(err)
	}
	if m := r.Message; !m.Ephemeral() || !strings.Contains(m.Content, "damaged") || !strings.Contains(m.Content, "rebuilding") {
		t.Errorf("reply to a question on the damaged index: %s", m.Sent)
	}
	for e.live.Dir() == old {
		select {
		case <-ctx.Done():
			t.Fatal("the damaged index was not rebuilt")
		case <-time.After(10 * time.Millisecond):
		}
	}
	r, err = e.srv.Interact(ctx, ask("security guarantees"))
	if err != nil {
		t.Fatal(err)
	}
	// Answered from the rebuilt index: passages about security, cited,
	// no longer the damage notice.
	if text := embedText(r.Message); !strings.Contains(strings.ToLower(text), "security guarantees") || !strings.Contains(text, "[1]") || strings.Contains(r.Message.Content, "damaged") {
		t.Errorf("answer after the rebuild:\n%s%s", r.Message.Content, text)
	}
}
