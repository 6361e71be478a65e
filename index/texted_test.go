package index

import (
	"context"
	"testing"
)

// A phone-in's host reads out texts ("Viktor in Brisk writes: …"):
// "what did viktor text" asks for his, and "what did the mum from dol
// text in" is no other mother's words. "text" as a noun closing a
// question ("moscow's reaction to the final text") asks for no text
// message.
func TestTextedWords(t *testing.T) {
	e := engineOfFiles(t, map[string]string{"phonein.txt": `The Morning Line, Radio Orlesk

HOST: Good morning. Daria Melnek waited three days at the pass for her son Pavo. Daria, what was it like?

DARIA MELNEK: I slept in the car. I will not leave this place until I see him with my own eyes.

HOST: Some texts now. Viktor in Brisk writes: "They promised us every child home before New Year." And Lena in Dol writes: "Thank you Mila, my Tanya was one of the eleven."
`})
	ctx := context.Background()
	a, err := e.Ask(ctx, "what did viktor text the radio show", AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if a.Speaker != "Viktor" || len(a.Quotes) == 0 || a.Quotes[0].Speaker != "Viktor" {
		t.Errorf("viktor's text: speaker %q, quotes %+v", a.Speaker, a.Quotes)
	}
	a, err = e.Ask(ctx, "what did the mum from dol text in", AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range a.Quotes {
		if q.Speaker == "Daria Melnek" {
			t.Errorf("the mum from dol: Daria Melnek's words shown: %q", q.Text)
		}
	}
	if in := e.understand("whats moscows reaction to the final monitoring text"); in.kind == asksSaid && in.who != "moscows" {
		t.Errorf("the final text read as a verb: who %q", in.who)
	}
}
