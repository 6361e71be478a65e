package config

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/go-viper/mapstructure/v2"
	"github.com/spf13/cast"
	"github.com/spf13/pflag"
	"github.com/spf13/viper"
)

// Config is the effective configuration.
type Config struct {
	Discord    Discord    `mapstructure:"discord" yaml:"discord"`
	Corpus     Corpus     `mapstructure:"corpus" yaml:"corpus"`
	Data       Data       `mapstructure:"data" yaml:"data"`
	Limits     Limits     `mapstructure:"limits" yaml:"limits"`
	Answer     Answer     `mapstructure:"answer" yaml:"answer"`
	Moderators Moderators `mapstructure:"moderators" yaml:"moderators"`
	Sources    Sources    `mapstructure:"sources" yaml:"sources"`
	HTTP       HTTP       `mapstructure:"http" yaml:"http"`
	Metrics    Metrics    `mapstructure:"metrics" yaml:"metrics"`
	Log        Log        `mapstructure:"log" yaml:"log"`
	Topics     []Topic    `mapstructure:"topics" yaml:"topics"`

	// File is the config file that was read ("" when none was found).
	File string `mapstructure:"-" yaml:"-"`
	// Warnings are problems that do not stop the bot (an unknown TALKSBOT_
	// variable, a token file others can read); callers log them.
	Warnings []string `mapstructure:"-" yaml:"-"`
}

// Discord holds the connection settings. Token is a secret: it comes only
// from TALKSBOT_DISCORD_TOKEN or discord.token_file, never from the config
// file or a flag, and is redacted by String, Redacted, LogValue and
// MarshalJSON. It is the bare token, without the "Bot " prefix.
type Discord struct {
	Token          string   `mapstructure:"token" yaml:"token,omitempty"`
	TokenFile      string   `mapstructure:"token_file" yaml:"token_file,omitempty"`
	APIURL         string   `mapstructure:"api_url" yaml:"api_url"`
	GuildIDs       []string `mapstructure:"guild_ids" yaml:"guild_ids"`
	AuditChannelID string   `mapstructure:"audit_channel_id" yaml:"audit_channel_id"`
	// Mode is how interactions arrive: ModeGateway, ModeHTTP or ModeBoth.
	Mode string `mapstructure:"mode" yaml:"mode"`
	// PublicKey is the application's Ed25519 public key (hex), which
	// Discord's HTTP interactions are signed with. It is public (the
	// Developer Portal shows it to anyone with access to the app, and it
	// only lets one check signatures), so it is printed like any setting.
	PublicKey string `mapstructure:"public_key" yaml:"public_key"`
	// ShardCount is the number of gateway shards, or "auto" for Discord's
	// recommendation (GET /gateway/bot); ShardID is the one shard this
	// process runs, "" for all of them. See Shards.
	ShardCount string `mapstructure:"shard_count" yaml:"shard_count"`
	ShardID    string `mapstructure:"shard_id" yaml:"shard_id"`
}

// Modes of receiving interactions (discord.mode).
const (
	// ModeGateway receives everything over the gateway websocket.
	ModeGateway = "gateway"
	// ModeHTTP receives interactions at POST /interactions on http.listen
	// and opens no gateway: no mentions or DMs.
	ModeHTTP = "http"
	// ModeBoth opens the gateway (mentions, DMs) and serves the HTTP
	// endpoint (interactions, once Discord is told its URL).
	ModeBoth = "both"
)

// Gateway reports whether the mode opens the gateway.
func (d Discord) Gateway() bool { return d.Mode != ModeHTTP }

// Interactions reports whether the mode serves the HTTP endpoint.
func (d Discord) Interactions() bool { return d.Mode == ModeHTTP || d.Mode == ModeBoth }

// ShardAuto is the discord.shard_count that asks Discord how many shards
// to run.
const ShardAuto = "auto"

// Shards returns the validated shard settings: count (0 with auto, which
// asks Discord) and the one shard to run, -1 for every shard.
func (d Discord) Shards() (count, id int) {
	id = -1
	if d.ShardCount != ShardAuto {
		count, _ = strconv.Atoi(d.ShardCount)
		count = max(count, 1)
	}
	if d.ShardID != "" {
		id, _ = strconv.Atoi(d.ShardID)
	}
	return count, id
}

