package bot

import (
	"context"
	"errors"
	"fmt"
	"runtime/debug"
	"strings"
	"sync"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/talksbot/talksbot/index"
)

// Outcomes logged per interaction.
const (
	outcomeOK          = "ok"
	outcomeError       = "error"
	outcomePanic       = "panic"
	outcomeRateLimited = "rate_limited"
	outcomeUnknown     = "unknown"
	outcomeSendFailed  = "send_failed"
	outcomeShutdown    = "shutting_down"
	outcomeDuplicate   = "duplicate"
)

// errPanic marks a recovered handler panic.
var errPanic = errors.New("bot: handler panicked")

// noMentions is sent with every reply so that nothing in an answer or a
// question (an article quoting "@everyone", a user's <@id>) pings anyone.
func noMentions() *discordgo.MessageAllowedMentions {
	return &discordgo.MessageAllowedMentions{Parse: []discordgo.AllowedMentionType{}}
}

func (b *Bot) onInteractionCreate(_ *discordgo.Session, ic *discordgo.InteractionCreate) {
	if ic == nil {
		return
	}
	b.HandleInteraction(context.Background(), ic.Interaction)
}

// Discord's clock for an interaction: the first callback must reach it
// within ackWindow of the interaction's creation, and the token that lets
// the bot edit and follow up lasts tokenLifetime. The bot counts both from
// when the interaction arrives, so its deadlines are a little generous;
// past them a call would only be refused.
const (
	ackWindow     = 3 * time.Second
	tokenLifetime = 15 * time.Minute
)

// HandleInteraction answers one interaction: it routes it, applies the
// rate limit, runs the handler (deferring when it is slow), recovers a
// panic into a friendly error, sends the reply and logs one line. It
// returns when the reply is sent. The gateway handler calls it; the HTTP
// interactions endpoint (InteractionsHandler) goes through the same path
// with the first reply written into its HTTP response. An interaction
// already handled (a gateway replay) is logged and left alone.
func (b *Bot) HandleInteraction(ctx context.Context, i *discordgo.Interaction) {
	b.handleInteraction(ctx, i, transportGateway, b.restRespond(i))
}

// respondFunc sends an interaction's first reply (the callback): over
// REST for the gateway, in the HTTP response for the HTTP endpoint. It
// returns once the reply is on its way, or fails when ctx ends first.
type respondFunc func(ctx context.Context, r *discordgo.InteractionResponse) error

// restRespond sends the callback with POST /interactions/{id}/{token}/callback.
func (b *Bot) restRespond(i *discordgo.Interaction) respondFunc {
	return func(ctx context.Context, r *discordgo.InteractionResponse) error {
		return b.discord.InteractionRespond(i, r, discordgo.WithContext(ctx))
	}
}

// Transports an interaction can arrive by, for logs and metrics.
const (
	transportGateway = "gateway"
	transportHTTP    = "http"
)

func (b *Bot) handleInteraction(ctx context.Context, i *discordgo.Interaction, transport string, respond respondFunc) {
	start := time.Now()
	if i != nil && i.ID != "" && !b.seen.first("interaction:"+i.ID, b.now()) {
		b.log.Info("interaction", "outcome", outcomeDuplicate, "id", i.ID, "transport", transport)
		b.obs.Interaction("", outcomeDuplicate, transport, 0)
		return
	}
	if !b.begin() {
		// Stopping: say so rather than let Discord show "interaction failed".
		b.log.Info("interaction", "outcome", outcomeShutdown, "transport", transport)
		b.obs.Interaction("", outcomeShutdown, transport, 0)
		if i != nil && i.Type != discordgo.InteractionApplicationCommandAutocomplete {
			actx, cancel := context.WithDeadline(ctx, start.Add(ackWindow))
			defer cancel()
			_ = respond(actx, &discordgo.InteractionResponse{
				Type: discordgo.InteractionResponseChannelMessageWithSource,
				Data: &discordgo.InteractionResponseData{
					Content:         "I'm restarting; please ask again in a minute.",
					Flags:           discordgo.MessageFlagsEphemeral,
					AllowedMentions: noMentions(),
				},
			})
		}
		return
	}
	defer b.inflight.Done()
	// A reply already under way finishes even when the bot is told to
	// stop, up to the shutdown's grace period.
	ctx, cancel := b.detach(ctx)
	defer cancel()

	req, err := parseInteraction(i)
	if err != nil {
		b.log.Warn("interaction", "outcome", outcomeUnknown, "transport", transport, "err", err)
		b.obs.Interaction("", outcomeUnknown, transport, 0)
		return
	}
	req.Session = b.discord
	name, outcome, herr := b.dispatch(ctx, req, start, respond)
	latency := time.Since(start)
	b.obs.Interaction(name, outcome, transport, latency)
	attrs := []any{
		"command", name,
		"guild", req.GuildID,
		"user", req.UserID,
		"latency", latency,
		"outcome", outcome,
		"transport", transport,
	}
	if herr != nil {
		attrs = append(attrs, "err", herr)
		b.log.Error("interaction", attrs...)
		return
	}
	b.log.Info("interaction", attrs...)
}

