// Command talksbot answers questions about the Ukraine peace talks from a
// vetted set of news articles, in the terminal (ask, topic, topics,
// sources, inspect, eval, index) and on Discord (serve).
//
// This is the only package that reads flags, builds loggers, opens the
// index and starts the bot: it wires config, corpus, index, bot and
// metrics.
//
// serve (cmd_serve.go) listens first (service.go: POST /interactions,
// /metrics, /healthz, /readyz on http.listen or metrics.listen), then
// seeds <data dir>/articles when no corpus folder is set (seed.go), opens
// the index, builds the sessions (one per shard, or an HTTP-only bot) and
// runs the bot; --watch adds the corpus watcher and, with
// corpus.poll_interval, a poller for shared folders (poll.go), and
// answers `talksbot ask` for the folder over a unix socket in the data
// directory (internal/localask), which ask tries first (cmd_ask.go).
// --version
// comes from -ldflags or the build information (version.go).
//
// On a terminal answers are in colour and wrapped, and `index` draws a
// progress bar; a pipe or a log gets plain text (console.go). An error is
// one line, "talksbot COMMAND: what went wrong; the fix" (errors.go).
package main
