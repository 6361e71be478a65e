package bot

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/talksbot/talksbot/corpus"
	"github.com/talksbot/talksbot/index"
	"github.com/talksbot/talksbot/internal/i18n"
)

func TestCheckModerator(t *testing.T) {
	m := &moderation{opts: ModerationOptions{RoleIDs: []string{"777"}}}
	member := func(perms int64, roles ...string) *discordgo.Member {
		return &discordgo.Member{User: &discordgo.User{ID: "1"}, Permissions: perms, Roles: roles}
	}
	tests := []struct {
		name    string
		guild   string
		member  *discordgo.Member
		allowed bool
		reason  string
	}{
		{"direct message", "", nil, false, "only in a server"},
		{"DM with a member-like payload", "", member(discordgo.PermissionManageGuild), false, "only in a server"},
		{"plain member", "g", member(discordgo.PermissionSendMessages, "555"), false, "Manage Server"},
		{"Manage Server", "g", member(discordgo.PermissionManageGuild), true, ""},
		{"Administrator", "g", member(discordgo.PermissionAdministrator), true, ""},
		{"moderator role", "g", member(0, "555", "777"), true, ""},
		{"guild without member", "g", nil, false, "only in a server"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := m.checkModerator(&Request{GuildID: tt.guild, Member: tt.member, UserID: "1"})
			if (r == nil) != tt.allowed {
				t.Fatalf("allowed = %v, want %v", r == nil, tt.allowed)
			}
			if r == nil {
				return
			}
			if reason := i18n.English.T(r.key); !strings.Contains(reason, tt.reason) {
				t.Errorf("reason %q does not say %q", reason, tt.reason)
			}
		})
	}
}

func TestModeratorDefinitions(t *testing.T) {
	cmds, err := ModeratorCommands(ModerationOptions{Live: newTestLive(t), Load: nil})
	if err == nil || cmds != nil {
		t.Fatal("ModeratorCommands without a loader succeeded")
	}
	m := &moderation{}
	for _, c := range []Command{m.reindexCommand(), m.sourceCommand()} {
		d := c.Definition
		if d.DefaultMemberPermissions == nil || *d.DefaultMemberPermissions != 0x20 {
			t.Errorf("/%s default_member_permissions = %v, want 32", d.Name, d.DefaultMemberPermissions)
		}
		if d.DMPermission == nil || *d.DMPermission {
			t.Errorf("/%s is allowed in DMs", d.Name)
		}
	}
}

func TestAllowedAttachmentURL(t *testing.T) {
	tests := []struct {
		url   string
		hosts []string
		ok    bool
	}{
		{"https://cdn.discordapp.com/attachments/1/2/a.txt", DefaultAttachmentHosts, true},
		{"https://media.discordapp.net/attachments/1/2/a.txt", DefaultAttachmentHosts, true},
		{"https://CDN.discordapp.com/attachments/1/2/a.txt", DefaultAttachmentHosts, true},
		{"http://cdn.discordapp.com/attachments/1/2/a.txt", DefaultAttachmentHosts, false},
		{"https://evil.example/a.txt", DefaultAttachmentHosts, false},
		{"https://cdn.discordapp.com.evil.example/a.txt", DefaultAttachmentHosts, false},
		{"https://evil.example/cdn.discordapp.com/a.txt", DefaultAttachmentHosts, false},
		{"ftp://cdn.discordapp.com/a.txt", DefaultAttachmentHosts, false},
		{"file:///etc/passwd", DefaultAttachmentHosts, false},
		{"http://127.0.0.1:8080/a.txt", []string{"127.0.0.1:8080"}, true},
		{"http://127.0.0.1:9090/a.txt", []string{"127.0.0.1:8080"}, false},
		{"http://127.0.0.1:8080/a.txt", DefaultAttachmentHosts, false},
		{"http://intranet:8080/a.txt", []string{"intranet:8080"}, false}, // plain http only on loopback
		{"not a url", DefaultAttachmentHosts, false},
	}
	for _, tt := range tests {
		t.Run(tt.url, func(t *testing.T) {
			_, err := allowedAttachmentURL(tt.url, tt.hosts)
			if (err == nil) != tt.ok {
				t.Fatalf("allowed = %v (%v), want %v", err == nil, err, tt.ok)
			}
			if err != nil && !errors.Is(err, errDownload) {
				t.Errorf("error %v is not errDownload", err)
			}
		})
	}
}

