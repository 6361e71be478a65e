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

func TestEmbeddedCorpusQuotes(t *testing.T) {
	c := loadDefault(t)
	dw := docByID(t, c, "004_ca1823765503ac41.txt")
	var peskov []Quote
	for _, q := range dw.Quotes {
		if strings.Contains(q.Text, "peacewe") || strings.HasPrefix(q.Text, "We have not seen any texts yet") {
			peskov = append(peskov, q)
		}
	}
	if len(peskov) != 2 {
		t.Fatalf("found %d Peskov quotes, want 2: %+v", len(peskov), dw.Quotes)
	}
	for _, q := range peskov {
		if q.Speaker != "Dmitry Peskov" || q.Role != "Kremlin spokesman" {
			t.Errorf("quote %q attributed to %q (%q), want Dmitry Peskov (Kremlin spokesman)", clip(q.Text, 40), q.Speaker, q.Role)
		}
	}
	// Scare quotes and names are not statements; a few words quoted in
	// what someone is reported to have said ("told DW that the
	// statement was "very important"") are theirs.
	stewart := false
	for _, d := range c.Documents {
		for _, q := range d.Quotes {
			for _, scare := range []string{"platinum standard", "Minsk III", "buffer zone"} {
				if strings.Trim(q.Text, ".,") == scare {
					t.Errorf("%s: scare quote %q taken as a statement", d.ID, q.Text)
				}
			}
			if q.Text == "very important" {
				stewart = q.Speaker == "Susan Stewart"
			}
		}
	}
	if !stewart {
		t.Error(`"very important", quoted in what Susan Stewart told DW, is not hers`)
	}
	// "He did not think..." follows paragraphs about a woman: no guess.
	for _, q := range dw.Quotes {
		if strings.HasPrefix(q.Text, "The specific issue here is Donbass") && q.Speaker != "" {
			t.Errorf("quote after an unresolvable 'he' attributed to %q", q.Speaker)
		}
	}
	// Zelensky (first article) and Zelenskyy (DW) are one person.
	first := docByID(t, c, "000_9c538db9ef34791f.txt")
	var zel string
	for _, q := range first.Quotes {
		if strings.HasPrefix(q.Text, "We need clear security guarantees") {
			zel = q.Speaker
		}
	}
	var person *Person
	for i, p := range c.People {
		if p.Name == zel {
			person = &c.People[i]
		}
	}
	if zel == "" || person == nil {
		t.Fatalf("Zelensky's quote speaker %q not among People", zel)
	}
	if !contains(person.Aliases, "zelenskyy") || person.Mentions < 5 {
		t.Errorf("%s: aliases %q, mentions %d; want zelenskyy among aliases and the DW mentions counted", person.Name, person.Aliases, person.Mentions)
	}
	for _, p := range c.People {
		if p.Name != person.Name && nameKey(surnameOf(p.Name)) == "zelensky" {
			t.Errorf("a second Zelensky person: %+v", p)
		}
	}
}
