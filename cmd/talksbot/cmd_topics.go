package main

import (
	"errors"

	"github.com/spf13/cobra"
)

func newTopicsCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "topics",
		Short: "(not built yet)",
		RunE: func(cmd *cobra.Command, args []string) error {
			return errors.New("topics: not implemented yet")
		},
	}
}
