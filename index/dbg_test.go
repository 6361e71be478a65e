package index

import (
	"context"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/talksbot/talksbot/corpus"
)

func TestDbg(t *testing.T) {
	qs := os.Getenv("DBG_Q")
	if qs == "" {
		t.Skip()
	}
	var c *corpus.Corpus
	var err error
	if d := os.Getenv("DBG_C"); d != "" {
		c, err = corpus.Load(d)
	} else {
		c, err = corpus.LoadFS(corpus.Default(), corpus.Options{})
	}
	if err != nil {
		t.Fatal(err)
	}
	e, _ := Build(context.Background(), BuildOptions{Corpus: c})
	for _, q := range strings.Split(qs, "|") {
		a, err := e.Ask(context.Background(), q, AskOptions{})
		if err != nil {
			t.Fatal(err)
		}
		fmt.Println("=====", q, a.relevance, e.questionTerms(q))
		for _, p := range a.Passages {
			fmt.Printf("  %.3f %s\n", p.Score, p.Highlight)
		}
	}
}
