package discordtest

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"os"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
)

// testCtx bounds every wait in a test.
func testCtx(t *testing.T) context.Context {
	t.Helper()
	ctx, cancel := context.WithTimeout(t.Context(), 15*time.Second)
	t.Cleanup(cancel)
	return ctx
}

// openSession connects a bare discordgo Session to s; setup adds handlers
// before Open.
func openSession(t *testing.T, s *Server, setup func(*discordgo.Session)) *discordgo.Session {
	t.Helper()
	dg, err := discordgo.New("Bot " + s.Token())
	if err != nil {
		t.Fatal(err)
	}
	dg.Client = s.Client()
	dg.LogLevel = discordgo.LogError
	if setup != nil {
		setup(dg)
	}
	if err := dg.Open(); err != nil {
		t.Fatalf("open: %v", err)
	}
	t.Cleanup(func() { _ = dg.Close() })
	return dg
}

// register overwrites the guild commands through the real REST call.
func register(t *testing.T, dg *discordgo.Session, cmds ...*discordgo.ApplicationCommand) {
	t.Helper()
	if _, err := dg.ApplicationCommandBulkOverwrite(AppID, GuildID, cmds); err != nil {
		t.Fatalf("register: %v", err)
	}
}

var echoCmd = &discordgo.ApplicationCommand{
	Name: "echo", Description: "Repeat text",
	Options: []*discordgo.ApplicationCommandOption{
		{Type: discordgo.ApplicationCommandOptionString, Name: "text", Description: "What to say", Required: true, MaxLength: 300},
		{Type: discordgo.ApplicationCommandOptionBoolean, Name: "private", Description: "Only you see it"},
	},
}

// echo answers /echo with the text, never pinging anyone.
func echo(dg *discordgo.Session, i *discordgo.InteractionCreate) {
	if i.Type != discordgo.InteractionApplicationCommand || i.ApplicationCommandData().Name != "echo" {
		return
	}
	d := &discordgo.InteractionResponseData{
		Content:         i.ApplicationCommandData().Options[0].StringValue(),
		AllowedMentions: &discordgo.MessageAllowedMentions{Parse: []discordgo.AllowedMentionType{}},
	}
	if o := i.ApplicationCommandData().GetOption("private"); o != nil && o.BoolValue() {
		d.Flags = discordgo.MessageFlagsEphemeral
	}
	_ = dg.InteractionRespond(i.Interaction, &discordgo.InteractionResponse{Type: discordgo.InteractionResponseChannelMessageWithSource, Data: d})
}

func echoInteraction(text string) Interaction {
	return Interaction{Name: "echo", Options: []Option{{Name: "text", Value: text}}, Permissions: MemberPermissions}
}

func TestSessionLifecycle(t *testing.T) {
	t.Parallel()
	s := NewServer(t, Options{})
	ctx := testCtx(t)
	ready := make(chan *discordgo.Ready, 1)
	dg := openSession(t, s, func(dg *discordgo.Session) {
		dg.AddHandler(func(_ *discordgo.Session, r *discordgo.Ready) { ready <- r })
		dg.AddHandler(echo)
	})
	select {
	case r := <-ready:
		if r.User.ID != AppID || !r.User.Bot || r.Application.ID != AppID || r.SessionID == "" {
			t.Fatalf("READY = user %+v application %+v session %q", r.User, r.Application, r.SessionID)
		}
	case <-ctx.Done():
		t.Fatal("no READY")
	}
	register(t, dg, echoCmd)

	cmds := s.Commands(GuildID)
	if len(cmds) != 1 || cmds[0].Name != "echo" || cmds[0].ID == "" || cmds[0].Options[0].MaxLength != 300 {
		t.Fatalf("registered = %s", mustJSON(cmds))
	}
	if !strings.Contains(string(s.CommandsJSON(GuildID)), `"max_length":300`) {
		t.Errorf("raw overwrite body lacks max_length: %s", s.CommandsJSON(GuildID))
	}

	r, err := s.Interact(ctx, echoInteraction("hello @everyone <@1400000000000000002>"))
	if err != nil {
		t.Fatal(err)
	}
	if r.Type != discordgo.InteractionResponseChannelMessageWithSource || r.Message.Content != "hello @everyone <@1400000000000000002>" {
		t.Fatalf("reply = type %d content %q", r.Type, r.Message.Content)
	}
	if r.Message.AllowedMentions == nil || len(r.Message.AllowedMentions.Parse) != 0 || len(r.Message.Pings()) != 0 {
		t.Errorf("allowed_mentions = %+v, pings %v; want parse [] and no pings", r.Message.AllowedMentions, r.Message.Pings())
	}
	if r.Message.Ephemeral() {
		t.Error("public reply is ephemeral")
	}
	priv := echoInteraction("psst")
	priv.Options = append(priv.Options, Option{Name: "private", Value: true})
	if r, err := s.Interact(ctx, priv); err != nil || !r.Message.Ephemeral() {
		t.Fatalf("private reply: %v, ephemeral %v", err, err == nil && r.Message.Ephemeral())
	}

	// discordgo sends its first heartbeat from a goroutine right after
	// HELLO; on a loaded machine it may come after the replies above, so
	// it is waited for (until the test's deadline), never timed.
	st := s.Stats()
	for st.Heartbeats < 1 && ctx.Err() == nil {
		select {
		case <-ctx.Done():
		case <-time.After(10 * time.Millisecond):
		}
		st = s.Stats()
	}
	if st.Identifies != 1 || st.Heartbeats < 1 || !st.Connected || st.Intents != discordgo.IntentsAllWithoutPrivileged || !st.Compress {
		t.Errorf("stats = %+v", st)
	}
	raw, _ := json.Marshal(s.Requests())
	if strings.Contains(string(raw), s.Token()) {
		t.Error("a recorded request contains the token")
	}
}

