// Command bench is the side-by-side benchmark of issue 11: the same
// generated articles and questions through talksbot's engine, a plain
// bleve match query and SQLite FTS5 (bm25, an OR query), in one run, so
// that a noisy shared machine weighs on all three alike; plus process
// figures for talksbot (a whole build, a warm `talksbot ask` against the
// embedded-corpus ask, an article added to the index, serving memory).
//
// It is a module of its own so that the bot's go.mod stays without SQLite
// (modernc.org/sqlite, pure Go) and `go test ./...` never runs it:
//
//	cd bench && go run . -articles 10000,50000,100000 -dir /tmp/talksbot-bench
//
// The corpora are written once by internal/gencorpus (as cmd/gencorpus
// does) and kept in -dir for later runs. It prints a Markdown table.
package main

import (
	"bufio"
	"context"
	"database/sql"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"log"
	"log/slog"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"time"
	"unicode"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/mapping"
	_ "modernc.org/sqlite"

	"github.com/talksbot/talksbot/corpus"
	"github.com/talksbot/talksbot/index"
	"github.com/talksbot/talksbot/internal/gencorpus"
	"github.com/talksbot/talksbot/internal/localask"
)

// The questions of index/bench_test.go's generated-corpus benchmarks.
var (
	searchQuestions = []string{
		"security guarantees binding commitments", "ceasefire monitoring drones", "frozen assets for reconstruction",
		"interceptr missiles production", "How would observers verify a truce in Kherson?", "who won the world cup",
	}
	quoteQuestions = []string{
		"what did Marchenko say", "what did the Danish prime minister say about sanctions", "what did Volkof say",
		"quotes from Rachel Okafor about the ceasefire", "what did Boris Johnson say", "Whitfield's remarks on energy",
	}
)

func main() {
	log.SetFlags(0)
	if len(os.Args) > 1 && os.Args[1] == "rss" {
		rssMain(os.Args[2:])
		return
	}
	if len(os.Args) > 1 && os.Args[1] == "serve-local" {
		serveLocalMain(os.Args[2:])
		return
	}
	sizes := flag.String("articles", "10000", "corpus sizes, comma-separated")
	dir := flag.String("dir", filepath.Join(os.TempDir(), "talksbot-bench"), "where corpora, indexes and the binary are kept")
	rounds := flag.Int("rounds", 40, "times each question is asked of each engine")
	warmOnly := flag.Bool("warm-only", false, "measure only the build and the warm `talksbot ask` (beside a serve and alone)")
	flag.Parse()
	if err := os.MkdirAll(*dir, 0o755); err != nil {
		log.Fatal(err)
	}
	bin := filepath.Join(*dir, "talksbot")
	build := exec.Command("go", "build", "-o", bin, "./cmd/talksbot")
	build.Dir = ".."
	if out, err := build.CombinedOutput(); err != nil {
		log.Fatalf("go build: %v\n%s", err, out)
	}
	self, err := os.Executable()
	if err != nil {
		log.Fatal(err)
	}
	var rows []string
	for _, s := range strings.Split(*sizes, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(s))
		if err != nil {
			log.Fatal(err)
		}
		r := run{n: n, dir: *dir, bin: bin, self: self, rounds: *rounds, warmOnly: *warmOnly}
		rows = append(rows, r.all()...)
	}
	fmt.Println("| articles | what | talksbot | plain bleve | SQLite FTS5 | talksbot / bleve |")
	fmt.Println("|---|---|---|---|---|---|")
	for _, r := range rows {
		fmt.Println(r)
	}
}

type run struct {
	warmOnly     bool
	n            int
	dir, bin     string
	self         string
	rounds       int
	corpus, data string
	rows         []string
}

func (r *run) row(what, tb, bl, fts, ratio string) {
	line := fmt.Sprintf("| %d | %s | %s | %s | %s | %s |", r.n, what, tb, bl, fts, ratio)
	log.Println(line)
	r.rows = append(r.rows, line)
}

