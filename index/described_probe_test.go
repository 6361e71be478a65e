package index

import (
	"context"
	"strings"
	"testing"

	"github.com/talksbot/talksbot/corpus"
	"github.com/talksbot/talksbot/corpus/people"
)

// Asked what "the <nationality> <title>" said, or who they are, the
// engine names no one of another country, of another office, a man for
// a spokeswoman, a director general for a general, or the ICRC's
// president for a country's: over development corpora where each
// of these once happened, for every nationality they mention and the
// titles members ask for most.
func TestDescribedNeverAnotherCountryOrOffice(t *testing.T) {
	if testing.Short() {
		t.Skip("builds eight corpora")
	}
	titles := []string{"president", "prime minister", "foreign minister", "defence minister", "mayor",
		"spokeswoman", "ambassador", "envoy", "governor", "general", "minister"}
	ctx := context.Background()
	for _, dir := range []string{"corpus8", "corpus9", "corpus10", "corpus12", "corpus17", "corpus19", "corpus25", "corpus33", "corpus34"} {
		c, err := corpus.Load("testdata/" + dir)
		if err != nil {
			t.Fatal(err)
		}
		e, err := Build(ctx, BuildOptions{Corpus: c})
		if err != nil {
			t.Fatal(err)
		}
		for _, n := range people.Default().Nations() {
			adj := strings.ToLower(n.Adjective)
			if e.vocab.df(e.terms.of(adj)) == 0 {
				continue
			}
			for _, title := range titles {
				for _, q := range []string{"what did the " + adj + " " + title + " say", "who is the " + adj + " " + title} {
					a, err := e.Ask(ctx, q, AskOptions{})
					if err != nil {
						t.Fatal(err)
					}
					if a.Speaker == "" {
						continue
					}
					p := e.byKey[people.Key(a.Speaker)]
					if p == nil {
						t.Fatalf("%s: %q answered with %q, no one the people model knows", dir, q, a.Speaker)
					}
					roles := strings.ToLower(strings.Join(p.titles(), " | "))
					if cs := e.countriesKnown(p); len(cs) > 0 && !cs[n.Country] {
						t.Errorf("%s: %q answered with %s (%s), of %v", dir, q, a.Speaker, roles, cs)
					}
					if office, _, ok := strings.Cut(title, " minister"); ok && !strings.Contains(roles, office) {
						t.Errorf("%s: %q answered with %s (%s), of another office", dir, q, a.Speaker, roles)
					}
					if title == "spokeswoman" && p.Gender == "male" {
						t.Errorf("%s: %q answered with %s, a man", dir, q, a.Speaker)
					}
					if title == "general" && !strings.Contains(strings.NewReplacer("director general", "", "director-general", "", "secretary general", "", "secretary-general", "").Replace(roles), "general") && !strings.Contains(roles, "gen") {
						t.Errorf("%s: %q answered with %s (%s), no general", dir, q, a.Speaker, roles)
					}
					if title == "president" && strings.Contains(roles, "icrc") {
						t.Errorf("%s: %q answered with %s (%s), a body's president", dir, q, a.Speaker, roles)
					}
				}
			}
		}
		e.Close()
	}
}