func TestDeferredEditsAreASequence(t *testing.T) {
	t.Parallel()
	s := NewServer(t, Options{})
	ctx := testCtx(t)
	steps := []string{"10%", "50%", "done"}
	dg := openSession(t, s, func(dg *discordgo.Session) {
		dg.AddHandler(func(dg *discordgo.Session, i *discordgo.InteractionCreate) {
			_ = dg.InteractionRespond(i.Interaction, &discordgo.InteractionResponse{
				Type: discordgo.InteractionResponseDeferredChannelMessageWithSource,
				Data: &discordgo.InteractionResponseData{Flags: discordgo.MessageFlagsEphemeral},
			})
			for _, st := range steps {
				st := st
				if _, err := dg.InteractionResponseEdit(i.Interaction, &discordgo.WebhookEdit{Content: &st}); err != nil {
					t.Errorf("edit: %v", err)
				}
			}
			_, _ = dg.FollowupMessageCreate(i.Interaction, true, &discordgo.WebhookParams{Content: "summary"})
		})
	})
	register(t, dg, echoCmd)
	r, err := s.Interact(ctx, echoInteraction("x"))
	if err != nil {
		t.Fatal(err)
	}
	if r.Type != discordgo.InteractionResponseDeferredChannelMessageWithSource || r.Data.Flags&discordgo.MessageFlagsLoading == 0 {
		t.Errorf("callback = type %d flags %d; want deferred and loading", r.Type, r.Data.Flags)
	}
	if r.Message.Content != "10%" || !r.Message.Ephemeral() || r.Message.Flags&discordgo.MessageFlagsLoading != 0 {
		t.Errorf("first visible message = %q flags %d", r.Message.Content, r.Message.Flags)
	}
	if _, err := r.WaitEdit(ctx, func(m *Message) bool { return m.Content == "done" }); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range r.Edits() {
		got = append(got, e.Content)
	}
	if strings.Join(got, ",") != strings.Join(steps, ",") {
		t.Errorf("edits = %v, want %v", got, steps)
	}
	if f, err := r.WaitFollowup(ctx, nil); err != nil || f.Content != "summary" {
		t.Errorf("follow-up = %v, %v", f, err)
	}
}

// TestRefusedEditFailsFast checks a deferred reply whose edit breaks a
// limit fails Interact at once with the reason, instead of timing out.
func TestRefusedEditFailsFast(t *testing.T) {
	t.Parallel()
	s := NewServer(t, Options{})
	ctx := testCtx(t)
	dg := openSession(t, s, func(dg *discordgo.Session) {
		dg.AddHandler(func(dg *discordgo.Session, i *discordgo.InteractionCreate) {
			_ = dg.InteractionRespond(i.Interaction, &discordgo.InteractionResponse{Type: discordgo.InteractionResponseDeferredChannelMessageWithSource})
			long := strings.Repeat("x", 2001)
			_, _ = dg.InteractionResponseEdit(i.Interaction, &discordgo.WebhookEdit{Content: &long})
		})
	})
	register(t, dg, echoCmd)
	_, err := s.Interact(ctx, echoInteraction("x"))
	if !errors.Is(err, ErrRejected) || !strings.Contains(err.Error(), "content") {
		t.Errorf("Interact = %v, want ErrRejected naming content", err)
	}
}

