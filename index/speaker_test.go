package index

import (
	"context"
	"testing"

	"github.com/talksbot/talksbot/corpus"
)

// "X's spokesman" is the spokesman, and only one who speaks for X: never
// X, and never another country's spokesman.
func TestResolveSpeakerByOwner(t *testing.T) {
	doc := &corpus.Document{ID: "s.txt", Title: "Replies", Outlet: "Wire", Date: "2025-12-16",
		Passages: []corpus.Passage{
			{Text: `"We want peace, not a pause," said Kremlin spokesman Dmitry Peskov.`, Paragraph: 1},
			{Text: `Russian President Vladimir Putin did not comment. Ukrainian President Volodymyr Zelensky was in Berlin.`, Paragraph: 2},
		},
		Quotes: []corpus.Quote{{Speaker: "Dmitry Peskov", Role: "Kremlin spokesman", Text: "We want peace, not a pause,", Paragraph: 1}},
	}
	c := &corpus.Corpus{Documents: []*corpus.Document{doc}, People: []corpus.Person{
		{Name: "Dmitry Peskov", Role: "Kremlin spokesman", Aliases: []string{"peskov"}, Quotes: 1, Mentions: 1},
		{Name: "Vladimir Putin", Role: "Russian President", Aliases: []string{"putin"}, Mentions: 1},
		{Name: "Volodymyr Zelensky", Role: "Ukrainian President", Aliases: []string{"zelensky"}, Mentions: 1},
	}}
	e, err := Build(context.Background(), BuildOptions{Corpus: c})
	if err != nil {
		t.Fatal(err)
	}
	defer e.Close()
	tests := []struct{ who, want string }{
		{"Putin's spokesman", "Dmitry Peskov"},
		{"putins spokesman", "Dmitry Peskov"},
		{"the Kremlin spokesman", "Dmitry Peskov"},
		{"Zelensky's spokesman", ""},
		{"zelenskys spokesman", ""},
		{"macrons spokesman", ""},
	}
	for _, tt := range tests {
		got := ""
		if p := e.resolveSpeaker(tt.who); p != nil {
			got = p.Name
		}
		if got != tt.want {
			t.Errorf("resolveSpeaker(%q) = %q, want %q", tt.who, got, tt.want)
		}
	}
}
