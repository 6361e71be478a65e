package index

import (
	"fmt"
	"hash/maphash"
	"slices"

	"github.com/talksbot/talksbot/corpus"
)

// The corpus-wide steps of reading (corpus/steps.go), redone by an update
// for what the files read change, and only that: a step looks at the keys
// (short lines, paragraphs, people's names) the changed files hold, or
// held, in one pass over the other entries, instead of counting every key
// of the corpus again. A file whose document a step changes is read
// again, and the later steps see it as changed too.

// redo reads the files that changed and redoes the corpus-wide steps,
// reading again the files whose documents they change.
func (u *folderUpdate) redo(m *sourceFiles, read []string) error {
	u.read = read
	isRead := make(map[string]bool, len(read))
	for _, p := range read {
		isRead[p] = true
	}
	// The new entries, in path order: the current ones but those of the
	// files read, walked side by side with them, and those read fresh
	// where the file is still there.
	present := make(map[string]bool, len(read))
	articles := 0        // in the folder now
	var now, kept uint64 // sums of their paths' hashes, and of the entries'
	seed := maphash.MakeSeed()
	for i := range m.files {
		p := m.files[i].path
		if !corpus.IsArticlePath(p) {
			continue
		}
		articles++
		now += maphash.String(seed, p)
		if isRead[p] {
			present[p] = true
		}
	}
	for _, p := range read {
		if !present[p] {
			u.removed = append(u.removed, p)
		}
	}
	done := 0
	u.raw = make([]rawEntry, 0, articles)
	o := 0
	for _, p := range read {
		for ; o < len(u.old) && u.old[o].Path < p; o++ {
			u.raw = append(u.raw, u.old[o])
		}
		if o < len(u.old) && u.old[o].Path == p {
			o++
		}
		if !present[p] {
			continue
		}
		x := newRawEntry(p)
		if err := u.readPage(&x); err != nil {
			return err
		}
		u.raw = append(u.raw, x)
		if done++; u.progress != nil {
			u.progress(Progress{Phase: "reading", Done: done, Total: len(read)})
		}
	}
	u.raw = append(u.raw, u.old[o:]...)
	// The entries are those of the folder's articles, no more, no fewer
	// (an index whose RAW lost or kept one the folder says otherwise of
	// is built again).
	for i := range u.raw {
		kept += maphash.String(seed, u.raw[i].Path)
	}
	if len(u.raw) != articles || kept != now {
		return fmt.Errorf("%w: RAW holds %d files, the folder %d articles", errFullRebuild, len(u.raw), articles)
	}
	u.times.mark("read")
	if err := u.redoRepeats(isRead); err != nil {
		return err
	}
	u.times.mark("repeats")
	if err := u.redoReprints(); err != nil {
		return err
	}
	u.times.mark("reprints")
	if err := u.redoPeople(false); err != nil {
		return err
	}
	u.times.mark("people")
	return u.ctx.Err()
}

// lineCounts counts, by outlet, the pages holding each short line, for
// the lines counted so far.
type lineCounts map[string]map[uint64]int

// of gives the count of a line of a page of outlet; the line must have
// been counted.
func (c lineCounts) of(outlet string) func(key uint64) int {
	m := c[outlet]
	return func(k uint64) int {
		n, ok := m[k]
		if !ok {
			panic(fmt.Sprintf("index: update: line %x of %q not counted", k, outlet))
		}
		return n
	}
}

func (c lineCounts) add(outlet string, k uint64, n int) {
	m := c[outlet]
	if m == nil {
		m = map[uint64]int{}
		c[outlet] = m
	}
	m[k] += n
}

// changedPaths are the files read, and those removed, in no order.
func (u *folderUpdate) changedPaths() []string {
	out := slices.Clone(u.read)
	for p := range u.pages {
		if _, ok := slices.BinarySearch(u.read, p); !ok {
			out = append(out, p)
		}
	}
	return out
}

