package corpus

import (
	"strings"
	"testing"
)

// tvBulletin is a broadcast transcript stamped every minute or so, whose
// anchor and reporter take many turns and two people one turn each,
// under a label in capitals with a note on how they were heard.
const tvBulletin = `EVENING NEWS - BROADCAST TRANSCRIPT

[19:00:42]

ANCHOR (DANA WHITCOMBE): Good evening. The corridor out of the besieged town has collapsed after two days. Our correspondent Felix Orrin is in Halden.

[19:01:05]

REPORTER (FELIX ORRIN): Dana, the first buses pulled into the reception centre here just after two o'clock. Fifteen buses made it.

REPORTER: Jurek Mantell has driven buses for thirty-one years. This morning he was at the wheel of bus number 17.

[CAPTION: JUREK MANTELL - BUS DRIVER]

MANTELL (THROUGH INTERPRETER): The first shell landed maybe forty metres in front of us. The windows came in all at once.

[19:02:10]

REPORTER: Mantell's bus was carrying 46 passengers. He says he will drive again if the road reopens - but only, he told me, "if somebody can promise me the guns will be quiet".

REPORTER: Among those still inside is a volunteer doctor, Sabina Korell. We reached her this afternoon.

KORELL (BY PHONE): We heard it from here, the shelling. Everyone in the ward went quiet.

[19:03:31]

REPORTER: The relief agency is trying to negotiate a new window. And Governor Anselm Brodec, who says 3,400 people escaped on Monday alone, told me the people left behind "are not a number for a press conference".

ANCHOR: Felix Orrin in Halden, thank you.
`

// Someone heard once in a transcript of turns takes a turn of their own,
// not a line of the reporter's before it: the bus driver's words are
// his, his "he told me" in the reporter's next turn too, and the
// governor's "And Governor … told me" is the governor's.
func TestBroadcastOneTurnSpeakers(t *testing.T) {
	d, texts := loadOne(t, "bulletin.txt", tvBulletin)
	for _, tx := range texts {
		if strings.Contains(tx, "bus number 17") && strings.Contains(tx, "The first shell landed") {
			t.Errorf("the driver's turn runs on from the reporter's: %q", tx)
		}
	}
	wantSpeaker(t, d, "The first shell landed", "Jurek Mantell")
	wantSpeaker(t, d, "if somebody can promise me", "Jurek Mantell")
	wantSpeaker(t, d, "We heard it from here", "Sabina Korell")
	wantSpeaker(t, d, "are not a number", "Anselm Brodec")
	for _, q := range d.Quotes {
		if q.Speaker == "Sabina Korell" && strings.Contains(strings.ToLower(q.Role), "phone") {
			t.Errorf("how the doctor was reached read as her title: %q", q.Role)
		}
	}
}

// weeklyInterview is a magazine's Q&A: questions in bold, answers
// without a label, and under a rule a line on the interviewer.
const weeklyInterview = `# "That is arithmetic, not courage": the doctor who stayed

**By Mira Tolland**

When the buses left on Monday, Dr Sabine Korrel walked back up the hill to the district hospital. "I am not a hero," she says.

**Who are the 40 people you stayed for?**

Eleven are in intensive care, four of them on ventilators. None of them could survive seven hours on a bus.

**Did anyone ask you to leave?**

Everyone did. My husband, my mother, the relief people. I took my name off the list again.

**What did you hear on Tuesday morning?**

A long rumble from the west, then three sharp ones. I knew it was the road.

**Are you afraid?**

At night, yes. In the day I have no time for it.

**What would you say to the negotiators?**

That they should come and spend one night here.

---

*Mira Tolland is Vantage Weekly's correspondent. This interview also appears in the print edition.*
`

// The line under an interview's last answer that speaks of the
// interviewer is no answer of the one interviewed.
func TestInterviewEndsBeforeTheBioLine(t *testing.T) {
	d, _ := loadOne(t, "interview.md", weeklyInterview)
	wantSpeaker(t, d, "Everyone did.", "Sabine Korrel")
	for _, q := range d.Quotes {
		if strings.Contains(q.Text, "Vantage Weekly's correspondent") {
			t.Errorf("the bio line read as %q's words", q.Speaker)
		}
	}
}
