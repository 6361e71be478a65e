package config

import (
	"bytes"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/spf13/pflag"
)

// writeFile writes a config file in a fresh folder and returns its path.
func writeFile(t *testing.T, content string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), FileName)
	if err := os.WriteFile(p, []byte(content), 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

// load runs Load isolated from the machine: no search paths, a given
// environment.
func load(file string, env []string, flags map[string]*pflag.Flag) (*Config, error) {
	if env == nil {
		env = []string{}
	}
	return Load(Options{File: file, Environ: env, Flags: flags, SearchPaths: []string{}})
}

// flag returns a flag set to value as if given on the command line.
func flag(t *testing.T, name, value string) *pflag.Flag {
	t.Helper()
	fs := pflag.NewFlagSet("test", pflag.ContinueOnError)
	fs.String(name, "", "")
	if value != "" {
		if err := fs.Set(name, value); err != nil {
			t.Fatal(err)
		}
	}
	return fs.Lookup(name)
}

func TestDefaults(t *testing.T) {
	c, err := load("", nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	want := &Config{
		Discord:    Discord{APIURL: "https://discord.com/", GuildIDs: []string{}, Mode: "gateway", ShardCount: "1"},
		Corpus:     Corpus{PollInterval: "0s"},
		Limits:     Limits{QuestionsPerMinute: 6},
		Answer:     Answer{MaxPassages: 5},
		Moderators: Moderators{RoleIDs: []string{}},
		Sources:    Sources{MaxUploadBytes: 2 << 20, AttachmentHosts: []string{"cdn.discordapp.com", "media.discordapp.net"}},
		Log:        Log{Level: "info", Format: "text"},
		Topics:     []Topic{},
	}
	if !reflect.DeepEqual(c, want) {
		t.Errorf("defaults =\n%#v\nwant\n%#v", c, want)
	}
}

func TestPrecedence(t *testing.T) {
	file := writeFile(t, "limits:\n  questions_per_minute: 10\ncorpus:\n  dir: /from/file\n")
	env := []string{"TALKSBOT_LIMITS_QUESTIONS_PER_MINUTE=20", "TALKSBOT_CORPUS_DIR=/from/env"}
	for _, tc := range []struct {
		name      string
		file      string
		env       []string
		flagValue string // "" leaves the flag unchanged
		wantQPM   int
		wantDir   string
	}{
		{"defaults", "", nil, "", 6, ""},
		{"file over defaults", file, nil, "", 10, "/from/file"},
		{"env over file", file, env, "", 20, "/from/env"},
		{"env without file", "", env, "", 20, "/from/env"},
		{"flag over env", file, env, "/from/flag", 20, "/from/flag"},
		{"unchanged flag changes nothing", file, nil, "", 10, "/from/file"},
		{"empty env variable is unset", file, []string{"TALKSBOT_CORPUS_DIR="}, "", 10, "/from/file"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c, err := load(tc.file, tc.env, map[string]*pflag.Flag{"corpus.dir": flag(t, "corpus", tc.flagValue)})
			if err != nil {
				t.Fatal(err)
			}
			if c.Limits.QuestionsPerMinute != tc.wantQPM || c.Corpus.Dir != tc.wantDir {
				t.Errorf("questions_per_minute=%d corpus.dir=%q, want %d %q", c.Limits.QuestionsPerMinute, c.Corpus.Dir, tc.wantQPM, tc.wantDir)
			}
		})
	}
}

func TestSliceFlag(t *testing.T) {
	fs := pflag.NewFlagSet("test", pflag.ContinueOnError)
	fs.StringSlice("guild", nil, "")
	if err := fs.Parse([]string{"--guild", "123456789012345678", "--guild", "223456789012345678"}); err != nil {
		t.Fatal(err)
	}
	c, err := load(writeFile(t, "discord:\n  guild_ids: [\"323456789012345678\"]\n"), nil, map[string]*pflag.Flag{"discord.guild_ids": fs.Lookup("guild")})
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(c.Discord.GuildIDs, []string{"123456789012345678", "223456789012345678"}) {
		t.Errorf("guild ids = %q", c.Discord.GuildIDs)
	}
}

func TestEnvironment(t *testing.T) {
	c, err := load("", []string{
		"TALKSBOT_DISCORD_TOKEN=env-token-value",
		"TALKSBOT_DISCORD_GUILD_IDS=123456789012345678, 223456789012345678",
		"TALKSBOT_DATA_DIR=/var/lib/talksbot",
		"TALKSBOT_SOURCES_MAX_UPLOAD_BYTES=4096",
		"TALKSBOT_LOG_FORMAT=JSON",
		"TALKSBOT_DISCORD_GUILDS=1",
		"PATH=/usr/bin",
	}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if c.Discord.Token != "env-token-value" || c.Data.Dir != "/var/lib/talksbot" || c.Sources.MaxUploadBytes != 4096 || c.Log.Format != "json" {
		t.Errorf("config = %+v", c)
	}
	if !reflect.DeepEqual(c.Discord.GuildIDs, []string{"123456789012345678", "223456789012345678"}) {
		t.Errorf("guild ids = %q", c.Discord.GuildIDs)
	}
	if len(c.Warnings) != 1 || !strings.Contains(c.Warnings[0], "TALKSBOT_DISCORD_GUILDS") || !strings.Contains(c.Warnings[0], "TALKSBOT_DISCORD_GUILD_IDS") {
		t.Errorf("warnings = %q, want one naming TALKSBOT_DISCORD_GUILDS and suggesting TALKSBOT_DISCORD_GUILD_IDS", c.Warnings)
	}
}

// TestRejected checks that every refusal names the key and says what to do.
func TestRejected(t *testing.T) {
	tokenFile := filepath.Join(t.TempDir(), "token")
	if err := os.WriteFile(tokenFile, []byte("file-token\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name  string
		yaml  string
		env   []string
		flags func(*testing.T) map[string]*pflag.Flag
		want  []string // substrings of the error
	}{
		{name: "unknown key", yaml: "discord:\n  tokn_file: x\n", want: []string{`"discord.tokn_file"`, "did you mean discord.token_file?"}},
		{name: "key in the wrong section", yaml: "guild_ids: [\"123456789012345678\"]\n", want: []string{`"guild_ids"`, "discord.guild_ids"}},
		{name: "unknown section", yaml: "loging:\n  level: debug\n", want: []string{`"loging.level"`, "log.level"}},
		{name: "unknown topic key", yaml: "topics:\n  - name: a\n    querry: b\n", want: []string{"topics[0]", `"querry"`, "did you mean query?"}},
		{name: "token in the file", yaml: "discord:\n  token: abc\n", want: []string{"discord.token", "TALKSBOT_DISCORD_TOKEN", "discord.token_file"}},
		{name: "token by flag", flags: func(t *testing.T) map[string]*pflag.Flag {
			return map[string]*pflag.Flag{"discord.token": flag(t, "token", "flag-token")}
		}, want: []string{"discord.token", "cannot be set by a flag", "TALKSBOT_DISCORD_TOKEN"}},
		{name: "flag for an unknown key", flags: func(t *testing.T) map[string]*pflag.Flag {
			return map[string]*pflag.Flag{"corpus.folder": flag(t, "corpus", "x")}
		}, want: []string{"--corpus", `"corpus.folder"`, "corpus.dir"}},
		{name: "flag with a bad number", flags: func(t *testing.T) map[string]*pflag.Flag {
			return map[string]*pflag.Flag{"answer.max_passages": flag(t, "passages", "lots")}
		}, want: []string{"--passages", "answer.max_passages", "whole number"}},
		{name: "not YAML", yaml: "discord: [\n", want: []string{"read"}},
		{name: "api_url not absolute", env: []string{"TALKSBOT_DISCORD_API_URL=discord.com"}, want: []string{"discord.api_url", "absolute http(s) URL"}},
		{name: "api_url ftp", yaml: "discord:\n  api_url: ftp://discord.com/\n", want: []string{"discord.api_url"}},
		{name: "api_url plain http remote", yaml: "discord:\n  api_url: http://example.com/\n", want: []string{"discord.api_url", "https"}},
		{name: "guild id not numeric", yaml: "discord:\n  guild_ids: [my-server]\n", want: []string{"discord.guild_ids", `"my-server"`, "17-20 digits"}},
		{name: "guild id twice", yaml: "discord:\n  guild_ids: [\"123456789012345678\", \"123456789012345678\"]\n", want: []string{"discord.guild_ids", "twice"}},
		{name: "role id", env: []string{"TALKSBOT_MODERATORS_ROLE_IDS=12"}, want: []string{"moderators.role_ids"}},
		{name: "audit channel id", yaml: "discord:\n  audit_channel_id: general\n", want: []string{"discord.audit_channel_id"}},
		{name: "questions per minute zero", yaml: "limits:\n  questions_per_minute: 0\n", want: []string{"limits.questions_per_minute", "at least 1"}},
		{name: "questions per minute not a number", env: []string{"TALKSBOT_LIMITS_QUESTIONS_PER_MINUTE=six"}, want: []string{"limits.questions_per_minute", "TALKSBOT_LIMITS_QUESTIONS_PER_MINUTE", "whole number"}},
		{name: "questions per minute not a number in file", yaml: "limits:\n  questions_per_minute: six\n", want: []string{"limits.questions_per_minute", "whole number"}},
		{name: "list for a number", yaml: "answer:\n  max_passages: [1]\n", want: []string{"answer.max_passages", "whole number"}},
		{name: "fraction for a number", yaml: "answer:\n  max_passages: 2.5\n", want: []string{"answer.max_passages", "whole number"}},
		{name: "map for a string", yaml: "corpus:\n  dir: {a: b}\n", want: []string{"corpus.dir"}},
		{name: "map for a list", yaml: "discord:\n  guild_ids: {a: b}\n", want: []string{"discord.guild_ids"}},
		{name: "misspelt token key", yaml: "discord:\n  tokn: x\n", want: []string{`"discord.tokn"`, "TALKSBOT_DISCORD_TOKEN", "discord.token_file"}},
		{name: "max passages 0", yaml: "answer:\n  max_passages: 0\n", want: []string{"answer.max_passages", "1 to 10"}},
		{name: "max passages 11", yaml: "answer:\n  max_passages: 11\n", want: []string{"answer.max_passages"}},
		{name: "upload too small", yaml: "sources:\n  max_upload_bytes: 10\n", want: []string{"sources.max_upload_bytes"}},
		{name: "upload too large", yaml: "sources:\n  max_upload_bytes: 1073741824\n", want: []string{"sources.max_upload_bytes", "25 MiB"}},
		{name: "attachment host with scheme", yaml: "sources:\n  attachment_hosts: [\"https://cdn.discordapp.com\"]\n", want: []string{"sources.attachment_hosts", "without scheme"}},
		{name: "no attachment hosts", yaml: "sources:\n  attachment_hosts: []\n", want: []string{"sources.attachment_hosts", "empty"}},
		{name: "log level", env: []string{"TALKSBOT_LOG_LEVEL=loud"}, want: []string{"log.level", "debug, info, warn or error"}},
		{name: "log format", yaml: "log:\n  format: xml\n", want: []string{"log.format", "text or json"}},
		{name: "topic without query", yaml: "topics:\n  - name: ceasefire\n", want: []string{"topics[0]", "no query"}},
		{name: "topic without name", yaml: "topics:\n  - query: truce\n", want: []string{"topics[0]", "no name"}},
		{name: "topic names twice", yaml: "topics:\n  - {name: A, query: a}\n  - {name: a, query: b}\n", want: []string{"topics[1]", "twice"}},
		{name: "topics from env", env: []string{"TALKSBOT_TOPICS=x"}, want: []string{"TALKSBOT_TOPICS", "config file"}},
		{name: "token twice", yaml: "discord:\n  token_file: " + tokenFile + "\n", env: []string{"TALKSBOT_DISCORD_TOKEN=x"}, want: []string{"TALKSBOT_DISCORD_TOKEN", "discord.token_file", "keep one"}},
		{name: "missing token file", env: []string{"TALKSBOT_DISCORD_TOKEN_FILE=/nonexistent/token"}, want: []string{"discord.token_file"}},
		{name: "unknown mode", env: []string{"TALKSBOT_DISCORD_MODE=webhook"}, want: []string{"discord.mode", `"webhook"`, "gateway", "http", "both"}},
		{name: "http mode without public key", env: []string{"TALKSBOT_DISCORD_MODE=http", "TALKSBOT_HTTP_LISTEN=127.0.0.1:8080"}, want: []string{"discord.public_key", "Public Key", "TALKSBOT_DISCORD_PUBLIC_KEY"}},
		{name: "http mode without listen", env: []string{"TALKSBOT_DISCORD_MODE=both", "TALKSBOT_DISCORD_PUBLIC_KEY=abababababababababababababababababababababababababababababababab"}, want: []string{"http.listen", "host:port", "TALKSBOT_HTTP_LISTEN"}},
		{name: "public key not hex", yaml: "discord:\n  public_key: not-a-key\n", want: []string{"discord.public_key", "64 hex digits"}},
		{name: "public key too short", env: []string{"TALKSBOT_DISCORD_PUBLIC_KEY=abcd"}, want: []string{"discord.public_key", "64 hex digits"}},
		{name: "listen without port", env: []string{"TALKSBOT_HTTP_LISTEN=localhost"}, want: []string{"http.listen", "host:port"}},
		{name: "listen with a bad port", yaml: "metrics:\n  listen: \"127.0.0.1:http\"\n", want: []string{"metrics.listen", "port"}},
		{name: "metrics on the http address", env: []string{"TALKSBOT_HTTP_LISTEN=:8080", "TALKSBOT_METRICS_LISTEN=:8080"}, want: []string{"metrics.listen", "same address"}},
		{name: "shard count zero", env: []string{"TALKSBOT_DISCORD_SHARD_COUNT=0"}, want: []string{"discord.shard_count", "at least 1", "auto"}},
		{name: "shard count word", yaml: "discord:\n  shard_count: many\n", want: []string{"discord.shard_count"}},
		{name: "shard id past the count", env: []string{"TALKSBOT_DISCORD_SHARD_COUNT=2", "TALKSBOT_DISCORD_SHARD_ID=2"}, want: []string{"discord.shard_id", "0 to 1"}},
		{name: "shard id with auto", env: []string{"TALKSBOT_DISCORD_SHARD_COUNT=auto", "TALKSBOT_DISCORD_SHARD_ID=0"}, want: []string{"discord.shard_id", "auto"}},
		{name: "negative shard id", yaml: "discord:\n  shard_id: \"-1\"\n", want: []string{"discord.shard_id"}},
		{name: "poll interval word", env: []string{"TALKSBOT_CORPUS_POLL_INTERVAL=often"}, want: []string{"corpus.poll_interval", "30s"}},
		{name: "poll interval too short", yaml: "corpus:\n  poll_interval: 10ms\n", want: []string{"corpus.poll_interval", "at least 1s"}},
		{name: "several problems at once", yaml: "answer:\n  max_passages: 0\nlog:\n  level: loud\n", want: []string{"answer.max_passages", "log.level"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			file := ""
			if tc.yaml != "" {
				file = writeFile(t, tc.yaml)
			}
			var flags map[string]*pflag.Flag
			if tc.flags != nil {
				flags = tc.flags(t)
			}
			c, err := load(file, tc.env, flags)
			if err == nil {
				t.Fatalf("accepted: %+v", c)
			}
			for _, w := range tc.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not mention %q", err, w)
				}
			}
			if strings.Contains(err.Error(), "flag-token") || (tc.name == "token in the file" && strings.Contains(err.Error(), "abc")) {
				t.Errorf("error shows the token: %v", err)
			}
		})
	}
}

func TestInvalidWrapsErrInvalid(t *testing.T) {
	_, err := load(writeFile(t, "answer:\n  max_passages: 0\n"), nil, nil)
	if !errors.Is(err, ErrInvalid) {
		t.Errorf("error %v does not wrap ErrInvalid", err)
	}
}

func TestAccepted(t *testing.T) {
	for _, tc := range []struct {
		name, yaml string
		check      func(*Config) bool
	}{
		{"loopback http api_url", "discord:\n  api_url: http://127.0.0.1:8080/\n", func(c *Config) bool { return c.Discord.APIURL == "http://127.0.0.1:8080/" }},
		{"unquoted guild id", "discord:\n  guild_ids: [123456789012345678]\n", func(c *Config) bool { return c.Discord.GuildIDs[0] == "123456789012345678" }},
		{"attachment host with port", "sources:\n  attachment_hosts: [\"127.0.0.1:4000\"]\n", func(c *Config) bool { return c.Sources.AttachmentHosts[0] == "127.0.0.1:4000" }},
		{"upper-case keys", "LOG:\n  Level: DEBUG\n", func(c *Config) bool { return c.Log.Level == "debug" }},
		{"empty section", "discord:\ncorpus:\n  dir: x\n", func(c *Config) bool { return c.Corpus.Dir == "x" }},
		{"home folder", "data:\n  dir: ~/talksbot-data\n", func(c *Config) bool {
			home, _ := os.UserHomeDir()
			return c.Data.Dir == filepath.Join(home, "talksbot-data")
		}},
		{"http mode", "discord:\n  mode: HTTP\n  public_key: \"ABABABABABABABABABABABABABABABABABABABABABABABABABABABABABABABAB\"\nhttp:\n  listen: 127.0.0.1:8080\n", func(c *Config) bool {
			return c.Discord.Mode == ModeHTTP && !c.Discord.Gateway() && c.Discord.Interactions() && c.Discord.PublicKey == "abababababababababababababababababababababababababababababababab"
		}},
		{"both modes, metrics apart", "discord:\n  mode: both\n  public_key: abababababababababababababababababababababababababababababababab\nhttp:\n  listen: \":8080\"\nmetrics:\n  listen: 127.0.0.1:9090\n", func(c *Config) bool {
			return c.Discord.Gateway() && c.Discord.Interactions() && c.Metrics.Listen == "127.0.0.1:9090"
		}},
		{"gateway mode by default", "", func(c *Config) bool { return c.Discord.Gateway() && !c.Discord.Interactions() }},
		{"one shard of four", "discord:\n  shard_count: 4\n  shard_id: 2\n", func(c *Config) bool {
			n, id := c.Discord.Shards()
			return n == 4 && id == 2
		}},
		{"every shard", "discord:\n  shard_count: 3\n", func(c *Config) bool {
			n, id := c.Discord.Shards()
			return n == 3 && id == -1
		}},
		{"auto shards", "discord:\n  shard_count: Auto\n", func(c *Config) bool {
			n, id := c.Discord.Shards()
			return n == 0 && id == -1
		}},
		{"poll interval", "corpus:\n  poll_interval: 30s\n", func(c *Config) bool { return c.Corpus.Poll() == 30*time.Second }},
		{"topics", "topics:\n  - name: ceasefire\n    description: d\n    query: truce\n", func(c *Config) bool {
			return reflect.DeepEqual(c.Topics, []Topic{{Name: "ceasefire", Description: "d", Query: "truce"}})
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c, err := load(writeFile(t, tc.yaml), nil, nil)
			if err != nil {
				t.Fatal(err)
			}
			if !tc.check(c) {
				t.Errorf("config = %+v", c)
			}
		})
	}
}

func TestTokenFile(t *testing.T) {
	dir := t.TempDir()
	for _, tc := range []struct {
		name, content string
		mode          os.FileMode
		wantWarning   bool
	}{
		{"trimmed", "  file-token-value\n", 0o600, false},
		{"Bot prefix dropped", "Bot file-token-value\n", 0o600, false},
		{"readable by others", "file-token-value", 0o644, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := filepath.Join(dir, strings.ReplaceAll(tc.name, " ", "_"))
			if err := os.WriteFile(p, []byte(tc.content), tc.mode); err != nil {
				t.Fatal(err)
			}
			if err := os.Chmod(p, tc.mode); err != nil {
				t.Fatal(err)
			}
			c, err := load(writeFile(t, "discord:\n  token_file: "+p+"\n"), nil, nil)
			if err != nil {
				t.Fatal(err)
			}
			if c.Discord.Token != "file-token-value" {
				t.Errorf("token = %q", c.Discord.Token)
			}
			if got := len(c.Warnings) > 0; got != tc.wantWarning {
				t.Errorf("warnings = %q", c.Warnings)
			}
		})
	}
	empty := filepath.Join(dir, "empty")
	_ = os.WriteFile(empty, []byte("\n"), 0o600)
	if _, err := load("", []string{"TALKSBOT_DISCORD_TOKEN_FILE=" + empty}, nil); err == nil || !strings.Contains(err.Error(), "empty") {
		t.Errorf("empty token file: %v", err)
	}
}