func (r *run) all() []string {
	r.corpus = filepath.Join(r.dir, fmt.Sprintf("corpus-%d", r.n))
	if _, err := os.Stat(r.corpus); err != nil {
		log.Printf("writing %d articles to %s", r.n, r.corpus)
		if err := gencorpus.WriteDir(r.corpus, r.n, 1); err != nil {
			log.Fatal(err)
		}
	}
	r.data = filepath.Join(r.dir, fmt.Sprintf("data-%d", r.n))
	_ = os.RemoveAll(r.data)

	// Builds: talksbot as a process (reading the files, as it does);
	// bleve and FTS5 in this one, from the same passages in memory.
	tb := measure(r.bin, "index", "-q", "--corpus", r.corpus, "--data-dir", r.data)
	passages := 0
	if m := regexp.MustCompile(`(\d+) passages`).FindStringSubmatch(tb.out); m != nil {
		passages, _ = strconv.Atoi(m[1])
	}
	if r.warmOnly {
		r.row("build, passages/s (wall)", fmt.Sprintf("%.0f (%s, peak RSS %d MB)", float64(passages)/tb.wall.Seconds(), secs(tb.wall), tb.maxRSS>>20), "", "", "")
		r.warmAsk()
		return r.rows
	}
	docs := gencorpus.Generate(r.n, 1).Documents
	var texts []string
	for _, d := range docs {
		for _, p := range d.Passages {
			texts = append(texts, p.Text)
		}
	}
	docs = nil
	ctx := context.Background()
	eng, err := index.Open(ctx, index.OpenOptions{DataDir: r.data, Folder: &index.Folder{Dir: r.corpus}})
	if err != nil {
		log.Fatal(err)
	}
	plainDir := filepath.Join(r.dir, fmt.Sprintf("bleve-%d", r.n))
	_ = os.RemoveAll(plainDir)
	plainBuild, plain := buildBleve(plainDir, eng.Dir(), texts)
	ftsPath := filepath.Join(r.dir, fmt.Sprintf("fts5-%d.db", r.n))
	_ = os.Remove(ftsPath)
	ftsBuild, db := buildFTS(ftsPath, texts)
	r.row("build, passages/s (wall)",
		fmt.Sprintf("%.0f (%s, peak RSS %d MB)", float64(passages)/tb.wall.Seconds(), secs(tb.wall), tb.maxRSS>>20),
		fmt.Sprintf("%.0f (%s)", float64(len(texts))/plainBuild.Seconds(), secs(plainBuild)),
		fmt.Sprintf("%.0f (%s)", float64(len(texts))/ftsBuild.Seconds(), secs(ftsBuild)),
		fmt.Sprintf("%.2f× the time", tb.wall.Seconds()/plainBuild.Seconds()))

	// Queries, interleaved: each round asks every question of a kind of
	// each engine in turn.
	for _, kind := range []struct {
		name string
		qs   []string
	}{{"search", searchQuestions}, {"quote", quoteQuestions}} {
		systems := []func(q string){
			func(q string) {
				if _, err := eng.Ask(ctx, q, index.AskOptions{}); err != nil {
					log.Fatal(err)
				}
			},
			func(q string) {
				mq := bleve.NewMatchQuery(q)
				mq.SetField("text")
				if _, err := plain.Search(bleve.NewSearchRequest(mq)); err != nil {
					log.Fatal(err)
				}
			},
			func(q string) { ftsSearch(db, q) },
		}
		stats := make([]latencies, len(systems))
		for _, q := range kind.qs { // warm
			for _, s := range systems {
				s(q)
			}
		}
		for range r.rounds {
			for i, s := range systems {
				c0 := cpuTime()
				for _, q := range kind.qs {
					t := time.Now()
					s(q)
					stats[i].lat = append(stats[i].lat, time.Since(t))
				}
				stats[i].cpu += cpuTime() - c0
			}
		}
		f := func(l latencies) string {
			return fmt.Sprintf("%s ms CPU (p50 %s, p99 %s)", ms(l.cpuPer()), ms(l.pct(0.5)), ms(l.pct(0.99)))
		}
		r.row(kind.name+" question", f(stats[0]), f(stats[1]), f(stats[2]),
			fmt.Sprintf("%.2f× CPU", float64(stats[0].cpuPer())/float64(stats[1].cpuPer())))
	}
	eng.Close()
	plain.Close()
	db.Close()

	// Serving memory: each engine alone in a process, after answering
	// every question three times.
	rss := func(system, path string) rssFigures {
		out, err := exec.Command(r.self, "rss", system, path, r.corpus).Output()
		if err != nil {
			log.Fatalf("rss %s: %v", system, err)
		}
		var f rssFigures
		if err := json.Unmarshal(out, &f); err != nil {
			log.Fatalf("rss %s: %v: %s", system, err, out)
		}
		return f
	}
	mt, mb, mf := rss("talksbot", r.data), rss("bleve", plainDir), rss("fts5", ftsPath)
	r.row("serving memory after the questions: RSS (anonymous + file-backed) MB", mt.String(), mb.String(), mf.String(),
		fmt.Sprintf("%.2f× anonymous", float64(mt.Anon)/float64(max(mb.Anon, 1))))

	r.warmAsk()

	// One article added: `talksbot index` updates the index, and the
	// article answers; then it is removed again.
	added := filepath.Join(r.corpus, "zz-added.txt")
	article := "Zeppelin envoys meet in Reykjavik\n\nBy Anna Berg\nPublished 9 December 2025\n\nZeppelin envoys met in Reykjavik on Tuesday to discuss a truce on the Dnipro.\n"
	if err := os.WriteFile(added, []byte(article), 0o644); err != nil {
		log.Fatal(err)
	}
	up := measure(r.bin, "index", "-q", "--corpus", r.corpus, "--data-dir", r.data)
	answer := measure(r.bin, "ask", "--corpus", r.corpus, "--data-dir", r.data, "zeppelin envoys in Reykjavik")
	ok := strings.Contains(answer.out, "Reykjavik")
	_ = os.Remove(added)
	down := measure(r.bin, "index", "-q", "--corpus", r.corpus, "--data-dir", r.data)
	r.row("one article added: `talksbot index` (wall, peak RSS)", fmt.Sprintf("%s ms, %d MB (answers: %v); removed again: %s ms",
		ms(up.wall), up.maxRSS>>20, ok, ms(down.wall)), "", "", strings.TrimSpace(firstLine(up.out)))
	return r.rows
}

