package index

import (
	"sync"
	"sync/atomic"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/custom"
	"github.com/blevesearch/bleve/v2/registry"
)

// A quote record is searched with the paragraph it stands in (context)
// and the one before it (before): text its document's passages hold
// already. At 10,000 generated articles those two fields are 10 of the
// 27 MB of text a build analyses. While a build indexes, the analyzer
// analyses a text its document's records give more than once only once,
// and hands the same tokens to each field that holds it: bleve only reads
// them (counting terms), and analysing the same text gives the same
// tokens.

// reusingAnalyzerType is the analyzer type of analyzerName: the custom
// analyzer the mapping describes, able to reuse its tokens.
const reusingAnalyzerType = "talks_reusing"

type reusingAnalyzer struct {
	inner analysis.Analyzer
	on    atomic.Bool // only while a build indexes
	mu    sync.Mutex
	uses  map[string]int                  // the analyses still to come of a text given more than once
	done  map[string]analysis.TokenStream // its tokens, once analysed
}

func newReusingAnalyzer(config map[string]interface{}, cache *registry.Cache) (analysis.Analyzer, error) {
	inner, err := custom.AnalyzerConstructor(config, cache)
	if err != nil {
		return nil, err
	}
	return &reusingAnalyzer{inner: inner}, nil
}

func (a *reusingAnalyzer) Analyze(input []byte) analysis.TokenStream {
	if !a.on.Load() {
		return a.inner.Analyze(input)
	}
	a.mu.Lock()
	if a.uses[string(input)] == 0 {
		a.mu.Unlock()
		return a.inner.Analyze(input)
	}
	if ts, ok := a.done[string(input)]; ok {
		a.used(string(input))
		a.mu.Unlock()
		return ts
	}
	// Analysing changes input in place (lower case): the key is taken
	// first.
	text := string(input)
	a.mu.Unlock()
	ts := a.inner.Analyze(input)
	a.mu.Lock()
	if a.uses[text] > 0 {
		a.done[text] = ts
		a.used(text)
	}
	a.mu.Unlock()
	return ts
}

// used counts one analysis of text, forgetting its tokens after the last.
func (a *reusingAnalyzer) used(text string) {
	if a.uses[text]--; a.uses[text] <= 0 {
		delete(a.uses, text)
		delete(a.done, text)
	}
}

// reuse says that texts, the values of one document's analysed fields,
// are about to be indexed; a text among them more than once is then
// analysed once. Only a build's indexing calls it (see start).
func (a *reusingAnalyzer) reuse(texts []string) {
	var many map[string]int
	for i, t := range texts {
		if t == "" {
			continue
		}
		for _, u := range texts[:i] {
			if u == t {
				if many == nil {
					many = map[string]int{}
				}
				many[t]++
				break
			}
		}
	}
	if many == nil {
		return
	}
	a.mu.Lock()
	for t, n := range many {
		a.uses[t] += n + 1
	}
	a.mu.Unlock()
}

// start has the analyzer reuse tokens until the returned function is
// called, once every record registered has been indexed.
func (a *reusingAnalyzer) start() (stop func()) {
	a.mu.Lock()
	a.uses, a.done = map[string]int{}, map[string]analysis.TokenStream{}
	a.mu.Unlock()
	a.on.Store(true)
	return func() {
		a.on.Store(false)
		a.mu.Lock()
		a.uses, a.done = nil, nil
		a.mu.Unlock()
	}
}
