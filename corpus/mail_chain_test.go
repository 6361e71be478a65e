package corpus

import "testing"

// mailChain is an e-mail saved as text: the sender's message, with a
// line they pass on from someone else set after a colon, and the reply
// it forwards.
const mailChain = `From: Jonas Halvard <j.halvard@greyhaven-bulk.example>
To: Sofie Marr <s.marr@greyhaven-bulk.example>
Date: Fri, 29 Jul 2078 08:12:37 +0200
Subject: Fwd: RE: Morning Lark - claim notice

Sofie,

For the press note, use the captain's line - she approved it from the hospital last night:

"My crew did everything right, and I would sail with every one of them again."

Please keep the 3.5 percent figure out of anything public until we have spoken to the grain traders.

Jonas

--
Jonas Halvard
Chief Executive Officer
Greyhaven Bulk Carriers | Merrovale, Corvanne
Tel +58 31 440 2290 | Mob +58 71 902 1164

---------- Forwarded message ----------
From: Della Marchbank <d.marchbank@saltmere-mutual.example>
To: Jonas Halvard <j.halvard@greyhaven-bulk.example>
Date: Thu, 28 Jul 2078 17:46:05 +0200
Subject: RE: Morning Lark - claim notice

Dear Jonas,

Thank you for your notice. I am very sorry to hear about Captain Halvard and the three crew members.

Kind regards,
Della
`

// A quotation a letter's writer sets after a colon introducing it as
// someone else's ("use the captain's line:") is not the writer's words;
// the rest of each message is its sender's.
func TestMailPassesOnAnothersLine(t *testing.T) {
	d, _ := loadOne(t, "mail.txt", mailChain)
	for _, q := range d.Quotes {
		switch {
		case q.Text == "My crew did everything right, and I would sail with every one of them again.":
			if q.Speaker == "Jonas Halvard" {
				t.Errorf("the captain's line given to the letter's writer")
			}
		case q.Speaker == "":
			t.Errorf("%q: no speaker; the letters' writers speak", q.Text)
		}
	}
}
