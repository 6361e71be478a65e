package bot_test

import (
	"context"
	"encoding/json"
	"errors"
	"log/slog"
	"net/http/httptest"
	"os"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/talksbot/talksbot/bot"
	"github.com/talksbot/talksbot/bot/discordtest"
	"github.com/talksbot/talksbot/corpus"
	"github.com/talksbot/talksbot/index"
)

// engine is one in-memory index over the embedded corpus, shared by the
// end-to-end tests (it is safe for concurrent use and never changes).
var engine = sync.OnceValues(func() (*index.Engine, error) {
	c, err := corpus.LoadFS(corpus.Default(), corpus.Options{})
	if err != nil {
		return nil, err
	}
	return index.Build(context.Background(), index.BuildOptions{Corpus: c})
})

func TestMain(m *testing.M) {
	// discordgo logs reconnects (which these tests cause) to stderr unless
	// bridged; keep the test output for failures.
	bot.BridgeLogs(slog.New(slog.DiscardHandler))
	os.Exit(m.Run())
}

// e2e is a bot connected to a test server.
type e2e struct {
	srv  *discordtest.Server
	bot  *bot.Bot
	stop func()
	// endpoint is the URL of the bot's HTTP interactions endpoint, when
	// Options.PublicKey was set.
	endpoint string
}

// startBot runs a bot against srv with opts (Session, Engine and GuildIDs
// filled in) until the test ends or stop is called, and waits for its
// commands to be registered.
func startBot(tb testing.TB, srv *discordtest.Server, opts bot.Options) *e2e {
	tb.Helper()
	eng, err := engine()
	if err != nil {
		tb.Fatal(err)
	}
	if opts.Log == nil {
		opts.Log = slog.New(slog.DiscardHandler)
	}
	s, err := bot.NewSession(srv.Token(), srv.URL(), nil, opts.Log)
	if err != nil {
		tb.Fatal(err)
	}
	opts.Session = s
	if opts.Engine == nil {
		opts.Engine = eng
	}
	if opts.GuildIDs == nil {
		opts.GuildIDs = []string{discordtest.GuildID}
	}
	b, err := bot.New(opts)
	if err != nil {
		tb.Fatal(err)
	}
	endpoint := ""
	if opts.PublicKey != nil {
		hs := httptest.NewServer(b.InteractionsHandler(bot.InteractionsOptions{}))
		tb.Cleanup(hs.Close)
		endpoint = hs.URL + "/interactions"
	}
	since := time.Now()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- b.Run(ctx) }()
	var once sync.Once
	stop := func() {
		once.Do(func() {
			cancel()
			if err := <-done; err != nil {
				tb.Errorf("Run: %v", err)
			}
		})
	}
	tb.Cleanup(stop)
	wctx, wcancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer wcancel()
	// Wait for this bot's own registration (an earlier bot's may be there).
	if _, err := srv.WaitRequest(wctx, func(r discordtest.Request) bool {
		return (r.Route == discordtest.RouteGuildCommands || r.Route == discordtest.RouteGlobalCommands) && r.OK() && r.Time.After(since)
	}); err != nil {
		tb.Fatal(err)
	}
	// And for the rest of start-up (removing stale commands).
	for !b.Ready() {
		select {
		case <-wctx.Done():
			tb.Fatal("the bot registered its commands but never became ready")
		case <-time.After(time.Millisecond):
		}
	}
	return &e2e{srv: srv, bot: b, stop: stop, endpoint: endpoint}
}

func testCtx(t *testing.T) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	t.Cleanup(cancel)
	return ctx
}

func ask(question string) discordtest.Interaction {
	return discordtest.Interaction{Name: "ask", Options: []discordtest.Option{{Name: "question", Value: question}}}
}

