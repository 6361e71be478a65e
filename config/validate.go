package config

import (
	"crypto/ed25519"
	"encoding/hex"
	"errors"
	"fmt"
	"net"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// Bounds Validate enforces.
const (
	MinUploadBytes = 1 << 10  // 1 KiB: smaller cannot hold an article
	MaxUploadBytes = 25 << 20 // 25 MiB: Discord's own upload ceiling
	MaxPassagesMax = 10       // ten passages already fill an embed
)

var snowflake = regexp.MustCompile(`^[0-9]{17,20}$`)

// hostPort matches a host name or IP with an optional port, nothing else.
var hostPort = regexp.MustCompile(`^[a-z0-9]([a-z0-9.-]*[a-z0-9])?(:[0-9]{1,5})?$`)

// Validate reports every bad value, each naming the key and the fix.
func (c *Config) Validate() error {
	var errs []error
	bad := func(key, format string, args ...any) {
		errs = append(errs, fmt.Errorf("%s: "+format, append([]any{key}, args...)...))
	}
	if t := c.Discord.Token; t != "" && strings.ContainsAny(t, " \t\r\n") {
		bad("discord.token", "contains whitespace; copy the token again from the Developer Portal (Bot → Reset Token)")
	}
	if err := checkAPIURL(c.Discord.APIURL); err != nil {
		bad("discord.api_url", "%v", err)
	}
	checkIDs := func(key string, ids []string) {
		seen := map[string]bool{}
		for _, id := range ids {
			switch {
			case !snowflake.MatchString(id):
				bad(key, "%q is not a Discord id; ids are 17-20 digits (Developer Mode → right-click → Copy ID)", id)
			case seen[id]:
				bad(key, "%s is listed twice; remove one", id)
			}
			seen[id] = true
		}
	}
	checkIDs("discord.guild_ids", c.Discord.GuildIDs)
	checkIDs("moderators.role_ids", c.Moderators.RoleIDs)
	if id := c.Discord.AuditChannelID; id != "" {
		checkIDs("discord.audit_channel_id", []string{id})
	}
	if n := c.Limits.QuestionsPerMinute; n < 1 {
		bad("limits.questions_per_minute", "is %d; set at least 1 (default %d)", n, DefaultQuestionsPerMinute)
	}
	if n := c.Answer.MaxPassages; n < 1 || n > MaxPassagesMax {
		bad("answer.max_passages", "is %d; set 1 to %d (default %d)", n, MaxPassagesMax, DefaultMaxPassages)
	}
	if n := c.Sources.MaxUploadBytes; n < MinUploadBytes || n > MaxUploadBytes {
		bad("sources.max_upload_bytes", "is %d; set %d (1 KiB) to %d (25 MiB) (default %d)", n, MinUploadBytes, MaxUploadBytes, DefaultMaxUploadBytes)
	}
	if len(c.Sources.AttachmentHosts) == 0 {
		bad("sources.attachment_hosts", "is empty; list at least one host, e.g. cdn.discordapp.com")
	}
	for _, h := range c.Sources.AttachmentHosts {
		if !hostPort.MatchString(h) {
			bad("sources.attachment_hosts", "%q is not a host name; write it without scheme or path, e.g. cdn.discordapp.com", h)
		}
	}
	c.validateService(bad)
	switch c.Log.Level {
	case "debug", "info", "warn", "error":
	default:
		bad("log.level", "%q is not a level; use debug, info, warn or error", c.Log.Level)
	}
	switch c.Log.Format {
	case "text", "json":
	default:
		bad("log.format", "%q is not a format; use text or json", c.Log.Format)
	}
	names := map[string]bool{}
	for i, t := range c.Topics {
		key := fmt.Sprintf("topics[%d]", i)
		switch {
		case t.Name == "":
			bad(key, "has no name; give it a short name such as ceasefire")
		case len([]rune(t.Name)) > 100:
			bad(key, "name is longer than 100 characters (Discord's limit for choices); shorten it")
		case names[strings.ToLower(t.Name)]:
			bad(key, "name %q is used twice; topic names must be unique", t.Name)
		}
		names[strings.ToLower(t.Name)] = true
		if t.Query == "" {
			bad(key, "%q has no query; add the words to search for, e.g. query: ceasefire truce", t.Name)
		}
	}
	if len(errs) == 0 {
		return nil
	}
	return fmt.Errorf("config: %w: %w", ErrInvalid, errors.Join(errs...))
}

// checkAPIURL accepts an absolute http(s) URL; plain http only for a
// loopback host, since the token travels with every request.
func checkAPIURL(raw string) error {
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" || (u.Scheme != "http" && u.Scheme != "https") {
		return fmt.Errorf("%q is not an absolute http(s) URL; use %s or a Discord-compatible server's base URL", raw, DefaultAPIURL)
	}
	if u.RawQuery != "" || u.Fragment != "" || u.User != nil {
		return fmt.Errorf("%q has a query, fragment or user; give only scheme, host and path", raw)
	}
	if u.Scheme == "http" && !isLoopback(u.Hostname()) {
		return fmt.Errorf("%q would send the token unencrypted; use https (plain http is for 127.0.0.1 test servers only)", raw)
	}
	return nil
}

