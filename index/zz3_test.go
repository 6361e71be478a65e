package index

import (
	"context"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/talksbot/talksbot/corpus"
)

func TestZZ3(t *testing.T) {
	dir := os.Getenv("ZZDIR")
	if dir == "" {
		t.Skip()
	}
	var c *corpus.Corpus
	if dir == "embedded" {
		c = embedded(t)
	} else {
		c, _ = corpus.Load(dir)
	}
	e, _ := Build(context.Background(), BuildOptions{Corpus: c})
	for _, qq := range strings.Split(os.Getenv("ZZQ"), ";") {
		in := e.understand(qq)
		fmt.Printf("== %q kind=%s content=%q want=%v\n", qq, in.kind, in.content, in.want())
		qs := e.questionTerms(in.content)
		for _, q := range qs {
			fmt.Printf("  %s w=%.2f c=%.2f alts=%v foreign=%v\n", q.term, q.weight, q.credit, q.alts, q.foreign)
		}
		hits, _ := e.searchPassages(context.Background(), termsQuery(qs, passageFields...), 60)
		best, _, _ := e.rank(hits, qs, in.want(), 6, 0)
		for _, h := range best {
			r, _ := e.passageOf(&h)
			fmt.Printf("  %.2f cov=%.2f typed=%d %.90s\n", h.score, h.coverage, h.typed, r.text)
		}
	}
}