// checkNoPings asserts the message pings no one and sent allowed_mentions
// {"parse": []}.
func checkNoPings(t *testing.T, m *discordtest.Message) {
	t.Helper()
	if m == nil {
		t.Fatal("no message")
	}
	if m.AllowedMentions == nil || len(m.AllowedMentions.Parse) != 0 || !strings.Contains(string(m.Sent), `"allowed_mentions":{"parse":[]`) {
		t.Errorf("allowed_mentions not {\"parse\": []}: %s", m.Sent)
	}
	if p := m.Pings(); len(p) > 0 {
		t.Errorf("pings %v", p)
	}
}

func embedText(m *discordtest.Message) string {
	var sb strings.Builder
	for _, e := range m.Embeds {
		sb.WriteString(e.Title + "\n" + e.Description + "\n")
		for _, f := range e.Fields {
			sb.WriteString(f.Name + "\n" + f.Value + "\n")
		}
		if e.Footer != nil {
			sb.WriteString(e.Footer.Text + "\n")
		}
	}
	return sb.String()
}

func TestE2ERegisteredCommands(t *testing.T) {
	t.Parallel()
	srv := discordtest.NewServer(t, discordtest.Options{})
	startBot(t, srv, bot.Options{})
	var cmds []map[string]any
	if err := json.Unmarshal(srv.CommandsJSON(discordtest.GuildID), &cmds); err != nil {
		t.Fatal(err)
	}
	byName := map[string]map[string]any{}
	var names []string
	for _, c := range cmds {
		byName[c["name"].(string)] = c
		names = append(names, c["name"].(string))
	}
	if want := []string{"ask", "quote", "topics", "topic", "sources", "help"}; !slices.Equal(names, want) {
		t.Errorf("registered %v, want %v", names, want)
	}
	option := func(cmd, name string) map[string]any {
		for _, o := range byName[cmd]["options"].([]any) {
			if o := o.(map[string]any); o["name"] == name {
				return o
			}
		}
		t.Fatalf("/%s has no option %s", cmd, name)
		return nil
	}
	tests := []struct {
		cmd, opt, key string
		want          any
	}{
		{"ask", "question", "max_length", 300.0},
		{"ask", "question", "required", true},
		{"ask", "question", "type", 3.0},
		{"ask", "private", "type", 5.0},
		{"quote", "speaker", "autocomplete", true},
		{"quote", "speaker", "required", true},
		{"quote", "about", "type", 3.0},
		{"topic", "name", "autocomplete", true},
	}
	for _, tt := range tests {
		if got := option(tt.cmd, tt.opt)[tt.key]; got != tt.want {
			t.Errorf("/%s %s: %s = %v, want %v", tt.cmd, tt.opt, tt.key, got, tt.want)
		}
	}
	if len(srv.Commands("")) != 0 {
		t.Error("commands registered globally although guild ids are set")
	}
}

func TestE2ECommandReplies(t *testing.T) {
	t.Parallel()
	srv := discordtest.NewServer(t, discordtest.Options{})
	startBot(t, srv, bot.Options{MaxPassages: 3})
	ctx := testCtx(t)
	tests := []struct {
		name          string
		in            discordtest.Interaction
		wantEphemeral bool
		wantText      []string
		wantButtons   bool
	}{
		{"ask a quote question", ask("what did Peskov say"), false,
			[]string{"Dmitry Peskov", "Kremlin spokesman", "> We have not seen any texts yet", "[1] ", "DW", "18 Dec 2025"}, false},
		{"ask about a person, privately", discordtest.Interaction{Name: "ask", Options: []discordtest.Option{
			{Name: "question", Value: "who is Zelensky?"}, {Name: "private", Value: true}}}, true,
			[]string{"**Volodymyr Zelensky", "President", "Sources"}, true},
		{"ask what the articles do not cover", ask("who won the world cup"), false,
			[]string{"don't cover"}, true},
		{"quote", discordtest.Interaction{Name: "quote", Options: []discordtest.Option{{Name: "speaker", Value: "Dmitry Peskov"}}}, false,
			[]string{"Dmitry Peskov", "> We want peace"}, false},
		{"topics", discordtest.Interaction{Name: "topics"}, false, []string{"Topics the articles cover", "passages"}, true},
		{"sources", discordtest.Interaction{Name: "sources"}, false, []string{"2 articles", "DW", "Danilo Bilek", "passages"}, false},
		{"help", discordtest.Interaction{Name: "help"}, true, []string{"/ask", "/quote", "cite"}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := srv.Interact(ctx, tt.in)
			if err != nil {
				t.Fatal(err)
			}
			if r.Type != discordgo.InteractionResponseChannelMessageWithSource {
				t.Errorf("callback type %d, want 4", r.Type)
			}
			m := r.Message
			checkNoPings(t, m)
			if m.Ephemeral() != tt.wantEphemeral {
				t.Errorf("ephemeral %v, want %v", m.Ephemeral(), tt.wantEphemeral)
			}
			text := embedText(m)
			for _, w := range tt.wantText {
				if !strings.Contains(text, w) {
					t.Errorf("reply lacks %q:\n%s", w, text)
				}
			}
			if got := len(m.Buttons())+len(m.SelectMenus()) > 0; got != tt.wantButtons {
				t.Errorf("buttons %v, want %v", got, tt.wantButtons)
			}
		})
	}
}

