package corpus

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const goodArticle = "Harbour talks resume\nPublished 2 March 2026\n\nOpening paragraph about the harbour talks, which resumed on Monday after a pause.\n"

func writeFiles(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, body := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestLoadSkipsBadFilesAndReadsTheRest(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"good.txt":           goodArticle,
		"sub/also-good.txt":  goodArticle + "A second paragraph only this copy has, about the cranes in the port.\n",
		"binary.txt":         "PK\x03\x04\x00\x00\x00",
		"latin1.txt":         "Caf\xe9 talks\n\nA paragraph in the wrong encoding for this corpus, which must be UTF-8.\n",
		"empty.txt":          "  \n\n",
		"big.txt":            goodArticle + strings.Repeat("More words about the talks. ", 200),
		"broken.md":          "---\ntitle: [unclosed\n---\nBody.\n",
		"unclosed.md":        "---\ntitle: Never closed\n\nBody text of the article.\n",
		"not-html.html":      "just some words without any markup at all",
		"notes.pdf":          "%PDF-1.4",
		"typo.txt":           goodArticle,
		"typo.meta.yaml":     "autor: Someone\n",
		"furniture-only.txt": "1. Skip to content\nAdvertisement\n-\n",
		".trash/removed.txt": goodArticle,
		".hidden.txt":        goodArticle,
		"sidecar.txt":        goodArticle,
		"sidecar.meta.yaml":  "outlet: DW\nauthor: Danilo Bilek\ndate: 2025-12-18\nurl: https://example.org/x\n",
	})
	outside := writeFiles(t, map[string]string{"secret.txt": goodArticle})
	if err := os.Symlink(filepath.Join(outside, "secret.txt"), filepath.Join(dir, "link.txt")); err != nil {
		t.Skip("symlinks unsupported:", err)
	}
	if err := os.Symlink("good.txt", filepath.Join(dir, "inside-link.txt")); err != nil {
		t.Fatal(err)
	}
	// Links to folders are not followed, and say so.
	for _, name := range []string{"folder-link", "folder-link.txt"} {
		if err := os.Symlink("sub", filepath.Join(dir, name)); err != nil {
			t.Fatal(err)
		}
	}
	var seen []string
	c, err := LoadWith(dir, Options{MaxFileSize: 2000, OnFile: func(p string, done, total int) { seen = append(seen, p) }})
	if err != nil {
		t.Fatalf("LoadWith: %v", err)
	}
	docs := map[string]*Document{}
	for _, d := range c.Documents {
		docs[d.ID] = d
	}
	for _, id := range []string{"good.txt", "sub/also-good.txt", "sidecar.txt", "typo.txt"} {
		if docs[id] == nil {
			t.Errorf("%s not loaded; skipped: %+v", id, c.Skipped)
		}
	}
	reasons := map[string]string{}
	for _, s := range c.Skipped {
		reasons[s.Path] = s.Reason
	}
	wantReasons := map[string]string{
		"binary.txt":         "binary",
		"latin1.txt":         "UTF-8",
		"empty.txt":          "empty",
		"big.txt":            "too large",
		"broken.md":          "malformed",
		"unclosed.md":        "not closed",
		"not-html.html":      "no HTML markup",
		"notes.pdf":          "not an article format",
		"furniture-only.txt": "no article text",
		"link.txt":           "outside the corpus folder",
		"folder-link":        "link to a folder",
		"folder-link.txt":    "link to a folder",
	}
	for path, want := range wantReasons {
		if !strings.Contains(reasons[path], want) {
			t.Errorf("skip reason for %s = %q, want it to mention %q", path, reasons[path], want)
		}
	}
	for path := range reasons {
		if strings.HasPrefix(path, ".") {
			t.Errorf("hidden entry %s was read", path)
		}
	}
	if d := docs["sidecar.txt"]; d != nil && (d.Outlet != "DW" || d.Author != "Danilo Bilek" || d.Date != "2025-12-18" || d.URL != "https://example.org/x") {
		t.Errorf("sidecar not applied: %+v", d)
	}
	// A typo in a sidecar is a warning naming the key and its fix; the
	// article is read.
	if d := docs["typo.txt"]; d != nil && (len(d.Warnings) != 1 || !strings.Contains(d.Warnings[0], `typo.meta.yaml: line 1: unknown key "autor" (did you mean "author"?)`)) {
		t.Errorf("typo.txt warnings = %q", d.Warnings)
	}
	// The same paragraph in two documents is kept once.
	if d := docs["sub/also-good.txt"]; d != nil {
		if len(d.Passages) != 1 || d.Passages[0].Paragraph != 1 || !strings.Contains(d.Passages[0].Text, "cranes") {
			t.Errorf("cross-document repeat not dropped: %+v", d.Passages)
		}
	}
	if len(seen) == 0 || len(seen) != len(c.Documents)+len(c.Skipped) {
		t.Errorf("OnFile saw %d files, corpus has %d documents + %d skipped", len(seen), len(c.Documents), len(c.Skipped))
	}
}

