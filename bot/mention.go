package bot

import (
	"context"
	"errors"
	"fmt"
	"runtime/debug"
	"strings"
	"time"

	"github.com/bwmarrin/discordgo"
)

func (b *Bot) onMessageCreate(_ *discordgo.Session, m *discordgo.MessageCreate) {
	if m == nil || m.Message == nil {
		return
	}
	b.HandleMessage(context.Background(), m.Message)
}

// HandleMessage answers a message that mentions the bot, or any DM, with
// the same answer /ask gives, as a reply to that message. Other messages,
// and messages from bots, are ignored.
func (b *Bot) HandleMessage(ctx context.Context, m *discordgo.Message) {
	start := time.Now()
	botID, _ := b.botID.Load().(string)
	question, ok := questionOf(m, botID)
	if !ok {
		return
	}
	if !b.begin() {
		return
	}
	defer b.inflight.Done()
	ctx = context.WithoutCancel(ctx)
	name := "mention"
	if m.GuildID == "" {
		name = "dm"
	}
	resp, outcome, herr := b.answerMessage(ctx, m, question)
	resp = fit(resp)
	send := &discordgo.MessageSend{
		Content:         resp.Content,
		Embeds:          resp.Embeds,
		Components:      resp.Components,
		AllowedMentions: noMentions(),
		Reference: &discordgo.MessageReference{
			MessageID: m.ID,
			ChannelID: m.ChannelID,
			GuildID:   m.GuildID,
		},
	}
	if send.Embeds == nil {
		send.Embeds = []*discordgo.MessageEmbed{}
	}
	if send.Components == nil {
		send.Components = []discordgo.MessageComponent{}
	}
	fail := false
	if _, err := b.discord.ChannelMessageSendComplex(m.ChannelID, send, discordgo.WithContext(ctx)); err != nil {
		herr = errors.Join(herr, fmt.Errorf("bot: reply to message: %w", err))
		outcome = outcomeSendFailed
		fail = true
	}
	attrs := []any{"command", name, "guild", m.GuildID, "user", m.Author.ID,
		"latency", time.Since(start), "outcome", outcome}
	if herr != nil || fail {
		b.log.Error("interaction", append(attrs, "err", herr)...)
		return
	}
	b.log.Info("interaction", attrs...)
}

func (b *Bot) answerMessage(ctx context.Context, m *discordgo.Message, question string) (resp *Response, outcome string, err error) {
	defer func() {
		if p := recover(); p != nil {
			b.log.Error("handler panic", "command", "mention", "panic", fmt.Sprint(p), "stack", string(debug.Stack()))
			err = fmt.Errorf("%w: %v", errPanic, p)
			resp, outcome = errorResponse(err), outcomePanic
		}
	}()
	if question == "" {
		return &Response{Content: "Hi! Ask me about the Ukraine peace talks, e.g. `@talksbot what security guarantees were offered?` — or see `/help`."}, outcomeOK, nil
	}
	if ok, wait := b.limiter.allow(m.Author.ID, b.now()); !ok {
		return b.rateLimitNotice(wait), outcomeRateLimited, nil
	}
	hctx, cancel := context.WithTimeout(ctx, b.opts.Timeout)
	defer cancel()
	resp, err = b.answers.reply(hctx, query{Kind: queryAsk, Text: question}, 0, m.Author.ID)
	if err != nil {
		return errorResponse(err), outcomeError, err
	}
	return resp, outcomeOK, nil
}

// questionOf extracts the question from a DM or a message mentioning the
// bot (the mention itself removed, cut to maxQuestion); ok is false for
// messages the bot should not answer.
func questionOf(m *discordgo.Message, botID string) (string, bool) {
	if m == nil || m.Author == nil || m.Author.Bot || botID == "" || m.Author.ID == botID {
		return "", false
	}
	if m.Type != discordgo.MessageTypeDefault && m.Type != discordgo.MessageTypeReply {
		return "", false
	}
	if m.GuildID != "" {
		mentioned := false
		for _, u := range m.Mentions {
			if u != nil && u.ID == botID {
				mentioned = true
			}
		}
		if !mentioned {
			return "", false
		}
	}
	q := m.Content
	q = strings.ReplaceAll(q, "<@"+botID+">", " ")
	q = strings.ReplaceAll(q, "<@!"+botID+">", " ")
	q = strings.Join(strings.Fields(q), " ")
	if r := []rune(q); len(r) > maxQuestion {
		q = string(r[:maxQuestion])
	}
	return q, true
}
