package discordtest

import (
	"context"
	"fmt"
	"net/http"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
)

// TestConcurrentInteractionsAcrossADrop sends interactions from many
// goroutines while the connection drops: every one is answered exactly
// once, in spite of the replay.
//
// What it checks is delivery, not speed, so Discord's 3-second callback
// window is off: the interactions sent during the drop wait for
// discordgo's reconnect (a fixed 1 s sleep first), then all arrive at
// once, and on a loaded machine under the race detector some callbacks
// missed the window although every one arrived. With the window off the
// test has no clock in it; a lost or doubled interaction still fails it.
func TestConcurrentInteractionsAcrossADrop(t *testing.T) {
	t.Parallel()
	s := NewServer(t, Options{CallbackDeadline: -1})
	// Delivery is what is checked, not how fast: after the drop
	// discordgo sleeps before reconnecting, longer each time an attempt
	// fails, which on a loaded machine can outlast testCtx's 15 s.
	ctx, cancel := context.WithTimeout(t.Context(), 2*time.Minute)
	defer cancel()
	dg := openSession(t, s, func(dg *discordgo.Session) { dg.AddHandler(echo) })
	register(t, dg, echoCmd)
	const n = 40
	var wg sync.WaitGroup
	errs := make(chan error, n)
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			text := fmt.Sprintf("question %d", i)
			r, err := s.Interact(ctx, echoInteraction(text))
			switch {
			case err != nil:
				errs <- err
			case r.Message.Content != text:
				errs <- fmt.Errorf("asked %q, answered %q", text, r.Message.Content)
			}
		}()
		if i == n/2 {
			if err := s.Drop(ctx); err != nil {
				t.Fatal(err)
			}
		}
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	if got := len(s.RequestsTo(RouteCallback)); got != n {
		t.Errorf("%d callbacks for %d interactions", got, n)
	}
}

// TestRestart checks a bot that closes its session and opens again (the
// same Session or a new one) identifies afresh and keeps answering,
// including buttons on messages sent before the restart.
func TestRestart(t *testing.T) {
	t.Parallel()
	for _, sameSession := range []bool{true, false} {
		t.Run(fmt.Sprintf("same session %v", sameSession), func(t *testing.T) {
			t.Parallel()
			s := NewServer(t, Options{})
			ctx := testCtx(t)
			handler := func(dg *discordgo.Session, i *discordgo.InteractionCreate) {
				if i.Type == discordgo.InteractionMessageComponent {
					_ = dg.InteractionRespond(i.Interaction, &discordgo.InteractionResponse{Type: discordgo.InteractionResponseUpdateMessage,
						Data: &discordgo.InteractionResponseData{Content: "pressed", Components: []discordgo.MessageComponent{}}})
					return
				}
				_ = dg.InteractionRespond(i.Interaction, &discordgo.InteractionResponse{Type: discordgo.InteractionResponseChannelMessageWithSource,
					Data: &discordgo.InteractionResponseData{Content: "with button", Components: []discordgo.MessageComponent{
						discordgo.ActionsRow{Components: []discordgo.MessageComponent{discordgo.Button{Label: "Go", CustomID: "go"}}},
					}}})
			}
			dg := openSession(t, s, func(dg *discordgo.Session) { dg.AddHandler(handler) })
			register(t, dg, echoCmd)
			r, err := s.Interact(ctx, echoInteraction("x"))
			if err != nil {
				t.Fatal(err)
			}
			if err := dg.Close(); err != nil {
				t.Fatal(err)
			}
			if sameSession {
				if err := dg.Open(); err != nil {
					t.Fatal(err)
				}
			} else {
				openSession(t, s, func(dg *discordgo.Session) { dg.AddHandler(handler) })
			}
			p, err := s.PressButton(ctx, r.Message, "go", Interaction{})
			if err != nil || p.Message.Content != "pressed" {
				t.Fatalf("press after restart: %v", err)
			}
			if st := s.Stats(); st.Identifies != 2 || st.Resumes != 0 {
				t.Errorf("stats = %+v, want a second IDENTIFY and no RESUME of a closed session", st)
			}
		})
	}
}

func TestInteractionChecksOptions(t *testing.T) {
	t.Parallel()
	s := NewServer(t, Options{})
	dg := openSession(t, s, func(dg *discordgo.Session) { dg.AddHandler(echo) })
	register(t, dg, echoCmd)
	for _, tc := range []struct {
		name string
		in   Interaction
		want string
	}{
		{"unknown option", Interaction{Name: "echo", Options: []Option{{Name: "text", Value: "a"}, {Name: "loud", Value: true}}}, `no option "loud"`},
		{"required option missing", Interaction{Name: "echo"}, `required option "text"`},
		{"wrong type", Interaction{Name: "echo", Options: []Option{{Name: "text", Value: 3}}}, "want a string"},
		{"too long", Interaction{Name: "echo", Options: []Option{{Name: "text", Value: strings.Repeat("a", 301)}}}, "outside the option's limits"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := s.Interact(testCtx(t), tc.in)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("Interact = %v, want an error mentioning %q", err, tc.want)
			}
		})
	}
	ctx, cancel := context.WithTimeout(t.Context(), 200*time.Millisecond)
	defer cancel()
	if _, err := s.Interact(ctx, Interaction{Name: "nonexistent"}); err == nil {
		t.Error("an unregistered command was sent")
	}
}

