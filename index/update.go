package index

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/talksbot/talksbot/corpus"
)

// An update brings the index of a Folder up to date when a few files
// changed, without reading the others or indexing everything again:
//
//  1. the changed files (and the articles whose sidecars changed) are read;
//  2. the corpus-wide steps are redone over what every file left in RAW,
//     and the files whose documents they change are read again too: pages
//     of an outlet whose repeated lines cross a threshold, documents whose
//     reprinted paragraphs change, documents whose speakers are now filed
//     under another name;
//  3. a new index folder is made beside the current one from hard links to
//     its segments (which are never written again) and a copy of the rest,
//     and one batch deletes the changed documents' records and adds their
//     new ones; the BM25 statistics, people, quote lists and the rest are
//     brought up to date with it, RAW and DOCS written as a delta of the
//     entries changed over the whole files of an earlier folder (linked,
//     layered.go) while the delta is small;
//  4. the folder is marked COMPLETE and named by CURRENT, as a build is, so
//     a crash at any moment leaves the previous index or the new one.
//
// The answers are those of a full build of the same files (the tests
// build both and compare). A change of the people lexicon (people.yaml),
// of the program or of the read limit rebuilds everything, as does one
// touching many files, or an index that updates have left with many
// segments or many deleted records.

// errFullRebuild says an update is not possible or not worth it.
var errFullRebuild = errors.New("index: a full rebuild is needed")

// Limits past which a change is indexed by a full rebuild.
const (
	// maxUpdateFiles: an update reads at most this many files, or a
	// fifth of the corpus if that is more.
	maxUpdateFiles = 200
	// maxSegments: updates add a segment each (small ones are merged);
	// past this many, a rebuild makes one again.
	maxSegments = 12
	// maxDeletedShare: records an update deletes stay in their segment,
	// read past by every search, until a rebuild.
	maxDeletedShare = 0.2
	// mergeLimit: segments of fewer records than half this may be merged
	// while an update runs; the large segment of a build never is.
	mergeLimit = 20000
)

// folderUpdate is one update under way.
type folderUpdate struct {
	ctx  context.Context
	log  *slog.Logger
	r    *corpus.Reader
	cur  string // the current index folder
	data *indexData
	// old are the current RAW's entries, in path order, lazy (raw_view.go)
	// until an update needs one whole.
	old []rawEntry
	// rawTable is the string table of the current RAW, which old's
	// entries refer to as they are written again.
	rawTable []string
	// rawBase is the whole RAW the current one is or is a delta over.
	rawBase *rawBase
	// oldDocs are the current DOCS entries, with their bytes, written
	// again as they are for the documents unchanged.
	oldDocs *oldDocs
	// docsBase is the whole DOCS the current one is or is a delta over.
	docsBase *docsBase
	raw      []rawEntry // the new entries, in path order
	// read are the files changed (read again, or removed), in path
	// order; removed those of them that are gone.
	read, removed []string
	// pages read, and documents built, by path: the files read again.
	pages map[string]*corpus.Page
	docs  map[string]*corpus.Document
	// drops are the reprinted paragraphs of the documents built.
	drops map[string][]corpus.Drop
	// lines counts, by outlet, the pages of the new entries holding a
	// short line, for the lines counted (update_steps.go).
	lines    lineCounts
	progress func(Progress)
	times    *phases
}

