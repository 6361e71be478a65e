package index

import (
	"slices"
	"strings"
	"testing"
)

// opedEngine is built over an op-ed whose writer is never quoted, and a
// wire report that hyphenates a word members type as one.
func opedEngine(t *testing.T) *Engine {
	t.Helper()
	oped := `---
title: Let the deadline slip
outlet: Geneva Ledger
author: Lena Hartmann
date: 2052-06-02
---

Every negotiation has a moment when the calendar starts negotiating against the negotiators. The parties should resist the temptation to sign anything simply to stop the clock.

A late fund is a cost to everyone; a fund that collapses in its first year is a greater cost. Move the deadline to early July and name a referee for the snap-back.
`
	wire := `---
title: Snap-back rule agreed
outlet: Continental Wire
date: 2052-06-10
---

The draft gives either side the right to ask for a snap-back of the sanctions, restoring the measures within 30 days of a finding that the other side broke the terms.


Everyone in the room agreed that the escrow board should decide, one diplomat said.
`
	return engineOfFiles(t, map[string]string{"oped.md": oped, "wire.md": wire})
}

// A word members write as one ("snapback", "cleanup") finds the articles'
// hyphenated words ("snap-back", "clean-up"); an everyday word ("everyone") is never split. A
// noun closing a question that opens with its own asking word ("why …
// the deadline") is what it is about, not a when-question. A writer
// never quoted is asked why they want something in their own article's
// words.
func TestCompoundsDeadlinesAndWriters(t *testing.T) {
	e := opedEngine(t)
	a := ask(t, e, "snapback how many days")
	if len(a.Passages) == 0 || !strings.Contains(a.Passages[0].Text, "within 30 days") {
		t.Errorf("snapback: first passage %v, want the snap-back's 30 days", firstText(a))
	}
	// "cleanup", written "clean-up" across eight articles: the verb
	// finds it, the particle being no word the articles are searched by.
	a = ask(t, engineOfDir(t, "testdata/corpus45"), "how is the cleanup paid for")
	if !a.Answered() || a.Closest || !slices.ContainsFunc(a.Passages, func(p Passage) bool { return strings.Contains(p.Text, "trust fund") }) {
		t.Errorf("cleanup: passages %v (only the closest: %v), want the clean-up's trust fund, as an answer", firstText(a), a.Closest)
	}
	if parts := e.compoundParts("everyone"); parts != nil {
		t.Errorf("everyone split into %q", parts)
	}
	for q, want := range map[string]asks{
		"why does hartmann want them to miss the deadline": asksSaid,
		"what is the deadline":                             asksWhen,
		"talks deadline":                                   asksWhen,
	} {
		if in := e.understand(q); in.kind != want {
			t.Errorf("%q: kind %q, want %q", q, in.kind, want)
		}
	}
	a = ask(t, e, "why does hartmann want them to miss the deadline")
	if a.Speaker != "Lena Hartmann" || !strings.Contains(Render(a).Text(), "a greater cost") {
		t.Errorf("answered for %q:\n%s\nwant Lena Hartmann's op-ed on a greater cost", a.Speaker, Render(a).Text())
	}
}

// Someone quoted elsewhere, but not on the subject, who gave a speech
// the articles print: their speech's words on it are among the passages.
func TestSpeechWordsOfSomeoneQuotedElsewhere(t *testing.T) {
	homily := `APOSTOLIC NUNCIATURE - PRESS OFFICE

Astana, 8 June 2053

The following is an excerpt from the homily delivered by Archbishop Lorenzo Bellandi, Special Envoy of the Holy See, at the evening Mass on Sunday 8 June 2053.

Some will say the Church should stay out of questions of property and passports. But a mother carrying a child across a field does not ask which stamp is in her pocket.

A house is not four walls. A house is the place where someone waits for you.
`
	wire := `---
title: Envoys arrive in Astana
outlet: Continental Wire
date: 2053-06-09
---

"The Holy See does not take sides on borders; it takes the side of the family at the door," Archbishop Lorenzo Bellandi told reporters on arrival.
`
	e := engineOfFiles(t, map[string]string{"homily.txt": homily, "wire.md": wire})
	a := ask(t, e, "what did the archbishop say about passports and stamps")
	if a.Speaker != "Lorenzo Bellandi" || len(a.Passages) == 0 || !strings.Contains(a.Passages[0].Text, "which stamp is in her pocket") {
		t.Errorf("answered for %q, first passage %v; want Lorenzo Bellandi's homily on stamps", a.Speaker, firstText(a))
	}
}

// The articles' hyphenated lower-case words are counted joined; a name's
// hyphen ("Rostov-on-Don") or a hyphen between more than two words
// ("three-way-split") makes none.
func TestCompoundsOfText(t *testing.T) {
	var got []string
	compoundsOf("The clean-up of Rostov-on-Don starts, a hold-up and a three-way-split aside; e-mail too.", func(j string) { got = append(got, j) })
	if want := []string{"cleanup", "holdup"}; !slices.Equal(got, want) {
		t.Errorf("compounds %q, want %q", got, want)
	}
}

// A code members type together ("cxc418", "zh001") finds the articles'
// code set apart ("flight CXC 418", "ZH 001"): the question is answered,
// not declined as about something they never name.
func TestCodeTypedTogether(t *testing.T) {
	wire := `---
title: Families of cargo crew reject Russian offer
outlet: Continental Wire
date: 2071-06-14
---

The families' lawyer, Maia Beridze, represents the families of the three crew members of flight CXC 418, shot down near Odesa last October.

The test flight ZH 001 landed at Boryspil at 08:09 UTC.
`
	e := engineOfFiles(t, map[string]string{"wire.md": wire})
	for q, want := range map[string]string{
		"who's the lawyer for the cxc418 families": "The families' lawyer, Maia Beridze",
		"when did zh001 land":                      "landed at Boryspil at 08:09 UTC",
	} {
		a := ask(t, e, q)
		if len(a.Passages) == 0 || a.Closest || !strings.Contains(a.Passages[0].Text, want) {
			t.Errorf("%q: first passage %+v (closest %v), want the one with %q", q, a.Passages, a.Closest, want)
		}
	}
	if got := e.codeParts("everyone"); got != nil {
		t.Errorf("codeParts(everyone) = %q, want nil", got)
	}
}

// A particle the articles hyphenate before a word ("off-site"), typed
// as one word ("offsite"), finds the articles' word: the question is
// answered, not "not covered".
func TestParticleFirstCompound(t *testing.T) {
	wire := `---
title: Plant loses its last line
outlet: Continental Wire
date: 2078-01-11
---

The station lost its last off-site power source late on Monday, when a pylon south of the town was damaged by shelling.

It is the eighth time since the start of the conflict that the station has lost all off-site power, the agency said.
`
	other := `---
title: Talks resume
outlet: Continental Wire
date: 2078-01-12
---

Negotiators met again in the capital on Tuesday to discuss the repair corridor.
`
	e := engineOfFiles(t, map[string]string{"wire.md": wire, "other.md": other})
	a := ask(t, e, "how many times has the plant lost all offsite power")
	if !a.Answered() || a.Closest || !slices.ContainsFunc(a.Passages, func(p Passage) bool { return strings.Contains(p.Text, "eighth time") }) {
		t.Errorf("offsite: passages %v (only the closest: %v), want the eighth time, as an answer", firstText(a), a.Closest)
	}
}