func TestReconnectResumesAndStillAnswers(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name string
		cut  func(*Server, context.Context) error
	}{
		{"op 7 reconnect", (*Server).Reconnect},
		{"dropped connection", (*Server).Drop},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			s := NewServer(t, Options{})
			ctx := testCtx(t)
			dg := openSession(t, s, func(dg *discordgo.Session) { dg.AddHandler(echo) })
			register(t, dg, echoCmd)
			if _, err := s.Interact(ctx, echoInteraction("before")); err != nil {
				t.Fatal(err)
			}
			if err := tc.cut(s, ctx); err != nil {
				t.Fatal(err)
			}
			r, err := s.Interact(ctx, echoInteraction("after"))
			if err != nil {
				t.Fatal(err)
			}
			if r.Message.Content != "after" {
				t.Errorf("reply after reconnect = %q", r.Message.Content)
			}
			if st := s.Stats(); st.Resumes != 1 || st.Identifies != 1 {
				t.Errorf("stats = %+v; want one IDENTIFY and one RESUME", st)
			}
		})
	}
}

func TestMissedDispatchIsReplayedOnResume(t *testing.T) {
	t.Parallel()
	s := NewServer(t, Options{})
	ctx := testCtx(t)
	dg := openSession(t, s, func(dg *discordgo.Session) { dg.AddHandler(echo) })
	register(t, dg, echoCmd)
	if err := s.WaitReady(ctx); err != nil {
		t.Fatal(err)
	}
	s.mu.Lock()
	conn := s.gateway.current().conn
	s.mu.Unlock()
	_ = conn.c.Close()
	// discordgo waits a second before reconnecting: dispatch in that gap.
	if err := s.waitFor(ctx, "disconnect", func() bool { return s.gateway.current().conn == nil }); err != nil {
		t.Fatal(err)
	}
	r, err := s.Interact(ctx, echoInteraction("while away"))
	if err != nil {
		t.Fatal(err)
	}
	if r.Message.Content != "while away" {
		t.Errorf("reply = %q", r.Message.Content)
	}
	if st := s.Stats(); st.Resumes != 1 {
		t.Errorf("resumes = %d, want 1", st.Resumes)
	}
}

func TestFaultInjection(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		status   int
		answered bool
	}{
		{http.StatusTooManyRequests, true}, // discordgo waits retry_after and retries
		{http.StatusBadGateway, true},      // discordgo retries 502
		{http.StatusInternalServerError, false},
	} {
		t.Run(http.StatusText(tc.status), func(t *testing.T) {
			t.Parallel()
			s := NewServer(t, Options{CallbackDeadline: time.Second})
			ctx := testCtx(t)
			dg := openSession(t, s, func(dg *discordgo.Session) { dg.AddHandler(echo) })
			register(t, dg, echoCmd)
			s.FailNext(RouteCallback, tc.status, 1)
			r, err := s.Interact(ctx, echoInteraction("hi"))
			if tc.answered && (err != nil || r.Message.Content != "hi") {
				t.Fatalf("Interact = %v, %v; want answered after retry", r, err)
			}
			if !tc.answered && !errors.Is(err, ErrNoCallback) {
				t.Fatalf("Interact error = %v, want ErrNoCallback", err)
			}
			var statuses []int
			for _, q := range s.Requests() {
				if q.Route == RouteCallback {
					statuses = append(statuses, q.Status)
				}
			}
			if statuses[0] != tc.status || (tc.answered && (len(statuses) != 2 || statuses[1] != http.StatusNoContent)) {
				t.Errorf("callback statuses = %v", statuses)
			}
		})
	}
}

func TestAuthorization(t *testing.T) {
	t.Parallel()
	s := NewServer(t, Options{})
	dg, _ := discordgo.New("Bot wrong-token-value")
	dg.Client = s.Client()
	dg.LogLevel = discordgo.LogError - 1
	if err := dg.Open(); err == nil || !strings.Contains(err.Error(), "401") {
		_ = dg.Close()
		t.Fatalf("Open with a wrong token = %v, want 401", err)
	}
	raw, _ := json.Marshal(s.Requests())
	if strings.Contains(string(raw), "wrong-token-value") {
		t.Error("the token leaked into the recorded requests")
	}
	reqs := s.Requests()
	if len(reqs) != 1 || reqs[0].Status != http.StatusUnauthorized || reqs[0].Header.Get("Authorization") != "[redacted]" {
		t.Errorf("requests = %+v", reqs)
	}
}