// updateIndex builds the updated index of the folder in a new folder of
// opts.DataDir, names it CURRENT and opens it. changed are the files
// added, removed or changed since cur was built (m lists them all now).
func updateIndex(ctx context.Context, opts OpenOptions, cur string, m *sourceFiles, changed []string, fsys fs.FS, log *slog.Logger, times *phases) (*Engine, error) {
	start := time.Now()
	u := &folderUpdate{ctx: ctx, log: log, cur: cur, progress: opts.Progress, times: times,
		pages: map[string]*corpus.Page{}, docs: map[string]*corpus.Document{}, drops: map[string][]corpus.Drop{}}
	if slices.Contains(changed, corpus.PeopleFile) {
		return nil, fmt.Errorf("%w: %s changed", errFullRebuild, corpus.PeopleFile)
	}
	data, err := readMeta(cur)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", errFullRebuild, err)
	}
	u.data = data
	times.mark("meta")
	// The reader (its word lists and lexicon) is made while RAW and DOCS
	// are read.
	reader := make(chan *corpus.Reader, 1)
	go func() { reader <- corpus.NewReader(fsys, corpus.Options{MaxFileSize: opts.Folder.MaxFileSize}) }()
	defer func() {
		if u.r == nil {
			<-reader // done with fsys before the caller closes it
		}
	}()
	raw, table, base, err := readRaw(cur)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", errFullRebuild, err)
	}
	if n, err := segmentCount(cur); err != nil || n >= maxSegments || float64(data.Deleted) > maxDeletedShare*float64(data.DocCount) {
		return nil, fmt.Errorf("%w: %d segments, %d records deleted by updates", errFullRebuild, n, data.Deleted)
	}
	u.rawTable, u.old, u.rawBase = table, raw, base
	times.mark("raw")
	read := u.toRead(m, changed)
	if len(read) > max(maxUpdateFiles, len(raw)/5) {
		return nil, fmt.Errorf("%w: %d files changed", errFullRebuild, len(read))
	}
	if u.oldDocs, u.docsBase, err = readOldDocs(cur); err != nil {
		return nil, fmt.Errorf("%w: %v", errFullRebuild, err)
	}
	times.mark("docs")
	u.r = <-reader
	if u.r.PeopleFile() != data.PeopleFile {
		return nil, fmt.Errorf("%w: the people lexicon changed", errFullRebuild)
	}
	times.mark("reader")
	if err := u.redo(m, read); err != nil {
		return nil, err
	}
	if u.unchanged() {
		// Touched, read again, the same: the next open need only stat
		// them.
		if err := writeBeside(cur, sourcesFile, m.encode()); err != nil {
			return nil, err
		}
		if s := opts.Served; s != nil && s.Dir() == cur && s.Check() == nil {
			return s, nil
		}
		return openDir(ctx, cur, opts, log)
	}
	e, err := u.write(opts, m)
	if err != nil {
		return nil, err
	}
	log.Debug("index updated", "dir", e.Dir(), "files_changed", len(read), "documents_reindexed", len(u.docs), "duration", time.Since(start), times.attr())
	return e, nil
}

// toRead are the article files to read again: those changed, added or
// removed, and those whose sidecar did.
func (u *folderUpdate) toRead(m *sourceFiles, changed []string) []string {
	set := map[string]bool{}
	sidecars := map[string]bool{}
	for _, p := range changed {
		if corpus.IsArticlePath(p) {
			set[p] = true
		} else if strings.HasSuffix(p, corpus.SidecarSuffix) {
			sidecars[p] = true
		}
	}
	if len(sidecars) > 0 {
		for _, f := range m.files {
			if corpus.IsArticlePath(f.path) && sidecars[corpus.SidecarName(f.path)] {
				set[f.path] = true
			}
		}
		for i := range u.old {
			if p := u.old[i].Path; sidecars[corpus.SidecarName(p)] {
				set[p] = true
			}
		}
	}
	out := make([]string, 0, len(set))
	for p := range set {
		out = append(out, p)
	}
	slices.Sort(out)
	return out
}

// unchanged reports whether the files read again gave what they gave
// before, so that the index stays as it is.
func (u *folderUpdate) unchanged() bool {
	if len(u.raw) != len(u.old) {
		return false
	}
	for p := range u.pages {
		old := u.oldEntry(p)
		if old == nil || old.load(u.rawTable) != nil {
			return false
		}
		if encodeRawEntry(old) != encodeRawEntry(u.entry(p)) {
			return false
		}
		if doc := u.docs[p]; doc != nil && docHash(doc) != u.oldDocs.hashOf(p) {
			return false
		}
	}
	return true
}

// entry is the new entry of the file at path.
func (u *folderUpdate) entry(path string) *rawEntry {
	x := findEntry(u.raw, path)
	if x == nil {
		panic("index: update: no entry for " + path)
	}
	return x
}

// oldEntry is the current entry of the file at path, nil if none.
func (u *folderUpdate) oldEntry(path string) *rawEntry { return findEntry(u.old, path) }

func findEntry(rs []rawEntry, path string) *rawEntry {
	i, ok := slices.BinarySearchFunc(rs, path, func(x rawEntry, p string) int { return cmpString(x.Path, p) })
	if !ok {
		return nil
	}
	return &rs[i]
}

