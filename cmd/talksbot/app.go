package main

import (
	"fmt"
	"log/slog"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/talksbot/talksbot/config"
	"github.com/talksbot/talksbot/corpus"
)

// app is what every subcommand needs: the effective config and a logger.
type app struct {
	cfg *config.Config
	log *slog.Logger
}

// flagKeys maps persistent and local flags to config keys.
var flagKeys = map[string]string{
	"corpus":    "corpus.dir",
	"data-dir":  "data.dir",
	"log-level": "log.level",
	"mode":      "discord.mode",
	"listen":    "http.listen",
}

// newApp loads the configuration for cmd, honouring its flags.
func newApp(cmd *cobra.Command) (*app, error) {
	flags := map[string]*pflag.Flag{}
	for name, key := range flagKeys {
		if f := cmd.Flags().Lookup(name); f != nil {
			flags[key] = f
		}
	}
	file, _ := cmd.Flags().GetString("config")
	cfg, err := config.Load(config.Options{File: file, Flags: flags})
	if err != nil {
		return nil, err
	}
	log := newLogger(cmd.ErrOrStderr(), cfg.Log)
	// Warnings are said here, once: in serve's log, or as a plain line
	// for a person at the terminal.
	for _, w := range cfg.Warnings {
		if cmd.Name() == "serve" {
			log.Warn("config: " + w)
		} else {
			fmt.Fprintln(cmd.ErrOrStderr(), "talksbot: warning:", w)
		}
	}
	a := &app{cfg: cfg, log: log}
	if cmd.Name() != "config" && cmd.Name() != "serve" { // serve seeds the folder first
		a.useDefaultCorpus()
	}
	return a, nil
}

// loadCorpus reads the configured corpus folder, or the embedded articles.
func (a *app) loadCorpus(opts corpus.Options) (*corpus.Corpus, error) {
	// An article a moderator may upload must also be read back (issue 5).
	if opts.MaxFileSize == 0 {
		opts.MaxFileSize = max(a.cfg.Sources.MaxUploadBytes, corpus.DefaultMaxFileSize)
	}
	if a.cfg.Corpus.Dir == "" {
		return corpus.LoadFS(corpus.Default(), opts)
	}
	c, err := corpus.LoadWith(a.cfg.Corpus.Dir, opts)
	if err != nil {
		return nil, corpusError(a.cfg.Corpus.Dir, err)
	}
	return c, nil
}
