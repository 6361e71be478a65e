package corpus

import (
	"strings"
	"testing"
)

// hearing is a committee hearing's transcript, stamped every few
// minutes: a witness's label gives her office in brackets the first
// time ("Ms MORAVEC (Deputy Minister of Energy):") and not after, and
// two members speak once each ("Ms OSTRAND:", "Ms VOIGHT:").
const hearing = `STANDING COMMITTEE ON ENERGY

Tuesday, 19 April 2078

Members present: Sofie Kallander MP (Chair); Clara Ostrand MP; Hanna Voight MP

Witnesses: Ms Lidia Moravec, Deputy Minister of Energy; Chief Inspector Annika Selvaag

[10:05]

The CHAIR: Good morning. I open this session of the committee.

Chief Inspector SELVAAG: Thank you, Madam Chair. Nine of us entered the dam.

[10:17]

The CHAIR: Deputy Minister, the agreement sets a date. What is it?

Ms MORAVEC (Deputy Minister of Energy): The annex is clear, Madam Chair. The two damaged gates must be working by 1 June.

Ms OSTRAND: And who pays for all this?

Ms MORAVEC: Our first estimate for both gates is 38 million ostrels.

[10:31]

The CHAIR: Order, please.

Ms VOIGHT: A question for the chief inspector. Could the jammed gates put the town at risk?

Chief Inspector SELVAAG: Not tomorrow. The risk is in May.
`

// Every turn of a hearing is a paragraph of its own and its speaker's,
// however short and whoever speaks once: the chair's question is not
// the deputy minister's answer, and a member's one question is no
// heading over the turns after it.
func TestHearingTurnsAreTheirSpeakers(t *testing.T) {
	d, texts := loadOne(t, "hearing.txt", hearing)
	for _, p := range d.Passages {
		if shoutedTurn(p.Section) {
			t.Errorf("passage %q under the heading %q: a turn is no heading", p.Text, p.Section)
		}
	}
	for _, opens := range []string{"The CHAIR: Deputy Minister", "Ms MORAVEC (Deputy Minister of Energy):", "Ms OSTRAND:", "The CHAIR: Order, please.", "Ms VOIGHT:"} {
		n := 0
		for _, text := range texts {
			if strings.HasPrefix(text, opens) {
				n++
				if strings.Count(text, ": ") > 1+strings.Count(opens, ": ") {
					t.Errorf("%q: two turns in one paragraph", text)
				}
			}
		}
		if n != 1 {
			t.Errorf("%d paragraphs open with %q, want 1 (paragraphs: %q)", n, opens, texts)
		}
	}
	said := map[string]string{}
	for _, q := range d.Quotes {
		said[q.Text[:min(len(q.Text), 30)]] = q.Speaker
	}
	for quote, who := range map[string]string{
		"The annex is clear, Madam Chai": "Lidia Moravec",
		"Deputy Minister, the agreement": "Sofie Kallander",
		"And who pays for all this?":     "Clara Ostrand",
		"A question for the chief inspe": "Hanna Voight",
	} {
		if said[quote] != who {
			t.Errorf("%q: speaker %q, want %q (quotes %v)", quote, said[quote], who, said)
		}
	}
}
