package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

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
		{flag: "min-hit1", metric: "hit@1", value: func(r index.EvalReport) float64 { return r.HitAt1 }},
		{flag: "min-recall3", metric: "recall@3", value: func(r index.EvalReport) float64 { return r.RecallAt3 }},
		{flag: "min-mrr", metric: "MRR", value: func(r index.EvalReport) float64 { return r.MRR }},
		{flag: "min-quotes", metric: "quote completeness", value: func(r index.EvalReport) float64 { return r.QuoteCompleteness }},
		{flag: "min-speakers", metric: "speaker precision", value: func(r index.EvalReport) float64 { return r.SpeakerPrecision }},
		{flag: "min-no-answer", metric: "no-answer accuracy", value: func(r index.EvalReport) float64 { return r.NoAnswerAccuracy }},
	}
	cmd := &cobra.Command{
		Use:   "eval [--corpus DIR] [--min-hit1 0.9 ...] FILE",
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
    no_answer: true`,
		Example: `  talksbot eval index/testdata/relevance/embedded.yaml
  talksbot eval --min-hit1 0.9 --min-recall3 1 questions.yaml`,
		Args: func(cmd *cobra.Command, args []string) error {
			switch {
			case len(args) == 0:
				return userErrorf("no questions file given; run talksbot eval FILE, where FILE is a YAML list of questions (see talksbot eval --help)")
			case len(args) > 1:
				return userErrorf("give one questions file, not %d arguments: talksbot eval FILE", len(args))
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
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
	return cmd
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