func TestPrivilegedIntentsRefused(t *testing.T) {
	t.Parallel()
	s := NewServer(t, Options{})
	dg, _ := discordgo.New("Bot " + s.Token())
	dg.Client = s.Client()
	dg.LogLevel = discordgo.LogError - 1
	dg.ShouldReconnectOnError = false
	dg.Identify.Intents |= discordgo.IntentMessageContent
	if err := dg.Open(); err == nil {
		_ = dg.Close()
		t.Fatal("Open with the Message Content intent succeeded on an unapproved app")
	}
	if st := s.Stats(); st.Identifies != 0 {
		t.Errorf("identifies = %d", st.Identifies)
	}
}

// limitReply answers /echo with a body chosen by the text option.
func limitReply(cases map[string]*discordgo.InteractionResponseData) func(*discordgo.Session, *discordgo.InteractionCreate) {
	return func(dg *discordgo.Session, i *discordgo.InteractionCreate) {
		d := cases[i.ApplicationCommandData().Options[0].StringValue()]
		_ = dg.InteractionRespond(i.Interaction, &discordgo.InteractionResponse{Type: discordgo.InteractionResponseChannelMessageWithSource, Data: d})
	}
}

func fields(n, size int) []*discordgo.MessageEmbedField {
	var out []*discordgo.MessageEmbedField
	for range n {
		out = append(out, &discordgo.MessageEmbedField{Name: "n", Value: strings.Repeat("v", size)})
	}
	return out
}

func TestDiscordLimitsEnforced(t *testing.T) {
	t.Parallel()
	row := func(ids ...string) discordgo.ActionsRow {
		var r discordgo.ActionsRow
		for _, id := range ids {
			r.Components = append(r.Components, discordgo.Button{Label: id, CustomID: id, Style: discordgo.PrimaryButton})
		}
		return r
	}
	cases := []struct {
		name string
		data *discordgo.InteractionResponseData
		ok   bool
	}{
		{"content-2000", &discordgo.InteractionResponseData{Content: strings.Repeat("é", 2000)}, true},
		{"content-2001", &discordgo.InteractionResponseData{Content: strings.Repeat("é", 2001)}, false},
		{"empty", &discordgo.InteractionResponseData{}, false},
		{"description-4096", &discordgo.InteractionResponseData{Embeds: []*discordgo.MessageEmbed{{Description: strings.Repeat("d", 4096)}}}, true},
		{"description-4097", &discordgo.InteractionResponseData{Embeds: []*discordgo.MessageEmbed{{Description: strings.Repeat("d", 4097)}}}, false},
		{"fields-25", &discordgo.InteractionResponseData{Embeds: []*discordgo.MessageEmbed{{Fields: fields(25, 10)}}}, true},
		{"fields-26", &discordgo.InteractionResponseData{Embeds: []*discordgo.MessageEmbed{{Fields: fields(26, 10)}}}, false},
		{"field-value-1025", &discordgo.InteractionResponseData{Embeds: []*discordgo.MessageEmbed{{Fields: fields(1, 1025)}}}, false},
		{"embeds-total-6001", &discordgo.InteractionResponseData{Embeds: []*discordgo.MessageEmbed{{Description: strings.Repeat("d", 4000)}, {Fields: fields(2, 1000)}}}, false},
		{"rows-5", &discordgo.InteractionResponseData{Content: "x", Components: []discordgo.MessageComponent{row("a"), row("b"), row("c"), row("d"), row("e")}}, true},
		{"rows-6", &discordgo.InteractionResponseData{Content: "x", Components: []discordgo.MessageComponent{row("a"), row("b"), row("c"), row("d"), row("e"), row("f")}}, false},
		{"duplicate-custom-id", &discordgo.InteractionResponseData{Content: "x", Components: []discordgo.MessageComponent{row("a", "a")}}, false},
		{"bad-flags", &discordgo.InteractionResponseData{Content: "x", Flags: discordgo.MessageFlagsCrossPosted}, false},
	}
	byName := map[string]*discordgo.InteractionResponseData{}
	for _, c := range cases {
		byName[c.name] = c.data
	}
	s := NewServer(t, Options{})
	dg := openSession(t, s, func(dg *discordgo.Session) { dg.AddHandler(limitReply(byName)) })
	register(t, dg, echoCmd)
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, err := s.Interact(testCtx(t), echoInteraction(tc.name))
			if tc.ok && err != nil {
				t.Errorf("within limits but refused: %v", err)
			}
			if !tc.ok && !errors.Is(err, ErrRejected) {
				t.Errorf("over a limit but Interact = %v, want ErrRejected", err)
			}
		})
	}
}

