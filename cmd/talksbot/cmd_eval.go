package main

import (
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/talksbot/talksbot/corpus"
	"github.com/talksbot/talksbot/index"
	"github.com/talksbot/talksbot/internal/i18n"
)

// bar is a metric eval can be asked to reach.
type bar struct {
	flag, metric string
	value        func(index.EvalReport) float64
	min          float64
}

func newEvalCmd() *cobra.Command {
	bars := []*bar{
		{flag: "min-hit1", metric: "hit@1", value: index.EvalReport.HitAt1},
		{flag: "min-recall3", metric: "recall@3", value: index.EvalReport.RecallAt3},
		{flag: "min-mrr", metric: "MRR", value: index.EvalReport.MRR},
		{flag: "min-quotes", metric: "quote completeness", value: index.EvalReport.QuoteCompleteness},
		{flag: "min-speakers", metric: "speaker precision", value: index.EvalReport.SpeakerPrecision},
		{flag: "min-no-answer", metric: "no-answer accuracy", value: index.EvalReport.NoAnswerAccuracy},
	}
	var suites, attribution string
	var showTest bool
	cmd := &cobra.Command{
		Use:   "eval [--corpus DIR] [--min-hit1 0.9 ...] FILE | eval --suites SUITES",
		Short: "Run a relevance file of questions and print hit@1, recall@3, MRR and more",
		Long: `Run a relevance file against the corpus and print a table: hit@1,
recall@3, MRR, quote completeness, speaker precision and no-answer accuracy,
then the no-answer threshold's margin and any question that went wrong.

It exits 1 when a question went wrong. With --min-hit1 and the other --min
flags it exits 1 only when a metric is below its bar (so a suite may accept
a few misses), naming the metric.

The file is a YAML list of cases:

  - q: what did Peskov say
    speaker: Dmitry Peskov          # the person it must resolve to
    quotes: ["We want peace"]       # one phrase per quote it must show
    expect: ["a respite"]           # phrases the right passage or quote holds
  - q: what did Merz say
    speaker: Friedrich Merz
    not_quoted: true                # named, never quoted
  - q: who won the world cup
    no_answer: true

With --suites, run every suite a suites file lists (each a relevance file
over its own corpus, in the development set or the frozen test set; see
index/testdata/suites.yaml) and report the two sets apart.`,
		Example: `  talksbot eval index/testdata/relevance/embedded.yaml
  talksbot eval --min-hit1 0.9 --min-recall3 1 questions.yaml`,
		Args: func(cmd *cobra.Command, args []string) error {
			suites, _ := cmd.Flags().GetString("suites")
			attribution, _ := cmd.Flags().GetString("attribution")
			switch {
			case (suites != "" || attribution != "") && len(args) > 0:
				return userErrorf("give a questions FILE, or --suites and --attribution, not both")
			case suites != "" || attribution != "":
			case len(args) == 0:
				return userErrorf("no questions file given; run talksbot eval FILE, where FILE is a YAML list of questions, or talksbot eval --suites index/testdata/suites.yaml (see talksbot eval --help)")
			case len(args) > 1:
				return userErrorf("give one questions file, not %d arguments: talksbot eval FILE", len(args))
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			if suites != "" || attribution != "" {
				if suites != "" {
					list, err := index.LoadSuites(suites)
					if err != nil {
						return evalFileError(suites, err)
					}
					reps, err := index.RunSuites(cmd.Context(), list)
					if err != nil {
						return err
					}
					if _, err := io.WriteString(cmd.OutOrStdout(), index.SuitesTable(reps, showTest)); err != nil {
						return err
					}
				}
				if attribution != "" {
					return evalAttribution(cmd.OutOrStdout(), attribution)
				}
				return nil
			}
			var set []*bar
			for _, b := range bars {
				if !cmd.Flags().Changed(b.flag) {
					continue
				}
				if b.min < 0 || b.min > 1 {
					return userErrorf("--%s must be between 0 and 1, got %g", b.flag, b.min)
				}
				set = append(set, b)
			}
			cases, err := index.LoadEval(args[0])
			if err != nil {
				return evalFileError(args[0], err)
			}
			_, e, err := openForCommand(cmd)
			if err != nil {
				return err
			}
			defer e.Close()
			rep, err := index.Evaluate(cmd.Context(), e, cases)
			if err != nil {
				return err
			}
			if _, err := io.WriteString(cmd.OutOrStdout(), rep.Table()); err != nil {
				return err
			}
			return judge(rep, set)
		},
	}
	for _, b := range bars {
		cmd.Flags().Float64Var(&b.min, b.flag, 0, "exit 1 when "+b.metric+" is below this (0 to 1)")
	}
	cmd.Flags().StringVar(&suites, "suites", "", "run the suites this file lists and report the development and test sets apart")
	cmd.Flags().BoolVar(&showTest, "show-test-problems", false, "also list the frozen test set's questions that went wrong")
	cmd.Flags().StringVar(&attribution, "attribution", "", "score who-said-what against a folder of articles with hand-labelled quotes (its labels.yaml)")
	return cmd
}

// evalAttribution reads a folder of articles with a labels.yaml of
// hand-labelled quotations and prints how the speakers found compare:
// precision (no quote given to a wrong person) and recall, by case.
func evalAttribution(w io.Writer, dir string) error {
	labels, err := corpus.LoadAttributionLabels(filepath.Join(dir, "labels.yaml"))
	if err != nil {
		return evalFileError(filepath.Join(dir, "labels.yaml"), err)
	}
	c, err := corpus.Load(dir)
	if err != nil {
		return err
	}
	rep := corpus.ScoreAttribution(c, labels)
	_, err = fmt.Fprintf(w, "\nattribution (%s):\n%s", dir, rep.Table())
	return err
}

// judge fails a run below any bar set, or, with no bar set, one where a
// question went wrong.
func judge(rep index.EvalReport, set []*bar) error {
	if len(set) > 0 {
		var below []string
		for _, b := range set {
			if v := b.value(rep); v < b.min {
				below = append(below, fmt.Sprintf("%s %.3f is below --%s %g", b.metric, v, b.flag, b.min))
			}
		}
		if len(below) > 0 {
			return userErrorf("%s", strings.Join(below, "; "))
		}
		return nil
	}
	wrong := 0
	for _, r := range rep.Results {
		if len(r.Problems) > 0 {
			wrong++
		}
	}
	if wrong > 0 {
		return userErrorf("%d of %s went wrong (listed above); fix them, or accept a score with --min-hit1 and the other --min flags",
			wrong, i18n.English.N("count.questions", len(rep.Results)))
	}
	return nil
}
