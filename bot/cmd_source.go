package bot

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/talksbot/talksbot/corpus"
	"github.com/talksbot/talksbot/internal/i18n"
)

// sourcePrefix routes the preview's Confirm and Cancel buttons.
const sourcePrefix = "srcadd"

// maxPending bounds previews waiting for Confirm (each holds a file).
const maxPending = 20

// pendingUpload is a previewed upload waiting for Confirm.
type pendingUpload struct {
	userID  string
	name    string // the name as uploaded; Store.Add makes it safe again
	data    []byte
	meta    *corpus.Meta
	replace bool
	expires time.Time
}

func (m *moderation) sourceCommand() Command {
	// The words (descriptions, translations) are in the catalogue under
	// cmd.source.*.
	str := func(name string, max int) *discordgo.ApplicationCommandOption {
		return &discordgo.ApplicationCommandOption{Type: discordgo.ApplicationCommandOptionString, Name: name, MaxLength: max}
	}
	return Command{
		Definition: moderatorDefinition(localized(&discordgo.ApplicationCommand{
			Name: "source",
			Options: []*discordgo.ApplicationCommandOption{
				{
					Type: discordgo.ApplicationCommandOptionSubCommand,
					Name: "add",
					Options: []*discordgo.ApplicationCommandOption{
						{Type: discordgo.ApplicationCommandOptionAttachment, Name: "file", Required: true},
						str("title", 300),
						str("outlet", 100),
						str("author", 200),
						str("date", 10),
						str("url", 500),
						{Type: discordgo.ApplicationCommandOptionBoolean, Name: "replace"},
					},
				},
				{
					Type: discordgo.ApplicationCommandOptionSubCommand,
					Name: "remove",
					Options: []*discordgo.ApplicationCommandOption{
						{Type: discordgo.ApplicationCommandOptionString, Name: "doc", Required: true, Autocomplete: true},
					},
				},
			},
		})),
		Handle:       m.handleSource,
		Autocomplete: m.autocompleteDoc,
		Components:   map[string]Handler{sourcePrefix: m.handleSourceButton},
		Private:      func(*Request) bool { return true },
		Timeout:      reindexTimeout,
	}
}

func (m *moderation) handleSource(ctx context.Context, req *Request) (*Response, error) {
	switch req.Subcommand {
	case "add":
		return m.handleAdd(ctx, req)
	case "remove":
		return m.handleRemove(ctx, req)
	}
	return &Response{Content: req.Lang.T("source.use_subcommand"), Ephemeral: true}, nil
}

// rejection turns a refused upload into the moderator's private reply.
func (m *moderation) rejection(ctx context.Context, req *Request, action, target string, err error) (*Response, error) {
	var re *corpus.RejectError
	var reason string
	switch {
	case errors.As(err, &re):
		reason = re.Reason
	case errors.Is(err, errDownload):
		reason = strings.TrimPrefix(err.Error(), errDownload.Error()+": ")
	default:
		return nil, err
	}
	// The reason is the corpus's own words (English); the frame is the
	// moderator's language.
	m.audit.record(ctx, req, auditEntry{Action: action, Target: target, Result: "refused", Detail: i18n.English.T("source.refused", "reason", reason)})
	return &Response{Content: Escape(req.Lang.T("source.refused", "reason", reason)), Ephemeral: true, NewMessage: true}, nil
}

func (m *moderation) handleAdd(ctx context.Context, req *Request) (*Response, error) {
	if r := m.checkModerator(req); r != nil {
		return m.refuse(ctx, req, "source add", "", r), nil
	}
	att := req.Attachment("file")
	if att == nil {
		return &Response{Content: req.Lang.T("source.attach"), Ephemeral: true}, nil
	}
	store := m.opts.Store
	if _, err := corpus.SafeName(att.Filename); err != nil {
		return m.rejection(ctx, req, "source add", att.Filename, err)
	}
	if int64(att.Size) > store.MaxBytes() {
		return m.rejection(ctx, req, "source add", att.Filename, &corpus.RejectError{Kind: corpus.ErrTooLarge,
			Reason: fmt.Sprintf("%q is %d bytes; the limit is %d", att.Filename, att.Size, store.MaxBytes())})
	}
	data, err := m.download(ctx, att.URL, store.MaxBytes())
	if err != nil {
		return m.rejection(ctx, req, "source add", att.Filename, err)
	}
	meta := &corpus.Meta{
		Title:  strings.TrimSpace(req.String("title")),
		Outlet: strings.TrimSpace(req.String("outlet")),
		Author: strings.TrimSpace(req.String("author")),
		Date:   strings.TrimSpace(req.String("date")),
		URL:    strings.TrimSpace(req.String("url")),
	}
	replace := req.Bool("replace")
	checked, err := store.Check(att.Filename, data, meta)
	if err != nil {
		return m.rejection(ctx, req, "source add", att.Filename, err)
	}
	if checked.Exists && !replace {
		return m.rejection(ctx, req, "source add", checked.Name, &corpus.RejectError{Kind: corpus.ErrExists,
			Reason: fmt.Sprintf("%q is already in the corpus; add it again with replace:true to update it", checked.Name)})
	}
	token := m.hold(&pendingUpload{userID: req.UserID, name: att.Filename, data: data, meta: meta, replace: replace})
	m.audit.record(ctx, req, auditEntry{Action: "source add", Target: checked.Name, Result: "previewed"})
	return &Response{
		Embeds: []*discordgo.MessageEmbed{previewEmbed(checked, req.Lang)},
		Components: []discordgo.MessageComponent{discordgo.ActionsRow{Components: []discordgo.MessageComponent{
			discordgo.Button{Label: req.Lang.T("button.confirm"), Style: discordgo.SuccessButton, CustomID: sourcePrefix + ":confirm:" + token},
			discordgo.Button{Label: req.Lang.T("button.cancel"), Style: discordgo.SecondaryButton, CustomID: sourcePrefix + ":cancel:" + token},
		}}},
		Ephemeral: true,
	}, nil
}

