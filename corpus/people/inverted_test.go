package people_test

import (
	"slices"
	"strings"
	"testing"
)

// "At the controls was Stefan Brodar" makes him the sentence's subject,
// set after the place, so "the driver said" after his quotation is his
// (the writer's other word for the one just named); and "To the crews
// he is simply the Badger" gives him the name the crews use. A
// description in lower case is no name, and a paragraph naming two
// people leaves "the driver" to no one.
func TestInvertedSubjectAndNameToSome(t *testing.T) {
	d := analyseDoc(t,
		`At the controls was Stefan Brodar, 61, who has driven on the northern line for 38 years. To the crews at Selmitz depot he is simply the Badger. "I have taken that bridge a thousand times," the driver said as he climbed down from the cab.`,
		`To her pupils she was always the best teacher in town, said Marta Kovac.`,
	)
	var stefan, marta []string
	for _, p := range d.People(nil) {
		switch p.Name {
		case "Stefan Brodar":
			stefan = p.Aliases
		case "Marta Kovac":
			marta = p.Aliases
		}
	}
	if !slices.Contains(stefan, "the badger") {
		t.Errorf("Stefan Brodar's aliases %q: want the badger", stefan)
	}
	if slices.ContainsFunc(marta, func(a string) bool { return strings.Contains(a, "best") }) {
		t.Errorf("Marta Kovac's aliases %q: a description is no name", marta)
	}
	for _, q := range d.Quotes {
		if strings.HasPrefix(q.Text, "I have taken") && q.Speaker != "Stefan Brodar" {
			t.Errorf("quote %q by %q, want Stefan Brodar", q.Text, q.Speaker)
		}
	}
	two := analyseDoc(t,
		`At the controls was Stefan Brodar, and beside him stood Ivan Petrov. "I have taken that bridge a thousand times," the driver said.`,
	)
	for _, q := range two.Quotes {
		if strings.HasPrefix(q.Text, "I have taken") && q.Speaker != "" {
			t.Errorf("two people named: quote %q by %q, want no one", q.Text, q.Speaker)
		}
	}
}