// redoRepeats redoes the repeated lines: the lines of the pages read, and
// of those the files changed held, are counted again over every page of
// their outlet; a page not read holding one whose count crosses what
// decides whether it is furniture (two pages, three) is read again; then
// the pages read are built.
func (u *folderUpdate) redoRepeats(isRead map[string]bool) error {
	touched := map[string]map[uint64]bool{} // outlet → lines
	mark := func(outlet string) func(uint64) {
		t := touched[outlet]
		if t == nil {
			t = map[uint64]bool{}
			touched[outlet] = t
		}
		return func(k uint64) { t[k] = true }
	}
	for _, p := range u.read {
		if old := u.oldEntry(p); old != nil && old.Read {
			old.lines(mark(old.Outlet))
		}
		if x := findEntry(u.raw, p); x != nil && x.Read {
			x.lines(mark(x.Outlet))
		}
	}
	// The counts before, over the current entries, and the pages not
	// read holding a line touched.
	before := lineCounts{}
	for o, t := range touched {
		for k := range t {
			before.add(o, k, 0)
		}
	}
	var holders []string
	for i := range u.old {
		x := &u.old[i]
		t := touched[x.Outlet]
		if !x.Read || t == nil {
			continue
		}
		hit := false
		x.lines(func(k uint64) {
			if t[k] {
				before[x.Outlet][k]++
				hit = true
			}
		})
		if hit && !isRead[x.Path] {
			holders = append(holders, x.Path)
		}
	}
	// The counts now: those of the files read are as they read now.
	u.lines = lineCounts{}
	for o, m := range before {
		for k, n := range m {
			u.lines.add(o, k, n)
		}
	}
	for _, p := range u.read {
		if old := u.oldEntry(p); old != nil && old.Read {
			old.lines(func(k uint64) { u.lines.add(old.Outlet, k, -1) })
		}
		if x := findEntry(u.raw, p); x != nil && x.Read {
			x.lines(func(k uint64) { u.lines.add(x.Outlet, k, 1) })
		}
	}
	var again []*rawEntry
	for _, p := range holders {
		x := u.entry(p)
		t := touched[x.Outlet]
		crossed := false
		x.lines(func(k uint64) {
			if t[k] && min(before[x.Outlet][k], 3) != min(u.lines[x.Outlet][k], 3) {
				crossed = true
			}
		})
		if crossed {
			again = append(again, x)
		}
	}
	for _, x := range again {
		if err := u.readPage(x); err != nil {
			return err
		}
	}
	built := make([]*rawEntry, 0, len(u.pages))
	for p := range u.pages {
		built = append(built, u.entry(p))
	}
	u.buildAll(built)
	return nil
}

// buildAll builds the pages of xs, counting first the lines not counted
// yet.
func (u *folderUpdate) buildAll(xs []*rawEntry) {
	need := map[string]map[uint64]bool{}
	for _, x := range xs {
		if !x.Read {
			continue
		}
		have := u.lines[x.Outlet]
		for _, k := range x.Lines {
			if _, ok := have[k]; !ok {
				if need[x.Outlet] == nil {
					need[x.Outlet] = map[uint64]bool{}
				}
				need[x.Outlet][k] = true
			}
		}
	}
	if len(need) > 0 {
		for o, ks := range need {
			for k := range ks {
				u.lines.add(o, k, 0)
			}
		}
		for i := range u.raw {
			x := &u.raw[i]
			if n := need[x.Outlet]; x.Read && n != nil {
				x.lines(func(k uint64) {
					if n[k] {
						u.lines[x.Outlet][k]++
					}
				})
			}
		}
	}
	for _, x := range xs {
		u.build(x)
	}
}

// redoReprints redoes the reprinted paragraphs for the paragraphs the
// files changed hold, or held: in document order, the first document
// holding one keeps it and the others drop it. A document not read whose
// drops change is read again.
func (u *folderUpdate) redoReprints() error {
	touched := map[uint64]bool{}
	var kb []uint64
	for _, p := range u.changedPaths() {
		if old := u.oldEntry(p); old != nil && old.Skip == "" {
			kb = old.keys(kb[:0])
			for _, k := range kb {
				touched[k] = true
			}
		}
	}
	keys := make(map[string][]uint64, len(u.docs))
	for p, doc := range u.docs {
		keys[p] = corpus.ParagraphKeys(doc)
		for _, k := range keys[p] {
			touched[k] = true
		}
	}
	seen := map[uint64]string{} // the first holder of a key touched
	var again []*rawEntry
	var drops [][]corpus.Drop
	var db []int
	for i := range u.raw {
		x := &u.raw[i]
		if x.Skip != "" {
			continue
		}
		if u.docs[x.Path] != nil {
			var ds []corpus.Drop
			for j, k := range keys[x.Path] {
				if other, ok := seen[k]; ok && other != x.Path {
					ds = append(ds, corpus.Drop{Index: j, Other: other})
					continue
				}
				seen[k] = x.Path
			}
			u.drops[x.Path] = ds
			continue
		}
		kb = x.keys(kb[:0])
		if !slices.ContainsFunc(kb, func(k uint64) bool { return touched[k] }) {
			continue
		}
		// The drops of the keys not touched stand (their first holder
		// is the same); those of the keys touched are found again.
		db = x.drops(db[:0])
		var ds []corpus.Drop
		for j, k := range kb {
			if touched[k] {
				if other, ok := seen[k]; ok && other != x.Path {
					ds = append(ds, corpus.Drop{Index: j, Other: other})
					continue
				}
				seen[k] = x.Path
			} else if slices.Contains(db, j) {
				// Only Document.Skipped names the other article, and
				// the index keeps none of it.
				ds = append(ds, corpus.Drop{Index: j, Other: "another article"})
			}
		}
		if !sameDrops(ds, db) {
			again = append(again, x)
			drops = append(drops, ds)
		}
	}
	for _, x := range again {
		if err := u.readPage(x); err != nil {
			return err
		}
	}
	u.buildAll(again)
	for i, x := range again {
		if u.docs[x.Path] != nil {
			u.drops[x.Path] = drops[i]
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
	return nil
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
