// Package bot is talksbot's Discord face: slash commands, mentions and DMs
// answered with the same index.Engine as the CLI. discordgo stays inside
// this package.
package bot
