package index

import (
	"strings"
	"testing"
)

// Asked what someone said about a thing, when they read out a speech
// the articles print and are quoted on it elsewhere, the speech's own
// words on it come first among the passages: they said all of it.
func TestSpeechReaderSaidItAll(t *testing.T) {
	address := `OFFICE OF THE PRESIDENT OF OSTRELIA

ADDRESS AT THE WELCOME CEREMONY FOR RETURNED DEFENDERS
Delivered by Marek Dunai, Chief of Staff to the President,
on behalf of President Teodor Vask
Sunday, 9 October 2078

President Vask wanted to stand here today, and he asked me to read these words for him.

You did not come home to be forgotten. Every one of you will receive a one-time payment of 150,000 marks and sixty days of leave.
`
	channel := `---
title: Tesk Frontline
outlet: Tesk Frontline
date: 2078-10-09
---

Kessel: the welcome ceremony has started. President Vask is not here - his chief of staff Marek Dunai is reading the address on his behalf. "You did not come home to be forgotten," Dunai said, announcing a payment for every returnee.
`
	e := engineOfFiles(t, map[string]string{"speech.txt": address, "channel.md": channel})
	a := ask(t, e, "what did marek dunai say about the payment")
	if a.Speaker != "Marek Dunai" {
		t.Fatalf("speaker %q, want Marek Dunai", a.Speaker)
	}
	if len(a.Passages) == 0 || !strings.Contains(a.Passages[0].Text, "one-time payment of 150,000 marks") {
		t.Errorf("first passage %q, want the address's words on the payment", firstText(a))
	}
	for _, q := range a.Quotes {
		if q.Speaker != "Marek Dunai" {
			t.Errorf("quote %q shown, it is %s's", q.Text, q.Speaker)
		}
	}
}
