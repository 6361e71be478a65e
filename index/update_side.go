package index

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"

	"github.com/talksbot/talksbot/corpus"
)

// oldDoc is a document's entry in the current DOCS: its bytes, written
// again as they are when the document is unchanged, and what the
// corpus's totals and fingerprint need of it.
type oldDoc struct {
	id                         []byte // in enc
	enc                        []byte
	hash                       [32]byte
	passages, quotes, reported int
	// skipped is the whole entry of a file skipped, nil for a document.
	skipped *docEntry
	// at is where the entry stands in the whole DOCS the current one is
	// or is a delta over (layered.go); -1 for an entry of the delta.
	at int
}

// oldDocs are the current DOCS entries: the documents' in id (path)
// order, which an update walks beside RAW's entries, and the files
// skipped.
type oldDocs struct {
	docs, skipped []oldDoc
}

// find is the current entry of the document at path, nil if none (a
// binary search written out: an id's bytes compared as a string with ==
// and < are not copied).
func (o *oldDocs) find(path string) *oldDoc {
	i, j := 0, len(o.docs)
	for i < j {
		h := int(uint(i+j) >> 1)
		if string(o.docs[h].id) < path {
			i = h + 1
		} else {
			j = h
		}
	}
	if i < len(o.docs) && string(o.docs[i].id) == path {
		return &o.docs[i]
	}
	return nil
}

// hashOf is the content hash of the document at path, zero if none.
func (o *oldDocs) hashOf(path string) [32]byte {
	if d := o.find(path); d != nil {
		return d.hash
	}
	return [32]byte{}
}

// docsBase is the whole DOCS an index folder's DOCS is, or is a delta
// over: what an update's new DOCS may be a delta over in turn.
type docsBase struct {
	path string
	size int
	n    int // its entries
}

// readOldDocs reads the DOCS of the index folder dir, decoding of each
// entry only its id, counts and hash, and its base.
func readOldDocs(dir string) (*oldDocs, *docsBase, error) {
	l, err := readLayered(dir, docsFile)
	if err != nil {
		return nil, nil, fmt.Errorf("index: documents: %w", err)
	}
	d := dec{b: l.base}
	n := d.int()
	if d.err != nil || n > len(l.base) {
		return nil, nil, errCorrupt
	}
	// The entries of the base a delta drops go; the delta's are added.
	var dropped []int
	dd := dec{b: l.delta}
	if l.delta != nil {
		dropped = dd.ints()
	}
	base := &oldDocs{docs: make([]oldDoc, 0, n)}
	for i := range n {
		x := oldDoc{at: i}
		if err := readDocHead(&d, &x); err != nil {
			return nil, nil, err
		}
		if len(dropped) > 0 && dropped[0] == i {
			dropped = dropped[1:]
			continue
		}
		base.add(x)
	}
	if d.err != nil || len(dropped) > 0 {
		return nil, nil, errCorrupt
	}
	out := base
	if l.delta != nil {
		m := dd.int()
		if dd.err != nil || m > len(dd.b) {
			return nil, nil, errCorrupt
		}
		delta := &oldDocs{}
		for range m {
			x := oldDoc{at: -1}
			if err := readDocHead(&dd, &x); err != nil {
				return nil, nil, err
			}
			delta.add(x)
		}
		out = &oldDocs{docs: make([]oldDoc, 0, len(base.docs)+len(delta.docs)),
			skipped: append(base.skipped, delta.skipped...)}
		i, j := 0, 0
		for i < len(base.docs) || j < len(delta.docs) {
			if j == len(delta.docs) || i < len(base.docs) && string(base.docs[i].id) < string(delta.docs[j].id) {
				out.docs = append(out.docs, base.docs[i])
				i++
			} else {
				out.docs = append(out.docs, delta.docs[j])
				j++
			}
		}
	}
	for i := 1; i < len(out.docs); i++ {
		if string(out.docs[i-1].id) >= string(out.docs[i].id) {
			return nil, nil, errCorrupt
		}
	}
	return out, &docsBase{path: l.basePath, size: len(l.base) + 1, n: n}, nil
}