// detach returns a context for work that must survive ctx's cancellation
// (a reply under way when the bot is told to stop) but not the end of the
// shutdown's grace period.
func (b *Bot) detach(ctx context.Context) (context.Context, context.CancelFunc) {
	ctx, cancel := context.WithCancel(context.WithoutCancel(ctx))
	stop := context.AfterFunc(b.hard, cancel)
	return ctx, func() { stop(); cancel() }
}

// dispatch returns the name logged for the interaction, its outcome, and
// the error worth logging.
func (b *Bot) dispatch(ctx context.Context, req *Request, start time.Time, respond respondFunc) (string, string, error) {
	ackBy, tokenBy := start.Add(ackWindow), start.Add(tokenLifetime)
	switch req.Type {
	case discordgo.InteractionApplicationCommandAutocomplete:
		name := req.Command + "/autocomplete"
		c := b.byName[req.Command]
		if c == nil || c.Autocomplete == nil {
			return name, outcomeUnknown, b.respondChoices(ctx, req, nil, ackBy, respond)
		}
		choices, err := b.runAutocomplete(ctx, c, req)
		outcome := outcomeOK
		if errors.Is(err, errPanic) {
			outcome = outcomePanic
		} else if err != nil {
			outcome = outcomeError
		}
		if serr := b.respondChoices(ctx, req, choices, ackBy, respond); serr != nil {
			return name, outcomeSendFailed, errors.Join(err, serr)
		}
		return name, outcome, err

	case discordgo.InteractionApplicationCommand:
		c := b.byName[req.Command]
		rep := &reply{b: b, i: req.Interaction, respond: respond, ackBy: ackBy, tokenBy: tokenBy}
		if c == nil {
			err := rep.final(ctx, &Response{Content: "I don't know that command any more; Discord may still be showing an old list.", Ephemeral: true})
			return req.Command, outcomeUnknown, err
		}
		if c.Private != nil {
			rep.ephemeral = c.Private(req)
		}
		if c.Limited {
			if ok, wait := b.limiter.allow(req.UserID, b.now()); !ok {
				return req.Command, outcomeRateLimited, rep.final(ctx, b.rateLimitNotice(wait))
			}
		}
		return b.run(ctx, req.Command, c, c.Handle, rep, req)

	default: // components and modals
		prefix, _, _ := strings.Cut(req.CustomID, ":")
		name := "component:" + prefix
		rep := &reply{b: b, i: req.Interaction, respond: respond, component: true, ackBy: ackBy, tokenBy: tokenBy}
		h := b.byPrefix[prefix]
		if h == nil {
			err := rep.final(ctx, &Response{Content: "This button no longer does anything.", Ephemeral: true, NewMessage: true})
			return name, outcomeUnknown, err
		}
		var owner *Command
		for i := range b.commands {
			if _, ok := b.commands[i].Components[prefix]; ok {
				owner = &b.commands[i]
			}
		}
		return b.run(ctx, name, owner, h, rep, req)
	}
}

