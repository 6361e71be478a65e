package index

import (
	"context"
	"strings"
	"testing"
)

// "who is the mediator", of a wire whose opening says "the United
// Nations mediator said" and names her two paragraphs on ("United
// Nations Special Envoy Ilse Marthaler"): she is the one asked about,
// not "not covered", and the passage giving her title comes first,
// before one that only says "Ms Marthaler".
func TestMediatorNamedAfterTheOpening(t *testing.T) {
	wire := `Kaldor, Druvania initial buffer-zone map after all-night talks

ORSBERG, Vallmark, June 12 (CPA) - Negotiators from Kaldor and Druvania initialled a map of a demilitarised buffer zone early on Saturday, ending six days of talks that at several points appeared close to collapse, the United Nations mediator said.

The text, to be known as the Orsberg Protocol, requires both armies to pull back 15 kilometres from the line of contact.

"It is not a peace treaty. It is a map with fewer soldiers on it," United Nations Special Envoy Ilse Marthaler told reporters in the lobby of the Hotel Belvoir.
`
	page := `Leaked map shows Harnovo left to Kaldor

The Courier has seen a draft map dated 9 June. Pieter Oudkerk, who speaks for the envoy, called the leak unhelpful.

Ms Marthaler had not changed her schedule.

Marthaler declined to comment on Friday.
`
	e := engineOfFiles(t, map[string]string{"wire.txt": wire, "page.txt": page})
	a, err := e.Ask(context.Background(), "who is the mediator", AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if a.Speaker != "Ilse Marthaler" || !a.Answered() {
		t.Fatalf("who is the mediator: speaker %q, answered %v; want Ilse Marthaler", a.Speaker, a.Answered())
	}
	if len(a.Passages) == 0 || !strings.Contains(a.Passages[0].Text, "Special Envoy Ilse Marthaler") {
		t.Errorf("who is the mediator: passages %q; want the one giving her title first", firstText(a))
	}
}
