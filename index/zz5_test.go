package index

import (
	"context"
	"fmt"
	"os"
	"testing"

	"github.com/talksbot/talksbot/corpus"
)

func TestZZ5(t *testing.T) {
	dir := os.Getenv("ZZDIR")
	if dir == "" {
		t.Skip()
	}
	c, _ := corpus.Load(dir)
	e, _ := Build(context.Background(), BuildOptions{Corpus: c})
	for _, q := range e.questionTerms(os.Getenv("ZZQ")) {
		fmt.Printf("  %+v df=%d\n", q, e.vocab.df(q.term))
	}
}
