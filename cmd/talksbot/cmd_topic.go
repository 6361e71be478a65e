package main

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"github.com/talksbot/talksbot/corpus"
	"github.com/talksbot/talksbot/index"
)

func newTopicCmd() *cobra.Command {
	var limit int
	var asJSON bool
	cmd := &cobra.Command{
		Use:     "topic [--limit N] [--json] NAME...",
		Short:   "Answer a topic like a question",
		Example: `  talksbot topic security guarantees`,
		RunE: func(cmd *cobra.Command, args []string) error {
			name := strings.TrimSpace(strings.Join(args, " "))
			if name == "" {
				return errors.New("topic: no topic name given; list them with: talksbot topics")
			}
			if cmd.Flags().Changed("limit") && limit < 1 {
				return fmt.Errorf("topic: --limit must be at least 1, got %d", limit)
			}
			a, err := newApp(cmd)
			if err != nil {
				return fmt.Errorf("topic: %w", err)
			}
			if !cmd.Flags().Changed("limit") {
				limit = a.cfg.Answer.MaxPassages
			}
			c, err := a.loadCorpus(corpus.Options{})
			if err != nil {
				return fmt.Errorf("topic: %w", err)
			}
			e, err := a.openEngine(cmd.Context(), c, nil)
			if err != nil {
				return fmt.Errorf("topic: %w", err)
			}
			defer e.Close()
			ans, err := e.Topic(cmd.Context(), name, index.AskOptions{Limit: limit})
			if errors.Is(err, index.ErrUnknownTopic) {
				var names []string
				for _, t := range e.TopicList() {
					names = append(names, t.Name)
				}
				return fmt.Errorf("topic: no topic called %q; the topics are: %s", name, strings.Join(names, ", "))
			}
			if err != nil {
				return fmt.Errorf("topic: %w", err)
			}
			if asJSON {
				return writeAnswerJSON(cmd.OutOrStdout(), ans)
			}
			_, err = io.WriteString(cmd.OutOrStdout(), index.Render(ans).Text())
			return err
		},
	}
	cmd.Flags().IntVar(&limit, "limit", 5, "passages at most")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the answer as JSON")
	return cmd
}