func TestCallbackRules(t *testing.T) {
	t.Parallel()
	t.Run("late callback", func(t *testing.T) {
		t.Parallel()
		s := NewServer(t, Options{CallbackDeadline: 200 * time.Millisecond})
		ctx := testCtx(t)
		dg := openSession(t, s, func(dg *discordgo.Session) {
			dg.AddHandler(func(dg *discordgo.Session, i *discordgo.InteractionCreate) {
				time.Sleep(400 * time.Millisecond)
				echo(dg, i)
			})
		})
		register(t, dg, echoCmd)
		if _, err := s.Interact(ctx, echoInteraction("slow")); !errors.Is(err, ErrNoCallback) {
			t.Fatalf("Interact = %v, want ErrNoCallback", err)
		}
		late, err := s.WaitRequest(ctx, func(r Request) bool { return r.Route == RouteCallback })
		if err != nil || late.Status != http.StatusNotFound || !strings.Contains(string(late.Response), "10062") {
			t.Errorf("late callback answered %d %s (%v); want 404 Unknown interaction", late.Status, late.Response, err)
		}
	})
	t.Run("acknowledged twice", func(t *testing.T) {
		t.Parallel()
		s := NewServer(t, Options{})
		ctx := testCtx(t)
		dg := openSession(t, s, func(dg *discordgo.Session) {
			dg.AddHandler(func(dg *discordgo.Session, i *discordgo.InteractionCreate) { echo(dg, i); echo(dg, i) })
		})
		register(t, dg, echoCmd)
		_, _ = s.Interact(ctx, echoInteraction("twice"))
		second, err := s.WaitRequest(ctx, func(r Request) bool { return r.Route == RouteCallback && r.Status == http.StatusBadRequest })
		if err != nil || !strings.Contains(string(second.Response), "40060") {
			t.Errorf("second callback = %s (%v), want 40060", second.Response, err)
		}
	})
	t.Run("edit before callback", func(t *testing.T) {
		t.Parallel()
		s := NewServer(t, Options{})
		ctx := testCtx(t)
		errc := make(chan error, 1)
		dg := openSession(t, s, func(dg *discordgo.Session) {
			dg.AddHandler(func(dg *discordgo.Session, i *discordgo.InteractionCreate) {
				c := "too early"
				_, err := dg.InteractionResponseEdit(i.Interaction, &discordgo.WebhookEdit{Content: &c})
				errc <- err
				echo(dg, i)
			})
		})
		register(t, dg, echoCmd)
		if _, err := s.Interact(ctx, echoInteraction("x")); err != nil {
			t.Fatal(err)
		}
		if err := <-errc; err == nil || !strings.Contains(err.Error(), "10015") {
			t.Errorf("edit before callback = %v, want Unknown Webhook", err)
		}
	})
}

func TestAutocomplete(t *testing.T) {
	t.Parallel()
	speakers := []string{"Dmitry Peskov", "Sergei Lavrov", "Andrii Yermak"}
	s := NewServer(t, Options{})
	ctx := testCtx(t)
	dg := openSession(t, s, func(dg *discordgo.Session) {
		dg.AddHandler(func(dg *discordgo.Session, i *discordgo.InteractionCreate) {
			if i.Type != discordgo.InteractionApplicationCommandAutocomplete {
				return
			}
			typed := strings.ToLower(i.ApplicationCommandData().Options[0].StringValue())
			choices := []*discordgo.ApplicationCommandOptionChoice{}
			if typed == "many" {
				for n := range 26 {
					choices = append(choices, &discordgo.ApplicationCommandOptionChoice{Name: strings.Repeat("x", n+1), Value: "x"})
				}
			}
			for _, sp := range speakers {
				if strings.Contains(strings.ToLower(sp), typed) {
					choices = append(choices, &discordgo.ApplicationCommandOptionChoice{Name: sp, Value: sp})
				}
			}
			_ = dg.InteractionRespond(i.Interaction, &discordgo.InteractionResponse{
				Type: discordgo.InteractionApplicationCommandAutocompleteResult,
				Data: &discordgo.InteractionResponseData{Choices: choices},
			})
		})
	})
	register(t, dg, &discordgo.ApplicationCommand{Name: "quote", Description: "Quotes by a speaker", Options: []*discordgo.ApplicationCommandOption{
		{Type: discordgo.ApplicationCommandOptionString, Name: "speaker", Description: "Who", Required: true, Autocomplete: true},
	}})
	got, err := s.Autocomplete(ctx, Interaction{Name: "quote", Options: []Option{{Name: "speaker", Value: "pes", Focused: true}}})
	if err != nil || len(got) != 1 || got[0].Name != "Dmitry Peskov" {
		t.Fatalf("choices for pes = %s, %v", mustJSON(got), err)
	}
	if _, err := s.Autocomplete(ctx, Interaction{Name: "quote", Options: []Option{{Name: "speaker", Value: "many", Focused: true}}}); !errors.Is(err, ErrRejected) {
		t.Errorf("26 choices: %v, want ErrRejected", err)
	}
	if _, err := s.Autocomplete(ctx, Interaction{Name: "quote", Options: []Option{{Name: "speaker", Value: "p"}}}); err == nil {
		t.Error("autocomplete without a focused option was sent")
	}
}

