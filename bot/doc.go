// Package bot is talksbot's Discord face: slash commands, mentions and DMs
// answered with the same answer engine as the CLI. discordgo stays inside
// this package.
//
// # How the parts fit
//
// A Bot (New, Options) holds a Discord session (the small Discord
// interface, satisfied by *discordgo.Session; NewSession builds one that
// talks to discord.api_url), an Answerer (the engine: *index.Engine or a
// live-swapping index), and a list of Commands. Run opens the gateway,
// bulk-overwrites the command definitions (per guild when GuildIDs are
// set, else globally, removing the application's commands from scopes it
// no longer targets) and answers until its context ends, then drains
// in-flight replies (cancelling what is left after DrainTimeout) and
// closes the session. A first connection that fails on the network or a
// 5xx is retried with backoff; a refused token (ErrBadToken) or a guild
// the bot cannot register in (ErrMissingAccess) ends Run with what to do
// (connect.go, register.go).
//
// # Gateway, HTTP, shards
//
// Interactions arrive over the gateway (HandleInteraction, from the
// session's INTERACTION_CREATE), or at the HTTP interactions endpoint
// (InteractionsHandler, interactions.go) once the application's
// Interactions Endpoint URL points at it — then Discord sends them there
// only. Both go through the same dispatcher; the only difference is where
// the first reply goes: the callback route for the gateway, the HTTP
// response for the endpoint (a respondFunc). The endpoint checks the
// Ed25519 signature of timestamp+body against Options.PublicKey before
// anything else (401 otherwise, nothing processed or logged as handled),
// refuses stale timestamps and large bodies, and answers PING itself.
// Deferred work continues over REST with the bot token, as for the
// gateway, so an HTTP-only bot (Options.HTTPOnly: no websocket, no
// mentions or DMs) keeps no state between requests: any number of them
// behind a load balancer answer alike, and a button pressed under one
// reply may reach another process. Uploads waiting for Confirm are kept
// in ModerationOptions.PendingDir, a folder the replicas share (pending.go).
//
// NewSessions builds one gateway session per shard (discord.shard_count,
// discord.shard_id; RecommendedShards asks GET /gateway/bot for "auto")
// sharing one HTTP client and rate limiter; Options.Gateways takes them,
// Run opens them MaxConcurrency at a time, IdentifyInterval apart, and
// Ready reports whether every one is connected.
//
// # Metrics
//
// An Observer (observe.go; the metrics package implements it with
// Prometheus) is told about every interaction (command, outcome,
// transport, latency), each question the articles do not answer, each
// REST error and 429 (routes with ids and tokens replaced, RouteTemplate),
// each gateway reconnect and each rebuild's result and duration.
//
// # Rate limits and deadlines
//
// discordgo's own rate-limit handling sleeps without bound; it is off, and
// restlimit.go's transport under the session does it instead: waits only
// as long as the request's context allows, a bounded number of retries, a
// global 429 holding every REST call. The dispatcher gives each call the
// deadline Discord would enforce (3 s for the first callback, 15 minutes
// for edits and follow-ups; 30 s for a message reply), so a rate-limited
// reply is given up rather than sent too late. Interactions and messages
// are remembered by id for 5 minutes (recent.go): one a resumed session
// replays is answered once.
//
// # Adding a command
//
// One file per command, e.g. cmd_reindex.go, with a constructor that
// captures its dependencies and returns a Command:
//
//	func ReindexCommand(deps ...) bot.Command {
//		return bot.Command{
//			Definition: &discordgo.ApplicationCommand{Name: "reindex", ...},
//			Handle: func(ctx context.Context, req *bot.Request) (*bot.Response, error) {
//				req.Update(ctx, &bot.Response{Content: "10 %"}) // progress edits
//				return &bot.Response{Content: "done"}, nil       // final reply
//			},
//			Components: map[string]bot.Handler{"srcok": confirm}, // custom_id "srcok:..."
//			Defer: true, // acknowledge (type 5 / 6) before Handle runs
//		}
//	}
//
// and pass it in Options.Extra. Handlers return a *Response; the
// dispatcher (dispatch.go) sends it — as the first reply, the edit of a
// deferred one, or, for a button, the update of the message it sits on
// (Response.NewMessage sends a new message instead, e.g. a private
// refusal). The dispatcher also: routes components by the custom_id part
// before the first ':'; defers on its own when a handler takes longer than
// Options.DeferAfter; applies the per-user rate limit to commands with
// Limited set; recovers a panic into a friendly error; turns a returned
// error into a friendly private message (the chain goes to the log); sets
// allowed_mentions {"parse": []} on every reply, edit and message; cuts
// every reply to Discord's limits (fit.go); and logs one line per
// interaction (command, guild, user, latency, outcome). Request.Update
// edits the reply in place (deferring first if needed) for progress; the
// handler's return value is still the final reply. While the bot shuts
// down, in-flight handlers finish and new interactions get a short
// "restarting" note.
// Request gives the parsed options (String, Bool, Int, Attachment,
// Subcommand, Focused), who acted (UserID, Member, GuildID) and the
// Session for extra messages (e.g. an audit channel).
//
// Mentions of the bot and DMs (mention.go) get the same answer as /ask, as
// a reply to the message (sent even if the message was deleted meanwhile);
// they need no privileged intent (Intents). A mention over the rate limit
// is told so privately: by DM, or with a reaction when DMs are closed.
//
// # Replies
//
// Answers are rendered once, by index.RenderIn, into an index.Reply; this
// package only turns that Reply into Discord embeds (view.go): it escapes
// corpus text and user input (Markdown and mentions) and lays the answer
// out in pages sized for a phone — at most three quotes or passages and
// 1,200 characters of embed text, a long passage trimmed to the sentences
// that answer (trim.go), compact citations. "‹ Back"/"Next ›" page
// through the rest; the custom_id carries the asker and the page, the
// embed footer carries the question (in any of the bot's languages), so
// buttons keep working after a restart. More than three suggested topics
// are a select menu. fit.go still cuts any reply to Discord's limits.
//
// # Languages
//
// The bot's own words come from internal/i18n's catalogue in the
// language of the interaction's locale (Request.Lang): uk, de, else
// English; command definitions get their descriptions and uk/de
// localizations from it (locale.go). Article text is never translated.
// Preview (preview.go) answers a command without Discord, for tools that
// draw replies (cmd/preview).
package bot
