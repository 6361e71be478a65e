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
	str := func(name, desc string, max int) *discordgo.ApplicationCommandOption {
		return &discordgo.ApplicationCommandOption{Type: discordgo.ApplicationCommandOptionString, Name: name, Description: desc, MaxLength: max}
	}
	return Command{
		Definition: moderatorDefinition(&discordgo.ApplicationCommand{
			Name:        "source",
			Description: "Add or remove articles of the corpus (moderators only)",
			Options: []*discordgo.ApplicationCommandOption{
				{
					Type:        discordgo.ApplicationCommandOptionSubCommand,
					Name:        "add",
					Description: "Add an article (.txt, .md or .html); shows a preview to confirm",
					Options: []*discordgo.ApplicationCommandOption{
						{Type: discordgo.ApplicationCommandOptionAttachment, Name: "file", Description: "The article: .txt, .md or .html", Required: true},
						str("title", "Headline, if the file does not say", 300),
						str("outlet", "Publication, e.g. DW", 100),
						str("author", "Author(s)", 200),
						str("date", "Publication date, YYYY-MM-DD", 10),
						str("url", "Address of the original article", 500),
						{Type: discordgo.ApplicationCommandOptionBoolean, Name: "replace", Description: "Update the file of the same name if it exists"},
					},
				},
				{
					Type:        discordgo.ApplicationCommandOptionSubCommand,
					Name:        "remove",
					Description: "Move an article to the corpus trash and reindex",
					Options: []*discordgo.ApplicationCommandOption{
						{Type: discordgo.ApplicationCommandOptionString, Name: "doc", Description: "The article", Required: true, Autocomplete: true},
					},
				},
			},
		}),
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
	return &Response{Content: "Use `/source add` or `/source remove`.", Ephemeral: true}, nil
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
	reason = "Refused: " + reason + ". Nothing was written."
	m.audit.record(ctx, req, auditEntry{Action: action, Target: target, Result: "refused", Detail: reason})
	return &Response{Content: Escape(reason), Ephemeral: true, NewMessage: true}, nil
}

func (m *moderation) handleAdd(ctx context.Context, req *Request) (*Response, error) {
	if r := m.checkModerator(req); r != nil {
		return m.refuse(ctx, req, "source add", "", r), nil
	}
	att := req.Attachment("file")
	if att == nil {
		return &Response{Content: "Attach the article file to `/source add`.", Ephemeral: true}, nil
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
		Embeds: []*discordgo.MessageEmbed{previewEmbed(checked)},
		Components: []discordgo.MessageComponent{discordgo.ActionsRow{Components: []discordgo.MessageComponent{
			discordgo.Button{Label: "Confirm", Style: discordgo.SuccessButton, CustomID: sourcePrefix + ":confirm:" + token},
			discordgo.Button{Label: "Cancel", Style: discordgo.SecondaryButton, CustomID: sourcePrefix + ":cancel:" + token},
		}}},
		Ephemeral: true,
	}, nil
}

