package index

import (
	"context"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/talksbot/talksbot/corpus"
)

// noneCorpus has two spokespeople sharing a surname, one of them for a
// president the articles never quote, and a mission head named only by
// the verb ("headed by").
func noneCorpus(t *testing.T) *corpus.Corpus {
	t.Helper()
	blog := `---
title: Convoy day
outlet: Harbour Post
date: 2033-04-14
---

Kateryna Hrytsenko, spokeswoman for the president of Ukraine, has posted on Telegram: "The ships are moving. Odesa is breathing again." She is not related to the foreign ministry spokesman, Dmytro Hrytsenko.

Dmytro Hrytsenko, the foreign ministry spokesman, said the full text of the accord would be published "within a week, except for the technical annexes."

The Joint Monitoring Mission was set up in Vienna in March. It is headed by retired Norwegian general Henrik Aaland and has 240 unarmed monitors.

"The ceasefire is fragile, but it is a ceasefire," General Aaland told a press briefing in Vienna.

Russia's defence ministry said Russian warships would stay at least 20 nautical miles from the lane. The Kremlin did not comment on the accord.
`
	c, err := corpus.LoadFS(fstest.MapFS{"blog.md": {Data: []byte(blog)}}, corpus.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// A title no one in the articles holds, in words they use, is answered as someone they do
// not quote — never with the words of the spokeswoman for a president,
// nor of a namesake of hers whose surname stands beside her given name.
// A title the articles write out, though not beside a name ("It is
// headed by …"), is still searched, never declared absent.
func TestTitleNoOneHolds(t *testing.T) {
	e := engineOf(t, noneCorpus(t))
	a, err := e.Ask(context.Background(), "what did the russian president say abt the accord", AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if a.Speaker != "" || len(a.Quotes) != 0 || a.SpeakerStatus != SpeakerUnknown {
		t.Errorf("the russian president: speaker %q (%s), %d quotes; want no one the articles quote", a.Speaker, a.SpeakerStatus, len(a.Quotes))
	}
	a, err = e.Ask(context.Background(), "what did the president's spokeswoman post", AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if a.Speaker != "Kateryna Hrytsenko" {
		t.Errorf("the president's spokeswoman: speaker %q, want Kateryna Hrytsenko", a.Speaker)
	}
	a, err = e.Ask(context.Background(), "what did the head of the monitoring mission say", AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if a.SpeakerStatus == SpeakerUnknown || !a.Answered() {
		t.Errorf("the head of the monitoring mission: status %q, answered %v; the articles say who heads it", a.SpeakerStatus, a.Answered())
	}
}

// Two people share a surname: a question naming it goes to the one
// whose words are on its subject, when only one's are.
func TestSharedSurnameBySubject(t *testing.T) {
	e := engineOf(t, noneCorpus(t))
	for _, tt := range []struct{ q, speaker string }{
		{"hrytsenco on when the text of the accord comes out", "Dmytro Hrytsenko"},
		{"what did hrytsenko say about the ships moving", "Kateryna Hrytsenko"},
	} {
		a, err := e.Ask(context.Background(), tt.q, AskOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if a.Speaker != tt.speaker {
			t.Errorf("%q: speaker %q, want %q", tt.q, a.Speaker, tt.speaker)
		}
	}
}

// After an answer about a mother, "what did her son say" asks for the one
// the articles call her son, never for her; a pronoun of the other
// gender, or a relative the articles never name, gets no one by kin.
func TestRelativeFollowUp(t *testing.T) {
	text := `Title: Homecoming
Outlet: Courier
Date: 2034-04-28

Halyna Kovalenko, 44, is a nurse at the district hospital. Her son, Maksym Kovalenko, is 15. He came home on 14 April.

"The box is still under my bed," Halyna Kovalenko said.

"Nobody believed it until we saw the Ukrainian flags," Maksym Kovalenko said of the bus ride.
`
	e := engineOfFiles(t, map[string]string{"feature.txt": text})
	a, err := e.Ask(context.Background(), "what did her son say abt the bus ride", AskOptions{After: "Halyna Kovalenko"})
	if err != nil {
		t.Fatal(err)
	}
	if a.Speaker != "Maksym Kovalenko" {
		t.Errorf("her son: speaker %q, want Maksym Kovalenko", a.Speaker)
	}
	a, err = e.Ask(context.Background(), "what did her daughter say", AskOptions{After: "Halyna Kovalenko"})
	if err != nil {
		t.Fatal(err)
	}
	if a.Speaker == "Maksym Kovalenko" {
		t.Errorf("her daughter: answered as her son")
	}
}

// A relative asked for in chat's words ("her dad") is the one the
// articles write of in their own ("Her father, Mykola Hrytsenko").
func TestRelativeFollowUpInChatWords(t *testing.T) {
	text := `Title: The controller at the table
Outlet: Review
Date: 2071-06-20

Oksana Hrytsenko grew up in Poltava. Her father, Mykola Hrytsenko, now retired, drove a tram for thirty years.

"She counted the trams from the window and told me which ones were late. She was six," Mykola Hrytsenko says.

"A quiet window is not a ceasefire," Oksana Hrytsenko says.
`
	e := engineOfFiles(t, map[string]string{"profile.txt": text})
	for _, q := range []string{"what did her dad say about her as a kid", "what did her father say"} {
		a, err := e.Ask(context.Background(), q, AskOptions{After: "Oksana Hrytsenko"})
		if err != nil {
			t.Fatal(err)
		}
		if a.Speaker != "Mykola Hrytsenko" || len(a.Quotes) == 0 || !strings.HasPrefix(a.Quotes[0].Text, "She counted the trams") {
			t.Errorf("%q: speaker %q, quotes %+v; want her father's", q, a.Speaker, a.Quotes)
		}
	}
}

// "her childhood friend", after an answer about the subject of a
// profile, is the one the profile calls "Her oldest friend", in a
// paragraph that speaks of its subject by a pronoun alone.
func TestRelationFollowUpInAProfile(t *testing.T) {
	profile := `Title: The engineer who reopened the pipes
Outlet: Review
Date: 2063-05-02

Oksana Hrytsenko, 52, is Ukraine's first deputy energy minister. "The pipe is open," Hrytsenko said after the signing.

At 24 she joined the compressor station as a shift engineer, and she stayed eleven years.

Her oldest friend, Halyna Petrenko, a schoolteacher who still lives in Kremenchuk, says the habit started early. "She used to fix the neighbours' boilers at fourteen," Petrenko said.
`
	wire := `Title: Gas deal signed
Outlet: Wire
Date: 2063-04-20

The deal was signed by Oksana Hrytsenko for Ukraine. Many friends of the talks were pleased.
`
	e := engineOfFiles(t, map[string]string{"profile.txt": profile, "wire.txt": wire})
	a, err := e.Ask(context.Background(), "what did her childhood friend say about her", AskOptions{After: "Oksana Hrytsenko"})
	if err != nil {
		t.Fatal(err)
	}
	if a.Speaker != "Halyna Petrenko" || len(a.Quotes) == 0 || !strings.HasPrefix(a.Quotes[0].Text, "She used to fix") {
		t.Errorf("her childhood friend: speaker %q, quotes %+v; want Halyna Petrenko's", a.Speaker, a.Quotes)
	}
}
