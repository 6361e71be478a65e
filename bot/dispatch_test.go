package bot

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/talksbot/talksbot/corpus"
)

// syncBuffer is a log sink safe for concurrent writers.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// logLines returns the "interaction" log records.
func (s *syncBuffer) interactions(t *testing.T) []map[string]any {
	t.Helper()
	var out []map[string]any
	for _, line := range strings.Split(strings.TrimSpace(s.String()), "\n") {
		if line == "" {
			continue
		}
		var m map[string]any
		if err := json.Unmarshal([]byte(line), &m); err != nil {
			t.Fatalf("log line %q: %v", line, err)
		}
		if m["msg"] == "interaction" {
			out = append(out, m)
		}
	}
	return out
}

// loaded numbers the interactions loadInteraction returns: each gets an id
// of its own, as Discord's do, so the bot does not take it for a replay.
var loaded atomic.Int64

func loadInteraction(t *testing.T, name string) *discordgo.Interaction {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", "interactions", name+".json"))
	if err != nil {
		t.Fatal(err)
	}
	var i discordgo.Interaction
	if err := json.Unmarshal(data, &i); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	i.ID = fmt.Sprintf("%s%d", i.ID, loaded.Add(1))
	return &i
}

type harness struct {
	bot     *Bot
	discord *fakeDiscord
	engine  *fakeEngine
	logs    *syncBuffer
}

func newHarness(t *testing.T, opts Options) *harness {
	t.Helper()
	h := &harness{discord: &fakeDiscord{}, logs: &syncBuffer{}}
	h.engine = &fakeEngine{
		answer: loadAnswer(t, "search"),
		people: []corpus.Person{
			{Name: "Volodymyr Zelensky", Role: "President of Ukraine", Aliases: []string{"zelensky", "zelenskyy", "zelenskiy"}, Quotes: 3},
			{Name: "Dmitry Peskov", Role: "Kremlin spokesman", Aliases: []string{"peskov"}, Quotes: 2},
			{Name: "Claudia Major", Role: "security expert", Aliases: []string{"major"}, Quotes: 1},
		},
	}
	for i := range 40 {
		h.engine.people = append(h.engine.people, corpus.Person{Name: fmt.Sprintf("Person %02d", i), Aliases: []string{fmt.Sprintf("person%02d", i)}})
	}
	opts.Session = h.discord
	opts.Engine = h.engine
	opts.Log = slog.New(slog.NewJSONHandler(h.logs, nil))
	b, err := New(opts)
	if err != nil {
		t.Fatal(err)
	}
	b.botID.Store("1290000000000000001")
	h.bot = b
	return h
}

