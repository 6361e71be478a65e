package bot

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"log/slog"
	"net/http"
	"slices"
	"sync"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/talksbot/talksbot/corpus"
	"github.com/talksbot/talksbot/index"
	"github.com/talksbot/talksbot/internal/i18n"
)

// manageServer is the Manage Server permission (0x20): the default for who
// sees the moderator commands, and one of the two ways to pass the
// server-side check.
const manageServer = discordgo.PermissionManageGuild

// DefaultAttachmentHosts are Discord's attachment hosts, the only places
// /source add downloads from unless configured otherwise.
var DefaultAttachmentHosts = []string{"cdn.discordapp.com", "media.discordapp.net"}

// ModerationOptions configure the moderator commands.
type ModerationOptions struct {
	// Live is the index that /reindex rebuilds and questions are answered
	// from.
	Live *index.Live
	// Store adds and removes articles in the corpus folder; nil disables
	// /source (e.g. when serving the embedded corpus).
	Store *corpus.Store
	// Load reads the corpus folder for a rebuild.
	Load index.LoadFunc
	// RoleIDs are roles whose members are moderators besides those with
	// Manage Server.
	RoleIDs []string
	// AuditChannelID, when set, receives a line per moderator action.
	AuditChannelID string
	// AttachmentHosts are the hosts uploads may come from; nil means
	// DefaultAttachmentHosts. Plain http is accepted only from a loopback
	// address listed here (for tests); anything else must be https.
	AttachmentHosts []string
	// HTTPClient downloads attachments; nil means a client with a 30 s
	// timeout.
	HTTPClient *http.Client
	// ProgressEvery is how often a rebuild's reply is edited; 0 means 1 s.
	ProgressEvery time.Duration
	// PendingTTL is how long a previewed upload waits for Confirm; 0 means
	// 14 minutes (the interaction token lasts 15).
	PendingTTL time.Duration
	// PendingDir, when set, keeps previewed uploads as files in this
	// folder instead of memory, so that Confirm works on any replica
	// sharing it (serve uses the corpus folder's hidden .pending).
	PendingDir string
	Log        *slog.Logger
	// Now is the clock; nil means time.Now.
	Now func() time.Time
	// Observer is told how each rebuild ended (metrics); nil means
	// NopObserver.
	Observer Observer
}

// The live index stands in for an engine wherever the bot answers.
var _ Answerer = (*index.Live)(nil)

// moderation holds what the moderator commands share.
type moderation struct {
	opts  ModerationOptions
	log   *slog.Logger
	audit *auditor
	now   func() time.Time

	mu      sync.Mutex
	pending map[string]*pendingUpload
}

// ModeratorCommands returns /reindex and, when a Store is given, /source,
// for Options.Extra.
func ModeratorCommands(opts ModerationOptions) ([]Command, error) {
	if opts.Live == nil {
		return nil, errors.New("bot: moderator commands: no live index")
	}
	if opts.Load == nil {
		return nil, errors.New("bot: moderator commands: no corpus loader")
	}
	if opts.Log == nil {
		opts.Log = slog.New(slog.DiscardHandler)
	}
	if opts.AttachmentHosts == nil {
		opts.AttachmentHosts = DefaultAttachmentHosts
	}
	if opts.HTTPClient == nil {
		opts.HTTPClient = &http.Client{Timeout: 30 * time.Second}
	}
	if opts.ProgressEvery <= 0 {
		opts.ProgressEvery = time.Second
	}
	if opts.PendingTTL <= 0 {
		opts.PendingTTL = 14 * time.Minute
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	if opts.Observer == nil {
		opts.Observer = NopObserver{}
	}
	log := opts.Log.With("component", "moderation")
	m := &moderation{
		opts:    opts,
		log:     log,
		audit:   &auditor{log: opts.Log.With("component", "audit"), channelID: opts.AuditChannelID},
		now:     opts.Now,
		pending: map[string]*pendingUpload{},
	}
	cmds := []Command{m.reindexCommand()}
	if opts.Store != nil {
		cmds = append(cmds, m.sourceCommand())
	}
	return cmds, nil
}

// moderatorDefinition marks a command as moderators-only for Discord:
// hidden from members without Manage Server (a server can grant it to
// other roles in its integration settings) and unavailable in DMs.
func moderatorDefinition(d *discordgo.ApplicationCommand) *discordgo.ApplicationCommand {
	perm := int64(manageServer)
	dm := false
	d.DefaultMemberPermissions = &perm
	d.DMPermission = &dm
	return d
}

// refusal is why a request was refused: a catalogue key, shown to the
// member in their language and audited in English.
type refusal struct{ key string }

// checkModerator decides on the server side, whatever Discord showed the
// member: in a server, with Manage Server (or Administrator) or one of
// the configured moderator roles.
func (m *moderation) checkModerator(req *Request) *refusal {
	if req.GuildID == "" || req.Member == nil {
		return &refusal{"moderator.server_only"}
	}
	if req.Member.Permissions&(manageServer|discordgo.PermissionAdministrator) != 0 {
		return nil
	}
	for _, r := range req.Member.Roles {
		if slices.Contains(m.opts.RoleIDs, r) {
			return nil
		}
	}
	return &refusal{"moderator.only"}
}

// refuse records a refused action and returns the private reply.
func (m *moderation) refuse(ctx context.Context, req *Request, action, target string, r *refusal) *Response {
	m.audit.record(ctx, req, auditEntry{Action: action, Target: target, Result: "refused", Detail: i18n.English.T(r.key)})
	return &Response{Content: req.Lang.T(r.key), Ephemeral: true, NewMessage: true}
}

// userName is how a user shows in messages: a mention, which with
// allowed_mentions parse [] shows the name without pinging.
func userName(req *Request) string { return "<@" + req.UserID + ">" }

func newToken() string {
	var b [8]byte
	_, _ = rand.Read(b[:])
	return hex.EncodeToString(b[:])
}