// hold keeps an upload until Confirm, Cancel or expiry: in
// ModerationOptions.PendingDir when set (shared by replicas), else, or if
// that fails, in memory.
func (m *moderation) hold(p *pendingUpload) string {
	now := m.now()
	p.expires = now.Add(m.opts.PendingTTL)
	if dir := m.opts.PendingDir; dir != "" {
		token := newToken()
		err := holdFile(dir, token, p, now)
		if err == nil {
			return token
		}
		m.log.Warn("cannot keep the upload in the shared folder; only this process can confirm it", "err", err)
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	var oldest string
	for k, v := range m.pending {
		if now.After(v.expires) {
			delete(m.pending, k)
		} else if oldest == "" || v.expires.Before(m.pending[oldest].expires) {
			oldest = k
		}
	}
	if len(m.pending) >= maxPending {
		delete(m.pending, oldest)
	}
	token := newToken()
	m.pending[token] = p
	return token
}

// take removes and returns the pending upload if it is userID's and alive;
// else it says why not, as a catalogue key.
func (m *moderation) take(token, userID string) (*pendingUpload, string) {
	if dir := m.opts.PendingDir; dir != "" {
		if p, why, found := takeFile(dir, token, userID, m.now()); found {
			return p, why
		}
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	p := m.pending[token]
	switch {
	case p == nil || m.now().After(p.expires):
		delete(m.pending, token)
		return nil, "source.expired"
	case p.userID != userID:
		return nil, "source.not_uploader"
	}
	delete(m.pending, token)
	return p, ""
}

func (m *moderation) handleSourceButton(ctx context.Context, req *Request) (*Response, error) {
	parts := req.CustomIDParts()
	if len(parts) != 3 {
		return &Response{Content: req.Lang.T("button.stale"), Ephemeral: true, NewMessage: true}, nil
	}
	action, token := parts[1], parts[2]
	if r := m.checkModerator(req); r != nil {
		return m.refuse(ctx, req, "source add", "", r), nil
	}
	p, why := m.take(token, req.UserID)
	if p == nil {
		if why == "source.not_uploader" {
			return &Response{Content: req.Lang.T(why), Ephemeral: true, NewMessage: true}, nil
		}
		return &Response{Content: req.Lang.T(why)}, nil
	}
	if action != "confirm" {
		m.audit.record(ctx, req, auditEntry{Action: "source add", Target: p.name, Result: "cancelled"})
		return &Response{Content: req.Lang.T("source.cancelled")}, nil
	}
	checked, err := m.opts.Store.Add(p.name, p.data, p.meta, p.replace)
	if err != nil {
		var re *corpus.RejectError
		if errors.As(err, &re) {
			m.audit.record(ctx, req, auditEntry{Action: "source add", Target: p.name, Result: "refused", Detail: re.Reason})
			return &Response{Content: Escape(req.Lang.T("source.refused", "reason", re.Reason))}, nil
		}
		m.audit.record(ctx, req, auditEntry{Action: "source add", Target: p.name, Result: "failed", Detail: err.Error()})
		return nil, err
	}
	detail, title := "added in the corpus folder", "source.added"
	if checked.Exists {
		detail, title = "replaced in the corpus folder", "source.replaced"
	}
	m.audit.record(ctx, req, auditEntry{Action: "source add", Target: checked.Name, Result: "ok", Detail: detail})
	return m.reindexAfterChange(ctx, req, "source add", checked.Name, req.Lang.T(title, "file", checked.Name))
}

// reindexAfterChange rebuilds after a file change. A rebuild already
// running may have read the folder before the change, so it waits for
// that one to end and then starts its own.
func (m *moderation) reindexAfterChange(ctx context.Context, req *Request, action, target, title string) (*Response, error) {
	return m.reindex(ctx, req, action+" reindex", target, title, true)
}

func (m *moderation) handleRemove(ctx context.Context, req *Request) (*Response, error) {
	doc := req.String("doc")
	if r := m.checkModerator(req); r != nil {
		return m.refuse(ctx, req, "source remove", doc, r), nil
	}
	removed, err := m.opts.Store.Remove(doc)
	if err != nil {
		return m.rejection(ctx, req, "source remove", doc, err)
	}
	m.audit.record(ctx, req, auditEntry{Action: "source remove", Target: doc, Result: "ok", Detail: "moved to " + removed.Trash})
	return m.reindexAfterChange(ctx, req, "source remove", doc,
		req.Lang.T("source.removed", "file", doc, "trash", removed.Trash))
}

// autocompleteDoc offers the live corpus's articles matching what is typed.
func (m *moderation) autocompleteDoc(_ context.Context, req *Request) ([]*discordgo.ApplicationCommandOptionChoice, error) {
	_, typed := req.Focused()
	typed = strings.ToLower(strings.TrimSpace(typed))
	var out []*discordgo.ApplicationCommandOptionChoice
	for _, s := range m.opts.Live.Sources() {
		if len(s.Doc) > 100 {
			continue // Discord caps a choice's value at 100 characters
		}
		if typed != "" && !strings.Contains(strings.ToLower(s.Doc), typed) && !strings.Contains(strings.ToLower(s.Title), typed) {
			continue
		}
		name := s.Doc
		if s.Title != "" {
			name = s.Title + " — " + s.Doc
		}
		if r := []rune(name); len(r) > 100 {
			name = string(r[:99]) + "…"
		}
		out = append(out, &discordgo.ApplicationCommandOptionChoice{Name: name, Value: s.Doc})
		if len(out) == maxChoices {
			break
		}
	}
	return out, nil
}

func previewEmbed(c *corpus.Checked, l i18n.Lang) *discordgo.MessageEmbed {
	d := c.Doc
	title := d.Title
	if title == "" {
		title = c.Name
	}
	title, _ = Cut(Escape(title), 240)
	orUnknown := func(s string) string {
		if s == "" {
			return l.T("preview.unknown")
		}
		return Escape(s)
	}
	file := "`" + c.Name + "`"
	if c.Exists {
		file += " " + l.T("preview.replaces")
	}
	fields := []*discordgo.MessageEmbedField{
		{Name: l.T("preview.file"), Value: file},
		{Name: l.T("preview.date"), Value: orUnknown(d.Date), Inline: true},
		{Name: l.T("preview.outlet"), Value: orUnknown(d.Outlet), Inline: true},
		{Name: l.T("preview.author"), Value: orUnknown(d.Author), Inline: true},
		{Name: l.T("preview.passages"), Value: fmt.Sprint(len(d.Passages)), Inline: true},
		{Name: l.T("preview.quotes"), Value: fmt.Sprint(len(d.Quotes)), Inline: true},
	}
	if len(d.Quotes) > 0 {
		by := map[string]int{}
		for _, q := range d.Quotes {
			name := q.Speaker
			if name == "" {
				name = l.T("preview.no_speaker")
			}
			by[name]++
		}
		names := make([]string, 0, len(by))
		for n := range by {
			names = append(names, n)
		}
		sort.Slice(names, func(i, j int) bool {
			if by[names[i]] != by[names[j]] {
				return by[names[i]] > by[names[j]]
			}
			return names[i] < names[j]
		})
		var sb strings.Builder
		for _, n := range names {
			sb.WriteString(fmt.Sprintf("%s: %d\n", Escape(n), by[n]))
		}
		v, _ := Cut(sb.String(), 1000)
		fields = append(fields, &discordgo.MessageEmbedField{Name: l.T("preview.by_speaker"), Value: v})
	}
	if len(d.Skipped) > 0 {
		var sb strings.Builder
		for _, s := range d.Skipped {
			sb.WriteString("• " + Escape(s) + "\n")
		}
		v, _ := Cut(sb.String(), 1000)
		fields = append(fields, &discordgo.MessageEmbedField{Name: l.N("preview.skipped_lines", len(d.Skipped)), Value: v})
	}
	desc := ""
	if len(d.Passages) > 0 {
		desc, _ = Cut(Escape(d.Passages[0].Text), 600)
		desc = "> " + strings.ReplaceAll(desc, "\n", "\n> ")
	}
	desc += "\n\n" + l.T("preview.confirm")
	return &discordgo.MessageEmbed{Title: l.T("preview.title", "title", title), Description: desc, Fields: fields, Color: 0xFEE75C}
}
