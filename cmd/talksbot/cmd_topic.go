package main

import (
	"errors"

	"github.com/spf13/cobra"
)

func newTopicCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "topic",
		Short: "(not built yet)",
		RunE: func(cmd *cobra.Command, args []string) error {
			return errors.New("topic: not implemented yet")
		},
	}
}
