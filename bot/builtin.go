package bot

// builtin lists the commands every bot has, in registration order.
func (b *Bot) builtin() []Command {
	return []Command{
		askCommand(b.answers),
		quoteCommand(b.answers, b.engine),
		topicsCommand(b.engine),
		topicCommand(b.answers, b.engine),
		sourcesCommand(b.engine),
		helpCommand(),
	}
}
