package index

import (
	"context"
	"flag"
	"fmt"
	"hash/fnv"
	"math"
	"os"
	"slices"
	"strings"
	"testing"
)

// trainRank, set, makes TestTrainRankWeights learn the rank weights from
// the development suites and write data/rankweights.tsv:
//
//	go test ./index -run TestTrainRankWeights -train-rank
var trainRank = flag.Bool("train-rank", false, "learn the rank weights from the development suites and write data/rankweights.tsv")

// rankHoldout are development suites the weights are not learnt from, so
// that what they gain measures the weights on questions they never saw.
var rankHoldout = []string{"corpus30", "corpus31"}

// rankGroup is one question's candidates, in BM25 order: their feature
// vectors and which of them hold the passage the question's case expects.
type rankGroup struct {
	suite string
	vs    [][]float64
	right []bool
}

func TestTrainRankWeights(t *testing.T) {
	if !*trainRank {
		t.Skip("run with -train-rank to learn the rank weights")
	}
	suites, err := LoadSuites("testdata/suites.yaml")
	if err != nil {
		t.Fatal(err)
	}
	var groups []rankGroup
	for _, s := range suites {
		if s.Set != "dev" || slices.Contains(rankHoldout, s.Name) {
			continue // never the frozen test set
		}
		groups = append(groups, rankGroups(t, s)...)
	}
	// Five folds by suite: how the weights do on suites they were not
	// learnt from, beside the hand-set rank.
	fold := func(s string) int { h := fnv.New32a(); h.Write([]byte(s)); return int(h.Sum32() % 5) }
	base, learnt := 0, 0
	for f := range 5 {
		var train, held []rankGroup
		for _, g := range groups {
			if fold(g.suite) == f {
				held = append(held, g)
			} else {
				train = append(train, g)
			}
		}
		w := learnRankWeights(train)
		for _, g := range held {
			if g.firstRight(func(v []float64) float64 { return v[0] }) {
				base++
			}
			if g.firstRight(func(v []float64) float64 { return dot(w, v) }) {
				learnt++
			}
		}
	}
	t.Logf("%d questions: first passage right %d (%.3f) by the hand-set rank, %d (%.3f) by weights learnt on the other folds",
		len(groups), base, float64(base)/float64(len(groups)), learnt, float64(learnt)/float64(len(groups)))
	w := learnRankWeights(groups)
	var b strings.Builder
	b.WriteString("# Rank weights, one per feature of a candidate passage (rankfeat.go):\n")
	b.WriteString("# a passage ranks by exp(the weighted sum of its features). Learnt by\n")
	b.WriteString("#   go test ./index -run TestTrainRankWeights -train-rank\n")
	fmt.Fprintf(&b, "# from the development suites but %s (never the frozen test set).\n", strings.Join(rankHoldout, " and "))
	for i, n := range featureNames {
		fmt.Fprintf(&b, "%s\t%.4f\n", n, w[i])
	}
	if err := os.WriteFile("data/rankweights.tsv", []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}

// rankGroups are the candidate lists rank scored for the questions of a
// suite with a passage to find and a right one among the candidates.
func rankGroups(t *testing.T, s Suite) []rankGroup {
	t.Helper()
	c, err := s.load()
	if err != nil {
		t.Fatal(err)
	}
	cases, err := s.cases()
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	e, err := Build(ctx, BuildOptions{Corpus: c})
	if err != nil {
		t.Fatal(err)
	}
	defer e.Close()
	var out []rankGroup
	for _, cs := range cases {
		if len(cs.Expect) == 0 || cs.NoAnswer {
			continue
		}
		var last rankGroup
		rankTrace = func(hits []hit, vs [][]float64) {
			last = rankGroup{suite: s.Name, vs: vs, right: make([]bool, len(hits))}
			for i, h := range hits {
				last.right[i] = cs.Expected(h.rec.text)
			}
		}
		_, err := e.Ask(ctx, cs.Question, AskOptions{})
		rankTrace = nil
		if err != nil {
			t.Fatal(err)
		}
		if len(last.vs) >= 2 && slices.Contains(last.right, true) {
			out = append(out, last)
		}
	}
	return out
}

// firstRight reports whether the best of g's candidates that answer
// (coverage at least minCoverage, as pick keeps them) by score is right.
func (g rankGroup) firstRight(score func([]float64) float64) bool {
	answers := slices.Index(featureNames, "answers")
	best, at := math.Inf(-1), -1
	for i, v := range g.vs {
		if v[answers] == 0 {
			continue
		}
		if s := score(v); s > best {
			best, at = s, i
		}
	}
	return at >= 0 && g.right[at]
}

func dot(w, v []float64) float64 {
	s := 0.0
	for i := range w {
		s += w[i] * v[i]
	}
	return s
}

// learnRankWeights fits weights that put a right candidate first: the
// softmax of the weighted sums over each question's candidates, the right
// ones' share of it made as large as it can be (Adam, an L2 penalty), on
// standardised features, the hand-set score's weight starting at 1.
func learnRankWeights(groups []rankGroup) []float64 {
	const (
		lambda = 0.01
		iters  = 300
		rate   = 0.05
	)
	nf := len(featureNames)
	mean, std := make([]float64, nf), make([]float64, nf)
	n := 0.0
	for _, g := range groups {
		for _, v := range g.vs {
			for k := range nf {
				mean[k] += v[k]
			}
			n++
		}
	}
	for k := range nf {
		mean[k] /= n
	}
	for _, g := range groups {
		for _, v := range g.vs {
			for k := range nf {
				std[k] += (v[k] - mean[k]) * (v[k] - mean[k])
			}
		}
	}
	for k := range nf {
		std[k] = math.Sqrt(std[k]/n) + 1e-9
	}
	w := make([]float64, nf)
	w[0] = std[0]
	m, sq := make([]float64, nf), make([]float64, nf)
	x := make([]float64, nf)
	for it := 1; it <= iters; it++ {
		grad := make([]float64, nf)
		for _, g := range groups {
			s := make([]float64, len(g.vs))
			top := math.Inf(-1)
			for i, v := range g.vs {
				for k := range nf {
					s[i] += w[k] * (v[k] - mean[k]) / std[k]
				}
				top = max(top, s[i])
			}
			var z, zr float64
			for i := range g.vs {
				e := math.Exp(s[i] - top)
				z += e
				if g.right[i] {
					zr += e
				}
			}
			for i, v := range g.vs {
				e := math.Exp(s[i] - top)
				d := e / z
				if g.right[i] {
					d -= e / zr
				}
				for k := range nf {
					x[k] = (v[k] - mean[k]) / std[k]
					grad[k] += d * x[k]
				}
			}
		}
		for k := range nf {
			gk := grad[k]/float64(len(groups)) + lambda*w[k]
			m[k] = 0.9*m[k] + 0.1*gk
			sq[k] = 0.999*sq[k] + 0.001*gk*gk
			mh := m[k] / (1 - math.Pow(0.9, float64(it)))
			vh := sq[k] / (1 - math.Pow(0.999, float64(it)))
			w[k] -= rate * mh / (math.Sqrt(vh) + 1e-8)
		}
	}
	// Back to the features' own scale: the means only add the same
	// amount to every candidate of a question.
	for k := range nf {
		w[k] /= std[k]
	}
	return w
}

// The rank weights file names every feature once, and a file that
// misses one or names one the engine lacks is refused, not read as 0.
func TestRankWeightsFile(t *testing.T) {
	w, err := parseRankWeights(rankWeightsTSV)
	if err != nil {
		t.Fatalf("data/rankweights.tsv: %v", err)
	}
	if len(w) != len(featureNames) {
		t.Fatalf("%d weights for %d features", len(w), len(featureNames))
	}
	if _, err := parseRankWeights([]byte("log_score\t1\n")); err == nil {
		t.Error("a file missing features was accepted")
	}
	extra := string(rankWeightsTSV) + "no_such_feature\t1\n"
	if _, err := parseRankWeights([]byte(extra)); err == nil {
		t.Error("a file naming an unknown feature was accepted")
	}
}
