package index

import (
	"testing"
)

// A given name alone finds its one bearer in whichever spelling an
// article gives it: "Yaryna Tkalets" of the interview and "Jarina
// Tkalec" of the documentary are one postwoman, and "what did yaryna
// say" and "what did jarina say" both ask her.
func TestGivenNameAloneInEitherSpelling(t *testing.T) {
	e := engineOfFiles(t, map[string]string{
		"interview.txt":   "Marensk's postwoman\n\nFor 31 years Yaryna Tkalets has walked the streets of Marensk. Tkalets, 57, spoke to the Courier by phone. \"I know nothing about SIM cards. I carry paper,\" she said.\n",
		"documentary.txt": "The Long Way Round\n\n[00:02:40] NARRATOR: In occupied Marensk the sacks are met by one woman. Jarina Tkalec has delivered post there for thirty-one years.\n\n[00:02:52] JARINA: A letter is heavy when people have waited three years for it.\n",
	})
	want := ask(t, e, "what did tkalets say").Speaker
	if want == "" {
		t.Fatal("the surname finds no one")
	}
	for _, q := range []string{"what did yaryna say", "what did jarina say"} {
		if a := ask(t, e, q); a.Speaker != want || len(a.Quotes) < 2 {
			t.Errorf("%q: speaker %q with %d quotes, want %s with both", q, a.Speaker, len(a.Quotes), want)
		}
	}
}
