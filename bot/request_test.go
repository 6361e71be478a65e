package bot

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/bwmarrin/discordgo"
)

func TestParseInteraction(t *testing.T) {
	tests := []struct {
		payload                  string
		wantCommand, wantUser    string
		wantGuild, wantCustomID  string
		wantQuestion             string
		wantPrivate              bool
		wantFocused, wantFocusOn string
	}{
		{payload: "ask", wantCommand: "ask", wantUser: "210987654321098765", wantGuild: "1100000000000000001", wantQuestion: "who is Claudia Major?"},
		{payload: "ask_private_dm", wantCommand: "ask", wantUser: "210987654321098765", wantQuestion: "what did peskof say about the ceasefire", wantPrivate: true},
		{payload: "quote_autocomplete", wantCommand: "quote", wantUser: "210987654321098765", wantGuild: "1100000000000000001", wantFocused: "speaker", wantFocusOn: "pes"},
		{payload: "page_more", wantUser: "210987654321098765", wantGuild: "1100000000000000001", wantCustomID: "page:210987654321098765:1:m"},
	}
	for _, tt := range tests {
		t.Run(tt.payload, func(t *testing.T) {
			r, err := parseInteraction(loadInteraction(t, tt.payload))
			if err != nil {
				t.Fatal(err)
			}
			if r.Command != tt.wantCommand || r.UserID != tt.wantUser || r.GuildID != tt.wantGuild || r.CustomID != tt.wantCustomID {
				t.Errorf("got command %q user %q guild %q custom_id %q", r.Command, r.UserID, r.GuildID, r.CustomID)
			}
			if r.String("question") != tt.wantQuestion || r.Bool("private") != tt.wantPrivate {
				t.Errorf("question %q private %v", r.String("question"), r.Bool("private"))
			}
			if name, v := r.Focused(); name != tt.wantFocused || v != tt.wantFocusOn {
				t.Errorf("focused %q=%q", name, v)
			}
		})
	}
	t.Run("subcommand options are flattened", func(t *testing.T) {
		raw := `{"type":2,"id":"1","token":"t","user":{"id":"5"},"data":{"name":"source","type":1,"options":[
			{"name":"remove","type":1,"options":[{"name":"doc","type":3,"value":"a.txt"}]}]}}`
		var i discordgo.Interaction
		if err := json.Unmarshal([]byte(raw), &i); err != nil {
			t.Fatal(err)
		}
		r, err := parseInteraction(&i)
		if err != nil {
			t.Fatal(err)
		}
		if r.Subcommand != "remove" || r.String("doc") != "a.txt" {
			t.Errorf("subcommand %q doc %q", r.Subcommand, r.String("doc"))
		}
	})
	t.Run("wrongly typed values read as empty", func(t *testing.T) {
		raw := `{"type":2,"id":"1","token":"t","user":{"id":"5"},"data":{"name":"ask","options":[
			{"name":"question","type":3,"value":12},{"name":"private","type":5,"value":"yes"}]}}`
		var i discordgo.Interaction
		if err := json.Unmarshal([]byte(raw), &i); err != nil {
			t.Fatal(err)
		}
		r, err := parseInteraction(&i)
		if err != nil {
			t.Fatal(err)
		}
		if r.String("question") != "" || r.Bool("private") {
			t.Errorf("question %q private %v", r.String("question"), r.Bool("private"))
		}
	})
	for _, raw := range []string{
		`{"type":1,"id":"1","token":"t"}`,                                  // ping
		`{"type":2,"id":"1","token":"t","data":{"name":"ask"}}`,            // no user
		`{"type":3,"id":"1","token":"t","user":{"id":"5"},"data":{}}`,      // no custom_id
		`{"type":2,"id":"1","token":"t","user":{"id":"5"},"data":{}}`,      // no name
		`{"type":9,"id":"1","token":"t","user":{"id":"5"},"data":{"x":1}}`, // unknown type
	} {
		var i discordgo.Interaction
		if err := json.Unmarshal([]byte(raw), &i); err != nil {
			continue
		}
		if _, err := parseInteraction(&i); err == nil {
			t.Errorf("parsed %s", raw)
		}
	}
}

// FuzzInteraction feeds interaction payloads through the whole dispatcher
// (with a fake Discord and engine): nothing may panic, and whatever is
// answered carries allowed_mentions {"parse": []}.
func FuzzInteraction(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("testdata", "interactions", "*.json"))
	for _, file := range files {
		data, err := os.ReadFile(file)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte(`{"type":3,"id":"1","token":"t","user":{"id":"5"},"data":{"custom_id":"topic:5:NATO:x","component_type":2}}`))
	f.Add([]byte(`{"type":3,"id":"1","token":"t","user":{"id":"5"},"message":{"embeds":[{"footer":{"text":"Page 9 of 2 · quote: X · about: "}}]},"data":{"custom_id":"page:5:3:m","component_type":2}}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		var i discordgo.Interaction
		if err := json.Unmarshal(data, &i); err != nil {
			return
		}
		h := newHarness(t, Options{MaxPassages: 1})
		h.bot.HandleInteraction(context.Background(), &i)
		for _, r := range h.discord.responds {
			if r.Type == discordgo.InteractionApplicationCommandAutocompleteResult {
				if len(r.Data.Choices) > maxChoices {
					t.Fatalf("%d choices", len(r.Data.Choices))
				}
				continue
			}
			if r.Data == nil || r.Data.AllowedMentions == nil || r.Data.AllowedMentions.Parse == nil {
				t.Fatalf("response without allowed_mentions: %+v", r)
			}
		}
		if strings.Contains(h.logs.String(), `"outcome":"panic"`) {
			t.Fatalf("a handler panicked on %s:\n%s", data, h.logs.String())
		}
	})
}
