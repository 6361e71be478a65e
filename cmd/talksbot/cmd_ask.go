package main

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"github.com/talksbot/talksbot/index"
	"github.com/talksbot/talksbot/internal/localask"
)

func newAskCmd() *cobra.Command {
	var limit int
	var after string
	var asJSON, noServe bool
	cmd := &cobra.Command{
		Use:   "ask [--corpus DIR] [--data-dir DIR] [--limit N] [--after NAME] [--json] QUESTION...",
		Short: "Answer a question from the articles, with citations",
		Long: `Answer a question from the articles: the passages that answer it and,
for "what did X say", X's direct quotes, each with a numbered citation.
The output is what a Discord user would read; --json gives it as data.
Beside a running "talksbot serve --watch" over the same corpus folder and
data directory, the running bot answers (what members get from it at
that moment); --no-serve reads the folder instead.
--after names the person a previous answer was about, as the bot
remembers it for a member's follow-up: with it, "and what did she say
about the plant" is read as about her.`,
		Example: `  talksbot ask what did Peskov say
  talksbot ask --json "security guarantees"
  talksbot ask --after "Claudia Major" "and what did she say about troops"`,
		RunE: func(cmd *cobra.Command, args []string) error {
			question := strings.TrimSpace(strings.Join(args, " "))
			after = strings.TrimSpace(after)
			if question == "" {
				return userErrorf(`no question given; try: talksbot ask "what did Peskov say"`)
			}
			a, err := newApp(cmd)
			if err != nil {
				return err
			}
			if !noServe {
				if done, err := askBesideServe(cmd, a, localask.Question{Text: question, Limit: limit, After: after}, asJSON); done || err != nil {
					return err
				}
			}
			return runAnswerWith(cmd, a, limit, asJSON, func(ctx context.Context, e *index.Engine, opts index.AskOptions) (*index.Answer, error) {
				opts.After = after
				ans, err := e.Ask(ctx, question, opts)
				if errors.Is(err, index.ErrEmptyQuestion) {
					return nil, emptyQuestion(question)
				}
				return ans, err
			})
		},
	}
	cmd.Flags().IntVar(&limit, "limit", 5, "passages at most")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the answer as JSON")
	cmd.Flags().StringVar(&after, "after", "", "read a follow-up as after an answer about this person")
	cmd.Flags().BoolVar(&noServe, "no-serve", false, "answer from the corpus folder even when a running serve could")
	return cmd
}

// askBesideServe asks the serve answering for the configured corpus
// folder, if one does, and prints its answer as ask would; done is false
// when none does.
func askBesideServe(cmd *cobra.Command, a *app, q localask.Question, asJSON bool) (done bool, err error) {
	if cmd.Flags().Changed("limit") && q.Limit < 1 {
		return false, nil // runAnswer says so
	}
	dataDir, err := a.dataDir()
	if err != nil {
		return false, nil
	}
	path, ok := localask.Socket(dataDir, a.cfg.Corpus.Dir)
	if !ok {
		return false, nil
	}
	if !cmd.Flags().Changed("limit") {
		q.Limit = a.cfg.Answer.MaxPassages
	}
	reply, ok := localask.Ask(cmd.Context(), path, q)
	if !ok {
		return false, nil
	}
	if reply.Empty {
		return true, emptyQuestion(q.Text)
	}
	out := cmd.OutOrStdout()
	if asJSON {
		_, err = io.WriteString(out, reply.JSON)
		return true, err
	}
	_, err = io.WriteString(out, consoleOf(out).answer(reply.Text))
	return true, err
}

func emptyQuestion(question string) error {
	return userErrorf("the question %q has no words to look for; ask with a few words, e.g. talksbot ask \"what did Peskov say\"", question)
}

// runAnswer is what ask and topic share: check --limit (the configured
// answer.max_passages when not given), open the engine over the configured
// corpus, answer, and print the answer as a Discord user would read it
// (in colour and wrapped on a terminal) or, with --json, as data.
func runAnswer(cmd *cobra.Command, limit int, asJSON bool, answer func(context.Context, *index.Engine, index.AskOptions) (*index.Answer, error)) error {
	a, err := newApp(cmd)
	if err != nil {
		return err
	}
	return runAnswerWith(cmd, a, limit, asJSON, answer)
}

// runAnswerWith is runAnswer with the configuration already read.
func runAnswerWith(cmd *cobra.Command, a *app, limit int, asJSON bool, answer func(context.Context, *index.Engine, index.AskOptions) (*index.Answer, error)) error {
	if cmd.Flags().Changed("limit") && limit < 1 {
		return userErrorf("--limit must be at least 1, got %d", limit)
	}
	e, err := openForApp(cmd, a)
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
	// Candidates are the people the question's description of someone
	// fits when it fits more than one; none is guessed.
	Candidates []index.Candidate `json:"candidates,omitempty"`
	// Unnamed is whom the question asked the name of when the articles
	// do not give it, or the one name they give someone asked for a
	// surname; no_answer is then true.
	Unnamed string `json:"unnamed,omitempty"`
}

func writeAnswerJSON(w io.Writer, a *index.Answer) error {
	out := answerJSON{Question: a.Question, Quotes: a.Quotes, Passages: a.Passages, NoAnswer: !a.Answered(), Closest: a.Closest, AuthorOf: a.AuthorOf, Candidates: a.Candidates, Unnamed: a.Unnamed}
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

// localAnswerer answers as `talksbot ask` prints, for the local socket.
func localAnswerer(ask func(context.Context, string, index.AskOptions) (*index.Answer, error)) localask.Answerer {
	return func(ctx context.Context, q localask.Question) (string, string, error) {
		a, err := ask(ctx, q.Text, index.AskOptions{Limit: q.Limit, After: q.After})
		if err != nil {
			return "", "", err
		}
		var js strings.Builder
		if err := writeAnswerJSON(&js, a); err != nil {
			return "", "", err
		}
		return index.Render(a).Text(), js.String(), nil
	}
}