func TestButtons(t *testing.T) {
	t.Parallel()
	s := NewServer(t, Options{})
	ctx := testCtx(t)
	page := func(n int, ephemeral bool) *discordgo.InteractionResponseData {
		d := &discordgo.InteractionResponseData{
			Content: "page " + string(rune('0'+n)),
			Components: []discordgo.MessageComponent{discordgo.ActionsRow{Components: []discordgo.MessageComponent{
				discordgo.Button{Label: "Back", CustomID: "page:" + string(rune('0'+n-1)), Disabled: n == 1},
				discordgo.Button{Label: "More", CustomID: "page:" + string(rune('0'+n+1)), Disabled: n == 3},
			}}},
		}
		if ephemeral {
			d.Flags = discordgo.MessageFlagsEphemeral
		}
		return d
	}
	dg := openSession(t, s, func(dg *discordgo.Session) {
		dg.AddHandler(func(dg *discordgo.Session, i *discordgo.InteractionCreate) {
			switch i.Type {
			case discordgo.InteractionApplicationCommand:
				_ = dg.InteractionRespond(i.Interaction, &discordgo.InteractionResponse{Type: discordgo.InteractionResponseChannelMessageWithSource,
					Data: page(1, i.ApplicationCommandData().GetOption("private") != nil)})
			case discordgo.InteractionMessageComponent:
				n := int(i.MessageComponentData().CustomID[5] - '0')
				_ = dg.InteractionRespond(i.Interaction, &discordgo.InteractionResponse{Type: discordgo.InteractionResponseUpdateMessage, Data: page(n, false)})
			}
		})
	})
	register(t, dg, echoCmd)
	r, err := s.Interact(ctx, echoInteraction("pages"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.PressButton(ctx, r.Message, "page:0", Interaction{}); !errors.Is(err, ErrDisabled) {
		t.Errorf("pressing disabled Back = %v", err)
	}
	if _, err := s.PressButton(ctx, r.Message, "nope", Interaction{}); !errors.Is(err, ErrNoButton) {
		t.Errorf("pressing a missing button = %v", err)
	}
	p, err := s.PressButton(ctx, r.Message, "page:2", Interaction{})
	if err != nil {
		t.Fatal(err)
	}
	if p.Type != discordgo.InteractionResponseUpdateMessage || p.Message.ID != r.Message.ID || p.Message.Content != "page 2" {
		t.Errorf("after More: type %d message %s %q", p.Type, p.Message.ID, p.Message.Content)
	}
	if cur := s.Message(r.Message.ID); cur.Content != "page 2" || cur.Buttons()[0].Disabled {
		t.Errorf("message now %q, back disabled %v", cur.Content, cur.Buttons()[0].Disabled)
	}

	priv := echoInteraction("pages")
	priv.Options = append(priv.Options, Option{Name: "private", Value: true})
	r2, err := s.Interact(ctx, priv)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.PressButton(ctx, r2.Message, "page:2", Interaction{User: &discordgo.User{ID: OtherUserID}}); !errors.Is(err, ErrNotVisible) {
		t.Errorf("bob pressing alice's ephemeral button = %v", err)
	}
}

func TestMessages(t *testing.T) {
	t.Parallel()
	s := NewServer(t, Options{})
	seen := make(chan *discordgo.MessageCreate, 10)
	openSession(t, s, func(dg *discordgo.Session) {
		dg.AddHandler(func(dg *discordgo.Session, m *discordgo.MessageCreate) {
			seen <- m
			if m.Author.ID == dg.State.User.ID {
				return
			}
			mentioned := false
			for _, u := range m.Mentions {
				mentioned = mentioned || u.ID == dg.State.User.ID
			}
			if !mentioned && m.GuildID != "" {
				return
			}
			_, err := dg.ChannelMessageSendComplex(m.ChannelID, &discordgo.MessageSend{
				Content:         "you said: " + m.Content,
				Reference:       m.Reference(),
				AllowedMentions: &discordgo.MessageAllowedMentions{Parse: []discordgo.AllowedMentionType{}},
			})
			if err != nil {
				t.Errorf("reply: %v", err)
			}
		})
	})
	for _, tc := range []struct {
		name string
		msg  UserMessage
	}{
		{"mention in a guild", UserMessage{Content: s.BotMention() + " who is Claudia Major?"}},
		{"direct message", UserMessage{Content: "who is Claudia Major?", DM: true}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ctx := testCtx(t)
			reply, err := s.SendMessage(ctx, tc.msg)
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(reply.Content, "who is Claudia Major?") || reply.MessageReference == nil || reply.Type != discordgo.MessageTypeReply {
				t.Errorf("reply = %q ref %+v type %d", reply.Content, reply.MessageReference, reply.Type)
			}
			if tc.msg.DM != (reply.GuildID == "") {
				t.Errorf("reply guild %q for DM=%v", reply.GuildID, tc.msg.DM)
			}
		})
	}
	t.Run("no content without the intent", func(t *testing.T) {
		ctx := testCtx(t)
		posted, err := s.PostMessage(ctx, UserMessage{Content: "just chatting"})
		if err != nil {
			t.Fatal(err)
		}
		for {
			select {
			case m := <-seen:
				if m.ID == posted.ID {
					if m.Content != "" {
						t.Errorf("bot saw %q without the Message Content intent", m.Content)
					}
					return
				}
			case <-ctx.Done():
				t.Fatal("MESSAGE_CREATE never arrived")
			}
		}
	})
}

func TestCommandRegistrationValidated(t *testing.T) {
	t.Parallel()
	s := NewServer(t, Options{})
	dg := openSession(t, s, nil)
	opt := func(name string, required bool) *discordgo.ApplicationCommandOption {
		return &discordgo.ApplicationCommandOption{Type: discordgo.ApplicationCommandOptionString, Name: name, Description: "d", Required: required}
	}
	for _, tc := range []struct {
		name string
		cmd  *discordgo.ApplicationCommand
		ok   bool
	}{
		{"valid", &discordgo.ApplicationCommand{Name: "ask", Description: "Ask", Options: []*discordgo.ApplicationCommandOption{opt("question", true), opt("private", false)}}, true},
		{"uppercase name", &discordgo.ApplicationCommand{Name: "Ask", Description: "Ask"}, false},
		{"no description", &discordgo.ApplicationCommand{Name: "ask"}, false},
		{"required after optional", &discordgo.ApplicationCommand{Name: "ask", Description: "Ask", Options: []*discordgo.ApplicationCommandOption{opt("a", false), opt("b", true)}}, false},
		{"autocomplete with choices", &discordgo.ApplicationCommand{Name: "ask", Description: "Ask", Options: []*discordgo.ApplicationCommandOption{{Type: discordgo.ApplicationCommandOptionString, Name: "a", Description: "d", Autocomplete: true, Choices: []*discordgo.ApplicationCommandOptionChoice{{Name: "x", Value: "x"}}}}}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := dg.ApplicationCommandBulkOverwrite(AppID, GuildID, []*discordgo.ApplicationCommand{tc.cmd})
			if (err == nil) != tc.ok {
				t.Errorf("overwrite = %v, want ok=%v", err, tc.ok)
			}
		})
	}
}

