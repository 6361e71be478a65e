package index

import (
	"bytes"
	"reflect"
	"testing"

	"github.com/talksbot/talksbot/corpus"
)

// A folder's index is built from its documents as spilled to disk
// between the passes (spillDoc): read back, a document must lay out the
// same records as the one read, or the index a bot serves from a folder
// answers otherwise than one built in memory — a wire's dateline, a live
// blog entry's time, a record's fields lost on the way.
func TestSpilledDocumentKeepsItsRecords(t *testing.T) {
	d := &corpus.Document{
		ID: "wire.txt", Title: "Cyberattack blacks out homes", Outlet: "Newswire", Author: "Henrik Dallow",
		Date: "2077-01-20", URL: "https://example.org/a", Language: "en", Place: "BELLCOURT, Valmont", Kind: corpus.KindAnalysis,
		Passages: []corpus.Passage{
			{Text: "Members present: Orla Benedek (Chair)", Paragraph: 1, Record: true},
			{Text: "The grid operator said power was back by 15:26.", Section: "Latest", Paragraph: 2, Time: "15:40 CET"},
			{Text: "She still lives near the plant.", Paragraph: 3, About: "Nadia Sandahl"},
		},
	}
	var buf bytes.Buffer
	if err := spillDoc(&buf, d); err != nil {
		t.Fatal(err)
	}
	got, err := unspillDoc(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if want, have := recordsOf(d), recordsOf(got); !reflect.DeepEqual(want.passages, have.passages) {
		t.Errorf("records read back differ:\n got %+v\nwant %+v", have.passages, want.passages)
	}
	if got.Kind != d.Kind {
		t.Errorf("kind %q read back, want %q", got.Kind, d.Kind)
	}
}
