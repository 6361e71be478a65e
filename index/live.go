package index

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"runtime/debug"
	"slices"
	"sync"
	"sync/atomic"
	"time"

	"github.com/talksbot/talksbot/corpus"
)

// ErrReindexRunning is returned by Live.Reindex while another rebuild is
// under way; errors.As with *ReindexRunningError tells who started it and
// how far it is.
var ErrReindexRunning = errors.New("index: a reindex is already running")

// ReindexRunningError is the error a second Reindex gets.
type ReindexRunningError struct {
	Status ReindexStatus
}

func (e *ReindexRunningError) Error() string {
	return fmt.Sprintf("index: a reindex started by %s is already running (%d%%)", e.Status.Initiator, e.Status.Percent())
}

// Is makes errors.Is(err, ErrReindexRunning) true.
func (e *ReindexRunningError) Is(target error) bool { return target == ErrReindexRunning }

// LoadFunc reads a corpus, reporting each file read to onFile; onFile is
// never nil and may be called from any goroutine.
type LoadFunc func(ctx context.Context, onFile func(path string, done, total int)) (*corpus.Corpus, error)

// OpenFunc builds (or reuses) an index for c and returns a ready Engine.
type OpenFunc func(ctx context.Context, c *corpus.Corpus, progress func(Progress)) (*Engine, error)

// RefreshFunc brings the index up to date with the corpus folder, which
// the index reads itself (Open with a Folder): only the files changed
// since served's index was built are read again. It returns served itself
// when nothing changed, else a new engine. progress reports files read
// (phase "reading") and passages indexed ("indexing").
type RefreshFunc func(ctx context.Context, served *Engine, progress func(Progress)) (*Engine, error)

// ReindexStatus says how far a rebuild is: files read, then passages
// indexed.
type ReindexStatus struct {
	Initiator       string
	Started         time.Time
	Phase           string // "reading", "indexing", "swapping", "done"
	FilesRead       int
	FilesTotal      int // 0 while unknown
	PassagesIndexed int
	PassagesTotal   int // 0 while unknown
}

// Reading weighs this share of the percent, indexing the rest: reading
// and parsing the files takes a little longer than indexing them.
const readingShare = 55

// Percent is an estimate of the whole rebuild, 0..100.
func (s ReindexStatus) Percent() int {
	switch s.Phase {
	case "done":
		return 100
	case "swapping":
		return 99
	}
	p := 0
	if s.FilesTotal > 0 {
		p = readingShare * min(s.FilesRead, s.FilesTotal) / s.FilesTotal
	}
	if s.Phase == "indexing" {
		p = readingShare
		if s.PassagesTotal > 0 {
			p += (100 - readingShare) * min(s.PassagesIndexed, s.PassagesTotal) / s.PassagesTotal
		}
	}
	return min(p, 99)
}

// Summary is what a finished rebuild reports.
type Summary struct {
	Documents int
	Passages  int
	Quotes    int
	Speakers  int
	Skipped   []corpus.SkippedFile
	Duration  time.Duration
	// Unchanged is set when the corpus read is the one already served
	// and so are the topics: the index was kept as it is.
	Unchanged bool
	// TopicsChanged is set when only the topics changed: the index was
	// kept and the new topics swapped in.
	TopicsChanged bool
}

// LiveOptions configures a Live.
type LiveOptions struct {
	// Open builds the engine for a new corpus beside the live one. It
	// must never hand back an Engine sharing files with the live engine.
	Open OpenFunc
	// Refresh, when set, is how Reindex and repairs bring the index up
	// to date, in place of reading the whole corpus with a LoadFunc and
	// opening it with Open: the index reads the folder itself.
	Refresh RefreshFunc
	// Topics, when set, gives the topics to serve (nil for the defaults),
	// read again by every Reindex: a change of topics alone is swapped in
	// without rebuilding the index. It should give what Open builds with.
	Topics func() ([]Topic, error)
	Logger *slog.Logger
}

// Live serves questions from the current Engine and swaps in a rebuilt
// one without a question failing or waiting for the rebuild. It has the
// same question methods as Engine, so a caller can use it in its place.
type Live struct {
	cur     atomic.Pointer[handle]
	open    OpenFunc
	refresh RefreshFunc
	topics  func() ([]Topic, error)
	log     *slog.Logger

	mu      sync.Mutex // guards running, status, cancel, closed, idle
	running bool
	status  ReindexStatus
	cancel  context.CancelFunc
	closed  bool
	// idle is closed (and replaced) whenever a rebuild ends.
	idle chan struct{}
}

