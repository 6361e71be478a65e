package index

import (
	"context"
	"testing"
)

// The show someone spoke on ("the dutch analyst on the podcast", "the
// kyiv journalist on the pod") is neither who they are nor what was
// asked: the analyst is found by what they are, and "biggest weakness of
// the deal" is the subject, not "the podcast".
func TestShowSomeoneSpokeOn(t *testing.T) {
	for _, tt := range []struct{ who, want string }{
		{"dutch analyst on the podcast", "dutch analyst"},
		{"the kyiv journalist on the pod", "the kyiv journalist"},
		{"the colonel from the radio", "the colonel"},
		{"the podcast host", "the podcast host"},
		{"the head of the tv channel", "the head of the tv channel"},
	} {
		if got := withoutMedium(tt.who); got != tt.want {
			t.Errorf("withoutMedium(%q) = %q, want %q", tt.who, got, tt.want)
		}
	}
	if got := aboutWithoutMedium("the podcast, biggest weakness of the deal"); got != "biggest weakness of the deal" {
		t.Errorf("aboutWithoutMedium = %q", got)
	}
	e := engineOfFiles(t, map[string]string{
		"podcast.txt": `THE GRID LINE - Episode 212

[00:00:05] NADIA FAIRWEATHER: Welcome to The Grid Line. With me is Dr Pieter van Aalst, senior fellow at the Hague Centre for Energy Security, and from Kyiv, Mariana Boyko, Kyiv correspondent of The Kyiv Ledger.

[00:01:13] NADIA FAIRWEATHER: Pieter, what's the single biggest weakness of the deal?

[00:01:18] PIETER VAN AALST: The 37 railway substations. A substation doesn't know what's on the train.

[00:06:40] NADIA FAIRWEATHER: Does it hold until the end of March?

[00:06:44] MARIANA BOYKO: I'm less optimistic. In Kyiv people say: we'll believe it when the radiators are warm.
`,
	})
	ctx := context.Background()
	for _, tt := range []struct{ q, want string }{
		{"dutch analyst on the podcast, biggest weakness of the deal?", "Pieter van Aalst"},
		{"what did the kyiv journalist on the pod say about the radiators", "Mariana Boyko"},
	} {
		a, err := e.Ask(ctx, tt.q, AskOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if a.Speaker != tt.want || len(a.Quotes) == 0 {
			t.Errorf("%q: speaker %q with %d quotes, want %s's words", tt.q, a.Speaker, len(a.Quotes), tt.want)
		}
	}
}