func TestE2EGlobalCommandsInDM(t *testing.T) {
	t.Parallel()
	srv := discordtest.NewServer(t, discordtest.Options{})
	startBot(t, srv, bot.Options{GuildIDs: []string{}})
	if n := len(srv.Commands("")); n != 6 {
		t.Fatalf("%d global commands, want 6", n)
	}
	r, err := srv.Interact(testCtx(t), discordtest.Interaction{Name: "ask", DM: true,
		Options: []discordtest.Option{{Name: "question", Value: "security guarantees"}}})
	if err != nil {
		t.Fatal(err)
	}
	checkNoPings(t, r.Message)
	if !strings.Contains(embedText(r.Message), "security guarantees") {
		t.Errorf("DM answer:\n%s", embedText(r.Message))
	}
}

func TestE2EQuestionCannotPing(t *testing.T) {
	t.Parallel()
	srv := discordtest.NewServer(t, discordtest.Options{})
	startBot(t, srv, bot.Options{})
	r, err := srv.Interact(testCtx(t), ask("@everyone <@"+discordtest.OtherUserID+"> **Peskov**"))
	if err != nil {
		t.Fatal(err)
	}
	checkNoPings(t, r.Message)
	if strings.Contains(embedText(r.Message), "@everyone") {
		t.Errorf("raw @everyone in the reply:\n%s", embedText(r.Message))
	}
}

func TestE2EAutocomplete(t *testing.T) {
	t.Parallel()
	srv := discordtest.NewServer(t, discordtest.Options{})
	startBot(t, srv, bot.Options{})
	ctx := testCtx(t)
	tests := []struct {
		cmd, opt, typed, wantFirst string
	}{
		{"quote", "speaker", "pes", "Dmitry Peskov"},
		{"quote", "speaker", "PESKOV", "Dmitry Peskov"},
		{"quote", "speaker", "clau", "Claudia Major"},
		{"topic", "name", "nato", "NATO"},
		{"quote", "speaker", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.cmd+" "+tt.typed, func(t *testing.T) {
			choices, err := srv.Autocomplete(ctx, discordtest.Interaction{Name: tt.cmd,
				Options: []discordtest.Option{{Name: tt.opt, Value: tt.typed, Focused: true}}})
			if err != nil {
				t.Fatal(err)
			}
			if len(choices) == 0 || len(choices) > 25 {
				t.Fatalf("%d choices", len(choices))
			}
			if v, _ := choices[0].Value.(string); tt.wantFirst != "" && !strings.Contains(v, tt.wantFirst) {
				t.Errorf("first choice %q, want %q (all: %v)", v, tt.wantFirst, choices)
			}
		})
	}
}

