package index

import (
	"os"
	"strings"
	"testing"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/custom"
	"github.com/blevesearch/bleve/v2/analysis/char/asciifolding"
	"github.com/blevesearch/bleve/v2/analysis/lang/en"
	"github.com/blevesearch/bleve/v2/analysis/token/lowercase"
	"github.com/blevesearch/bleve/v2/analysis/tokenizer/unicode"
	"github.com/blevesearch/bleve/v2/mapping"
)

// TestStemFilterAsSnowball: the stem filter, stemming a word or
// remembering its stem, gives bleve's Snowball stem, for every word of
// the English frequency list but those it leaves whole.
func TestStemFilterAsSnowball(t *testing.T) {
	data, err := os.ReadFile("english/data/freq.tsv")
	if err != nil {
		t.Fatal(err)
	}
	var words []string
	for _, line := range strings.Split(string(data), "\n") {
		if w, _, _ := strings.Cut(line, "\t"); w != "" && !strings.HasPrefix(w, "#") {
			words = append(words, w)
		}
	}
	if len(words) < 1000 {
		t.Fatalf("only %d words", len(words))
	}
	stream := func() analysis.TokenStream {
		ts := make(analysis.TokenStream, len(words))
		for i, w := range words {
			ts[i] = &analysis.Token{Term: []byte(w)}
		}
		return ts
	}
	want := en.NewEnglishStemmerFilter().Filter(stream())
	for round := range 2 { // stemmed, then remembered
		got := stemFilter{}.Filter(stream())
		for i := range got {
			if unstemmed()[words[i]] {
				// data/unstemmed.tsv: left whole, as their stem is another
				// word's ("according" is no accord).
				if string(got[i].Term) != words[i] {
					t.Fatalf("round %d: %q stems to %q, want it whole", round, words[i], got[i].Term)
				}
				continue
			}
			if string(got[i].Term) != string(want[i].Term) {
				t.Fatalf("round %d: %q stems to %q, Snowball says %q", round, words[i], got[i].Term, want[i].Term)
			}
		}
	}
}

// TestAnalyzerAsBleves: the analyzer with the folding and stemming
// filters of this package gives the tokens it gave with bleve's own
// (asciifolding, stemmer_en_snowball), for every passage of the embedded
// articles and for text that needs folding, but the words it leaves
// whole (data/unstemmed.tsv).
func TestAnalyzerAsBleves(t *testing.T) {
	m, err := newMapping()
	if err != nil {
		t.Fatal(err)
	}
	ours := m.AnalyzerNamed(analyzerName)
	ref := mapping.NewIndexMapping()
	if err := ref.AddCustomAnalyzer("ref", map[string]interface{}{
		"type":          custom.Name,
		"char_filters":  []interface{}{asciifolding.Name},
		"tokenizer":     unicode.Name,
		"token_filters": []interface{}{en.PossessiveName, acronymFilterName, lowercase.Name, en.StopName, lemmaFilterName, en.SnowballStemmerName},
	}); err != nil {
		t.Fatal(err)
	}
	theirs := ref.AnalyzerNamed("ref")
	texts := []string{"", "Zelenskÿy said the talks were held in Genève", "naïve café — “quoted” ½ ﬁnance", "bad \xff utf-8", "US troops, the U.S. and us"}
	for _, d := range embedded(t).Documents {
		for _, p := range d.Passages {
			texts = append(texts, p.Text, p.Section)
		}
	}
	for _, text := range texts {
		a, b := ours.Analyze([]byte(text)), theirs.Analyze([]byte(text))
		if len(a) != len(b) {
			t.Fatalf("%q: %d tokens, bleve's filters give %d", text, len(a), len(b))
		}
		for i := range a {
			same := string(a[i].Term) == string(b[i].Term) || unstemmed()[string(a[i].Term)] // left whole (data/unstemmed.tsv)
			if !same || a[i].Position != b[i].Position || a[i].Start != b[i].Start || a[i].End != b[i].End {
				t.Fatalf("%q: token %d is %+v, bleve's filters give %+v", text, i, a[i], b[i])
			}
		}
	}
}

// "how long does the accord last" is not answered by every passage
// "according to" someone: the word is left whole, the accord stemmed.
func TestAccordingIsNoAccord(t *testing.T) {
	m, err := newMapping()
	if err != nil {
		t.Fatal(err)
	}
	var terms []string
	for _, tok := range m.AnalyzerNamed(analyzerName).Analyze([]byte("According to the ICRC, the accords hold")) {
		terms = append(terms, string(tok.Term))
	}
	if got, want := strings.Join(terms, " "), "according icrc accord hold"; got != want {
		t.Errorf("analysed as %q, want %q", got, want)
	}
}
