package index

import (
	_ "embed"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/char/asciifolding"
	"github.com/blevesearch/bleve/v2/registry"
	"github.com/blevesearch/snowballstem"
	snowball "github.com/blevesearch/snowballstem/english"

	"github.com/talksbot/talksbot/corpus"
	"github.com/talksbot/talksbot/index/english"
)

// lemmaFilterName is the analysis step that turns irregular forms into
// their lemma before stemming (held → hold, took → take, met → meet), so
// "where were the talks held" finds "the talks will hold". The stemmer
// joins regular forms; it cannot know irregular ones. It also writes
// American spellings the British way ("demilitarized" → "demilitarised").
const lemmaFilterName = "talks_lemma"

type lemmaFilter struct{}

func (lemmaFilter) Filter(input analysis.TokenStream) analysis.TokenStream {
	for i, tok := range input {
		w := string(tok.Term)
		if n, ok := ordinalNumber(w); ok {
			// "the 63rd mine", "the 2nd stage", "on 21st May", read
			// as a question reads them.
			term := func(j int) string { return string(input[j].Term) }
			tok.Term = []byte(ordinalWord(n, datedAt(len(input), i, term), loadQuestionWords().Ordinals))
			continue
		}
		if l := english.Irregular(w); l != "" {
			w = l
		}
		if u := unitWords()[w]; u != "" {
			w = u // "574 km" holds the kilometres a question asks for
		}
		if m := corpus.MonthName(w); m != "" {
			w = m // "the feb blackout" is the one of 19 February
		}
		if w = english.British(w); w != string(tok.Term) {
			tok.Term = []byte(w)
		}
	}
	return input
}

// unitWords are the units written short, as questions read them (units
// and their shorthand in data/questions.yaml): "km" is "kilometres".
var unitWords = sync.OnceValue(func() map[string]string {
	qw := loadQuestionWords()
	m := map[string]string{}
	for _, u := range qw.Units {
		if full, ok := qw.Shorthand[u]; ok && !strings.Contains(full, " ") {
			m[u] = full
		}
	}
	return m
})

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

// stemFilterName is the Snowball English stemmer (bleve's
// stemmer_en_snowball, the same stems) keeping the stems it found: a
// corpus writes a few tens of thousands of words, most of them thousands
// of times, and stemming each anew was 7% of a build.
const stemFilterName = "talks_stem"

// maxStems bounds the stems kept; past it, words are stemmed anew.
const maxStems = 1 << 17

type stemFilter struct{}

var stemCache = struct {
	sync.RWMutex
	m map[string]string
}{m: map[string]string{}}

//go:embed data/unstemmed.tsv
var unstemmedTSV string

// unstemmed are the words the stemmer leaves whole (data/unstemmed.tsv).
var unstemmed = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, l := range strings.Split(unstemmedTSV, "\n") {
		if l = strings.TrimSpace(l); l != "" && !strings.HasPrefix(l, "#") {
			m[l] = true
		}
	}
	return m
})

func (stemFilter) Filter(input analysis.TokenStream) analysis.TokenStream {
	keep := unstemmed()
	for _, tok := range input {
		if keep[string(tok.Term)] {
			continue
		}
		stemCache.RLock()
		s, ok := stemCache.m[string(tok.Term)]
		stemCache.RUnlock()
		if !ok {
			env := snowballstem.NewEnv(string(tok.Term))
			snowball.Stem(env)
			s = env.Current()
			stemCache.Lock()
			if len(stemCache.m) < maxStems {
				stemCache.m[string(tok.Term)] = s
			}
			stemCache.Unlock()
		}
		tok.Term = []byte(s)
	}
	return input
}

// foldFilterName is bleve's ASCII folding (asciifolding) that hands
// text already all ASCII on as it is, which that filter copies rune by
// rune: most of what an index is built from.
const foldFilterName = "talks_fold"

type foldFilter struct{ fold analysis.CharFilter }

func (f foldFilter) Filter(input []byte) []byte {
	for _, c := range input {
		if c >= utf8.RuneSelf {
			return f.fold.Filter(input)
		}
	}
	return input
}

// registerLemmaFilter makes the filters and the analyzer type known to
// bleve's registry, once, before a mapping names them.
var registerLemmaFilter = sync.OnceValue(func() error {
	err := registry.RegisterTokenFilter(lemmaFilterName, func(map[string]interface{}, *registry.Cache) (analysis.TokenFilter, error) {
		return lemmaFilter{}, nil
	})
	if err != nil {
		return err
	}
	err = registry.RegisterCharFilter(foldFilterName, func(map[string]interface{}, *registry.Cache) (analysis.CharFilter, error) {
		return foldFilter{fold: asciifolding.New()}, nil
	})
	if err != nil {
		return err
	}
	err = registry.RegisterTokenFilter(stemFilterName, func(map[string]interface{}, *registry.Cache) (analysis.TokenFilter, error) {
		return stemFilter{}, nil
	})
	if err != nil {
		return err
	}
	err = registry.RegisterTokenFilter(acronymFilterName, func(map[string]interface{}, *registry.Cache) (analysis.TokenFilter, error) {
		return acronymFilter{}, nil
	})
	if err != nil {
		return err
	}
	return registry.RegisterAnalyzer(reusingAnalyzerType, newReusingAnalyzer)
})
