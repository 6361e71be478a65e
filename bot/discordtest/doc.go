// Package discordtest is an in-process, Discord-compatible server for tests:
// the real discordgo Session talks to it over loopback HTTP and a real
// websocket gateway, so end-to-end tests exercise exactly the code that runs
// against discord.com.
//
// # Pointing discordgo at it
//
// discordgo builds every REST URL from https://discord.com/api/v9/...; rather
// than rewriting its endpoint variables (package state shared by every
// test), give the Session an http.Client whose transport rewrites the scheme
// and host:
//
//	s := discordtest.NewServer(t, discordtest.Options{})
//	dg, _ := discordgo.New("Bot " + s.Token())
//	dg.Client = s.Client() // or &http.Client{Transport: discordtest.Transport(s.URL(), nil)}
//	err := dg.Open()       // GET /api/v9/gateway, then the websocket
//
// Transport is small on purpose: production code that honours a configurable
// base URL (config key discord.api_url) can copy it. The gateway URL comes
// from GET /api/v9/gateway, so the websocket needs no rewriting.
//
// # What it speaks
//
// Gateway (API v9, JSON, no zlib-stream): HELLO with heartbeat_interval,
// IDENTIFY → READY (user, application, session_id, resume_gateway_url;
// zlib-compressed as a binary frame when IDENTIFY asks for compress, as
// Discord does), GUILD_CREATE per guild with the Guilds intent, heartbeat
// ACKs, RESUME → replay of missed dispatches → RESUMED, INVALID_SESSION for
// unknown or cleanly closed sessions, RECONNECT on demand (Reconnect) and an
// abrupt drop (Drop). Privileged intents are refused with close code 4014
// unless Options.AllowPrivilegedIntents, and events are only sent to a
// session whose intents cover them; without the Message Content intent,
// guild messages that do not mention the bot arrive with empty content.
//
// REST: gateway lookups, users/@me, DM channel creation, channels, guilds,
// members, channel messages (create, edit, get, delete), bulk overwrite and
// listing of global and guild commands, interaction callbacks (types 4–9),
// @original get/edit/delete, follow-ups, and attachment downloads (served
// from AddAttachment, no auth, like the CDN). Requests are checked the way
// Discord checks them — "Bot <token>" authorization (401 otherwise), the
// 3-second callback deadline (10062 Unknown interaction), double
// acknowledgement (40060), and message, embed, component, autocomplete and
// command limits (50035 Invalid Form Body / 50006 empty message) — so a bot
// that passes here does not fail on Discord for those reasons.
//
// # Observing and steering
//
// Interact, Autocomplete, PressButton and SendMessage build payloads shaped
// like Discord's (see testdata/ for the real examples they mirror), dispatch
// them and wait for the bot's answer; a Reply keeps watching, so later edits
// of @original (progress bars) are available as a sequence through Edits and
// WaitEdit. Every REST request is recorded (Requests, WaitRequest) with the
// Authorization value redacted. FailNext makes the next n requests on a
// route fail with 429 (with retry_after, which discordgo honours) or any
// other status.
package discordtest
