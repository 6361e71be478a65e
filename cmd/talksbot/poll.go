package main

import (
	"context"
	"errors"
	"fmt"
	"hash/fnv"
	"io/fs"
	"log/slog"
	"path/filepath"
	"strings"
	"time"

	"github.com/talksbot/talksbot/index"
)

// pollCorpus calls reindex when the listing of dir — the names, sizes and
// modification times of its files, hidden ones left out — differs from
// the last look, every interval until ctx is done. It complements
// watchCorpus's notifications, which a shared folder does not raise for
// changes made on another machine (NFS, SMB, most Kubernetes
// ReadWriteMany volumes): two replicas over one folder see each other's
// /source add within an interval. Looking costs a directory walk and no
// reading; a reindex of an unchanged corpus keeps its index.
func pollCorpus(ctx context.Context, dir string, every time.Duration, reindex func(context.Context) error, log *slog.Logger) {
	last, err := listing(dir)
	if err != nil {
		log.Warn("corpus poll", "dir", dir, "err", err)
	}
	log.Info("polling corpus folder", "dir", dir, "every", every)
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		cur, err := listing(dir)
		if err != nil {
			log.Warn("corpus poll", "dir", dir, "err", err)
			continue
		}
		if cur == last {
			continue
		}
		log.Debug("corpus folder changed (poll)", "dir", dir)
		switch err := reindex(ctx); {
		case errors.Is(err, index.ErrReindexRunning):
			continue // look again next time; last stays, so it retries
		case ctx.Err() != nil:
			return
		case err != nil:
			log.Error("reindex after corpus change failed; still serving the previous index", "err", err)
		}
		last = cur
	}
}

// listing is a hash of the names, sizes and modification times of the
// non-hidden files under dir.
func listing(dir string) (uint64, error) {
	h := fnv.New64a()
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if p != dir && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			return nil
		}
		info, err := d.Info()
		if err != nil {
			return nil // gone since the listing: the next look sees it
		}
		rel, _ := filepath.Rel(dir, p)
		fmt.Fprintf(h, "%s\x00%d\x00%d\n", rel, info.Size(), info.ModTime().UnixNano())
		return nil
	})
	return h.Sum64(), err
}