func TestDownloadCapsSizeAndRedirects(t *testing.T) {
	big := strings.Repeat("x", 5000)
	mux := http.NewServeMux()
	mux.HandleFunc("/big-no-length", func(w http.ResponseWriter, r *http.Request) {
		w.(http.Flusher).Flush() // no Content-Length: the cap applies while reading
		w.Write([]byte(big))
	})
	mux.HandleFunc("/big", func(w http.ResponseWriter, r *http.Request) { w.Write([]byte(big)) })
	mux.HandleFunc("/small", func(w http.ResponseWriter, r *http.Request) { w.Write([]byte("hello")) })
	mux.HandleFunc("/away", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "https://evil.example/x.txt", http.StatusFound)
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	host := strings.TrimPrefix(srv.URL, "http://")
	m := &moderation{opts: ModerationOptions{AttachmentHosts: []string{host}, HTTPClient: srv.Client()}, log: slog.New(slog.DiscardHandler)}
	tests := []struct {
		path string
		want string // "" for success
	}{
		{"/small", ""},
		{"/big", "limit"},
		{"/big-no-length", "limit"},
		{"/away", "evil.example"},
		{"/missing", "HTTP 404"},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			data, err := m.download(context.Background(), srv.URL+tt.path, 1000)
			if tt.want == "" {
				if err != nil || string(data) != "hello" {
					t.Fatalf("download = %q, %v", data, err)
				}
				return
			}
			if err == nil || !errors.Is(err, errDownload) || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("download error = %v, want one saying %q", err, tt.want)
			}
		})
	}
}

func TestProgressBar(t *testing.T) {
	tests := []struct {
		percent int
		full    int
	}{{-5, 0}, {0, 0}, {49, 9}, {50, 10}, {100, 20}, {130, 20}}
	for _, tt := range tests {
		got := ProgressBar(tt.percent)
		if n := strings.Count(got, "█"); n != tt.full || strings.Count(got, "░") != barWidth-tt.full {
			t.Errorf("ProgressBar(%d) = %q: %d full cells, want %d", tt.percent, got, n, tt.full)
		}
	}
}

func newTestLive(t *testing.T) *index.Live {
	t.Helper()
	c, err := corpus.LoadFS(corpus.Default(), corpus.Options{})
	if err != nil {
		t.Fatal(err)
	}
	eng, err := index.Build(context.Background(), index.BuildOptions{Corpus: c})
	if err != nil {
		t.Fatal(err)
	}
	l := index.NewLive(eng, index.LiveOptions{})
	t.Cleanup(func() { l.Close() })
	return l
}

// embedSize is what Discord counts against the 6,000-character total.
func embedSize(e *discordgo.MessageEmbed) int {
	n := Len(e.Title) + Len(e.Description)
	for _, f := range e.Fields {
		n += Len(f.Name) + Len(f.Value)
	}
	return n
}

func TestModeratorEmbedsFitDiscordLimits(t *testing.T) {
	var skipped []corpus.SkippedFile
	for i := range 500 {
		skipped = append(skipped, corpus.SkippedFile{Path: fmt.Sprintf("folder/article-%03d`*_.txt", i), Reason: strings.Repeat("not UTF-8 text; save it as UTF-8 ", 5)})
	}
	doc := &corpus.Document{Title: strings.Repeat("A very long headline ", 40), Date: "2025-12-18"}
	for i := range 300 {
		doc.Passages = append(doc.Passages, corpus.Passage{Text: strings.Repeat("Long passage text @everyone ", 60), Paragraph: i + 1})
		doc.Quotes = append(doc.Quotes, corpus.Quote{Speaker: fmt.Sprintf("Speaker Number %d **bold**", i), Text: "x"})
		doc.Skipped = append(doc.Skipped, strings.Repeat("Share this article on social media ", 3))
	}
	tests := []struct {
		name  string
		embed *discordgo.MessageEmbed
		want  string
	}{
		{"summary with 500 skipped files", summaryEmbed("Reindexing the corpus", index.Summary{Documents: 3, Skipped: skipped}, i18n.English), "more (see the log)"},
		{"progress", progressEmbed("Reindexing the corpus", index.ReindexStatus{Phase: "indexing", FilesRead: 9, FilesTotal: 9, PassagesIndexed: 5, PassagesTotal: 10}, i18n.English), "9/9 files read, 5/10 passages indexed"},
		{"failure", failureEmbed("Reindexing the corpus", fmt.Errorf("index: reindex: build: %w", errors.New(strings.Repeat("no space left on device ", 200))), i18n.English), "previous index"},
		{"preview of a huge article", previewEmbed(&corpus.Checked{Name: "huge.txt", Doc: doc, Exists: true}, i18n.English), "replaces the current file"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := tt.embed
			if Len(e.Title) > 256 || Len(e.Description) > 4096 || len(e.Fields) > 25 || embedSize(e) > 6000 {
				t.Errorf("embed exceeds Discord's limits: title %d, description %d, %d fields, total %d",
					Len(e.Title), Len(e.Description), len(e.Fields), embedSize(e))
			}
			var all strings.Builder
			all.WriteString(e.Title + e.Description)
			for _, f := range e.Fields {
				if Len(f.Name) > 256 || Len(f.Value) > 1024 || f.Value == "" {
					t.Errorf("field %q: name %d, value %d characters", f.Name, Len(f.Name), Len(f.Value))
				}
				all.WriteString(f.Name + f.Value)
			}
			if !strings.Contains(all.String(), tt.want) {
				t.Errorf("embed lacks %q", tt.want)
			}
			if strings.Contains(all.String(), "@everyone") {
				t.Error("unescaped @everyone")
			}
		})
	}
}

