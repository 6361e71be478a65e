package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"sync"
	"time"

	"github.com/schollz/progressbar/v3"
	"github.com/spf13/cobra"

	"github.com/talksbot/talksbot/corpus"
	"github.com/talksbot/talksbot/index"
)

func newIndexCmd() *cobra.Command {
	var quiet bool
	cmd := &cobra.Command{
		Use:   "index",
		Short: "Build or rebuild the search index for the corpus, with a progress bar",
		Long: `Reads the corpus folder (--corpus, default the embedded articles) and
builds its index in the data directory (--data-dir). The new index is built
beside the current one and takes its place only when complete, so a running
"talksbot serve" or an interrupted build never sees a half-written index.
An unchanged corpus keeps its index.`,
		Args: noArgs("give the corpus with --corpus DIR"),
		RunE: func(cmd *cobra.Command, args []string) error {
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

// buildIndex reads the corpus and builds (or keeps) its on-disk index,
// reporting progress as /reindex does, and returns the same summary.
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
	c, err := corpusLoader(a)(ctx, func(_ string, done, total int) {
		report(func(s *index.ReindexStatus) { s.FilesRead, s.FilesTotal = max(s.FilesRead, done), total })
	})
	if err != nil {
		return index.Summary{}, err
	}
	passages := 0
	for _, d := range c.Documents {
		passages += len(d.Passages)
	}
	report(func(s *index.ReindexStatus) {
		s.Phase = "indexing"
		s.FilesRead = len(c.Documents) + len(c.Skipped)
		s.FilesTotal = s.FilesRead
		s.PassagesTotal = passages
	})
	built := false
	eng, err := diskOpener(a, dataDir)(ctx, c, func(p index.Progress) {
		if p.Phase == "indexing" {
			built = true
			report(func(s *index.ReindexStatus) { s.PassagesIndexed = p.Done })
		}
	})
	sum := index.Summary{Skipped: c.Skipped}
	switch {
	case errors.Is(err, index.ErrLocked) && !built:
		// A running talksbot holds the index of this very corpus.
		sum.Unchanged = true
		sum.Documents = len(c.Documents)
		sum.Passages = passages
		for _, d := range c.Documents {
			sum.Quotes += len(d.Quotes)
		}
		for _, p := range c.People {
			if p.Quotes > 0 {
				sum.Speakers++
			}
		}
	case err != nil:
		return index.Summary{}, fmt.Errorf("build the index in %s: %w", dataDir, err)
	default:
		stats := eng.Stats()
		if err := eng.Close(); err != nil {
			return index.Summary{}, err
		}
		sum.Documents, sum.Passages, sum.Quotes, sum.Speakers = stats.Documents, stats.Passages, stats.Quotes, stats.Speakers
		sum.Unchanged = !built
	}
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
