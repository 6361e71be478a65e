package bot

import (
	"context"
	"fmt"
	"log/slog"
	"strings"
	"time"

	"github.com/bwmarrin/discordgo"
)

// auditEntry is one moderator action.
type auditEntry struct {
	Action string // "reindex", "source add", "source remove"
	Target string // the file or document, "" for a reindex
	Result string // "ok", "refused", "failed", "cancelled", "started"
	Detail string
}

// auditor writes every moderator action — who, what, when, result — to
// the structured log and, when a channel is configured, to that channel.
type auditor struct {
	log       *slog.Logger
	channelID string
}

func (a *auditor) record(ctx context.Context, req *Request, e auditEntry) {
	when := time.Now().UTC()
	user := ""
	if req.Member != nil && req.Member.User != nil {
		user = req.Member.User.Username
	} else if req.Interaction != nil && req.Interaction.User != nil {
		user = req.Interaction.User.Username
	}
	a.log.LogAttrs(ctx, slog.LevelInfo, "moderator action",
		slog.String("user_id", req.UserID),
		slog.String("user", user),
		slog.String("guild", req.GuildID),
		slog.String("action", e.Action),
		slog.String("target", e.Target),
		slog.String("result", e.Result),
		slog.String("detail", e.Detail),
		slog.Time("when", when),
	)
	if a.channelID == "" || req.Session == nil {
		return
	}
	var sb strings.Builder
	fmt.Fprintf(&sb, "**%s** by <@%s> · %s", Escape(e.Action), req.UserID, Escape(e.Result))
	if e.Target != "" {
		fmt.Fprintf(&sb, " · `%s`", strings.ReplaceAll(e.Target, "`", "'"))
	}
	fmt.Fprintf(&sb, " · <t:%d:f>", when.Unix())
	if e.Detail != "" {
		sb.WriteString("\n")
		sb.WriteString(Escape(e.Detail))
	}
	content, _ := Cut(sb.String(), 2000)
	// The audit trail must not hold up the moderator's reply for long.
	ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 5*time.Second)
	defer cancel()
	_, err := req.Session.ChannelMessageSendComplex(a.channelID, &discordgo.MessageSend{
		Content:         content,
		AllowedMentions: noMentions(),
	}, discordgo.WithContext(ctx))
	if err != nil {
		a.log.Warn("audit channel", "channel", a.channelID, "err", err)
	}
}
