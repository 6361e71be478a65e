package people_test

import (
	"slices"
	"testing"

	"github.com/talksbot/talksbot/corpus/people"
)

// A surname a ministry's French-style transcription spells ("Arkadi
// Jelvine": j for zh, -ine for -in) is the "Arkady Zhelvin" other
// articles name, when the given names spell alike; a French spelling of
// another given name's bearer stays apart.
func TestMergeFrenchSpellings(t *testing.T) {
	lx := people.Default()
	p := func(name string) people.Person {
		return people.Person{Name: name, Gender: people.Male, Quotes: 1, Mentions: 1}
	}
	docs := []people.DocumentPeople{
		{People: []people.Person{p("Arkady Zhelvin")}},
		{People: []people.Person{p("Arkady Zhelvin")}},
		{People: []people.Person{p("Arkadi Jelvine"), p("Boris Brejnev")}},
		{People: []people.Person{p("Pavel Brezhnev")}},
	}
	all, _ := lx.Merge(docs)
	var names []string
	for _, x := range all {
		names = append(names, x.Name)
	}
	want := []string{"Arkady Zhelvin", "Boris Brejnev", "Pavel Brezhnev"}
	if !slices.Equal(names, want) {
		t.Errorf("people %q, want %q", names, want)
	}
}
