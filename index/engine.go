package index

import (
	"context"
	"errors"

	"github.com/talksbot/talksbot/corpus"
)

// ErrEmptyQuestion is returned for a question with no words.
var ErrEmptyQuestion = errors.New("index: empty question")

// AskOptions tunes one question.
type AskOptions struct {
	Limit int // passages at most; 0 means the engine's default
}

// Engine answers questions over one immutable corpus snapshot.
// It is safe for concurrent use.
type Engine struct {
	corpus *corpus.Corpus
}

// Ask answers a free-form question (quote questions are recognised).
func (e *Engine) Ask(ctx context.Context, question string, opts AskOptions) (*Answer, error) {
	return nil, errors.New("index: not implemented")
}

// Quote answers "what did speaker say (about about)".
func (e *Engine) Quote(ctx context.Context, speaker, about string, opts AskOptions) (*Answer, error) {
	return nil, errors.New("index: not implemented")
}

// Topics lists the topics with how many passages each matches.
func (e *Engine) Topics(ctx context.Context) ([]TopicCount, error) {
	return nil, errors.New("index: not implemented")
}

// Topic answers the named topic like a question.
func (e *Engine) Topic(ctx context.Context, name string, opts AskOptions) (*Answer, error) {
	return nil, errors.New("index: not implemented")
}

// Speakers lists the people quoted in the corpus, most quoted first.
func (e *Engine) Speakers() []corpus.Person { return nil }

// Sources lists the corpus's articles.
func (e *Engine) Sources() []SourceInfo { return nil }

// Stats counts what the engine holds.
func (e *Engine) Stats() Stats { return Stats{} }

// Close releases the index.
func (e *Engine) Close() error { return nil }
