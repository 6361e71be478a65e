package index

import (
	"context"
	"testing"

	"github.com/talksbot/talksbot/corpus"
)

// The relevance suites: questions written by hand for the embedded corpus
// and for a second corpus of articles written for these tests, with the
// thresholds the engine must meet.
func TestRelevance(t *testing.T) {
	tests := []struct {
		name  string
		load  func() (*corpus.Corpus, error)
		cases string
	}{
		{"embedded", func() (*corpus.Corpus, error) { return embedded(t), nil }, "testdata/relevance/embedded.yaml"},
		{"corpus2", func() (*corpus.Corpus, error) { return corpus.Load("testdata/corpus2") }, "testdata/relevance/corpus2.yaml"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := tt.load()
			if err != nil {
				t.Fatal(err)
			}
			e, err := Build(context.Background(), BuildOptions{Corpus: c})
			if err != nil {
				t.Fatal(err)
			}
			defer e.Close()
			cases, err := LoadEval(tt.cases)
			if err != nil {
				t.Fatal(err)
			}
			rep, err := Evaluate(context.Background(), e, cases)
			if err != nil {
				t.Fatal(err)
			}
			t.Logf("%s\n%s", tt.name, rep.Table())
			checks := []struct {
				metric string
				got    float64
				min    float64
			}{
				{"hit@1", rep.HitAt1, 0.9},
				{"recall@3", rep.RecallAt3, 1},
				{"speaker precision", rep.SpeakerPrecision, 1},
				{"no-answer accuracy", rep.NoAnswerAccuracy, 1},
				{"quote completeness", rep.QuoteCompleteness, 1},
			}
			for _, c := range checks {
				if c.got < c.min {
					t.Errorf("%s = %.3f, want ≥ %.2f", c.metric, c.got, c.min)
				}
			}
			// The threshold must separate the two kinds of question with
			// room to spare on both sides.
			if rep.MinAnsweredRel < rep.Threshold || rep.MaxNoAnswerRel >= rep.Threshold {
				t.Errorf("threshold %.2f does not separate answered (min %.3f) from out-of-scope (max %.3f)",
					rep.Threshold, rep.MinAnsweredRel, rep.MaxNoAnswerRel)
			}
		})
	}
}