// handle is one engine and the questions reading it. Questions hold the
// read lock; retiring takes the write lock, so an engine is closed only
// after every question that started on it has finished.
type handle struct {
	eng    *Engine
	mu     sync.RWMutex
	closed bool

	fpOnce sync.Once
	fp     string

	// damaged is set once the engine's files are found damaged; the
	// first to find it starts a rebuild.
	damaged    atomic.Bool
	damageOnce sync.Once
}

// fingerprint is the content hash of the handle's corpus, computed once.
func (h *handle) fingerprint() string {
	h.fpOnce.Do(func() {
		if h.eng != nil {
			h.fp = h.eng.Fingerprint()
		}
	})
	return h.fp
}

// NewLive serves eng until the first Reindex swaps in another.
func NewLive(eng *Engine, opts LiveOptions) *Live {
	log := opts.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	l := &Live{open: opts.Open, refresh: opts.Refresh, topics: opts.Topics, log: log.With("component", "live"), idle: make(chan struct{})}
	l.cur.Store(&handle{eng: eng})
	return l
}

// acquire returns the current handle with its read lock held. A handle
// being retired was already replaced, so the loop finds the new one.
func (l *Live) acquire() (*handle, error) {
	for {
		h := l.cur.Load()
		if h == nil {
			return nil, ErrClosed
		}
		h.mu.RLock()
		if !h.closed {
			return h, nil
		}
		h.mu.RUnlock()
	}
}

// retire waits for the handle's questions to finish, then closes its
// engine. The lock is held only to mark the handle closed: a question
// that picked the handle up just before the swap moves on to the new one
// instead of waiting for the (possibly slow) close.
func (l *Live) retire(h *handle) error {
	if h == nil {
		return nil
	}
	h.mu.Lock()
	h.closed = true
	h.mu.Unlock()
	if err := h.eng.Close(); err != nil {
		return fmt.Errorf("index: close retired engine: %w", err)
	}
	return nil
}

// Ask answers a free-form question from the current engine.
func (l *Live) Ask(ctx context.Context, question string, opts AskOptions) (*Answer, error) {
	return read(l, func(e *Engine) (*Answer, error) { return e.Ask(ctx, question, opts) })
}

// Quote answers "what did speaker say (about about)".
func (l *Live) Quote(ctx context.Context, speaker, about string, opts AskOptions) (*Answer, error) {
	return read(l, func(e *Engine) (*Answer, error) { return e.Quote(ctx, speaker, about, opts) })
}

// Topics lists the topics with how many passages each matches.
func (l *Live) Topics(ctx context.Context) ([]TopicCount, error) {
	return read(l, func(e *Engine) ([]TopicCount, error) { return e.Topics(ctx) })
}

// Topic answers the named topic like a question.
func (l *Live) Topic(ctx context.Context, name string, opts AskOptions) (*Answer, error) {
	return read(l, func(e *Engine) (*Answer, error) { return e.Topic(ctx, name, opts) })
}

// read runs f on the current engine. Its on-disk index is memory-mapped:
// if a segment file was truncated under it, reading raises SIGBUS, which
// would kill the process. With panic-on-fault set on this goroutine (the
// only one that reads the index for a question: bleve searches term,
// boolean and disjunction queries in the caller's goroutine) the fault
// becomes a panic, recovered here into ErrDamaged for this question, and
// the index is rebuilt.
func read[T any](l *Live, f func(*Engine) (T, error)) (v T, err error) {
	h, err := l.acquire()
	if err != nil {
		return v, err
	}
	defer h.mu.RUnlock()
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	defer func() {
		p := recover()
		if p == nil {
			return
		}
		fault, ok := p.(interface{ Addr() uintptr })
		if !ok {
			panic(p) // a bug, not a damaged file
		}
		var zero T
		v, err = zero, fmt.Errorf("%w: memory fault reading %s (address %#x)", ErrDamaged, h.eng.Dir(), fault.Addr())
		l.damaged(h, err)
	}()
	v, err = f(h.eng)
	if errors.Is(err, ErrDamaged) && h.eng.Dir() != "" {
		// A record or side file that no longer reads.
		l.damaged(h, err)
	}
	return v, err
}

// Check looks at the current engine's index folder (a few stat calls, no
// reading) and, if it is missing or damaged, starts a rebuild and returns
// ErrDamaged. The watcher calls it now and then; a question that faults
// or a Reindex find the same damage on their own.
func (l *Live) Check() error {
	h, err := l.acquire()
	if err != nil {
		return err
	}
	defer h.mu.RUnlock()
	if h.damaged.Load() {
		return fmt.Errorf("%w (being rebuilt)", ErrDamaged)
	}
	if err := h.eng.Check(); err != nil {
		l.damaged(h, err)
		return err
	}
	return nil
}

