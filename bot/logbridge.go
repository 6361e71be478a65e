package bot

import (
	"context"
	"fmt"
	"log/slog"

	"github.com/bwmarrin/discordgo"
)

// BridgeLogs sends discordgo's own log lines to log. discordgo keeps its
// logger in a package variable, so call this once, from main, before any
// session is opened. discordgo's debug level dumps the IDENTIFY payload,
// token included, so debug lines are dropped here whatever the session's
// LogLevel; informational lines go to slog's debug level.
func BridgeLogs(log *slog.Logger) {
	log = log.With("component", "discordgo")
	discordgo.Logger = func(msgL, caller int, format string, a ...interface{}) {
		var level slog.Level
		switch msgL {
		case discordgo.LogError:
			level = slog.LevelError
		case discordgo.LogWarning:
			level = slog.LevelWarn
		case discordgo.LogInformational:
			level = slog.LevelDebug
		default:
			return
		}
		if !log.Enabled(context.Background(), level) {
			return
		}
		log.Log(context.Background(), level, fmt.Sprintf(format, a...))
	}
}
