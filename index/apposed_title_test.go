package index

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/talksbot/talksbot/corpus"
)

// "koval the doctor" asks for one of two Kovals as "doctor koval" does:
// a surname, "the" and a title in apposition, after the surname (the
// convoy's paediatrician and the governor, "no relation to the doctor",
// in corpus64's articles).
func TestSurnameThenTheTitle(t *testing.T) {
	c, err := corpus.Load(filepath.Join("testdata", "corpus64"))
	if err != nil {
		t.Fatal(err)
	}
	e, err := Build(context.Background(), BuildOptions{Corpus: c})
	if err != nil {
		t.Fatal(err)
	}
	for q, want := range map[string]string{
		"wat did koval the doctor say abt fear": "Marta Koval",
		"what did koval the governor say":       "Oleksandr Koval",
	} {
		a, err := e.Ask(context.Background(), q, AskOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if a.Speaker != want {
			t.Errorf("%q: speaker %q, want %q", q, a.Speaker, want)
		}
	}
}
