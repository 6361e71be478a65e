package main

import (
	"fmt"
	"io"

	"github.com/spf13/cobra"

	"github.com/talksbot/talksbot/index"
)

func newEvalCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "eval [--corpus DIR] FILE",
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
    no_answer: true`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
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
}
