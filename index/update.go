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

	"github.com/blevesearch/bleve/v2"
	bindex "github.com/blevesearch/bleve_index_api"

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
//     brought up to date with it;
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
	ctx    context.Context
	log    *slog.Logger
	r      *corpus.Reader
	cur    string // the current index folder
	data   *indexData
	oldRaw map[string]*rawEntry
	// rawTable is the string table of the current RAW, which oldRaw's
	// entries refer to as they are written again.
	rawTable []string
	oldDocs  map[string]docEntry
	// oldDocEnc are the old entries' bytes in DOCS, written again as
	// they are for the documents unchanged.
	oldDocEnc map[string][]byte
	raw       []rawEntry // the new entries, in path order
	// pages read, and documents built, by path: the files read again.
	pages map[string]*corpus.Page
	docs  map[string]*corpus.Document
	// drops are the reprinted paragraphs of the documents built.
	drops    map[string][]corpus.Drop
	repeats  *corpus.Repeats
	progress func(Progress)
	present  map[string]bool // the paths of raw, once asked (exists)
}

// updateIndex builds the updated index of the folder in a new folder of
// opts.DataDir, names it CURRENT and opens it. changed are the files
// added, removed or changed since cur was built (m lists them all now).
func updateIndex(ctx context.Context, opts OpenOptions, cur string, m *sourceFiles, changed []string, fsys fs.FS, log *slog.Logger) (*Engine, error) {
	start := time.Now()
	u := &folderUpdate{ctx: ctx, log: log, cur: cur, progress: opts.Progress,
		pages: map[string]*corpus.Page{}, docs: map[string]*corpus.Document{}, drops: map[string][]corpus.Drop{}}
	if slices.Contains(changed, corpus.PeopleFile) {
		return nil, fmt.Errorf("%w: %s changed", errFullRebuild, corpus.PeopleFile)
	}
	data, err := readMeta(cur)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", errFullRebuild, err)
	}
	u.data = data
	raw, table, err := readRaw(cur)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", errFullRebuild, err)
	}
	if n, err := segmentCount(cur); err != nil || n >= maxSegments || float64(data.Deleted) > maxDeletedShare*float64(data.DocCount) {
		return nil, fmt.Errorf("%w: %d segments, %d records deleted by updates", errFullRebuild, n, data.Deleted)
	}
	u.r = corpus.NewReader(fsys, corpus.Options{MaxFileSize: opts.Folder.MaxFileSize})
	if u.r.PeopleFile() != data.PeopleFile {
		return nil, fmt.Errorf("%w: the people lexicon changed", errFullRebuild)
	}
	u.rawTable = table
	u.oldRaw = make(map[string]*rawEntry, len(raw))
	for i := range raw {
		u.oldRaw[raw[i].Path] = &raw[i]
	}
	read := u.toRead(m, changed)
	if len(read) > max(maxUpdateFiles, len(raw)/5) {
		return nil, fmt.Errorf("%w: %d files changed", errFullRebuild, len(read))
	}
	docs, encs, err := readDocsAt(cur)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", errFullRebuild, err)
	}
	u.oldDocs = make(map[string]docEntry, len(docs))
	u.oldDocEnc = make(map[string][]byte, len(docs))
	for i, d := range docs {
		u.oldDocs[d.ID] = d
		u.oldDocEnc[d.ID] = encs[i]
	}
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
	log.Debug("index updated", "dir", e.Dir(), "files_changed", len(read), "documents_reindexed", len(u.docs), "duration", time.Since(start))
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
		for p := range u.oldRaw {
			if sidecars[corpus.SidecarName(p)] {
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

// redo reads the files that changed and redoes the corpus-wide steps,
// reading again the files whose documents they change.
func (u *folderUpdate) redo(m *sourceFiles, read []string) error {
	isRead := map[string]bool{}
	for _, p := range read {
		isRead[p] = true
	}
	// The new entries: the files now, those read again fresh, in path
	// order.
	paths := make([]string, 0, len(m.files))
	for _, f := range m.files {
		if corpus.IsArticlePath(f.path) {
			paths = append(paths, f.path)
		}
	}
	slices.Sort(paths)
	done := 0
	u.raw = make([]rawEntry, 0, len(paths))
	for _, p := range paths {
		if !isRead[p] {
			old := u.oldRaw[p]
			if old == nil {
				return fmt.Errorf("%w: %s is not in the index", errFullRebuild, p)
			}
			u.raw = append(u.raw, *old)
			continue
		}
		x := rawEntry{Path: p}
		if err := u.readPage(&x); err != nil {
			return err
		}
		u.raw = append(u.raw, x)
		if done++; u.progress != nil {
			u.progress(Progress{Phase: "reading", Done: done, Total: len(read)})
		}
	}

	// Repeated lines: the pages whose lines cross a count that decides
	// whether they are furniture (two pages, three) are built again.
	u.repeats = corpus.NewRepeats()
	for i := range u.raw {
		if u.raw[i].Read {
			u.repeats.Add(u.raw[i].Outlet, u.raw[i].Lines)
		}
	}
	touched := map[string]map[uint64]bool{} // outlet → keys of the pages read
	mark := func(outlet string, keys []uint64) {
		if touched[outlet] == nil {
			touched[outlet] = map[uint64]bool{}
		}
		for _, k := range keys {
			touched[outlet][k] = true
		}
	}
	for _, p := range read {
		if old := u.oldRaw[p]; old != nil && old.Read {
			mark(old.Outlet, old.Lines)
		}
		if pg := u.pages[p]; pg != nil {
			x := u.entry(p)
			mark(x.Outlet, x.Lines)
		}
	}
	oldCount := map[string]map[uint64]int{}
	for _, old := range u.oldRaw {
		t := touched[old.Outlet]
		if !old.Read || t == nil {
			continue
		}
		for _, k := range old.Lines {
			if t[k] {
				if oldCount[old.Outlet] == nil {
					oldCount[old.Outlet] = map[uint64]int{}
				}
				oldCount[old.Outlet][k]++
			}
		}
	}
	for i := range u.raw {
		x := &u.raw[i]
		t := touched[x.Outlet]
		if !x.Read || t == nil || u.pages[x.Path] != nil {
			continue
		}
		now := u.repeats.Of(x.Outlet)
		for _, k := range x.Lines {
			if t[k] && min(oldCount[x.Outlet][k], 3) != min(now(k), 3) {
				if err := u.readPage(x); err != nil {
					return err
				}
				break
			}
		}
	}
	for p := range u.pages {
		u.build(u.entry(p))
	}

	// Reprinted paragraphs, in document order.
	reprints := corpus.NewReprints()
	for i := range u.raw {
		x := &u.raw[i]
		if x.Skip != "" {
			continue
		}
		doc := u.docs[x.Path]
		keys := x.Keys
		if doc != nil {
			keys = corpus.ParagraphKeys(doc)
		}
		drops := reprints.Next(x.Path, keys)
		if doc != nil {
			u.drops[x.Path] = drops
			continue
		}
		if !sameDrops(drops, x.Drops) {
			if err := u.readPage(x); err != nil {
				return err
			}
			if u.build(x); u.docs[x.Path] != nil {
				u.drops[x.Path] = drops
			}
		}
	}
	for p, doc := range u.docs {
		x := u.entry(p)
		x.Keys = corpus.ParagraphKeys(doc)
		x.Drops = nil
		for _, dr := range u.drops[p] {
			x.Drops = append(x.Drops, dr.Index)
		}
		corpus.DropParagraphs(doc, u.drops[p])
	}

	// People, merged over every document's cast.
	var casts []corpus.Cast
	for i := range u.raw {
		x := &u.raw[i]
		if x.Skip != "" {
			continue
		}
		if doc := u.docs[x.Path]; doc != nil {
			c := corpus.CastOf(doc)
			x.People, x.Quotes, x.Reported = doc.People, c.Quotes, nil
			for _, q := range doc.Reported {
				x.Reported = append(x.Reported, q.Speaker)
			}
		}
		casts = append(casts, corpus.Cast{People: x.People, Quotes: x.Quotes})
	}
	people, canonical := u.r.MergePeople(casts)
	u.data.People = people
	for i := range u.raw {
		x := &u.raw[i]
		if x.Skip != "" || u.docs[x.Path] != nil {
			continue
		}
		if !slices.Equal(finalSpeakers(x, canonical), x.Final) {
			// Filed under another name now: its quote records change.
			// Its page, paragraphs and cast are as before.
			kept := *x
			if err := u.readPage(x); err != nil {
				return err
			}
			u.build(x)
			if doc := u.docs[x.Path]; doc != nil {
				drops := make([]corpus.Drop, len(kept.Drops))
				for j, at := range kept.Drops {
					// Only Document.Skipped names the other article,
					// and the index keeps none of it.
					drops[j] = corpus.Drop{Index: at, Other: "another article"}
				}
				corpus.DropParagraphs(doc, drops)
				x.Keys, x.Drops, x.People, x.Quotes, x.Reported = kept.Keys, kept.Drops, kept.People, kept.Quotes, kept.Reported
			}
		}
	}
	for p, doc := range u.docs {
		corpus.Rename(doc, canonical)
		u.entry(p).setRecords(doc)
	}
	return u.ctx.Err()
}

// unchanged reports whether the files read again gave what they gave
// before, so that the index stays as it is.
func (u *folderUpdate) unchanged() bool {
	if len(u.raw) != len(u.oldRaw) {
		return false
	}
	for p := range u.pages {
		old := u.oldRaw[p]
		if old == nil {
			return false
		}
		if encodeRawEntry(old) != encodeRawEntry(u.entry(p)) {
			return false
		}
		if doc := u.docs[p]; doc != nil && docHash(doc) != u.oldDocs[p].Hash {
			return false
		}
	}
	return true
}

// entry is the new entry of the file at path.
func (u *folderUpdate) entry(path string) *rawEntry {
	i, ok := slices.BinarySearchFunc(u.raw, path, func(x rawEntry, p string) int { return cmpString(x.Path, p) })
	if !ok {
		panic("index: update: no entry for " + path)
	}
	return &u.raw[i]
}

// readPage reads the file of x again and keeps its page for building.
func (u *folderUpdate) readPage(x *rawEntry) error {
	if err := u.ctx.Err(); err != nil {
		return err
	}
	*x = rawEntry{Path: x.Path}
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
// counted over the whole corpus.
func (u *folderUpdate) build(x *rawEntry) {
	pg := u.pages[x.Path]
	if pg == nil {
		return
	}
	doc, err := pg.Document(u.repeats.Of(x.Outlet))
	if err != nil {
		x.Skip = err.Error()
		delete(u.docs, x.Path)
		return
	}
	x.Skip = ""
	u.docs[x.Path] = doc
}

func sameDrops(drops []corpus.Drop, at []int) bool {
	if len(drops) != len(at) {
		return false
	}
	for i, d := range drops {
		if d.Index != at[i] {
			return false
		}
	}
	return true
}

// finalSpeakers are the names x's quote records are filed under by
// canonical.
func finalSpeakers(x *rawEntry, canonical func(string) string) []string {
	var out []string
	name := func(s string) string {
		if s == "" {
			return ""
		}
		return canonical(s)
	}
	for _, q := range x.Quotes {
		out = append(out, name(q.Name))
	}
	for _, s := range x.Reported {
		out = append(out, name(s))
	}
	return out
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
	side, err := u.apply(filepath.Join(tmp, bleveDir))
	if err != nil {
		return fail(err)
	}
	if err := writeSide(tmp, side); err != nil {
		return fail(err)
	}
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
	cleanup(opts.DataDir, filepath.Base(final), u.log)
	return openDir(u.ctx, final, opts, u.log)
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

// apply changes the cloned index in path: one batch deletes the records
// of the documents read again (and of those removed) and adds their new
// ones. It returns the side data of the updated index.
func (u *folderUpdate) apply(path string) (*sideData, error) {
	if err := registerLemmaFilter(); err != nil {
		return nil, fmt.Errorf("index: lemma filter: %w", err)
	}
	idx, err := bleve.OpenUsing(path, map[string]interface{}{
		"bolt_timeout":           lockWait,
		"scorchMergePlanOptions": map[string]interface{}{"MaxSegmentSize": mergeLimit},
	})
	if err != nil {
		return nil, fmt.Errorf("index: update: open: %w", err)
	}
	side, err := u.applyTo(idx)
	if cerr := idx.Close(); err == nil && cerr != nil {
		err = fmt.Errorf("index: update: close: %w", cerr)
	}
	if err != nil {
		return nil, err
	}
	if err := pruneSegments(path); err != nil {
		return nil, err
	}
	return side, nil
}

func (u *folderUpdate) applyTo(idx bleve.Index) (*sideData, error) {
	an := idx.Mapping().AnalyzerNamed(analyzerName)
	if an == nil {
		return nil, fmt.Errorf("index: analyzer %q missing", analyzerName)
	}
	// The terms the batch may add or take from each field: those of the
	// records it deletes, read before, and of those it adds.
	cand := map[string]map[string]bool{}
	addTerms := func(field, text string, analysed bool) {
		if cand[field] == nil {
			cand[field] = map[string]bool{}
		}
		if !analysed {
			cand[field][text] = true // a keyword, even "", is one term
			return
		}
		for _, tok := range an.Analyze([]byte(text)) {
			cand[field][string(tok.Term)] = true
		}
	}
	lower := lowerCounts{}
	if old, err := readLower(u.cur); err == nil {
		lower = old
	} else {
		return nil, fmt.Errorf("%w: %v", errFullRebuild, err)
	}
	batch := idx.NewBatch()
	deleted, added := 0, 0
	// What is deleted: every record of the documents read again and of
	// those removed, unless a document read again is the same as before.
	var gone []*rawEntry
	for p, old := range u.oldRaw {
		if old.Skip != "" {
			continue
		}
		if _, ok := u.pages[p]; ok || !u.exists(p) {
			gone = append(gone, old)
		}
	}
	slices.SortFunc(gone, func(a, b *rawEntry) int { return cmpString(a.Path, b.Path) })
	same := map[string]bool{}
	for _, old := range gone {
		if doc := u.docs[old.Path]; doc != nil && docHash(doc) == u.oldDocs[old.Path].Hash {
			same[old.Path] = true // touched, read again, the same
			continue
		}
		var texts []string
		for _, id := range old.recordIDs() {
			b, err := readStored(idx, id)
			if err != nil {
				return nil, fmt.Errorf("%w: %v", errFullRebuild, err)
			}
			if id[0] == 'p' {
				r, err := decodePassage(b)
				if err != nil {
					return nil, err
				}
				addTerms(fieldText, r.text, true)
				addTerms(fieldSection, r.src.Section, true)
				texts = append(texts, r.text)
			} else {
				r, err := decodeQuote(b)
				if err != nil {
					return nil, err
				}
				addTerms(fieldQuote, r.quote.Text, true)
				addTerms(fieldContext, r.context, true)
				addTerms(fieldSpeakerKey, speakerKey(r.quote), false)
			}
			batch.Delete(id)
			deleted++
		}
		lower.addDoc(texts, -1)
	}
	paths := make([]string, 0, len(u.docs))
	for p := range u.docs {
		paths = append(paths, p)
	}
	slices.Sort(paths)
	for _, p := range paths {
		if same[p] {
			continue
		}
		doc := u.docs[p]
		recs := recordsOf(doc)
		var texts []string
		for i := range recs.passages {
			r := &recs.passages[i]
			if err := batch.Index(passageKey(doc.ID, r.src.Paragraph, i), passageDoc(r)); err != nil {
				return nil, fmt.Errorf("index: %s passage %d: %w", doc.ID, i, err)
			}
			addTerms(fieldText, r.text, true)
			addTerms(fieldSection, r.src.Section, true)
			texts = append(texts, r.text)
			added++
		}
		for j := range recs.quotes {
			q := &recs.quotes[j]
			if err := batch.Index(quoteKey(doc.ID, q.quote.Source.Paragraph, j), quoteDoc(q)); err != nil {
				return nil, fmt.Errorf("index: %s quote %d: %w", doc.ID, j, err)
			}
			addTerms(fieldQuote, q.quote.Text, true)
			addTerms(fieldContext, q.context, true)
			addTerms(fieldSpeakerKey, speakerKey(q.quote), false)
			added++
		}
		lower.addDoc(texts, 1)
	}
	if u.progress != nil {
		u.progress(Progress{Phase: "indexing", Done: 0, Total: added})
	}
	before := map[string]map[string]int{}
	for f, ts := range cand {
		before[f] = map[string]int{}
		for t := range ts {
			before[f][t] = termCount(idx, f, t)
		}
	}
	if batch.Size() > 0 {
		if err := u.ctx.Err(); err != nil {
			return nil, err
		}
		if err := idx.Batch(batch); err != nil {
			return nil, fmt.Errorf("index: update: batch: %w", err)
		}
	}
	if u.progress != nil {
		u.progress(Progress{Phase: "indexing", Done: added, Total: added})
	}
	d := u.data
	d.DocCount += added - deleted
	d.Deleted += deleted
	card := make(map[string]int, len(d.Cardinality))
	for f, n := range d.Cardinality {
		card[f] = n
	}
	ghosts := map[string]bool{}
	for _, g := range d.Ghosts {
		ghosts[g] = true
	}
	for f, ts := range cand {
		for t := range ts {
			b, a := before[f][t], termCount(idx, f, t)
			switch {
			case b == 0 && a > 0:
				card[f]++
			case b > 0 && a == 0:
				card[f]--
			}
			if f == fieldText {
				switch {
				case a > 0:
					delete(ghosts, t)
				case b > 0:
					ghosts[t] = true
				}
			}
		}
	}
	d.Cardinality = card
	d.Ghosts = d.Ghosts[:0]
	for g := range ghosts {
		d.Ghosts = append(d.Ghosts, g)
	}
	slices.Sort(d.Ghosts)
	return u.sideData(lower)
}

// exists reports whether the file at path is still an entry.
func (u *folderUpdate) exists(path string) bool {
	if u.present == nil {
		u.present = make(map[string]bool, len(u.raw))
		for i := range u.raw {
			u.present[u.raw[i].Path] = true
		}
	}
	return u.present[path]
}

// readStored reads the stored record of a bleve document.
func readStored(idx bleve.Index, id string) ([]byte, error) {
	doc, err := idx.Document(id)
	if err != nil {
		return nil, fmt.Errorf("index: read %q: %w", id, err)
	}
	if doc == nil {
		return nil, fmt.Errorf("index: read %q: %w", id, errCorrupt)
	}
	var b []byte
	doc.VisitFields(func(f bindex.Field) {
		if f.Name() == fieldRec {
			b = f.Value()
		}
	})
	if b == nil {
		return nil, fmt.Errorf("index: read %q: %w", id, errCorrupt)
	}
	return b, nil
}

// sideData is the updated index's data: documents, counts, speakers and
// their lists, people, fingerprint.
func (u *folderUpdate) sideData(lower lowerCounts) (*sideData, error) {
	d := u.data
	s := &sideData{data: d, direct: map[string][]qentry{}, reported: map[string][]qentry{}, lower: lower, raw: u.raw, rawTable: u.rawTable}
	d.Documents, d.Passages, d.Quotes = 0, 0, 0
	var hashes [][32]byte
	var skipped []docEntry
	// Speakers whose lists change: those of the documents read again and
	// removed, before and after.
	changedSpeaker := map[string]bool{}
	for p, old := range u.oldRaw {
		if _, ok := u.pages[p]; ok || !u.exists(p) {
			for _, s := range old.Final {
				changedSpeaker[s] = true
			}
		}
	}
	for p := range u.pages {
		for _, s := range u.entry(p).Final {
			changedSpeaker[s] = true
		}
	}
	tally := map[string]*speakerTally{}
	ord := 0
	for i := range u.raw {
		x := &u.raw[i]
		if x.Skip != "" {
			skipped = append(skipped, skipEntry(x.Path, x.Skip))
			continue
		}
		var e docEntry
		var enc []byte
		if doc := u.docs[x.Path]; doc != nil {
			e = entryOf(doc)
		} else {
			e, enc = u.oldDocs[x.Path], u.oldDocEnc[x.Path]
		}
		s.docs = append(s.docs, e)
		s.docsEnc = append(s.docsEnc, enc)
		hashes = append(hashes, e.Hash)
		d.Documents++
		d.Passages += e.Passages
		d.Quotes += e.Quotes + e.Reported
		for j, name := range x.Final {
			if name == "" {
				continue
			}
			t := tally[name]
			if t == nil {
				t = &speakerTally{}
				tally[name] = t
			}
			reported := j >= len(x.Quotes)
			if reported {
				t.reports++
			} else {
				if t.quotes == 0 {
					t.first = x.Quotes[j].Role
				}
				t.quotes++
				if !slices.Contains(t.roles, x.Quotes[j].Role) {
					t.roles = append(t.roles, x.Quotes[j].Role)
				}
			}
			if changedSpeaker[name] {
				q := qentry{date: x.Date, ord: ord, n: j, id: quoteKey(x.Path, x.QuoteParas[j], j)}
				if reported {
					s.reported[name] = append(s.reported[name], q)
				} else {
					s.direct[name] = append(s.direct[name], q)
				}
			}
		}
		ord++
	}
	// Files skipped that are no articles (a people.yaml that could not be
	// used) are as they were.
	for id, e := range u.oldDocs {
		if e.Skip != "" && !corpus.IsArticlePath(id) {
			skipped = append(skipped, e)
		}
	}
	slices.SortFunc(skipped, func(a, b docEntry) int { return cmpString(a.ID, b.ID) })
	s.docs = append(s.docs, skipped...)
	for _, l := range s.direct {
		sortNewestFirst(l)
	}
	for _, l := range s.reported {
		sortNewestFirst(l)
	}
	// The lists of the other speakers are as they were.
	qf, err := os.Open(filepath.Join(u.cur, quotesFile))
	if err != nil {
		return nil, fmt.Errorf("%w: %v", errFullRebuild, err)
	}
	defer qf.Close()
	old := &quoteLists{file: qf, data: &indexData{Speakers: d.Speakers}}
	speakers := map[string]speakerMeta{}
	for name, t := range tally {
		speakers[name] = speakerMeta{Quotes: t.quotes, Reports: t.reports, First: t.first, Roles: t.roles}
		if changedSpeaker[name] {
			continue
		}
		om := d.Speakers[name]
		for _, reported := range []bool{false, true} {
			n := om.Quotes
			if reported {
				n = om.Reports
			}
			ids, err := old.first(name, reported, n)
			if err != nil {
				return nil, err
			}
			l := make([]qentry, len(ids))
			for k, id := range ids {
				l[k] = qentry{id: id}
			}
			if reported {
				s.reported[name] = l
			} else {
				s.direct[name] = l
			}
		}
	}
	d.Speakers = speakers
	d.Fingerprint = fingerprintOf(hashes, d.People, d.PeopleFile)
	d.LowerUse = lowerUse(lower, nameWords(peopleOf(d.People, d.Speakers)))
	d.Acronyms = acronymsFrom(lower)
	return s, nil
}

// readDocsAt reads the document entries of the index folder dir, and
// each entry's bytes.
func readDocsAt(dir string) ([]docEntry, [][]byte, error) {
	b, err := os.ReadFile(filepath.Join(dir, docsFile))
	if err != nil {
		return nil, nil, fmt.Errorf("index: documents: %w", err)
	}
	return decodeDocSpans(b, true)
}
