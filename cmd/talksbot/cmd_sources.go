package main

import (
	"encoding/json"
	"fmt"
	"io"

	"github.com/spf13/cobra"

	"github.com/talksbot/talksbot/internal/i18n"
)

func newSourcesCmd() *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "sources [--corpus DIR] [--json]",
		Short: "List the articles the answers come from, with date, outlet and counts",
		Long: `List the articles of the corpus (--corpus, default the embedded articles):
number, date, outlet, how many passages and quotes each gave, and title, as
/sources shows them on Discord. --json prints them as data.`,
		Args: noArgs("see one article's passages with: talksbot inspect"),
		RunE: func(cmd *cobra.Command, args []string) error {
			_, e, err := openForCommand(cmd)
			if err != nil {
				return err
			}
			defer e.Close()
			srcs := e.Sources()
			out := cmd.OutOrStdout()
			if asJSON {
				enc := json.NewEncoder(out)
				enc.SetIndent("", "  ")
				enc.SetEscapeHTML(false)
				return enc.Encode(srcs)
			}
			rows := [][]string{{"#", "date", "outlet", "passages", "quotes", "title"}}
			passages, quotes := 0, 0
			for i, s := range srcs {
				title := s.Title
				if title == "" {
					title = s.Doc
				}
				rows = append(rows, []string{fmt.Sprint(i + 1), orDash(s.Date), orDash(s.Outlet), fmt.Sprint(s.Passages), fmt.Sprint(s.Quotes), title})
				passages += s.Passages
				quotes += s.Quotes
			}
			io.WriteString(out, consoleOf(out).table(rows, []int{right, left, left, right, right, left}))
			l := i18n.English
			fmt.Fprintf(out, "\n%s, %s, %s.\n", l.N("count.articles", len(srcs)), l.N("count.passages", passages), l.N("count.quotes", quotes))
			return nil
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the articles as JSON")
	return cmd
}

func orDash(s string) string {
	if s == "" {
		return "—"
	}
	return s
}