// hold keeps an upload until Confirm, Cancel or expiry.
func (m *moderation) hold(p *pendingUpload) string {
	now := m.now()
	p.expires = now.Add(m.opts.PendingTTL)
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

// take removes and returns the pending upload if it is userID's and alive.
func (m *moderation) take(token, userID string) (*pendingUpload, string) {
	m.mu.Lock()
	defer m.mu.Unlock()
	p := m.pending[token]
	switch {
	case p == nil || m.now().After(p.expires):
		delete(m.pending, token)
		return nil, "This preview has expired (or the bot restarted). Run `/source add` again."
	case p.userID != userID:
		return nil, "Only the moderator who uploaded this file can confirm or cancel it."
	}
	delete(m.pending, token)
	return p, ""
}

func (m *moderation) handleSourceButton(ctx context.Context, req *Request) (*Response, error) {
	parts := req.CustomIDParts()
	if len(parts) != 3 {
		return &Response{Content: "This button no longer does anything.", Ephemeral: true, NewMessage: true}, nil
	}
	action, token := parts[1], parts[2]
	if r := m.checkModerator(req); r != nil {
		return m.refuse(ctx, req, "source add", "", r), nil
	}
	p, why := m.take(token, req.UserID)
	if p == nil {
		if strings.HasPrefix(why, "Only") {
			return &Response{Content: why, Ephemeral: true, NewMessage: true}, nil
		}
		return &Response{Content: why}, nil
	}
	if action != "confirm" {
		m.audit.record(ctx, req, auditEntry{Action: "source add", Target: p.name, Result: "cancelled"})
		return &Response{Content: "Cancelled: nothing was written."}, nil
	}
	checked, err := m.opts.Store.Add(p.name, p.data, p.meta, p.replace)
	if err != nil {
		var re *corpus.RejectError
		if errors.As(err, &re) {
			m.audit.record(ctx, req, auditEntry{Action: "source add", Target: p.name, Result: "refused", Detail: re.Reason})
			return &Response{Content: Escape("Refused: " + re.Reason + ". Nothing was written.")}, nil
		}
		m.audit.record(ctx, req, auditEntry{Action: "source add", Target: p.name, Result: "failed", Detail: err.Error()})
		return nil, err
	}
	verb := "Added"
	if checked.Exists {
		verb = "Replaced"
	}
	m.audit.record(ctx, req, auditEntry{Action: "source add", Target: checked.Name, Result: "ok", Detail: strings.ToLower(verb) + " in the corpus folder"})
	return m.reindexAfterChange(ctx, req, "source add", checked.Name, fmt.Sprintf("%s %s; reindexing", verb, checked.Name))
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
		fmt.Sprintf("Moved %s to %s; reindexing", doc, removed.Trash))
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

func previewEmbed(c *corpus.Checked) *discordgo.MessageEmbed {
	d := c.Doc
	title := d.Title
	if title == "" {
		title = c.Name
	}
	title, _ = Cut(Escape(title), 240)
	orUnknown := func(s string) string {
		if s == "" {
			return "unknown"
		}
		return Escape(s)
	}
	file := "`" + c.Name + "`"
	if c.Exists {
		file += " (replaces the current file; the old one goes to the trash)"
	}
	fields := []*discordgo.MessageEmbedField{
		{Name: "File", Value: file},
		{Name: "Date", Value: orUnknown(d.Date), Inline: true},
		{Name: "Outlet", Value: orUnknown(d.Outlet), Inline: true},
		{Name: "Author", Value: orUnknown(d.Author), Inline: true},
		{Name: "Passages", Value: fmt.Sprint(len(d.Passages)), Inline: true},
		{Name: "Quotes", Value: fmt.Sprint(len(d.Quotes)), Inline: true},
	}
	if len(d.Quotes) > 0 {
		by := map[string]int{}
		for _, q := range d.Quotes {
			name := q.Speaker
			if name == "" {
				name = "(no speaker found)"
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
		fields = append(fields, &discordgo.MessageEmbedField{Name: "Quotes by speaker", Value: v})
	}
	if len(d.Skipped) > 0 {
		var sb strings.Builder
		for _, s := range d.Skipped {
			sb.WriteString("• " + Escape(s) + "\n")
		}
		v, _ := Cut(sb.String(), 1000)
		fields = append(fields, &discordgo.MessageEmbedField{Name: fmt.Sprintf("Skipped %s", plural(len(d.Skipped), "line")), Value: v})
	}
	desc := ""
	if len(d.Passages) > 0 {
		desc, _ = Cut(Escape(d.Passages[0].Text), 600)
		desc = "> " + strings.ReplaceAll(desc, "\n", "\n> ")
	}
	desc += "\n\nConfirm to write it into the corpus and reindex."
	return &discordgo.MessageEmbed{Title: "Preview: " + title, Description: desc, Fields: fields, Color: 0xFEE75C}
}