func (o *oldDocs) add(x oldDoc) {
	if x.skipped != nil {
		o.skipped = append(o.skipped, x)
	} else {
		o.docs = append(o.docs, x)
	}
}

// readDocHead reads what an update needs of a DOCS entry into x.
func readDocHead(d *dec, x *oldDoc) error {
	start := d.b
	x.id = d.bytes()
	for range 7 { // title, outlet, author, date, url, language, kind
		d.skipStr()
	}
	skip := d.skipStr() > 0
	x.passages, x.quotes, x.reported = d.int(), d.int(), d.int()
	if d.err != nil || len(d.b) < 32 {
		return errCorrupt
	}
	copy(x.hash[:], d.b)
	d.b = d.b[32:]
	x.enc = start[:len(start)-len(d.b)]
	if skip {
		e := dec{b: x.enc}
		entry := e.docEntry()
		if e.err != nil {
			return e.err
		}
		x.skipped = &entry
	}
	return nil
}

// skipStr steps over a string and says how long it was.
func (d *dec) skipStr() int {
	n := d.uint()
	if d.err != nil {
		return 0
	}
	if n > uint64(len(d.b)) {
		d.err = errCorrupt
		return 0
	}
	d.b = d.b[n:]
	return int(n)
}

// quoteAt is what the speakers' lists need of the quote record j of a
// lazy entry (its quotations, then its reported speech): the role given
// at a quotation, whether it is reported, and its paragraph.
func (x *rawEntry) quoteAt(j int, table []string) (role string, reported bool, para int, err error) {
	d := x.field(atQuotes, table)
	if n := d.int(); j < n {
		d.skip(2 * j)
		d.int()
		role = d.ref()
	} else {
		reported = true
	}
	p := x.field(atQuoteParas, table)
	if n := p.int(); j >= n {
		return "", false, 0, errCorrupt
	}
	p.skip(j)
	para = p.int()
	if d.err != nil || p.err != nil {
		return "", false, 0, errCorrupt
	}
	return role, reported, para, nil
}

// date is the date of a lazy entry's document.
func (x *rawEntry) date(table []string) string {
	d := x.field(atDate, table)
	return d.ref()
}

