package config

import "strings"

// kind is how a key's value is typed.
type kind int

const (
	kindString kind = iota
	kindInt
	kindStrings
	kindTopics
)

// key describes one configuration key: its default (every key has one, so
// environment variables reach Unmarshal) and how it may be set.
type key struct {
	name   string
	kind   kind
	def    any
	secret bool // never from the config file or a flag; redacted when printed
	doc    string
}

// Defaults of the keys other packages rely on.
const (
	DefaultAPIURL             = "https://discord.com/"
	DefaultQuestionsPerMinute = 6
	DefaultMaxPassages        = 5
	DefaultMaxUploadBytes     = 2 << 20
)

// DefaultAttachmentHosts are Discord's attachment hosts.
func DefaultAttachmentHosts() []string {
	return []string{"cdn.discordapp.com", "media.discordapp.net"}
}

// keys lists every valid key. It is a function, not a variable, so nothing
// is shared between loads.
func keys() []key {
	return []key{
		{name: "discord.token", kind: kindString, def: "", secret: true, doc: "bot token; only from TALKSBOT_DISCORD_TOKEN or discord.token_file"},
		{name: "discord.token_file", kind: kindString, def: "", doc: "file holding the bot token"},
		{name: "discord.api_url", kind: kindString, def: DefaultAPIURL, doc: "base URL replacing https://discord.com/"},
		{name: "discord.guild_ids", kind: kindStrings, def: []string{}, doc: "register commands in these guilds (instant) instead of globally"},
		{name: "discord.audit_channel_id", kind: kindString, def: "", doc: "channel receiving moderator actions"},
		{name: "discord.mode", kind: kindString, def: ModeGateway, doc: "gateway, http or both: where interactions arrive"},
		{name: "discord.public_key", kind: kindString, def: "", doc: "the application's public key (hex), for HTTP interactions"},
		{name: "discord.shard_count", kind: kindString, def: "1", doc: "gateway shards: a number, or auto for Discord's recommendation"},
		{name: "discord.shard_id", kind: kindString, def: "", doc: "the one shard this process runs; empty runs every shard"},
		{name: "corpus.dir", kind: kindString, def: "", doc: "corpus folder; empty means <data.dir>/articles, which serve seeds once from the embedded articles"},
		{name: "corpus.poll_interval", kind: kindString, def: "0s", doc: "with serve --watch, also rescan the folder this often (for shared folders)"},
		{name: "data.dir", kind: kindString, def: "", doc: "index folder; empty means the user cache directory"},
		{name: "limits.questions_per_minute", kind: kindInt, def: DefaultQuestionsPerMinute, doc: "questions one user may ask per minute"},
		{name: "answer.max_passages", kind: kindInt, def: DefaultMaxPassages, doc: "passages per page of an answer"},
		{name: "moderators.role_ids", kind: kindStrings, def: []string{}, doc: "roles whose members are moderators besides Manage Server holders"},
		{name: "sources.max_upload_bytes", kind: kindInt, def: DefaultMaxUploadBytes, doc: "largest article upload"},
		{name: "sources.attachment_hosts", kind: kindStrings, def: DefaultAttachmentHosts(), doc: "hosts uploads may be downloaded from"},
		{name: "http.listen", kind: kindString, def: "", doc: "host:port for POST /interactions, /metrics, /healthz and /readyz"},
		{name: "metrics.listen", kind: kindString, def: "", doc: "host:port for /metrics, /healthz and /readyz apart from http.listen"},
		{name: "log.level", kind: kindString, def: "info", doc: "debug, info, warn or error"},
		{name: "log.format", kind: kindString, def: "text", doc: "text or json"},
		{name: "topics", kind: kindTopics, def: []any{}, doc: "named queries (name, description, query); only in the config file"},
	}
}

// topicKeys are the keys of one topic entry.
func topicKeys() []string { return []string{"name", "description", "query"} }

// envName is the environment variable for a key: TALKSBOT_DISCORD_TOKEN.
func envName(k string) string {
	return envPrefix + strings.ToUpper(strings.ReplaceAll(k, ".", "_"))
}

const envPrefix = "TALKSBOT_"

// envConfigFile names the config file when --config is not given.
const envConfigFile = "TALKSBOT_CONFIG"
