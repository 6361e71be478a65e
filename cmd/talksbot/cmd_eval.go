package main

import (
	"fmt"
	"io"

	"github.com/spf13/cobra"

	"github.com/talksbot/talksbot/index"
)

func newEvalCmd() *cobra.Command {
	var suites string
	var showTest bool
	cmd := &cobra.Command{
		Use:   "eval [--corpus DIR] FILE | eval --suites SUITES",
		Short: "Run a relevance file of questions and print hit@1, recall@3, MRR and more",
		Long: `Run a relevance file against the corpus and print a table: hit@1,
recall@3, MRR, quote completeness, speaker precision and no-answer accuracy,
then the no-answer threshold's margin and any question that went wrong.

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
		Args: cobra.RangeArgs(0, 1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if suites != "" {
				if len(args) > 0 {
					return fmt.Errorf("eval: give a relevance FILE or --suites, not both")
				}
				list, err := index.LoadSuites(suites)
				if err != nil {
					return fmt.Errorf("eval: %w", err)
				}
				reps, err := index.RunSuites(cmd.Context(), list)
				if err != nil {
					return fmt.Errorf("eval: %w", err)
				}
				_, err = io.WriteString(cmd.OutOrStdout(), index.SuitesTable(reps, showTest))
				return err
			}
			if len(args) == 0 {
				return fmt.Errorf("eval: give a relevance FILE, or --suites index/testdata/suites.yaml")
			}
			cases, err := index.LoadEval(args[0])
			if err != nil {
				return fmt.Errorf("eval: %w", err)
			}
			_, e, err := openForCommand(cmd)
			if err != nil {
				return fmt.Errorf("eval: %w", err)
			}
			defer e.Close()
			rep, err := index.Evaluate(cmd.Context(), e, cases)
			if err != nil {
				return fmt.Errorf("eval: %w", err)
			}
			_, err = io.WriteString(cmd.OutOrStdout(), rep.Table())
			return err
		},
	}
	cmd.Flags().StringVar(&suites, "suites", "", "run the suites this file lists and report the development and test sets apart")
	cmd.Flags().BoolVar(&showTest, "show-test-problems", false, "also list the frozen test set's questions that went wrong")
	return cmd
}