func TestAttachmentsServed(t *testing.T) {
	t.Parallel()
	s := NewServer(t, Options{})
	a := s.AddAttachment("talks.txt", "text/plain; charset=utf-8", []byte("Geneva, day two."))
	if !strings.Contains(a.URL, s.AttachmentHost()) || a.Size != 16 {
		t.Fatalf("attachment = %+v", a)
	}
	resp, err := http.Get(a.URL)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if string(b) != "Geneva, day two." {
		t.Errorf("downloaded %q", b)
	}
	if reqs := s.Requests(); len(reqs) != 1 || reqs[0].Route != "GET /attachments" {
		t.Errorf("requests = %+v", reqs)
	}
}

// roundTripFunc lets a test see what Transport forwards.
type roundTripFunc func(*http.Request) (*http.Response, error)

func (f roundTripFunc) RoundTrip(r *http.Request) (*http.Response, error) { return f(r) }

func TestTransportRewritesOnlyDiscord(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ base, in, want string }{
		{"http://127.0.0.1:9/", "https://discord.com/api/v9/gateway", "http://127.0.0.1:9/api/v9/gateway"},
		{"http://127.0.0.1:9", "https://discord.com/api/v9/webhooks/1/tok/messages/@original?wait=true", "http://127.0.0.1:9/api/v9/webhooks/1/tok/messages/@original?wait=true"},
		{"http://127.0.0.1:9/prefix/", "https://discord.com/api/v9/users/@me", "http://127.0.0.1:9/prefix/api/v9/users/@me"},
		{"http://127.0.0.1:9/", "https://cdn.discordapp.com/attachments/1/2/a.txt", "https://cdn.discordapp.com/attachments/1/2/a.txt"},
	} {
		var got string
		rt := Transport(tc.base, roundTripFunc(func(r *http.Request) (*http.Response, error) {
			got = r.URL.String()
			return &http.Response{StatusCode: 204, Body: http.NoBody}, nil
		}))
		req, _ := http.NewRequest("GET", tc.in, nil)
		if _, err := rt.RoundTrip(req); err != nil {
			t.Fatal(err)
		}
		if got != tc.want {
			t.Errorf("%s via %s = %s, want %s", tc.in, tc.base, got, tc.want)
		}
		if req.URL.String() != tc.in {
			t.Errorf("the caller's request was modified: %s", req.URL)
		}
	}
}

