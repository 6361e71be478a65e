package index

import (
	"context"
	"fmt"
	"strings"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"
	"go.yaml.in/yaml/v3"
)

// DefaultTopics are the topics of the embedded corpus: the questions its
// two articles answer best.
func DefaultTopics() []Topic {
	return []Topic{
		{Name: "Security guarantees", Description: "What guarantees Ukraine could get from the US and Europe, and how binding they would be", Query: "security guarantees legally binding commitment"},
		{Name: "NATO and Article 5", Description: "Ukraine's NATO bid and guarantees modelled on Article 5", Query: "NATO Article 5 membership alliance"},
		{Name: "Donbas and territory", Description: "Russia's demand for the Donbas, the economic zone and territorial questions", Query: "Donbas Donbass territory territorial region zone"},
		{Name: "Multinational force", Description: "The European-led multinational force for Ukraine", Query: "multinational force European-led troops coalition"},
		{Name: "Ceasefire and monitoring", Description: "A ceasefire, the Christmas truce and how it would be monitored", Query: "ceasefire truce monitoring verification"},
		{Name: "Russia's position", Description: "What the Kremlin says and wants", Query: "Russia Kremlin Russian concessions victory"},
		{Name: "Budapest and Minsk precedents", Description: "Why earlier agreements failed Ukraine", Query: "Budapest Memorandum Minsk agreements"},
	}
}

// countTopics counts, for each topic, the passages holding at least two
// of its query's words (or its only word); none when the articles hold
// fewer than two of its words. The count comes from bleve's
// total alone, without collecting hits, so it stays cheap on large corpora.
func (e *Engine) countTopics(ctx context.Context, topics []Topic) ([]TopicCount, error) {
	out := make([]TopicCount, 0, len(topics))
	for _, t := range topics {
		n := 0
		var terms []query.Query
		all := e.questionTerms(t.Query)
		for _, q := range all {
			if q.credit > 0 {
				tq := bleve.NewTermQuery(q.term)
				tq.SetField(fieldText)
				terms = append(terms, tq)
			}
		}
		// A topic most of whose words the articles never use is not
		// theirs: "NATO and Article 5" is no topic of articles holding
		// only its "5", nor "Budapest and Minsk precedents" of articles
		// holding only "agreement".
		if len(terms) > 0 && (len(all) < 2 || len(terms) >= 2) {
			dq := bleve.NewDisjunctionQuery(terms...)
			dq.SetMin(float64(min(2, len(terms))))
			req := bleve.NewSearchRequestOptions(dq, 0, 0, false)
			req.Score = "none"
			res, err := e.idx.SearchInContext(ctx, req)
			if err != nil {
				return nil, fmt.Errorf("index: topic %q: %w", t.Name, err)
			}
			n = int(res.Total)
		}
		out = append(out, TopicCount{Topic: t, Passages: n})
	}
	return out, nil
}

// ParseTopics reads topics from YAML: a list of {name, description,
// query}. A corpus folder may bring its own in a topics.yaml.
func ParseTopics(data []byte) ([]Topic, error) {
	var ts []Topic
	dec := yaml.NewDecoder(strings.NewReader(string(data)))
	dec.KnownFields(true)
	if err := dec.Decode(&ts); err != nil {
		return nil, fmt.Errorf("index: topics: %w", err)
	}
	seen := map[string]bool{}
	for i, t := range ts {
		if strings.TrimSpace(t.Name) == "" || strings.TrimSpace(t.Query) == "" {
			return nil, fmt.Errorf("index: topics: topic %d needs a name and a query", i+1)
		}
		k := strings.ToLower(t.Name)
		if seen[k] {
			return nil, fmt.Errorf("index: topics: %q appears twice", t.Name)
		}
		seen[k] = true
	}
	return ts, nil
}

// findTopic finds a topic by name: exactly, ignoring case and punctuation,
// or by a prefix or a close spelling.
func (e *Engine) findTopic(name string) (Topic, bool) {
	want := strings.Join(tokens(name), " ")
	if want == "" {
		return Topic{}, false
	}
	topics := e.topics.Load().list
	for _, t := range topics {
		if strings.Join(tokens(t.Name), " ") == want {
			return t, true
		}
	}
	var found []Topic
	for _, t := range topics {
		if strings.HasPrefix(strings.Join(tokens(t.Name), " "), want) {
			found = append(found, t)
		}
	}
	if len(found) == 1 {
		return found[0], true
	}
	return Topic{}, false
}