func TestUploadsBecomeAttachments(t *testing.T) {
	t.Parallel()
	s := NewServer(t, Options{})
	ctx := testCtx(t)
	dg := openSession(t, s, func(dg *discordgo.Session) {
		dg.AddHandler(func(dg *discordgo.Session, i *discordgo.InteractionCreate) {
			_ = dg.InteractionRespond(i.Interaction, &discordgo.InteractionResponse{Type: discordgo.InteractionResponseChannelMessageWithSource,
				Data: &discordgo.InteractionResponseData{Content: "report", Files: []*discordgo.File{{Name: "report.txt", ContentType: "text/plain", Reader: strings.NewReader("all good")}}}})
		})
	})
	register(t, dg, echoCmd)
	r, err := s.Interact(ctx, echoInteraction("x"))
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Message.Attachments) != 1 || r.Message.Attachments[0].Filename != "report.txt" {
		t.Fatalf("attachments = %+v", r.Message.Attachments)
	}
	cb := s.RequestsTo(RouteCallback)
	if len(cb) != 1 || len(cb[0].Files) != 1 || string(cb[0].Files[0].Data) != "all good" {
		t.Errorf("recorded files = %+v", cb)
	}
	resp, err := http.Get(r.Message.Attachments[0].URL)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		t.Errorf("uploaded file not served: %d", resp.StatusCode)
	}
}

func TestAuditChannel(t *testing.T) {
	t.Parallel()
	s := NewServer(t, Options{})
	ctx := testCtx(t)
	dg := openSession(t, s, nil)
	audit := s.AddChannel("", "audit")
	if _, err := dg.ChannelMessageSendComplex(audit, &discordgo.MessageSend{Content: "alice reindexed"}); err != nil {
		t.Fatal(err)
	}
	if _, err := dg.ChannelMessageSend("1399999999999999999", "lost"); err == nil {
		t.Error("posting to an unknown channel succeeded")
	}
	m, err := s.WaitMessage(ctx, audit, nil)
	if err != nil || m.Content != "alice reindexed" || m.GuildID != GuildID {
		t.Errorf("audit message = %+v, %v", m, err)
	}
	if ch, err := dg.Channel(audit); err != nil || ch.Name != "audit" {
		t.Errorf("GET channel = %+v, %v", ch, err)
	}
}

// BenchmarkInteract measures the server's share of an interaction's round
// trip with a bot that answers at once: dispatch → callback → Interact
// returns. Bot benchmarks can subtract it.
func BenchmarkInteract(b *testing.B) {
	s := NewServer(b, Options{})
	dg, err := discordgo.New("Bot " + s.Token())
	if err != nil {
		b.Fatal(err)
	}
	dg.Client = s.Client()
	dg.LogLevel = discordgo.LogError
	dg.AddHandler(echo)
	if err := dg.Open(); err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { _ = dg.Close() })
	if _, err := dg.ApplicationCommandBulkOverwrite(AppID, GuildID, []*discordgo.ApplicationCommand{echoCmd}); err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	lat := make([]time.Duration, 0, b.N)
	b.ResetTimer()
	for range b.N {
		r, err := s.Interact(ctx, echoInteraction("hi"))
		if err != nil {
			b.Fatal(err)
		}
		lat = append(lat, r.Latency)
	}
	b.StopTimer()
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	b.ReportMetric(float64(lat[len(lat)/2].Microseconds()), "p50-µs")
	b.ReportMetric(float64(lat[len(lat)*99/100].Microseconds()), "p99-µs")
}

// TestModal checks a modal round trip: the command opens a modal, its
// submission is answered with a message carrying the typed value.
func TestModal(t *testing.T) {
	t.Parallel()
	s := NewServer(t, Options{})
	ctx := testCtx(t)
	dg := openSession(t, s, func(dg *discordgo.Session) {
		dg.AddHandler(func(dg *discordgo.Session, i *discordgo.InteractionCreate) {
			switch i.Type {
			case discordgo.InteractionApplicationCommand:
				_ = dg.InteractionRespond(i.Interaction, &discordgo.InteractionResponse{Type: discordgo.InteractionResponseModal,
					Data: &discordgo.InteractionResponseData{CustomID: "why", Title: "Why?", Components: []discordgo.MessageComponent{
						discordgo.ActionsRow{Components: []discordgo.MessageComponent{discordgo.TextInput{CustomID: "reason", Label: "Reason", Style: discordgo.TextInputShort}}},
					}}})
			case discordgo.InteractionModalSubmit:
				row := i.ModalSubmitData().Components[0].(*discordgo.ActionsRow)
				reason := row.Components[0].(*discordgo.TextInput).Value
				_ = dg.InteractionRespond(i.Interaction, &discordgo.InteractionResponse{Type: discordgo.InteractionResponseChannelMessageWithSource,
					Data: &discordgo.InteractionResponseData{Content: "noted: " + reason}})
			}
		})
	})
	register(t, dg, echoCmd)
	r, err := s.Interact(ctx, echoInteraction("x"))
	if err != nil {
		t.Fatal(err)
	}
	if r.Type != discordgo.InteractionResponseModal || !strings.Contains(string(r.Modal), `"custom_id":"why"`) {
		t.Fatalf("reply = type %d modal %s", r.Type, r.Modal)
	}
	sub, err := s.Interact(ctx, Interaction{Type: discordgo.InteractionModalSubmit, CustomID: "why", ModalValues: map[string]string{"reason": "typo"}})
	if err != nil {
		t.Fatal(err)
	}
	if sub.Message.Content != "noted: typo" {
		t.Errorf("modal answer = %q", sub.Message.Content)
	}
}