// damaged marks h's engine as damaged and, the first time, rebuilds it
// from the corpus it serves, in the background. Meanwhile questions are
// still answered from it: what is mapped in memory mostly still reads (a
// deleted folder's files stay mapped), and a read that faults fails only
// its own question.
func (l *Live) damaged(h *handle, cause error) {
	if h.markDamaged(l.log, cause) {
		go l.repair(h)
	}
}

// markDamaged flags the engine as damaged and removes its folder's
// COMPLETE marker, so that no Open reuses it; true the first time.
func (h *handle) markDamaged(log *slog.Logger, cause error) bool {
	first := false
	h.damageOnce.Do(func() {
		first = true
		h.damaged.Store(true)
		log.Error("index damaged; rebuilding it from the corpus", "dir", h.eng.Dir(), "err", cause)
		if err := markDamaged(h.eng.Dir()); err != nil {
			log.Warn("index damaged", "err", err)
		}
	})
	return first
}

// repair rebuilds the index h serves, from the same corpus (the one it
// was given, or its folder read again), unless h was replaced meanwhile.
// A rebuild already running is waited for: if it swaps in another engine,
// there is nothing left to do.
func (l *Live) repair(h *handle) {
	c := h.eng.corpus
	if c == nil && l.refresh == nil {
		l.log.Error("index damaged, and there is no corpus to rebuild it from until a reindex", "dir", h.eng.Dir())
		return
	}
	load := func(context.Context, func(string, int, int)) (*corpus.Corpus, error) { return c, nil }
	for {
		if l.cur.Load() != h {
			return
		}
		l.mu.Lock()
		idle, closed := l.idle, l.closed
		l.mu.Unlock()
		if closed {
			return
		}
		_, err := l.Reindex(context.Background(), "index repair", load, nil)
		switch {
		case err == nil, errors.Is(err, ErrClosed):
			return
		case errors.Is(err, ErrReindexRunning):
			<-idle // the running one ends; look again
		default:
			l.log.Error("index repair failed; still answering from the damaged index where it can be read, until a reindex succeeds", "err", err)
			return
		}
	}
}

// Speakers lists the people quoted in the current corpus.
func (l *Live) Speakers() []corpus.Person {
	h, err := l.acquire()
	if err != nil {
		return nil
	}
	defer h.mu.RUnlock()
	return h.eng.Speakers()
}

// Sources lists the current corpus's articles.
func (l *Live) Sources() []SourceInfo {
	h, err := l.acquire()
	if err != nil {
		return nil
	}
	defer h.mu.RUnlock()
	return h.eng.Sources()
}

// Stats counts what the current engine holds.
func (l *Live) Stats() Stats {
	h, err := l.acquire()
	if err != nil {
		return Stats{}
	}
	defer h.mu.RUnlock()
	return h.eng.Stats()
}

// Dir is the folder of the index being served, "" for an in-memory one.
func (l *Live) Dir() string {
	h, err := l.acquire()
	if err != nil {
		return ""
	}
	defer h.mu.RUnlock()
	return h.eng.Dir()
}

// Running reports the status of the rebuild under way, if any.
func (l *Live) Running() (ReindexStatus, bool) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.status, l.running
}

