package index

import (
	"fmt"

	"github.com/blevesearch/bleve/v2/analysis/analyzer/custom"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/keyword"
	"github.com/blevesearch/bleve/v2/analysis/char/asciifolding"
	"github.com/blevesearch/bleve/v2/analysis/lang/en"
	"github.com/blevesearch/bleve/v2/analysis/token/lowercase"
	"github.com/blevesearch/bleve/v2/analysis/tokenizer/unicode"
	"github.com/blevesearch/bleve/v2/mapping"
	bindex "github.com/blevesearch/bleve_index_api"
)

// schemaVersion is part of the corpus fingerprint: bump it whenever the
// mapping or the documents fed to bleve change, so indexes on disk built
// the old way are rebuilt rather than misread.
const schemaVersion = "talksbot-index-7"

// analyzerName is the one analyzer for every searchable text field and for
// questions: folding first (so "Zelenskyy" and "Zelenskÿy" meet), then
// English possessives, acronyms that spell a stop word ("US" → usa), lower
// case, stop words, irregular forms to their
// lemma (held → hold) and the Snowball stemmer (which, unlike the porter
// "en" default, leaves "says" as "say").
const analyzerName = "talks_en"

// Document types and field names.
const (
	typePassage = "passage"
	typeQuote   = "quote"

	fieldText       = "text"    // passage text
	fieldSection    = "section" // passage heading
	fieldTitle      = "title"
	fieldQuote      = "quote"   // the quoted words
	fieldContext    = "context" // the passage a quote stands in
	fieldSpeaker    = "speaker" // analyzed speaker name
	fieldSpeakerKey = "speaker_key"
	fieldRole       = "role"
)

func newMapping() (*mapping.IndexMappingImpl, error) {
	if err := registerLemmaFilter(); err != nil {
		return nil, fmt.Errorf("index: lemma filter: %w", err)
	}
	m := mapping.NewIndexMapping()
	err := m.AddCustomAnalyzer(analyzerName, map[string]interface{}{
		"type":          custom.Name,
		"char_filters":  []interface{}{asciifolding.Name},
		"tokenizer":     unicode.Name,
		"token_filters": []interface{}{en.PossessiveName, acronymFilterName, lowercase.Name, en.StopName, lemmaFilterName, en.SnowballStemmerName},
	})
	if err != nil {
		return nil, err
	}
	m.DefaultAnalyzer = analyzerName
	m.ScoringModel = bindex.BM25Scoring
	m.TypeField = "type"
	m.DefaultMapping = mapping.NewDocumentDisabledMapping()

	text := func() *mapping.FieldMapping {
		f := mapping.NewTextFieldMapping()
		f.Analyzer = analyzerName
		f.Store = false
		f.IncludeInAll = false
		f.IncludeTermVectors = false
		f.DocValues = false
		return f
	}
	stored := func() *mapping.FieldMapping {
		f := mapping.NewTextFieldMapping()
		f.Index = false
		f.Store = true
		f.IncludeInAll = false
		f.IncludeTermVectors = false
		f.DocValues = false
		return f
	}
	key := func() *mapping.FieldMapping {
		f := mapping.NewKeywordFieldMapping()
		f.Analyzer = keyword.Name
		f.Store = true
		f.IncludeInAll = false
		f.IncludeTermVectors = false
		f.DocValues = false
		return f
	}
	num := func() *mapping.FieldMapping {
		f := mapping.NewNumericFieldMapping()
		f.Index = false
		f.Store = true
		f.IncludeInAll = false
		f.DocValues = false
		return f
	}

	p := mapping.NewDocumentStaticMapping()
	p.AddFieldMappingsAt(fieldText, text())
	for _, f := range []string{fieldSection, fieldTitle} {
		fm := text()
		fm.Store = true
		p.AddFieldMappingsAt(f, fm)
	}
	// Stored for citations: a hit can be cited from the index alone.
	p.AddFieldMappingsAt("doc", key())
	p.AddFieldMappingsAt("paragraph", num())
	for _, f := range []string{"outlet", "author", "date", "url"} {
		p.AddFieldMappingsAt(f, stored())
	}
	m.AddDocumentMapping(typePassage, p)

	q := mapping.NewDocumentStaticMapping()
	q.AddFieldMappingsAt(fieldQuote, text())
	q.AddFieldMappingsAt(fieldContext, text())
	q.AddFieldMappingsAt(fieldSpeaker, text())
	q.AddFieldMappingsAt(fieldRole, text())
	q.AddFieldMappingsAt(fieldSpeakerKey, key())
	q.AddFieldMappingsAt("doc", key())
	q.AddFieldMappingsAt("paragraph", num())
	m.AddDocumentMapping(typeQuote, q)
	return m, nil
}
