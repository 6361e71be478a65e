package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"sync"
	"time"

	"github.com/schollz/progressbar/v3"
	"github.com/spf13/cobra"

	"github.com/talksbot/talksbot/corpus"
	"github.com/talksbot/talksbot/index"
)

func newIndexCmd() *cobra.Command {
	var quiet bool
	var cpuProfile string
	cmd := &cobra.Command{
		Use:   "index",
		Short: "Build or rebuild the search index for the corpus, with a progress bar",
		Long: `Reads the corpus folder (--corpus, default the embedded articles) and
builds its index in the data directory (--data-dir). The new index is built
beside the current one and takes its place only when complete, so a running
"talksbot serve" or an interrupted build never sees a half-written index.
An unchanged corpus keeps its index (its files are only stat'ed); a few
articles added, changed or removed update it, reading only those.`,
		Args: noArgs("give the corpus with --corpus DIR"),
		RunE: func(cmd *cobra.Command, args []string) error {
			if cpuProfile != "" {
				stop, err := startCPUProfile(cpuProfile)
				if err != nil {
					return err
				}
				defer stop()
			}
			a, err := newApp(cmd)
			if err != nil {
				return err
			}
			dataDir, err := a.dataDir()
			if err != nil {
				return err
			}
			// The bar redraws itself with carriage returns: only a
			// terminal shows it; a log or a pipe gets the summary alone.
			var progress func(index.ReindexStatus)
			bar := !quiet && consoleOf(cmd.ErrOrStderr()).tty
			if bar {
				b := newIndexBar(cmd.ErrOrStderr())
				defer b.finish()
				progress = b.show
			}
			sum, err := buildIndex(cmd.Context(), a, dataDir, progress)
			if err != nil {
				return err
			}
			if bar {
				fmt.Fprintln(cmd.ErrOrStderr())
			}
			printSummary(cmd.OutOrStdout(), sum)
			return nil
		},
	}
	cmd.Flags().BoolVarP(&quiet, "quiet", "q", false, "no progress bar")
	// For whoever measures a build or an update: go tool pprof FILE.
	cmd.Flags().StringVar(&cpuProfile, "cpuprofile", "", "write a CPU profile of the run to `FILE`")
	_ = cmd.Flags().MarkHidden("cpuprofile")
	return cmd
}

// corpusLoader reads the configured corpus for index.Live.Reindex.
func corpusLoader(a *app) index.LoadFunc {
	return func(ctx context.Context, onFile func(path string, done, total int)) (*corpus.Corpus, error) {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		return a.loadCorpus(corpus.Options{OnFile: onFile})
	}
}

// diskOpener builds indexes in dataDir for index.Live.
func diskOpener(a *app, dataDir string) index.OpenFunc {
	return func(ctx context.Context, c *corpus.Corpus, progress func(index.Progress)) (*index.Engine, error) {
		// Read each time: a corpus can bring its own topics.yaml.
		topics, err := a.topics()
		if err != nil {
			return nil, err
		}
		return index.Open(ctx, index.OpenOptions{
			DataDir: dataDir, Corpus: c, Topics: topics, Logger: a.log, Progress: progress,
		})
	}
}

// folderRefresher brings the index in dataDir up to date with the
// configured corpus for index.Live: the index reads the folder itself,
// so an unchanged corpus is recognised by a stat of its files and a few
// changed articles update the index instead of rebuilding it.
func folderRefresher(a *app, dataDir string) index.RefreshFunc {
	return func(ctx context.Context, served *index.Engine, progress func(index.Progress)) (*index.Engine, error) {
		// Read each time: a corpus can bring its own topics.yaml.
		topics, err := a.topics()
		if err != nil {
			return nil, err
		}
		return index.Open(ctx, index.OpenOptions{
			DataDir: dataDir, Folder: a.folder(), Served: served, Topics: topics, Logger: a.log, Progress: progress,
		})
	}
}