func TestFileSearch(t *testing.T) {
	first, second := t.TempDir(), t.TempDir()
	if err := os.WriteFile(filepath.Join(second, FileName), []byte("data:\n  dir: /second\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	explicit := writeFile(t, "data:\n  dir: /explicit\n")
	for _, tc := range []struct {
		name    string
		o       Options
		wantDir string
		wantErr bool
	}{
		{"first folder that has one", Options{SearchPaths: []string{first, second}}, "/second", false},
		{"none found", Options{SearchPaths: []string{first}}, "", false},
		{"--config wins", Options{File: explicit, SearchPaths: []string{second}}, "/explicit", false},
		{"TALKSBOT_CONFIG", Options{Environ: []string{"TALKSBOT_CONFIG=" + explicit}, SearchPaths: []string{second}}, "/explicit", false},
		{"--config missing", Options{File: filepath.Join(first, "nope.yaml")}, "", true},
		{"--config is a folder", Options{File: first}, "", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if tc.o.Environ == nil {
				tc.o.Environ = []string{}
			}
			c, err := Load(tc.o)
			if (err != nil) != tc.wantErr {
				t.Fatalf("err = %v", err)
			}
			if err == nil && c.Data.Dir != tc.wantDir {
				t.Errorf("data.dir = %q, want %q (file %q)", c.Data.Dir, tc.wantDir, c.File)
			}
		})
	}
}

// TestTokenNeverShown prints the configuration every way a program might
// and checks the token appears nowhere.
func TestTokenNeverShown(t *testing.T) {
	const secret = "MTEwMDAwMDAwMDAwMDAwMDAwMQ.secret-token-value"
	c, err := load("", []string{"TALKSBOT_DISCORD_TOKEN=" + secret}, nil)
	if err != nil {
		t.Fatal(err)
	}
	var logText, logJSON bytes.Buffer
	slog.New(slog.NewTextHandler(&logText, nil)).Info("config", "cfg", c, "discord", c.Discord)
	slog.New(slog.NewJSONHandler(&logJSON, nil)).Info("config", "cfg", c, "discord", c.Discord)
	yml, _ := c.YAML()
	outputs := map[string]string{
		"String":     c.String(),
		"YAML":       string(yml),
		"%v":         fmt.Sprintf("%v", c),
		"%+v value":  fmt.Sprintf("%+v", *c),
		"%#v value":  fmt.Sprintf("%#v", *c),
		"%v discord": fmt.Sprintf("%v", c.Discord),
		"Redacted":   fmt.Sprintf("%+v", c.Redacted().Discord.Token),
		"slog text":  logText.String(),
		"slog JSON":  logJSON.String(),
	}
	for how, out := range outputs {
		if strings.Contains(out, secret) || strings.Contains(out, "secret-token-value") {
			t.Errorf("%s shows the token: %s", how, out)
		}
	}
	if !strings.Contains(c.String(), "discord.token is set") || c.Redacted().Discord.Token != "[redacted]" {
		t.Errorf("redacted forms do not say a token is set: %q / %q", c.String(), c.Redacted().Discord.Token)
	}
	if c.Discord.Token != secret {
		t.Error("Redacted changed the original")
	}
}

// TestYAMLRoundTrips checks that what `talksbot config` prints is a valid
// talksbot.yaml with the same settings.
func TestYAMLRoundTrips(t *testing.T) {
	c, err := load("../talksbot.example.yaml", []string{"TALKSBOT_DISCORD_TOKEN=x", "TALKSBOT_DISCORD_GUILD_IDS=123456789012345678"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	yml, err := c.YAML()
	if err != nil {
		t.Fatal(err)
	}
	again, err := load(writeFile(t, string(yml)), nil, nil)
	if err != nil {
		t.Fatalf("printed config rejected: %v\n%s", err, yml)
	}
	c.Discord.Token, c.File, again.File, c.Warnings, again.Warnings = "", "", "", nil, nil
	if !reflect.DeepEqual(c, again) {
		t.Errorf("round trip changed the config:\n%+v\n%+v", c, again)
	}
}

// TestExampleFile checks the shipped example loads and documents every key.
func TestExampleFile(t *testing.T) {
	const path = "../talksbot.example.yaml"
	c, err := load(path, nil, nil)
	if err != nil {
		t.Fatalf("talksbot.example.yaml rejected: %v", err)
	}
	if len(c.Topics) == 0 {
		t.Error("the example defines no topics")
	}
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	for _, k := range keys() {
		mention := k.name[strings.LastIndex(k.name, ".")+1:] + ":"
		if k.secret {
			mention = envName(k.name)
		}
		if !strings.Contains(string(raw), mention) {
			t.Errorf("the example does not mention %s", k.name)
		}
	}
}

func TestSuggest(t *testing.T) {
	valid := []string{"discord.token", "discord.token_file", "discord.guild_ids", "log.level"}
	for _, tc := range []struct{ in, want string }{
		{"discord.tokn", "discord.token"},
		{"token_file", "discord.token_file"},
		{"discord.guilds", "discord.guild_ids"},
		{"log.levle", "log.level"},
		{"something.else.entirely", ""},
	} {
		if got := suggest(tc.in, valid); got != tc.want {
			t.Errorf("suggest(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// FuzzLoad feeds arbitrary config files: Load never panics, and whatever it
// accepts passes Validate and carries no token from the file.
func FuzzLoad(f *testing.F) {
	for _, seed := range []string{
		"",
		"discord:\n  api_url: https://discord.com/\n",
		"limits:\n  questions_per_minute: 3\ntopics:\n  - name: a\n    query: b\n",
		"discord:\n  token: x\n",
		"topics: 5\n",
		"answer: {max_passages: [1]}\n",
		"discord:\n  guild_ids: 123456789012345678\n",
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, content string) {
		p := filepath.Join(t.TempDir(), FileName)
		if err := os.WriteFile(p, []byte(content), 0o600); err != nil {
			t.Fatal(err)
		}
		c, err := load(p, nil, nil)
		if err != nil {
			return
		}
		if err := c.Validate(); err != nil {
			t.Errorf("Load accepted a config Validate rejects: %v", err)
		}
		if c.Discord.Token != "" {
			t.Errorf("token %q came from the file", c.Discord.Token)
		}
	})
}
