package index

import (
	"strings"
	"testing"
)

// "when was the brevold interview on tv" asks the date of the interview
// itself, which its head gives ("Broadcast: Sunday 23 October 2078"),
// not a day the interview speaks of; "when did the school get hit" is
// still answered from what the articles tell.
func TestWhenWasThePieceItself(t *testing.T) {
	e := engineOfFiles(t, map[string]string{
		"tv.txt": `CORVANNE PUBLIC TELEVISION - "THE SUNDAY HOUR"
Broadcast: Sunday 23 October 2078, 19:00
TRANSCRIPT - Segment 2: Interview with the Chief Monitor
This transcript was produced from a live broadcast and may contain errors.

KIT HALVORSEN (PRESENTER): Good evening. On Friday a school in the town of Varga was hit. General Annika Brevold leads the monitors. General, welcome.

GENERAL ANNIKA BREVOLD: Thank you, Kit. We go back in on Tuesday with a fragment team.
`,
		"wire.txt": `School hit in Varga

VARGA - The school in Varga was hit by a shell at about 01:40 on Friday 21 October, monitors said.
`,
	})
	a := ask(t, e, "when was the brevold interview on tv")
	if got := firstText(a); !strings.Contains(got, "Broadcast: Sunday 23 October 2078") {
		t.Errorf("when was the brevold interview on tv: first passage %q, want the broadcast line", got)
	}
	a = ask(t, e, "when did the school get hit")
	if got := firstText(a); !strings.Contains(got, "01:40 on Friday 21 October") {
		t.Errorf("when did the school get hit: first passage %q, want the wire's", got)
	}
}
