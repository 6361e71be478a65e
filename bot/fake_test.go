package bot

import (
	"context"
	"errors"
	"strings"
	"sync"

	"github.com/bwmarrin/discordgo"

	"github.com/talksbot/talksbot/corpus"
	"github.com/talksbot/talksbot/index"
)

// fakeDiscord records what the bot sends.
type fakeDiscord struct {
	mu        sync.Mutex
	responds  []*discordgo.InteractionResponse
	edits     []*discordgo.WebhookEdit
	followups []*discordgo.WebhookParams
	messages  []*discordgo.MessageSend
	overwrite map[string][]*discordgo.ApplicationCommand
	reactions []string // "channel/message/emoji"
	failNext  error
}

var _ Discord = (*fakeDiscord)(nil)

func (f *fakeDiscord) InteractionRespond(i *discordgo.Interaction, r *discordgo.InteractionResponse, _ ...discordgo.RequestOption) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if err := f.failNext; err != nil {
		f.failNext = nil
		return err
	}
	f.responds = append(f.responds, r)
	return nil
}

func (f *fakeDiscord) InteractionResponseEdit(i *discordgo.Interaction, e *discordgo.WebhookEdit, _ ...discordgo.RequestOption) (*discordgo.Message, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.edits = append(f.edits, e)
	return &discordgo.Message{}, nil
}

func (f *fakeDiscord) FollowupMessageCreate(i *discordgo.Interaction, wait bool, p *discordgo.WebhookParams, _ ...discordgo.RequestOption) (*discordgo.Message, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.followups = append(f.followups, p)
	return &discordgo.Message{}, nil
}

func (f *fakeDiscord) ChannelMessageSendComplex(channelID string, m *discordgo.MessageSend, _ ...discordgo.RequestOption) (*discordgo.Message, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.messages = append(f.messages, m)
	return &discordgo.Message{}, nil
}

func (f *fakeDiscord) ApplicationCommandBulkOverwrite(appID, guildID string, cmds []*discordgo.ApplicationCommand, _ ...discordgo.RequestOption) ([]*discordgo.ApplicationCommand, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.overwrite == nil {
		f.overwrite = map[string][]*discordgo.ApplicationCommand{}
	}
	f.overwrite[guildID] = cmds
	return cmds, nil
}

func (f *fakeDiscord) ApplicationCommands(appID, guildID string, _ ...discordgo.RequestOption) ([]*discordgo.ApplicationCommand, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.overwrite[guildID], nil
}

func (f *fakeDiscord) UserChannelCreate(recipientID string, _ ...discordgo.RequestOption) (*discordgo.Channel, error) {
	return &discordgo.Channel{ID: "dm-" + recipientID, Type: discordgo.ChannelTypeDM}, nil
}

func (f *fakeDiscord) MessageReactionAdd(channelID, messageID, emojiID string, _ ...discordgo.RequestOption) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.reactions = append(f.reactions, channelID+"/"+messageID+"/"+emojiID)
	return nil
}

func (f *fakeDiscord) Application(appID string) (*discordgo.Application, error) {
	return &discordgo.Application{ID: "1100000000000000001"}, nil
}

func (f *fakeDiscord) AddHandler(handler interface{}) func() { return func() {} }
func (f *fakeDiscord) Open() error                           { return nil }
func (f *fakeDiscord) Close() error                          { return nil }

// fakeEngine answers from fixed answers and records questions.
type fakeEngine struct {
	mu       sync.Mutex
	asked    []string
	answer   *index.Answer
	err      error
	panicOn  string
	topics   []index.TopicCount
	people   []corpus.Person
	sources  []index.SourceInfo
	lastOpts index.AskOptions
}

var _ Answerer = (*fakeEngine)(nil)

func (f *fakeEngine) record(q string, opts index.AskOptions) (*index.Answer, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.asked = append(f.asked, q)
	f.lastOpts = opts
	if f.panicOn != "" && strings.Contains(q, f.panicOn) {
		panic("fake engine: " + q)
	}
	if f.err != nil {
		return nil, f.err
	}
	if strings.TrimSpace(q) == "" {
		return nil, index.ErrEmptyQuestion
	}
	if f.answer == nil {
		return nil, errors.New("fake engine: no answer set")
	}
	a := *f.answer
	a.Question = q
	if opts.Limit > 0 && len(a.Passages) > opts.Limit {
		a.Passages = a.Passages[:opts.Limit]
	}
	return &a, nil
}

func (f *fakeEngine) Ask(ctx context.Context, q string, opts index.AskOptions) (*index.Answer, error) {
	return f.record(q, opts)
}

func (f *fakeEngine) Quote(ctx context.Context, speaker, about string, opts index.AskOptions) (*index.Answer, error) {
	return f.record("quote "+speaker+" about "+about, opts)
}

func (f *fakeEngine) Topics(ctx context.Context) ([]index.TopicCount, error) { return f.topics, nil }

func (f *fakeEngine) Topic(ctx context.Context, name string, opts index.AskOptions) (*index.Answer, error) {
	return f.record("topic "+name, opts)
}

func (f *fakeEngine) Speakers() []corpus.Person   { return f.people }
func (f *fakeEngine) Sources() []index.SourceInfo { return f.sources }
