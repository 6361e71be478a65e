// Command talksbot answers questions about the Ukraine peace talks from a
// vetted set of news articles, in the terminal (ask, topic, topics,
// sources, inspect, eval, index) and on Discord (serve).
//
// This is the only package that reads flags, builds loggers, opens the
// index and starts the bot: it wires config, corpus, index and bot.
//
// On a terminal answers are in colour and wrapped, and `index` draws a
// progress bar; a pipe or a log gets plain text (console.go). An error is
// one line, "talksbot COMMAND: what went wrong; the fix" (errors.go).
package main
