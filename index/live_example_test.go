package index_test

import (
	"context"
	"fmt"

	"github.com/talksbot/talksbot/corpus"
	"github.com/talksbot/talksbot/index"
)

// A Live answers like an Engine and swaps in a rebuilt index without a
// question failing.
func ExampleLive_Reindex() {
	ctx := context.Background()
	load := func(ctx context.Context, onFile func(string, int, int)) (*corpus.Corpus, error) {
		return corpus.LoadFS(corpus.Default(), corpus.Options{OnFile: onFile})
	}
	open := func(ctx context.Context, c *corpus.Corpus, progress func(index.Progress)) (*index.Engine, error) {
		return index.Build(ctx, index.BuildOptions{Corpus: c, Progress: progress}) // in memory
	}
	first, _ := load(ctx, nil)
	first.Documents = first.Documents[:1]
	eng, err := open(ctx, first, nil)
	if err != nil {
		fmt.Println(err)
		return
	}
	live := index.NewLive(eng, index.LiveOptions{Open: open})
	defer live.Close()
	fmt.Println("before:", live.Stats().Documents, "document")

	sum, err := live.Reindex(ctx, "example", load, nil)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("after:", sum.Documents, "documents, unchanged:", sum.Unchanged)
	// Output:
	// before: 1 document
	// after: 2 documents, unchanged: false
}
