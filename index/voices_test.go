package index

import (
	"strings"
	"testing"
)

// "what did president montbrey say", of a president the articles never
// quote whose chief of staff read his statement: the reply says he is
// never quoted and who speaks for him, then that one's words first,
// never as the president's quote. Asked for his own words ("did he say
// anything himself"), no one speaks for him. A title held by a second
// ("deputy envoy") or a voice ("chief of staff to President") is no
// second holder of the office.
func TestWhoSpeaksForSomeoneNeverQuoted(t *testing.T) {
	e := engineOfFiles(t, map[string]string{
		"live.txt": `Grain corridor live
Ledger
2078-03-17

The deal was brokered in Aubrecourt by President Aurel Montbrey of Corvanne. Ships began to sail on Monday.

President Aurel Montbrey has not appeared in public today. Instead his chief of staff, Henri Salvat, read a short statement. "The president's view is simple: grain should move and people should eat," Salvat said.
`,
		"timeline.txt": `Timeline of the deal
Ledger
2078-03-18

Thursday 17 March - In Aubrecourt, Henri Salvat, chief of staff to President Montbrey, reads a statement on the president's behalf.
`,
	})
	a := ask(t, e, "what did president montbrey say about the deal")
	if a.Speaker != "Aurel Montbrey" || a.SpeakerStatus != SpeakerNotQuoted || len(a.Quotes) != 0 {
		t.Fatalf("speaker %q (%s), quotes %+v; want Montbrey, never quoted, no quote of his", a.Speaker, a.SpeakerStatus, a.Quotes)
	}
	if len(a.Passages) == 0 || !strings.Contains(a.Passages[0].Text, "The president's view is simple") {
		t.Errorf("passages %+v; want his chief of staff's words first", a.Passages)
	}
	if r := Render(a); !strings.Contains(r.Intro, "never quoted") || !strings.Contains(r.Intro, "Henri Salvat") {
		t.Errorf("intro %q; want it to say he is never quoted and who speaks for him", r.Intro)
	}
	a = ask(t, e, "did montbrey say anything himself")
	if r := Render(a); strings.Contains(r.Intro, "Henri Salvat") {
		t.Errorf("asked for his own words, intro %q names who speaks for him", r.Intro)
	}
}

// "who speaks for the pm", of a prime minister quoted in his own right
// whose spokesman spoke for him the day after ("His spokesman, Daniel
// Orsk, told reporters …"): the spokesman, and the passage saying he
// is, never the prime minister's own words. "His" is the one named right
// before it; "…; his deputy, Pavel Ignatov" after another's name makes
// Ignatov no deputy of the one named earlier.
func TestWhoSpeaksForSomeoneQuoted(t *testing.T) {
	e := engineOfFiles(t, map[string]string{
		"record.txt": `Parliament sitting
Ledger
2078-04-14

Prime Minister Tomas Halvik told the chamber: "This agreement is not just. It is possible."
`,
		"note.txt": `Briefing note
Varn Centre
2078-04-16

Prime Minister Tomas Halvik did not appear in public on Friday. His spokesman, Daniel Orsk, told reporters that the prime minister "would sign the same bill again tomorrow".

The Ukrainian delegation was led by Deputy Prime Minister Oksana Melnychenko, with Deputy Environment Minister Yurii Savchuk as her deputy. The Russian side was led by Ambassador-at-large Gennady Vorontsov; his deputy, Pavel Ignatov, an engineer by training, did most of the talking.

As Ignatov put it to the commission: "We are here to measure a riverbed, not to write a verdict."
`,
	})
	for _, q := range []string{"who speaks for the pm", "who talked on behalf of prime minister halvik"} {
		a := ask(t, e, q)
		if a.Speaker != "Daniel Orsk" {
			t.Errorf("%q: speaker %q, want Daniel Orsk", q, a.Speaker)
			continue
		}
		for _, qu := range a.Quotes {
			if qu.Speaker != "Daniel Orsk" {
				t.Errorf("%q: quote %q shown as %s's", q, qu.Text, qu.Speaker)
			}
		}
		if len(a.Passages) == 0 || !strings.Contains(a.Passages[0].Text, "His spokesman, Daniel Orsk") {
			t.Errorf("%q: passages %+v; want the one saying he is the spokesman first", q, a.Passages)
		}
	}
	if a := ask(t, e, "who speaks for yurii savchuk"); a.Speaker == "Pavel Ignatov" {
		t.Errorf("the other side's deputy is taken to speak for Savchuk: %+v", a)
	}
}

// A voice of an office whose last word others' titles share ("the prime
// minister's spokesman", beside a finance minister): the office is the
// title's last two words, so the prime minister is its one holder and
// the spokesman speaks for him.
func TestVoiceOfATwoWordOffice(t *testing.T) {
	e := engineOfFiles(t, map[string]string{
		"radio.txt": `Morning phone-in
ORN Radio
2078-04-28

Finance Minister Aurel Kostovan said: "We ask for fourteen. We will raise the rest ourselves."

Prime Minister Lukas Tervane did not come to Lysse. The prime minister's spokesman, Yannick Tessaro, told this programme on Tuesday that Mr Tervane "could not leave Merav while parliament votes on the budget".
`,
	})
	a := ask(t, e, "who talked on behalf of the prime minister")
	if a.Speaker != "Yannick Tessaro" {
		t.Errorf("speaker %q, want the spokesman, Yannick Tessaro", a.Speaker)
	}
	a = ask(t, e, "what did tervane say")
	if r := Render(a); a.SpeakerStatus != SpeakerNotQuoted || !strings.Contains(r.Intro, "Yannick Tessaro") {
		t.Errorf("status %s, intro %q; want Tervane never quoted, and who speaks for him", a.SpeakerStatus, r.Intro)
	}
}
