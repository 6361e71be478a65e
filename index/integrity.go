package index

import (
	"bufio"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// ErrDamaged is returned for a question the index could not answer
// because its files on disk are damaged (a truncated or rewritten segment,
// a deleted folder). Live rebuilds the index when it sees it.
var ErrDamaged = errors.New("index: the index on disk is damaged")

// An on-disk index is opened read-only and never changes while it is
// served, so what its files were at open is what they must stay:
//
//   - every segment is checked against the CRC-32 that zap writes in its
//     last four bytes (of everything before them), so an index damaged at
//     rest is rebuilt rather than served. A folder lists in VERIFIED the
//     segments checked when it was written, each with its inode, size and
//     modification time; at open a segment is checked again unless it is
//     still that very file, unchanged (reading a large index in full at
//     every start of a CLI would cost more than answering);
//   - the size of every file is kept (a manifest), so a folder deleted or
//     a file truncated under a running engine is noticed by a few stat
//     calls (checkFiles), without reading the files again.
//
// Reading a segment that was truncated after it was memory-mapped raises
// SIGBUS; Live turns that into ErrDamaged for the question (see guard).

// manifest maps a file under the index folder (relative, slash-separated)
// to its size.
type manifest map[string]int64

// verifiedFile lists the segments of an index folder whose CRC-32 was
// checked when the folder was written.
const verifiedFile = "VERIFIED"

// stamp identifies a file as it was when checked: inode, size and
// modification time.
type stamp struct {
	Ino   uint64 `json:"ino"`
	Size  int64  `json:"size"`
	Mtime int64  `json:"mtime"`
}

// stampOf is info's stamp; false where the platform gives no inode.
func stampOf(info fs.FileInfo) (stamp, bool) {
	ino, ok := inode(info)
	return stamp{Ino: ino, Size: info.Size(), Mtime: info.ModTime().UnixNano()}, ok
}

// readVerified reads an index folder's VERIFIED (none when missing or
// unreadable: every segment is then checked).
func readVerified(dir string) map[string]stamp {
	b, err := os.ReadFile(filepath.Join(dir, verifiedFile))
	if err != nil {
		return nil
	}
	var v map[string]stamp
	if json.Unmarshal(b, &v) != nil {
		return nil
	}
	return v
}

// verifySegments checks every segment under bleveDir whose stamp is not
// in verified, and returns the stamps of all, to be written in VERIFIED.
func verifySegments(bleveDir string, verified map[string]stamp) (map[string]stamp, error) {
	out := map[string]stamp{}
	zaps, err := filepath.Glob(filepath.Join(bleveDir, "store", "*.zap"))
	if err != nil {
		return nil, err
	}
	for _, z := range zaps {
		info, err := os.Stat(z)
		if err != nil {
			return nil, fmt.Errorf("%w: %v", ErrDamaged, err)
		}
		st, ok := stampOf(info)
		if old, seen := verified[filepath.Base(z)]; !ok || !seen || old != st {
			if err := verifySegment(z, info.Size()); err != nil {
				return nil, fmt.Errorf("%w: %v", ErrDamaged, err)
			}
		}
		if ok {
			out[filepath.Base(z)] = st
		}
	}
	return out, nil
}

// writeVerified checks the segments of the index folder dir being written
// (those of from's VERIFIED, the same files, are not read again) and
// lists them in dir's VERIFIED.
func writeVerified(dir string, from map[string]stamp) error {
	v, err := verifySegments(filepath.Join(dir, bleveDir), from)
	if err != nil {
		return err
	}
	b, err := json.Marshal(v)
	if err != nil {
		return fmt.Errorf("index: verified: %w", err)
	}
	return writeSynced(filepath.Join(dir, verifiedFile), b)
}

// verifyIndex checks the segments under bleveDir, but for those verified
// lists unchanged, and returns the manifest of every file there (relative
// to the index folder, bleveDir's parent).
func verifyIndex(bleveDir string, verified map[string]stamp) (manifest, error) {
	m := manifest{}
	err := filepath.WalkDir(bleveDir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			return nil
		}
		info, err := d.Info()
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(filepath.Dir(bleveDir), p)
		m[filepath.ToSlash(rel)] = info.Size()
		if strings.HasSuffix(p, ".zap") {
			if st, ok := stampOf(info); ok && verified[filepath.Base(p)] == st {
				return nil
			}
			return verifySegment(p, info.Size())
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrDamaged, err)
	}
	return m, nil
}

// verifySegment compares a zap segment's content with the CRC-32 (IEEE,
// big-endian) in its last four bytes.
func verifySegment(path string, size int64) error {
	if size < 4 {
		return fmt.Errorf("segment %s: %d bytes, too short", filepath.Base(path), size)
	}
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	h := crc32.NewIEEE()
	r := bufio.NewReaderSize(f, 256<<10)
	if _, err := io.CopyN(h, r, size-4); err != nil {
		return fmt.Errorf("segment %s: %w", filepath.Base(path), err)
	}
	var stored [4]byte
	if _, err := io.ReadFull(r, stored[:]); err != nil {
		return fmt.Errorf("segment %s: %w", filepath.Base(path), err)
	}
	if got, want := h.Sum32(), binary.BigEndian.Uint32(stored[:]); got != want {
		return fmt.Errorf("segment %s: checksum %08x, the file says %08x", filepath.Base(path), got, want)
	}
	return nil
}

// sideSizes is the manifest of the files an index folder keeps beside
// bleve (see data.go).
func sideSizes(dir string) (manifest, error) {
	m := manifest{}
	for _, name := range []string{metaFile, quotesFile, docsFile} {
		info, err := os.Stat(filepath.Join(dir, name))
		if err != nil {
			return nil, fmt.Errorf("%w: %v", ErrDamaged, err)
		}
		m[name] = info.Size()
	}
	// The base DOCS may be a delta over (layered.go).
	if info, err := os.Stat(filepath.Join(dir, docsFile+baseSuffix)); err == nil {
		m[docsFile+baseSuffix] = info.Size()
	}
	return m, nil
}

// checkFiles reports whether the files of the index folder dir are still
// those of m: present, with the same sizes. It reads no file.
func (m manifest) checkFiles(dir string) error {
	for rel, size := range m {
		path := filepath.Join(dir, filepath.FromSlash(rel))
		info, err := os.Stat(path)
		switch {
		case errors.Is(err, fs.ErrNotExist):
			return fmt.Errorf("%w: %s is missing", ErrDamaged, path)
		case err != nil:
			return fmt.Errorf("%w: %v", ErrDamaged, err)
		case info.Size() != size:
			return fmt.Errorf("%w: %s is %d bytes, was %d", ErrDamaged, path, info.Size(), size)
		}
	}
	return nil
}

// Check reports whether the engine's index folder is as it was opened
// (ErrDamaged if not); always nil for an in-memory engine.
func (e *Engine) Check() error {
	if e.dir == "" || e.files == nil {
		return nil
	}
	if _, err := os.Stat(filepath.Join(e.dir, completeFile)); err != nil {
		return fmt.Errorf("%w: %s: %v", ErrDamaged, e.dir, err)
	}
	return e.files.checkFiles(e.dir)
}

// markDamaged removes the COMPLETE marker of an index folder, so that Open
// builds a new index instead of reusing it. The folder itself goes at a
// later cleanup, once no engine holds it.
func markDamaged(dir string) error {
	if dir == "" {
		return nil
	}
	err := os.Remove(filepath.Join(dir, completeFile))
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("index: mark %q damaged: %w", dir, err)
	}
	return nil
}
