package bot

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"time"

	"github.com/talksbot/talksbot/corpus"
)

// Previewed uploads wait for Confirm in memory, or, with
// ModerationOptions.PendingDir, as files in a folder every replica of the
// bot shares (the corpus folder's hidden .pending): then Confirm works
// whichever replica Discord sends the press to. A file is claimed by
// renaming it, which exactly one replica can do.

// pendingFile is a previewed upload on disk.
type pendingFile struct {
	UserID  string       `json:"user_id"`
	Name    string       `json:"name"`
	Data    []byte       `json:"data"`
	Meta    *corpus.Meta `json:"meta,omitempty"`
	Replace bool         `json:"replace,omitempty"`
	Expires time.Time    `json:"expires"`
}

// tokenPattern is what newToken makes; anything else in a custom_id is
// not a pending upload's.
var tokenPattern = regexp.MustCompile(`^[0-9a-f]{16}$`)

const pendingExt = ".json"

// holdFile writes p under token in dir, after removing expired files and,
// beyond maxPending, the oldest.
func holdFile(dir, token string, p *pendingUpload, now time.Time) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("bot: pending uploads: %w", err)
	}
	sweepPending(dir, now)
	b, err := json.Marshal(pendingFile{UserID: p.userID, Name: p.name, Data: p.data, Meta: p.meta, Replace: p.replace, Expires: p.expires})
	if err != nil {
		return fmt.Errorf("bot: pending uploads: %w", err)
	}
	tmp, err := os.CreateTemp(dir, ".tmp-")
	if err != nil {
		return fmt.Errorf("bot: pending uploads: %w", err)
	}
	_, err = tmp.Write(b)
	if err == nil {
		err = tmp.Sync()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp.Name(), filepath.Join(dir, token+pendingExt))
	}
	if err != nil {
		_ = os.Remove(tmp.Name())
		return fmt.Errorf("bot: pending uploads: %w", err)
	}
	return nil
}

// takeFile returns the upload held under token if it is userID's and
// alive, removing it; else the catalogue key saying why not. found is
// false when no replica holds it (it may be in another's memory).
func takeFile(dir, token, userID string, now time.Time) (p *pendingUpload, why string, found bool) {
	if !tokenPattern.MatchString(token) {
		return nil, "source.expired", false
	}
	path := filepath.Join(dir, token+pendingExt)
	f, err := readPending(path)
	if err != nil {
		return nil, "source.expired", false
	}
	switch {
	case now.After(f.Expires):
		_ = os.Remove(path)
		return nil, "source.expired", true
	case f.UserID != userID:
		return nil, "source.not_uploader", true
	}
	// Claim it: of two presses on two replicas, one rename wins.
	claimed := path + ".taken-" + newToken()
	if err := os.Rename(path, claimed); err != nil {
		return nil, "source.expired", true
	}
	defer os.Remove(claimed)
	if f, err = readPending(claimed); err != nil {
		return nil, "source.expired", true
	}
	return &pendingUpload{userID: f.UserID, name: f.Name, data: f.Data, meta: f.Meta, replace: f.Replace, expires: f.Expires}, "", true
}

func readPending(path string) (*pendingFile, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var f pendingFile
	if err := json.Unmarshal(b, &f); err != nil {
		return nil, err
	}
	return &f, nil
}

// sweepPending removes expired uploads, leftovers of interrupted claims
// and writes, and the oldest beyond maxPending-1 (room for one more).
func sweepPending(dir string, now time.Time) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	type held struct {
		path    string
		expires time.Time
	}
	var live []held
	for _, e := range entries {
		path := filepath.Join(dir, e.Name())
		info, err := e.Info()
		if err != nil {
			continue
		}
		if !strings.HasSuffix(e.Name(), pendingExt) {
			// A claim or a write that never finished.
			if now.Sub(info.ModTime()) > time.Hour {
				_ = os.Remove(path)
			}
			continue
		}
		f, err := readPending(path)
		if err != nil || now.After(f.Expires) {
			if !errors.Is(err, os.ErrNotExist) {
				_ = os.Remove(path)
			}
			continue
		}
		live = append(live, held{path, f.Expires})
	}
	sort.Slice(live, func(i, j int) bool { return live[i].expires.Before(live[j].expires) })
	for len(live) >= maxPending {
		_ = os.Remove(live[0].path)
		live = live[1:]
	}
}
