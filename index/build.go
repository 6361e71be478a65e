package index

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"

	"github.com/talksbot/talksbot/corpus"
)

// BuildOptions say what to index and where.
type BuildOptions struct {
	// Dir is where the bleve index is created (it must not exist yet);
	// "" builds an in-memory index.
	Dir    string
	Corpus *corpus.Corpus
	// Topics are the named queries offered; nil means DefaultTopics().
	Topics []Topic
	// Progress, when set, is called after every batch (phase "indexing",
	// Done of Total passages) and once with phase "done".
	Progress func(Progress)
	Logger   *slog.Logger
}

// ErrNoCorpus is returned when Build or Open is given no corpus.
var ErrNoCorpus = errors.New("index: no corpus")

// batchSize trades memory for fewer segments: every batch becomes a
// segment, and an in-memory index never merges them, so small batches make
// every later search visit many segments.
const batchSize = 5000

// buildInto builds a complete on-disk index of c in dir (which must not
// exist yet) and closes it, so that it is persisted.
func buildInto(ctx context.Context, dir string, c *corpus.Corpus, raw map[string]rawInfo, progress func(Progress)) (*sideData, error) {
	m, err := newMapping()
	if err != nil {
		return nil, fmt.Errorf("index: mapping: %w", err)
	}
	idx, err := bleve.NewUsing(dir, m, scorch.Name, scorch.Name, nil)
	if err != nil {
		return nil, fmt.Errorf("index: create %q: %w", dir, err)
	}
	side, err := indexCorpus(ctx, idx, c, raw, progress)
	if cerr := idx.Close(); err == nil && cerr != nil {
		err = fmt.Errorf("index: close: %w", cerr)
	}
	if err != nil {
		return nil, err
	}
	return side, nil
}

// Build indexes the corpus's passages and quotes and returns an engine over
// them. The returned engine owns the index; Close releases it.
func Build(ctx context.Context, opts BuildOptions) (*Engine, error) {
	if opts.Corpus == nil {
		return nil, ErrNoCorpus
	}
	log := opts.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	m, err := newMapping()
	if err != nil {
		return nil, fmt.Errorf("index: mapping: %w", err)
	}
	// Not "unsafe_batch": with it, scorch's Close can return before the
	// last batches reach disk, and the reopened index is empty.
	idx, err := bleve.NewUsing(opts.Dir, m, scorch.Name, scorch.Name, nil)
	if err != nil {
		return nil, fmt.Errorf("index: create %q: %w", opts.Dir, err)
	}
	fail := func(err error) (*Engine, error) {
		_ = idx.Close()
		if opts.Dir != "" {
			_ = os.RemoveAll(opts.Dir)
		}
		return nil, err
	}
	side, err := indexCorpus(ctx, idx, opts.Corpus, nil, opts.Progress)
	if err != nil {
		return fail(err)
	}
	e, err := newEngine(idx, side.data, &quoteLists{mem: side.lists}, &docSource{docs: side.docs}, opts.Topics, log)
	if err != nil {
		return fail(err)
	}
	log.Debug("index built", "dir", opts.Dir, "passages", side.data.Passages, "quotes", side.data.Quotes)
	return e, nil
}

// rawInfo is what a document said before the corpus-wide steps: its
// paragraph keys before reprints were dropped, the people it names and
// its quotes' speakers as it names them. A corpus read by Load has lost
// it; one read file by file (a Folder) keeps it for updates in place.
type rawInfo struct {
	keys     []uint64
	cast     []corpus.Person
	speakers []string
}

// indexCorpus indexes every document of c in batches, each document's
// passages and quotes together, and returns what is kept beside the
// index. raw (may be nil) holds what each document said before the
// corpus-wide steps.
func indexCorpus(ctx context.Context, idx bleve.Index, c *corpus.Corpus, raw map[string]rawInfo, onProgress func(Progress)) (*sideData, error) {
	progress := func(p Progress) {
		if onProgress != nil {
			onProgress(p)
		}
	}
	total := 0
	for _, d := range c.Documents {
		total += len(d.Passages)
	}
	progress(Progress{Phase: "indexing", Done: 0, Total: total})
	batch := idx.NewBatch()
	done := 0
	flush := func() error {
		if batch.Size() == 0 {
			return nil
		}
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := idx.Batch(batch); err != nil {
			return fmt.Errorf("index: batch: %w", err)
		}
		batch.Reset()
		progress(Progress{Phase: "indexing", Done: done, Total: total})
		return nil
	}
	docs := make([]docEntry, 0, len(c.Documents)+len(c.Skipped))
	lists := map[string][]qentry{}
	for _, d := range c.Documents {
		if err := addDocument(batch, d); err != nil {
			return nil, err
		}
		done += len(d.Passages)
		ri, ok := raw[d.ID]
		x := entryOf(d, ri.keys, ri.cast, ri.speakers)
		if !ok {
			x.Cast = d.People
		}
		docs = append(docs, x)
		for j, q := range d.Quotes {
			if q.Speaker != "" {
				lists[q.Speaker] = append(lists[q.Speaker], qentry{date: d.Date, id: quoteKey(d.ID, j)})
			}
		}
		if batch.Size() >= batchSize {
			if err := flush(); err != nil {
				return nil, err
			}
		}
	}
	if err := flush(); err != nil {
		return nil, err
	}
	for _, f := range c.Skipped {
		docs = append(docs, docEntry{ID: f.Path, Skip: f.Reason})
	}
	sortEntries(docs)
	for _, l := range lists {
		sortNewestFirst(l)
	}
	data := newData(docs, c.People, lists)
	if err := countStats(idx, data); err != nil {
		return nil, err
	}
	progress(Progress{Phase: "done", Done: total, Total: total})
	return &sideData{data: data, lists: lists, docs: docs}, nil
}

// addDocument adds a document's passages and quotes to batch.
func addDocument(batch *bleve.Batch, d *corpus.Document) error {
	recs := recordsOf(d)
	for i := range recs.passages {
		r := &recs.passages[i]
		doc := map[string]interface{}{
			"type":       typePassage,
			fieldText:    r.text,
			fieldSection: r.src.Section,
			fieldRec:     r.encode(),
		}
		if err := batch.Index(passageKey(d.ID, i), doc); err != nil {
			return fmt.Errorf("index: %s passage %d: %w", d.ID, i, err)
		}
	}
	for j := range recs.quotes {
		q := &recs.quotes[j]
		doc := map[string]interface{}{
			"type":          typeQuote,
			fieldQuote:      q.quote.Text,
			fieldContext:    q.context,
			fieldSpeakerKey: q.quote.Speaker,
			fieldRec:        q.encode(),
		}
		if err := batch.Index(quoteKey(d.ID, j), doc); err != nil {
			return fmt.Errorf("index: %s quote %d: %w", d.ID, j, err)
		}
	}
	return nil
}
