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

// sendTimeout bounds sending a reply to a message (Discord sets no
// deadline there, unlike for interactions), rate-limit waits included.
const sendTimeout = 30 * time.Second

// rateLimitedReaction marks a mention whose author is asking too fast when
// the private note cannot be sent (their DMs are closed).
const rateLimitedReaction = "⏳"

// HandleMessage answers a message that mentions the bot, or any DM, with
// the same answer /ask gives, as a reply to that message. Other messages,
// messages from bots and messages already handled (a gateway replay) are
// ignored.
func (b *Bot) HandleMessage(ctx context.Context, m *discordgo.Message) {
	start := time.Now()
	botID, _ := b.botID.Load().(string)
	question, ok := questionOf(m, botID)
	if !ok {
		return
	}
	if m.ID != "" && !b.seen.first("message:"+m.ID, b.now()) {
		b.log.Info("interaction", "outcome", outcomeDuplicate, "message", m.ID)
		return
	}
	if !b.begin() {
		return
	}
	defer b.inflight.Done()
	ctx, cancel := b.detach(ctx)
	defer cancel()
	name := "mention"
	if m.GuildID == "" {
		name = "dm"
	}
	resp, outcome, herr := b.answerMessage(ctx, m, question)
	sctx, scancel := context.WithTimeout(ctx, sendTimeout)
	defer scancel()
	var err error
	if outcome == outcomeRateLimited && m.GuildID != "" {
		// The note is for the asker alone, never the channel.
		err = b.notifyPrivately(sctx, m, resp)
	} else {
		err = b.replyTo(sctx, m, resp)
	}
	if err != nil {
		herr = errors.Join(herr, err)
		outcome = outcomeSendFailed
	}
	latency := time.Since(start)
	b.obs.Interaction(name, outcome, transportGateway, latency)
	attrs := []any{"command", name, "guild", m.GuildID, "user", m.Author.ID,
		"latency", latency, "outcome", outcome}
	if herr != nil {
		b.log.Error("interaction", append(attrs, "err", herr)...)
		return
	}
	b.log.Info("interaction", attrs...)
}

// replyTo sends resp as a reply to m. The reply goes out even if m was
// deleted meanwhile (fail_if_not_exists false; Discord's default would
// refuse it and the answer would be lost).
func (b *Bot) replyTo(ctx context.Context, m *discordgo.Message, resp *Response) error {
	resp = fit(resp)
	keep := false
	send := &discordgo.MessageSend{
		Content:         resp.Content,
		Embeds:          resp.Embeds,
		Components:      resp.Components,
		AllowedMentions: noMentions(),
		Reference: &discordgo.MessageReference{
			MessageID:       m.ID,
			ChannelID:       m.ChannelID,
			GuildID:         m.GuildID,
			FailIfNotExists: &keep,
		},
	}
	if send.Embeds == nil {
		send.Embeds = []*discordgo.MessageEmbed{}
	}
	if send.Components == nil {
		send.Components = []discordgo.MessageComponent{}
	}
	if _, err := b.discord.ChannelMessageSendComplex(m.ChannelID, send, discordgo.WithContext(ctx)); err != nil {
		return fmt.Errorf("bot: reply to message: %w", scrubURL(err))
	}
	return nil
}

// notifyPrivately sends resp to m's author in a DM; when that fails (DMs
// closed) it reacts to m instead, which tells the author without a
// message anyone else reads.
func (b *Bot) notifyPrivately(ctx context.Context, m *discordgo.Message, resp *Response) error {
	resp = fit(resp)
	ch, err := b.discord.UserChannelCreate(m.Author.ID, discordgo.WithContext(ctx))
	if err == nil {
		_, err = b.discord.ChannelMessageSendComplex(ch.ID, &discordgo.MessageSend{
			Content:         resp.Content,
			AllowedMentions: noMentions(),
		}, discordgo.WithContext(ctx))
	}
	if err == nil {
		return nil
	}
	dmErr := fmt.Errorf("bot: rate-limit note by DM: %w", scrubURL(err))
	if rerr := b.discord.MessageReactionAdd(m.ChannelID, m.ID, rateLimitedReaction, discordgo.WithContext(ctx)); rerr != nil {
		return errors.Join(dmErr, fmt.Errorf("bot: rate-limit reaction: %w", scrubURL(rerr)))
	}
	b.log.Debug("rate-limit note sent as a reaction", "user", m.Author.ID, "dm_err", dmErr)
	return nil
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
	resp, err = b.answers.reply(hctx, query{Kind: queryAsk, Text: question, Talk: talkKey(m.ChannelID, m.Author.ID)}, 0, m.Author.ID)
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
