package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"

	"github.com/talksbot/talksbot/corpus"
	"github.com/talksbot/talksbot/index"
)

// dataDir is where indexes are kept: the configured folder, or the user
// cache directory's talksbot folder.
func (a *app) dataDir() (string, error) {
	if a.cfg.Data.Dir != "" {
		return a.cfg.Data.Dir, nil
	}
	cache, err := os.UserCacheDir()
	if err != nil {
		return "", fmt.Errorf("data dir: %w (set --data-dir)", err)
	}
	return filepath.Join(cache, "talksbot"), nil
}

// topics are the configured topics; else those the corpus folder brings in
// a topics.yaml; else nil, for the engine's defaults.
func (a *app) topics() ([]index.Topic, error) {
	if len(a.cfg.Topics) > 0 {
		out := make([]index.Topic, len(a.cfg.Topics))
		for i, t := range a.cfg.Topics {
			out[i] = index.Topic{Name: t.Name, Description: t.Description, Query: t.Query}
		}
		return out, nil
	}
	if a.cfg.Corpus.Dir == "" {
		return nil, nil
	}
	b, err := os.ReadFile(filepath.Join(a.cfg.Corpus.Dir, "topics.yaml"))
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("corpus topics: %w", err)
	}
	ts, err := index.ParseTopics(b)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", filepath.Join(a.cfg.Corpus.Dir, "topics.yaml"), err)
	}
	return ts, nil
}

// openEngine opens the answer engine over c: the index kept in the data
// directory (built there when missing or stale). When that index cannot be
// used — another process holds it, or the folder is not writable — it
// answers from an in-memory index instead, with a warning, rather than
// hang or fail.
func (a *app) openEngine(ctx context.Context, c *corpus.Corpus, progress func(index.Progress)) (*index.Engine, error) {
	if len(c.Documents) == 0 {
		where := "the embedded corpus"
		if a.cfg.Corpus.Dir != "" {
			where = a.cfg.Corpus.Dir
		}
		return nil, userErrorf("the corpus holds no readable articles in %s; add .txt, .md or .html articles (talksbot inspect says why a file is skipped)", where)
	}
	topics, err := a.topics()
	if err != nil {
		return nil, err
	}
	dir, err := a.dataDir()
	if err == nil {
		var e *index.Engine
		e, err = index.Open(ctx, index.OpenOptions{
			DataDir: dir, Corpus: c, Topics: topics, Logger: a.log, Progress: progress,
		})
		if err == nil {
			return e, nil
		}
		if ctx.Err() != nil {
			return nil, err
		}
	}
	if errors.Is(err, index.ErrLocked) {
		a.log.Warn("the index is in use by another talksbot process; answering from a temporary in-memory index", "err", err)
	} else {
		a.log.Warn("cannot keep the index on disk; answering from a temporary in-memory index", "err", err)
	}
	return index.Build(ctx, index.BuildOptions{Corpus: c, Topics: topics, Logger: a.log, Progress: progress})
}

// folder is the configured corpus as the index reads it.
func (a *app) folder() *index.Folder {
	maxSize := max(a.cfg.Sources.MaxUploadBytes, corpus.DefaultMaxFileSize)
	if a.cfg.Corpus.Dir == "" {
		return &index.Folder{FS: corpus.Default(), MaxFileSize: maxSize}
	}
	return &index.Folder{Dir: a.cfg.Corpus.Dir, MaxFileSize: maxSize}
}

// openFolder opens the index kept in the data directory for the corpus
// folder, building or rebuilding it when the files changed.
func (a *app) openFolder(ctx context.Context, progress func(index.Progress)) (*index.Engine, error) {
	dir, err := a.dataDir()
	if err != nil {
		return nil, err
	}
	topics, err := a.topics()
	if err != nil {
		return nil, err
	}
	e, err := index.Open(ctx, index.OpenOptions{DataDir: dir, Folder: a.folder(), Topics: topics, Logger: a.log, Progress: progress})
	if err != nil {
		return nil, err
	}
	if e.Stats().Documents == 0 {
		_ = e.Close()
		return nil, errors.New("no documents") // said by the corpus path
	}
	return e, nil
}

// openForCommand reads the configuration and the corpus and opens the
// engine over it, for the commands that answer from the articles. When the
// index has to be built first it says so on stderr, in one line.
func openForCommand(cmd *cobra.Command) (*app, *index.Engine, error) {
	a, err := newApp(cmd)
	if err != nil {
		return nil, nil, err
	}
	e, err := openForApp(cmd, a)
	if err != nil {
		return nil, nil, err
	}
	return a, e, nil
}

// openForApp is openForCommand with the configuration already read.
func openForApp(cmd *cobra.Command, a *app) (*index.Engine, error) {
	// The index reads the folder itself: when its files are unchanged
	// since the index was built, it only stats them.
	if e, err := a.openFolder(cmd.Context(), announceBuild(cmd.ErrOrStderr(), a)); err == nil {
		return e, nil
	} else if cmd.Context().Err() != nil {
		return nil, err
	} else {
		a.log.Debug("index from the folder", "err", err)
	}
	// Else as before: read the corpus (its errors are the user's to fix)
	// and open or build an index for it.
	c, err := a.loadCorpus(corpus.Options{})
	if err != nil {
		return nil, err
	}
	return a.openEngine(cmd.Context(), c, announceBuild(cmd.ErrOrStderr(), a))
}

// announceBuild returns a progress function that says, once, that the
// index is being built: on the first run (no data directory yet), or
// because the articles changed since the last.
func announceBuild(w io.Writer, a *app) func(index.Progress) {
	first := true
	if dir, err := a.dataDir(); err == nil {
		if entries, err := os.ReadDir(dir); err == nil && len(entries) > 0 {
			first = false
		}
	}
	said := false
	return func(p index.Progress) {
		if said || p.Phase != "indexing" {
			return
		}
		said = true
		if first {
			fmt.Fprintln(w, "talksbot: building the index (first run)…")
		} else {
			fmt.Fprintln(w, "talksbot: rebuilding the index (the articles changed)…")
		}
	}
}
