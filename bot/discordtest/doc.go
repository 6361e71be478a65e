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
// sent zlib-compressed as a binary frame when IDENTIFY sets compress, which
// Discord may do and discordgo must handle), GUILD_CREATE per guild with the Guilds intent, heartbeat
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
//	s := discordtest.NewServer(t, discordtest.Options{})   // 127.0.0.1, stopped by t.Cleanup
//	... start the bot with api_url s.URL(), token s.Token(), guild discordtest.GuildID ...
//	cmds, _ := s.WaitCommands(ctx, discordtest.GuildID)     // the bulk overwrite, ids assigned
//	r, err := s.Interact(ctx, discordtest.Interaction{Name: "ask",
//		Options: []discordtest.Option{{Name: "question", Value: "who is Claudia Major?"}}})
//	r.Type, r.Message.Embeds, r.Message.AllowedMentions, r.Message.Pings()
//	next, err := s.PressButton(ctx, r.Message, "more:…", discordtest.Interaction{})
//	choices, err := s.Autocomplete(ctx, discordtest.Interaction{Name: "quote",
//		Options: []discordtest.Option{{Name: "speaker", Value: "pes", Focused: true}}})
//	reply, err := s.SendMessage(ctx, discordtest.UserMessage{Content: s.BotMention() + " hi"})
//	reply, err = s.SendMessage(ctx, discordtest.UserMessage{Content: "hi", DM: true})
//	s.FailNext(discordtest.RouteCallback, 429, 1) // next callback rate-limited
//	s.RateLimitNext(discordtest.RouteChannelMessage,
//		discordtest.RateLimit{RetryAfter: time.Minute, Global: true}, 1)
//	err = s.Redeliver(ctx, r)                      // the same INTERACTION_CREATE again
//	err = s.Reconnect(ctx)                         // op 7; returns once resumed (Drop: abrupt)
//
// Interact builds the INTERACTION_CREATE payload as Discord does (see
// testdata/ for the real payloads it mirrors; options are typed from the
// registered command, which it waits for, and checked as a Discord client
// would: known names, required options, lengths, choices), dispatches it
// and waits for the callback — and, after a deferral (types 5 and 6), for
// the first edit of @original. It fails with ErrNoCallback when the
// callback misses the 3-second deadline and with ErrRejected when the
// server refused what the bot sent. The Reply keeps watching: Edits and
// WaitEdit see later edits of @original in order (progress bars), Current
// the latest state, Followups and WaitFollowup the follow-ups. Message
// values are snapshots: the message as Discord would show it after each
// change, plus the JSON the bot sent (Sent) and its allowed_mentions;
// Pings says who that would notify.
//
// PressButton presses a button on a message's latest state; like a Discord
// client it refuses missing (ErrNoButton) and disabled (ErrDisabled)
// buttons, and another user's ephemeral message (ErrNotVisible). Members
// are described per interaction: Permissions (0 is none; MemberPermissions
// is a typical member; add discordgo.PermissionManageServer for a
// moderator), Roles, DM for the user's DM with the bot. AddAttachment
// serves a file for attachment options (its host is AttachmentHost, for an
// allowed-hosts list); AddChannel makes a channel (an audit channel) whose
// messages ChannelMessages and WaitMessage return.
//
// Every REST request is recorded (Requests, RequestsTo, WaitRequest), with
// the Authorization value replaced by "[redacted]" and the reason for any
// refusal in Request.Err. FailNext makes the next n requests on a route
// fail before they change anything (FailNext(RouteGateway, 503, 2): the
// first two connections fail): 429 carries Retry-After and retry_after
// (Options.RetryAfter, 50 ms); discordgo retries 502 but no other 5xx.
// RateLimitNext sends a 429 with any retry_after, and a global one
// (X-RateLimit-Global) after which the server refuses every REST request
// until it ends, marking them "sent during a global rate limit", as Discord
// counts them against the bot. A wrong token gets 401 on every REST call
// and close code 4004 on IDENTIFY; a guild the bot is not in gets 403
// Missing Access (50001) for command registration and listing. Redeliver
// dispatches an interaction again (a resume replay); UserMessage.Deleted
// deletes a question before the bot answers (a reply must set
// fail_if_not_exists false); CloseDMs makes a user refuse DMs (50007);
// reactions the bot adds are kept (Reactions). Stats counts IDENTIFYs,
// RESUMEs, heartbeats and reports the intents the bot asked for.
//
// Events reach the bot's current session; while a resumable session is
// between connections they are queued and replayed on RESUME, and when the
// bot has closed its session (a restart) they wait for the next IDENTIFY.
// A session closed with code 1000 or 1001 cannot be resumed, as on
// Discord. Close the bot's Session before the test ends (register its
// cleanup after NewServer), or discordgo keeps trying to reconnect.
//
// # Shards and HTTP delivery
//
// IDENTIFY's shard field [shard_id, shard_count] is honoured: a shard's
// READY and GUILD_CREATEs list only its guilds, and each guild's events
// (interactions, messages) go to shard (guild_id >> 22) % shard_count
// (ShardOf), DMs to shard 0. Options.Shards is what GET /gateway/bot
// recommends and the fewest shards a bot may identify with (4011 Sharding
// required otherwise). Stats().Shards says which guilds and events each
// shard got; WaitReady waits for every shard. Reconnect and Drop act on
// shard 0.
//
// UseInteractionsEndpoint(url) delivers interactions the way Discord does
// for an app with an Interactions Endpoint URL: a POST signed with
// Options.SigningKey (Ed25519 over X-Signature-Timestamp + body; the
// application object's verify_key is its public half, PublicKeyHex),
// whose HTTP response is checked as a callback. Ping sends the PING
// Discord sends when the URL is saved; SignedRequest and Sign build
// requests of one's own (bad signatures, stale timestamps).
//
// Not modelled: real rate-limit buckets and X-RateLimit headers on
// successful responses, zlib-stream transport
// compression, voice, threads, other users' reactions, the 15-minute
// interaction token lifetime, and permission checks on the bot's own
// channel posts and reactions.
package discordtest
