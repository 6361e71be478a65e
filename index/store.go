package index

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/search"
	bolt "go.etcd.io/bbolt"

	"github.com/talksbot/talksbot/corpus"
)

// OpenOptions say where the on-disk index lives and what it must hold.
type OpenOptions struct {
	DataDir  string
	Corpus   *corpus.Corpus
	Topics   []Topic
	Logger   *slog.Logger
	Progress func(Progress)
	// Folder, when Corpus is nil, is read by Open itself: an unchanged
	// corpus is then recognised by stat'ing its files (see Folder).
	Folder *Folder

	// Served, when set, is the engine serving now (Live's refresh): when
	// its index is still the one for the corpus, Open returns it as is.
	Served *Engine

	keep *corpus.Corpus // the corpus the caller gave, for repairs
}

// ErrLocked is returned by Open when another process holds the index.
var ErrLocked = errors.New("index: index is in use by another process")

// On-disk layout under the data directory:
//
//	CURRENT                       names the live index folder
//	index-<fp16>-<unixnano>/      a complete index
//	    bleve/                    the bleve (scorch) index
//	    META, QUOTES, DOCS        what answering needs of the whole corpus (data.go)
//	    SOURCES, RAW              the files it was read from, and what each gave the
//	                              corpus-wide steps, when read from a Folder (folder.go, raw.go)
//	    RAW.base, DOCS.base       when an update wrote RAW or DOCS as a delta: the whole
//	                              file it is a delta over, a hard link (layered.go)
//	    LOWER                     the passages' lower-case words (raw.go)
//	    VERIFIED                  the segments checked when it was written (integrity.go)
//	    COMPLETE                  the full fingerprint, written after a clean close
//	    LOCK                      flocked by its builder until the engine is open
//	.tmp-<random>/                a tmp- folder being made, until it is locked
//	tmp-<random>/                 a build in progress (or left by a crash)
//	    LOCK                      flocked by the builder while it runs
//	CURRENT.<random>.tmp          CURRENT being replaced
const (
	currentFile  = "CURRENT"
	completeFile = "COMPLETE"
	lockFile     = "LOCK"
	bleveDir     = "bleve"
	indexPrefix  = "index-"
	tmpPrefix    = "tmp-"
	// stagingPrefix names a tmp- folder while it is made (newTmp).
	stagingPrefix = ".tmp-"
)

// staleAge is how old a folder or temporary file must be before cleanup
// takes it for a crash's leftover when no lock tells: a tmp- folder
// between its creation and its builder's lock, or any on a platform
// without flock.
const staleAge = 10 * time.Minute

// lockWait is how long Open waits for another process's lock on an index.
const lockWait = "500ms"

// Open returns an engine over the index kept in opts.DataDir, reusing it
// when it was built from the same corpus and schema, and building a new one
// otherwise. A new index is built in a tmp- folder, closed cleanly, marked
// COMPLETE, renamed into place and only then named by CURRENT, so a crash
// at any moment leaves either the previous index or the new one live,
// never a half-written one.
func Open(ctx context.Context, opts OpenOptions) (*Engine, error) {
	if opts.Corpus == nil && opts.Folder == nil {
		return nil, ErrNoCorpus
	}
	log := opts.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	if opts.DataDir == "" {
		return nil, errors.New("index: open: no data directory")
	}
	if err := os.MkdirAll(opts.DataDir, 0o755); err != nil {
		return nil, fmt.Errorf("index: open: %w", err)
	}
	if opts.Corpus == nil {
		return openFolder(ctx, opts, log)
	}
	opts.keep = opts.Corpus
	fp := Fingerprint(opts.Corpus)
	if e, err := reuseCurrent(ctx, opts, fp, log); e != nil || err != nil {
		return e, err
	}
	dir, unlock, err := buildDir(ctx, opts, fp, log)
	if err != nil {
		return nil, err
	}
	// The new folder stays locked until its engine holds it open, so that
	// no other process's cleanup takes it for a leftover meanwhile.
	defer unlock()
	if err := setCurrent(opts.DataDir, filepath.Base(dir)); err != nil {
		return nil, err
	}
	cleanup(opts.DataDir, filepath.Base(dir), log)
	return openDir(ctx, dir, opts, log)
}

