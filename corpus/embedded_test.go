package corpus

import (
	"strings"
	"testing"
)

func loadDefault(t *testing.T) *Corpus {
	t.Helper()
	c, err := LoadFS(Default(), Options{})
	if err != nil {
		t.Fatalf("LoadFS(Default()): %v", err)
	}
	if len(c.Skipped) != 0 {
		t.Fatalf("embedded corpus skipped files: %v", c.Skipped)
	}
	return c
}

func docByID(t *testing.T, c *Corpus, id string) *Document {
	t.Helper()
	for _, d := range c.Documents {
		if d.ID == id {
			return d
		}
	}
	t.Fatalf("no document %q", id)
	return nil
}

// The facts the issue names for the embedded corpus.
func TestEmbeddedCorpusMetadata(t *testing.T) {
	c := loadDefault(t)
	if len(c.Documents) != 2 {
		t.Fatalf("got %d documents, want 2", len(c.Documents))
	}
	tests := []struct {
		id, title, outlet, author, date string
	}{
		{"000_9c538db9ef34791f.txt", "US Proposes NATO-Style Security Guarantees for Ukraine Amid Peace Talks", "", "", "2025-12-14"},
		{"004_ca1823765503ac41.txt", "What security guarantees is Ukraine likely to be granted?", "DW", "Danilo Bilek", "2025-12-18"},
	}
	for _, tt := range tests {
		t.Run(tt.id, func(t *testing.T) {
			d := docByID(t, c, tt.id)
			got := []string{d.Title, d.Outlet, d.Author, d.Date}
			want := []string{tt.title, tt.outlet, tt.author, tt.date}
			for i := range got {
				if got[i] != want[i] {
					t.Errorf("field %d = %q, want %q", i, got[i], want[i])
				}
			}
		})
	}
}

func TestEmbeddedCorpusHasNoFurnitureOrRepeats(t *testing.T) {
	c := loadDefault(t)
	seen := map[string]string{}
	for _, d := range c.Documents {
		if len(d.Passages) == 0 {
			t.Errorf("%s: no passages", d.ID)
		}
		last := 0
		for _, p := range d.Passages {
			for _, bad := range []string{"Skip to", "This browser does not support", "Image:", "02:45", "PoliticsUkraine", "Rewritten Article"} {
				if strings.Contains(p.Text, bad) {
					t.Errorf("%s ¶%d contains furniture %q: %s", d.ID, p.Paragraph, bad, p.Text)
				}
			}
			if p.Text == "-" || p.Text == d.Title {
				t.Errorf("%s ¶%d is furniture: %q", d.ID, p.Paragraph, p.Text)
			}
			if p.Paragraph < last || p.Paragraph > last+1 {
				t.Errorf("%s: paragraph numbers jump from %d to %d", d.ID, last, p.Paragraph)
			}
			last = p.Paragraph
			key := dedupKey(p.Text)
			if where, ok := seen[key]; ok {
				t.Errorf("%s ¶%d repeats a passage of %s: %s", d.ID, p.Paragraph, where, clip(p.Text, 60))
			}
			seen[key] = d.ID
		}
	}
}