func TestE2EPaging(t *testing.T) {
	t.Parallel()
	srv := discordtest.NewServer(t, discordtest.Options{})
	b := startBot(t, srv, bot.Options{MaxPassages: 1})
	ctx := testCtx(t)
	r, err := srv.Interact(ctx, ask("security guarantees"))
	if err != nil {
		t.Fatal(err)
	}
	first := r.Message
	buttons := first.Buttons()
	if len(buttons) != 2 || !buttons[0].Disabled || buttons[1].Disabled {
		t.Fatalf("page 1 buttons: %+v", buttons)
	}
	if _, err := srv.PressButton(ctx, first, buttons[0].CustomID, discordtest.Interaction{}); !errors.Is(err, discordtest.ErrDisabled) {
		t.Errorf("Back on page 1: %v, want disabled", err)
	}

	// Someone else is refused privately; the message is unchanged.
	other := &discordgo.User{ID: discordtest.OtherUserID, Username: "bob"}
	ref, err := srv.PressButton(ctx, first, buttons[1].CustomID, discordtest.Interaction{User: other})
	if err != nil {
		t.Fatal(err)
	}
	if ref.Type != discordgo.InteractionResponseChannelMessageWithSource || !ref.Message.Ephemeral() || !strings.Contains(ref.Message.Content, "Only the person who asked") {
		t.Errorf("refusal: type %d %s", ref.Type, ref.Message.Sent)
	}

	// The asker pages on, even after the bot restarts.
	b.stop()
	startBot(t, srv, bot.Options{MaxPassages: 1})
	next, err := srv.PressButton(ctx, first, buttons[1].CustomID, discordtest.Interaction{})
	if err != nil {
		t.Fatal(err)
	}
	if next.Type != discordgo.InteractionResponseUpdateMessage {
		t.Errorf("More: callback type %d, want 7", next.Type)
	}
	page2 := next.Message
	checkNoPings(t, page2)
	if f := page2.Embeds[0].Footer.Text; !strings.HasPrefix(f, "Page 2 of ") || !strings.HasSuffix(f, "asked: security guarantees") {
		t.Errorf("page 2 footer %q", f)
	}
	if page2.Embeds[0].Description == first.Embeds[0].Description {
		t.Error("page 2 shows the same passages as page 1")
	}
	if bs := page2.Buttons(); len(bs) != 2 || bs[0].Disabled {
		t.Errorf("page 2 buttons: %+v", bs)
	}
	// Back returns to page 1.
	back, err := srv.PressButton(ctx, page2, page2.Buttons()[0].CustomID, discordtest.Interaction{})
	if err != nil {
		t.Fatal(err)
	}
	if back.Message.Embeds[0].Description != first.Embeds[0].Description {
		t.Errorf("Back did not return to page 1")
	}
	// On the last page More is disabled.
	last := back.Message
	for range 10 {
		bs := last.Buttons()
		if bs[1].Disabled {
			break
		}
		r, err := srv.PressButton(ctx, last, bs[1].CustomID, discordtest.Interaction{})
		if err != nil {
			t.Fatal(err)
		}
		last = r.Message
	}
	if !last.Buttons()[1].Disabled {
		t.Error("More never disabled")
	}
}

func TestE2ETopicButton(t *testing.T) {
	t.Parallel()
	srv := discordtest.NewServer(t, discordtest.Options{})
	startBot(t, srv, bot.Options{})
	ctx := testCtx(t)
	r, err := srv.Interact(ctx, ask("who won the world cup"))
	if err != nil {
		t.Fatal(err)
	}
	menus := r.Message.SelectMenus()
	if len(menus) == 0 || len(menus[0].Options) == 0 {
		t.Fatal("no topic menu")
	}
	next, err := srv.Choose(ctx, r.Message, menus[0].CustomID, []string{menus[0].Options[0].Value}, discordtest.Interaction{})
	if err != nil {
		t.Fatal(err)
	}
	if next.Type != discordgo.InteractionResponseUpdateMessage || !strings.HasPrefix(next.Message.Embeds[0].Footer.Text, "topic: ") &&
		!strings.Contains(next.Message.Embeds[0].Footer.Text, "topic: ") {
		t.Errorf("topic press: type %d %s", next.Type, next.Message.Sent)
	}
}

