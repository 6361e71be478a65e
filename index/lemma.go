package index

import (
	"sync"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/registry"

	"github.com/talksbot/talksbot/index/english"
)

// lemmaFilterName is the analysis step that turns irregular forms into
// their lemma before stemming (held → hold, took → take, met → meet), so
// "where were the talks held" finds "the talks will hold". The stemmer
// joins regular forms; it cannot know irregular ones.
const lemmaFilterName = "talks_lemma"

type lemmaFilter struct{}

func (lemmaFilter) Filter(input analysis.TokenStream) analysis.TokenStream {
	for _, tok := range input {
		if l := english.Irregular(string(tok.Term)); l != "" {
			tok.Term = []byte(l)
		}
	}
	return input
}

// registerLemmaFilter makes the filter known to bleve's registry, once,
// before a mapping names it.
var registerLemmaFilter = sync.OnceValue(func() error {
	return registry.RegisterTokenFilter(lemmaFilterName, func(map[string]interface{}, *registry.Cache) (analysis.TokenFilter, error) {
		return lemmaFilter{}, nil
	})
})
