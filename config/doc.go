// Package config loads talksbot's configuration with viper: defaults, a
// talksbot.yaml, TALKSBOT_* environment variables and flags, in rising
// priority, into one typed Config. viper stays inside this package.
//
// Load builds its own viper.New() (never the global one) and sets a default
// for every key, so each key can come from the environment: the variable is
// the key upper-cased with dots as underscores and a TALKSBOT_ prefix
// (discord.api_url → TALKSBOT_DISCORD_API_URL; lists are comma-separated).
// The file is the first talksbot.yaml found in the working directory, the
// user config directory (talksbot/ under it) and /etc/talksbot, or the one
// named by --config (Options.File) or TALKSBOT_CONFIG. Flags count only
// when the user set them.
//
// Nothing unknown passes silently: an unknown key in the file (or in a
// topic) is an error that suggests the closest valid key, an unknown
// TALKSBOT_ variable a warning (Config.Warnings), and Validate names every
// bad value with its fix. All errors wrap ErrInvalid where the input is at
// fault.
//
// The Discord token is a secret: it comes only from TALKSBOT_DISCORD_TOKEN
// or from the file named by discord.token_file. A token in the config file
// is rejected (config files get committed, copied and backed up; a token
// file can be locked down and is warned about when others can read it), and
// so is a token flag (flags show in ps and shell history). The token is
// stored without the "Bot " prefix and never printed: String, YAML,
// Redacted, LogValue, MarshalJSON and the fmt verbs all leave it out.
// YAML (what `talksbot config` prints) is itself a valid talksbot.yaml.
//
// discord.public_key is not a secret and is printed: Discord shows it to
// anyone with access to the application, and it only lets one check the
// signatures on HTTP interactions, not make them. Printing it lets an
// operator compare it with the Developer Portal's.
//
// How serve runs is discord.mode (gateway, http, both), http.listen (the
// interactions endpoint, metrics and health checks), metrics.listen (those
// three apart from a public endpoint) and discord.shard_count/shard_id;
// Discord.Gateway, Discord.Interactions and Discord.Shards read them.
package config
