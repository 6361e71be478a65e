// Command talksbot answers questions about the Ukraine peace talks from a
// vetted set of news articles, in the terminal (ask, topics, inspect, eval,
// index) and on Discord (serve).
//
// This is the only package that reads flags, builds loggers, opens the
// index and starts the bot: it wires config, corpus, index and bot.
package main
