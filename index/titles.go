package index

import (
	"slices"
	"sync"
)

// titleIndex finds the articles whose titles hold a word, by its index
// term: read once, on the first question that asks for an article by
// what it is about ("who wrote the nikopol water story"), rather than
// every title analysed again for every such question (0.75 s at 100,000
// articles).
type titleIndex struct {
	once   sync.Once
	err    error
	ids    []string           // the titled articles' ids, in corpus order
	byTerm map[string][]int32 // a term's articles, as indexes into ids, ascending
}

// articleTitles is the engine's title index, read on first use.
func (e *Engine) articleTitles() (*titleIndex, error) {
	t := &e.titles
	t.once.Do(func() {
		docs, err := e.docs.all()
		if err != nil {
			t.err = err
			return
		}
		t.byTerm = map[string][]int32{}
		for _, d := range docs {
			if d.Skip != "" || d.Title == "" {
				continue
			}
			n := int32(len(t.ids))
			t.ids = append(t.ids, d.ID)
			for _, term := range e.terms.analyze(d.Title) {
				if l := t.byTerm[term]; len(l) == 0 || l[len(l)-1] != n {
					t.byTerm[term] = append(l, n)
				}
			}
		}
	})
	return t, t.err
}

// holding are the articles whose titles hold one of terms, ascending.
func (t *titleIndex) holding(terms []string) []int32 {
	var out []int32
	for _, term := range terms {
		out = append(out, t.byTerm[term]...)
	}
	slices.Sort(out)
	return slices.Compact(out)
}
