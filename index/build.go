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

// buildMergeLimit bounds the segments bleve merges while a build runs
// (its default is 5,000,000 records): every merge maps the segments it
// reads, so large ones add up to much of the index resident at once.
// The build ends by merging all of them into one (compact).
const buildMergeLimit = 100000

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
	idx, err := newIndex(opts.Dir)
	if err != nil {
		return nil, err
	}
	fail := func(err error) (*Engine, error) {
		_ = idx.Close()
		if opts.Dir != "" {
			_ = os.RemoveAll(opts.Dir)
		}
		return nil, err
	}
	if err := indexCorpus(ctx, idx, opts.Corpus, opts.Progress); err != nil {
		return fail(err)
	}
	side := newData(opts.Corpus)
	e, err := newEngine(idx, side.data, opts.Corpus.Lexicon, opts.Topics, log)
	if err != nil {
		return fail(err)
	}
	e.lists = &quoteLists{direct: side.direct, reported: side.reported}
	e.docs = &docSource{docs: side.docs}
	e.corpus = opts.Corpus
	if opts.Progress != nil {
		opts.Progress(Progress{Phase: "done", Done: side.data.Passages, Total: side.data.Passages})
	}
	log.Debug("index built", "dir", opts.Dir, "passages", side.data.Passages, "quotes", side.data.Quotes)
	return e, nil
}

// newIndex creates an empty index in dir ("" for one in memory).
func newIndex(dir string) (bleve.Index, error) {
	m, err := newMapping()
	if err != nil {
		return nil, fmt.Errorf("index: mapping: %w", err)
	}
	// Not "unsafe_batch": with it, scorch's Close can return before the
	// last batches reach disk, and the reopened index is empty.
	idx, err := bleve.NewUsing(dir, m, scorch.Name, scorch.Name, map[string]interface{}{
		"scorchMergePlanOptions": map[string]interface{}{"MaxSegmentSize": buildMergeLimit},
	})
	if err != nil {
		return nil, fmt.Errorf("index: create %q: %w", dir, err)
	}
	return idx, nil
}

// indexCorpus indexes the corpus's passages, then its quote records, in
// batches, reporting progress after each.
func indexCorpus(ctx context.Context, idx bleve.Index, c *corpus.Corpus, onProgress func(Progress)) error {
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
	an, _ := idx.Mapping().AnalyzerNamed(analyzerName).(*reusingAnalyzer)
	if an != nil {
		stop := an.start()
		defer stop()
	}
	b := newBatcher(ctx, idx, func(done int) { progress(Progress{Phase: "indexing", Done: done, Total: total}) })
	err := addCorpus(b, an, c)
	if cerr := b.close(); err == nil {
		err = cerr
	}
	return err
}

// addCorpus adds the corpus's passages, then its quote records, to b;
// an, when set, analyses a text a document's passages (then its quotes)
// give more than once only once.
func addCorpus(b *batcher, an *reusingAnalyzer, c *corpus.Corpus) error {
	var texts []string
	for _, d := range c.Documents {
		recs := recordsOf(d)
		if an != nil {
			texts = (&docRecords{passages: recs.passages}).analysed(texts[:0])
			an.reuse(texts)
		}
		for i, p := range recs.passages {
			if err := b.batch.Index(passageKey(d.ID, p.src.Paragraph, i), passageDoc(&p)); err != nil {
				return fmt.Errorf("index: %s passage %d: %w", d.ID, i, err)
			}
			if err := b.added(true); err != nil {
				return err
			}
		}
	}
	for _, d := range c.Documents {
		recs := recordsOf(d)
		if an != nil {
			texts = (&docRecords{quotes: recs.quotes}).analysed(texts[:0])
			an.reuse(texts)
		}
		for j, q := range recs.quotes {
			if err := b.batch.Index(quoteKey(d.ID, q.quote.Source.Paragraph, j), quoteDoc(&q)); err != nil {
				return fmt.Errorf("index: %s quote %d: %w", d.ID, j, err)
			}
			if err := b.added(false); err != nil {
				return err
			}
		}
	}
	return nil
}

// passageDoc and quoteDoc are the bleve documents of a record: the
// fields questions search, and the record itself, stored.
func passageDoc(r *passageRec) map[string]interface{} {
	return map[string]interface{}{
		"type":       typePassage,
		fieldText:    r.text,
		fieldSection: r.headed(),
		fieldRec:     r.encode(),
	}
}

// headed is what a passage's section field holds: its heading, and, for a
// transcript's answer, the question it answers ("Q: What about the
// Zaporizhzhia nuclear plant?" over "A: It has been cut off from our
// grid …"), which the answer seldom repeats.
func (r *passageRec) headed() string {
	if r.asked == "" {
		return r.src.Section
	}
	return r.src.Section + "\n" + r.asked
}

// analysed appends the values of the records' analysed fields to texts:
// what passageDoc and quoteDoc give the analyzer.
func (recs *docRecords) analysed(texts []string) []string {
	for i := range recs.passages {
		texts = append(texts, recs.passages[i].text, recs.passages[i].headed())
	}
	for j := range recs.quotes {
		q := &recs.quotes[j]
		texts = append(texts, q.quote.Text, q.context, q.before)
	}
	return texts
}

func quoteDoc(q *quoteRec) map[string]interface{} {
	return map[string]interface{}{
		"type":          typeQuote,
		fieldQuote:      q.quote.Text,
		fieldContext:    q.context,
		fieldBefore:     q.before,
		fieldSpeakerKey: speakerKey(q.quote),
		fieldRec:        q.encode(),
	}
}
