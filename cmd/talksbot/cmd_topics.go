package main

import (
	"encoding/json"
	"fmt"

	"github.com/spf13/cobra"
)

func newTopicsCmd() *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "topics [--json]",
		Short: "List the topics the articles cover, with how many passages each matches",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			_, e, err := openForCommand(cmd)
			if err != nil {
				return fmt.Errorf("topics: %w", err)
			}
			defer e.Close()
			ts, err := e.Topics(cmd.Context())
			if err != nil {
				return fmt.Errorf("topics: %w", err)
			}
			out := cmd.OutOrStdout()
			if asJSON {
				enc := json.NewEncoder(out)
				enc.SetIndent("", "  ")
				return enc.Encode(ts)
			}
			for _, t := range ts {
				unit := "passages"
				if t.Passages == 1 {
					unit = "passage"
				}
				fmt.Fprintf(out, "%-32s %3d %-8s  %s\n", t.Name, t.Passages, unit, t.Description)
			}
			fmt.Fprintln(out, "\nAsk one with: talksbot topic NAME")
			return nil
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the topics as JSON")
	return cmd
}
