package index

import (
	"context"
	"strings"
	"testing"
)

// The show someone spoke on ("the dutch analyst on the podcast", "the
// kyiv journalist on the pod", "kovalchuk on the radio show") is neither who they are nor what was
// asked: the analyst is found by what they are, and "biggest weakness of
// the deal" is the subject, not "the podcast".
func TestShowSomeoneSpokeOn(t *testing.T) {
	for _, tt := range []struct{ who, want string }{
		{"dutch analyst on the podcast", "dutch analyst"},
		{"the kyiv journalist on the pod", "the kyiv journalist"},
		{"the colonel from the radio", "the colonel"},
		{"the podcast host", "the podcast host"},
		{"the head of the tv channel", "the head of the tv channel"},
		{"kovalchuk on the radio show", "kovalchuk"},
		{"the analyst on the morning podcast", "the analyst"},
		{"the head of the state tv", "the head of the state tv"},
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

// Someone asked for on a show must speak on one: "the economist on the
// podcast" is never the economist a wire story quotes, when the podcast's
// guest is someone else; asked for without the show, the wire's economist
// is them.
func TestShowSaysWhomItMayBe(t *testing.T) {
	e := engineOfFiles(t, map[string]string{
		"wire.txt": `Grain corridor could bring $1.1 billion, economist says

ODESA, May 3 (Meridian) - "The corridor could bring 1.1 billion dollars in extra export revenue this year," said Olha Marchenko, an economist at the Kyiv School of Economics.
`,
		"podcast.txt": `THE LONG TABLE - Episode 40

[00:00:05] HOST: Welcome back. With me is Captain Ihor Savchuk, a harbour pilot in Odesa.

[00:01:10] HOST: Captain, what does the corridor mean for the port?

[00:01:14] IHOR SAVCHUK: It means ships, and ships mean work for everyone on the quay.
`,
	})
	ctx := context.Background()
	a, err := e.Ask(ctx, "what did the economist on the podcast say about the money", AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if a.Speaker == "Olha Marchenko" {
		t.Errorf("the economist on the podcast: answered with the wire's economist, who spoke on no show")
	}
	a, err = e.Ask(ctx, "what did the economist say about the money", AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if a.Speaker != "Olha Marchenko" {
		t.Errorf("the economist: speaker %q, want Olha Marchenko", a.Speaker)
	}
	a, err = e.Ask(ctx, "what did the harbour pilot on the podcast say", AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if a.Speaker != "Ihor Savchuk" {
		t.Errorf("the harbour pilot on the podcast: speaker %q, want Ihor Savchuk", a.Speaker)
	}
}

// A sound bite under its caption is shown as the quotation it is: the
// caption before it is context for searching, not part of a paragraph
// shown whole as "reported and quoted".
func TestSoundBiteShownAsAQuote(t *testing.T) {
	e := engineOfFiles(t, map[string]string{
		"bulletin.txt": `CHANNEL 7 EVENING NEWS - 18:00 BULLETIN
FRIDAY 10 NOVEMBER 2051
SLUG: ENERGY TRUCE / DAY ONE

[18:01:28] REPORTER (V/O) - SAM ADEYEMI
Seven in the morning, on the edge of Lozova. A repair crew in orange vests starts work on a substation hit three times in October.

[18:01:45] SOT - IRYNA MELNYK
SUPER: Iryna Melnyk, Shift Engineer, Lozova Substation
"Last night, for the first time in a month, I slept without listening for drones."
`,
	})
	a, err := e.Ask(context.Background(), "what did iryna melnyk say", AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	r := Render(a)
	if len(r.Quotes) != 1 || r.Quotes[0].Paragraph || strings.Contains(r.Quotes[0].Text, "SUPER") {
		t.Fatalf("quotes %+v; want the sound bite alone, as a quotation", r.Quotes)
	}
}

// A quotation opening its own paragraph stays a statement of its own
// when the paragraph before is its context (a caption, the question it
// answers): never shown as a few words inside the article's sentence.
func TestQuoteOpeningItsParagraphIsWhole(t *testing.T) {
	texts := map[int]string{
		1: "SUPER: Iryna Melnyk, Shift Engineer, Lozova Substation",
		2: `"Last night, for the first time in a month, I slept without listening for drones."`,
	}
	q := Quote{Text: "Last night, for the first time in a month, I slept without listening for drones.", context: quoteContext(texts, 2)}
	if !strings.Contains(q.context, "SUPER") {
		t.Fatalf("context %q: want the caption before as context", q.context)
	}
	if partial(q) {
		t.Errorf("%q in %q read as a few words inside the article's sentence", q.Text, q.context)
	}
}

// Where someone said something, closing the words for them ("the un envoy
// keynote", "the neutral hydrologist video", "the dutch engineer in the
// leaked emails"), is no part of who they are: they are found by what
// they are, their words shown.
func TestVenueSomeoneSpokeIn(t *testing.T) {
	for _, tt := range []struct{ who, want string }{
		{"un envoy keynote", "un envoy"},
		{"the dutch engineer in the leaked emails", "the dutch engineer"},
		{"neutral hydrologist video", "neutral hydrologist"},
		{"the video", "the video"},
		{"the panel chair", "the panel chair"},
	} {
		if got := withoutVenue(tt.who); got != tt.want {
			t.Errorf("withoutVenue(%q) = %q, want %q", tt.who, got, tt.want)
		}
	}
	e := engineOfFiles(t, map[string]string{
		"programme.md": `# Rebuilding Zoryane: programme

**Dr Aino Halonen** — Neutral Hydrologist, Joint Engineering Commission (Finland).

**Keynote.** The UN special envoy for water, Dr Efua Mensah-Boateng, spoke first. "A child in Stepove and a child in Pryberezhne drink from the same river. Neither of them signed anything," she said.

**Panel 1.** "I read numbers, I do not read intentions," Halonen told the panel.
`,
	})
	checkSpeakers(t, e, []speakerCase{
		{"un envoy keynote what did she say about the kids", "Efua Mensah-Boateng", "A child in Stepove"},
		{"neutral hydrologist panel, what did she say about her job", "Aino Halonen", "I read numbers"},
	})
}
