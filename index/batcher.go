package index

import (
	"context"
	"fmt"
	"runtime"
	"sync"

	"github.com/blevesearch/bleve/v2"
)

// A batcher indexes a build's batches on two goroutines. bleve analyses
// a batch's documents on every core, but builds its segment on the
// calling goroutine alone: with a second batch in flight, the other core
// analyses one while the first is built. Segments hold their documents
// in no particular order either way (a bleve batch is a map), and
// answers never depend on it: ties go to corpus order by id.
type batcher struct {
	ctx      context.Context
	idx      bleve.Index
	batch    *bleve.Batch
	passages int // passages in batch
	work     chan batchJob
	wg       sync.WaitGroup

	mu       sync.Mutex
	err      error
	done     int // passages of the batches indexed
	progress func(done int)
}

type batchJob struct {
	b        *bleve.Batch
	passages int
}

// batchWorkers is how many batches are indexed at once.
func batchWorkers() int { return min(2, runtime.GOMAXPROCS(0)) }

// newBatcher starts the goroutines; progress, when set, is called (never
// concurrently) with the passages indexed so far after each batch.
func newBatcher(ctx context.Context, idx bleve.Index, progress func(done int)) *batcher {
	b := &batcher{ctx: ctx, idx: idx, batch: idx.NewBatch(), work: make(chan batchJob), progress: progress}
	for range batchWorkers() {
		b.wg.Add(1)
		go func() {
			defer b.wg.Done()
			for j := range b.work {
				if b.failed() {
					continue
				}
				err := b.ctx.Err()
				if err == nil {
					if err = b.idx.Batch(j.b); err != nil {
						err = fmt.Errorf("index: batch: %w", err)
					}
				}
				b.mu.Lock()
				if err != nil && b.err == nil {
					b.err = err
				}
				if b.err == nil {
					b.done += j.passages
					if b.progress != nil {
						b.progress(b.done)
					}
				}
				b.mu.Unlock()
			}
		}()
	}
	return b
}

func (b *batcher) failed() bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.err != nil
}

// added counts a document added to b.batch (passage, whether it is a
// passage, for progress), and hands the batch on once full. An error is
// the first any batch met.
func (b *batcher) added(passage bool) error {
	if passage {
		b.passages++
	}
	if b.batch.Size() >= batchSize {
		return b.flush()
	}
	return nil
}

// flush hands the batch being filled on.
func (b *batcher) flush() error {
	b.mu.Lock()
	err := b.err
	b.mu.Unlock()
	if err != nil {
		return err
	}
	if err := b.ctx.Err(); err != nil {
		return err
	}
	if b.batch.Size() == 0 {
		return nil
	}
	b.work <- batchJob{b: b.batch, passages: b.passages}
	b.batch, b.passages = b.idx.NewBatch(), 0
	return nil
}

// close indexes what is left and waits for every batch: the index then
// holds every document added, or the error says why not.
func (b *batcher) close() error {
	err := b.flush()
	close(b.work)
	b.wg.Wait()
	if err != nil {
		return err
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.err != nil {
		return b.err
	}
	return b.ctx.Err()
}