// warmAsk measures a warm `talksbot ask` process on the folder, alone
// (it stats every file) and beside a process answering for the folder
// over the local socket as `serve --watch` does (internal/localask,
// served by `bench serve-local`, which opens the same index read-only),
// against one on the embedded corpus, interleaved in the same run.
func (r *run) warmAsk() {
	emb := filepath.Join(r.dir, "data-embedded")
	q := "what did Marchenko say"
	measure(r.bin, "ask", "--data-dir", emb, "what did Peskov say")
	measure(r.bin, "ask", "--no-serve", "--corpus", r.corpus, "--data-dir", r.data, q)
	srv := exec.Command(r.self, "serve-local", r.data, r.corpus)
	srv.Stderr = os.Stderr
	if err := srv.Start(); err != nil {
		log.Fatal(err)
	}
	defer func() {
		_ = srv.Process.Signal(os.Interrupt)
		_ = srv.Wait()
	}()
	sock, _ := localask.Socket(r.data, r.corpus)
	// Opening a 100,000-article index and its people takes a busy
	// 2-core machine over a minute; the wait is for a process that never
	// listens, not a slow one.
	ready, cancel := context.WithTimeout(context.Background(), serveLocalWait)
	defer cancel()
	if err := localask.Wait(ready, sock); err != nil {
		log.Fatalf("serve-local never listened: %v", err)
	}
	measure(r.bin, "ask", "--corpus", r.corpus, "--data-dir", r.data, q)
	var folder, beside, embedded []time.Duration
	for range 5 {
		folder = append(folder, measure(r.bin, "ask", "--no-serve", "--corpus", r.corpus, "--data-dir", r.data, q).wall)
		p := measure(r.bin, "ask", "--corpus", r.corpus, "--data-dir", r.data, q)
		beside = append(beside, p.wall)
		embedded = append(embedded, measure(r.bin, "ask", "--data-dir", emb, "what did Peskov say").wall)
	}
	slices.Sort(folder)
	slices.Sort(beside)
	slices.Sort(embedded)
	r.row("warm `talksbot ask` process, median of 5 (wall)", ms(folder[2])+" ms", "", "",
		fmt.Sprintf("%.1f× the embedded-corpus ask (%s ms)", float64(folder[2])/float64(embedded[2]), ms(embedded[2])))
	r.row("warm `talksbot ask` beside a running serve (local socket), median of 5 (wall)", ms(beside[2])+" ms", "", "",
		fmt.Sprintf("%.1f× the embedded-corpus ask", float64(beside[2])/float64(embedded[2])))
}

// serveLocalWait bounds how long warmAsk waits for `bench serve-local`
// to listen.
const serveLocalWait = 10 * time.Minute