// run calls h under a deadline with panic recovery, defers the reply if h
// is slow (or at once when the command asks), and sends the result.
func (b *Bot) run(ctx context.Context, name string, c *Command, h Handler, rep *reply, req *Request) (string, string, error) {
	timeout := b.opts.Timeout
	if c != nil && c.Timeout > 0 {
		timeout = c.Timeout
	}
	hctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	req.update = rep.update

	if c != nil && c.Defer {
		if err := rep.deferNow(ctx); err != nil {
			return name, outcomeSendFailed, err
		}
	}

	type result struct {
		resp *Response
		err  error
	}
	done := make(chan result, 1)
	go func() {
		var res result
		defer func() {
			if p := recover(); p != nil {
				b.log.Error("handler panic", "command", name, "panic", fmt.Sprint(p), "stack", string(debug.Stack()))
				res = result{err: fmt.Errorf("%w: %v", errPanic, p)}
			}
			done <- res
		}()
		res.resp, res.err = h(hctx, req)
	}()

	var res result
	timer := time.NewTimer(b.opts.DeferAfter)
	select {
	case res = <-done:
		timer.Stop()
	case <-timer.C:
		if err := rep.deferNow(ctx); err != nil {
			b.log.Warn("defer reply", "command", name, "err", err)
		}
		select {
		case res = <-done:
		case <-hctx.Done():
			res = result{err: hctx.Err()}
		}
	}

	outcome := outcomeOK
	resp := res.resp
	if res.err != nil {
		outcome = outcomeError
		if errors.Is(res.err, errPanic) {
			outcome = outcomePanic
		}
		resp = errorResponseIn(res.err, req.Lang)
	} else if resp == nil {
		resp = &Response{Content: "Done.", Ephemeral: true}
	}
	if err := rep.final(ctx, resp); err != nil {
		return name, outcomeSendFailed, errors.Join(res.err, err)
	}
	return name, outcome, res.err
}

func (b *Bot) runAutocomplete(ctx context.Context, c *Command, req *Request) (choices []*discordgo.ApplicationCommandOptionChoice, err error) {
	ctx, cancel := context.WithTimeout(ctx, 2*time.Second)
	defer cancel()
	defer func() {
		if p := recover(); p != nil {
			b.log.Error("autocomplete panic", "command", req.Command, "panic", fmt.Sprint(p), "stack", string(debug.Stack()))
			choices, err = nil, fmt.Errorf("%w: %v", errPanic, p)
		}
	}()
	return c.Autocomplete(ctx, req)
}

func (b *Bot) respondChoices(ctx context.Context, req *Request, choices []*discordgo.ApplicationCommandOptionChoice, ackBy time.Time, respond respondFunc) error {
	if len(choices) > maxChoices {
		choices = choices[:maxChoices]
	}
	fitted := make([]*discordgo.ApplicationCommandOptionChoice, 0, len(choices))
	for _, c := range choices {
		if c == nil || c.Name == "" {
			continue
		}
		d := *c
		d.Name, _ = cutPlain(c.Name, maxChoiceLen)
		if v, ok := c.Value.(string); ok && Len(v) > maxChoiceLen {
			continue // a cut value would mean something else; leave it out
		}
		fitted = append(fitted, &d)
	}
	choices = fitted
	ctx, cancel := context.WithDeadline(ctx, ackBy)
	defer cancel()
	err := respond(ctx, &discordgo.InteractionResponse{
		Type: discordgo.InteractionApplicationCommandAutocompleteResult,
		Data: &discordgo.InteractionResponseData{Choices: choices},
	})
	if err != nil {
		return fmt.Errorf("bot: autocomplete: %w", scrubURL(err))
	}
	return nil
}

// Discord's limits on autocomplete: 25 choices, names and string values of
// at most 100 characters.
const (
	maxChoices   = 25
	maxChoiceLen = 100
)

// rateLimitNotice tells a user, privately, when they may ask again. The
// time is a Discord timestamp, which each client shows as "in 10 seconds"
// in its own language and keeps counting down.
func (b *Bot) rateLimitNotice(wait time.Duration) *Response {
	at := b.now().Add(max(wait, time.Second)).Unix()
	return &Response{
		Content: fmt.Sprintf("You're asking faster than I can keep up with (%d questions a minute). "+
			"Please try again <t:%d:R>.", b.opts.QuestionsPerMinute, at),
		Ephemeral: true,
	}
}

// errorResponse chooses the friendly words for an error; the chain goes to
// the log, never to the user.
func errorResponse(err error) *Response {
	msg := "Something went wrong on my side while answering. It has been logged; please try again in a moment."
	switch {
	case errors.Is(err, index.ErrEmptyQuestion):
		msg = "Please ask a question with a few words in it, e.g. `/ask question: what security guarantees were offered?`"
	case errors.Is(err, context.DeadlineExceeded):
		msg = "That took too long to answer. Please try again, perhaps with a shorter question."
	case errors.Is(err, index.ErrDamaged):
		msg = "My search index on disk is damaged, so I couldn't answer that. I'm rebuilding it now; please ask again in a minute."
	}
	return &Response{Content: msg, Ephemeral: true, NewMessage: true}
}

