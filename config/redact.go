package config

import (
	"bytes"
	"encoding/json"
	"fmt"
	"log/slog"

	"go.yaml.in/yaml/v3"
)

// redacted replaces a secret wherever the configuration is shown.
const redacted = "[redacted]"

// Redacted returns a copy whose secrets are replaced by "[redacted]" (an
// unset secret stays empty, so the output shows whether one is set).
func (c *Config) Redacted() *Config {
	cp := *c
	cp.Discord = c.Discord.redacted()
	cp.Discord.GuildIDs = append([]string(nil), c.Discord.GuildIDs...)
	cp.Moderators.RoleIDs = append([]string(nil), c.Moderators.RoleIDs...)
	cp.Sources.AttachmentHosts = append([]string(nil), c.Sources.AttachmentHosts...)
	cp.Topics = append([]Topic(nil), c.Topics...)
	cp.Warnings = append([]string(nil), c.Warnings...)
	return &cp
}

func (d Discord) redacted() Discord {
	if d.Token != "" {
		d.Token = redacted
	}
	return d
}

// YAML renders the configuration as a talksbot.yaml that Load accepts: the
// token is left out (a comment says whether one is set), so the output can
// be saved and reused without leaking it.
func (c *Config) YAML() ([]byte, error) {
	cp := c.Redacted()
	cp.Discord.Token = ""
	var buf bytes.Buffer
	enc := yaml.NewEncoder(&buf)
	enc.SetIndent(2)
	if err := enc.Encode(cp); err != nil {
		return nil, fmt.Errorf("config: render: %w", err)
	}
	if err := enc.Close(); err != nil {
		return nil, fmt.Errorf("config: render: %w", err)
	}
	b := buf.Bytes()
	if c.Discord.Token != "" {
		b = append([]byte("# discord.token is set (from "+envName("discord.token")+" or discord.token_file) and not shown\n"), b...)
	}
	return b, nil
}

// String is the redacted YAML form.
func (c *Config) String() string {
	b, err := c.YAML()
	if err != nil {
		return err.Error()
	}
	return string(b)
}

// LogValue keeps the token out of structured logs.
func (c *Config) LogValue() slog.Value {
	return slog.StringValue(c.String())
}

// String keeps the token out of fmt's %v and %+v.
func (d Discord) String() string {
	r := d.redacted()
	return fmt.Sprintf("{Token:%s TokenFile:%s APIURL:%s GuildIDs:%v AuditChannelID:%s Mode:%s PublicKey:%s ShardCount:%s ShardID:%s}",
		r.Token, r.TokenFile, r.APIURL, r.GuildIDs, r.AuditChannelID, r.Mode, r.PublicKey, r.ShardCount, r.ShardID)
}

// GoString keeps the token out of fmt's %#v.
func (d Discord) GoString() string { return "config.Discord" + d.String() }

// LogValue keeps the token out of structured logs.
func (d Discord) LogValue() slog.Value {
	r := d.redacted()
	return slog.GroupValue(
		slog.String("token", r.Token), slog.String("token_file", r.TokenFile),
		slog.String("api_url", r.APIURL), slog.Any("guild_ids", r.GuildIDs),
		slog.String("audit_channel_id", r.AuditChannelID), slog.String("mode", r.Mode),
		slog.String("public_key", r.PublicKey), slog.String("shard_count", r.ShardCount),
		slog.String("shard_id", r.ShardID),
	)
}

// MarshalJSON keeps the token out of JSON (and so of JSON logs).
func (d Discord) MarshalJSON() ([]byte, error) {
	type plain Discord // without methods, so no recursion
	return json.Marshal(plain(d.redacted()))
}
