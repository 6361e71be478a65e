package people_test

import (
	"slices"
	"testing"

	"github.com/talksbot/talksbot/corpus/people"
)

// Two romanisations of one name in two articles are one person, whom a
// bare surname in either spelling is; two spellings named in one
// article, or given two genders, stay two people.
func TestMergeRomanisedSpellings(t *testing.T) {
	lx := people.Default()
	p := func(name string, g people.Gender) people.Person {
		return people.Person{Name: name, Gender: g, Quotes: 1, Mentions: 1}
	}
	docs := []people.DocumentPeople{
		{People: []people.Person{p("Oleh Zarevych", people.Male), p("Hryhor Tsvik", people.Male)}},
		{People: []people.Person{p("Oleg Zarevich", people.Male), p("Zarevich", people.Male)}},
		{People: []people.Person{p("Oleg Zarevich", people.Male), p("Grigor Cvik", people.Male)}},
		// One list names both spellings: two prisoners.
		{People: []people.Person{p("Ivan Kovalchuk", people.Male), p("Iwan Kowalczuk", people.Male)}},
		{People: []people.Person{p("Olha Marchenko", people.Female)}},
		{People: []people.Person{p("Olga Martchenko", people.Male)}},
	}
	all, canonical := lx.Merge(docs)
	var names []string
	for _, x := range all {
		names = append(names, x.Name)
	}
	want := []string{"Grigor Cvik", "Ivan Kovalchuk", "Iwan Kowalczuk", "Oleg Zarevich", "Olga Martchenko", "Olha Marchenko"}
	if !slices.Equal(names, want) {
		t.Errorf("people %q, want %q", names, want)
	}
	for _, c := range []struct {
		doc        int
		name, want string
	}{
		{0, "Oleh Zarevych", "Oleg Zarevich"}, // named in two articles so
		{1, "Zarevich", "Oleg Zarevich"},
		{0, "Hryhor Tsvik", "Grigor Cvik"}, // a tie: the first key in order
	} {
		if got := canonical(c.doc, c.name); got != c.want {
			t.Errorf("%s (article %d) filed under %q, want %q", c.name, c.doc, got, c.want)
		}
	}
}

func TestRomanised(t *testing.T) {
	lx := people.Default()
	for _, pair := range [][2]string{{"Zarevych", "Zarevich"}, {"Hryhor", "Grigor"}, {"Tsvik", "Cvik"}, {"Yurii", "Jurij"}, {"Shevchuk", "Szewczuk"}} {
		if a, b := lx.Romanised(pair[0]), lx.Romanised(pair[1]); a != b {
			t.Errorf("Romanised(%q) = %q, Romanised(%q) = %q; want them alike", pair[0], a, pair[1], b)
		}
	}
	for _, pair := range [][2]string{{"Kovalenko", "Koval"}, {"Mykhas", "Mygas"}, {"Olena", "Olha"}} {
		if a, b := lx.Romanised(pair[0]), lx.Romanised(pair[1]); a == b {
			t.Errorf("Romanised(%q) = Romanised(%q) = %q; want them apart", pair[0], pair[1], a)
		}
	}
}
