package people_test

import (
	"slices"
	"testing"

	"github.com/talksbot/talksbot/corpus/people"
)

// A hyphened surname is called by either half ("who's wyss" of Claudia
// Wyss-Morandi); a hyphened given name is no surname to split.
func TestHyphenedSurnameHalves(t *testing.T) {
	lx := people.Default()
	all, _ := lx.Merge([]people.DocumentPeople{{People: []people.Person{
		{Name: "Claudia Wyss-Morandi", Quotes: 1, Mentions: 1},
		{Name: "Jean-Marc Pellaton", Quotes: 1, Mentions: 1},
	}}})
	for _, p := range all {
		switch p.Name {
		case "Claudia Wyss-Morandi":
			if !slices.Contains(p.Aliases, "wyss") || !slices.Contains(p.Aliases, "morandi") {
				t.Errorf("%s: aliases %q, want both halves of the surname", p.Name, p.Aliases)
			}
		case "Jean-Marc Pellaton":
			if slices.Contains(p.Aliases, "jean") || slices.Contains(p.Aliases, "marc") {
				t.Errorf("%s: aliases %q hold a half of the given name", p.Name, p.Aliases)
			}
		}
	}
}
