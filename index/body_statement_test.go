package index

import (
	"strings"
	"testing"
)

// "what did the defence ministry say", where the articles quote the
// ministry's own statement and its spokesman by name: the ministry's
// words, not the spokesman's, who speaks for it but is not it. Asked of
// the spokesman, his words.
func TestBodysOwnStatementOverItsSpokesman(t *testing.T) {
	e := engineOfFiles(t, map[string]string{"wire.md": `---
title: Corridor collapses after convoy shelled
outlet: Meridian
date: 2078-03-15
---

Dravenia's Defence Ministry said in a statement that its forces had "observed the ceasefire along the route in full".

Its spokesman, Colonel Arvid Stelmak, told a briefing that "the rest know they are safer under our protection".

"Fewer than a thousand people wanted to leave the town," Stelmak said.
`})
	a := ask(t, e, "what did dravenias defence ministry say")
	if len(a.Quotes) == 0 || !strings.Contains(a.Quotes[0].Text, "observed the ceasefire") {
		t.Errorf("the ministry's words: quotes %+v, want its statement first", a.Quotes)
	}
	for _, q := range a.Quotes {
		if q.Speaker == "Arvid Stelmak" {
			t.Errorf("the spokesman's words %q given for the ministry's", q.Text)
		}
	}
	a = ask(t, e, "what did colonel stelmak say")
	if len(a.Quotes) == 0 || a.Quotes[0].Speaker != "Arvid Stelmak" {
		t.Errorf("the spokesman's words: quotes %+v", a.Quotes)
	}
}

// "dravenian ministry about the leak?", a body the articles quote set
// before what about, asks what it said, as "peskov on the guarantees?"
// does of a person: its statement, not a search for the words.
func TestBodyOnSomething(t *testing.T) {
	e := engineOfFiles(t, map[string]string{"wire.md": `---
title: Leaked map angers delegations
outlet: Meridian
date: 2078-03-17
---

The Dravenian Defence Ministry said in a statement late on Wednesday that the leak was "a deliberate attempt to wreck the talks".

Dravenian Deputy Defence Minister Oskar Brannt said the map had not been seen before it was published.
`})
	a := ask(t, e, "dravenian ministry about the leak?")
	if len(a.Quotes) == 0 || !strings.Contains(a.Quotes[0].Text, "a deliberate attempt") {
		t.Errorf("quotes %+v, want the ministry's statement", a.Quotes)
	}
}

// "what did the harbour master say", where only an unnamed harbour
// master is quoted (inside the captain's words) and the one master the
// articles name is a ship's: the unnamed source's words, never the
// captain's.
func TestUnnamedTitleOverOneHoldingAWordOfIt(t *testing.T) {
	e := engineOfFiles(t, map[string]string{"forum.txt": `AMA with the captain
Forum
2078-03-20

Captain Teodor Brask, master of the Morning Wren, answered questions for an hour.

"The harbour master radioed and said, 'Morning Wren, you are cleared to proceed,' and the whole bridge cheered," Brask wrote.

"Thirty-one years at sea and I have never heard a bridge that loud," Brask added.
`})
	a := ask(t, e, "what did the harbour master say")
	if a.Speaker != "" || len(a.Quotes) == 0 || !strings.HasPrefix(a.Quotes[0].Text, "Morning Wren, you are cleared") {
		t.Errorf("speaker %q, quotes %+v; want the unnamed harbour master's words", a.Speaker, a.Quotes)
	}
	for _, q := range a.Quotes {
		if q.Speaker == "Teodor Brask" {
			t.Errorf("the captain's words %q given for the harbour master's", q.Text)
		}
	}
}