// reuseCurrent returns the engine over the index CURRENT names when it
// is complete and built for fingerprint fp (served itself, when it is
// the one given), else nil.
func reuseCurrent(ctx context.Context, opts OpenOptions, fp string, log *slog.Logger) (*Engine, error) {
	dir, ok := currentIndex(opts.DataDir, fp)
	if !ok {
		return nil, nil
	}
	if s := opts.Served; s != nil && s.Dir() == dir && s.Check() == nil {
		return s, nil
	}
	e, err := openDir(ctx, dir, opts, log)
	if err == nil {
		log.Debug("index reused", "dir", dir)
		cleanup(opts.DataDir, filepath.Base(dir), log)
		if opts.Progress != nil {
			n := e.data.Passages
			opts.Progress(Progress{Phase: "done", Done: n, Total: n})
		}
		return e, nil
	}
	if errors.Is(err, ErrLocked) {
		return nil, err
	}
	log.Warn("index unusable, rebuilding", "dir", dir, "err", err)
	return nil, nil
}

// newTmp makes a tmp- folder in dataDir, locked against cleanup until
// unlock is called. It is made under a hidden name (stagingPrefix),
// locked, and only then renamed: so a tmp- folder always holds its LOCK,
// and one a crash left is told from one a build is starting at once.
func newTmp(dataDir string) (tmp string, unlock func(), err error) {
	var rnd [8]byte
	_, _ = rand.Read(rnd[:])
	name := hex.EncodeToString(rnd[:])
	staging := filepath.Join(dataDir, stagingPrefix+name)
	if err := os.Mkdir(staging, 0o755); err != nil {
		return "", nil, fmt.Errorf("index: build: %w", err)
	}
	unlock, err = lockDir(staging)
	if err != nil {
		_ = os.RemoveAll(staging)
		return "", nil, err
	}
	tmp = filepath.Join(dataDir, tmpPrefix+name)
	if err := os.Rename(staging, tmp); err != nil {
		unlock()
		_ = os.RemoveAll(staging)
		return "", nil, fmt.Errorf("index: build: %w", err)
	}
	return tmp, unlock, nil
}

// finish marks the index built in tmp COMPLETE for fingerprint fp and
// renames it into place; it stays locked (unlock) until opened.
func finish(dataDir, tmp, fp string) (string, error) {
	if err := writeSynced(filepath.Join(tmp, completeFile), []byte(fp+"\n")); err != nil {
		return "", err
	}
	if err := syncDir(tmp); err != nil {
		return "", err
	}
	final := filepath.Join(dataDir, fmt.Sprintf("%s%s-%d", indexPrefix, fp[:16], time.Now().UnixNano()))
	if err := os.Rename(tmp, final); err != nil {
		return "", fmt.Errorf("index: build: %w", err)
	}
	if err := syncDir(dataDir); err != nil {
		return "", err
	}
	return final, nil
}