// buildIndex brings the on-disk index of the configured corpus up to
// date, reporting progress as /reindex does, and returns the same
// summary: the index reads the folder itself, keeps an unchanged index,
// updates it when a few articles changed and rebuilds it otherwise.
func buildIndex(ctx context.Context, a *app, dataDir string, progress func(index.ReindexStatus)) (index.Summary, error) {
	start := time.Now()
	st := index.ReindexStatus{Initiator: "talksbot index", Started: start, Phase: "reading"}
	var mu sync.Mutex
	report := func(change func(*index.ReindexStatus)) {
		mu.Lock()
		defer mu.Unlock()
		change(&st)
		if progress != nil {
			progress(st)
		}
	}
	topics, err := a.topics()
	if err != nil {
		return index.Summary{}, err
	}
	built := false
	eng, err := index.Open(ctx, index.OpenOptions{
		DataDir: dataDir, Folder: a.folder(), Topics: topics, Logger: a.log,
		Progress: func(p index.Progress) {
			switch p.Phase {
			case "reading":
				report(func(s *index.ReindexStatus) { s.FilesRead, s.FilesTotal = max(s.FilesRead, p.Done), p.Total })
			case "indexing":
				built = true
				report(func(s *index.ReindexStatus) {
					s.Phase = "indexing"
					s.FilesRead = max(s.FilesRead, s.FilesTotal)
					s.FilesTotal = s.FilesRead
					s.PassagesIndexed, s.PassagesTotal = p.Done, p.Total
				})
			}
		},
	})
	if err != nil {
		if a.cfg.Corpus.Dir != "" && (errors.Is(err, fs.ErrNotExist) || errors.Is(err, fs.ErrPermission)) {
			return index.Summary{}, corpusError(a.cfg.Corpus.Dir, err)
		}
		return index.Summary{}, fmt.Errorf("build the index in %s: %w", dataDir, err)
	}
	stats := eng.Stats()
	sum := index.Summary{Skipped: eng.Skipped(), Unchanged: !built}
	if err := eng.Close(); err != nil {
		return index.Summary{}, err
	}
	sum.Documents, sum.Passages, sum.Quotes, sum.Speakers = stats.Documents, stats.Passages, stats.Quotes, stats.Speakers
	report(func(s *index.ReindexStatus) { s.Phase = "done"; s.PassagesIndexed = s.PassagesTotal })
	sum.Duration = time.Since(start)
	a.log.Debug("index", "data_dir", dataDir, "documents", sum.Documents, "unchanged", sum.Unchanged)
	return sum, nil
}

// printSummary writes what a build did, as /reindex shows it.
func printSummary(w io.Writer, s index.Summary) {
	verb := "Indexed"
	if s.Unchanged {
		verb = "Corpus unchanged; index kept:"
	}
	fmt.Fprintf(w, "%s %d documents, %d passages, %d quotes, %d speakers in %s\n",
		verb, s.Documents, s.Passages, s.Quotes, s.Speakers, s.Duration.Round(time.Millisecond))
	if len(s.Skipped) > 0 {
		noun := "files"
		if len(s.Skipped) == 1 {
			noun = "file"
		}
		fmt.Fprintf(w, "Skipped %d %s:\n", len(s.Skipped), noun)
		for _, f := range s.Skipped {
			fmt.Fprintf(w, "  %s: %s\n", f.Path, f.Reason)
		}
	}
}

// indexBar draws a build's progress on the terminal.
type indexBar struct {
	bar *progressbar.ProgressBar
}

func newIndexBar(w io.Writer) *indexBar {
	return &indexBar{bar: progressbar.NewOptions(100,
		progressbar.OptionSetWriter(w),
		progressbar.OptionSetWidth(30),
		progressbar.OptionThrottle(100*time.Millisecond),
		progressbar.OptionSetDescription("reading files"),
		progressbar.OptionShowElapsedTimeOnFinish(),
		progressbar.OptionSetPredictTime(false),
	)}
}

func (b *indexBar) show(st index.ReindexStatus) {
	switch st.Phase {
	case "reading":
		b.bar.Describe(fmt.Sprintf("reading files %d/%d", st.FilesRead, st.FilesTotal))
	case "indexing":
		b.bar.Describe(fmt.Sprintf("indexing passages %d/%d", st.PassagesIndexed, st.PassagesTotal))
	case "done":
		b.bar.Describe("done")
	}
	_ = b.bar.Set(st.Percent())
}

func (b *indexBar) finish() { _ = b.bar.Finish() }
