package index

import (
	"context"
	"strings"
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

// countTopics counts, for each topic, the passages that pass the relevance
// threshold for its query.
func (e *Engine) countTopics(ctx context.Context) ([]TopicCount, error) {
	out := make([]TopicCount, 0, len(e.topics))
	for _, t := range e.topics {
		qs := e.questionTerms(t.Query)
		n := 0
		if q := passageQuery(qs); q != nil {
			hits, err := e.searchPassages(ctx, q, len(e.recs.passages))
			if err != nil {
				return nil, err
			}
			for _, h := range hits {
				r := &e.recs.passages[h.n]
				if cov, _ := e.scan(r.text, r.src.Section, qs); cov >= topicCoverage {
					n++
				}
			}
		}
		out = append(out, TopicCount{Topic: t, Passages: n})
	}
	return out, nil
}

// topicCoverage is lower than minCoverage: a topic query lists many
// related words, and a passage about the topic rarely uses them all.
const topicCoverage = 0.2

// findTopic finds a topic by name: exactly, ignoring case and punctuation,
// or by a prefix or a close spelling.
func (e *Engine) findTopic(name string) (Topic, bool) {
	want := strings.Join(tokens(name), " ")
	if want == "" {
		return Topic{}, false
	}
	for _, t := range e.topics {
		if strings.Join(tokens(t.Name), " ") == want {
			return t, true
		}
	}
	var found []Topic
	for _, t := range e.topics {
		if strings.HasPrefix(strings.Join(tokens(t.Name), " "), want) {
			found = append(found, t)
		}
	}
	if len(found) == 1 {
		return found[0], true
	}
	return Topic{}, false
}