// Reindex reads a corpus with load, builds a new index beside the live
// one and swaps it in once complete. Questions keep being answered from
// the old engine meanwhile; it is closed once its last question is done.
// If anything fails, the old engine stays and the error is returned.
// Only one Reindex runs at a time: another call gets a
// *ReindexRunningError (errors.Is ErrReindexRunning). progress, when set,
// is called from one goroutine at a time.
func (l *Live) Reindex(ctx context.Context, initiator string, load LoadFunc, progress func(ReindexStatus)) (Summary, error) {
	start := time.Now()
	l.mu.Lock()
	if l.closed {
		l.mu.Unlock()
		return Summary{}, ErrClosed
	}
	if l.running {
		st := l.status
		l.mu.Unlock()
		return Summary{}, &ReindexRunningError{Status: st}
	}
	if l.open == nil {
		l.mu.Unlock()
		return Summary{}, errors.New("index: reindex: no OpenFunc configured")
	}
	ctx, cancel := context.WithCancel(ctx)
	l.running, l.cancel = true, cancel
	l.status = ReindexStatus{Initiator: initiator, Started: start, Phase: "reading"}
	l.mu.Unlock()
	defer func() {
		cancel()
		l.mu.Lock()
		l.running, l.cancel = false, nil
		close(l.idle)
		l.idle = make(chan struct{})
		l.mu.Unlock()
	}()

	var progressMu sync.Mutex
	update := func(change func(*ReindexStatus)) {
		l.mu.Lock()
		change(&l.status)
		st := l.status
		l.mu.Unlock()
		if progress != nil {
			progressMu.Lock()
			progress(st)
			progressMu.Unlock()
		}
	}
	log := l.log.With("initiator", initiator)
	log.Info("reindex started")
	if l.refresh != nil {
		return l.reindexFolder(ctx, start, log, update)
	}

	c, err := guard(log, func() (*corpus.Corpus, error) {
		return load(ctx, func(_ string, done, total int) {
			update(func(s *ReindexStatus) {
				s.FilesRead = max(s.FilesRead, done)
				s.FilesTotal = total
			})
		})
	})
	if err == nil && c == nil {
		err = errors.New("no corpus")
	}
	if err != nil {
		log.Warn("reindex failed", "phase", "reading", "err", err)
		return Summary{}, fmt.Errorf("index: reindex: read corpus: %w", err)
	}
	if err := ctx.Err(); err != nil {
		return Summary{}, fmt.Errorf("index: reindex: %w", err)
	}
	// The same content needs no new index (building one would also open
	// the on-disk index the live engine holds), unless that index is
	// missing or damaged.
	cur := l.cur.Load()
	same := cur != nil && cur.fingerprint() != "" && cur.fingerprint() == Fingerprint(c)
	if same && !cur.damaged.Load() {
		if err := cur.eng.Check(); err != nil {
			cur.markDamaged(log, err)
		}
	}
	if same && !cur.damaged.Load() {
		// The topics are not in the index: new ones are swapped in
		// without a rebuild.
		topicsChanged, err := l.swapTopics(cur, log)
		if err != nil {
			return Summary{}, err
		}
		st := cur.eng.Stats()
		update(func(s *ReindexStatus) {
			s.Phase = "done"
			s.FilesRead = max(s.FilesRead, s.FilesTotal, len(c.Documents)+len(c.Skipped))
			s.FilesTotal = s.FilesRead
		})
		sum := Summary{Documents: st.Documents, Passages: st.Passages, Quotes: st.Quotes, Speakers: st.Speakers,
			Skipped: c.Skipped, Duration: time.Since(start), Unchanged: !topicsChanged, TopicsChanged: topicsChanged}
		log.Info("reindex: corpus unchanged, index kept", "documents", sum.Documents, "duration", sum.Duration)
		return sum, nil
	}
	passages := 0
	for _, d := range c.Documents {
		passages += len(d.Passages)
	}
	update(func(s *ReindexStatus) {
		s.Phase = "indexing"
		s.FilesRead = max(s.FilesRead, s.FilesTotal, len(c.Documents)+len(c.Skipped))
		s.FilesTotal = s.FilesRead
		s.PassagesTotal = passages
	})
	eng, err := guard(log, func() (*Engine, error) {
		return l.open(ctx, c, func(p Progress) {
			if p.Phase != "indexing" {
				return
			}
			update(func(s *ReindexStatus) {
				s.PassagesIndexed = p.Done
				if p.Total > 0 {
					s.PassagesTotal = p.Total
				}
			})
		})
	})
	if err == nil && eng == nil {
		err = errors.New("no engine")
	}
	if err != nil {
		log.Warn("reindex failed", "phase", "indexing", "err", err)
		return Summary{}, fmt.Errorf("index: reindex: build: %w", err)
	}
	update(func(s *ReindexStatus) { s.Phase = "swapping"; s.PassagesIndexed = s.PassagesTotal })

	if err := l.swapIn(eng, log); err != nil {
		return Summary{}, err
	}

	st := eng.Stats()
	sum := Summary{
		Documents: st.Documents,
		Passages:  st.Passages,
		Quotes:    st.Quotes,
		Speakers:  st.Speakers,
		Skipped:   c.Skipped,
		Duration:  time.Since(start),
	}
	update(func(s *ReindexStatus) { s.Phase = "done" })
	log.Info("reindex done", "documents", sum.Documents, "passages", sum.Passages,
		"quotes", sum.Quotes, "skipped", len(sum.Skipped), "duration", sum.Duration)
	return sum, nil
}