// HTTP configures the HTTP listener: POST /interactions (discord.mode
// http or both) and, unless metrics.listen is set, /metrics, /healthz and
// /readyz.
type HTTP struct {
	// Listen is host:port, e.g. 127.0.0.1:8080; "" serves no HTTP.
	Listen string `mapstructure:"listen" yaml:"listen"`
}

// Metrics moves /metrics, /healthz and /readyz to their own listener, so
// that a public interactions endpoint does not publish them.
type Metrics struct {
	// Listen is host:port; "" keeps them on http.listen.
	Listen string `mapstructure:"listen" yaml:"listen"`
}

// Corpus says where the articles are; "" means the embedded default corpus.
type Corpus struct {
	Dir string `mapstructure:"dir" yaml:"dir"`
	// PollInterval, for serve --watch, also looks at the folder's file
	// names, sizes and times this often ("0s": never), for shared folders
	// whose changes on another machine raise no notification here (NFS,
	// SMB, most Kubernetes ReadWriteMany volumes).
	PollInterval string `mapstructure:"poll_interval" yaml:"poll_interval"`
}

// Poll is corpus.poll_interval as a duration (0: off).
func (c Corpus) Poll() time.Duration {
	d, _ := time.ParseDuration(c.PollInterval)
	return max(d, 0)
}

// Data says where the index is kept; "" means the user cache directory.
type Data struct {
	Dir string `mapstructure:"dir" yaml:"dir"`
}

// Limits protect the bot from floods.
type Limits struct {
	QuestionsPerMinute int `mapstructure:"questions_per_minute" yaml:"questions_per_minute"`
}

// Answer shapes replies.
type Answer struct {
	MaxPassages int `mapstructure:"max_passages" yaml:"max_passages"`
}

// Moderators lists who may change the corpus besides Manage Server holders.
type Moderators struct {
	RoleIDs []string `mapstructure:"role_ids" yaml:"role_ids"`
}

// Sources bounds uploads of new articles.
type Sources struct {
	MaxUploadBytes  int64    `mapstructure:"max_upload_bytes" yaml:"max_upload_bytes"`
	AttachmentHosts []string `mapstructure:"attachment_hosts" yaml:"attachment_hosts"`
}

// Log sets the log level and format.
type Log struct {
	Level  string `mapstructure:"level" yaml:"level"`
	Format string `mapstructure:"format" yaml:"format"`
}

// Topic is a named query; it mirrors index.Topic without importing it.
type Topic struct {
	Name        string `mapstructure:"name" yaml:"name"`
	Description string `mapstructure:"description" yaml:"description,omitempty"`
	Query       string `mapstructure:"query" yaml:"query"`
}

// Options say where Load looks.
type Options struct {
	// File is an explicit config file (--config); "" means TALKSBOT_CONFIG,
	// else the first talksbot.yaml in SearchPaths.
	File string
	// Flags maps config keys (e.g. "corpus.dir") to the flags that set them;
	// only flags the user changed count.
	Flags map[string]*pflag.Flag
	// Environ is the environment as KEY=VALUE; nil means os.Environ().
	Environ []string
	// SearchPaths are the folders searched for talksbot.yaml; nil means
	// DefaultSearchPaths().
	SearchPaths []string
}

// FileName is the config file Load searches for.
const FileName = "talksbot.yaml"

// ErrInvalid is wrapped by every error about a bad key or value.
var ErrInvalid = errors.New("invalid configuration")

// DefaultSearchPaths are where Load looks for talksbot.yaml, first match
// wins: the working directory, the user config directory, /etc/talksbot.
func DefaultSearchPaths() []string {
	paths := []string{"."}
	if dir, err := os.UserConfigDir(); err == nil {
		paths = append(paths, filepath.Join(dir, "talksbot"))
	}
	return append(paths, "/etc/talksbot")
}