// keys lists the keys of a JSON object, recursing into objects and the
// first element of arrays, as "a.b" paths.
func keys(prefix string, v any, out map[string]bool) {
	switch x := v.(type) {
	case map[string]any:
		for k, sub := range x {
			out[prefix+k] = true
			keys(prefix+k+".", sub, out)
		}
	case []any:
		if len(x) > 0 {
			keys(prefix+"0.", x[0], out)
		}
	}
}

// TestPayloadsShapedLikeDiscords compares the payloads the server builds
// with payloads Discord sent (testdata): every key Discord sends is there.
func TestPayloadsShapedLikeDiscords(t *testing.T) {
	t.Parallel()
	s := NewServer(t, Options{})
	cmd := *echoCmd
	cmd.Type, cmd.ID = discordgo.ChatApplicationCommand, "1409514738479665317"
	s.mu.Lock()
	s.commands[""] = &commandSet{cmds: []*discordgo.ApplicationCommand{&cmd}}
	s.mu.Unlock()
	for _, tc := range []struct {
		file string
		in   Interaction
	}{
		{"interaction_guild_command.json", echoInteraction("x")},
		{"interaction_dm_command.json", Interaction{Name: "echo", DM: true, Options: []Option{{Name: "text", Value: "x"}}}},
	} {
		t.Run(tc.file, func(t *testing.T) {
			tc.in.Type, tc.in.CommandType = discordgo.InteractionApplicationCommand, discordgo.ChatApplicationCommand
			_, p, err := s.buildInteraction(tc.in)
			if err != nil {
				t.Fatal(err)
			}
			compareShape(t, tc.file, p)
			var i discordgo.Interaction
			if err := json.Unmarshal(mustJSON(p), &i); err != nil || i.ApplicationCommandData().Name != "echo" {
				t.Errorf("discordgo cannot read the payload: %v", err)
			}
		})
	}
}

func compareShape(t *testing.T, file string, built any) {
	t.Helper()
	raw, err := os.ReadFile("testdata/" + file)
	if err != nil {
		t.Fatal(err)
	}
	var want any
	if err := json.Unmarshal(raw, &want); err != nil {
		t.Fatal(err)
	}
	var got any
	_ = json.Unmarshal(mustJSON(built), &got)
	wk, gk := map[string]bool{}, map[string]bool{}
	keys("", want, wk)
	keys("", got, gk)
	var missing []string
	for k := range wk {
		if !gk[k] && !strings.HasPrefix(k, "authorizing_integration_owners.") {
			missing = append(missing, k)
		}
	}
	sort.Strings(missing)
	if len(missing) > 0 {
		t.Errorf("built payload lacks keys Discord sends: %v", missing)
	}
}

func TestMessageCreateShapedLikeDiscords(t *testing.T) {
	t.Parallel()
	s := NewServer(t, Options{})
	raw := make(chan json.RawMessage, 1)
	openSession(t, s, func(dg *discordgo.Session) {
		dg.AddHandler(func(_ *discordgo.Session, e *discordgo.Event) {
			if e.Type == "MESSAGE_CREATE" {
				raw <- e.RawData
			}
		})
	})
	ctx := testCtx(t)
	posted, err := s.PostMessage(ctx, UserMessage{Content: s.BotMention() + " who is Claudia Major?"})
	if err != nil {
		t.Fatal(err)
	}
	if len(posted.Mentions) != 1 || posted.Mentions[0].ID != AppID {
		t.Errorf("mentions = %+v", posted.Mentions)
	}
	select {
	case b := <-raw:
		var got any
		_ = json.Unmarshal(b, &got)
		compareShape(t, "message_create_mention.json", got)
	case <-ctx.Done():
		t.Fatal("MESSAGE_CREATE never arrived")
	}
}
