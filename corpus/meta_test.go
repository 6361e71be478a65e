package corpus

import (
	"strings"
	"testing"
)

func TestParseMeta(t *testing.T) {
	tests := []struct {
		name     string
		yaml     string
		want     Meta
		warnings []string // substrings, one per warning
	}{
		{
			name: "all keys",
			yaml: "title: Talks resume\noutlet: Example Wire\nauthor: Ada Brook\ndate: 2025-12-18\nurl: https://example.org/a\nlanguage: en\n",
			want: Meta{Title: "Talks resume", Outlet: "Example Wire", Author: "Ada Brook", Date: "2025-12-18", URL: "https://example.org/a", Language: "en"},
		},
		{
			name:     "a typo is refused with the key it means; the rest is read",
			yaml:     "titel: Talks resume\noutlet: Example Wire\n",
			want:     Meta{Outlet: "Example Wire"},
			warnings: []string{`line 1: unknown key "titel" (did you mean "title"?); ignored`},
		},
		{
			name:     "several typos",
			yaml:     "autor: Ada Brook\ndat: 2025-12-18\nlanguge: en\n",
			warnings: []string{`"autor" (did you mean "author"?)`, `"dat" (did you mean "date"?)`, `"languge" (did you mean "language"?)`},
		},
		{
			name:     "a key like none names them all",
			yaml:     "tags: [ukraine]\ntitle: T\n",
			want:     Meta{Title: "T"},
			warnings: []string{`unknown key "tags"; ignored (known keys: author, date, language, outlet, title, url)`},
		},
		{
			name: "keys in capitals are the same keys",
			yaml: "Title: T\nURL: https://example.org\n",
			want: Meta{Title: "T", URL: "https://example.org"},
		},
		{
			name: "a list of authors",
			yaml: "author: [Lena Hartmann, Pavel Novak, Iryna Shevchuk]\n",
			want: Meta{Author: "Lena Hartmann, Pavel Novak and Iryna Shevchuk"},
		},
		{
			name:     "a list where text belongs",
			yaml:     "date: [1, 2]\noutlet: X\n",
			want:     Meta{Outlet: "X"},
			warnings: []string{`line 1: "date" should be text, not a list or a map; ignored`},
		},
		{
			name:     "a key twice",
			yaml:     "title: A\ntitle: B\n",
			want:     Meta{Title: "B"},
			warnings: []string{`line 2: "title" is given twice; the last one is used`},
		},
		{name: "empty", yaml: ""},
		{name: "comments only", yaml: "# nothing yet\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, warnings, err := ParseMeta([]byte(tt.yaml))
			if err != nil {
				t.Fatal(err)
			}
			if *m != tt.want {
				t.Errorf("meta = %+v, want %+v", *m, tt.want)
			}
			if len(warnings) != len(tt.warnings) {
				t.Fatalf("warnings = %q, want %d", warnings, len(tt.warnings))
			}
			for i, w := range tt.warnings {
				if !strings.Contains(warnings[i], w) {
					t.Errorf("warning %d = %q, want it to contain %q", i, warnings[i], w)
				}
			}
		})
	}
}

func TestParseMetaRefusesWhatIsNotMetadata(t *testing.T) {
	for _, in := range []string{"title: [unclosed\n", "- a list\n- of things\n", "just words"} {
		t.Run(in, func(t *testing.T) {
			if _, _, err := ParseMeta([]byte(in)); err == nil {
				t.Errorf("ParseMeta(%q) accepted it", in)
			}
		})
	}
}

// A front matter typo is a warning on the document, which is still read.
func TestFrontMatterTypoIsAWarning(t *testing.T) {
	md := "---\ntitel: Talks resume in Geneva\nauthor: Ada Brook\ndate: 18 December 2025\n---\nNegotiators met again in Geneva on Tuesday, working from a shorter draft than before.\n"
	d, err := ParseFile("a.md", []byte(md), nil)
	if err != nil {
		t.Fatal(err)
	}
	if d.Author != "Ada Brook" || d.Date != "2025-12-18" || len(d.Passages) != 1 {
		t.Errorf("document = %+v", d)
	}
	if len(d.Warnings) != 1 || !strings.Contains(d.Warnings[0], `front matter: line 1: unknown key "titel" (did you mean "title"?)`) {
		t.Errorf("warnings = %q", d.Warnings)
	}
}

func TestEditDistance(t *testing.T) {
	tests := []struct {
		a, b string
		want int
	}{
		{"titel", "title", 1}, // a swap is one edit
		{"autor", "author", 1},
		{"", "url", 3},
		{"outlet", "outlet", 0},
		{"language", "languages", 1},
	}
	for _, tt := range tests {
		if got := editDistance(tt.a, tt.b); got != tt.want {
			t.Errorf("editDistance(%q, %q) = %d, want %d", tt.a, tt.b, got, tt.want)
		}
	}
}
