package index

import (
	"context"
	"testing"
)

// "the odesa airport director" is not the director of the airport in
// Lviv whom the passage holding most of those words names, where
// nothing in the articles places him in Odesa: an e-mail naming him
// ("Roman's numbers hold up.") in the sentence before Odesa does not.
// The one placed in Lviv is still found as the lviv airport director.
func TestDescriptionsPlaceSomeoneWhereTheyAre(t *testing.T) {
	channel := `Flight day on the ministry channel
Telegram
2071-07-02

ZH 001 passed over Lviv at 10:18. Our airport was on standby as en-route alternate, runway 31 ready. General Director Roman Sydorenko: "We were the spare tyre today, and I am happy to stay in the boot."
`
	mail := `FW: alternates
E-mail
2071-05-06

Forwarding the thread before Friday's meeting. Lviv can be the alternate from 1 June, and Roman's numbers hold up. Odesa cannot be anything before September.
`
	panel := `The airspace question
Panel transcript
2071-06-13

KOVALENKO: Odesa is not this summer. Viktoriia Marchenko, who runs it, told the Baku session plainly over video: not before September.

RENN: And the debris fields near Odesa?

KOVALENKO: Three of them near Odesa, one under the approach to Odesa.
`
	forum := `ZH 001 is on the ground
Forum
2071-07-03

And Odesa? The acting director, Marchenko, told local TV last week it is "not before September, and not over the debris". So no beach flights from Odesa this summer.

Odesa runway 16/34 is being resurfaced. Odesa stays closed to civil traffic.
`
	e := engineOfFiles(t, map[string]string{"channel.txt": channel, "mail.txt": mail, "panel.txt": panel, "forum.txt": forum})
	a, err := e.Ask(context.Background(), "what did the odesa airport director say", AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if a.Speaker == "Roman Sydorenko" {
		t.Errorf("the odesa airport director answered as %s, the Lviv airport's: %+v", a.Speaker, a.Quotes)
	}
	checkSpeakers(t, e, []speakerCase{
		{"what did the lviv airport director say", "Roman Sydorenko", "We were the spare tyre"},
	})
}

// "the russian delegation head" is the one a passage calls "the head of
// the Russian delegation", though the people model read the title right
// before the name ("Deputy Minister of Culture Viktor Leskov") as theirs.
func TestDescribedAsThePassageCallsThem(t *testing.T) {
	report := `Talks end without deal on museum pieces
Radio report
2040-05-25

REPORTER: The head of the Russian delegation, Deputy Minister of Culture Viktor Leskov, did not speak to journalists in Montevideo.

REPORTER: The Ukrainian side was led by Olena Tkachuk. "We came for the gold and we leave without it," Tkachuk said.

REPORTER: Leskov told the closing session that "the collection is safe where it is", according to the hosts.
`
	e := engineOfFiles(t, map[string]string{"report.txt": report})
	a := ask(t, e, "what did the russian delegation head say about the gold")
	if a.Speaker != "Viktor Leskov" {
		t.Errorf("the russian delegation head: speaker %q, want Viktor Leskov", a.Speaker)
	}
}
