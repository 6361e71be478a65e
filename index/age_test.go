package index

import (
	"context"
	"strings"
	"testing"
)

// "how old is X" is answered from the age the articles give X, with the
// passage that gives it; asked of someone they give no age, it is no
// answer at all, never passages that only name them.
func TestHowOldSomeoneIs(t *testing.T) {
	e := engineOfFiles(t, map[string]string{"feature.md": `---
title: The first call
outlet: Harbour Post
date: 2074-03-14
---

Halyna Kovalenko, 58, keeps the farm's accounts at a kitchen table in Zelene. "I had his number on my cap all winter," she said.

Selin Aydemir, the UN envoy, opened the crossing on Monday. "Every field goes to whoever sowed it last," Aydemir said.
`})
	a, err := e.Ask(context.Background(), "how old is halyna kovalenko", AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Passages) == 0 || !strings.Contains(a.Passages[0].Text, "Halyna Kovalenko, 58") {
		t.Errorf("how old is halyna kovalenko: passages %v, want the one giving her age", a.Passages)
	}
	a, err = e.Ask(context.Background(), "how old is selin aydemir?", AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if a.Answered() {
		t.Errorf("how old is selin aydemir: answered with %v %v; the articles give no age", a.Passages, a.Quotes)
	}
}

// The age may be given as a description after the name ("a 61-year-old
// priest"), by a pronoun that stands for someone just named ("He is
// 27") or a role ("The mayor, 58, said"), or by the person in their own
// words ("I'm 58"); each answers
// "how old is X" with the passage that gives it. A pronoun's age inside
// someone else's quotation is not read as theirs.
func TestHowOldSomeoneIsAsTheArticlesSayIt(t *testing.T) {
	e := engineOfFiles(t, map[string]string{"feature.md": `---
title: Home from the bridge
outlet: Harbour Post
date: 2077-08-16
---

Among those freed was Father Emil Sarov, a 61-year-old priest detained in the occupied town of Tarrow.

Our reporter met a marine sergeant, Yaros Kessel. He is 27, and he was captured at Selvary nineteen months ago.

Dr Nadia Ferenc runs the hospital. "I'm 58, I've worked in this building since it opened," Ferenc said.

Oleg Brand drove Ruta Kessel to the bridge. "My son wrote that he is 19, and that he is well," she said.

Halina Restova, the exiled mayor of Dunisk, watches the cooling pond from across the river.

The mayor, 58, said the level had dropped by a metre since spring.
`})
	for q, want := range map[string]string{
		"how old is emil sarov":   "a 61-year-old priest",
		"how old is yaros kessel": "He is 27",
		"how old is nadia ferenc": "I'm 58",
		"how old is the mayor":    "The mayor, 58,",
	} {
		a, err := e.Ask(context.Background(), q, AskOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if len(a.Passages) == 0 || !strings.Contains(a.Passages[0].Text, want) {
			t.Errorf("%s: passages %v, want the one holding %q", q, a.Passages, want)
		}
	}
	a, err := e.Ask(context.Background(), "how old is oleg brand", AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if a.Answered() {
		t.Errorf("how old is oleg brand: answered with %v; the son's age in her words is not his", a.Passages)
	}
}

// "how old is the captain", of two captains the articles name and give
// the age of one: hers, with the passage giving it.
func TestHowOldTheOneOfTwoWithAnAge(t *testing.T) {
	e := engineOfFiles(t, map[string]string{"wire.md": `---
title: Grain ship hits mine
outlet: Meridian
date: 2077-09-15
---

The ship's master, Captain Maren Tolvik, 47, said the impact felt "like the whole hull had been dropped onto concrete".

Captain Bogdan Ilves, who commands the harbour's pilot boats, said the lane was swept in spring. "We found nothing then," Ilves said.
`})
	a := ask(t, e, "how old is the captain")
	if len(a.Passages) == 0 || !strings.Contains(a.Passages[0].Text, "Maren Tolvik, 47") {
		t.Errorf("how old is the captain: passages %v, want the one giving Tolvik's age", a.Passages)
	}
}

// "how old is renk", of two unrelated Renks the articles give the age of
// one: his, with the passage giving it; asked by the other's full name,
// no answer.
func TestHowOldTheNamesakeWithAnAge(t *testing.T) {
	e := engineOfFiles(t, map[string]string{"wire.md": `---
title: Talks move to a ferry
outlet: Meridian
date: 2078-03-15
---

Ostrelia's chief negotiator, Tobias Renk, said the leaked text was "an old version".

Renk, 58, admitted he had never negotiated at sea.
`, "podcast.md": `---
title: The Table, episode 12
outlet: Table Talk
date: 2078-03-16
---

FELIX: And I'm Felix Renk. No, I am not related to Tobias Renk. I have never negotiated anything more serious than a phone contract.

MARA: And I'm Mara Quint. This week: the ferry.

FELIX: A ferry. They could not agree on a table, so they found a boat.

MARA: Felix, be kind.

FELIX: I am always kind. Renk said it was an old version, and I believe him.
`})
	a := ask(t, e, "how old is renk")
	if len(a.Passages) == 0 || !strings.Contains(a.Passages[0].Text, "Renk, 58") {
		t.Errorf("how old is renk: passages %v, want the one giving Tobias Renk's age", a.Passages)
	}
	if a := ask(t, e, "how old is felix renk"); a.Answered() {
		t.Errorf("how old is felix renk: answered with %v; the articles give no age of his", a.Passages)
	}
}