func TestE2EMentionAndDM(t *testing.T) {
	t.Parallel()
	srv := discordtest.NewServer(t, discordtest.Options{})
	startBot(t, srv, bot.Options{})
	ctx := testCtx(t)
	tests := []struct {
		name string
		msg  discordtest.UserMessage
		want string
	}{
		{"mention", discordtest.UserMessage{Content: srv.BotMention() + " who is Claudia Major? @everyone"}, "German Marshall Fund"},
		{"DM", discordtest.UserMessage{Content: "what did peskov say", DM: true}, "Dmitry Peskov"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, err := srv.SendMessage(ctx, tt.msg)
			if err != nil {
				t.Fatal(err)
			}
			if m.MessageReference == nil || m.MessageReference.MessageID == "" {
				t.Errorf("not a reply: %s", m.Sent)
			}
			checkNoPings(t, m)
			if !strings.Contains(embedText(m), tt.want) {
				t.Errorf("reply lacks %q:\n%s", tt.want, embedText(m))
			}
		})
	}
	t.Run("a guild message without a mention is left alone", func(t *testing.T) {
		before := len(srv.ChannelMessages(discordtest.ChannelID))
		if _, err := srv.PostMessage(ctx, discordtest.UserMessage{Content: "who is Claudia Major?"}); err != nil {
			t.Fatal(err)
		}
		// A later mention is answered, and nothing was sent in between.
		if _, err := srv.SendMessage(ctx, discordtest.UserMessage{Content: srv.BotMention() + " Donbas"}); err != nil {
			t.Fatal(err)
		}
		if n := len(srv.ChannelMessages(discordtest.ChannelID)) - before; n != 1 {
			t.Errorf("%d bot messages, want 1 (the mention's answer)", n)
		}
	})
}

func TestE2EUnderRealConditions(t *testing.T) {
	t.Parallel()
	boom := bot.Command{
		Definition: &discordgo.ApplicationCommand{Name: "boom", Description: "panics"},
		Handle: func(ctx context.Context, req *bot.Request) (*bot.Response, error) {
			var m map[string]int
			m["x"]++ // nil map write
			return nil, nil
		},
	}
	srv := discordtest.NewServer(t, discordtest.Options{})
	startBot(t, srv, bot.Options{Extra: []bot.Command{boom}, QuestionsPerMinute: 3})
	ctx := testCtx(t)

	t.Run("a 429 on the first callback is retried", func(t *testing.T) {
		srv.FailNext(discordtest.RouteCallback, 429, 1)
		r, err := srv.Interact(ctx, ask("Donbas"))
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(embedText(r.Message), "Donbas") {
			t.Errorf("answer after 429:\n%s", embedText(r.Message))
		}
		var statuses []int
		for _, req := range srv.Requests() {
			if req.Route == discordtest.RouteCallback && strings.Contains(req.Path, r.ID) {
				statuses = append(statuses, req.Status)
			}
		}
		if !slices.Equal(statuses, []int{429, 204}) && !slices.Equal(statuses, []int{429, 200}) {
			t.Errorf("callback statuses %v, want a 429 then success", statuses)
		}
	})
	t.Run("a reconnect mid-session", func(t *testing.T) {
		if err := srv.Reconnect(ctx); err != nil {
			t.Fatal(err)
		}
		if _, err := srv.Interact(ctx, ask("ceasefire")); err != nil {
			t.Fatal(err)
		}
		if err := srv.Drop(ctx); err != nil {
			t.Fatal(err)
		}
		if _, err := srv.Interact(ctx, discordtest.Interaction{Name: "help"}); err != nil {
			t.Fatal(err)
		}
	})
	t.Run("a panic is answered with an error message", func(t *testing.T) {
		r, err := srv.Interact(ctx, discordtest.Interaction{Name: "boom"})
		if err != nil {
			t.Fatal(err)
		}
		if !r.Message.Ephemeral() || !strings.Contains(r.Message.Content, "Something went wrong") {
			t.Errorf("panic reply: %s", r.Message.Sent)
		}
		if _, err := srv.Interact(ctx, discordtest.Interaction{Name: "help"}); err != nil {
			t.Errorf("no answer after the panic: %v", err)
		}
	})
	t.Run("the rate limit says when to retry", func(t *testing.T) {
		// Two questions were asked above; the third is allowed, the fourth not.
		if _, err := srv.Interact(ctx, ask("NATO")); err != nil {
			t.Fatal(err)
		}
		r, err := srv.Interact(ctx, ask("NATO"))
		if err != nil {
			t.Fatal(err)
		}
		if !r.Message.Ephemeral() || !strings.Contains(r.Message.Content, "try again <t:") {
			t.Errorf("rate limit notice: %s", r.Message.Sent)
		}
		// another user is not limited
		other := ask("NATO")
		other.User = &discordgo.User{ID: discordtest.OtherUserID, Username: "bob"}
		r, err = srv.Interact(ctx, other)
		if err != nil {
			t.Fatal(err)
		}
		if r.Message.Ephemeral() {
			t.Errorf("bob was limited: %s", r.Message.Sent)
		}
	})
}

