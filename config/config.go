package config

import "github.com/spf13/pflag"

// Config is the effective configuration.
type Config struct {
	Discord    Discord    `mapstructure:"discord"`
	Corpus     Corpus     `mapstructure:"corpus"`
	Data       Data       `mapstructure:"data"`
	Limits     Limits     `mapstructure:"limits"`
	Answer     Answer     `mapstructure:"answer"`
	Moderators Moderators `mapstructure:"moderators"`
	Sources    Sources    `mapstructure:"sources"`
	Log        Log        `mapstructure:"log"`
	Topics     []Topic    `mapstructure:"topics"`
}

// Discord holds the connection settings. Token is a secret.
type Discord struct {
	Token          string   `mapstructure:"token"`
	TokenFile      string   `mapstructure:"token_file"`
	APIURL         string   `mapstructure:"api_url"`
	GuildIDs       []string `mapstructure:"guild_ids"`
	AuditChannelID string   `mapstructure:"audit_channel_id"`
}

// Corpus says where the articles are; "" means the embedded default corpus.
type Corpus struct {
	Dir string `mapstructure:"dir"`
}

// Data says where the index is kept; "" means the user cache directory.
type Data struct {
	Dir string `mapstructure:"dir"`
}

// Limits protect the bot from floods.
type Limits struct {
	QuestionsPerMinute int `mapstructure:"questions_per_minute"`
}

// Answer shapes replies.
type Answer struct {
	MaxPassages int `mapstructure:"max_passages"`
}

// Moderators lists who may change the corpus besides Manage Server holders.
type Moderators struct {
	RoleIDs []string `mapstructure:"role_ids"`
}

// Sources bounds uploads of new articles.
type Sources struct {
	MaxUploadBytes  int64    `mapstructure:"max_upload_bytes"`
	AttachmentHosts []string `mapstructure:"attachment_hosts"`
}

// Log sets the log level and format.
type Log struct {
	Level  string `mapstructure:"level"`
	Format string `mapstructure:"format"`
}

// Topic is a named query; it mirrors index.Topic without importing it.
type Topic struct {
	Name        string `mapstructure:"name"`
	Description string `mapstructure:"description"`
	Query       string `mapstructure:"query"`
}

// Options say where Load looks.
type Options struct {
	// File is an explicit config file (--config); "" searches the usual places.
	File string
	// Flags maps config keys (e.g. "corpus.dir") to the flags that set them.
	Flags map[string]*pflag.Flag
	// Environ is the environment as KEY=VALUE; nil means os.Environ().
	Environ []string
}

// Load builds the effective configuration. (Stub: defaults only.)
func Load(o Options) (*Config, error) {
	c := &Config{}
	c.Discord.APIURL = "https://discord.com/"
	c.Limits.QuestionsPerMinute = 6
	c.Answer.MaxPassages = 5
	c.Sources.MaxUploadBytes = 2 << 20
	c.Log.Level = "info"
	for key, f := range o.Flags {
		if f == nil || !f.Changed {
			continue
		}
		switch key {
		case "corpus.dir":
			c.Corpus.Dir = f.Value.String()
		case "data.dir":
			c.Data.Dir = f.Value.String()
		}
	}
	return c, nil
}
