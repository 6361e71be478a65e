package index

import (
	"context"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/render")

// The golden files are what `talksbot ask` prints and Discord users read.
func TestRenderGolden(t *testing.T) {
	e, err := Build(context.Background(), BuildOptions{Corpus: embedded(t)})
	if err != nil {
		t.Fatal(err)
	}
	defer e.Close()
	tests := []struct {
		file     string
		question string
	}{
		{"quote.golden", "what did Peskov say"},
		{"quote-about.golden", "what did the Kremlin spokesman say about security guarantees"},
		{"not-quoted.golden", "what did Merz say"},
		{"unknown-person.golden", "what did Boris Johnson say"},
		{"search.golden", "security garantees"},
		{"no-answer.golden", "who won the world cup"},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			a, err := e.Ask(context.Background(), tt.question, AskOptions{Limit: 3})
			if err != nil {
				t.Fatal(err)
			}
			got := Render(a).Text()
			path := filepath.Join("testdata", "render", tt.file)
			if *update {
				if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test ./index -run RenderGolden -update)", err)
			}
			if got != string(want) {
				t.Errorf("%s changed; got:\n%s", path, got)
			}
		})
	}
}

func TestRenderCitations(t *testing.T) {
	src := func(doc string, para int) Source {
		return Source{Doc: doc, Title: "T " + doc, Outlet: "DW", Date: "2025-12-18", Section: "S", Paragraph: para}
	}
	a := &Answer{
		Kind: KindQuote, Speaker: "A B", SpeakerStatus: SpeakerQuoted, QuotesTotal: 2,
		Quotes: []Quote{{Speaker: "A B", Text: "one", Source: src("x", 3)}, {Speaker: "A B", Text: "two", Source: src("y", 1)}},
		Passages: []Passage{
			{Text: "same paragraph as the first quote", Highlight: "same", Source: src("x", 3)},
			{Text: "new", Highlight: "new", Source: Source{Doc: "z", Title: "Z", URL: "https://example.org/z"}},
		},
	}
	r := Render(a)
	if got := []int{r.Quotes[0].Citation, r.Quotes[1].Citation, r.Passages[0].Citation, r.Passages[1].Citation}; got[0] != 1 || got[1] != 2 || got[2] != 1 || got[3] != 3 {
		t.Errorf("citation numbers %v, want [1 2 1 3]: a paragraph keeps its number", got)
	}
	if len(r.Citations) != 3 {
		t.Fatalf("%d citations, want 3", len(r.Citations))
	}
	if got := r.Citations[0].String(); got != "[1] T x · DW · 2025-12-18 · S ¶3" {
		t.Errorf("citation = %q (unknown author left out)", got)
	}
	if got := r.Citations[2].String(); got != "[3] Z <https://example.org/z>" {
		t.Errorf("citation = %q", got)
	}
	if !strings.HasPrefix(r.Intro, "A B is quoted twice") {
		t.Errorf("intro %q", r.Intro)
	}
}
