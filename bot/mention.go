package bot

import "github.com/bwmarrin/discordgo"

func (b *Bot) onMessageCreate(_ *discordgo.Session, m *discordgo.MessageCreate) {}
