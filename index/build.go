package index

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"strconv"

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
	recs := newRecords(opts.Corpus)
	total := len(recs.passages)
	progress := func(p Progress) {
		if opts.Progress != nil {
			opts.Progress(p)
		}
	}
	progress(Progress{Phase: "indexing", Done: 0, Total: total})
	batch := idx.NewBatch()
	flush := func(done int) error {
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
	for i := range recs.passages {
		r := &recs.passages[i]
		doc := map[string]interface{}{
			"type":       typePassage,
			fieldText:    r.text,
			fieldSection: r.src.Section,
			fieldTitle:   r.src.Title,
			"doc":        r.src.Doc,
			"paragraph":  r.src.Paragraph,
			"outlet":     r.src.Outlet,
			"author":     r.src.Author,
			"date":       r.src.Date,
			"url":        r.src.URL,
		}
		if err := batch.Index(passageID(i), doc); err != nil {
			return fail(fmt.Errorf("index: passage %d: %w", i, err))
		}
		if batch.Size() >= batchSize {
			if err := flush(i + 1); err != nil {
				return fail(err)
			}
		}
	}
	if err := flush(total); err != nil {
		return fail(err)
	}
	for i := range recs.quotes {
		q := &recs.quotes[i]
		doc := map[string]interface{}{
			"type":          typeQuote,
			fieldQuote:      q.quote.Text,
			fieldContext:    q.context,
			fieldSpeaker:    q.quote.Speaker,
			fieldSpeakerKey: speakerKey(q.quote),
			fieldRole:       q.quote.Role,
			"doc":           q.quote.Source.Doc,
			"paragraph":     q.quote.Source.Paragraph,
		}
		if err := batch.Index(quoteID(i), doc); err != nil {
			return fail(fmt.Errorf("index: quote %d: %w", i, err))
		}
		if batch.Size() >= batchSize {
			if err := flush(total); err != nil {
				return fail(err)
			}
		}
	}
	if err := flush(total); err != nil {
		return fail(err)
	}
	e, err := newEngine(idx, opts.Corpus, recs, opts.Topics, log)
	if err != nil {
		return fail(err)
	}
	progress(Progress{Phase: "done", Done: total, Total: total})
	log.Debug("index built", "dir", opts.Dir, "passages", total, "quotes", len(recs.quotes))
	return e, nil
}

func passageID(i int) string { return "p" + strconv.Itoa(i) }
func quoteID(i int) string   { return "q" + strconv.Itoa(i) }

// docNumber parses an id made by passageID or quoteID.
func docNumber(id string) (int, bool) {
	if len(id) < 2 {
		return 0, false
	}
	n, err := strconv.Atoi(id[1:])
	return n, err == nil
}
