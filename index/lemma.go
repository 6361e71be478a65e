package index

import (
	_ "embed"
	"strings"
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

// acronymFilterName is the analysis step, before lower-casing, that keeps
// an acronym spelling a stop word ("US") as a word of its own ("usa").
const acronymFilterName = "talks_acronyms"

//go:embed data/acronyms.tsv
var acronymsTSV string

var acronyms = sync.OnceValue(func() map[string]string {
	m := map[string]string{}
	for _, line := range strings.Split(acronymsTSV, "\n") {
		if a, t, ok := strings.Cut(line, "\t"); ok && !strings.HasPrefix(a, "#") {
			m[a] = t
		}
	}
	return m
})

type acronymFilter struct{}

func (acronymFilter) Filter(input analysis.TokenStream) analysis.TokenStream {
	m := acronyms()
	for _, tok := range input {
		if t, ok := m[string(tok.Term)]; ok {
			tok.Term = []byte(t)
		}
	}
	return input
}

// registerLemmaFilter makes the filters known to bleve's registry, once,
// before a mapping names them.
var registerLemmaFilter = sync.OnceValue(func() error {
	err := registry.RegisterTokenFilter(lemmaFilterName, func(map[string]interface{}, *registry.Cache) (analysis.TokenFilter, error) {
		return lemmaFilter{}, nil
	})
	if err != nil {
		return err
	}
	return registry.RegisterTokenFilter(acronymFilterName, func(map[string]interface{}, *registry.Cache) (analysis.TokenFilter, error) {
		return acronymFilter{}, nil
	})
})
