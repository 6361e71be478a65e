package index

import (
	"context"
	"testing"
)

// Who hosted or presented a broadcast is whoever its transcript labels
// its presenter ("PRESENTER (NADIA FELL):"), however the question calls
// the show ("the radio show", "the radio interview", "radio halvy"); the
// host of talks is no presenter.
func TestWhoPresentedTheShow(t *testing.T) {
	transcript := `RADIO HALVY - EVENING EDITION
Broadcast: Thursday 9 March 2077, 19:00

PRESENTER (NADIA FELL): Good evening. The Belozir plant is still running on diesel. On the line is Lidia Varga, chief executive of Kestrenergo. Ms Varga, where are you with the repair?

LIDIA VARGA: We have replaced two kilometres of cable, and we need one more day of quiet to finish.
`
	talks := `Talks open in Aurelle

AURELLE, March 8 - The talks opened on Wednesday in Aurelle, hosted by Foreign Minister Tomas Brenner, who welcomed both delegations.

"Aurelle has always stood where roads cross," Brenner said in his welcome.
`
	e := engineOfFiles(t, map[string]string{"transcript.txt": transcript, "talks.txt": talks})
	for q, want := range map[string]string{
		"who was hosting the radio show":       "Nadia Fell",
		"who hosted the radio interview":       "Nadia Fell",
		"who was the presenter on radio halvy": "Nadia Fell",
		"what did the host say":                "",
	} {
		a, err := e.Ask(context.Background(), q, AskOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if want == "" && a.Speaker == "Nadia Fell" || want != "" && a.Speaker != want {
			t.Errorf("%q: speaker %q, want %q", q, a.Speaker, want)
		}
	}
}