// sideData is the updated index's data: documents, counts, speakers and
// their lists, people, fingerprint. The speakers whose quote records did
// not change keep their counts and lists as they were.
func (u *folderUpdate) sideData(lower lowerCounts) (*sideData, error) {
	d := u.data
	s := &sideData{data: d, direct: map[string][]qentry{}, reported: map[string][]qentry{}, lower: lower, docsBase: u.docsBase,
		raw: u.raw, rawTable: u.rawTable, rawBase: u.rawBase, kept: map[string]speakerMeta{}}
	d.Documents, d.Passages, d.Quotes = 0, 0, 0
	hashes := make([][32]byte, 0, len(u.raw))
	s.docs = make([]docEntry, 0, len(u.raw))
	s.docsEnc = make([][]byte, 0, len(u.raw))
	s.docsAt = make([]int, 0, len(u.raw))
	var skipped []docEntry
	// Speakers whose lists change: those of the documents read again and
	// removed, before and after.
	changedSpeaker := map[string]bool{}
	for _, p := range u.changedPaths() {
		if old := u.oldEntry(p); old != nil {
			if err := old.load(u.rawTable); err != nil {
				return nil, fmt.Errorf("%w: %v", errFullRebuild, err)
			}
			for _, s := range old.Final {
				changedSpeaker[s] = true
			}
		}
		if x := findEntry(u.raw, p); x != nil {
			for _, s := range x.Final {
				changedSpeaker[s] = true
			}
		}
	}
	delete(changedSpeaker, "")
	changedRef := make([]bool, len(u.rawTable))
	for i, name := range u.rawTable {
		changedRef[i] = changedSpeaker[name]
	}
	tally := map[string]*speakerTally{}
	count := func(name string, j, ord int, role string, reported bool, date string, id string) {
		t := tally[name]
		if t == nil {
			t = &speakerTally{}
			tally[name] = t
		}
		if reported {
			t.reports++
		} else {
			if t.quotes == 0 {
				t.first = role
			}
			t.quotes++
			if !slices.Contains(t.roles, role) {
				t.roles = append(t.roles, role)
			}
		}
		q := qentry{date: date, ord: ord, n: j, id: id}
		if reported {
			s.reported[name] = append(s.reported[name], q)
		} else {
			s.direct[name] = append(s.direct[name], q)
		}
	}
	ord, next := 0, 0
	for i := range u.raw {
		x := &u.raw[i]
		if x.Skip != "" {
			skipped = append(skipped, skipEntry(x.Path, x.Skip))
			continue
		}
		var e docEntry
		var enc []byte
		at := -1
		if doc := u.docs[x.Path]; doc != nil {
			e = entryOf(doc)
		} else {
			// RAW's entries and the documents' are both in path order.
			for next < len(u.oldDocs.docs) && string(u.oldDocs.docs[next].id) < x.Path {
				next++
			}
			if next == len(u.oldDocs.docs) || string(u.oldDocs.docs[next].id) != x.Path {
				return nil, fmt.Errorf("%w: %s has no document entry", errFullRebuild, x.Path)
			}
			od := &u.oldDocs.docs[next]
			e = docEntry{ID: x.Path, Passages: od.passages, Quotes: od.quotes, Reported: od.reported, Hash: od.hash}
			enc, at = od.enc, od.at
		}
		s.docs = append(s.docs, e)
		s.docsEnc = append(s.docsEnc, enc)
		s.docsAt = append(s.docsAt, at)
		hashes = append(hashes, e.Hash)
		d.Documents++
		d.Passages += e.Passages
		d.Quotes += e.Quotes + e.Reported
		if !x.lazy {
			for j, name := range x.Final {
				if name != "" && changedSpeaker[name] {
					count(name, j, ord, roleAt(x, j), j >= len(x.Quotes), x.Date, quoteKey(x.Path, x.QuoteParas[j], j))
				}
			}
		} else {
			var err error
			x.finalRefs(func(j, ref int) {
				if err != nil || ref >= len(changedRef) || !changedRef[ref] {
					return
				}
				role, reported, para, e := x.quoteAt(j, u.rawTable)
				if e != nil {
					err = e
					return
				}
				count(u.rawTable[ref], j, ord, role, reported, x.date(u.rawTable), quoteKey(x.Path, para, j))
			})
			if err != nil {
				return nil, fmt.Errorf("%w: %v", errFullRebuild, err)
			}
		}
		ord++
	}
	// Files skipped that are no articles (a people.yaml that could not be
	// used) are as they were.
	for _, e := range u.oldDocs.skipped {
		if !corpus.IsArticlePath(e.skipped.ID) {
			skipped = append(skipped, *e.skipped)
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
	// The other speakers' counts and lists are as they were.
	speakers := make(map[string]speakerMeta, len(d.Speakers))
	for name, m := range d.Speakers {
		if !changedSpeaker[name] {
			speakers[name] = m
			s.kept[name] = m
		}
	}
	for name, t := range tally {
		speakers[name] = speakerMeta{Quotes: t.quotes, Reports: t.reports, First: t.first, Roles: t.roles}
	}
	if len(s.kept) > 0 {
		b, err := os.ReadFile(filepath.Join(u.cur, quotesFile))
		if err != nil {
			return nil, fmt.Errorf("%w: %v", errFullRebuild, err)
		}
		s.oldQuotes = b
	}
	d.Speakers = speakers
	d.Fingerprint = fingerprintOf(hashes, d.People, d.PeopleFile)
	d.LowerUse = lowerUse(lower, nameWords(peopleOf(d.People, d.Speakers)))
	d.Acronyms = acronymsFrom(lower)
	d.Compounds = compoundsFrom(lower)
	return s, nil
}

// roleAt is the role given at quote record j of a loaded entry ("" for
// reported speech).
func roleAt(x *rawEntry, j int) string {
	if j < len(x.Quotes) {
		return x.Quotes[j].Role
	}
	return ""
}
