package main

import (
	"errors"

	"github.com/spf13/cobra"
)

func newEvalCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "eval",
		Short: "(not built yet)",
		RunE: func(cmd *cobra.Command, args []string) error {
			return errors.New("eval: not implemented yet")
		},
	}
}
