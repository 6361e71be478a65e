package main

import (
	"fmt"

	"github.com/spf13/cobra"
)

func newConfigCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "config",
		Short: "Print the effective configuration (the token is never shown)",
		Long: `Print the configuration talksbot would run with — defaults, then the config
file, then TALKSBOT_* environment variables, then flags — as YAML. The output
is itself a valid talksbot.yaml; the Discord token is left out (a comment
says whether one is set). Problems are reported naming the key and the fix.`,
		Args: noArgs("give a config file with --config FILE"),
		RunE: func(cmd *cobra.Command, args []string) error {
			a, err := newApp(cmd)
			if err != nil {
				return err
			}
			body, err := a.cfg.YAML()
			if err != nil {
				return err
			}
			out := cmd.OutOrStdout()
			if a.cfg.File != "" {
				fmt.Fprintf(out, "# effective configuration: defaults < %s < TALKSBOT_* < flags\n", a.cfg.File)
			} else {
				fmt.Fprintln(out, "# effective configuration: defaults < TALKSBOT_* < flags (no talksbot.yaml found)")
			}
			_, err = out.Write(body)
			return err
		},
	}
}
