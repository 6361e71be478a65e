package bot

// builtin lists the commands every bot has, in registration order.
func (b *Bot) builtin() []Command {
	return nil
}
