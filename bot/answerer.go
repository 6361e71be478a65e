package bot

import (
	"context"

	"github.com/talksbot/talksbot/corpus"
	"github.com/talksbot/talksbot/index"
)

// Answerer is what the bot needs from the answer engine. *index.Engine
// satisfies it, and so does a live-swapping index that replaces the engine
// after a reindex.
type Answerer interface {
	Ask(ctx context.Context, question string, opts index.AskOptions) (*index.Answer, error)
	Quote(ctx context.Context, speaker, about string, opts index.AskOptions) (*index.Answer, error)
	Topics(ctx context.Context) ([]index.TopicCount, error)
	Topic(ctx context.Context, name string, opts index.AskOptions) (*index.Answer, error)
	Speakers() []corpus.Person
	Sources() []index.SourceInfo
}

var _ Answerer = (*index.Engine)(nil)
