package main

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"github.com/talksbot/talksbot/index"
)

func newAskCmd() *cobra.Command {
	var limit int
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "ask [--corpus DIR] [--data-dir DIR] [--limit N] [--json] QUESTION...",
		Short: "Answer a question from the articles, with citations",
		Long: `Answer a question from the articles: the passages that answer it and,
for "what did X say", X's direct quotes, each with a numbered citation.
The output is what a Discord user would read; --json gives it as data.`,
		Example: `  talksbot ask what did Peskov say
  talksbot ask --json "security guarantees"`,
		RunE: func(cmd *cobra.Command, args []string) error {
			question := strings.TrimSpace(strings.Join(args, " "))
			if question == "" {
				return userErrorf(`no question given; try: talksbot ask "what did Peskov say"`)
			}
			return runAnswer(cmd, limit, asJSON, func(ctx context.Context, e *index.Engine, opts index.AskOptions) (*index.Answer, error) {
				ans, err := e.Ask(ctx, question, opts)
				if errors.Is(err, index.ErrEmptyQuestion) {
					return nil, userErrorf("the question %q has no words to look for; ask with a few words, e.g. talksbot ask \"what did Peskov say\"", question)
				}
				return ans, err
			})
		},
	}
	cmd.Flags().IntVar(&limit, "limit", 5, "passages at most")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the answer as JSON")
	return cmd
}

// runAnswer is what ask and topic share: check --limit (the configured
// answer.max_passages when not given), open the engine over the configured
// corpus, answer, and print the answer as a Discord user would read it
// (in colour and wrapped on a terminal) or, with --json, as data.
func runAnswer(cmd *cobra.Command, limit int, asJSON bool, answer func(context.Context, *index.Engine, index.AskOptions) (*index.Answer, error)) error {
	if cmd.Flags().Changed("limit") && limit < 1 {
		return userErrorf("--limit must be at least 1, got %d", limit)
	}
	a, e, err := openForCommand(cmd)
	if err != nil {
		return err
	}
	defer e.Close()
	if !cmd.Flags().Changed("limit") {
		limit = a.cfg.Answer.MaxPassages
	}
	ans, err := answer(cmd.Context(), e, index.AskOptions{Limit: limit})
	if err != nil {
		return err
	}
	out := cmd.OutOrStdout()
	if asJSON {
		return writeAnswerJSON(out, ans)
	}
	_, err = io.WriteString(out, consoleOf(out).answer(index.Render(ans).Text()))
	return err
}

// answerJSON is the --json shape of an answer. It is a contract: fields
// are added, never renamed or removed; lists are never null.
type answerJSON struct {
	Question string          `json:"question"`
	Speaker  string          `json:"speaker"`
	Quotes   []index.Quote   `json:"quotes"`
	Passages []index.Passage `json:"passages"`
	// NoAnswer says the articles do not cover the question: no quotes
	// and no passages.
	NoAnswer bool `json:"no_answer"`
	// Closest says the passages are only the closest the articles have,
	// not an answer.
	Closest bool `json:"closest"`
	// AuthorOf is the title of the article whose author the question
	// asked for ("who wrote the warsaw op-ed"); Speaker then names the
	// author.
	AuthorOf string `json:"author_of,omitempty"`
}

func writeAnswerJSON(w io.Writer, a *index.Answer) error {
	out := answerJSON{Question: a.Question, Quotes: a.Quotes, Passages: a.Passages, NoAnswer: !a.Answered(), Closest: a.Closest, AuthorOf: a.AuthorOf}
	if a.Kind == index.KindQuote || a.AuthorOf != "" {
		// "speaker" names who a quote question was resolved to; a question
		// about a person ("who is X") carries X's quotes, each with its
		// speaker, but is not a quote question.
		out.Speaker = a.Speaker
	}
	if out.Quotes == nil {
		out.Quotes = []index.Quote{}
	}
	if out.Passages == nil {
		out.Passages = []index.Passage{}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(out)
}
