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
	checkFiled(t, canonical, []filed{
		{0, "Oleh Zarevych", "Oleg Zarevich"}, // named in two articles so
		{1, "Zarevich", "Oleg Zarevich"},
		{0, "Hryhor Tsvik", "Grigor Cvik"}, // a tie: the first key in order
	})
}

func TestRomanised(t *testing.T) {
	lx := people.Default()
	for _, pair := range [][2]string{{"Zarevych", "Zarevich"}, {"Hryhor", "Grigor"}, {"Tsvik", "Cvik"}, {"Yurii", "Jurij"}, {"Shevchuk", "Szewczuk"}, {"Dorskoff", "Dorskov"}, {"Iwanow", "Ivanov"}, {"Yevgen", "Evgen"}, {"Sergeyev", "Sergeev"}, {"Tarkhanov", "Tarchanow"}, {"Yegor", "Jegor"}, {"Kharkiv", "Charkiw"}} {
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

// A name of one word that is no one's surname is the one full name
// with that given name when the two share a title: "Father Yosyp" of an
// interview is the Father Yosyp Melnyk of a chronology; "Olena", a
// resident, is not Olena Koval, a minister.
func TestMergeGivenNameByTitle(t *testing.T) {
	lx := people.Default()
	p := func(name string, roles ...string) people.Person {
		return people.Person{Name: name, Roles: roles, Quotes: 1, Mentions: 1}
	}
	docs := []people.DocumentPeople{
		{People: []people.Person{p("Yosyp Melnyk", "Greek Catholic priest"), p("Olena Koval", "Minister of Health")}},
		{People: []people.Person{p("Yosyp", "priest"), p("Olena", "resident")}},
	}
	_, canonical := lx.Merge(docs)
	if got := canonical(1, "Yosyp"); got != "Yosyp Melnyk" {
		t.Errorf("Yosyp filed under %q, want Yosyp Melnyk", got)
	}
	if got := canonical(1, "Olena"); got != "Olena" {
		t.Errorf("Olena, a resident, filed under %q, want apart", got)
	}
}