// Load builds the effective configuration from, in rising priority,
// defaults, the config file, TALKSBOT_* environment variables and flags,
// then validates it. Errors name the key and how to fix it.
func Load(o Options) (*Config, error) {
	env := environ(o.Environ)
	v := viper.New()
	ks := keys()
	names := make([]string, len(ks))
	for i, k := range ks {
		names[i] = k.name
		v.SetDefault(k.name, k.def)
	}
	var warnings []string

	file, err := findFile(o, env)
	if err != nil {
		return nil, err
	}
	if file != "" {
		settings, err := readFile(file, ks, names)
		if err != nil {
			return nil, err
		}
		if err := v.MergeConfigMap(settings); err != nil {
			return nil, fmt.Errorf("config: %s: %w", file, err)
		}
	}

	for _, k := range ks {
		val, ok := env[envName(k.name)]
		if !ok || val == "" {
			continue
		}
		if k.kind == kindTopics {
			return nil, fmt.Errorf("config: %s: %w: topics can only be set in the config file", envName(k.name), ErrInvalid)
		}
		typed, err := parseValue(k, val)
		if err != nil {
			return nil, fmt.Errorf("config: %s (from %s): %w", k.name, envName(k.name), err)
		}
		v.Set(k.name, typed)
	}
	warnings = append(warnings, unknownEnv(env, names)...)

	if err := applyFlags(v, o.Flags, ks, names); err != nil {
		return nil, err
	}

	if err := checkTypes(v, ks); err != nil {
		return nil, err
	}
	c := &Config{}
	if err := v.UnmarshalExact(c, func(dc *mapstructure.DecoderConfig) { dc.ZeroFields = true }); err != nil {
		return nil, fmt.Errorf("config: %w: %w", ErrInvalid, err)
	}
	c.File = file
	c.Warnings = warnings
	c.normalize()
	if err := c.loadToken(); err != nil {
		return nil, err
	}
	c.Discord.Token = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(c.Discord.Token), "Bot "))
	if err := c.Validate(); err != nil {
		return nil, err
	}
	return c, nil
}

// environ turns KEY=VALUE pairs into a map.
func environ(list []string) map[string]string {
	if list == nil {
		list = os.Environ()
	}
	m := make(map[string]string, len(list))
	for _, kv := range list {
		if k, v, ok := strings.Cut(kv, "="); ok {
			m[k] = v
		}
	}
	return m
}

// findFile picks the config file: explicit, TALKSBOT_CONFIG, or searched.
func findFile(o Options, env map[string]string) (string, error) {
	explicit, from := o.File, "--config"
	if explicit == "" {
		explicit, from = env[envConfigFile], envConfigFile
	}
	if explicit != "" {
		st, err := os.Stat(explicit)
		if err != nil {
			return "", fmt.Errorf("config: %s %q: %w", from, explicit, err)
		}
		if st.IsDir() {
			return "", fmt.Errorf("config: %s %q is a directory; name the file, e.g. %s", from, explicit, filepath.Join(explicit, FileName))
		}
		return explicit, nil
	}
	paths := o.SearchPaths
	if paths == nil {
		paths = DefaultSearchPaths()
	}
	for _, dir := range paths {
		p := filepath.Join(dir, FileName)
		st, err := os.Stat(p)
		switch {
		case err == nil && !st.IsDir():
			return p, nil
		case err != nil && !errors.Is(err, fs.ErrNotExist):
			return "", fmt.Errorf("config: %s: %w", p, err)
		}
	}
	return "", nil
}

// readFile reads a YAML config file with its own viper and rejects unknown
// keys and a token in the file.
func readFile(path string, ks []key, names []string) (map[string]any, error) {
	fv := viper.New()
	fv.SetConfigFile(path)
	fv.SetConfigType("yaml")
	if err := fv.ReadInConfig(); err != nil {
		return nil, fmt.Errorf("config: read %s: %w", path, err)
	}
	known := map[string]key{}
	for _, k := range ks {
		known[k.name] = k
	}
	var problems []error
	fileKeys := fv.AllKeys()
	sort.Strings(fileKeys)
	for _, name := range fileKeys {
		k, ok := known[name]
		switch {
		case !ok && fv.Get(name) == nil && isSection(name, names):
			// An empty section such as "discord:" with nothing under it.
		case !ok && suggest(name, names) == "discord.token":
			problems = append(problems, fmt.Errorf("unknown key %q (the token itself is only read from %s; in this file use discord.token_file)", name, envName("discord.token")))
		case !ok:
			problems = append(problems, fmt.Errorf("unknown key %q%s", name, didYouMean(name, names)))
		case k.secret && fv.Get(name) != nil && fv.GetString(name) != "":
			// A token in a file ends up in backups, repositories and
			// world-readable /etc; only a dedicated token file is safe to
			// lock down.
			problems = append(problems, fmt.Errorf("%s must not be in the config file: set %s or put the token in a file named by discord.token_file", name, envName(name)))
		case k.kind == kindTopics:
			problems = append(problems, checkTopics(fv.Get(name))...)
		}
	}
	if len(problems) > 0 {
		return nil, fmt.Errorf("config: %s: %w: %w", path, ErrInvalid, errors.Join(problems...))
	}
	return fv.AllSettings(), nil
}

