package main

import (
	"context"
	"errors"
	"strings"

	"github.com/spf13/cobra"

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
				return userErrorf("no topic name given; list them with: talksbot topics")
			}
			return runAnswer(cmd, limit, asJSON, func(ctx context.Context, e *index.Engine, opts index.AskOptions) (*index.Answer, error) {
				ans, err := e.Topic(ctx, name, opts)
				if errors.Is(err, index.ErrUnknownTopic) {
					var names []string
					for _, t := range e.TopicList() {
						names = append(names, t.Name)
					}
					return nil, userErrorf("no topic called %q; the topics are: %s", name, strings.Join(names, ", "))
				}
				return ans, err
			})
		},
	}
	cmd.Flags().IntVar(&limit, "limit", 5, "passages at most")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the answer as JSON")
	return cmd
}