// reply tracks what was already sent for one interaction, so that a
// deferral, progress updates and the final reply go out in a valid order.
type reply struct {
	b         *Bot
	i         *discordgo.Interaction
	respond   respondFunc // the first reply; edits and follow-ups go over REST
	component bool
	ephemeral bool
	// ackBy bounds the first callback, tokenBy the edits and follow-ups
	// (see ackWindow): a call Discord would refuse is not waited for.
	ackBy, tokenBy time.Time

	mu    sync.Mutex
	acked bool
}

func (r *reply) deferNow(ctx context.Context) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.ackLocked(ctx)
}

func (r *reply) ackLocked(ctx context.Context) error {
	if r.acked {
		return nil
	}
	typ := discordgo.InteractionResponseDeferredChannelMessageWithSource
	if r.component {
		typ = discordgo.InteractionResponseDeferredMessageUpdate
	}
	data := &discordgo.InteractionResponseData{AllowedMentions: noMentions()}
	if r.ephemeral {
		data.Flags = discordgo.MessageFlagsEphemeral
	}
	ctx, cancel := context.WithDeadline(ctx, r.ackBy)
	defer cancel()
	if err := r.respond(ctx, &discordgo.InteractionResponse{Type: typ, Data: data}); err != nil {
		return fmt.Errorf("bot: defer: %w", scrubURL(err))
	}
	r.acked = true
	return nil
}

func (r *reply) update(ctx context.Context, resp *Response) error {
	resp = fit(resp)
	r.mu.Lock()
	defer r.mu.Unlock()
	if err := r.ackLocked(ctx); err != nil {
		return err
	}
	ctx, cancel := context.WithDeadline(ctx, r.tokenBy)
	defer cancel()
	if _, err := r.b.discord.InteractionResponseEdit(r.i, webhookEdit(resp), discordgo.WithContext(ctx)); err != nil {
		return fmt.Errorf("bot: edit reply: %w", scrubURL(err))
	}
	return nil
}

func (r *reply) final(ctx context.Context, resp *Response) error {
	resp = fit(resp)
	r.mu.Lock()
	defer r.mu.Unlock()
	newMessage := !r.component || resp.NewMessage
	if !r.acked {
		typ := discordgo.InteractionResponseChannelMessageWithSource
		if !newMessage {
			typ = discordgo.InteractionResponseUpdateMessage
		}
		data := responseData(resp)
		if newMessage && (resp.Ephemeral || r.ephemeral) {
			data.Flags = discordgo.MessageFlagsEphemeral
		}
		ctx, cancel := context.WithDeadline(ctx, r.ackBy)
		defer cancel()
		if err := r.respond(ctx, &discordgo.InteractionResponse{Type: typ, Data: data}); err != nil {
			return fmt.Errorf("bot: reply: %w", scrubURL(err))
		}
		r.acked = true
		return nil
	}
	ctx, cancel := context.WithDeadline(ctx, r.tokenBy)
	defer cancel()
	if r.component && resp.NewMessage {
		p := &discordgo.WebhookParams{
			Content:         resp.Content,
			Embeds:          resp.Embeds,
			Components:      resp.Components,
			AllowedMentions: noMentions(),
		}
		if resp.Ephemeral {
			p.Flags = discordgo.MessageFlagsEphemeral
		}
		if _, err := r.b.discord.FollowupMessageCreate(r.i, true, p, discordgo.WithContext(ctx)); err != nil {
			return fmt.Errorf("bot: follow-up: %w", scrubURL(err))
		}
		return nil
	}
	if _, err := r.b.discord.InteractionResponseEdit(r.i, webhookEdit(resp), discordgo.WithContext(ctx)); err != nil {
		return fmt.Errorf("bot: edit reply: %w", scrubURL(err))
	}
	return nil
}

func responseData(resp *Response) *discordgo.InteractionResponseData {
	d := &discordgo.InteractionResponseData{
		Content:         resp.Content,
		Embeds:          resp.Embeds,
		Components:      resp.Components,
		AllowedMentions: noMentions(),
	}
	if d.Embeds == nil {
		d.Embeds = []*discordgo.MessageEmbed{}
	}
	if d.Components == nil {
		d.Components = []discordgo.MessageComponent{}
	}
	return d
}

func webhookEdit(resp *Response) *discordgo.WebhookEdit {
	content := resp.Content
	embeds := resp.Embeds
	if embeds == nil {
		embeds = []*discordgo.MessageEmbed{}
	}
	comps := resp.Components
	if comps == nil {
		comps = []discordgo.MessageComponent{}
	}
	return &discordgo.WebhookEdit{
		Content:         &content,
		Embeds:          &embeds,
		Components:      &comps,
		AllowedMentions: noMentions(),
	}
}