// readPage reads the file of x again and keeps its page for building.
func (u *folderUpdate) readPage(x *rawEntry) error {
	if err := u.ctx.Err(); err != nil {
		return err
	}
	*x = newRawEntry(x.Path)
	pg, err := u.r.ReadPage(x.Path)
	if err != nil {
		x.Skip = err.Error()
		u.pages[x.Path] = nil
		delete(u.docs, x.Path)
		return nil
	}
	x.Read, x.Outlet, x.Lines = true, pg.Outlet(), pg.LineKeys()
	u.pages[x.Path] = pg
	return nil
}

// build builds the document of a page read, with the repeated lines
// counted over the whole corpus (countLines has counted them).
func (u *folderUpdate) build(x *rawEntry) {
	pg := u.pages[x.Path]
	if pg == nil {
		return
	}
	doc, err := pg.Document(u.lines.of(x.Outlet))
	if err != nil {
		x.Skip = err.Error()
		delete(u.docs, x.Path)
		return
	}
	x.Skip = ""
	u.docs[x.Path] = doc
}

// write makes the updated index folder and opens it.
func (u *folderUpdate) write(opts OpenOptions, m *sourceFiles) (*Engine, error) {
	tmp, unlock, err := newTmp(opts.DataDir)
	if err != nil {
		return nil, err
	}
	defer unlock()
	fail := func(err error) (*Engine, error) {
		_ = os.RemoveAll(tmp)
		return nil, err
	}
	if err := cloneIndex(filepath.Join(u.cur, bleveDir), filepath.Join(tmp, bleveDir)); err != nil {
		return fail(err)
	}
	u.times.mark("clone")
	side, err := u.apply(filepath.Join(tmp, bleveDir))
	if err != nil {
		return fail(err)
	}
	u.times.mark("apply")
	if err := writeSide(tmp, side); err != nil {
		return fail(err)
	}
	u.times.mark("side")
	if err := writeSynced(filepath.Join(tmp, sourcesFile), m.encode()); err != nil {
		return fail(err)
	}
	// The segments shared with the current index were checked when it
	// was written; the new ones are checked now.
	if err := writeVerified(tmp, readVerified(u.cur)); err != nil {
		return fail(err)
	}
	fp := side.data.Fingerprint
	if err := writeSynced(filepath.Join(tmp, completeFile), []byte(fp+"\n")); err != nil {
		return fail(err)
	}
	if err := syncDir(tmp); err != nil {
		return fail(err)
	}
	final := filepath.Join(opts.DataDir, fmt.Sprintf("%s%s-%d", indexPrefix, fp[:16], time.Now().UnixNano()))
	if err := os.Rename(tmp, final); err != nil {
		return fail(fmt.Errorf("index: update: %w", err))
	}
	if err := syncDir(opts.DataDir); err != nil {
		return nil, err
	}
	if err := setCurrent(opts.DataDir, filepath.Base(final)); err != nil {
		return nil, err
	}
	u.times.mark("finish")
	cleanup(opts.DataDir, filepath.Base(final), u.log)
	u.times.mark("cleanup")
	e, err := openDir(u.ctx, final, opts, u.log)
	u.times.mark("open")
	return e, err
}

// cloneIndex makes dst a copy of the bleve index in src: its segments,
// which scorch never writes again, as hard links; the rest (its root and
// metadata) copied.
func cloneIndex(src, dst string) error {
	return filepath.WalkDir(src, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, p)
		to := filepath.Join(dst, rel)
		if d.IsDir() {
			return os.MkdirAll(to, 0o755)
		}
		if strings.HasSuffix(p, ".zap") {
			if err := os.Link(p, to); err == nil {
				return nil
			}
		}
		return copyFile(p, to)
	})
}

func copyFile(src, dst string) error {
	in, err := os.Open(src)
	if err != nil {
		return fmt.Errorf("index: copy: %w", err)
	}
	defer in.Close()
	out, err := os.OpenFile(dst, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return fmt.Errorf("index: copy: %w", err)
	}
	if _, err := io.Copy(out, in); err != nil {
		_ = out.Close()
		return fmt.Errorf("index: copy: %w", err)
	}
	if err := out.Sync(); err != nil {
		_ = out.Close()
		return fmt.Errorf("index: copy: %w", err)
	}
	return out.Close()
}

// segmentCount is how many segment files the index in dir has.
func segmentCount(dir string) (int, error) {
	zaps, err := filepath.Glob(filepath.Join(dir, bleveDir, "store", "*.zap"))
	return len(zaps), err
}