// reindexFolder is Reindex by l.refresh: the index reads the corpus
// folder itself and keeps what did not change.
func (l *Live) reindexFolder(ctx context.Context, start time.Time, log *slog.Logger, update func(func(*ReindexStatus))) (Summary, error) {
	cur := l.cur.Load()
	if cur == nil {
		return Summary{}, ErrClosed
	}
	served := cur.eng
	if cur.damaged.Load() {
		served = nil // never handed back: it must be rebuilt
	}
	eng, err := guard(log, func() (*Engine, error) {
		return l.refresh(ctx, served, func(p Progress) {
			update(func(s *ReindexStatus) {
				switch p.Phase {
				case "reading":
					s.FilesRead, s.FilesTotal = p.Done, p.Total
				case "indexing":
					if s.Phase == "reading" {
						s.Phase = "indexing"
						s.FilesRead = max(s.FilesRead, s.FilesTotal)
						s.FilesTotal = s.FilesRead
					}
					s.PassagesIndexed, s.PassagesTotal = p.Done, p.Total
				}
			})
		})
	})
	if err == nil && eng == nil {
		err = errors.New("no engine")
	}
	if err != nil {
		log.Warn("reindex failed", "err", err)
		return Summary{}, fmt.Errorf("index: reindex: %w", err)
	}
	if eng == served {
		topicsChanged, err := l.swapTopics(cur, log)
		if err != nil {
			return Summary{}, err
		}
		st := cur.eng.Stats()
		update(func(s *ReindexStatus) { s.Phase = "done" })
		sum := Summary{Documents: st.Documents, Passages: st.Passages, Quotes: st.Quotes, Speakers: st.Speakers,
			Skipped: cur.eng.Skipped(), Duration: time.Since(start), Unchanged: !topicsChanged, TopicsChanged: topicsChanged}
		log.Info("reindex: corpus unchanged, index kept", "documents", sum.Documents, "duration", sum.Duration)
		return sum, nil
	}
	update(func(s *ReindexStatus) { s.Phase = "swapping"; s.PassagesIndexed = s.PassagesTotal })
	if err := l.swapIn(eng, log); err != nil {
		return Summary{}, err
	}
	st := eng.Stats()
	sum := Summary{Documents: st.Documents, Passages: st.Passages, Quotes: st.Quotes, Speakers: st.Speakers,
		Skipped: eng.Skipped(), Duration: time.Since(start)}
	update(func(s *ReindexStatus) { s.Phase = "done" })
	log.Info("reindex done", "documents", sum.Documents, "passages", sum.Passages,
		"quotes", sum.Quotes, "skipped", len(sum.Skipped), "duration", sum.Duration)
	return sum, nil
}

// swapTopics reads the topics again and, when they changed, swaps them
// into the engine h serves: they are not in the index.
func (l *Live) swapTopics(h *handle, log *slog.Logger) (bool, error) {
	if l.topics == nil {
		return false, nil
	}
	ts, err := guard(log, l.topics)
	if err != nil {
		log.Warn("reindex failed", "phase", "topics", "err", err)
		return false, fmt.Errorf("index: reindex: topics: %w", err)
	}
	if ts == nil {
		ts = DefaultTopics()
	}
	if slices.Equal(ts, h.eng.TopicList()) {
		return false, nil
	}
	h.eng.SetTopics(ts)
	log.Info("reindex: topics changed", "topics", len(ts))
	return true, nil
}

// ErrPanic marks a rebuild stopped by a bug (a panic in reading or
// indexing); the old index keeps serving.
var ErrPanic = errors.New("internal error")

// guard turns a panic in f into an error, so that a bug in the reader or
// the indexer fails the rebuild instead of the process.
func guard[T any](log *slog.Logger, f func() (T, error)) (v T, err error) {
	defer func() {
		if p := recover(); p != nil {
			log.Error("reindex panicked", "panic", fmt.Sprint(p), "stack", string(debug.Stack()))
			err = fmt.Errorf("%w: %v", ErrPanic, p)
		}
	}()
	return f()
}

// Close stops a running rebuild and closes the current engine once its
// questions are done. Questions after Close get ErrClosed.
func (l *Live) Close() error {
	l.mu.Lock()
	if l.closed {
		l.mu.Unlock()
		return nil
	}
	l.closed = true
	if l.cancel != nil {
		l.cancel()
	}
	old := l.cur.Swap(nil)
	l.mu.Unlock()
	return l.retire(old)
}

// swapIn serves eng from now on and retires the engine it replaces once
// its questions finish; on a closed Live it closes eng instead.
func (l *Live) swapIn(eng *Engine, log *slog.Logger) error {
	l.mu.Lock()
	if l.closed {
		l.mu.Unlock()
		_ = eng.Close()
		return ErrClosed
	}
	old := l.cur.Swap(&handle{eng: eng})
	l.mu.Unlock()
	if err := l.retire(old); err != nil {
		log.Warn("reindex: old engine", "err", err)
	}
	return nil
}
