package gencorpus

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/talksbot/talksbot/corpus"
)

func TestGenerate(t *testing.T) {
	tests := []struct {
		name string
		n    int
		seed int64
	}{
		{"one", 1, 1},
		{"small", 50, 7},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := Generate(tt.n, tt.seed)
			if len(c.Documents) != tt.n {
				t.Fatalf("got %d documents, want %d", len(c.Documents), tt.n)
			}
			if !reflect.DeepEqual(c, Generate(tt.n, tt.seed)) {
				t.Fatal("same seed gave a different corpus")
			}
			seen := map[string]string{}
			quoted := map[string]bool{}
			for _, d := range c.Documents {
				if d.Title == "" || d.Date == "" || d.Outlet == "" || d.URL == "" || len(d.Passages) < 5 {
					t.Errorf("%s: thin document: %+v", d.ID, d)
				}
				for _, p := range d.Passages {
					if other, dup := seen[p.Text]; dup {
						t.Errorf("paragraph repeated in %s and %s: %q", other, d.ID, p.Text)
					}
					seen[p.Text] = d.ID
				}
				for _, q := range d.Quotes {
					quoted[q.Speaker] = true
					if !strings.Contains(d.Passages[q.Paragraph-1].Text, q.Text) {
						t.Errorf("%s: quote %q is not in paragraph %d", d.ID, q.Text, q.Paragraph)
					}
				}
			}
			for _, p := range c.People {
				if quoted[p.Name] != (p.Quotes > 0) {
					t.Errorf("%s: Quotes=%d disagrees with the documents", p.Name, p.Quotes)
				}
			}
		})
	}
}

func TestGenerateSeedsDiffer(t *testing.T) {
	if reflect.DeepEqual(Generate(5, 1), Generate(5, 2)) {
		t.Fatal("different seeds gave the same corpus")
	}
}

func TestWriteDir(t *testing.T) {
	dir := t.TempDir()
	if err := WriteDir(dir, 3, 1); err != nil {
		t.Fatal(err)
	}
	c := Generate(3, 1)
	for _, d := range c.Documents {
		b, err := os.ReadFile(filepath.Join(dir, d.ID))
		if err != nil {
			t.Fatal(err)
		}
		text := string(b)
		if !strings.HasPrefix(text, d.Title+"\n") || !strings.Contains(text, "By "+d.Author) {
			t.Errorf("%s: title or byline missing:\n%s", d.ID, text)
		}
		for _, p := range d.Passages {
			if !strings.Contains(text, p.Text) {
				t.Errorf("%s: passage missing from file: %q", d.ID, p.Text)
			}
		}
		meta, err := os.ReadFile(filepath.Join(dir, strings.TrimSuffix(d.ID, ".txt")+".meta.yaml"))
		if err != nil || !strings.Contains(string(meta), "outlet: "+d.Outlet) {
			t.Errorf("%s: sidecar %q, %v", d.ID, meta, err)
		}
	}
}

// WriteDir's files read back, through the real corpus reader, as the
// documents Generate returns.
func TestWriteDirReadsBack(t *testing.T) {
	dir := t.TempDir()
	if err := WriteDir(dir, 10, 3); err != nil {
		t.Fatal(err)
	}
	got, err := corpus.Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	want := Generate(10, 3)
	if len(got.Documents) != len(want.Documents) || len(got.Skipped) != 0 {
		t.Fatalf("read %d documents (%v skipped), want %d", len(got.Documents), got.Skipped, len(want.Documents))
	}
	for i, d := range got.Documents {
		w := want.Documents[i]
		if d.ID != w.ID || d.Title != w.Title || d.Date != w.Date || d.Author != w.Author || d.Outlet != w.Outlet || d.URL != w.URL {
			t.Errorf("metadata read %+v, generated %+v", *d, *w)
		}
		if !reflect.DeepEqual(d.Passages, w.Passages) {
			t.Errorf("%s: passages read differ from those generated", d.ID)
		}
		if len(d.Quotes) != len(w.Quotes) {
			t.Errorf("%s: %d quotes read, %d generated", d.ID, len(d.Quotes), len(w.Quotes))
		}
	}
}
