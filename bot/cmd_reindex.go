package bot

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/talksbot/talksbot/index"
	"github.com/talksbot/talksbot/internal/i18n"
)

// reindexTimeout bounds a rebuild started from Discord: the interaction
// token that lets the bot edit its reply lasts 15 minutes.
const reindexTimeout = 14 * time.Minute

func (m *moderation) reindexCommand() Command {
	return Command{
		Definition: moderatorDefinition(localized(&discordgo.ApplicationCommand{Name: "reindex"})),
		Handle:     m.handleReindex,
		Private:    func(*Request) bool { return true },
		Timeout:    reindexTimeout,
	}
}

func (m *moderation) handleReindex(ctx context.Context, req *Request) (*Response, error) {
	if r := m.checkModerator(req); r != nil {
		return m.refuse(ctx, req, "reindex", "", r), nil
	}
	return m.reindex(ctx, req, "reindex", "", req.Lang.T("reindex.title"), false)
}

// reindex rebuilds the index while editing the reply about once per
// ProgressEvery, and returns the summary (or what went wrong) as the
// final reply. It audits the result under action and target. When a
// rebuild is already running, wait says whether to wait for it to end and
// then rebuild, or to tell who started it and how far it is.
func (m *moderation) reindex(ctx context.Context, req *Request, action, target, title string, wait bool) (*Response, error) {
	l := req.Lang
	var (
		mu      sync.Mutex
		latest  index.ReindexStatus
		changed bool
	)
	stop := make(chan struct{})
	edits := sync.WaitGroup{}
	edits.Add(1)
	go func() {
		defer edits.Done()
		tick := time.NewTicker(m.opts.ProgressEvery)
		defer tick.Stop()
		for {
			mu.Lock()
			st, ok := latest, changed
			changed = false
			mu.Unlock()
			if ok {
				if err := req.Update(ctx, &Response{Embeds: []*discordgo.MessageEmbed{progressEmbed(title, st, l)}}); err != nil {
					m.log.Warn("reindex progress edit", "err", err)
				}
			}
			select {
			case <-stop:
				return
			case <-tick.C:
			}
		}
	}()
	var (
		sum index.Summary
		err error
	)
	began := time.Now()
	for {
		sum, err = m.opts.Live.Reindex(ctx, userName(req), m.opts.Load, func(st index.ReindexStatus) {
			mu.Lock()
			latest, changed = st, true
			mu.Unlock()
		})
		if !wait || !errors.Is(err, index.ErrReindexRunning) {
			break
		}
		mu.Lock()
		latest, changed = index.ReindexStatus{Phase: "waiting"}, true
		mu.Unlock()
		select {
		case <-ctx.Done():
		case <-time.After(250 * time.Millisecond):
			continue
		}
		err = fmt.Errorf("waiting for the running reindex: %w", ctx.Err())
		break
	}
	close(stop)
	edits.Wait()
	m.opts.Observer.Reindex(strings.TrimSuffix(action, " reindex"), ReindexResult(sum, err), time.Since(began))

	var running *index.ReindexRunningError
	switch {
	case errors.As(err, &running):
		st := running.Status
		msg := l.T("reindex.running", "who", st.Initiator, "when", relTime(st.Started), "status", statusLine(st, l))
		m.audit.record(ctx, req, auditEntry{Action: action, Target: target, Result: "refused", Detail: "a reindex is already running"})
		return &Response{Content: msg, Ephemeral: true, NewMessage: true}, nil
	case err != nil:
		m.audit.record(ctx, req, auditEntry{Action: action, Target: target, Result: "failed", Detail: err.Error()})
		m.log.Error("reindex failed", "user", req.UserID, "err", err)
		return &Response{Embeds: []*discordgo.MessageEmbed{failureEmbed(title, err, l)}}, nil
	}
	m.audit.record(ctx, req, auditEntry{Action: action, Target: target, Result: "ok",
		Detail: fmt.Sprintf("%d documents, %d passages, %d quotes, %d skipped, %s",
			sum.Documents, sum.Passages, sum.Quotes, len(sum.Skipped), sum.Duration.Round(time.Millisecond))})
	return &Response{Embeds: []*discordgo.MessageEmbed{summaryEmbed(title, sum, l)}}, nil
}

// ReindexResult names how a rebuild ended, for metrics: "ok" (a new
// index is live), "unchanged" (the corpus was the one served), "busy"
// (another rebuild was running) or "failed".
func ReindexResult(sum index.Summary, err error) string {
	switch {
	case errors.Is(err, index.ErrReindexRunning):
		return "busy"
	case err != nil:
		return "failed"
	case sum.Unchanged || sum.TopicsChanged:
		return "unchanged"
	}
	return "ok"
}

