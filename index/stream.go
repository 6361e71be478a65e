package index

import (
	"bufio"
	"context"
	"crypto/sha256"
	"encoding"
	"fmt"
	"hash"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/blevesearch/bleve/v2"

	"github.com/talksbot/talksbot/corpus"
)

// A folder is built without holding it in memory: Load's steps run in
// three passes over the files, each keeping only what the later steps
// need.
//
//  1. Every page is read and its lines classified, and only the short
//     lines its outlet may repeat are kept (their keys).
//  2. In document order, a window of pages is read again and built into
//     documents on every core; each document's reprinted paragraphs are
//     dropped, what it gave the corpus-wide steps is kept encoded (RAW,
//     its cast read back once to merge the people, then written beside
//     the spill), its quotes stay in memory (a few per article) and its
//     passages are written to a spill file beside the build.
//  3. Once the people are merged, the fingerprint is known: an index of
//     it already there is kept; else the spill is read back, the quotes
//     filed under their merged speakers, and the records indexed, two
//     batches at a time.
//
// What it keeps per document is a few hundred bytes, and the spill is
// read and written in order. At 100,000 articles a build's peak memory
// (resident, with the segments it maps) fell from 1.48 GB to 0.8 GB
// with RAW held encoded and written early, quotations copied out of
// their paragraphs, the manifest held encoded, smaller merges while
// indexing (buildMergeLimit) and the unused heap returned before the
// final merge.

// streamDoc is what pass 2 keeps of a document in memory.
type streamDoc struct {
	raw      int // its RAW entry
	entry    docEntry
	quotes   []corpus.Quote // direct quotations, then reported speech, as the document names speakers
	nDirect  int
	passages int
	hash     []byte // the content hash's state after the metadata and passages (docHash)
}

// folderStream is a folder read by passes 1 and 2.
type folderStream struct {
	r   *corpus.Reader
	raw []rawEntry // in path order, while passes 1 and 2 read the files
	// rawFile is RAW, written beside the spill once the people are
	// merged.
	rawFile string
	docs    []streamDoc
	skipped []corpus.SkippedFile
	lower   lowerCounts
	people  []corpus.Person
	fp      string
	spill   string
}

// spillDoc writes a document's metadata and passages: all that its
// records are laid out from (recordsOf), so that a folder's index holds
// what an index built from the corpus in memory does (the dateline's
// place, a live blog entry's time, a record's fields).
func spillDoc(w io.Writer, d *corpus.Document) error {
	var e enc
	for _, s := range []string{d.ID, d.Title, d.Outlet, d.Author, d.Date, d.URL, d.Language, d.Place, d.Kind} {
		e.str(s)
	}
	e.int(len(d.Passages))
	for _, p := range d.Passages {
		e.str(p.Text)
		e.str(p.Section)
		e.int(p.Paragraph)
		e.str(p.Time)
		e.str(p.About)
		e.bool(p.Record)
	}
	var n [binaryLen]byte
	putLen(n[:], len(e.b))
	if _, err := w.Write(n[:]); err != nil {
		return err
	}
	_, err := w.Write(e.b)
	return err
}

const binaryLen = 4

func putLen(b []byte, n int) {
	b[0], b[1], b[2], b[3] = byte(n>>24), byte(n>>16), byte(n>>8), byte(n)
}

// unspillDoc reads back what spillDoc wrote.
func unspillDoc(r io.Reader) (*corpus.Document, error) {
	var n [binaryLen]byte
	if _, err := io.ReadFull(r, n[:]); err != nil {
		return nil, err
	}
	b := make([]byte, int(n[0])<<24|int(n[1])<<16|int(n[2])<<8|int(n[3]))
	if _, err := io.ReadFull(r, b); err != nil {
		return nil, err
	}
	dd := dec{b: b}
	d := &corpus.Document{ID: dd.str(), Title: dd.str(), Outlet: dd.str(), Author: dd.str(), Date: dd.str(), URL: dd.str(), Language: dd.str(), Place: dd.str(), Kind: dd.str()}
	np := dd.int()
	if dd.err != nil || np > len(b) {
		return nil, errCorrupt
	}
	d.Passages = make([]corpus.Passage, np)
	for i := range d.Passages {
		d.Passages[i] = corpus.Passage{Text: dd.str(), Section: dd.str(), Paragraph: dd.int(), Time: dd.str(), About: dd.str(), Record: dd.bool()}
	}
	return d, dd.err
}

