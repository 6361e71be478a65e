package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"

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

// topics are the configured topics, or nil for the engine's defaults.
func (a *app) topics() []index.Topic {
	if len(a.cfg.Topics) == 0 {
		return nil
	}
	out := make([]index.Topic, len(a.cfg.Topics))
	for i, t := range a.cfg.Topics {
		out[i] = index.Topic{Name: t.Name, Description: t.Description, Query: t.Query}
	}
	return out
}

// openEngine opens the answer engine over c: the index kept in the data
// directory (built there when missing or stale). When that index cannot be
// used — another process holds it, or the folder is not writable — it
// answers from an in-memory index instead, with a warning, rather than
// hang or fail.
func (a *app) openEngine(ctx context.Context, c *corpus.Corpus, progress func(index.Progress)) (*index.Engine, error) {
	if len(c.Documents) == 0 {
		return nil, errors.New("the corpus holds no readable articles")
	}
	dir, err := a.dataDir()
	if err == nil {
		var e *index.Engine
		e, err = index.Open(ctx, index.OpenOptions{
			DataDir: dir, Corpus: c, Topics: a.topics(), Logger: a.log, Progress: progress,
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
	return index.Build(ctx, index.BuildOptions{Corpus: c, Topics: a.topics(), Logger: a.log, Progress: progress})
}
