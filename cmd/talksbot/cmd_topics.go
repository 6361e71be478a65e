package main

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"github.com/talksbot/talksbot/internal/i18n"
)

func newTopicsCmd() *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "topics [--json]",
		Short: "List the topics the articles cover, with how many passages each matches",
		Args:  noArgs("answer one with: talksbot topic NAME"),
		RunE: func(cmd *cobra.Command, args []string) error {
			_, e, err := openForCommand(cmd)
			if err != nil {
				return err
			}
			defer e.Close()
			ts, err := e.Topics(cmd.Context())
			if err != nil {
				return err
			}
			out := cmd.OutOrStdout()
			if asJSON {
				enc := json.NewEncoder(out)
				enc.SetIndent("", "  ")
				return enc.Encode(ts)
			}
			// "  12 passages": the numbers right-aligned, whatever their
			// width.
			digits := 1
			for _, t := range ts {
				digits = max(digits, len(fmt.Sprint(t.Passages)))
			}
			rows := make([][]string, 0, len(ts))
			for _, t := range ts {
				n := fmt.Sprint(t.Passages)
				count := strings.Repeat(" ", digits-len(n)) + i18n.English.N("count.passages", t.Passages)
				rows = append(rows, []string{t.Name, count, t.Description})
			}
			io.WriteString(out, consoleOf(out).table(rows, []int{left, left, left}))
			fmt.Fprintln(out, "\nAsk one with: talksbot topic NAME")
			return nil
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the topics as JSON")
	return cmd
}

// noArgs refuses arguments to a command that takes none, saying what to
// do instead.
func noArgs(hint string) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if len(args) > 0 {
			return userErrorf("takes no arguments (got %q); %s", args[0], hint)
		}
		return nil
	}
}