// keptPages bounds the pages pass 1 keeps for pass 2 (by Page.Size, about
// half of what they hold on the heap): reading a page again, its file, its
// sidecar and its lines classified, was ~8% of a build's CPU. Pass 2 frees
// them as it builds them, first to last; at 5,000 generated articles all
// are kept (~19 MB by Size, 36 MB of heap), at 100,000 about a sixth.
const keptPages = 32 << 20

// streamWindow is how many documents pass 2 builds at a time.
const streamWindow = 64

// streamFolder runs passes 1 and 2 over the folder r reads, spilling the
// passages to spill.
func streamFolder(ctx context.Context, r *corpus.Reader, spill string, times *phases, onFile func(done, total int)) (*folderStream, error) {
	files, skipped, err := r.Files()
	if err != nil {
		return nil, err
	}
	s := &folderStream{r: r, skipped: skipped, lower: lowerCounts{}, spill: spill}
	if sk, ok := r.PeopleSkipped(); ok {
		s.skipped = append(s.skipped, sk)
	}
	slices.Sort(files)
	s.raw = make([]rawEntry, len(files))
	// Pass 1: the lines each outlet repeats. The first pages read are
	// kept for pass 2, within keptPages.
	kept := make([]*corpus.Page, len(files))
	var budget atomic.Int64
	budget.Store(keptPages)
	parallel(len(files), func(i int) {
		s.raw[i] = newRawEntry(files[i])
		pg, err := r.ReadPage(files[i])
		if err != nil {
			s.raw[i].Skip = err.Error()
			return
		}
		s.raw[i].Read, s.raw[i].Outlet, s.raw[i].Lines = true, pg.Outlet(), pg.LineKeys()
		if budget.Load() > 0 && budget.Add(-int64(pg.Size())) >= 0 {
			kept[i] = pg
		}
	})
	repeats := corpus.NewRepeats()
	for i := range s.raw {
		if s.raw[i].Read {
			repeats.Add(s.raw[i].Outlet, s.raw[i].Lines)
		}
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	times.mark("lines")
	// Pass 2: the documents, in order (documents are ordered by path).
	f, err := os.Create(spill)
	if err != nil {
		return nil, fmt.Errorf("index: build: %w", err)
	}
	defer f.Close()
	w := bufio.NewWriterSize(f, 1<<20)
	reprints := corpus.NewReprints()
	strs := map[string]string{}
	intern := func(v string) string {
		if w, ok := strs[v]; ok {
			return w
		}
		strs[v] = v
		return v
	}
	// Each file's entry is encoded once its document is built: a
	// document's cast, held as Go values for every file, would be most of
	// what a build holds.
	rw := newRawEncoder()
	// A window is built while the one before is written: the writing
	// (reprints, hashes, the spill, RAW) is one goroutine's work, which
	// would otherwise leave the other cores idle.
	type window struct {
		from int
		docs []*corpus.Document
	}
	windows := make(chan window, 1)
	stop := make(chan struct{})
	var builder sync.WaitGroup
	defer func() {
		close(stop)
		builder.Wait()
	}()
	builder.Add(1)
	go func() {
		defer builder.Done()
		defer close(windows)
		size := streamWindow * runtime.GOMAXPROCS(0)
		for from := 0; from < len(files); from += size {
			if ctx.Err() != nil {
				return
			}
			docs := make([]*corpus.Document, min(size, len(files)-from))
			parallel(len(docs), func(j int) {
				x := &s.raw[from+j]
				if !x.Read {
					return
				}
				pg := kept[from+j]
				kept[from+j] = nil
				if pg == nil {
					var err error
					if pg, err = r.ReadPage(x.Path); err != nil {
						// Changed between the passes: read as it is now.
						x.Read, x.Outlet, x.Lines, x.Skip = false, "", nil, err.Error()
						return
					}
				}
				doc, err := pg.Document(repeats.Of(x.Outlet))
				if err != nil {
					x.Skip = err.Error()
					return
				}
				docs[j] = doc
			})
			select {
			case windows <- window{from, docs}:
			case <-stop:
				return
			}
		}
	}()
	for win := range windows {
		from, docs, n := win.from, win.docs, len(win.docs)
		for j, doc := range docs {
			i := from + j
			x := &s.raw[i]
			if doc == nil {
				s.skipped = append(s.skipped, corpus.SkippedFile{Path: x.Path, Reason: x.Skip})
				rw.add(x)
				*x = rawEntry{}
				continue
			}
			x.Keys = corpus.ParagraphKeys(doc)
			drops := reprints.Next(doc.ID, x.Keys)
			for _, dr := range drops {
				x.Drops = append(x.Drops, dr.Index)
			}
			corpus.DropParagraphs(doc, drops)
			// A corpus names the same people, roles and outlets in
			// thousands of documents: what is kept of each is one string.
			for _, qs := range [][]corpus.Quote{doc.Quotes, doc.Reported} {
				for q := range qs {
					qs[q].Speaker, qs[q].Role = intern(qs[q].Speaker), intern(qs[q].Role)
				}
			}
			doc.Outlet, doc.Author, doc.Date, doc.Language = intern(doc.Outlet), intern(doc.Author), intern(doc.Date), intern(doc.Language)
			c := corpus.CastOf(doc)
			x.People, x.Quotes = doc.People, c.Quotes
			for _, q := range doc.Reported {
				x.Reported = append(x.Reported, q.Speaker)
			}
			x.Date = doc.Date
			for _, p := range doc.Passages {
				x.PassageParas = append(x.PassageParas, p.Paragraph)
			}
			for _, q := range append(doc.Quotes[:len(doc.Quotes):len(doc.Quotes)], doc.Reported...) {
				x.QuoteParas = append(x.QuoteParas, q.Paragraph)
			}
			texts := make([]string, len(doc.Passages))
			for k, p := range doc.Passages {
				texts[k] = p.Text
			}
			s.lower.addDoc(doc.Title, texts, 1)
			h := sha256.New()
			hashMetaAndPassages(h, doc)
			state, err := h.(encoding.BinaryMarshaler).MarshalBinary()
			if err != nil {
				return nil, fmt.Errorf("index: build: %w", err)
			}
			// What is kept of the document is copied out of its text,
			// which a quotation's words would otherwise keep whole.
			quotes := append(doc.Quotes[:len(doc.Quotes):len(doc.Quotes)], doc.Reported...)
			for q := range quotes {
				quotes[q].Text = strings.Clone(quotes[q].Text)
			}
			s.docs = append(s.docs, streamDoc{
				raw:      i,
				entry:    docEntry{ID: doc.ID, Title: strings.Clone(doc.Title), Outlet: doc.Outlet, Author: doc.Author, Date: doc.Date, URL: strings.Clone(doc.URL), Language: doc.Language, Kind: doc.Kind, Passages: len(doc.Passages), Quotes: len(doc.Quotes), Reported: len(doc.Reported)},
				quotes:   quotes,
				nDirect:  len(doc.Quotes),
				passages: len(doc.Passages),
				hash:     state,
			})
			if err := spillDoc(w, doc); err != nil {
				return nil, fmt.Errorf("index: build: %w", err)
			}
			rw.add(x)
			*x = rawEntry{}
			docs[j] = nil
		}
		if onFile != nil {
			onFile(from+n, len(files))
		}
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if err := w.Flush(); err != nil {
		return nil, fmt.Errorf("index: build: %w", err)
	}
	sort.Slice(s.skipped, func(i, j int) bool { return s.skipped[i].Path < s.skipped[j].Path })
	times.mark("documents")

	// The people, merged; the quotes filed under their merged names; the
	// fingerprint.
	s.raw = nil
	casts := make([]corpus.Cast, 0, len(s.docs))
	if err := rw.each(func(x *rawEntry) {
		if x.Skip == "" {
			casts = append(casts, corpus.Cast{People: x.People, Quotes: x.Quotes})
		}
	}); err != nil {
		return nil, fmt.Errorf("index: build: %w", err)
	}
	if len(casts) != len(s.docs) {
		return nil, fmt.Errorf("index: build: %d casts for %d documents", len(casts), len(s.docs))
	}
	var canonical func(int, string) string
	s.people, canonical = r.MergePeople(casts)
	casts = nil
	hashes := make([][32]byte, len(s.docs))
	next := 0 // the next entry whose Final is written
	for k := range s.docs {
		sd := &s.docs[k]
		for ; next < sd.raw; next++ {
			rw.final(nil) // a file skipped
		}
		final := make([]string, 0, len(sd.quotes))
		for q := range sd.quotes {
			if sd.quotes[q].Speaker != "" {
				sd.quotes[q].Speaker = canonical(k, sd.quotes[q].Speaker)
			}
			final = append(final, sd.quotes[q].Speaker)
		}
		rw.final(final)
		next++
		h := sha256.New()
		if err := h.(encoding.BinaryUnmarshaler).UnmarshalBinary(sd.hash); err != nil {
			return nil, fmt.Errorf("index: build: %w", err)
		}
		hashQuotes(h, sd.quotes[:sd.nDirect], sd.quotes[sd.nDirect:])
		h.Sum(sd.entry.Hash[:0])
		sd.hash = nil
		hashes[k] = sd.entry.Hash
	}
	for ; next < len(files); next++ {
		rw.final(nil)
	}
	s.fp = fingerprintOf(hashes, s.people, r.PeopleFile())
	times.mark("people")
	// RAW is written now, beside the spill, rather than held until the
	// index is built.
	s.rawFile = filepath.Join(filepath.Dir(spill), rawFile)
	if err := writeSynced(s.rawFile, rw.bytes()); err != nil {
		return nil, err
	}
	return s, nil
}

// document is the k-th document as built, its passages read back from
// the spill.
func (s *folderStream) document(k int, spill io.Reader) (*corpus.Document, error) {
	d, err := unspillDoc(spill)
	if err != nil {
		return nil, fmt.Errorf("index: build: spill: %w", err)
	}
	sd := &s.docs[k]
	if d.ID != sd.entry.ID {
		return nil, fmt.Errorf("index: build: spill holds %q, want %q", d.ID, sd.entry.ID)
	}
	d.Quotes, d.Reported = sd.quotes[:sd.nDirect], sd.quotes[sd.nDirect:]
	return d, nil
}

// buildStream indexes the streamed folder in a new index in dir (pass 3)
// and returns the data to keep beside it.
func buildStream(ctx context.Context, dir string, s *folderStream, times *phases, progress func(Progress)) (*sideData, error) {
	idx, err := newIndex(dir)
	if err != nil {
		return nil, err
	}
	restorePace := paceBuild()
	side, err := s.index(ctx, idx, progress)
	restorePace()
	if err != nil {
		_ = idx.Close()
		return nil, err
	}
	times.mark("records")
	if err := finishBuild(ctx, dir, idx, side, nil); err != nil {
		return nil, err
	}
	times.mark("merge")
	return side, nil
}

func (s *folderStream) index(ctx context.Context, idx bleve.Index, onProgress func(Progress)) (*sideData, error) {
	f, err := os.Open(s.spill)
	if err != nil {
		return nil, fmt.Errorf("index: build: %w", err)
	}
	defer f.Close()
	spill := bufio.NewReaderSize(f, 1<<20)
	side := &sideData{
		data: &indexData{Version: schemaVersion, Speakers: map[string]speakerMeta{}, PeopleFile: s.r.PeopleFile(),
			People: s.people, Fingerprint: s.fp},
		direct: map[string][]qentry{}, reported: map[string][]qentry{}, lower: s.lower,
	}
	total := 0
	for k := range s.docs {
		total += s.docs[k].passages
	}
	progress := func(done int) {
		if onProgress != nil {
			onProgress(Progress{Phase: "indexing", Done: done, Total: total})
		}
	}
	progress(0)
	an, _ := idx.Mapping().AnalyzerNamed(analyzerName).(*reusingAnalyzer)
	if an != nil {
		stop := an.start()
		defer stop()
	}
	b := newBatcher(ctx, idx, progress)
	tally := map[string]*speakerTally{}
	d := side.data
	err = s.indexDocs(spill, b, an, side, tally)
	if cerr := b.close(); err == nil {
		err = cerr
	}
	if err != nil {
		return nil, err
	}
	// The documents' entries, moved: pass 3 no longer needs them.
	side.docs = make([]docEntry, 0, len(s.docs)+len(s.skipped))
	for k := range s.docs {
		side.docs = append(side.docs, s.docs[k].entry)
	}
	s.docs = nil
	for _, sk := range s.skipped {
		side.docs = append(side.docs, skipEntry(sk.Path, sk.Reason))
	}
	for _, l := range side.direct {
		sortNewestFirst(l)
	}
	for _, l := range side.reported {
		sortNewestFirst(l)
	}
	for name, t := range tally {
		d.Speakers[name] = speakerMeta{Quotes: t.quotes, Reports: t.reports, First: t.first, Roles: t.roles}
	}
	d.LowerUse = lowerUse(s.lower, nameWords(peopleOf(d.People, d.Speakers)))
	d.Acronyms = acronymsFrom(s.lower)
	d.Compounds = compoundsFrom(s.lower)
	progress(total)
	return side, nil
}

// indexDocs adds the documents' records to b, in corpus order, and
// counts what side keeps of them.
func (s *folderStream) indexDocs(spill io.Reader, b *batcher, an *reusingAnalyzer, side *sideData, tally map[string]*speakerTally) error {
	d := side.data
	var texts []string
	for k := range s.docs {
		doc, err := s.document(k, spill)
		if err != nil {
			return err
		}
		s.docs[k].quotes = nil // indexed: no longer held
		recs := recordsOf(doc)
		if an != nil {
			texts = recs.analysed(texts[:0])
			an.reuse(texts)
		}
		for i := range recs.passages {
			r := &recs.passages[i]
			if err := b.batch.Index(passageKey(doc.ID, r.src.Paragraph, i), passageDoc(r)); err != nil {
				return fmt.Errorf("index: %s passage %d: %w", doc.ID, i, err)
			}
			if err := b.added(true); err != nil {
				return err
			}
		}
		for j := range recs.quotes {
			q := &recs.quotes[j]
			if err := b.batch.Index(quoteKey(doc.ID, q.quote.Source.Paragraph, j), quoteDoc(q)); err != nil {
				return fmt.Errorf("index: %s quote %d: %w", doc.ID, j, err)
			}
			if err := b.added(false); err != nil {
				return err
			}
			if q.quote.Speaker == "" {
				continue
			}
			e := qentry{date: doc.Date, ord: k, n: j, id: quoteKey(doc.ID, q.quote.Source.Paragraph, j)}
			t := tally[q.quote.Speaker]
			if t == nil {
				t = &speakerTally{}
				tally[q.quote.Speaker] = t
			}
			if q.quote.Reported {
				t.reports++
				side.reported[q.quote.Speaker] = append(side.reported[q.quote.Speaker], e)
				continue
			}
			if t.quotes == 0 {
				t.first = q.quote.Role
			}
			t.quotes++
			if !slices.Contains(t.roles, q.quote.Role) {
				t.roles = append(t.roles, q.quote.Role)
			}
			side.direct[q.quote.Speaker] = append(side.direct[q.quote.Speaker], e)
		}
		d.Documents++
		d.Passages += len(doc.Passages)
		d.Quotes += len(doc.Quotes) + len(doc.Reported)
	}
	return nil
}

// hashMetaAndPassages and hashQuotes are docHash in two steps: the
// metadata and passages are known before the people are merged, the
// quotes' speakers after.
func hashMetaAndPassages(h hash.Hash, d *corpus.Document) {
	w := hashWriter(h)
	w("doc", d.ID, d.Title, d.Outlet, d.Author, d.Date, d.URL, d.Language)
	for _, p := range d.Passages {
		w("p", p.Text, p.Section, strconv.Itoa(p.Paragraph), p.About)
	}
}

func hashQuotes(h hash.Hash, quotes, reported []corpus.Quote) {
	w := hashWriter(h)
	for _, q := range quotes {
		w("q", q.Speaker, q.Role, q.Text, strconv.Itoa(q.Paragraph))
	}
	for _, q := range reported {
		w("r", q.Speaker, q.Role, q.Text, strconv.Itoa(q.Paragraph))
	}
}

func hashWriter(h hash.Hash) func(parts ...string) {
	return func(parts ...string) {
		for _, p := range parts {
			io.WriteString(h, strconv.Itoa(len(p)))
			io.WriteString(h, ":")
			io.WriteString(h, p)
		}
	}
}