// relTime is a Discord timestamp that each reader sees in their own
// time zone, e.g. "2 minutes ago".
func relTime(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return fmt.Sprintf("<t:%d:R>", t.Unix())
}

const barWidth = 20

// ProgressBar draws percent as a text bar, e.g. "[██████░░░░] 60%".
func ProgressBar(percent int) string {
	percent = max(0, min(100, percent))
	full := percent * barWidth / 100
	return "`" + strings.Repeat("█", full) + strings.Repeat("░", barWidth-full) + fmt.Sprintf("` %d%%", percent)
}

// statusLine says how far a rebuild is in words.
func statusLine(st index.ReindexStatus, l i18n.Lang) string {
	files := l.N("reindex.files_read", st.FilesRead)
	if st.FilesTotal > 0 {
		files = l.N("reindex.files_read_of", st.FilesTotal, "done", st.FilesRead)
	}
	passages := l.N("reindex.passages_indexed", st.PassagesIndexed)
	if st.PassagesTotal > 0 {
		passages = l.N("reindex.passages_indexed_of", st.PassagesTotal, "done", st.PassagesIndexed)
	}
	return fmt.Sprintf("%s, %s (%d%%)", files, passages, st.Percent())
}

func progressEmbed(title string, st index.ReindexStatus, l i18n.Lang) *discordgo.MessageEmbed {
	phase := ""
	if st.Phase != "" {
		phase = l.T("reindex.phase." + st.Phase)
	}
	return &discordgo.MessageEmbed{
		Title: title + "…",
		Description: fmt.Sprintf("%s\n%s\n%s\n%s",
			ProgressBar(st.Percent()), phase, statusLine(st, l), l.T("reindex.meanwhile")),
		Color: 0x5865F2,
	}
}

func summaryEmbed(title string, s index.Summary, l i18n.Lang) *discordgo.MessageEmbed {
	state := l.T("reindex.live")
	switch {
	case s.TopicsChanged:
		state = l.T("reindex.topics_changed")
	case s.Unchanged:
		state = l.T("reindex.unchanged")
	}
	counts := strings.Join([]string{
		l.N("reindex.documents", s.Documents), l.N("reindex.passages", s.Passages),
		l.N("reindex.quotes", s.Quotes), l.N("reindex.speakers", s.Speakers),
		l.T("reindex.took", "duration", s.Duration.Round(100*time.Millisecond)),
	}, " · ")
	e := &discordgo.MessageEmbed{
		Title:       l.T("reindex.done", "title", title),
		Description: fmt.Sprintf("%s\n%s\n%s", ProgressBar(100), state, counts),
		Color:       0x57F287,
	}
	if len(s.Skipped) == 0 {
		return e
	}
	// One field listing the skipped files, cut to Discord's 1024.
	var sb strings.Builder
	shown := 0
	for _, f := range s.Skipped {
		line := fmt.Sprintf("`%s`: %s\n", strings.ReplaceAll(f.Path, "`", "'"), Escape(f.Reason))
		if Len(sb.String())+Len(line) > 950 {
			break
		}
		sb.WriteString(line)
		shown++
	}
	if shown < len(s.Skipped) {
		sb.WriteString(l.N("reindex.skipped_more", len(s.Skipped)-shown))
	}
	e.Fields = []*discordgo.MessageEmbedField{{
		Name:  l.N("reindex.skipped_files", len(s.Skipped)),
		Value: sb.String(),
	}}
	return e
}

func failureEmbed(title string, err error, l i18n.Lang) *discordgo.MessageEmbed {
	why := l.T("reindex.failed_unexpected")
	var pe interface{ Unwrap() error }
	switch {
	case errors.Is(err, context.DeadlineExceeded):
		why = l.T("reindex.failed_timeout")
	case errors.Is(err, context.Canceled):
		why = l.T("reindex.failed_shutdown")
	case errors.Is(err, index.ErrPanic):
		why = l.T("reindex.failed_bug")
	case errors.As(err, &pe):
		// The chain names the step (reading the corpus, building the
		// index) and the cause, e.g. a full disk or an unreadable folder.
		msg := err.Error()
		msg = strings.TrimPrefix(msg, "index: reindex: ")
		why, _ = Cut(Escape(msg), 1500)
	}
	return &discordgo.MessageEmbed{
		Title:       l.T("reindex.failed", "title", title),
		Description: why + "\n\n" + l.T("reindex.nothing_changed"),
		Color:       0xED4245,
	}
}