// isSection reports whether name is a section ("discord") of valid keys.
func isSection(name string, names []string) bool {
	for _, n := range names {
		if strings.HasPrefix(n, name+".") {
			return true
		}
	}
	return false
}

// checkTopics rejects topic entries with unknown keys.
func checkTopics(raw any) []error {
	if raw == nil {
		return nil
	}
	list, ok := raw.([]any)
	if !ok {
		return []error{fmt.Errorf("topics: want a list of {name, description, query}, got %T", raw)}
	}
	var problems []error
	for i, item := range list {
		m, ok := item.(map[string]any)
		if !ok {
			problems = append(problems, fmt.Errorf("topics[%d]: want a mapping with name, description and query", i))
			continue
		}
		fields := make([]string, 0, len(m))
		for f := range m {
			fields = append(fields, f)
		}
		sort.Strings(fields)
		for _, f := range fields {
			if !slices.Contains(topicKeys(), strings.ToLower(f)) {
				problems = append(problems, fmt.Errorf("topics[%d]: unknown key %q%s", i, f, didYouMean(strings.ToLower(f), topicKeys())))
			}
		}
	}
	return problems
}

// parseValue types a string from the environment or a flag.
func parseValue(k key, s string) (any, error) {
	switch k.kind {
	case kindInt:
		n, err := strconv.ParseInt(strings.TrimSpace(s), 10, 64)
		if err != nil {
			return nil, fmt.Errorf("%w: %q is not a whole number", ErrInvalid, s)
		}
		return n, nil
	case kindStrings:
		var out []string
		for _, part := range strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == ' ' || r == '\n' || r == '\t' }) {
			out = append(out, part)
		}
		if out == nil {
			out = []string{}
		}
		return out, nil
	}
	return s, nil
}

// unknownEnv warns about TALKSBOT_ variables that match no key.
func unknownEnv(env map[string]string, names []string) []string {
	valid := map[string]bool{envConfigFile: true}
	envNames := make([]string, 0, len(names))
	for _, n := range names {
		valid[envName(n)] = true
		envNames = append(envNames, envName(n))
	}
	var out []string
	for name := range env {
		if strings.HasPrefix(name, envPrefix) && !valid[name] {
			out = append(out, fmt.Sprintf("environment variable %s is not a talksbot setting%s", name, didYouMean(name, envNames)))
		}
	}
	sort.Strings(out)
	return out
}

// applyFlags sets the keys of flags the user changed; they win over
// everything else.
func applyFlags(v *viper.Viper, flags map[string]*pflag.Flag, ks []key, names []string) error {
	byName := map[string]key{}
	for _, k := range ks {
		byName[k.name] = k
	}
	flagKeys := make([]string, 0, len(flags))
	for name := range flags {
		flagKeys = append(flagKeys, name)
	}
	sort.Strings(flagKeys)
	for _, name := range flagKeys {
		f := flags[name]
		if f == nil || !f.Changed {
			continue
		}
		k, ok := byName[name]
		switch {
		case !ok:
			return fmt.Errorf("config: flag --%s: %w: unknown key %q%s", f.Name, ErrInvalid, name, didYouMean(name, names))
		case k.secret:
			return fmt.Errorf("config: flag --%s: %w: %s cannot be set by a flag (it would show in ps and shell history); set %s or discord.token_file", f.Name, ErrInvalid, name, envName(name))
		case k.kind == kindTopics:
			return fmt.Errorf("config: flag --%s: %w: topics can only be set in the config file", f.Name, ErrInvalid)
		}
		var typed any
		if sv, ok := f.Value.(pflag.SliceValue); ok && k.kind == kindStrings {
			typed = sv.GetSlice()
		} else {
			var err error
			if typed, err = parseValue(k, f.Value.String()); err != nil {
				return fmt.Errorf("config: flag --%s (%s): %w", f.Name, name, err)
			}
		}
		v.Set(name, typed)
	}
	return nil
}

