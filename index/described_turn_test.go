package index

import (
	"context"
	"testing"
)

// What a guest says in their own turn of a transcript ("[00:02:33]
// MARIANA BOYKO: … in Lozova …") is not what they are: "the lozova
// woman" is the shift engineer at Lozova, never the correspondent who
// mentioned the town. And a title over a part of something ("leader of
// the Russian side of the sub-committee") does not answer who led the
// whole ("who led the russian side").
func TestDescribedNotByTheirOwnWords(t *testing.T) {
	e := engineOfFiles(t, map[string]string{
		"podcast.txt": `THE GRID LINE - Episode 212

[00:00:05] NADIA FAIRWEATHER: Welcome to The Grid Line. Joining us from Kyiv is Mariana Boyko, Kyiv correspondent of The Kyiv Ledger.

[00:02:33] MARIANA BOYKO: The substations also feed hospitals, in Kupiansk district, in Lozova, places like that. I've been to the one at Lozova.

[00:03:10] NADIA FAIRWEATHER: And the money?

[00:03:15] MARIANA BOYKO: The minister wants $3.8 billion before spring, and she will not get it.
`,
		"wire.txt": `Repair crews start work under the energy truce

KHARKIV, Nov 10 (Meridian) - Repair crews began work on Friday at sites hit in October.

Shift engineer Iryna Melnyk said the new transformer had arrived from Norway. "The new transformer is humming. That sound is the best music I have heard this year," Melnyk said.

Russian Energy Minister Pavel Zorin will lead the Russian side of the sub-committee.
`,
	})
	ctx := context.Background()
	a, err := e.Ask(ctx, "the lozova woman - what did she say abt the new transformer", AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if a.Speaker == "Mariana Boyko" {
		t.Errorf("the lozova woman: answered as Mariana Boyko, who only mentioned Lozova")
	}
	a, err = e.Ask(ctx, "who led the russian side in muscat", AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if a.Speaker == "Pavel Zorin" {
		t.Errorf("who led the russian side: Pavel Zorin, who leads the Russian side of a sub-committee")
	}
}
