package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/talksbot/talksbot/corpus"
)

// articlesDir is the folder under the data directory that holds the
// articles when no corpus folder is configured: serve seeds it from the
// embedded articles, so that moderators can add and remove articles with
// no configuration at all.
const articlesDir = "articles"

// defaultCorpus is <data dir>/articles.
func (a *app) defaultCorpus() (string, error) {
	dir, err := a.dataDir()
	if err != nil {
		return "", err
	}
	return filepath.Join(dir, articlesDir), nil
}

// useDefaultCorpus points the commands at <data dir>/articles when no
// corpus folder is configured and serve has made one, so that `talksbot
// ask` answers from what Discord members get. Until then they read the
// embedded articles.
func (a *app) useDefaultCorpus() {
	if a.cfg.Corpus.Dir != "" {
		return
	}
	dir, err := a.defaultCorpus()
	if err != nil {
		return
	}
	if st, err := os.Stat(dir); err == nil && st.IsDir() {
		a.cfg.Corpus.Dir = dir
	}
}

// seedCorpus makes dir hold the embedded articles if it does not exist
// yet; an existing folder is left as it is, even empty (its articles are
// the moderators' now). The copy is made beside it and renamed into
// place, so a crash leaves either no folder or a whole one. It reports
// whether it seeded.
func seedCorpus(dir string) (bool, error) {
	if _, err := os.Stat(dir); err == nil {
		return false, nil
	} else if !errors.Is(err, fs.ErrNotExist) {
		return false, fmt.Errorf("articles folder: %w", err)
	}
	parent := filepath.Dir(dir)
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return false, fmt.Errorf("articles folder: %w", err)
	}
	tmp, err := os.MkdirTemp(parent, ".seed-")
	if err != nil {
		return false, fmt.Errorf("articles folder: %w", err)
	}
	defer os.RemoveAll(tmp) // after the rename, nothing is left to remove
	src := corpus.Default()
	err = fs.WalkDir(src, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || p == "." {
			return err
		}
		dst := filepath.Join(tmp, filepath.FromSlash(p))
		if d.IsDir() {
			return os.Mkdir(dst, 0o755)
		}
		b, err := fs.ReadFile(src, p)
		if err != nil {
			return err
		}
		return writeSynced(dst, b)
	})
	if err != nil {
		return false, fmt.Errorf("articles folder: copy the embedded articles: %w", err)
	}
	if err := os.Chmod(tmp, 0o755); err != nil {
		return false, fmt.Errorf("articles folder: %w", err)
	}
	if err := os.Rename(tmp, dir); err != nil {
		if _, serr := os.Stat(dir); serr == nil {
			return false, nil // another process seeded it meanwhile
		}
		return false, fmt.Errorf("articles folder: %w", err)
	}
	if d, err := os.Open(parent); err == nil {
		_ = d.Sync()
		_ = d.Close()
	}
	return true, nil
}

func writeSynced(path string, b []byte) error {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return err
	}
	if _, err := f.Write(b); err != nil {
		f.Close()
		return err
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