// loadToken reads discord.token_file when the token is not in the
// environment.
func (c *Config) loadToken() error {
	d := &c.Discord
	if d.Token != "" && d.TokenFile != "" {
		return fmt.Errorf("config: %w: both %s and discord.token_file are set; keep one", ErrInvalid, envName("discord.token"))
	}
	if d.TokenFile == "" {
		return nil
	}
	b, err := os.ReadFile(d.TokenFile)
	if err != nil {
		return fmt.Errorf("config: discord.token_file: %w", err)
	}
	if st, err := os.Stat(d.TokenFile); err == nil && st.Mode().Perm()&0o077 != 0 {
		c.Warnings = append(c.Warnings, fmt.Sprintf("discord.token_file %s can be read by other users (mode %v); chmod 600 it", d.TokenFile, st.Mode().Perm()))
	}
	d.Token = strings.TrimSpace(string(b))
	if d.Token == "" {
		return fmt.Errorf("config: discord.token_file %s: %w: the file is empty", d.TokenFile, ErrInvalid)
	}
	return nil
}

// normalize trims values and expands a leading ~/ in paths.
func (c *Config) normalize() {
	for _, p := range []*string{&c.Corpus.Dir, &c.Data.Dir, &c.Discord.TokenFile} {
		*p = expandHome(strings.TrimSpace(*p))
	}
	c.Discord.APIURL = strings.TrimSpace(c.Discord.APIURL)
	c.Discord.Mode = strings.ToLower(strings.TrimSpace(c.Discord.Mode))
	c.Discord.PublicKey = strings.ToLower(strings.TrimSpace(c.Discord.PublicKey))
	c.Discord.ShardCount = strings.ToLower(strings.TrimSpace(c.Discord.ShardCount))
	c.Discord.ShardID = strings.TrimSpace(c.Discord.ShardID)
	c.Corpus.PollInterval = strings.TrimSpace(c.Corpus.PollInterval)
	c.HTTP.Listen = strings.TrimSpace(c.HTTP.Listen)
	c.Metrics.Listen = strings.TrimSpace(c.Metrics.Listen)
	c.Log.Level = strings.ToLower(strings.TrimSpace(c.Log.Level))
	c.Log.Format = strings.ToLower(strings.TrimSpace(c.Log.Format))
	for i, h := range c.Sources.AttachmentHosts {
		c.Sources.AttachmentHosts[i] = strings.ToLower(strings.TrimSpace(h))
	}
	for i := range c.Topics {
		c.Topics[i].Name = strings.TrimSpace(c.Topics[i].Name)
		c.Topics[i].Query = strings.TrimSpace(c.Topics[i].Query)
	}
}

// expandHome turns "~/x" into the home directory's x, as a shell would;
// paths are otherwise used as given (relative ones from the working
// directory).
func expandHome(p string) string {
	if p != "~" && !strings.HasPrefix(p, "~/") {
		return p
	}
	home, err := os.UserHomeDir()
	if err != nil {
		return p
	}
	return filepath.Join(home, strings.TrimPrefix(p, "~"))
}

// checkTypes reports values of the wrong shape (a list where a number
// belongs) naming the key, before mapstructure's terser messages.
func checkTypes(v *viper.Viper, ks []key) error {
	var errs []error
	for _, k := range ks {
		val := v.Get(k.name)
		var err error
		switch k.kind {
		case kindInt:
			_, err = cast.ToInt64E(val)
			if err == nil {
				if f, ok := val.(float64); ok && f != float64(int64(f)) {
					err = errors.New("fraction")
				}
			}
			if err != nil {
				err = fmt.Errorf("%s: %v is not a whole number", k.name, val)
			}
		case kindString:
			switch val.(type) {
			case map[string]any, []any:
				err = fmt.Errorf("%s: want a single value, got %v", k.name, val)
			}
		case kindStrings:
			if _, ok := val.(map[string]any); ok {
				err = fmt.Errorf("%s: want a list, e.g. [\"123456789012345678\"], got %v", k.name, val)
			}
		case kindTopics:
			if _, ok := val.([]any); !ok && val != nil {
				if _, ok := val.([]map[string]any); !ok {
					err = fmt.Errorf("%s: want a list of {name, description, query}", k.name)
				}
			}
		}
		if err != nil {
			errs = append(errs, err)
		}
	}
	if len(errs) > 0 {
		return fmt.Errorf("config: %w: %w", ErrInvalid, errors.Join(errs...))
	}
	return nil
}
