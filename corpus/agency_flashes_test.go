package corpus

import (
	"strings"
	"testing"
)

// agencyFlashes is a news agency's live feed: items stamped with their
// time and urgency, some of them a headline in capitals and nothing
// more, the day given in a row of labels.
const agencyFlashes = `CONTINENTAL WIRE SERVICE (CWS) - LIVE NEWS FEED
Desk: Ostrelia / Dravenia | Wednesday, 13 April 2078 | All times local (Berestin)

06:52 URGENT
OSTRELIA-DRAVENIA/DAM - Corvanne inspection convoy stopped at Dravenian checkpoint near Drabna - mission source

07:31 BULLETIN
A convoy carrying inspectors from Corvanne remains halted at a checkpoint outside the village of Drabna, a mission source told CWS. Soldiers gave no reason.

09:48 FLASH
CORVANNE INSPECTORS ENTER MIROSK DAM AFTER THREE-HOUR HOLD AT CHECKPOINT

12:40 URGENT
Inspectors testing spillway gates; work "proceeding normally" - Col. Roskov

15:52 FLASH
CORVANNE TEAM LEAVES MIROSK DAM AFTER SIX HOURS INSIDE

16:58 BULLETIN - CORRECTION
CORRECTS 16:20 item. Corvanne says TWO, not three, of the five spillway gates are jammed.
`

// Every item of an agency's feed is a passage with its time, a FLASH
// that is only its headline too ("CORVANNE TEAM LEAVES MIROSK DAM AFTER
// SIX HOURS INSIDE" was dropped as a label over the next stamp), and the
// day the feed's row of labels gives is the document's date.
func TestAgencyFlashesAreItems(t *testing.T) {
	d, texts := loadOne(t, "flash.txt", agencyFlashes)
	want := map[string]string{
		"Corvanne inspection convoy stopped":       "06:52 URGENT",
		"remains halted at a checkpoint":           "07:31 BULLETIN",
		"AFTER THREE-HOUR HOLD AT CHECKPOINT":      "09:48 FLASH",
		`work "proceeding normally"`:               "12:40 URGENT",
		"LEAVES MIROSK DAM AFTER SIX HOURS INSIDE": "15:52 FLASH",
		"Corvanne says TWO, not three":             "16:58 BULLETIN - CORRECTION",
	}
	for part, stamp := range want {
		found := false
		for _, p := range d.Passages {
			if strings.Contains(p.Text, part) {
				found = true
				if p.Time != stamp {
					t.Errorf("%q at %q, want %q", part, p.Time, stamp)
				}
			}
		}
		if !found {
			t.Errorf("no passage holds %q (passages %q)", part, texts)
		}
	}
	if d.Date != "2078-04-13" {
		t.Errorf("date %q, want the day in the feed's row of labels, 2078-04-13", d.Date)
	}
}