func isLoopback(host string) bool {
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// validateService checks the keys that say how serve runs: the mode, the
// public key HTTP interactions need, the listeners and the shards.
func (c *Config) validateService(bad func(key, format string, args ...any)) {
	d := c.Discord
	switch d.Mode {
	case ModeGateway, ModeHTTP, ModeBoth:
	default:
		bad("discord.mode", "%q is not a mode; use gateway (the websocket; mentions and DMs), http (POST /interactions on http.listen) or both", d.Mode)
	}
	if d.PublicKey != "" {
		if b, err := hex.DecodeString(d.PublicKey); err != nil || len(b) != ed25519.PublicKeySize {
			bad("discord.public_key", "is not a public key: want the 64 hex digits the Developer Portal shows under General Information → Public Key")
		}
	} else if d.Interactions() {
		bad("discord.public_key", "is empty, and discord.mode %s receives signed HTTP interactions: set it to the Public Key on the Developer Portal's General Information page (or TALKSBOT_DISCORD_PUBLIC_KEY)", d.Mode)
	}
	if c.HTTP.Listen == "" && d.Interactions() {
		bad("http.listen", "is empty, and discord.mode %s serves POST /interactions: set host:port, e.g. 127.0.0.1:8080 behind a TLS proxy (or TALKSBOT_HTTP_LISTEN)", d.Mode)
	}
	for _, l := range []struct{ key, addr string }{{"http.listen", c.HTTP.Listen}, {"metrics.listen", c.Metrics.Listen}} {
		if l.addr == "" {
			continue
		}
		if err := checkListen(l.addr); err != nil {
			bad(l.key, "%q %v; write host:port, e.g. 127.0.0.1:8080, or :8080 for every interface", l.addr, err)
		}
	}
	if c.Metrics.Listen != "" && c.Metrics.Listen == c.HTTP.Listen {
		bad("metrics.listen", "is the same address as http.listen; leave it empty to serve /metrics there, or give another port")
	}
	count := 0
	if d.ShardCount != ShardAuto {
		n, err := strconv.Atoi(d.ShardCount)
		if err != nil || n < 1 {
			bad("discord.shard_count", "%q is not a shard count; use a whole number of at least 1 (default 1), or auto for Discord's recommendation", d.ShardCount)
		}
		count = n
	}
	if d.ShardID != "" {
		id, err := strconv.Atoi(d.ShardID)
		switch {
		case err != nil || id < 0:
			bad("discord.shard_id", "%q is not a shard id; use 0 to discord.shard_count-1, or leave it empty to run every shard in this process", d.ShardID)
		case d.ShardCount == ShardAuto:
			bad("discord.shard_id", "is set while discord.shard_count is auto; auto runs every shard in this process: set discord.shard_count to the number of processes' shards to run one shard per process")
		case count >= 1 && id >= count:
			bad("discord.shard_id", "is %d but discord.shard_count is %d; shard ids run from 0 to %d", id, count, count-1)
		}
	}
	if p := c.Corpus.PollInterval; p != "" {
		if v, err := time.ParseDuration(p); err != nil || v < 0 || (v > 0 && v < time.Second) {
			bad("corpus.poll_interval", "%q is not an interval; use 0s (off) or a duration of at least 1s, e.g. 30s", p)
		}
	}
}

// checkListen accepts host:port with a port number (0 picks a free one).
func checkListen(addr string) error {
	_, port, err := net.SplitHostPort(addr)
	if err != nil {
		return errors.New("is not host:port")
	}
	if n, err := strconv.Atoi(port); err != nil || n < 0 || n > 65535 {
		return errors.New("has no port number")
	}
	return nil
}