func TestLoadMissingFolder(t *testing.T) {
	if _, err := Load(filepath.Join(t.TempDir(), "nope")); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("Load(missing) error = %v, want os.ErrNotExist", err)
	}
}

func TestParseFileErrors(t *testing.T) {
	tests := []struct {
		name string
		data string
		want error
	}{
		{"a.txt", "", ErrEmpty},
		{"a.txt", "\x00\x01", ErrBinary},
		{"a.txt", "\xff\xfe", ErrNotUTF8},
		{"a.doc", goodArticle, ErrUnsupported},
		{"a.md", "---\ntitle: [\n---\nx\n", ErrMalformed},
		{"a.html", "plain words only", ErrMalformed},
		{"a.txt", "Advertisement\n", ErrNoText},
	}
	for _, tt := range tests {
		t.Run(tt.name+"/"+tt.data, func(t *testing.T) {
			_, err := ParseFile(tt.name, []byte(tt.data), nil)
			if !errors.Is(err, tt.want) || !strings.Contains(err.Error(), tt.name) {
				t.Errorf("ParseFile(%q) error = %v, want %v naming the file", tt.name, err, tt.want)
			}
		})
	}
}

func TestParseFileMetaOverrides(t *testing.T) {
	d, err := ParseFile("a.txt", []byte(goodArticle), &Meta{Title: "Moderator's title", Outlet: "Example Wire", Date: "March 3, 2026"})
	if err != nil {
		t.Fatal(err)
	}
	if d.Title != "Moderator's title" || d.Outlet != "Example Wire" || d.Date != "2026-03-03" {
		t.Errorf("got %q %q %q", d.Title, d.Outlet, d.Date)
	}
}

// Our own articles in the two other formats, with layouts the seeds lack.
func TestTestdataArticles(t *testing.T) {
	c, err := Load(filepath.Join("testdata", "articles"))
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Skipped) != 0 {
		t.Fatalf("skipped: %+v", c.Skipped)
	}
	type meta struct{ title, outlet, author, date, url string }
	tests := []struct {
		id       string
		meta     meta
		sections []string
		gone     []string
		speakers []string
	}{
		{
			id:       "ceasefire-page.html",
			meta:     meta{"Energy truce proposal gains support", "The Example Post", "Sofia Brandt", "2025-11-27", "https://post.example.com/world/energy-truce"},
			sections: []string{"Doubts in Kyiv"},
			gone:     []string{"Home", "Advertisement", "Related stories", "cookies", "All rights reserved", "Photo:", "By Sofia Brandt", "27 November 2025"},
			speakers: []string{"Pieter de Vries", "Pieter de Vries", "Oksana Hrytsenko", ""},
		},
		{
			id:       "geneva-round.md",
			meta:     meta{"Negotiators return to Geneva with a shorter draft", "Example Wire", "Lena Hartmann and Pavel Novak", "2025-12-03", "https://example.org/geneva-round"},
			sections: []string{"What changed in the draft", "Reactions"},
			gone:     []string{"![", "](", "**", "Share this article"},
			speakers: []string{"Taras Melnyk", "Taras Melnyk", "Erik Lindqvist", "Marta Kovalenko", "Marta Kovalenko"},
		},
		{
			id:       "pasted-byline.txt",
			meta:     meta{"Prisoner exchange planned before the new year", "", "Anna Kowalska and Tom Baker", "2025-12-19", ""},
			gone:     []string{"Skip to", "Facebook", "Advertisement", "Photo:", "01:12", "browser", "cookies", "Related stories"},
			speakers: []string{"Khalid al-Mansouri", "Dmytro Lubinets", "Dmytro Lubinets"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.id, func(t *testing.T) {
			d := docByID(t, c, tt.id)
			got := meta{d.Title, d.Outlet, d.Author, d.Date, d.URL}
			if got != tt.meta {
				t.Errorf("metadata = %+v, want %+v", got, tt.meta)
			}
			sections := map[string]bool{}
			for _, p := range d.Passages {
				sections[p.Section] = true
				for _, g := range tt.gone {
					if strings.Contains(p.Text, g) {
						t.Errorf("¶%d contains %q: %s", p.Paragraph, g, p.Text)
					}
				}
			}
			for _, s := range tt.sections {
				if !sections[s] {
					t.Errorf("no passage under section %q (have %v)", s, sections)
				}
			}
			var speakers []string
			for _, q := range d.Quotes {
				speakers = append(speakers, q.Speaker)
			}
			if strings.Join(speakers, "|") != strings.Join(tt.speakers, "|") {
				t.Errorf("speakers = %q, want %q", speakers, tt.speakers)
			}
		})
	}
}
