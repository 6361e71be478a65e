package index

import (
	"reflect"
	"testing"
)

// TestReusingAnalyzer checks that a text given more than once is
// analysed into the tokens a fresh analysis gives, each time, and that
// nothing is kept past its last use.
func TestReusingAnalyzer(t *testing.T) {
	m, err := newMapping()
	if err != nil {
		t.Fatal(err)
	}
	an, ok := m.AnalyzerNamed(analyzerName).(*reusingAnalyzer)
	if !ok {
		t.Fatalf("analyzer %q is %T", analyzerName, m.AnalyzerNamed(analyzerName))
	}
	texts := []string{"The US talks were HELD in Geneva's old hall.", "Security", "", "Security", "The US talks were HELD in Geneva's old hall.", "Other words", "Security"}
	fresh := func(s string) []string {
		var out []string
		for _, tok := range an.inner.Analyze([]byte(s)) {
			out = append(out, string(tok.Term))
		}
		return out
	}
	stop := an.start()
	an.reuse(texts)
	for _, s := range texts {
		var got []string
		for _, tok := range an.Analyze([]byte(s)) { // a copy, as bleve's field value is
			got = append(got, string(tok.Term))
		}
		if want := fresh(s); !reflect.DeepEqual(got, want) {
			t.Errorf("%q: tokens %q, want %q", s, got, want)
		}
	}
	if len(an.uses) != 0 || len(an.done) != 0 {
		t.Errorf("kept after the last use: %d counts, %d token lists", len(an.uses), len(an.done))
	}
	stop()
}
