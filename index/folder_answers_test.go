package index

import (
	"context"
	"testing"
)

// The index a bot serves from a folder answers as the one the relevance
// suites build in memory from the same articles: the same speaker, the
// same first passage and its citation, asked of a corpus whose wire has a
// dateline, whose live blog times its entries and whose hearing record
// has fields.
func TestFolderIndexAnswersAsBuilt(t *testing.T) {
	ctx := context.Background()
	const dir = "testdata/corpus116"
	built := engineOfDir(t, dir)
	served, err := Open(ctx, OpenOptions{DataDir: t.TempDir(), Folder: &Folder{Dir: dir}})
	if err != nil {
		t.Fatal(err)
	}
	defer served.Close()
	cases, err := LoadEval("testdata/relevance/corpus116.yaml")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cases {
		a, err := built.Ask(ctx, c.Question, AskOptions{})
		if err != nil {
			t.Fatal(err)
		}
		b, err := served.Ask(ctx, c.Question, AskOptions{})
		if err != nil {
			t.Fatal(err)
		}
		first := func(a *Answer) Passage {
			if len(a.Passages) == 0 {
				return Passage{}
			}
			p := a.Passages[0]
			p.Score, p.Marks, p.Matches = 0, nil, nil
			return p
		}
		if a.Speaker != b.Speaker || a.Answered() != b.Answered() || first(a).Text != first(b).Text || first(a).Source != first(b).Source {
			t.Errorf("%q: built in memory %q %q, served from the folder %q %q", c.Question, a.Speaker, first(a).Text, b.Speaker, first(b).Text)
		}
	}
}