func TestE2EShutdownFinishesInFlightReplies(t *testing.T) {
	t.Parallel()
	started := make(chan struct{})
	release := make(chan struct{})
	slow := bot.Command{
		Definition: &discordgo.ApplicationCommand{Name: "slow", Description: "slow"},
		Handle: func(ctx context.Context, req *bot.Request) (*bot.Response, error) {
			close(started)
			<-release
			return &bot.Response{Content: "finished"}, nil
		},
	}
	srv := discordtest.NewServer(t, discordtest.Options{})
	e := startBot(t, srv, bot.Options{Extra: []bot.Command{slow}, DeferAfter: 10 * time.Millisecond})
	ctx := testCtx(t)
	got := make(chan *discordtest.Reply, 1)
	go func() {
		r, err := srv.Interact(ctx, discordtest.Interaction{Name: "slow"})
		if err != nil {
			t.Error(err)
		}
		got <- r
	}()
	<-started
	stopped := make(chan struct{})
	go func() { e.stop(); close(stopped) }()
	select {
	case <-stopped:
		t.Fatal("the bot stopped before its in-flight reply was sent")
	case <-time.After(50 * time.Millisecond):
	}
	close(release)
	<-stopped
	r := <-got
	if r == nil || r.Type != discordgo.InteractionResponseDeferredChannelMessageWithSource || r.Message.Content != "finished" {
		t.Errorf("in-flight reply: %+v", r)
	}
}

func TestE2EMentionReplyPages(t *testing.T) {
	t.Parallel()
	srv := discordtest.NewServer(t, discordtest.Options{})
	startBot(t, srv, bot.Options{MaxPassages: 1})
	ctx := testCtx(t)
	m, err := srv.SendMessage(ctx, discordtest.UserMessage{Content: srv.BotMention() + " security guarantees"})
	if err != nil {
		t.Fatal(err)
	}
	bs := m.Buttons()
	if len(bs) != 2 || bs[1].Disabled {
		t.Fatalf("buttons on the mention's reply: %+v", bs)
	}
	r, err := srv.PressButton(ctx, m, bs[1].CustomID, discordtest.Interaction{})
	if err != nil {
		t.Fatal(err)
	}
	if r.Type != discordgo.InteractionResponseUpdateMessage || !strings.HasPrefix(r.Message.Embeds[0].Footer.Text, "Page 2 of ") {
		t.Errorf("More on a mention reply: type %d %s", r.Type, r.Message.Sent)
	}
	checkNoPings(t, r.Message)
}
