package bot

import "github.com/bwmarrin/discordgo"

// Discord is the part of *discordgo.Session the bot calls: REST replies and
// messages, command registration, and the gateway lifecycle. Keeping it this
// small lets unit tests use a recording fake and keeps discordgo's surface
// in one place.
type Discord interface {
	InteractionRespond(i *discordgo.Interaction, r *discordgo.InteractionResponse, options ...discordgo.RequestOption) error
	InteractionResponseEdit(i *discordgo.Interaction, e *discordgo.WebhookEdit, options ...discordgo.RequestOption) (*discordgo.Message, error)
	FollowupMessageCreate(i *discordgo.Interaction, wait bool, p *discordgo.WebhookParams, options ...discordgo.RequestOption) (*discordgo.Message, error)
	ChannelMessageSendComplex(channelID string, m *discordgo.MessageSend, options ...discordgo.RequestOption) (*discordgo.Message, error)
	ApplicationCommandBulkOverwrite(appID, guildID string, cmds []*discordgo.ApplicationCommand, options ...discordgo.RequestOption) ([]*discordgo.ApplicationCommand, error)
	ApplicationCommands(appID, guildID string, options ...discordgo.RequestOption) ([]*discordgo.ApplicationCommand, error)
	UserChannelCreate(recipientID string, options ...discordgo.RequestOption) (*discordgo.Channel, error)
	MessageReactionAdd(channelID, messageID, emojiID string, options ...discordgo.RequestOption) error
	// Application looks the application up ("@me"), for an HTTP-only bot.
	Application(appID string) (*discordgo.Application, error)
	AddHandler(handler interface{}) func()
	Open() error
	Close() error
}

var _ Discord = (*discordgo.Session)(nil)
