package discordtest

import (
	"encoding/json"
	"testing"

	"github.com/bwmarrin/discordgo"
)

// FuzzValidateMessage feeds arbitrary bodies to the checks the server runs
// on what a bot sends: they never panic, and a body they accept becomes a
// stored message that discordgo can read back, with the content sent.
func FuzzValidateMessage(f *testing.F) {
	for _, seed := range []string{
		`{"content":"hi","allowed_mentions":{"parse":[]}}`,
		`{"embeds":[{"title":"t","description":"d","fields":[{"name":"n","value":"v"}]}]}`,
		`{"content":"x","components":[{"type":1,"components":[{"type":2,"style":1,"label":"More","custom_id":"more"}]}]}`,
		`{"components":[{"type":1,"components":[{"type":3,"custom_id":"s","options":[]}]}]}`,
		`{"content":null,"embeds":null}`,
		`{"flags":64,"content":"secret"}`,
		`[]`,
		`{"embeds":[null]}`,
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, body []byte) {
		if !json.Valid(body) {
			return
		}
		if e := validateMessage(body, true, 0, interactionFlags); e != nil {
			return
		}
		s := &Server{messages: map[string]*storedMessage{}, channels: map[string]*discordgo.Channel{},
			users: map[string]*discordgo.User{AppID: {ID: AppID, Username: BotName, Bot: true}}}
		_, m, err := s.newMessageLocked(ChannelID, body, discordgo.MessageTypeDefault, nil)
		if err != nil {
			t.Fatalf("accepted a body the server cannot store: %v", err)
		}
		var sent map[string]json.RawMessage
		_ = json.Unmarshal(body, &sent)
		var content string
		if json.Unmarshal(sent["content"], &content) == nil && m.Content != content {
			t.Errorf("stored content %q, sent %q", m.Content, content)
		}
	})
}

func FuzzValidateCommands(f *testing.F) {
	for _, seed := range []string{
		`[{"name":"ask","description":"Ask","options":[{"type":3,"name":"question","description":"q","required":true,"max_length":300}]}]`,
		`[{"name":"source","description":"s","options":[{"type":1,"name":"add","description":"a","options":[{"type":11,"name":"file","description":"f","required":true}]}]}]`,
		`[{"name":"x","description":"d","options":[{"type":2,"name":"g","description":"d","options":[{"type":2,"name":"h","description":"d"}]}]}]`,
		`[null]`,
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, body []byte) {
		var cmds []*discordgo.ApplicationCommand
		if json.Unmarshal(body, &cmds) != nil {
			return
		}
		_ = validateCommands(cmds)
	})
}