func mustJSON(t *testing.T, v any) string {
	t.Helper()
	data, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

func TestAskReply(t *testing.T) {
	tests := []struct {
		payload       string
		wantEphemeral bool
		wantQuestion  string
		wantGuild     string
	}{
		{"ask", false, "who is Claudia Major?", "1100000000000000001"},
		{"ask_private_dm", true, "what did peskof say about the ceasefire", ""},
	}
	for _, tt := range tests {
		t.Run(tt.payload, func(t *testing.T) {
			h := newHarness(t, Options{MaxPassages: 2})
			h.bot.HandleInteraction(context.Background(), loadInteraction(t, tt.payload))
			if len(h.discord.responds) != 1 {
				t.Fatalf("%d responses, want 1", len(h.discord.responds))
			}
			r := h.discord.responds[0]
			if r.Type != discordgo.InteractionResponseChannelMessageWithSource {
				t.Errorf("type %d, want 4", r.Type)
			}
			if got := r.Data.Flags&discordgo.MessageFlagsEphemeral != 0; got != tt.wantEphemeral {
				t.Errorf("ephemeral %v, want %v", got, tt.wantEphemeral)
			}
			if !strings.Contains(mustJSON(t, r), `"allowed_mentions":{"parse":[]`) {
				t.Errorf("no allowed_mentions parse []: %s", mustJSON(t, r))
			}
			if len(r.Data.Embeds) != 1 || !strings.Contains(r.Data.Embeds[0].Description, "**Claudia** **Major**") {
				t.Errorf("embeds: %s", mustJSON(t, r.Data.Embeds))
			}
			if got := h.engine.asked; len(got) != 1 || got[0] != tt.wantQuestion {
				t.Errorf("engine asked %q", got)
			}
			if h.engine.lastOpts.Limit != 2*maxPages {
				t.Errorf("asked for %d passages, want %d", h.engine.lastOpts.Limit, 2*maxPages)
			}
			lines := h.logs.interactions(t)
			if len(lines) != 1 || lines[0]["command"] != "ask" || lines[0]["guild"] != tt.wantGuild || lines[0]["user"] != "210987654321098765" || lines[0]["outcome"] != "ok" || lines[0]["latency"] == nil {
				t.Errorf("log lines: %v", lines)
			}
			if strings.Contains(h.logs.String(), "aW50ZXJhY3Rpb24") {
				t.Error("the interaction token reached the log")
			}
		})
	}
}

func TestSpeakerAutocomplete(t *testing.T) {
	tests := []struct {
		typed     string
		wantFirst string
		wantN     int
	}{
		{"pes", "Dmitry Peskov", 1},
		{"zelenskyy", "Volodymyr Zelensky", 1},
		{"maj", "Claudia Major", 1},
		{"kremlin", "Dmitry Peskov", 1},
		{"", "Volodymyr Zelensky", 25},
		{"nobody at all", "", 0},
	}
	for _, tt := range tests {
		t.Run(tt.typed, func(t *testing.T) {
			h := newHarness(t, Options{})
			i := loadInteraction(t, "quote_autocomplete")
			d := i.Data.(discordgo.ApplicationCommandInteractionData)
			d.Options[0].Value = tt.typed
			i.Data = d
			h.bot.HandleInteraction(context.Background(), i)
			r := h.discord.responds[0]
			if r.Type != discordgo.InteractionApplicationCommandAutocompleteResult {
				t.Fatalf("type %d, want 8", r.Type)
			}
			if len(r.Data.Choices) != tt.wantN {
				t.Fatalf("%d choices, want %d: %s", len(r.Data.Choices), tt.wantN, mustJSON(t, r.Data.Choices))
			}
			if tt.wantN > 0 && r.Data.Choices[0].Value != tt.wantFirst {
				t.Errorf("first choice %v, want %s", r.Data.Choices[0].Value, tt.wantFirst)
			}
		})
	}
}

func TestPagingButton(t *testing.T) {
	t.Run("the asker gets the next page in place", func(t *testing.T) {
		h := newHarness(t, Options{MaxPassages: 1})
		h.bot.HandleInteraction(context.Background(), loadInteraction(t, "page_more"))
		r := h.discord.responds[0]
		if r.Type != discordgo.InteractionResponseUpdateMessage {
			t.Fatalf("type %d, want 7", r.Type)
		}
		e := r.Data.Embeds[0]
		if e.Footer.Text != "Page 2 of 2 · asked: security guarantees" || !strings.Contains(e.Description, "Keir Starmer") {
			t.Errorf("page 2: %s", mustJSON(t, e))
		}
		if h.engine.asked[0] != "security guarantees" {
			t.Errorf("asked %q, want the question from the footer", h.engine.asked)
		}
	})
	t.Run("someone else is refused privately", func(t *testing.T) {
		h := newHarness(t, Options{MaxPassages: 1})
		i := loadInteraction(t, "page_more")
		i.Member.User.ID = "555"
		h.bot.HandleInteraction(context.Background(), i)
		r := h.discord.responds[0]
		if r.Type != discordgo.InteractionResponseChannelMessageWithSource || r.Data.Flags != discordgo.MessageFlagsEphemeral ||
			!strings.Contains(r.Data.Content, "Only the person who asked") {
			t.Errorf("refusal: %s", mustJSON(t, r))
		}
		if len(h.engine.asked) != 0 {
			t.Errorf("engine asked %q for a refused press", h.engine.asked)
		}
	})
}

func TestDispatcherFailures(t *testing.T) {
	t.Run("a panic becomes a friendly error and is logged", func(t *testing.T) {
		h := newHarness(t, Options{})
		h.engine.panicOn = "Claudia"
		h.bot.HandleInteraction(context.Background(), loadInteraction(t, "ask"))
		r := h.discord.responds[0]
		if r.Data.Flags != discordgo.MessageFlagsEphemeral || !strings.Contains(r.Data.Content, "Something went wrong") {
			t.Errorf("reply: %s", mustJSON(t, r))
		}
		if l := h.logs.interactions(t); len(l) != 1 || l[0]["outcome"] != "panic" {
			t.Errorf("log: %v", l)
		}
		// and the bot keeps answering
		h.engine.panicOn = ""
		h.bot.HandleInteraction(context.Background(), loadInteraction(t, "ask"))
		if len(h.discord.responds) != 2 || len(h.discord.responds[1].Data.Embeds) != 1 {
			t.Errorf("no answer after the panic")
		}
	})
	t.Run("rate limit says when to retry", func(t *testing.T) {
		now := time.Unix(1_800_000_000, 0)
		h := newHarness(t, Options{QuestionsPerMinute: 2, Now: func() time.Time { return now }})
		for range 3 {
			h.bot.HandleInteraction(context.Background(), loadInteraction(t, "ask"))
		}
		if len(h.engine.asked) != 2 {
			t.Errorf("engine asked %d times, want 2", len(h.engine.asked))
		}
		r := h.discord.responds[2]
		// Discord shows the timestamp as "in 30 seconds": the text must
		// not say it a second time.
		want := fmt.Sprintf("try again <t:%d:R>.", now.Unix()+30)
		if r.Data.Flags != discordgo.MessageFlagsEphemeral || !strings.Contains(r.Data.Content, want) || strings.Contains(r.Data.Content, "seconds") {
			t.Errorf("notice %q lacks %q, or says the time twice", r.Data.Content, want)
		}
		if l := h.logs.interactions(t); l[2]["outcome"] != "rate_limited" {
			t.Errorf("log: %v", l[2])
		}
		now = now.Add(30 * time.Second)
		h.bot.HandleInteraction(context.Background(), loadInteraction(t, "ask"))
		if len(h.engine.asked) != 3 {
			t.Errorf("not answered after waiting")
		}
	})
	t.Run("a slow handler is deferred then edited", func(t *testing.T) {
		release := make(chan struct{})
		slow := Command{
			Definition: &discordgo.ApplicationCommand{Name: "slow", Description: "slow"},
			Handle: func(ctx context.Context, req *Request) (*Response, error) {
				<-release
				return &Response{Content: "done <@1> @everyone"}, nil
			},
		}
		h := newHarness(t, Options{Extra: []Command{slow}, DeferAfter: 5 * time.Millisecond})
		i := loadInteraction(t, "ask")
		d := i.Data.(discordgo.ApplicationCommandInteractionData)
		d.Name = "slow"
		i.Data = d
		go func() { time.Sleep(50 * time.Millisecond); close(release) }()
		h.bot.HandleInteraction(context.Background(), i)
		if len(h.discord.responds) != 1 || h.discord.responds[0].Type != discordgo.InteractionResponseDeferredChannelMessageWithSource {
			t.Fatalf("responses: %s", mustJSON(t, h.discord.responds))
		}
		if len(h.discord.edits) != 1 || *h.discord.edits[0].Content != "done <@1> @everyone" ||
			!strings.Contains(mustJSON(t, h.discord.edits[0]), `"allowed_mentions":{"parse":[]`) {
			t.Errorf("edits: %s", mustJSON(t, h.discord.edits))
		}
	})
	t.Run("duplicate command names are refused", func(t *testing.T) {
		dup := Command{Definition: &discordgo.ApplicationCommand{Name: "ask"}, Handle: func(context.Context, *Request) (*Response, error) { return nil, nil }}
		if _, err := New(Options{Session: &fakeDiscord{}, Engine: &fakeEngine{}, Extra: []Command{dup}}); err == nil {
			t.Error("New accepted a second /ask")
		}
	})
}

func TestMessages(t *testing.T) {
	const botID = "1290000000000000001"
	user := &discordgo.User{ID: "210987654321098765", Username: "olena"}
	tests := []struct {
		name         string
		msg          *discordgo.Message
		wantAnswered bool
		wantQuestion string
	}{
		{"mention in a guild", &discordgo.Message{ID: "m1", ChannelID: "c1", GuildID: "g1", Author: user,
			Content: "<@" + botID + "> who is Claudia Major?", Mentions: []*discordgo.User{{ID: botID}}}, true, "who is Claudia Major?"},
		{"nickname mention", &discordgo.Message{ID: "m2", ChannelID: "c1", GuildID: "g1", Author: user,
			Content: "hey <@!" + botID + ">   what about Donbas", Mentions: []*discordgo.User{{ID: botID}}}, true, "hey what about Donbas"},
		{"a DM", &discordgo.Message{ID: "m3", ChannelID: "dm1", Author: user, Content: "security guarantees"}, true, "security guarantees"},
		{"guild message without a mention", &discordgo.Message{ID: "m4", ChannelID: "c1", GuildID: "g1", Author: user, Content: "hello"}, false, ""},
		{"another bot", &discordgo.Message{ID: "m5", ChannelID: "dm1", Author: &discordgo.User{ID: "9", Bot: true}, Content: "hi"}, false, ""},
		{"itself", &discordgo.Message{ID: "m6", ChannelID: "dm1", Author: &discordgo.User{ID: botID}, Content: "hi"}, false, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newHarness(t, Options{})
			h.bot.HandleMessage(context.Background(), tt.msg)
			if !tt.wantAnswered {
				if len(h.discord.messages) != 0 {
					t.Errorf("answered: %s", mustJSON(t, h.discord.messages))
				}
				return
			}
			if len(h.discord.messages) != 1 {
				t.Fatalf("%d messages, want 1", len(h.discord.messages))
			}
			m := h.discord.messages[0]
			if m.Reference == nil || m.Reference.MessageID != tt.msg.ID || len(m.Embeds) != 1 {
				t.Errorf("reply: %s", mustJSON(t, m))
			}
			if !strings.Contains(mustJSON(t, m), `"allowed_mentions":{"parse":[],"replied_user":false}`) {
				t.Errorf("allowed_mentions: %s", mustJSON(t, m))
			}
			if h.engine.asked[0] != tt.wantQuestion {
				t.Errorf("asked %q, want %q", h.engine.asked[0], tt.wantQuestion)
			}
		})
	}
}
