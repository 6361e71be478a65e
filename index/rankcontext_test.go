package index

import (
	"slices"
	"testing"
)

// What the other candidates say of one: its article's best coverage, the
// share of the candidates its article holds, the best coverage of a
// candidate in the paragraph before or after it, and its coverage beside
// the best. A search that is not a question's own answer (finding who a
// role names) leaves them 0, as the weights were learnt.
func TestRankContextFeatures(t *testing.T) {
	hits := []hit{{coverage: 0.5}, {coverage: 1}, {coverage: 0.25}, {coverage: 0.75}}
	docs := []string{"a", "a", "b", "a"}
	paras := []int{3, 4, 9, 7}
	vs := make([][]float64, len(hits))
	withContext(vs, hits, docs, paras, true)
	want := [][]float64{
		{1, 0.75, 1, 0.5},     // beside paragraph 4, the best
		{1, 0.75, 0.5, 1},     // beside paragraph 3
		{0.25, 0.25, 0, 0.25}, // alone in its article
		{1, 0.75, 0, 0.75},    // no neighbour among the candidates
	}
	for i := range want {
		if !slices.Equal(vs[i], want[i]) {
			t.Errorf("candidate %d: %v, want %v", i, vs[i], want[i])
		}
	}
	off := make([][]float64, len(hits))
	withContext(off, hits, docs, paras, false)
	for i, v := range off {
		if !slices.Equal(v, []float64{0, 0, 0, 0}) {
			t.Errorf("off, candidate %d: %v, want zeros", i, v)
		}
	}
	if len(featureNames) != len(loadRankWeights()) {
		t.Fatalf("%d features, %d weights", len(featureNames), len(loadRankWeights()))
	}
}
