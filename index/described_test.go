package index

import (
	"context"
	"testing"
	"testing/fstest"

	"github.com/talksbot/talksbot/corpus"
)

// describedCorpus is a live blog in which people are introduced by what
// they are in a heading or a sentence, not by a title next to their name.
// "Polish" is in a heading only: a word of the articles all the same.
func describedCorpus(t *testing.T) *corpus.Corpus {
	t.Helper()
	blog := `---
title: Ceasefire talks live
outlet: Harbour Post
date: 2025-12-16
---

## Polish foreign minister calls for a monitoring mission

Speaking in Warsaw, Foreign Minister Jan Wrona said any ceasefire would need "eyes on the ground from the first hour" and offered officers for a mission.

## Lithuania ready to send staff

Lithuania's foreign minister, Rasa Vaitkute, said her country was "ready to send people, not only statements" to any mission.

## Chancellery keeps the date open

A senior official said Chancellor Friedrich Merz would host the next round in January. "The date is not fixed yet, and it will not be fixed by leaks," the official said.
`
	c, err := corpus.LoadFS(fstest.MapFS{"live.md": {Data: []byte(blog)}}, corpus.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// A person described, not named — by the nationality a heading gives
// them, by their title — is found where the articles describe them; a
// description that fits no one named there (an unnamed official) is
// never pinned on whoever the passage names.
func TestDescribedPerson(t *testing.T) {
	e, err := Build(context.Background(), BuildOptions{Corpus: describedCorpus(t)})
	if err != nil {
		t.Fatal(err)
	}
	defer e.Close()
	for _, tt := range []struct{ q, speaker string }{
		{"what did the polish fm say", "Jan Wrona"},
		{"what did the lithuanian foreign minister say", "Rasa Vaitkute"},
		{"what did the senior official say about the date", ""},
		{"the chancellery official on leaks, what did he say", ""},
		{"who's the polish foreign minister", "Jan Wrona"},
		{"who is the lithuanian fm", "Rasa Vaitkute"},
	} {
		t.Run(tt.q, func(t *testing.T) {
			a, err := e.Ask(context.Background(), tt.q, AskOptions{})
			if err != nil {
				t.Fatal(err)
			}
			if a.Speaker != tt.speaker {
				t.Errorf("speaker %q, want %q", a.Speaker, tt.speaker)
			}
			for _, q := range a.Quotes {
				if q.Speaker != a.Speaker {
					t.Errorf("quote by %q in an answer about %q", q.Speaker, a.Speaker)
				}
			}
		})
	}
}
