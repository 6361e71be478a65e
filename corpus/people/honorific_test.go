package people_test

import (
	"slices"
	"testing"

	"github.com/talksbot/talksbot/corpus/people"
)

// An honorific that says what its holder is gives them that role
// (honorific_roles.tsv): "Father Ilija Dorn" is a priest, and "the
// priest" who speaks after him is he.
func TestHonorificRole(t *testing.T) {
	lx := people.Default()
	if got := lx.HonorificRole("Father"); got != "priest" {
		t.Errorf("HonorificRole(Father) = %q, want priest", got)
	}
	text := []people.Paragraph{
		{Num: 1, Text: "At ten past eleven Father Ilija Dorn climbed the tower of St Elias church and rang the bell."},
		{Num: 2, Text: `The priest had asked the council in May whether the bell could be rung. "For five years this bell was silent," he told the crowd.`},
	}
	d, err := lx.Analyse(text, people.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var roles []string
	for _, p := range d.People([]string{text[0].Text, text[1].Text}) {
		if p.Name == "Ilija Dorn" {
			roles = p.Roles
		}
	}
	if !slices.Contains(roles, "priest") {
		t.Errorf("Ilija Dorn's roles %q, want priest among them", roles)
	}
	if len(d.Quotes) != 1 || d.Quotes[0].Speaker != "Ilija Dorn" {
		t.Errorf("quotes %+v, want the priest's, Ilija Dorn's", d.Quotes)
	}
}

// A title set before given names ("Father", "Sheikh": words.tsv
// givenhonorific) makes a person of the names after it, as "Ms" does,
// whatever the lexicon knows of the given name.
func TestGivenHonorificBeforeAnUnknownGivenName(t *testing.T) {
	lx := people.Default()
	for _, text := range []string{
		`"I left with a rosary and came back with a rosary," Father Yosyp Melnyk told reporters at the hospital.`,
		`Father Yosyp Melnyk told reporters: "I left with a rosary and came back with a rosary."`,
	} {
		d, err := lx.Analyse([]people.Paragraph{{Num: 1, Text: text}}, people.Options{})
		if err != nil {
			t.Fatal(err)
		}
		if len(d.Quotes) != 1 || d.Quotes[0].Speaker != "Yosyp Melnyk" {
			t.Errorf("%s\nquotes %+v, want Yosyp Melnyk's", text, d.Quotes)
		}
	}
}