func TestPendingUploads(t *testing.T) {
	now := time.Date(2026, 1, 1, 12, 0, 0, 0, time.UTC)
	m := &moderation{opts: ModerationOptions{PendingTTL: time.Minute}, now: func() time.Time { return now }, pending: map[string]*pendingUpload{}}
	tok := m.hold(&pendingUpload{userID: "alice", name: "a.txt"})
	if p, why := m.take(tok, "bob"); p != nil || !strings.Contains(i18n.English.T(why), "Only the moderator who uploaded") {
		t.Errorf("bob took alice's upload: %v %q", p, why)
	}
	if p, why := m.take(tok, "alice"); p == nil || p.name != "a.txt" {
		t.Fatalf("alice could not take her upload: %q", why)
	}
	if p, why := m.take(tok, "alice"); p != nil || !strings.Contains(i18n.English.T(why), "expired") {
		t.Errorf("an upload was confirmed twice: %v %q", p, why)
	}
	late := m.hold(&pendingUpload{userID: "alice", name: "b.txt"})
	now = now.Add(2 * time.Minute)
	if p, why := m.take(late, "alice"); p != nil || !strings.Contains(i18n.English.T(why), "expired") {
		t.Errorf("an expired preview was confirmed: %v %q", p, why)
	}
	for i := range maxPending + 5 {
		m.hold(&pendingUpload{userID: "alice", name: fmt.Sprint(i)})
	}
	if n := len(m.pending); n > maxPending {
		t.Errorf("%d uploads held, at most %d", n, maxPending)
	}
}

// With a shared folder, an upload previewed by one replica is confirmed
// by another, once.
func TestPendingUploadsInASharedFolder(t *testing.T) {
	now := time.Date(2026, 1, 1, 12, 0, 0, 0, time.UTC)
	dir := t.TempDir()
	replica := func() *moderation {
		return &moderation{opts: ModerationOptions{PendingTTL: time.Minute, PendingDir: dir}, log: slog.New(slog.DiscardHandler),
			now: func() time.Time { return now }, pending: map[string]*pendingUpload{}}
	}
	a, b := replica(), replica()
	meta := &corpus.Meta{Title: "T", Date: "2025-12-18"}
	tok := a.hold(&pendingUpload{userID: "alice", name: "a.txt", data: []byte("text"), meta: meta, replace: true})
	if len(a.pending) != 0 {
		t.Error("the upload was kept in memory, not in the shared folder")
	}
	if p, why := b.take(tok, "bob"); p != nil || why != "source.not_uploader" {
		t.Errorf("bob took alice's upload: %v %q", p, why)
	}
	p, why := b.take(tok, "alice")
	if p == nil || p.name != "a.txt" || string(p.data) != "text" || !p.replace || p.meta == nil || p.meta.Title != "T" {
		t.Fatalf("the other replica could not take it: %+v %q", p, why)
	}
	if p, why := a.take(tok, "alice"); p != nil || why != "source.expired" {
		t.Errorf("confirmed twice: %v %q", p, why)
	}
	if p, _ := a.take("../../etc/passwd", "alice"); p != nil {
		t.Error("a token with a path was taken")
	}
	late := a.hold(&pendingUpload{userID: "alice", name: "b.txt"})
	now = now.Add(2 * time.Minute)
	if p, why := b.take(late, "alice"); p != nil || why != "source.expired" {
		t.Errorf("an expired preview was confirmed: %v %q", p, why)
	}
	for i := range maxPending + 5 {
		a.hold(&pendingUpload{userID: "alice", name: fmt.Sprint(i)})
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) > maxPending {
		t.Errorf("%d uploads held, at most %d", len(entries), maxPending)
	}
}

func TestSummarySaysWhatChanged(t *testing.T) {
	tests := []struct {
		name string
		sum  index.Summary
		want string
	}{
		{"rebuilt", index.Summary{Documents: 2}, "The new index is live."},
		{"unchanged", index.Summary{Documents: 2, Unchanged: true}, "the index was kept."},
		{"topics only", index.Summary{Documents: 2, TopicsChanged: true}, "the new topics are live."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := summaryEmbed("Reindexing the corpus", tt.sum, i18n.English)
			if !strings.Contains(e.Description, tt.want) {
				t.Errorf("summary %q lacks %q", e.Description, tt.want)
			}
		})
	}
}