// serveLocalMain is `bench serve-local DATA CORPUS`: answer `talksbot
// ask` for the corpus folder over the local socket, as `serve --watch`
// does, from the index talksbot keeps in DATA, until interrupted.
func serveLocalMain(args []string) {
	if len(args) != 2 {
		log.Fatal("usage: bench serve-local DATA CORPUS")
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	e, err := index.Open(ctx, index.OpenOptions{DataDir: args[0], Folder: &index.Folder{Dir: args[1]}})
	if err != nil {
		log.Fatal(err)
	}
	defer e.Close()
	sock, ok := localask.Socket(args[0], args[1])
	if !ok {
		log.Fatal("no socket path")
	}
	err = localask.Serve(ctx, sock, func(ctx context.Context, q localask.Question) (string, string, error) {
		a, err := e.Ask(ctx, q.Text, index.AskOptions{Limit: q.Limit, After: q.After})
		if err != nil {
			return "", "", err
		}
		return index.Render(a).Text(), "", nil
	}, slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err != nil {
		log.Fatal(err)
	}
}

func firstLine(s string) string {
	l, _, _ := strings.Cut(s, "\n")
	return l
}

type latencies struct {
	lat []time.Duration
	cpu time.Duration
}

func (l *latencies) cpuPer() time.Duration { return l.cpu / time.Duration(max(len(l.lat), 1)) }

func (l *latencies) pct(p float64) time.Duration {
	s := slices.Clone(l.lat)
	slices.Sort(s)
	return s[min(len(s)-1, int(p*float64(len(s))))]
}

func cpuTime() time.Duration {
	var ru syscall.Rusage
	_ = syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func ms(d time.Duration) string { return fmt.Sprintf("%.2f", float64(d)/float64(time.Millisecond)) }
func secs(d time.Duration) string {
	return fmt.Sprintf("%.1f s", d.Seconds())
}

// proc is what a process took.
type proc struct {
	wall   time.Duration
	cpu    time.Duration
	maxRSS int64 // bytes
	out    string
}

func measure(bin string, args ...string) proc {
	cmd := exec.Command(bin, args...)
	cmd.Env = append(os.Environ(), "NO_COLOR=1")
	start := time.Now()
	out, err := cmd.CombinedOutput()
	p := proc{wall: time.Since(start), out: string(out)}
	if err != nil {
		log.Fatalf("%s %v: %v\n%s", bin, args, err, out)
	}
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		p.maxRSS = ru.Maxrss << 10
		p.cpu = time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
	}
	return p
}

// buildBleve indexes the passages in a plain bleve index with talksbot's
// analyzer (read from the index talksbot built), one text field, batches
// as talksbot's, merged into one segment as talksbot's is.
func buildBleve(dir, talksbotDir string, texts []string) (time.Duration, bleve.Index) {
	tb, err := bleve.OpenUsing(filepath.Join(talksbotDir, "bleve"), map[string]interface{}{"read_only": true})
	if err != nil {
		log.Fatal(err)
	}
	b, err := json.Marshal(tb.Mapping())
	tb.Close()
	if err != nil {
		log.Fatal(err)
	}
	m := mapping.NewIndexMapping()
	if err := json.Unmarshal(b, m); err != nil {
		log.Fatal(err)
	}
	m.TypeMapping = map[string]*mapping.DocumentMapping{}
	m.TypeField = "_type"
	dm := mapping.NewDocumentStaticMapping()
	tf := mapping.NewTextFieldMapping()
	tf.Analyzer = m.DefaultAnalyzer
	tf.Store, tf.IncludeInAll, tf.IncludeTermVectors, tf.DocValues = false, false, false, false
	dm.AddFieldMappingsAt("text", tf)
	m.DefaultMapping = dm
	idx, err := bleve.NewUsing(dir, m, scorch.Name, scorch.Name, nil)
	if err != nil {
		log.Fatal(err)
	}
	start := time.Now()
	batch := idx.NewBatch()
	for i, t := range texts {
		if err := batch.Index(strconv.Itoa(i), map[string]interface{}{"text": t}); err != nil {
			log.Fatal(err)
		}
		if batch.Size() >= 5000 {
			if err := idx.Batch(batch); err != nil {
				log.Fatal(err)
			}
			batch.Reset()
		}
	}
	if err := idx.Batch(batch); err != nil {
		log.Fatal(err)
	}
	if adv, err := idx.Advanced(); err == nil {
		if sc, ok := adv.(*scorch.Scorch); ok {
			for range 4 {
				_ = sc.ForceMerge(context.Background(), nil)
			}
		}
	}
	_ = idx.SetInternal([]byte("persisted"), []byte("1"))
	return time.Since(start), idx
}

// buildFTS puts the passages in an FTS5 table (porter stemming over
// unicode61, as close to talksbot's analyzer as FTS5 comes) and optimizes
// it into one b-tree.
func buildFTS(path string, texts []string) (time.Duration, *sql.DB) {
	db, err := sql.Open("sqlite", path)
	if err != nil {
		log.Fatal(err)
	}
	if _, err := db.Exec(`CREATE VIRTUAL TABLE p USING fts5(text, tokenize = 'porter unicode61 remove_diacritics 2')`); err != nil {
		log.Fatal(err)
	}
	start := time.Now()
	tx, err := db.Begin()
	if err != nil {
		log.Fatal(err)
	}
	st, err := tx.Prepare(`INSERT INTO p(rowid, text) VALUES (?, ?)`)
	if err != nil {
		log.Fatal(err)
	}
	for i, t := range texts {
		if _, err := st.Exec(i+1, t); err != nil {
			log.Fatal(err)
		}
	}
	if err := tx.Commit(); err != nil {
		log.Fatal(err)
	}
	if _, err := db.Exec(`INSERT INTO p(p) VALUES ('optimize')`); err != nil {
		log.Fatal(err)
	}
	return time.Since(start), db
}

// ftsQuery is a question as an FTS5 OR query of its words.
func ftsQuery(q string) string {
	var words []string
	for _, w := range strings.FieldsFunc(strings.ToLower(q), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		words = append(words, `"`+w+`"`)
	}
	return strings.Join(words, " OR ")
}

func ftsSearch(db *sql.DB, q string) {
	rows, err := db.Query(`SELECT rowid, text FROM p WHERE p MATCH ? ORDER BY bm25(p) LIMIT 10`, ftsQuery(q))
	if err != nil {
		log.Fatal(err)
	}
	for rows.Next() {
		var id int
		var text string
		if err := rows.Scan(&id, &text); err != nil {
			log.Fatal(err)
		}
	}
	rows.Close()
}

// rssFigures are a process's memory after answering: resident anonymous
// memory (the heap and what the engine allocates), resident file-backed
// memory (an index mapped from disk, which the kernel can drop and
// reread) and the Go heap in use.
type rssFigures struct {
	Anon, File, Heap int64 // MB
}

func (f rssFigures) String() string {
	return fmt.Sprintf("%d + %d (heap %d)", f.Anon, f.File, f.Heap)
}

// rssMain is `bench rss SYSTEM PATH CORPUS`: open one engine, ask every
// question three times, print the memory figures as JSON.
func rssMain(args []string) {
	if len(args) != 3 {
		log.Fatal("usage: bench rss talksbot|bleve|fts5 PATH CORPUS")
	}
	system, path, corpusDir := args[0], args[1], args[2]
	ctx := context.Background()
	var ask func(q string)
	switch system {
	case "talksbot":
		e, err := index.Open(ctx, index.OpenOptions{DataDir: path, Folder: &index.Folder{Dir: corpusDir}})
		if err != nil {
			log.Fatal(err)
		}
		defer e.Close()
		ask = func(q string) { _, _ = e.Ask(ctx, q, index.AskOptions{}) }
	case "bleve":
		// talksbot's analyzer must be registered: an engine over one
		// article does that.
		tiny := &corpus.Corpus{Documents: []*corpus.Document{{ID: "a", Passages: []corpus.Passage{{Text: "a", Paragraph: 1}}}}}
		if e, err := index.Build(ctx, index.BuildOptions{Corpus: tiny}); err == nil {
			e.Close()
		}
		idx, err := bleve.OpenUsing(path, map[string]interface{}{"read_only": true})
		if err != nil {
			log.Fatal(err)
		}
		defer idx.Close()
		ask = func(q string) {
			mq := bleve.NewMatchQuery(q)
			mq.SetField("text")
			_, _ = idx.Search(bleve.NewSearchRequest(mq))
		}
	case "fts5":
		db, err := sql.Open("sqlite", path)
		if err != nil {
			log.Fatal(err)
		}
		defer db.Close()
		ask = func(q string) { ftsSearch(db, q) }
	default:
		log.Fatalf("unknown system %q", system)
	}
	for range 3 {
		for _, q := range append(append([]string(nil), searchQuestions...), quoteQuestions...) {
			ask(q)
		}
	}
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	f := rssFigures{Heap: int64(ms.HeapInuse >> 20)}
	st, err := os.Open("/proc/self/status")
	if err == nil {
		sc := bufio.NewScanner(st)
		for sc.Scan() {
			fields := strings.Fields(sc.Text())
			if len(fields) < 2 {
				continue
			}
			kb, _ := strconv.ParseInt(fields[1], 10, 64)
			switch fields[0] {
			case "RssAnon:":
				f.Anon = kb >> 10
			case "RssFile:":
				f.File = kb >> 10
			}
		}
		st.Close()
	}
	_ = json.NewEncoder(os.Stdout).Encode(f)
}
