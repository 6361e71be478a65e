package index

import (
	"fmt"

	"github.com/blevesearch/bleve/v2/analysis/analyzer/keyword"
	"github.com/blevesearch/bleve/v2/analysis/lang/en"
	"github.com/blevesearch/bleve/v2/analysis/token/lowercase"
	"github.com/blevesearch/bleve/v2/analysis/tokenizer/unicode"
	"github.com/blevesearch/bleve/v2/mapping"
	bindex "github.com/blevesearch/bleve_index_api"
)

// schemaVersion is part of the corpus fingerprint: bump it whenever the
// mapping or the documents fed to bleve change, so indexes on disk built
// the old way are rebuilt rather than misread.
const schemaVersion = "talksbot-index-358"

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
	fieldQuote      = "quote"   // the quoted words
	fieldContext    = "context" // the passage a quote stands in
	fieldBefore     = "before"  // the paragraph before a quote's
	fieldSpeakerKey = "speaker_key"
	// fieldRec is a document's record (records.go), stored and not
	// indexed: what an answer shows of a hit.
	fieldRec = "rec"
)

func newMapping() (*mapping.IndexMappingImpl, error) {
	if err := registerLemmaFilter(); err != nil {
		return nil, fmt.Errorf("index: lemma filter: %w", err)
	}
	m := mapping.NewIndexMapping()
	err := m.AddCustomAnalyzer(analyzerName, map[string]interface{}{
		"type":          reusingAnalyzerType, // custom.Name's, reusing tokens in a build (reuse.go)
		"char_filters":  []interface{}{foldFilterName},
		"tokenizer":     unicode.Name,
		"token_filters": []interface{}{en.PossessiveName, acronymFilterName, lowercase.Name, en.StopName, lemmaFilterName, stemFilterName},
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

	// Only what questions search is indexed (not the title, which every
	// passage of an article shares, nor the speaker's name and role,
	// which quote questions find through speaker_key); the record is
	// stored whole, for citing a hit from the index alone.
	p := mapping.NewDocumentStaticMapping()
	p.AddFieldMappingsAt(fieldText, text())
	p.AddFieldMappingsAt(fieldSection, text())
	p.AddFieldMappingsAt(fieldRec, stored())
	m.AddDocumentMapping(typePassage, p)

	q := mapping.NewDocumentStaticMapping()
	q.AddFieldMappingsAt(fieldQuote, text())
	q.AddFieldMappingsAt(fieldContext, text())
	q.AddFieldMappingsAt(fieldBefore, text())
	sk := key()
	sk.Store = false
	q.AddFieldMappingsAt(fieldSpeakerKey, sk)
	q.AddFieldMappingsAt(fieldRec, stored())
	m.AddDocumentMapping(typeQuote, q)
	// No "_all" field: every query names its field, and bleve would
	// otherwise compose an empty one for every document it indexes.
	for _, dm := range []*mapping.DocumentMapping{p, q} {
		dm.AddSubDocumentMapping("_all", mapping.NewDocumentDisabledMapping())
	}
	return m, nil
}
