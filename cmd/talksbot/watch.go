package main

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"path/filepath"
	"strings"
	"time"

	"github.com/fsnotify/fsnotify"

	"github.com/talksbot/talksbot/index"
)

// defaultDebounce is how long the corpus folder must stay quiet before a
// watch-triggered reindex starts: long enough for an editor's save or a
// copied batch of files, short enough to feel immediate.
const defaultDebounce = 2 * time.Second

// watchCorpus calls reindex after files under dir change, once the folder
// has been quiet for debounce. Hidden entries (the .trash folder, an
// upload's temporary file) are ignored. A reindex already running
// (index.ErrReindexRunning) is retried after the next quiet period; other
// reindex errors are logged and watching goes on. It returns when ctx is
// done.
func watchCorpus(ctx context.Context, dir string, debounce time.Duration, reindex func(context.Context) error, log *slog.Logger) error {
	if debounce <= 0 {
		debounce = defaultDebounce
	}
	w, err := fsnotify.NewWatcher()
	if err != nil {
		return fmt.Errorf("watch %s: %w", dir, err)
	}
	defer w.Close()
	if err := addTree(w, dir); err != nil {
		return fmt.Errorf("watch %s: %w", dir, err)
	}
	log.Info("watching corpus folder", "dir", dir, "debounce", debounce)

	timer := time.NewTimer(debounce)
	timer.Stop()
	for {
		select {
		case <-ctx.Done():
			return nil
		case ev, ok := <-w.Events:
			if !ok {
				return nil
			}
			if hiddenUnder(dir, ev.Name) {
				continue
			}
			if ev.Has(fsnotify.Create) {
				// A new subfolder must be watched too; files copied into
				// it before the watch starts are covered by the reindex.
				_ = addTree(w, ev.Name)
			}
			log.Debug("corpus changed", "path", ev.Name, "op", ev.Op.String())
			timer.Reset(debounce)
		case err, ok := <-w.Errors:
			if !ok {
				return nil
			}
			// An overflow loses events, so treat it as a change.
			log.Warn("corpus watch", "err", err)
			timer.Reset(debounce)
		case <-timer.C:
			err := reindex(ctx)
			switch {
			case errors.Is(err, index.ErrReindexRunning):
				log.Info("corpus changed during a reindex; trying again shortly")
				timer.Reset(debounce)
			case ctx.Err() != nil:
				return nil
			case err != nil:
				log.Error("reindex after corpus change failed; still serving the previous index", "err", err)
			}
		}
	}
}

// indexCheckEvery is how often --watch looks at the served index's files
// (a few stat calls, no reading).
const indexCheckEvery = 30 * time.Second

// watchIndex calls check (Live.Check) every interval until ctx is done.
// A missing or damaged index folder is rebuilt by Live itself; this only
// makes sure it is noticed even when the corpus does not change and no
// question happens to read a damaged part.
func watchIndex(ctx context.Context, every time.Duration, check func() error, log *slog.Logger) {
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			if err := check(); errors.Is(err, index.ErrDamaged) {
				log.Warn("the index folder is missing or damaged; rebuilding it", "err", err)
			}
		}
	}
}

// addTree watches root and every non-hidden folder below it.
func addTree(w *fsnotify.Watcher, root string) error {
	return filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			if p == root {
				return err
			}
			return nil
		}
		if !d.IsDir() {
			return nil
		}
		if p != root && strings.HasPrefix(d.Name(), ".") {
			return filepath.SkipDir
		}
		return w.Add(p)
	})
}

// hiddenUnder reports whether p, below root, has a hidden element.
func hiddenUnder(root, p string) bool {
	rel, err := filepath.Rel(root, p)
	if err != nil {
		return false
	}
	for _, part := range strings.Split(filepath.ToSlash(rel), "/") {
		if strings.HasPrefix(part, ".") && part != "." {
			return true
		}
	}
	return false
}