// currentIndex returns the folder CURRENT names when it is complete and
// built for fingerprint fp.
func currentIndex(dataDir, fp string) (string, bool) {
	b, err := os.ReadFile(filepath.Join(dataDir, currentFile))
	if err != nil {
		return "", false
	}
	name := strings.TrimSpace(string(b))
	if !strings.HasPrefix(name, indexPrefix+fp[:16]+"-") || strings.ContainsAny(name, `/\`) {
		return "", false
	}
	dir := filepath.Join(dataDir, name)
	mark, err := os.ReadFile(filepath.Join(dir, completeFile))
	if err != nil || strings.TrimSpace(string(mark)) != fp {
		return "", false
	}
	return dir, true
}

// openDir opens the complete index in dir, read-only: a served index never
// changes (no merges, no new files), which lets Check notice any change to
// it, and lets two processes serve it at once. Its segments are checked
// first (see integrity.go).
func openDir(ctx context.Context, dir string, opts OpenOptions, log *slog.Logger) (*Engine, error) {
	path := filepath.Join(dir, bleveDir)
	files, err := verifyIndex(path, readVerified(dir))
	if err != nil {
		return nil, fmt.Errorf("index: open %q: %w", dir, err)
	}
	// The index's analyzer names the lemma filter; bleve looks it up in
	// its registry while opening.
	if err := registerLemmaFilter(); err != nil {
		return nil, fmt.Errorf("index: lemma filter: %w", err)
	}
	data, err := readMeta(dir)
	if err != nil {
		return nil, fmt.Errorf("index: open %q: %w: %w", dir, ErrDamaged, err)
	}
	lx, err := lexiconOf(data.PeopleFile)
	if err != nil {
		return nil, fmt.Errorf("index: open %q: %w", dir, err)
	}
	sides, err := sideSizes(dir)
	if err != nil {
		return nil, fmt.Errorf("index: open %q: %w", dir, err)
	}
	for k, v := range sides {
		files[k] = v
	}
	idx, err := bleve.OpenUsing(path, map[string]interface{}{"bolt_timeout": lockWait, "read_only": true})
	if err != nil {
		if errors.Is(err, bolt.ErrTimeout) || strings.Contains(err.Error(), bolt.ErrTimeout.Error()) {
			return nil, fmt.Errorf("%w: %s", ErrLocked, dir)
		}
		return nil, fmt.Errorf("index: open %q: %w", dir, err)
	}
	// A cheap integrity check: an index that lost documents (as one built
	// by an early version could) is rebuilt, not trusted.
	if n, err := idx.DocCount(); err != nil || n != uint64(data.DocCount) {
		_ = idx.Close()
		return nil, fmt.Errorf("index: open %q: holds %d documents, want %d (%v)", dir, n, data.DocCount, err)
	}
	e, err := newEngine(idx, data, lx, opts.Topics, log)
	if err != nil {
		_ = idx.Close()
		return nil, err
	}
	e.bm25 = &search.BM25Stats{DocCount: float64(data.DocCount), FieldCardinality: data.Cardinality}
	if e.stored, err = newStoredReader(idx); err != nil {
		_ = e.Close()
		return nil, fmt.Errorf("index: open %q: %w", dir, err)
	}
	qf, err := os.Open(filepath.Join(dir, quotesFile))
	if err != nil {
		_ = e.Close()
		return nil, fmt.Errorf("index: open %q: %w: %w", dir, ErrDamaged, err)
	}
	e.lists = &quoteLists{file: qf, data: data}
	df, err := os.Open(filepath.Join(dir, docsFile))
	if err != nil {
		_ = e.Close()
		return nil, fmt.Errorf("index: open %q: %w: %w", dir, ErrDamaged, err)
	}
	e.docs = &docSource{file: df}
	if bf, err := os.Open(filepath.Join(dir, docsFile+baseSuffix)); err == nil {
		e.docs.base = bf
	}
	e.corpus, e.folder = opts.keep, opts.Folder
	if err := ctx.Err(); err != nil {
		_ = e.Close()
		return nil, err
	}
	e.dir, e.files = dir, files
	return e, nil
}

// buildDir builds a complete index folder and returns its path, still
// locked against cleanup until unlock is called.
func buildDir(ctx context.Context, opts OpenOptions, fp string, log *slog.Logger) (dir string, unlock func(), err error) {
	tmp, unlock, err := newTmp(opts.DataDir)
	if err != nil {
		return "", nil, err
	}
	fail := func(err error) (string, func(), error) {
		_ = os.RemoveAll(tmp)
		unlock()
		return "", nil, err
	}
	side, err := buildInto(ctx, filepath.Join(tmp, bleveDir), opts.Corpus, opts.Progress)
	if err != nil {
		return fail(err)
	}
	if err := writeSide(tmp, side); err != nil {
		return fail(err)
	}
	if err := writeVerified(tmp, nil); err != nil {
		return fail(err)
	}
	if err := writeSynced(filepath.Join(tmp, completeFile), []byte(fp+"\n")); err != nil {
		return fail(err)
	}
	if err := syncDir(tmp); err != nil {
		return fail(err)
	}
	final := filepath.Join(opts.DataDir, fmt.Sprintf("%s%s-%d", indexPrefix, fp[:16], time.Now().UnixNano()))
	if err := os.Rename(tmp, final); err != nil {
		return fail(fmt.Errorf("index: build: %w", err))
	}
	if err := syncDir(opts.DataDir); err != nil {
		unlock()
		return "", nil, err
	}
	return final, unlock, nil
}

// buildInto builds a complete on-disk index of c in dir (which must not
// exist yet), merged into one segment, closed (so persisted) and pruned,
// and returns the data to keep beside it.
// finishBuild ends a build whose documents are in idx (err says how
// adding them went): one segment, the BM25 statistics counted into side,
// the index closed, and segment files its snapshot no longer reads
// removed.
func finishBuild(ctx context.Context, dir string, idx bleve.Index, side *sideData, err error) error {
	if err == nil {
		err = compact(ctx, idx)
	}
	if err == nil {
		err = countStats(idx, side.data)
	}
	if cerr := idx.Close(); err == nil && cerr != nil {
		err = fmt.Errorf("index: close: %w", cerr)
	}
	if err == nil {
		err = pruneSegments(dir)
	}
	return err
}

func buildInto(ctx context.Context, dir string, c *corpus.Corpus, progress func(Progress)) (*sideData, error) {
	idx, err := newIndex(dir)
	if err != nil {
		return nil, err
	}
	side := newData(c)
	if err := finishBuild(ctx, dir, idx, side, indexCorpus(ctx, idx, c, progress)); err != nil {
		return nil, err
	}
	if progress != nil {
		progress(Progress{Phase: "done", Done: side.data.Passages, Total: side.data.Passages})
	}
	return side, nil
}

// compact merges the new index into one segment before it is closed: it
// is served read-only (see openDir), so no merge happens later, and one
// segment answers faster than the several a build leaves.
func compact(ctx context.Context, idx bleve.Index) error {
	adv, err := idx.Advanced()
	if err != nil {
		return fmt.Errorf("index: compact: %w", err)
	}
	sc, ok := adv.(*scorch.Scorch)
	if !ok {
		return nil
	}
	// The merge maps every segment: the heap the build no longer uses
	// goes back to the system first, so that the two do not add up.
	debug.FreeOSMemory()
	// One force merge merges at most ten segments per task, so a large
	// build (a segment per batch) may be left with a few: merge again.
	for range 4 {
		if err := sc.ForceMerge(ctx, nil); err != nil {
			return fmt.Errorf("index: compact: %w", err)
		}
		if n, err := segmentsIn(idx); err != nil || n <= 1 {
			break
		}
	}
	// ForceMerge returns once the merged segment is in use, not once it is
	// on disk, and Close does not wait for that. A batch does: this one
	// returns once a root holding the merged segment is persisted.
	if err := idx.SetInternal([]byte("talksbot:compacted"), []byte("1")); err != nil {
		return fmt.Errorf("index: compact: %w", err)
	}
	return nil
}

// pruneSegments removes the segment files the index in path no longer
// uses: those the compaction replaced, which scorch deletes in the
// background (and keeps while older snapshots it retains name them), so
// Close may leave them. Served read-only, the folder would keep them for
// good, and every open would check them.
func pruneSegments(path string) error {
	idx, err := bleve.OpenUsing(path, map[string]interface{}{"bolt_timeout": lockWait, "read_only": true})
	if err != nil {
		return fmt.Errorf("index: build: reopen: %w", err)
	}
	used, err := segmentFiles(idx)
	if cerr := idx.Close(); err == nil && cerr != nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("index: build: %w", err)
	}
	store := filepath.Join(path, "store")
	entries, err := os.ReadDir(store)
	if err != nil {
		return fmt.Errorf("index: build: %w", err)
	}
	for _, ent := range entries {
		if name := ent.Name(); strings.HasSuffix(name, ".zap") && !used[name] {
			if err := os.Remove(filepath.Join(store, name)); err != nil {
				return fmt.Errorf("index: build: %w", err)
			}
		}
	}
	return nil
}

// segmentsIn counts the segments of idx's current snapshot.
func segmentsIn(idx bleve.Index) (int, error) {
	adv, err := idx.Advanced()
	if err != nil {
		return 0, err
	}
	r, err := adv.Reader()
	if err != nil {
		return 0, err
	}
	defer r.Close()
	snap, ok := r.(*scorch.IndexSnapshot)
	if !ok {
		return 0, fmt.Errorf("unexpected index reader %T", r)
	}
	return len(snap.Segments()), nil
}

// segmentFiles names the segment files idx's current snapshot reads.
func segmentFiles(idx bleve.Index) (map[string]bool, error) {
	adv, err := idx.Advanced()
	if err != nil {
		return nil, err
	}
	r, err := adv.Reader()
	if err != nil {
		return nil, err
	}
	defer r.Close()
	snap, ok := r.(*scorch.IndexSnapshot)
	if !ok {
		return nil, fmt.Errorf("unexpected index reader %T", r)
	}
	used := map[string]bool{}
	for _, seg := range snap.Segments() {
		p, ok := seg.Segment().(interface{ Path() string })
		if !ok {
			return nil, errors.New("a segment is not on disk")
		}
		used[filepath.Base(p.Path())] = true
	}
	return used, nil
}

// setCurrent points CURRENT at name atomically: write a temporary file of
// its own (processes may set CURRENT at the same moment), fsync it, rename
// it over CURRENT, fsync the folder.
func setCurrent(dataDir, name string) error {
	f, err := os.CreateTemp(dataDir, currentFile+".*.tmp")
	if err != nil {
		return fmt.Errorf("index: set current: %w", err)
	}
	if err := writeFileSynced(f, []byte(name+"\n")); err != nil {
		_ = os.Remove(f.Name())
		return err
	}
	if err := os.Rename(f.Name(), filepath.Join(dataDir, currentFile)); err != nil {
		_ = os.Remove(f.Name())
		return fmt.Errorf("index: set current: %w", err)
	}
	return syncDir(dataDir)
}

func writeSynced(path string, data []byte) error {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o644)
	if err != nil {
		return fmt.Errorf("index: write %q: %w", path, err)
	}
	return writeFileSynced(f, data)
}

// writeFileSynced writes data to f, fsyncs and closes it.
func writeFileSynced(f *os.File, data []byte) error {
	path := f.Name()
	if _, err := f.Write(data); err != nil {
		_ = f.Close()
		return fmt.Errorf("index: write %q: %w", path, err)
	}
	if err := f.Sync(); err != nil {
		_ = f.Close()
		return fmt.Errorf("index: sync %q: %w", path, err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("index: close %q: %w", path, err)
	}
	return nil
}

func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return fmt.Errorf("index: sync %q: %w", dir, err)
	}
	defer d.Close()
	if err := d.Sync(); err != nil {
		return fmt.Errorf("index: sync %q: %w", dir, err)
	}
	return nil
}

// cleanup removes tmp- folders (builds a crash left behind), index-
// folders other than keep and CURRENT temporaries a crash left, except
// what a process still uses: the engine being replaced by a live reindex,
// another process serving from the same data directory, a build running
// elsewhere (its LOCK is held; a tmp- folder too young to hold its LOCK
// yet is left alone). Those go at a later cleanup. Failures are logged,
// never fatal: a leftover folder wastes space but is never used.
func cleanup(dataDir, keep string, log *slog.Logger) {
	entries, err := os.ReadDir(dataDir)
	if err != nil {
		log.Warn("index cleanup", "err", err)
		return
	}
	for _, ent := range entries {
		name := ent.Name()
		path := filepath.Join(dataDir, name)
		if !ent.IsDir() {
			if strings.HasPrefix(name, currentFile+".") && strings.HasSuffix(name, ".tmp") && olderThan(path, staleAge) {
				_ = os.Remove(path)
			}
			continue
		}
		if name == keep {
			continue
		}
		if strings.HasPrefix(name, stagingPrefix) {
			// A crash between making a tmp- folder and locking it.
			if !inUse(path) && olderThan(path, staleAge) {
				_ = os.RemoveAll(path)
			}
			continue
		}
		if strings.HasPrefix(name, tmpPrefix) || strings.HasPrefix(name, indexPrefix) {
			if inUse(path) {
				log.Debug("index cleanup: in use, kept for now", "dir", name)
				continue
			}
			if strings.HasPrefix(name, tmpPrefix) && !olderThan(path, staleAge) {
				if _, err := os.Stat(filepath.Join(path, lockFile)); err != nil || !canLock {
					log.Debug("index cleanup: build may be starting, kept for now", "dir", name)
					continue
				}
			}
			if err := os.RemoveAll(path); err != nil {
				log.Warn("index cleanup", "dir", name, "err", err)
			}
		}
	}
}

// olderThan reports whether path was last modified more than age ago.
func olderThan(path string, age time.Duration) bool {
	st, err := os.Stat(path)
	return err == nil && time.Since(st.ModTime()) > age
}
